import type fc from 'fast-check';
import type { CheckKind, Rule, WireDefect } from '../spec/spec-types';
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

type Scenario = NonNullable<Rule['check']['scenario']>;

/** The allowances' generators, by scenario. */
const BY_SCENARIO = {
  reuseAfterClose: reuse.reuseAfterCloseCase,
  otherDomain: reuse.otherDomainCase,
  validRequest: reuse.validRequestCase,
} satisfies Partial<Record<Scenario, RuleGenerator>>;

/** The wire rules' generators, by the defect they put in the HTTP request. */
const BY_DEFECT = {
  wrongType: wireRequestWithWrongType,
  requiredOmitted: wireRequestWithoutRequired,
  requiredNull: wireRequestWithoutRequired,
  nullItem: wireRequestWithNullListItem,
  unknownMember: wireRequestWithUnknownMember,
  duplicateKey: wireRequestWithDuplicateKey,
  targetMissing: wireRequestWithTargetHeader,
  targetUnknown: wireRequestWithTargetHeader,
  targetLongForm: wireRequestWithTargetHeader,
  contentTypeJson: wireRequestWithContentType,
  contentTypeOther: wireRequestWithContentType,
  malformed: wireRequestWithMalformedBody,
  empty: wireRequestWithEmptyBody,
  oversized: wireRequestOversized,
  invalidUtf8: wireRequestWithInvalidUtf8,
  signatureMissing: wireRequestWithSigning,
  signatureBad: wireRequestWithSigning,
} satisfies Record<WireDefect, RuleGenerator>;

/** A rule whose check names a scenario or defect no generator has: a spec the loader should have refused. */
const missing = (rule: Rule, what: string): never => {
  throw new Error(`no generator for rule ${rule.id} (${rule.check.kind} ${what})`);
};

/**
 * Which generator yields the cases of a rule, by the rule's check kind; null for the kinds whose rules have no cases
 * of their own (effect and answer rules are judged on the cases of the families that start executions).
 * `satisfies` makes a kind the spec gains without a line here fail to compile.
 */
const BY_KIND = {
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
  allowance: (rule, c, world) =>
    (BY_SCENARIO[rule.check.scenario as keyof typeof BY_SCENARIO] ?? missing(rule, String(rule.check.scenario)))(
      rule,
      c,
      world,
    ),
  wire: (rule, c, world) => (BY_DEFECT[rule.check.defect!] ?? missing(rule, String(rule.check.defect)))(rule, c, world),
  // Cases of two other rules, merged: built through caseForRule itself.
  combination: (rule, c, world) => combinationGenerator(caseForRule)(rule, c, world),
  effect: null,
  answer: null,
} satisfies Record<CheckKind, RuleGenerator | null>;

/** True for rules that have cases of their own; effect rules are checked on the cases of valid.accepted and the allowances. */
export function hasOwnCases(rule: Rule): boolean {
  return BY_KIND[rule.check.kind] !== null;
}

/** The arbitrary of a rule's cases. */
export function caseForRule(rule: Rule, c: Constraints, world: World): fc.Arbitrary<Case> {
  const generator: RuleGenerator | null = BY_KIND[rule.check.kind];
  if (!generator) throw new Error(`no generator for rule ${rule.id} (${rule.check.kind})`);
  return generator(rule, c, world);
}
