import { MissingFixtureError, type TypeDefaults } from '../model/world.ts';
import { usableTypes, validRequest } from './valid-request.ts';
import { withMember } from './with-member.ts';
import type { RuleGenerator } from './rule-generator.ts';

/** Yields requests for a type registered without the member's default, with that member left out and all else valid. */
export const requestMissingDefault: RuleGenerator = (rule, c, world) => {
  const member = rule.check.member!;
  const types = usableTypes(world).filter(
    (t) => t.defaults[rule.check.typeDefault as keyof TypeDefaults] === undefined,
  );
  if (!types.length) throw new MissingFixtureError(`no type without ${rule.check.typeDefault}`);
  return validRequest(c, world, { types }).map((request) => ({
    rule: rule.id,
    before: [],
    request: withMember(request, member, undefined),
    facets: { type: String((request.workflowType as { name: string }).name) },
  }));
};
