import type { Spec } from '../spec/spec-types.ts';
import type { Request } from '../model/request.ts';
import type { World } from '../model/world.ts';

/**
 * The allowance rules a valid request relies on, so that a refusal is blamed on the right rule: a workflowId that
 * was closed earlier in the run (reuseAfterClose) or is open in another domain (otherDomain).
 */
export function findAllowances(spec: Spec, world: World, request: Request): string[] {
  const sameId = (e: { workflowId: string }) => e.workflowId === request.workflowId;
  const applies: Record<string, boolean> = {
    reuseAfterClose: world.closed.some((e) => sameId(e) && e.domain === request.domain),
    otherDomain: world.open.some((e) => sameId(e) && e.domain !== request.domain),
    validRequest: false,
  };
  return spec.rules.filter((r) => r.check.kind === 'allowance' && applies[r.check.scenario!]).map((r) => r.id);
}
