import type { Case } from '../model/case.ts';
import type { Observation } from '../model/observation.ts';
import type { Divergence, Replay } from '../model/divergence.ts';

/** The target-corrupted divergence of a case after which the health check failed as `failure` shows. */
export function corruptionOf(kase: Case, replay: Replay, failure: Observation): Omit<Divergence, 'id'> {
  return {
    rule: kase.rule,
    kind: 'target-corrupted',
    call: 'request',
    request: kase.request,
    ...(kase.wire ? { wire: kase.wire } : {}),
    expected: { effect: 'later calls keep working', source: 'health-check' },
    observed: { effect: failure, source: 'health-check' },
    replay,
  };
}
