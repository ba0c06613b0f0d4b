import type { Rule } from '../spec/spec-types.ts';
import type { Expected } from '../model/expected.ts';

/** The refusal that a set of broken rules calls for: their exact codes, or any client error if one of them allows it. */
export function expectRejection(broken: Rule[]): Expected & { outcome: 'reject' } {
  const codes = new Set<string>();
  const likely = new Set<string>();
  let anyClientError = false;
  for (const rule of broken) {
    // A rule that only forbids server errors lets the target refuse in its own words.
    if (!('reject' in rule.expect)) {
      anyClientError ||= 'notServerError' in rule.expect;
      continue;
    }
    const reject = rule.expect.reject;
    if ('codes' in reject) reject.codes.forEach((c) => codes.add(c));
    else if ('anyClientError' in reject) {
      anyClientError = true;
      if (reject.likelyCode) likely.add(reject.likelyCode);
    }
  }
  return {
    outcome: 'reject',
    rules: broken.map((r) => r.id),
    codes: anyClientError ? [] : [...codes],
    anyClientError,
    likelyCodes: [...likely],
  };
}
