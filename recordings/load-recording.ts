import { readJsonFile } from '../spec/read-json-file.ts';
import { READABLE_FORMATS, RECORDING_FORMAT, type Recording } from './recording.ts';

/** A recording file that cannot be used; its message is one line. */
export class RecordingError extends Error {}

/** Reads a recording and checks its shape. */
export function loadRecording(path: string): Recording {
  const raw = readJsonFile(path, 'recording', RecordingError) as Recording;
  if (!READABLE_FORMATS.includes(raw?.format))
    throw new RecordingError(`recording ${path}: not a ${RECORDING_FORMAT} file`);
  if (
    !Number.isInteger(raw.seed) ||
    !Number.isInteger(raw.runs) ||
    typeof raw.runTag !== 'string' ||
    !Array.isArray(raw.families) ||
    !Array.isArray(raw.cases)
  ) {
    throw new RecordingError(`recording ${path}: seed, runs, runTag, families and cases are required`);
  }
  raw.cases.forEach((c, i) => {
    if (typeof c?.rule !== 'string' || typeof c.path !== 'string' || !Array.isArray(c.trace)) {
      throw new RecordingError(`recording ${path}: cases[${i}] needs rule, path and trace`);
    }
  });
  return raw;
}
