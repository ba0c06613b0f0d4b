import type { Case } from './case.ts';
import type { Request } from './request.ts';
import type { Observation } from './observation.ts';
import type { WireForm } from './wire.ts';
import type { DivergenceKind } from './divergence-kind.ts';
import type { Expected } from './expected.ts';

/** How to regenerate a case exactly: fast-check's seed and path of the rule's arbitrary, and the fixtures' run tag. */
export interface Replay {
  rule: string;
  seed: number;
  path: string;
  runTag: string;
  target: string;
}

/** The smallest case fast-check found that still shows the divergence, and the path that regenerates it. */
export interface Shrunk {
  request: Case['request'];
  before: Case['before'];
  path: string;
  /** Candidates tried on the target. */
  tries: number;
}

/** One place where a target departed from the contract. */
export interface Divergence {
  id: string;
  rule: string;
  kind: DivergenceKind;
  /** The call that diverged: the case's request, or one of its preparation steps. */
  call: 'request' | `before[${number}]`;
  request: Request;
  /** For a wire-level case: the raw HTTP form the request was sent in. */
  wire?: WireForm;
  /** The oracle's expectation; for wrong-effect and target-corrupted, what the effect or health check should show. */
  expected: Expected | { effect: unknown; source: string };
  observed: Observation | { effect: unknown; source: string };
  replay: Replay;
  /** For a finding about every answer alike (malformed-answer): how many later cases showed it too, not listed. */
  repeats?: number;
  /** For a start judged by the caller's policy: which neglected part of the policy the target's answer matches. */
  explanation?: string;
  /** With --shrink: the smallest case that still shows this divergence on the target, and its fast-check path. */
  shrunk?: Shrunk;
}
