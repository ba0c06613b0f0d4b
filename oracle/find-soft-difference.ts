import type { Spec } from '../spec/spec-types.ts';
import type { Observation } from '../model/observation.ts';
import { isClientError } from './classify-outcome.ts';
import type { SoftDifference } from '../model/soft-finding.ts';
import type { Expected } from '../model/expected.ts';

/**
 * The codes the broken rules account for between them, or undefined when one of them accounts for any code (a
 * client error with no likely code, or a rule that only forbids server errors): then no code is less likely.
 */
function codesNamed(spec: Spec, rules: string[]): string[] | undefined {
  const codes = new Set<string>();
  for (const id of rules) {
    const expect = spec.rules.find((r) => r.id === id)?.expect;
    if (!expect || !('reject' in expect)) return undefined;
    const reject = expect.reject;
    if ('codes' in reject) reject.codes.forEach((c) => codes.add(c));
    else if ('anyClientError' in reject && reject.likelyCode) codes.add(reject.likelyCode);
    else return undefined;
  }
  return [...codes];
}

/**
 * Where a target refused as the contract allows (any client error) but with a code none of the broken rules names
 * (UnknownResourceFault for a 300-character domain, where ValidationException is likely): not a divergence, but
 * what an emulator's builders want to know. Undefined for every other answer.
 */
export function findSoftDifference(spec: Spec, expected: Expected, observed: Observation): SoftDifference | undefined {
  if (expected.outcome !== 'reject' || !expected.anyClientError || !expected.likelyCodes.length) return undefined;
  if (observed.ok || observed.inconclusive || !isClientError(observed)) return undefined;
  const likely = codesNamed(spec, expected.rules);
  if (!likely || likely.includes(observed.code)) return undefined;
  return {
    likelyCodes: likely,
    status: observed.status!,
    code: observed.code,
    ...(observed.message !== undefined ? { message: observed.message } : {}),
  };
}
