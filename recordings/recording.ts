import type { Request } from '../model/request';
import type { TraceEntry } from '../runner/run-case';

export const RECORDING_FORMAT = 'swf-conformance-recording/1';

/** One case as a target answered it, with run ids and similar run-specific values replaced by placeholders. */
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
