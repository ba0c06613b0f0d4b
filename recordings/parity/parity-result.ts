import type { InteractionSource } from '../interaction-recording.ts';

/** How a replayed answer departs from the recorded one. */
export type DifferenceKind =
  | 'no-answer' // the target did not answer at all
  | 'status' // another HTTP status
  | 'error-type' // both refused, with another error type (__type after its namespace)
  | 'message' // both refused with the same type, in other words
  | 'content-type' // another media type
  | 'member-missing' // a member the recorded answer has and the replayed one lacks
  | 'member-extra' // a member the replayed answer has and the recorded one lacks
  | 'type' // both have the member, of another JSON type
  | 'value'; // both have the member, with another value

/** One difference of one replayed answer. `path` names the member (`executionInfo.executionStatus`, `events[2]`). */
export interface Difference {
  kind: DifferenceKind;
  path?: string;
  recorded?: unknown;
  observed?: unknown;
}

/** One recorded interaction, replayed: what differed, and what was not compared and why. */
export interface ReplayedInteraction {
  id: string;
  operation: string;
  /** Absent when it was not sent; `notSent` says why. */
  differences?: Difference[];
  /** Members left out of the comparison because the recorded answer rests on calls the recording lacks. */
  partial?: { reason: string; excluded: string };
  notSent?: string;
  /** What the import said of the recorded call (a harness case that may not replay as recorded). */
  note?: string;
}

/** Differences of one operation, kind and member path (array indexes as []), with where they were seen. */
export interface DifferenceGroup {
  operation: string;
  kind: DifferenceKind;
  path?: string;
  count: number;
  interactions: string[];
  example: { recorded?: unknown; observed?: unknown };
}

/** What `parity` found: the replay of a recording's requests on a target, answer by answer. */
export interface ParityResult {
  format: 'swf-conformance-parity/1';
  target: string;
  recording: string;
  sources: InteractionSource[];
  /** Domains and workflow types registered before the replay, from what the recording's answers show. */
  registered: { domains: string[]; types: string[] };
  /** Why the target could not be emptied first, when it could not. */
  stateNotReset?: string;
  interrupted?: string;
  startedAt: string;
  durationMs: number;
  summary: {
    interactions: number;
    sent: number;
    differing: number;
    differences: number;
    partial: number;
    notSent: number;
  };
  groups: DifferenceGroup[];
  interactions: ReplayedInteraction[];
}
