import type { TypeDefaults } from './world.ts';

const KEYS: Array<keyof TypeDefaults> = [
  'defaultTaskList',
  'defaultExecutionStartToCloseTimeout',
  'defaultTaskStartToCloseTimeout',
  'defaultTaskPriority',
  'defaultChildPolicy',
  'defaultLambdaRole',
];

/** The type defaults among the members of a RegisterWorkflowType request or a DescribeWorkflowType configuration. */
export function pickTypeDefaults(members: Record<string, unknown>): TypeDefaults {
  return Object.fromEntries(KEYS.filter((k) => members[k] !== undefined).map((k) => [k, members[k]]));
}
