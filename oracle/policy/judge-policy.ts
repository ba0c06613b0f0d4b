import type { Spec } from '../../spec/spec-types.ts';
import type { Request } from '../../model/request.ts';
import type { World } from '../../model/world.ts';
import { contextsOfRequest } from '../../model/policy/contexts-of-request.ts';
import { evaluatePolicy } from '../../model/policy/evaluate-policy.ts';
import { resolveResources } from '../resolve-resources.ts';
import type { Resolved } from '../checks/check-context.ts';

/** What the caller's policy says of a start: allowed, refused (blaming rules), or open when the spec cannot tell. */
export type PolicyVerdict =
  | { decision: 'allow' }
  | { decision: 'deny'; rules: string[] }
  /** The readings the spec leaves open (a task list from the type's default) lead to different decisions. */
  | { decision: 'open'; rules: string[]; because: string };

/** The access rule blamed for each denial factor. */
function rulesOf(spec: Spec, factors: string[]): string[] {
  const ids = factors.map(
    (f) => spec.rules.find((r) => r.check.kind === 'policy' && r.check.factor === f)?.id ?? 'access.evaluation',
  );
  return [...new Set(ids)].sort();
}

/** Judges a case's request by the caller's policy in the world, under every reading of its context the spec allows. */
export function judgePolicy(spec: Spec, world: World, request: Request, resolved?: Resolved): PolicyVerdict {
  const policy = world.callerPolicy;
  if (!policy) return { decision: 'allow' };
  const type = (resolved ?? resolveResources(world, request, new Set())).type ?? undefined;
  const readings = contextsOfRequest(spec.access, request, type);
  const decisions = readings.map((r) => evaluatePolicy(policy, String(request.domain), r.context));
  const rules = rulesOf(
    spec,
    decisions.flatMap((d) => d.blame),
  );
  if (decisions.every((d) => d.allowed)) return { decision: 'allow' };
  if (decisions.every((d) => !d.allowed)) return { decision: 'deny', rules };
  const doubts = readings
    .flatMap((r) => r.fromDefault)
    .map((key) => {
      const evidence = spec.access.conditionKeys.find((k) => k.key === key)?.fromTypeDefault;
      return `${key} from the type's default (${evidence?.level ?? 'UNKNOWN'}: ${evidence?.source ?? 'no source'})`;
    });
  return { decision: 'open', rules, because: `the policy allows or refuses it depending on ${doubts.join(' and ')}` };
}
