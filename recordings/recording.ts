import type { Request } from '../model/request.ts';
import type { TraceEntry } from '../model/trace-entry.ts';

// 2: strings longer than MAX_STORED_CHARS are stored clipped (model/clip-large-values.ts). A /1 file is read as well.
export const RECORDING_FORMAT = 'swf-conformance-recording/2';
export const READABLE_FORMATS: readonly string[] = ['swf-conformance-recording/1', RECORDING_FORMAT];

/**
 * One case as a target answered it, with run ids and similar run-specific values replaced by placeholders, and any
 * string longer than MAX_STORED_CHARS (a 32 KB input, in the request or read back) as its ClippedString.
 */
export interface RecordedCase {
  /** `<rule>#<path>`: the case's rule and fast-check path, which regenerate it. */
  key: string;
  rule: string;
  path: string;
  request: Request;
  trace: TraceEntry[];
}

/** A whole run's observations on one target; two recordings of the same behaviour are equal. */
export interface Recording {
  format: typeof RECORDING_FORMAT;
  target: string;
  seed: number;
  runs: number;
  runTag: string;
  families: string[];
  cases: RecordedCase[];
}
