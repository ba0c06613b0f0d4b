// Shared by the tests of the decision-task lifecycle: a mock on a clock the test moves, and short SDK calls.
import {
  DescribeWorkflowExecutionCommand,
  GetWorkflowExecutionHistoryCommand,
  PollForDecisionTaskCommand,
  RegisterWorkflowTypeCommand,
  RespondDecisionTaskCompletedCommand,
  StartWorkflowExecutionCommand,
  TerminateWorkflowExecutionCommand,
  type Decision,
  type HistoryEvent,
  type PollForDecisionTaskCommandOutput,
  type StartWorkflowExecutionCommandInput,
  type SWFClient,
  type TerminateWorkflowExecutionCommandInput,
} from '@aws-sdk/client-swf';
import { afterEach, beforeEach } from 'vitest';
import { openMockSwf, type MockSwf } from './open-mock-swf.ts';
import { createMockClient, FULL_DEFAULTS, registerFixtures } from './test-support.ts';

/** Where the clock of a lifecycle test starts: 2030-01-01T00:00:00Z, in epoch milliseconds. */
export const T0 = Date.UTC(2030, 0, 1);

/** A mock on a clock of its own, and a client on it. */
export interface ClockedMock {
  mock: MockSwf;
  client: SWFClient;
  /** Moves the mock's clock on; the mock notices on its next call. */
  advance(seconds: number): void;
  /** The clock, in epoch seconds. */
  now(): number;
  close(): Promise<void>;
}

/**
 * Starts a mock whose clock stands at T0 until moved, with the usual fixtures (test-support.ts) and, in domain main,
 * type no-role/1: every default but a Lambda role.
 */
export async function openClockedMock(quirks: string[] = []): Promise<ClockedMock> {
  let ms = T0;
  const mock = await openMockSwf({ quirks, clock: () => ms });
  const client = createMockClient(mock.endpoint);
  await registerFixtures(client);
  await client.send(
    new RegisterWorkflowTypeCommand({
      domain: 'main',
      name: 'no-role',
      version: '1',
      ...FULL_DEFAULTS,
      defaultLambdaRole: undefined,
    }),
  );
  return {
    mock,
    client,
    advance: (seconds) => {
      ms += seconds * 1000;
    },
    now: () => ms / 1000,
    async close() {
      client.destroy();
      await mock.close();
    },
  };
}

/** Gives every test of the file a fresh clocked mock (through vitest's hooks), handed to `use` before each test. */
export function clockedMockPerTest(use: (m: ClockedMock) => void): void {
  let current: ClockedMock;
  beforeEach(async () => {
    current = await openClockedMock();
    use(current);
  });
  afterEach(() => current.close());
}

/** Starts an execution of main's type full (or the one given) and returns its ids. */
export async function start(
  client: SWFClient,
  workflowId: string,
  extra: Partial<StartWorkflowExecutionCommandInput> = {},
) {
  const { runId } = await client.send(
    new StartWorkflowExecutionCommand({
      domain: 'main',
      workflowId,
      workflowType: { name: 'full', version: '1' },
      ...extra,
    }),
  );
  return { workflowId, runId: runId! };
}

/** Polls a task list of main for a decision task. */
export function poll(
  client: SWFClient,
  taskList = 'default-tasks',
  domain = 'main',
): Promise<PollForDecisionTaskCommandOutput> {
  return client.send(new PollForDecisionTaskCommand({ domain, taskList: { name: taskList }, identity: 'decider-1' }));
}

/** Completes a decision task with these decisions. */
export async function respond(
  client: SWFClient,
  taskToken: string | undefined,
  decisions: Decision[] = [],
  executionContext?: string,
): Promise<void> {
  await client.send(new RespondDecisionTaskCompletedCommand({ taskToken, decisions, executionContext }));
}

/** The whole history of an execution of main. */
export async function historyOf(
  client: SWFClient,
  execution: { workflowId: string; runId: string },
): Promise<HistoryEvent[]> {
  return (await client.send(new GetWorkflowExecutionHistoryCommand({ domain: 'main', execution }))).events ?? [];
}

/** The event types of an execution's history, in order. */
export async function typesOf(client: SWFClient, execution: { workflowId: string; runId: string }): Promise<string[]> {
  return (await historyOf(client, execution)).map((e) => e.eventType!);
}

/** DescribeWorkflowExecution of an execution of main. */
export function describe(client: SWFClient, execution: { workflowId: string; runId: string }) {
  return client.send(new DescribeWorkflowExecutionCommand({ domain: 'main', execution }));
}

/** Terminates an execution of main. */
export async function terminate(
  client: SWFClient,
  workflowId: string,
  extra: Partial<TerminateWorkflowExecutionCommandInput> = {},
): Promise<void> {
  await client.send(new TerminateWorkflowExecutionCommand({ domain: 'main', workflowId, ...extra }));
}

/** A decision that starts a child of main's type full (or the one given). */
export function startChildDecision(workflowId: string, extra: Record<string, unknown> = {}): Decision {
  return {
    decisionType: 'StartChildWorkflowExecution',
    startChildWorkflowExecutionDecisionAttributes: {
      workflowId,
      workflowType: { name: 'full', version: '1' },
      ...extra,
    },
  };
}

/** A decision that completes the execution. */
export const complete = (result?: string): Decision => ({
  decisionType: 'CompleteWorkflowExecution',
  completeWorkflowExecutionDecisionAttributes: { result },
});
