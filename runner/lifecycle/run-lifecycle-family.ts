import type { World } from '../../model/world.ts';
import { checkHealth } from '../check-health.ts';
import { corruptionOf } from '../../oracle/corruption-of.ts';
import type { CaseOutcome } from '../run-case.ts';
import type { LifecycleItem, LifecycleRef } from './plan-rounds.ts';
import { runLifecycleRound, type LifecycleRoundOptions } from './run-lifecycle.ts';

export interface LifecycleFamilyOptions extends Omit<LifecycleRoundOptions, 'world'> {
  /** The world as it stands now (a recovery replaces it). */
  world: () => World;
  /** Resets the target and creates the fixtures again; absent when the target cannot be reset. */
  recover?: () => Promise<void>;
  /** The next health check's number, for its workflowId. */
  probe: () => number;
}

/**
 * Runs lifecycle cases in their rounds (planRounds), each round's cases drawn by `draw` when its turn comes, and
 * hands each round's outcomes to `settled` once the round is over.
 * A target that can be reset is checked after each round; when the check fails, it is reset and the round's cases
 * run again one at a time, each followed by a check, so that the case that breaks the target is the one blamed
 * (target-corrupted) and no other case's findings depend on it.
 */
export async function runLifecycleFamily(
  o: LifecycleFamilyOptions,
  rounds: LifecycleRef[][],
  draw: (ref: LifecycleRef) => LifecycleItem,
  settled: (outcomes: Array<[LifecycleItem, CaseOutcome]>) => void,
): Promise<void> {
  const round = (batch: LifecycleItem[]) => runLifecycleRound({ ...o, world: o.world() }, batch);
  const health = async () => (o.recover ? checkHealth(o.target, o.world(), o.probe()) : undefined);
  for (const refs of rounds) {
    if (o.signal?.aborted) break;
    const batch = refs.map(draw);
    const results = await round(batch);
    const failure = await health();
    if (o.recover) results[0].calls += 2;
    if (!failure) {
      settled(batch.map((item, i) => [item, results[i]]));
      continue;
    }
    await o.recover!();
    const outcomes: Array<[LifecycleItem, CaseOutcome]> = [];
    for (const item of batch) {
      const [alone] = await round([item]);
      const broken = await health();
      alone.calls += 2;
      if (broken) {
        alone.divergences.push(corruptionOf(item.kase, o.replayOf(item.rule, item.index), broken));
        await o.recover!();
      }
      outcomes.push([item, alone]);
    }
    settled(outcomes);
  }
}
