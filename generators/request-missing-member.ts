import { validRequest } from './valid-request.ts';
import { withMember } from './with-member.ts';
import type { RuleGenerator } from './rule-generator.ts';

/** Yields valid requests with one required member left out (taskList.name: taskList sent as {}). */
export const requestMissingMember: RuleGenerator = (rule, c, world) => {
  const member = rule.check.member!;
  return validRequest(c, world).map((request) => {
    const base =
      member === 'taskList.name' ? withMember(request, 'taskList', {}) : withMember(request, member, undefined);
    return { rule: rule.id, before: [], request: base, facets: { member } };
  });
};
