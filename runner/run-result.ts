import type { Evidence, Family } from '../spec/spec-types.ts';
import type { Divergence } from '../model/divergence.ts';
import type { SoftFinding } from '../model/soft-finding.ts';

/** What a run found for one rule. */
export interface RuleTally {
  id: string;
  family: Family;
  summary: string;
  evidence: { rule: Evidence; outcome: Evidence };
  cases: number;
  divergences: number;
  /** How the rule's cases were spread over its space: facet name → value → count. */
  coverage: Record<string, Record<string, number>>;
}

export interface RunResult {
  target: string;
  seed: number;
  runs: number;
  runTag: string;
  families: Family[];
  /** Present when the run covered one part of the cases: `index` of `count` (1-based), case i of a rule in part i mod count + 1. */
  shard?: Shard;
  cases: number;
  calls: number;
  /** Why the run ended before its last case (a broken target that cannot be reset); absent when it ran them all. */
  stoppedEarly?: string;
  /** Set when the run was interrupted (Ctrl-C, SIGTERM): why, in a few words. Its results are those of the cases that ended. */
  interrupted?: string;
  /** Rules this target could not run, and why (fixtures it cannot hold). */
  notRun: Array<{ rule: string; reason: string }>;
  /** Cases whose answer says nothing about the contract (throttled, or not sent for safety), by rule. */
  inconclusive: Array<{ rule: string; path: string; why: string }>;
  rules: RuleTally[];
  divergences: Divergence[];
  /** Refusals within the contract but not with the likely code, folded like malformed answers (one of each rule and code listed). Never divergences. */
  softFindings?: SoftFinding[];
  startedAt: string;
  durationMs: number;
}

/** One part of a run's cases, so that a nightly can fan out across CI jobs. */
export interface Shard {
  index: number;
  count: number;
}
