import type { Condition } from './caller-policy.ts';
import { matchWildcard } from './match-wildcard.ts';

/**
 * Whether one condition holds for a key's value (undefined: the key is not in the request context). IAM: a missing
 * key fails a positive operator and satisfies a negated one; IfExists ("if the key is not present, the condition is
 * true") and ForAllValues hold when it is missing, ForAnyValue does not. Every key here is single-valued, so the set
 * operators otherwise act as the plain one.
 */
export function conditionHolds(condition: Condition, value: string | undefined): boolean {
  const op = condition.operator;
  if (value === undefined) {
    if (op.ifExists) return true;
    if (op.set) return op.set === 'ForAllValues';
    return op.negated;
  }
  const matches = condition.values.some((v) => (op.wildcards ? matchWildcard(v, value) : v === value));
  return op.negated ? !matches : matches;
}
