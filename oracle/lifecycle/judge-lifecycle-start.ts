import type { Spec } from '../../spec/spec-types.ts';
import type { Case } from '../../model/case.ts';
import type { Observation } from '../../model/observation.ts';
import type { World } from '../../model/world.ts';
import type { Divergence, Replay } from '../../model/divergence.ts';
import type { Expected } from '../../model/expected.ts';
import type { SoftFinding } from '../../model/soft-finding.ts';
import { expectOutcome } from '../expect-outcome.ts';
import { classifyOutcome } from '../classify-outcome.ts';
import { softFindingOf } from '../soft-finding-of.ts';
import { answeredWith } from '../answered-with.ts';

/** The oracle's verdict on a lifecycle case's start, before its lifecycle is watched. */
export interface LifecycleStartJudgement {
  expected: Expected;
  divergences: Omit<Divergence, 'id'>[];
  softFindings?: SoftFinding[];
  facets?: Record<string, string>;
  inconclusive?: string;
}

/** Judges a lifecycle case's start (sent as the harness, not the caller), filed under the item's rule. */
export function judgeLifecycleStart(
  spec: Spec,
  world: World,
  rule: string,
  kase: Case,
  observed: Observation,
  replay: Replay,
): LifecycleStartJudgement {
  const expected = expectOutcome(spec, world, kase.request);
  const out: LifecycleStartJudgement = { expected, divergences: [] };
  const kind = classifyOutcome(expected, observed);
  if (kind) out.divergences.push({ rule, kind, call: 'request', request: kase.request, expected, observed, replay });
  // Lifecycle starts are valid, so this finds nothing today; it keeps the rule the same for every call the oracle judges.
  const soft = kind ? undefined : softFindingOf(spec, rule, 'request', kase.request, expected, observed, replay);
  if (soft) out.softFindings = [soft];
  const facets = answeredWith(spec, expected, observed);
  if (Object.keys(facets).length) out.facets = facets;
  if (!observed.ok && observed.inconclusive) out.inconclusive = observed.inconclusive;
  return out;
}
