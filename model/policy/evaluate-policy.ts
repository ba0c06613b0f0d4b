import { arnOf, type CallerPolicy, type PolicyStatement } from './caller-policy.ts';
import { conditionHolds } from './condition-holds.ts';
import { matchWildcard } from './match-wildcard.ts';

/** The request context of a start: each condition key's value, undefined when the request does not give it. */
export type PolicyContext = Record<string, string | undefined>;

/** What decided a refusal: a condition key, 'resource' (no Allow covers the domain) or 'evaluation' (neither alone). */
export type DenialFactor = string;

export interface PolicyDecision {
  allowed: boolean;
  /** Why it was refused (empty when allowed); a single factor when one alone explains it. */
  blame: DenialFactor[];
}

const listMatches = (list: { patterns: string[]; not: boolean }, value: string, ignoreCase: boolean) =>
  list.patterns.some((p) => matchWildcard(p, value, ignoreCase)) !== list.not;

/** The factors of a statement that do not hold for this request: 'resource' and the keys of failed conditions. */
function failedFactors(s: PolicyStatement, arn: string, context: PolicyContext): DenialFactor[] {
  const failed = new Set<DenialFactor>();
  if (!listMatches(s.resources, arn, false)) failed.add('resource');
  for (const c of s.conditions) if (!conditionHolds(c, context[c.key])) failed.add(c.key);
  return [...failed];
}

/**
 * IAM's evaluation for one start: a matching Deny wins, else a matching Allow is needed. A refusal is blamed on the
 * keys of the Deny that matched (on 'evaluation' when it has none), or on what kept the nearest Allows from matching:
 * the failed factors of the Allow statements that fail on fewest ('evaluation' when no Allow names the action).
 */
export function evaluatePolicy(policy: CallerPolicy, domain: string, context: PolicyContext): PolicyDecision {
  const arn = arnOf(policy, domain);
  const applicable = policy.statements.filter((s) => listMatches(s.actions, policy.action, true));
  const deny = applicable.find((s) => s.effect === 'Deny' && failedFactors(s, arn, context).length === 0);
  if (deny) {
    const keys = [...new Set(deny.conditions.map((c) => c.key))];
    return { allowed: false, blame: keys.length ? keys : ['evaluation'] };
  }
  const allows = applicable.filter((s) => s.effect === 'Allow').map((s) => failedFactors(s, arn, context));
  if (allows.some((f) => f.length === 0)) return { allowed: true, blame: [] };
  if (!allows.length) return { allowed: false, blame: ['evaluation'] };
  const fewest = Math.min(...allows.map((f) => f.length));
  return { allowed: false, blame: [...new Set(allows.filter((f) => f.length === fewest).flat())].sort() };
}
