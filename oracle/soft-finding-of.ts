import type { Spec } from '../spec/spec-types';
import type { Request } from '../model/request';
import type { Observation } from '../model/observation';
import type { Expected } from '../model/expected';
import { findSoftDifference } from './find-soft-difference';
import type { Replay } from '../model/divergence';
import type { SoftFinding } from '../model/soft-finding';

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
