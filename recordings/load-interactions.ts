import { readJsonFile } from '../spec/read-json-file';
import { RecordingError } from './load-recording';
import type { InteractionRecording } from './interaction-recording';
import { checkInteractions } from './check-interactions';

/** Reads an imported recording (`swf-conformance import`) and checks its shape; a bad one is a one-line RecordingError. */
export function loadInteractions(path: string): InteractionRecording {
  return checkInteractions(readJsonFile(path, 'recording', RecordingError), `recording ${path}`);
}
