import type { Spec } from '../spec/spec-types.ts';
import type { Expected } from '../model/expected.ts';
import type { Observation } from '../model/observation.ts';
import { attributeAnswer } from './attribute-answer.ts';

/** The coverage facet of a request that breaks several rules: which error the target gave, and for which rule (validation order). */
export function answeredWith(spec: Spec, expected: Expected, observed: Observation): Record<string, string> {
  if (expected.outcome === 'success' || expected.rules.length < 2) return {};
  return { 'answered with': attributeAnswer(spec, expected, observed) };
}
