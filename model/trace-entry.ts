import type { Effects, Observation } from './observation.ts';

/** One answer of the target during a case: a start or termination step, the case's request, or the effects read back. */
export type TraceEntry =
  { call: `before[${number}]` | 'request'; observed: Observation } | { call: 'effects'; effects: Effects };
