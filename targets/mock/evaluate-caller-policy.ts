import type { CallerPolicy, PatternSet, PolicyStatement } from './caller-policy.ts';
import type { PolicyCondition } from './parse-policy-condition.ts';
import { matchesWildcard } from './wildcard-match.ts';

/** What a call is judged on: `swf:<Operation>`, the domain's ARN, and the condition keys present (lower-case names). */
export interface PolicyRequest {
  action: string;
  resource: string;
  context: ReadonlyMap<string, string>;
}

/** The verdict: allowed, denied by a Deny statement, or denied because no Allow statement applies. */
export type PolicyDecision = 'allowed' | 'explicit-deny' | 'implicit-deny';

/** Whether a value is covered by Action/Resource (any pattern matches) or NotAction/NotResource (none does). */
function covers(set: PatternSet, value: string, ignoreCase: boolean): boolean {
  return set.patterns.some((p) => matchesWildcard(p, value, ignoreCase)) !== set.not;
}

/**
 * Whether one condition holds for a single-valued key. Present: Equals/Like hold when a listed value equals/matches
 * it, Not* when none does. Absent: IfExists holds; ForAllValues holds and ForAnyValue does not (an empty set);
 * otherwise only the negated operators hold.
 */
export function conditionHolds(condition: PolicyCondition, value: string | undefined): boolean {
  if (value === undefined) {
    if (condition.ifExists) return true;
    if (condition.qualifier) return condition.qualifier === 'ForAllValues';
    return condition.negated;
  }
  const hit = condition.values.some((v) => (condition.match === 'equals' ? v === value : matchesWildcard(v, value)));
  return hit !== condition.negated;
}

/** Whether a statement applies to a request: its action, its resource and every condition. */
function applies(statement: PolicyStatement, request: PolicyRequest): boolean {
  return (
    covers(statement.action, request.action, true) &&
    covers(statement.resource, request.resource, false) &&
    statement.conditions.every((c) => conditionHolds(c, request.context.get(c.key)))
  );
}

/**
 * Judges a request as IAM does for one identity policy: an applying Deny wins, else an applying Allow allows, else
 * the request is denied implicitly. `applyDeny: false` ignores Deny statements (the policy-ignores-deny quirk).
 */
export function evaluateCallerPolicy(
  policy: CallerPolicy,
  request: PolicyRequest,
  options: { applyDeny?: boolean } = {},
): PolicyDecision {
  const applying = policy.statements.filter((s) => applies(s, request));
  if ((options.applyDeny ?? true) && applying.some((s) => s.effect === 'Deny')) return 'explicit-deny';
  return applying.some((s) => s.effect === 'Allow') ? 'allowed' : 'implicit-deny';
}
