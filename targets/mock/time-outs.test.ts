import { ListClosedWorkflowExecutionsCommand, type SWFClient } from '@aws-sdk/client-swf';
import { describe as group, expect, it } from 'vitest';
import {
  clockedMockPerTest,
  describe,
  historyOf,
  poll,
  respond,
  start,
  T0,
  typesOf,
  type ClockedMock,
} from './lifecycle-test-support.ts';
import { advanceTimers } from './advance-timers.ts';
import { createMockContext } from './create-mock-context.ts';
import { OPERATIONS } from './operations.ts';
import { PRUNE_EVERY, RETAINED_CLOSED } from './swf-state.ts';
import { failureOf, FULL_DEFAULTS } from './test-support.ts';

let m: ClockedMock;
let client: SWFClient;
clockedMockPerTest((mock) => {
  m = mock;
  client = mock.client;
});

const closedTimedOut = async () => {
  const page = await client.send(
    new ListClosedWorkflowExecutionsCommand({
      domain: 'main',
      startTimeFilter: { oldestDate: new Date(0) },
      closeStatusFilter: { status: 'TIMED_OUT' },
    }),
  );
  return page.executionInfos?.map((e) => e.execution?.workflowId);
};

group('executionStartToCloseTimeout', () => {
  it('closes the execution TIMED_OUT at start + timeout, with WorkflowExecutionTimedOut, once the clock passes it', async () => {
    const run = await start(client, 'slow', { executionStartToCloseTimeout: '60', childPolicy: 'TERMINATE' });
    const task = await poll(client);
    m.advance(59);
    expect((await describe(client, run)).executionInfo?.executionStatus).toBe('OPEN');
    m.advance(100);
    const described = await describe(client, run);
    expect(described.executionInfo).toMatchObject({
      executionStatus: 'CLOSED',
      closeStatus: 'TIMED_OUT',
      closeTimestamp: new Date(T0 + 60_000),
    });
    expect(described.openCounts?.openDecisionTasks).toBe(0);
    const events = await historyOf(client, run);
    expect(events.map((e) => e.eventType)).toEqual([
      'WorkflowExecutionStarted',
      'DecisionTaskScheduled',
      'DecisionTaskStarted',
      'WorkflowExecutionTimedOut',
    ]);
    expect(events[3]).toMatchObject({
      eventTimestamp: new Date(T0 + 60_000),
      workflowExecutionTimedOutEventAttributes: { timeoutType: 'START_TO_CLOSE', childPolicy: 'TERMINATE' },
    });
    expect(await failureOf(respond(client, task.taskToken))).toMatchObject({ name: 'UnknownResourceFault' });
    expect(await closedTimedOut()).toEqual(['slow']);
  });

  it('lets the workflowId be started again, and leaves executions without a time-out due open', async () => {
    await start(client, 'again', { executionStartToCloseTimeout: '10' });
    const other = await start(client, 'patient');
    expect(await failureOf(start(client, 'again'))).toMatchObject({ name: 'WorkflowExecutionAlreadyStartedFault' });
    m.advance(10);
    const second = await start(client, 'again');
    expect((await describe(client, second)).executionInfo?.executionStatus).toBe('OPEN');
    expect((await describe(client, other)).executionInfo?.executionStatus).toBe('OPEN');
    expect(await closedTimedOut()).toEqual(['again']);
  });
});

group('taskStartToCloseTimeout', () => {
  it('times out a started decision task: DecisionTaskTimedOut, the same task scheduled again, the old token void', async () => {
    const run = await start(client, 'decider-gone', { taskStartToCloseTimeout: '30', taskPriority: '3' });
    m.advance(1);
    const task = await poll(client);
    m.advance(29);
    expect(await typesOf(client, run)).toEqual([
      'WorkflowExecutionStarted',
      'DecisionTaskScheduled',
      'DecisionTaskStarted',
    ]);
    m.advance(5);
    const events = await historyOf(client, run);
    expect(events.map((e) => e.eventType)).toEqual([
      'WorkflowExecutionStarted',
      'DecisionTaskScheduled',
      'DecisionTaskStarted',
      'DecisionTaskTimedOut',
      'DecisionTaskScheduled',
    ]);
    expect(events[3]).toMatchObject({
      eventTimestamp: new Date(T0 + 31_000),
      decisionTaskTimedOutEventAttributes: { timeoutType: 'START_TO_CLOSE', scheduledEventId: 2, startedEventId: 3 },
    });
    expect(events[4].decisionTaskScheduledEventAttributes).toEqual({
      taskList: { name: 'default-tasks' },
      taskPriority: '3',
      startToCloseTimeout: '30',
      scheduleToStartTimeout: 'NONE',
    });
    expect(await failureOf(respond(client, task.taskToken))).toMatchObject({ name: 'UnknownResourceFault' });
    const retry = await poll(client);
    expect(retry).toMatchObject({ startedEventId: 6, previousStartedEventId: 0, workflowExecution: run });
    await respond(client, retry.taskToken);
  });

  it('never times out a task of NONE, nor one only scheduled', async () => {
    const never = await start(client, 'never');
    await poll(client);
    const waiting = await start(client, 'waiting', { taskStartToCloseTimeout: '5', taskList: { name: 'idle' } });
    m.advance(86_000);
    expect(await typesOf(client, never)).toEqual([
      'WorkflowExecutionStarted',
      'DecisionTaskScheduled',
      'DecisionTaskStarted',
    ]);
    expect(await typesOf(client, waiting)).toEqual(['WorkflowExecutionStarted', 'DecisionTaskScheduled']);
  });
});

group('retention', () => {
  it('counts a time-out as a close: old timed-out executions are forgotten, the latest and the open ones kept', () => {
    let ms = T0;
    const { context } = createMockContext({ clock: () => ms });
    const { state, behaviour } = context;
    const run = (operation: string, input: object) => OPERATIONS[operation](state, input, behaviour);
    run('RegisterDomain', { name: 'main', workflowExecutionRetentionPeriodInDays: '1' });
    run('RegisterWorkflowType', { domain: 'main', name: 'full', version: '1', ...FULL_DEFAULTS });
    run('StartWorkflowExecution', {
      domain: 'main',
      workflowId: 'stays',
      workflowType: { name: 'full', version: '1' },
    });
    for (let i = 1; i <= 3 * RETAINED_CLOSED; i++) {
      run('StartWorkflowExecution', {
        domain: 'main',
        workflowId: `w-${i}`,
        workflowType: { name: 'full', version: '1' },
        executionStartToCloseTimeout: '1',
      });
      ms += 1000;
      advanceTimers(state, behaviour);
    }
    const closed = state.executions.filter((e) => e.status === 'CLOSED');
    expect(closed.every((e) => e.closeStatus === 'TIMED_OUT')).toBe(true);
    expect(closed.length).toBeLessThanOrEqual(RETAINED_CLOSED + PRUNE_EVERY);
    expect(closed.at(-1)?.workflowId).toBe(`w-${3 * RETAINED_CLOSED}`);
    expect(state.executions.filter((e) => e.status === 'OPEN').map((e) => e.workflowId)).toEqual(['stays']);
  });
});
