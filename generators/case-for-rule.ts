import type fc from 'fast-check';
import type { Rule } from '../spec/spec-types';
import type { Case } from '../model/case';
import type { World } from '../model/world';
import type { Constraints } from './constraints';
import type { RuleGenerator } from './rule-generator';
import { requestMissingMember } from './request-missing-member';
import { requestUnderMinLength } from './request-under-min-length';
import { requestOverMaxLength } from './request-over-max-length';
import { requestWithTooManyTags } from './request-with-too-many-tags';
import { requestWithForbiddenChar } from './request-with-forbidden-char';
import { requestWithForbiddenLiteral } from './request-with-forbidden-literal';
import { requestWithNonInteger } from './request-with-non-integer';
import { requestWithOutOfRangeInteger } from './request-with-out-of-range-integer';
import { requestWithBadEnum } from './request-with-bad-enum';
import { requestMissingDefault } from './request-missing-default';
import * as resources from './request-for-missing-resource';
import * as reuse from './workflow-id-cases';

/** Which generator yields the cases of a rule, by the rule's check kind (allowances by scenario). */
const BY_KIND: Record<string, RuleGenerator> = {
  required: requestMissingMember,
  minLength: requestUnderMinLength,
  maxLength: requestOverMaxLength,
  maxItems: requestWithTooManyTags,
  forbiddenChars: requestWithForbiddenChar,
  forbiddenLiteral: requestWithForbiddenLiteral,
  integerString: requestWithNonInteger,
  integerRange: requestWithOutOfRangeInteger,
  enum: requestWithBadEnum,
  defaultUndefined: requestMissingDefault,
  unknownDomain: resources.requestForUnknownDomain,
  deprecatedDomain: resources.requestForDeprecatedDomain,
  unknownType: resources.requestForUnknownType,
  deprecatedType: resources.requestForDeprecatedType,
  duplicateOpen: reuse.duplicateOpenCase,
  'allowance:reuseAfterClose': reuse.reuseAfterCloseCase,
  'allowance:otherDomain': reuse.otherDomainCase,
  'allowance:validRequest': reuse.validRequestCase,
};

/** True for rules that have cases of their own; effect rules are checked on the cases of valid.accepted and the allowances. */
export function hasOwnCases(rule: Rule): boolean {
  return rule.check.kind !== 'effect';
}

/** The arbitrary of a rule's cases. */
export function caseForRule(rule: Rule, c: Constraints, world: World): fc.Arbitrary<Case> {
  const key = rule.check.kind === 'allowance' ? `allowance:${rule.check.scenario}` : rule.check.kind;
  const generator = BY_KIND[key];
  if (!generator) throw new Error(`no generator for rule ${rule.id} (${key})`);
  return generator(rule, c, world);
}
