import type { Rule } from '../spec/spec-types.ts';
import type { Shard } from './run-result.ts';

// The valid space is the widest: more of its cases also exercise every effect rule.
const VALID_SPACE_WEIGHT = 4;

// A lifecycle case costs a dozen calls and waits on timers: each lifecycle rule gets a third of `runs`.
const LIFECYCLE_SHARE = 3;

/** How many cases a rule gets for `runs`. */
export function caseCount(rule: Rule, runs: number): number {
  if (rule.family === 'lifecycle') return Math.ceil(runs / LIFECYCLE_SHARE);
  return runs * (rule.check.scenario === 'validRequest' ? VALID_SPACE_WEIGHT : 1);
}

/** How many of a rule's n cases fall in a shard. */
export function countInShard(n: number, shard: Shard | undefined): number {
  return shard ? Math.max(0, Math.floor((n - shard.index) / shard.count) + 1) : n;
}
