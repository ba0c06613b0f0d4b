import fc from 'fast-check';
import { validRequest } from './valid-request.ts';
import { withMember } from './with-member.ts';
import type { RuleGenerator } from './rule-generator.ts';

/**
 * Yields valid requests whose integer member lies just outside the rule's range, above or below, and within the
 * member's max length (executionStartToCloseTimeout: 31536001..99999999).
 */
export const requestWithOutOfRangeInteger: RuleGenerator = (rule, c, world) => {
  const member = rule.check.member!;
  const maxLength = c.strings[member]?.maxLength;
  const ceiling = maxLength ? BigInt('9'.repeat(maxLength)) : undefined;
  const sides: fc.Arbitrary<bigint>[] = [];
  if (rule.check.max !== undefined) {
    const above = BigInt(rule.check.max) + 1n;
    sides.push(fc.oneof(fc.constant(above), fc.bigInt({ min: above, max: ceiling ?? above * 1000n })));
  }
  if (rule.check.min !== undefined) {
    const below = BigInt(rule.check.min) - 1n;
    sides.push(fc.oneof(fc.constant(below), fc.bigInt({ min: below * 1000n, max: below })));
  }
  return fc.tuple(validRequest(c, world), fc.oneof(...sides)).map(([request, n]) => ({
    rule: rule.id,
    before: [],
    request: withMember(request, member, n.toString()),
    facets: { member, side: n > 0n ? 'above' : 'below' },
  }));
};
