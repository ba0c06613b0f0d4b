import type { Case } from '../../model/case.ts';
import type { Divergence, Replay } from '../../model/divergence.ts';
import type { LifecycleFault } from './lifecycle-context.ts';

/** A lifecycle fault as a divergence of its rule, with where it was seen. */
export function divergenceOfFault(kase: Case, f: LifecycleFault, replay: Replay): Omit<Divergence, 'id'> {
  const source = `lifecycle ${f.source}`;
  return {
    rule: f.rule,
    kind: f.kind,
    call: 'request',
    request: kase.request,
    expected: { effect: f.expected, source },
    observed: { effect: f.observed, source },
    replay,
  };
}
