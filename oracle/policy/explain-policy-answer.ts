import type { Spec } from '../../spec/spec-types.ts';
import type { Request } from '../../model/request.ts';
import type { World } from '../../model/world.ts';
import type { CallerPolicy } from '../../model/policy/caller-policy.ts';
import { contextsOfRequest } from '../../model/policy/contexts-of-request.ts';
import { evaluatePolicy, type PolicyContext } from '../../model/policy/evaluate-policy.ts';
import { resolveResources } from '../resolve-resources.ts';
import type { Resolved } from '../checks/check-context.ts';

/** Why a target's allow or deny departs from the policy, as far as one neglected part of it explains the answer. */
export interface PolicyExplanation {
  /** The access rules of the parts whose neglect explains it, in spec order. */
  rules: string[];
  because: string;
}

interface Neglect {
  factor: string;
  says: string;
  decide(policy: CallerPolicy, domain: string, context: PolicyContext): boolean;
}

// The ways an emulator commonly gets IAM wrong: a key it does not know, Deny statements, Resource.
const NEGLECTS = (keys: string[]): Neglect[] => [
  ...keys.map((key) => ({
    factor: key,
    says: `as if ${key} were not in the request context`,
    decide: (p: CallerPolicy, d: string, c: PolicyContext) => evaluatePolicy(p, d, { ...c, [key]: undefined }).allowed,
  })),
  {
    factor: 'evaluation',
    says: 'as if the Deny statements were not applied',
    decide: (p, d, c) =>
      evaluatePolicy({ ...p, statements: p.statements.filter((s) => s.effect === 'Allow') }, d, c).allowed,
  },
  {
    factor: 'resource',
    says: 'as if every statement covered every domain',
    decide: (p, d, c) =>
      evaluatePolicy(
        { ...p, statements: p.statements.map((s) => ({ ...s, resources: { patterns: ['*'], not: false } })) },
        d,
        c,
      ).allowed,
  },
];

/**
 * For a start the target allowed (or refused) against the caller's policy: which single neglected part of the policy
 * would give the target's answer. Undefined when none does, when the policy itself gives that answer (the divergence
 * is then about another rule), or when the world has no policy.
 */
export function explainPolicyAnswer(
  spec: Spec,
  world: World,
  request: Request,
  allowed: boolean,
  resolved?: Resolved,
): PolicyExplanation | undefined {
  const policy = world.callerPolicy;
  if (!policy) return undefined;
  const type = (resolved ?? resolveResources(world, request, new Set())).type ?? undefined;
  const contexts = contextsOfRequest(spec.access, request, type).map((r) => r.context);
  const domain = String(request.domain);
  // The policy itself gives this answer under some reading: nothing to explain (the divergence is another rule's).
  if (contexts.some((c) => evaluatePolicy(policy, domain, c).allowed === allowed)) return undefined;
  const found = NEGLECTS(spec.access.conditionKeys.map((k) => k.key)).filter((n) =>
    contexts.some((c) => n.decide(policy, domain, c) === allowed),
  );
  const rules = found
    .map((n) => spec.rules.find((r) => r.check.kind === 'policy' && r.check.factor === n.factor)?.id)
    .filter((id): id is string => !!id);
  if (!rules.length) return undefined;
  return {
    rules,
    because: `the target ${allowed ? 'allowed' : 'refused'} it ${found.map((n) => n.says).join(', or ')}`,
  };
}
