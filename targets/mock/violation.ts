import { SwfFault } from './swf-fault.ts';

/** One failed constraint, phrased the way Coral phrases it. */
export interface Violation {
  /** Stable id such as `StartWorkflowExecution:tagList.max`; quirks skip checks by it. */
  check: string;
  /** Where the value sits, Coral-style: `taskList.name`, `tagList.1.member`. */
  path: string;
  value: unknown;
  /** The text after "failed to satisfy constraint: ". */
  constraint: string;
}

/** Renders a value like Coral's Java toString: null, 'text', '[a, b]'. */
function renderValue(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `'[${value.map((v) => String(v)).join(', ')}]'`;
  if (typeof value === 'object') return `'${JSON.stringify(value)}'`;
  return `'${String(value)}'`;
}

/** Phrases one violation as Coral does. */
export function describeViolation(v: Violation): string {
  return `Value ${renderValue(v.value)} at '${v.path}' failed to satisfy constraint: ${v.constraint}`;
}

/**
 * Builds the ValidationException for a non-empty list of violations: "N validation error(s) detected: " and the clauses
 * joined by "; " (the live form: getmoto/moto#10262, swf-facts §3 and §8; the join as a Coral service answers several, pulumi/pulumi-aws#2357).
 */
export function validationFault(violations: Violation[]): SwfFault {
  const n = violations.length;
  const head = `${n} validation error${n === 1 ? '' : 's'} detected: `;
  return new SwfFault(
    'ValidationException',
    head + violations.map(describeViolation).join('; '),
    400,
    violations[0]?.check,
  );
}
