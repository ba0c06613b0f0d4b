import { domainNameRule, durationRule, int32Rule, nameRule, retentionRule, type ValueRule } from './value-rules.ts';
import type { Violation } from './violation.ts';

/** The one-year hard limit on an execution's start-to-close timeout, in seconds. */
export const ONE_YEAR_SECONDS = 31_536_000;

// Which documented rules apply to which operation's members, in the order they are reported.
const RULES: Record<string, ValueRule[]> = {
  StartWorkflowExecution: [
    nameRule('domain'),
    nameRule('workflowId'),
    nameRule('taskList.name'),
    int32Rule('taskPriority'),
    durationRule('executionStartToCloseTimeout', { none: false, max: ONE_YEAR_SECONDS }),
    durationRule('taskStartToCloseTimeout', { none: true }),
  ],
  RegisterDomain: [domainNameRule('name'), retentionRule('workflowExecutionRetentionPeriodInDays')],
  RegisterWorkflowType: [
    nameRule('name'),
    nameRule('version'),
    nameRule('defaultTaskList.name'),
    int32Rule('defaultTaskPriority'),
    durationRule('defaultExecutionStartToCloseTimeout', { none: false, max: ONE_YEAR_SECONDS }),
    durationRule('defaultTaskStartToCloseTimeout', { none: true }),
  ],
};

/** Reads a dotted path of a parsed body. */
function valueAt(input: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), input);
}

/** Checks the rules SWF states in prose (characters, integer strings, durations); checks whose id is in `skip` are not made. */
export function checkDocumentedRules(
  operation: string,
  input: unknown,
  skip: ReadonlySet<string> = new Set(),
): Violation[] {
  const found: Violation[] = [];
  for (const rule of RULES[operation] ?? []) {
    const value = valueAt(input, rule.path);
    if (typeof value !== 'string') continue;
    for (const problem of rule.problems(value)) {
      const check = `${operation}:${rule.path}.${problem.kind}`;
      if (!skip.has(check)) found.push({ check, path: rule.path, value, constraint: problem.constraint });
    }
  }
  return found;
}
