import fc from 'fast-check';
import type { Case } from '../model/case.ts';
import type { Scheduled } from './plan-batches.ts';
import type { Rule } from '../spec/spec-types.ts';
import type { Shard } from './run-result.ts';
import { caseCount } from './case-count.ts';

/** Which of a rule's cases to draw: the run's seed, how many the rule has, and the shard whose share is wanted. */
export interface CasesToDraw {
  seed: number;
  count: number;
  shard?: Shard;
}

// Cases drawn at a time: a run holds at most this many of a rule's cases however large --runs is (at --runs 145, one
// rule's cases held 30 MB of 32 KB inputs). At the default --runs most rules have fewer.
export const DRAW_CHUNK = 16;

/**
 * A rule's cases of a shard, with their indexes in the whole run, drawn DRAW_CHUNK at a time as they are taken. Each
 * chunk starts at its index by fast-check's path, the way a replay finds a case: the cases are those of one sample of
 * the whole count.
 */
export function* drawMine(arbitrary: fc.Arbitrary<Case>, { seed, count, shard }: CasesToDraw): Generator<Scheduled> {
  for (let start = 0; start < count; start += DRAW_CHUNK) {
    const numRuns = Math.min(DRAW_CHUNK, count - start);
    const chunk = fc.sample(arbitrary, { seed, path: String(start), numRuns });
    for (const [i, kase] of chunk.entries()) {
      const index = start + i;
      if (!shard || index % shard.count === shard.index - 1) yield { index, kase };
    }
  }
}

/** Case `index` of a rule's cases alone, as drawMine and a replay draw it: the lifecycle family draws a round's again. */
export function drawCase(arbitrary: fc.Arbitrary<Case>, seed: number, index: number): Case {
  return fc.sample(arbitrary, { seed, path: String(index), numRuns: 1 })[0];
}

/** Which of a rule's cases a run draws: its seed, the rule's count for `runs`, and the run's shard. */
export function casesOfRule(rule: Rule, seed: number, runs: number, shard: Shard | undefined): CasesToDraw {
  return { seed, count: caseCount(rule, runs), shard };
}
