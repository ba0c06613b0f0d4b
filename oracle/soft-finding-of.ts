import type { Spec } from '../spec/spec-types.ts';
import type { Request } from '../model/request.ts';
import type { Observation } from '../model/observation.ts';
import type { Expected } from '../model/expected.ts';
import { findSoftDifference } from './find-soft-difference.ts';
import type { Replay } from '../model/divergence.ts';
import type { SoftFinding } from '../model/soft-finding.ts';

/** A soft finding of one call (oracle/find-soft-difference.ts), filed under the case's rule; undefined when there is none. */
export function softFindingOf(
  spec: Spec,
  rule: string,
  call: SoftFinding['call'],
  request: Request,
  expected: Expected,
  observed: Observation,
  replay: Replay,
): SoftFinding | undefined {
  const found = findSoftDifference(spec, expected, observed);
  if (!found || expected.outcome !== 'reject') return undefined;
  const { likelyCodes, ...answered } = found;
  const broken = expected.rules.length === 1 && expected.rules[0] === rule ? {} : { broken: expected.rules };
  return { rule, ...broken, call, request, likelyCodes, observed: answered, replay };
}
