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
import { wireRequestWithNullListItem } from './wire-request-with-null-list-item';
import { wireRequestWithWrongType } from './wire-request-with-wrong-type';
import { wireRequestWithoutRequired } from './wire-request-without-required';
import { wireRequestWithUnknownMember } from './wire-request-with-unknown-member';
import { wireRequestWithDuplicateKey } from './wire-request-with-duplicate-key';
import { wireRequestWithTargetHeader } from './wire-request-with-target-header';
import { wireRequestWithContentType } from './wire-request-with-content-type';
import { wireRequestWithMalformedBody } from './wire-request-with-malformed-body';
import { wireRequestWithEmptyBody } from './wire-request-with-empty-body';
import { wireRequestOversized } from './wire-request-oversized';
import { wireRequestWithInvalidUtf8 } from './wire-request-with-invalid-utf8';
import { wireRequestWithSigning } from './wire-request-with-signing';
import { combinationGenerator } from './request-breaking-two-rules';
import { requestAroundPolicy } from './request-around-policy';
import { requestBeyondQuota } from './request-beyond-quota';
import { lifecycleCase } from './lifecycle-case';

/** Which generator yields the cases of a rule, by the rule's check kind (allowances by scenario, wire rules by defect). */
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
  policy: requestAroundPolicy,
  quota: requestBeyondQuota,
  lifecycle: lifecycleCase,
  'allowance:reuseAfterClose': reuse.reuseAfterCloseCase,
  'allowance:otherDomain': reuse.otherDomainCase,
  'allowance:validRequest': reuse.validRequestCase,
  'wire:wrongType': wireRequestWithWrongType,
  'wire:requiredOmitted': wireRequestWithoutRequired,
  'wire:requiredNull': wireRequestWithoutRequired,
  'wire:nullItem': wireRequestWithNullListItem,
  'wire:unknownMember': wireRequestWithUnknownMember,
  'wire:duplicateKey': wireRequestWithDuplicateKey,
  'wire:targetMissing': wireRequestWithTargetHeader,
  'wire:targetUnknown': wireRequestWithTargetHeader,
  'wire:targetLongForm': wireRequestWithTargetHeader,
  'wire:contentTypeJson': wireRequestWithContentType,
  'wire:contentTypeOther': wireRequestWithContentType,
  'wire:malformed': wireRequestWithMalformedBody,
  'wire:empty': wireRequestWithEmptyBody,
  'wire:oversized': wireRequestOversized,
  'wire:invalidUtf8': wireRequestWithInvalidUtf8,
  'wire:signatureMissing': wireRequestWithSigning,
  'wire:signatureBad': wireRequestWithSigning,
  // Cases of two other rules, merged: built through caseForRule itself.
  combination: (rule, c, world) => combinationGenerator(caseForRule)(rule, c, world),
};

/** True for rules that have cases of their own; effect rules are checked on the cases of valid.accepted and the allowances. */
export function hasOwnCases(rule: Rule): boolean {
  return rule.check.kind !== 'effect' && rule.check.kind !== 'answer';
}

/** The arbitrary of a rule's cases. */
export function caseForRule(rule: Rule, c: Constraints, world: World): fc.Arbitrary<Case> {
  const key =
    rule.check.kind === 'allowance'
      ? `allowance:${rule.check.scenario}`
      : rule.check.kind === 'wire'
        ? `wire:${rule.check.defect}`
        : rule.check.kind;
  const generator = BY_KIND[key];
  if (!generator) throw new Error(`no generator for rule ${rule.id} (${key})`);
  return generator(rule, c, world);
}
