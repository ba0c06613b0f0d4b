// The shape of an operation spec file; spec.schema.json says the same for ajv.
import type { Family } from './families';

export type EvidenceLevel = 'DOC' | 'REAL' | 'CLAIM' | 'INFER' | 'UNKNOWN';

export interface Evidence {
  level: EvidenceLevel;
  /** In-project paths (spec/evidence/swf-facts.md §N, spec/aws-model/…) or public sources (URL, owner/repo#N); never outside the project. */
  source: string;
  note?: string;
}

/** What the contract expects of a request that a rule is about. */
export type Expectation =
  | { reject: { codes: string[] } }
  | { reject: { anyClientError: true; likelyCode?: string } }
  /** For requests that break several rules (family validation-order): the outcome of any one of them. */
  | { reject: { oneOfBrokenRules: true } }
  | { succeed: true }
  /** Accepted, or refused with a client error: anything but a 5xx, a hang or a dropped connection. */
  | { notServerError: true }
  /** For answer rules (check kind 'answer'): every answer that is not a 5xx has the documented form. */
  | { wellFormed: true };

export type CheckKind =
  | 'required'
  | 'minLength'
  | 'maxLength'
  | 'maxItems'
  | 'forbiddenChars'
  | 'forbiddenLiteral'
  | 'integerString'
  | 'integerRange'
  | 'enum'
  | 'defaultUndefined'
  | 'unknownDomain'
  | 'deprecatedDomain'
  | 'unknownType'
  | 'deprecatedType'
  | 'duplicateOpen'
  | 'allowance'
  | 'effect'
  | 'answer'
  | 'wire'
  | 'combination'
  | 'policy'
  | 'quota'
  | 'lifecycle';

/** What a wire-level case does to the HTTP request instead of breaking a member (family 'wire'). */
export type WireDefect =
  | 'wrongType'
  | 'requiredOmitted'
  | 'requiredNull'
  | 'nullItem'
  | 'unknownMember'
  | 'duplicateKey'
  | 'targetMissing'
  | 'targetUnknown'
  | 'targetLongForm'
  | 'contentTypeJson'
  | 'contentTypeOther'
  | 'malformed'
  | 'empty'
  | 'oversized'
  | 'invalidUtf8'
  | 'signatureMissing'
  | 'signatureBad';

/** The behaviour of a started execution a lifecycle rule is about. */
export type LifecycleBehaviour =
  | 'decisionTaskScheduled'
  | 'decisionTaskCounted'
  | 'decisionTaskPolled'
  | 'priorityOrder'
  | 'executionTimeout'
  | 'decisionTimeout'
  | 'openListings'
  | 'closedListings'
  | 'exclusiveFilters'
  | 'childPolicy'
  | 'childPolicyOverride'
  | 'lambdaRole';

export interface Check {
  kind: CheckKind;
  member?: string;
  value?: string;
  signed?: boolean;
  alsoAllowed?: string[];
  min?: number;
  max?: number;
  typeDefault?: string;
  scenario?: 'reuseAfterClose' | 'otherDomain' | 'validRequest' | 'twoMemberRules' | 'memberAndState';
  field?: string;
  observedIn?: Array<'describe' | 'started'>;
  defect?: WireDefect;
  /** For policy rules: the condition key a refusal is blamed on, 'resource' or 'evaluation'. */
  factor?: string;
  /** For quota rules: which of the target's quotas (told to the harness, never guessed). */
  quota?: 'openExecutionsPerDomain';
  /** For lifecycle rules: which behaviour of a started execution the rule is about. */
  behaviour?: LifecycleBehaviour;
}

export type { Family } from './families';

export interface Rule {
  id: string;
  family: Family;
  summary: string;
  check: Check;
  expect: Expectation;
  evidence: { rule: Evidence; outcome: Evidence };
}

/** A JSON Schema node of the request, as far as the harness reads it. */
export interface SchemaNode {
  type?: string;
  description?: string;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  enum?: string[];
  required?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: boolean;
}

export interface DefaultRule {
  member: string;
  typeDefault: string;
  /** 'DefaultUndefinedFault', a literal value, or 'absent'. */
  whenNeither: string;
}

export interface EffectEquivalence {
  field: string;
  expected: unknown;
  alsoAccept: 'absent';
  evidence: Evidence;
}

/** A condition key of the operation and the request member it reads. */
export interface ConditionKey {
  key: string;
  member: string;
  /** For list members: the position read (tag keys are positional). */
  index?: number;
  /** The type default that may stand in for the member when the request omits it. */
  typeDefault?: string;
  evidence: Evidence;
  /** What is known of the key when the member comes from the type default instead. */
  fromTypeDefault?: Evidence;
}

/** How IAM policies limit the operation: the action, the resource ARN, the condition keys and operators. */
export interface AccessSpec {
  action: string;
  /** With {partition} {region} {account} {domain}. */
  resourceArn: string;
  evidence: Evidence;
  conditionKeys: ConditionKey[];
  operators: {
    base: string[];
    ifExists: boolean;
    setPrefixes: string[];
    evidence: Evidence;
    setPrefixEvidence: Evidence;
  };
  evaluation: Evidence;
}

/** How lifecycle cases are timed: the time-outs they use and how long past them the run waits. */
export interface LifecycleSpec {
  timeouts: { executionSeconds: { min: number; max: number }; decisionSeconds: { min: number; max: number } };
  wait: { marginSeconds: number; awsMarginSeconds: number; evidence: Evidence };
  emptyPoll: Evidence;
}

export interface Spec {
  operation: 'StartWorkflowExecution';
  apiVersion: string;
  sources: Record<string, string>;
  evidenceLevels: Record<string, string>;
  lengthUnit: { unit: 'codePoint'; evidence: Evidence };
  request: SchemaNode & { properties: Record<string, SchemaNode>; required: string[] };
  characterRule: {
    members: string[];
    forbiddenChars: string[];
    forbiddenRanges: Array<[number, number]>;
    forbiddenLiteral: string;
    evidence: Evidence;
    note?: string;
  };
  defaults: DefaultRule[];
  effectEquivalences: EffectEquivalence[];
  access: AccessSpec;
  lifecycle: LifecycleSpec;
  rules: Rule[];
  setupOperations: Record<
    string,
    { required: string[]; members: Record<string, unknown>; errors: string[]; evidence: Evidence }
  >;
}
