import type { Case } from '../model/case.ts';
import type { World } from '../model/world.ts';
import type { Target } from '../targets/target.ts';
import type { Divergence, Replay } from '../model/divergence.ts';
import type { CaseOutcome } from './run-case.ts';
import { checkHealth } from './check-health.ts';
import { corruptionOf } from '../oracle/corruption-of.ts';

// Answers after which the target may be broken or gone: it took what it should refuse, failed, or went silent.
const SUSPICIOUS = new Set<Divergence['kind']>(['accepted-invalid', 'server-error', 'timeout']);

/** True after a case the target handled wrongly, and after every wire-level case. */
export function needsHealthCheck(kase: Case, outcome: CaseOutcome): boolean {
  return !!kase.wire || outcome.divergences.some((d) => SUSPICIOUS.has(d.kind));
}

/**
 * After a case the target handled wrongly (accepted when invalid, a 5xx or no answer), and after every wire-level case (the
 * contract there is to stay healthy whatever arrives), checks that the target still works.
 * A failed check is a target-corrupted divergence on that case: it is the one that broke the target.
 */
export async function findCorruption(
  target: Target,
  world: World,
  kase: Case,
  replay: Replay,
  outcome: CaseOutcome,
  probe: number,
): Promise<Omit<Divergence, 'id'> | undefined> {
  if (!needsHealthCheck(kase, outcome)) return undefined;
  outcome.calls += 2;
  const failure = await checkHealth(target, world, probe);
  return failure && corruptionOf(kase, replay, failure);
}

/** True when a call of the case got no answer at all (refused, dropped, timed out): the target may have died under it. */
export function gotNoAnswer(outcome: CaseOutcome): boolean {
  return outcome.trace.some(
    (t) => 'observed' in t && !t.observed.ok && t.observed.status === undefined && !t.observed.inconclusive,
  );
}
