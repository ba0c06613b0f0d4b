import {
  CountClosedWorkflowExecutionsCommand,
  CountOpenWorkflowExecutionsCommand,
  CountPendingDecisionTasksCommand,
  DescribeWorkflowExecutionCommand,
  GetWorkflowExecutionHistoryCommand,
  ListClosedWorkflowExecutionsCommand,
  ListOpenWorkflowExecutionsCommand,
  PollForDecisionTaskCommand,
  RespondDecisionTaskCompletedCommand,
  StartWorkflowExecutionCommand,
  TerminateWorkflowExecutionCommand,
  type SWFClient,
} from '@aws-sdk/client-swf';
import type { CallAnswer } from '../model/lifecycle.ts';
import { toObservation } from './to-observation.ts';

// Each command is typed for its own input and output; the table only needs to build one by name.
type CommandClass = new (input: never) => unknown;

/** The operations a lifecycle case may call, by name. */
const COMMANDS: Record<string, CommandClass> = {
  CountClosedWorkflowExecutions: CountClosedWorkflowExecutionsCommand,
  CountOpenWorkflowExecutions: CountOpenWorkflowExecutionsCommand,
  CountPendingDecisionTasks: CountPendingDecisionTasksCommand,
  DescribeWorkflowExecution: DescribeWorkflowExecutionCommand,
  GetWorkflowExecutionHistory: GetWorkflowExecutionHistoryCommand,
  ListClosedWorkflowExecutions: ListClosedWorkflowExecutionsCommand,
  ListOpenWorkflowExecutions: ListOpenWorkflowExecutionsCommand,
  PollForDecisionTask: PollForDecisionTaskCommand,
  RespondDecisionTaskCompleted: RespondDecisionTaskCompletedCommand,
  StartWorkflowExecution: StartWorkflowExecutionCommand,
  TerminateWorkflowExecution: TerminateWorkflowExecutionCommand,
};

// The oracle compares plain JSON. The SDK parses timestamps into Dates, which come out as ISO strings (Date's toJSON
// runs before any replacer, so none ever sees a Date): not the wire's epoch seconds, but no judge reads them.
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Sends one SWF operation through the SDK; a failure is an answer like any other, never a throw. */
export async function sendOperation(
  client: SWFClient,
  operation: string,
  input: Record<string, unknown>,
): Promise<CallAnswer> {
  const Command = COMMANDS[operation];
  if (!Command) throw new Error(`sendOperation: ${operation} is not a lifecycle operation`);
  try {
    // Date members of a filter go out as Dates, which the SDK serializes as epoch seconds.
    const out = (await client.send(new Command(input as never) as never)) as {
      $metadata?: { httpStatusCode?: number };
    } & Record<string, unknown>;
    const { $metadata, ...output } = out;
    return { ok: true, status: $metadata?.httpStatusCode ?? 200, output: plain(output) as Record<string, unknown> };
  } catch (error) {
    const failed = toObservation(error);
    return {
      ok: false,
      ...(failed.status !== undefined ? { status: failed.status } : {}),
      code: failed.code,
      message: failed.message,
      ...(failed.timedOut ? { timedOut: true as const } : {}),
    };
  }
}
