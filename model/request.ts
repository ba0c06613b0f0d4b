import type { StartWorkflowExecutionInput } from '../spec/generated/start-workflow-execution-input.ts';

/** A request that satisfies the request schema. */
export type ValidRequest = StartWorkflowExecutionInput;

/** A request as sent: any member may be missing or of any value, since invalid cases break the schema on purpose. */
export type Request = { [K in keyof StartWorkflowExecutionInput]?: unknown };

/** The request as a plain record, for code that walks member paths. */
export const asRecord = (request: Request) => request as Record<string, unknown>;

/** Reads a member path ('taskList.name') from a request; undefined when any step is absent. */
export function readMember(request: Request, member: string): unknown {
  let value: unknown = request as unknown;
  for (const part of member.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Counts Unicode code points, the spec's length unit. */
export function codePointLength(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}
