import { validRequest } from './valid-request.ts';
import { withMember } from './with-member.ts';
import type { RuleGenerator } from './rule-generator.ts';

/** Yields valid requests whose member is exactly the forbidden literal ('arn', or the rule's own value such as NONE). */
export const requestWithForbiddenLiteral: RuleGenerator = (rule, c, world) => {
  const member = rule.check.member!;
  const literal = rule.check.value ?? c.spec.characterRule.forbiddenLiteral;
  return validRequest(c, world).map((request) => ({
    rule: rule.id,
    before: [],
    request: withMember(request, member, literal),
    facets: { member },
  }));
};
