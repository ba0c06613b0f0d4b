import type { World } from '../../model/world.ts';
import { checkHealth } from '../check-health.ts';
import { corruptionOf } from '../../oracle/corruption-of.ts';
import type { CaseOutcome } from '../run-case.ts';
import { planRounds, type LifecycleItem } from './plan-rounds.ts';
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
 * Runs every lifecycle case in rounds (planRounds). A target that can be reset is checked after each round; when the
 * check fails, it is reset and the round's cases run again one at a time, each followed by a check, so that the case
 * that breaks the target is the one blamed (target-corrupted) and no other case's findings depend on it.
 */
export async function runLifecycleFamily(
  o: LifecycleFamilyOptions,
  items: LifecycleItem[],
): Promise<Map<LifecycleItem, CaseOutcome>> {
  const outcomes = new Map<LifecycleItem, CaseOutcome>();
  const round = (batch: LifecycleItem[]) => runLifecycleRound({ ...o, world: o.world() }, batch);
  const health = async () => (o.recover ? checkHealth(o.target, o.world(), o.probe()) : undefined);
  for (const batch of planRounds(items)) {
    if (o.signal?.aborted) break;
    const results = await round(batch);
    const failure = await health();
    if (o.recover) results[0].calls += 2;
    if (!failure) {
      batch.forEach((item, i) => outcomes.set(item, results[i]));
      continue;
    }
    await o.recover!();
    for (const item of batch) {
      const [alone] = await round([item]);
      const broken = await health();
      alone.calls += 2;
      if (broken) {
        alone.divergences.push(corruptionOf(item.kase, o.replayOf(item.rule, item.index), broken));
        await o.recover!();
      }
      outcomes.set(item, alone);
    }
  }
  return outcomes;
}
