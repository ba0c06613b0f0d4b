import type { CheckKind } from '../../spec/spec-types';
import type { CheckFn } from './check-context';
import { hasRequiredMember } from './has-required-member';
import { withinMinLength } from './within-min-length';
import { withinMaxLength } from './within-max-length';
import { withinMaxItems } from './within-max-items';
import { freeOfForbiddenChars } from './free-of-forbidden-chars';
import { notForbiddenLiteral } from './not-forbidden-literal';
import { isIntegerString } from './is-integer-string';
import { integerInRange } from './integer-in-range';
import { inEnum } from './in-enum';
import * as state from './state-checks';

/** Checks on the request alone; they decide which members are valid enough for the state checks. */
export const STRUCTURAL_CHECKS: Partial<Record<CheckKind, CheckFn>> = {
  required: hasRequiredMember,
  minLength: withinMinLength,
  maxLength: withinMaxLength,
  maxItems: withinMaxItems,
  forbiddenChars: freeOfForbiddenChars,
  forbiddenLiteral: notForbiddenLiteral,
  integerString: isIntegerString,
  integerRange: integerInRange,
  enum: inEnum,
};

/** Checks against what the world holds. */
export const STATE_CHECKS: Partial<Record<CheckKind, CheckFn>> = {
  unknownDomain: state.domainIsRegistered,
  deprecatedDomain: state.domainIsNotDeprecated,
  unknownType: state.typeIsRegistered,
  deprecatedType: state.typeIsNotDeprecated,
  defaultUndefined: state.defaultIsDefined,
  duplicateOpen: state.workflowIdIsNotOpen,
  quota: state.openExecutionsBelowQuota,
};
