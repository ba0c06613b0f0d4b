import fc from 'fast-check';
import { validRequest } from './valid-request.ts';
import { withMember } from './with-member.ts';
import type { RuleGenerator } from './rule-generator.ts';

/** Yields valid requests whose enum member is outside the enum: other words, lower-case or padded enum values. */
export const requestWithBadEnum: RuleGenerator = (rule, c, world) => {
  const member = rule.check.member!;
  const near = c.childPolicies.flatMap((v) => [v.toLowerCase(), `${v}_`, v.slice(0, -1)]);
  const bad = fc
    .oneof(
      fc.constantFrom(...near),
      fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ_'), minLength: 1, maxLength: 16 }),
    )
    .filter((v) => !c.childPolicies.includes(v));
  return fc.tuple(validRequest(c, world), bad).map(([request, value]) => ({
    rule: rule.id,
    before: [],
    request: withMember(request, member, value),
    facets: { member },
  }));
};
