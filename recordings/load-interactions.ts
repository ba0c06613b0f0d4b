import { existsSync } from 'node:fs';
import { readJsonFile } from '../spec/read-json-file.ts';
import { RecordingError } from './load-recording.ts';
import type { InteractionRecording } from './interaction-recording.ts';
import { checkInteractions } from './check-interactions.ts';

/** Reads an imported recording (`swf-conformance import`) and checks its shape; a bad one is a one-line RecordingError. */
export function loadInteractions(path: string): InteractionRecording {
  let raw: unknown;
  try {
    raw = readJsonFile(path, 'recording', RecordingError);
  } catch (e) {
    // A cassette or HAR file given as it is: it wants importing first.
    const hint = existsSync(path)
      ? ' (a cassette or HAR file? import it first: swf-conformance import FILE --out RECORDING)'
      : '';
    throw new RecordingError(`${(e as Error).message}${hint}`);
  }
  return checkInteractions(raw, `recording ${path}`);
}
