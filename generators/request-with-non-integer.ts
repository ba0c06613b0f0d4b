import fc from 'fast-check';
import { validRequest } from './valid-request.ts';
import { withMember } from './with-member.ts';
import { nonIntegerText } from './non-integer-text.ts';
import type { RuleGenerator } from './rule-generator.ts';

/** Yields valid requests whose numeric member (taskPriority or a timeout) is not an integer, within its max length. */
export const requestWithNonInteger: RuleGenerator = (rule, c, world) => {
  const member = rule.check.member!;
  const maxLength = c.strings[member]?.maxLength ?? 12;
  return fc
    .tuple(validRequest(c, world), nonIntegerText(Math.min(maxLength, 12), !!rule.check.signed))
    .map(([request, text]) => ({
      rule: rule.id,
      before: [],
      request: withMember(request, member, text),
      facets: { member },
    }));
};
