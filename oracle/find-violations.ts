import type { Rule, Spec } from '../spec/spec-types.ts';
import type { Request } from '../model/request.ts';
import type { World } from '../model/world.ts';
import { STATE_CHECKS, STRUCTURAL_CHECKS } from './checks/index.ts';
import { resolveResources } from './resolve-resources.ts';
import type { Resolved } from './checks/check-context.ts';

/**
 * Every rule of the spec that the request breaks in this world; no order between rules is assumed. `plain`: the
 * request's resources looked up with no member skipped, reused when no structural rule is broken.
 */
export function findViolations(spec: Spec, world: World, request: Request, plain?: Resolved): Rule[] {
  const structural = spec.rules.filter((rule) => {
    const check = STRUCTURAL_CHECKS[rule.check.kind];
    return check?.({ spec, check: rule.check, request, world, resolved: { workflowIdUsable: false } }) === false;
  });
  const invalidMembers = new Set(structural.map((r) => r.check.member!.replace(/\[\]$/, '')));
  const resolved = plain && !invalidMembers.size ? plain : resolveResources(world, request, invalidMembers);
  const state = spec.rules.filter((rule) => {
    const check = STATE_CHECKS[rule.check.kind];
    return check?.({ spec, check: rule.check, request, world, resolved }) === false;
  });
  return [...structural, ...state];
}
