import type fc from 'fast-check';
import type { CheckKind, Rule, WireDefect } from '../spec/spec-types.ts';
import type { Case } from '../model/case.ts';
import type { World } from '../model/world.ts';
import type { Constraints } from './constraints.ts';
import type { RuleGenerator } from './rule-generator.ts';
import { requestMissingMember } from './request-missing-member.ts';
import { requestUnderMinLength } from './request-under-min-length.ts';
import { requestOverMaxLength } from './request-over-max-length.ts';
import { requestWithTooManyTags } from './request-with-too-many-tags.ts';
import { requestWithForbiddenChar } from './request-with-forbidden-char.ts';
import { requestWithForbiddenLiteral } from './request-with-forbidden-literal.ts';
import { requestWithNonInteger } from './request-with-non-integer.ts';
import { requestWithOutOfRangeInteger } from './request-with-out-of-range-integer.ts';
import { requestWithBadEnum } from './request-with-bad-enum.ts';
import { requestMissingDefault } from './request-missing-default.ts';
import * as resources from './request-for-missing-resource.ts';
import * as reuse from './workflow-id-cases.ts';
import { wireRequestWithNullListItem } from './wire-request-with-null-list-item.ts';
import { wireRequestWithWrongType } from './wire-request-with-wrong-type.ts';
import { wireRequestWithoutRequired } from './wire-request-without-required.ts';
import { wireRequestWithUnknownMember } from './wire-request-with-unknown-member.ts';
import { wireRequestWithDuplicateKey } from './wire-request-with-duplicate-key.ts';
import { wireRequestWithTargetHeader } from './wire-request-with-target-header.ts';
import { wireRequestWithContentType } from './wire-request-with-content-type.ts';
import { wireRequestWithMalformedBody } from './wire-request-with-malformed-body.ts';
import { wireRequestWithEmptyBody } from './wire-request-with-empty-body.ts';
import { wireRequestOversized } from './wire-request-oversized.ts';
import { wireRequestWithInvalidUtf8 } from './wire-request-with-invalid-utf8.ts';
import { wireRequestWithSigning } from './wire-request-with-signing.ts';
import { combinationGenerator } from './request-breaking-two-rules.ts';
import { requestAroundPolicy } from './request-around-policy.ts';
import { requestBeyondQuota } from './request-beyond-quota.ts';
import { lifecycleCase } from './lifecycle-case.ts';

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
