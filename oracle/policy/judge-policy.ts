import type { Spec } from '../../spec/spec-types';
import type { Request } from '../../model/request';
import type { World } from '../../model/world';
import { contextsOfRequest } from '../../model/policy/contexts-of-request';
import { evaluatePolicy } from '../../model/policy/evaluate-policy';
import { resolveResources } from '../resolve-resources';

/** What the caller's policy says of a start: allowed, refused (blaming rules), or open when the spec cannot tell. */
export type PolicyVerdict =
  | { decision: 'allow' }
  | { decision: 'deny'; rules: string[] }
  /** The readings the spec leaves open (a task list from the type's default) lead to different decisions. */
  | { decision: 'open'; rules: string[] };

/** The access rule blamed for each denial factor. */
function rulesOf(spec: Spec, factors: string[]): string[] {
  const ids = factors.map((f) => spec.rules.find((r) => r.check.kind === 'policy' && r.check.factor === f)?.id ?? 'access.evaluation');
  return [...new Set(ids)].sort();
}

/** Judges a case's request by the caller's policy in the world, under every reading of its context the spec allows. */
export function judgePolicy(spec: Spec, world: World, request: Request): PolicyVerdict {
  const policy = world.callerPolicy;
  if (!policy) return { decision: 'allow' };
  const type = resolveResources(world, request, new Set()).type ?? undefined;
  const decisions = contextsOfRequest(spec.access, request, type).map((r) => evaluatePolicy(policy, String(request.domain), r.context));
  const blamed = rulesOf(spec, decisions.flatMap((d) => d.blame));
  if (decisions.every((d) => d.allowed)) return { decision: 'allow' };
  return { decision: decisions.every((d) => !d.allowed) ? 'deny' : 'open', rules: blamed };
}
