import type { Request } from '../model/request';
import type { WireForm } from '../model/wire';
import type { SoftDifference } from '../oracle/find-soft-difference';
import type { Replay } from './divergence';

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
