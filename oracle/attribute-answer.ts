import type { Spec } from '../spec/spec-types.ts';
import type { Observation } from '../model/observation.ts';
import { isClientError } from './classify-outcome.ts';
import type { Expected } from '../model/expected.ts';

/**
 * Says which of the broken rules a target's answer speaks for, when a request breaks several: the error code, and
 * the rules whose documented codes include it. This is validation order as a target shows it.
 */
export function attributeAnswer(spec: Spec, expected: Expected, observed: Observation): string {
  if (observed.ok) return 'accepted';
  if (!isClientError(observed)) return 'server error';
  const rules = expected.outcome === 'success' ? [] : expected.rules;
  const matching = rules.filter((id) => {
    const expect = spec.rules.find((r) => r.id === id)?.expect;
    return !!expect && 'reject' in expect && 'codes' in expect.reject && expect.reject.codes.includes(observed.code);
  });
  return `${observed.code} → ${matching.length ? matching.join(' or ') : 'a rule with no documented code'}`;
}
