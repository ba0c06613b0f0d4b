// The IAM policy the caller of a case carries, once checked against the spec (oracle/policy/parse-policy.ts).

/** A string condition operator, split into its parts: StringLike, StringNotEqualsIfExists, ForAnyValue:StringEquals. */
export interface ConditionOperator {
  /** StringEquals, StringNotEquals, StringLike or StringNotLike. */
  base: string;
  /** Negated operators (…Not…) hold when the value matches none of the listed values. */
  negated: boolean;
  /** 'Like' operators read `*` and `?` as wildcards. */
  wildcards: boolean;
  ifExists: boolean;
  set?: 'ForAllValues' | 'ForAnyValue';
  /** The operator as the policy wrote it. */
  text: string;
}

/** One test of a Condition block: an operator applied to one key with its values (any of which may match). */
export interface Condition {
  operator: ConditionOperator;
  /** The key as the spec spells it (keys are case-insensitive in IAM). */
  key: string;
  values: string[];
}

/** One Statement, normalized: lists everywhere, `not` set for NotAction / NotResource. */
export interface PolicyStatement {
  sid?: string;
  effect: 'Allow' | 'Deny';
  actions: { patterns: string[]; not: boolean };
  resources: { patterns: string[]; not: boolean };
  conditions: Condition[];
}

/** The caller's policy and where its ARNs point. */
export interface CallerPolicy {
  statements: PolicyStatement[];
  /** The action every start is authorised as (swf:StartWorkflowExecution). */
  action: string;
  /** How a domain's ARN is written, with {partition} {region} {account} {domain} filled in by `arnOf`. */
  arnTemplate: string;
  partition: string;
  region: string;
  account: string;
}

/** The ARN of a domain, the resource a start is authorised against. */
export function arnOf(policy: CallerPolicy, domain: string): string {
  const parts: Record<string, string> = {
    partition: policy.partition,
    region: policy.region,
    account: policy.account,
    domain,
  };
  return policy.arnTemplate.replace(/\{(\w+)\}/g, (_, name: string) => parts[name] ?? '');
}
