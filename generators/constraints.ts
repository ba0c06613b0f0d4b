import type { Rule, Spec } from '../spec/spec-types.ts';
import { memberSchema } from '../spec/member-schema.ts';

/** Limits of one string member, read from the spec's request schema and character rule. */
export interface StringConstraints {
  minLength: number;
  maxLength: number;
  charRule: boolean;
}

/** Everything the generators need to know, derived from the spec at run time: no limit is copied by hand. */
export interface Constraints {
  spec: Spec;
  strings: Record<string, StringConstraints>;
  maxTags: number;
  taskPriority: { min: bigint; max: bigint };
  executionTimeoutMax: bigint;
  /** Literal values a timeout member may take besides digits (taskStartToCloseTimeout: NONE). */
  timeoutLiterals: Record<string, string[]>;
  /** Literal values forbidden outright (executionStartToCloseTimeout: NONE). */
  forbiddenLiterals: Record<string, string>;
  childPolicies: string[];
}

const STRING_MEMBERS = [
  'domain',
  'workflowId',
  'workflowType.name',
  'workflowType.version',
  'taskList.name',
  'input',
  'lambdaRole',
  'tagList[]',
  'executionStartToCloseTimeout',
  'taskStartToCloseTimeout',
];

function ruleFor(spec: Spec, kind: Rule['check']['kind'], member: string): Rule {
  const rule = spec.rules.find((r) => r.check.kind === kind && r.check.member === member);
  if (!rule) throw new Error(`spec has no ${kind} rule for ${member}`);
  return rule;
}

/** Derives the generators' constraints from a loaded spec. */
export function constraintsFromSpec(spec: Spec): Constraints {
  const strings: Record<string, StringConstraints> = {};
  for (const member of STRING_MEMBERS) {
    const node = memberSchema(spec, member)!;
    strings[member] = {
      minLength: node.minLength ?? 0,
      maxLength: node.maxLength ?? Number.MAX_SAFE_INTEGER,
      charRule: spec.characterRule.members.includes(member),
    };
  }
  const priority = ruleFor(spec, 'integerRange', 'taskPriority').check;
  const timeouts = ['executionStartToCloseTimeout', 'taskStartToCloseTimeout'];
  const forbiddenLiterals: Record<string, string> = Object.fromEntries(
    spec.rules
      .filter((r) => r.check.kind === 'forbiddenLiteral' && r.check.value)
      .map((r) => [r.check.member!, r.check.value!]),
  );
  // A literal the integer rule lets through but another rule forbids (NONE for the execution timeout) is not valid.
  const literals = (m: string) =>
    (ruleFor(spec, 'integerString', m).check.alsoAllowed ?? []).filter((v) => v !== forbiddenLiterals[m]);
  return {
    spec,
    strings,
    maxTags: memberSchema(spec, 'tagList')!.maxItems!,
    taskPriority: { min: BigInt(priority.min!), max: BigInt(priority.max!) },
    executionTimeoutMax: BigInt(ruleFor(spec, 'integerRange', 'executionStartToCloseTimeout').check.max!),
    timeoutLiterals: Object.fromEntries(timeouts.map((m) => [m, literals(m)])),
    forbiddenLiterals,
    childPolicies: memberSchema(spec, 'childPolicy')!.enum!,
  };
}
