import type { Case } from '../model/case';
import type { World } from '../model/world';
import type { Target } from '../targets/target';
import type { Divergence, Replay } from './divergence';
import type { CaseOutcome } from './run-case';
import { checkHealth } from './check-health';

/**
 * After a case the target handled wrongly (accepted when invalid, or a 5xx), and after every wire-level case (the
 * contract there is to stay healthy whatever arrives), checks that the target still works.
 * A failed check is a target-corrupted divergence on that case: it is the one that broke the target.
 */
export async function findCorruption(target: Target, world: World, kase: Case, replay: Replay, outcome: CaseOutcome, probe: number): Promise<Omit<Divergence, 'id'> | undefined> {
  const suspicious = outcome.divergences.some((d) => d.kind === 'accepted-invalid' || d.kind === 'server-error');
  if (!suspicious && !kase.wire) return undefined;
  outcome.calls += 2;
  const failure = await checkHealth(target, world, probe);
  if (!failure) return undefined;
  return {
    rule: kase.rule, kind: 'target-corrupted', call: 'request', request: kase.request, ...(kase.wire ? { wire: kase.wire } : {}),
    expected: { effect: 'later calls keep working', source: 'health-check' }, observed: { effect: failure, source: 'health-check' }, replay,
  };
}
