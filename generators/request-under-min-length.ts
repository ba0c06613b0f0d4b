import fc from 'fast-check';
import { validRequest } from './valid-request.ts';
import { withMember } from './with-member.ts';
import type { RuleGenerator } from './rule-generator.ts';

/** Yields valid requests with one member shorter than its minimum (the empty string for a minimum of 1). */
export const requestUnderMinLength: RuleGenerator = (rule, c, world) => {
  const member = rule.check.member!;
  const min = c.strings[member].minLength;
  return fc
    .tuple(validRequest(c, world), fc.string({ unit: 'grapheme-ascii', maxLength: min - 1 }))
    .map(([request, short]) => ({
      rule: rule.id,
      before: [],
      request: withMember(request, member, short),
      facets: { member, length: short.length },
    }));
};
