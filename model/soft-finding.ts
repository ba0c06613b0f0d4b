import type { Request } from './request.ts';
import type { WireForm } from './wire.ts';
import type { Replay } from './divergence.ts';

/** A refusal within the contract (any client error would do) but not with the code the evidence suggests. */
export interface SoftDifference {
  /** The codes the broken rules name: their likely codes, and the exact codes of those that have them. */
  likelyCodes: string[];
  status: number;
  code: string;
  message?: string;
}

/**
 * A refusal the contract allows but not with the likely code (oracle/find-soft-difference.ts). Counted apart from
 * divergences: never baselined, never new, never an exit 1.
 */
export interface SoftFinding {
  /** The rule of the case that showed it. */
  rule: string;
  /** The rules its request broke, when more than the case's own rule (validation order). */
  broken?: string[];
  call: 'request' | `before[${number}]`;
  request: Request;
  /** For a wire-level case: the raw HTTP form the request was sent in. */
  wire?: WireForm;
  /** The codes the broken rules name. */
  likelyCodes: string[];
  observed: Omit<SoftDifference, 'likelyCodes'>;
  replay: Replay;
  /** How many later cases of this rule answered the same code, not listed. */
  repeats?: number;
}
