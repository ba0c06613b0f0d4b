import type { CheckKind } from '../../spec/spec-types.ts';
import type { CheckFn } from './check-context.ts';
import { hasRequiredMember } from './has-required-member.ts';
import { withinMinLength } from './within-min-length.ts';
import { withinMaxLength } from './within-max-length.ts';
import { withinMaxItems } from './within-max-items.ts';
import { freeOfForbiddenChars } from './free-of-forbidden-chars.ts';
import { notForbiddenLiteral } from './not-forbidden-literal.ts';
import { isIntegerString } from './is-integer-string.ts';
import { integerInRange } from './integer-in-range.ts';
import { inEnum } from './in-enum.ts';
import * as state from './state-checks.ts';

/**
 * How the oracle judges each kind of rule: a structural check (the request alone; it decides which members are valid
 * enough for the state checks), a state check (against what the world holds), or the module that judges the kind
 * elsewhere. `satisfies` makes a kind the spec gains without a line here fail to compile.
 */
export const JUDGED_BY = {
  required: { structural: hasRequiredMember },
  minLength: { structural: withinMinLength },
  maxLength: { structural: withinMaxLength },
  maxItems: { structural: withinMaxItems },
  forbiddenChars: { structural: freeOfForbiddenChars },
  forbiddenLiteral: { structural: notForbiddenLiteral },
  integerString: { structural: isIntegerString },
  integerRange: { structural: integerInRange },
  enum: { structural: inEnum },
  unknownDomain: { state: state.domainIsRegistered },
  deprecatedDomain: { state: state.domainIsNotDeprecated },
  unknownType: { state: state.typeIsRegistered },
  deprecatedType: { state: state.typeIsNotDeprecated },
  defaultUndefined: { state: state.defaultIsDefined },
  duplicateOpen: { state: state.workflowIdIsNotOpen },
  quota: { state: state.openExecutionsBelowQuota },
  allowance: { elsewhere: 'oracle/find-allowances.ts' },
  effect: { elsewhere: 'oracle/compare-effects.ts' },
  answer: { elsewhere: 'oracle/check-answer-form.ts' },
  wire: { elsewhere: 'oracle/wire/find-wire-violations.ts' },
  combination: { elsewhere: 'the rules it merges, each by its own kind' },
  policy: { elsewhere: 'oracle/policy/judge-policy.ts' },
  lifecycle: { elsewhere: 'oracle/lifecycle/judge-lifecycle.ts' },
} satisfies Record<CheckKind, { structural: CheckFn } | { state: CheckFn } | { elsewhere: string }>;

const pick = (stage: 'structural' | 'state'): Partial<Record<CheckKind, CheckFn>> =>
  Object.fromEntries(
    Object.entries(JUDGED_BY).flatMap(([kind, how]) =>
      stage in how ? [[kind, (how as Record<string, CheckFn>)[stage]]] : [],
    ),
  );

/** Checks on the request alone; they decide which members are valid enough for the state checks. */
export const STRUCTURAL_CHECKS = pick('structural');

/** Checks against what the world holds. */
export const STATE_CHECKS = pick('state');
