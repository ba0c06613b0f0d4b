import type { DivergenceKind } from './divergence-kind.ts';

/** A recorded answer of the real service (or a reference target) that the spec contradicts. */
export interface SpecDivergence {
  rule: string;
  kind: DivergenceKind;
  key: string;
  call: string;
  expected: unknown;
  recorded: unknown;
}

/** What judging a recording by the oracle found (`run --evidence`). */
export interface RecordingVerdict {
  /** Rules the recording exercised, with how many of its cases. */
  rulesObserved: Record<string, number>;
  specDivergences: SpecDivergence[];
  /** Cases that no longer regenerate the recorded request (the spec or generators changed since). */
  unusable: string[];
}
