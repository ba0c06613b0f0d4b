import { CountPendingDecisionTasksCommand, PollForDecisionTaskCommand, type SWFClient } from '@aws-sdk/client-swf';
import { describe as group, expect, it } from 'vitest';
import { NO_LAMBDA_ROLE_CAUSE } from './lambda-decision.ts';
import {
  clockedMockPerTest,
  complete,
  describe,
  historyOf,
  poll,
  respond,
  start,
  T0,
  terminate,
  typesOf,
  type ClockedMock,
} from './lifecycle-test-support.ts';
import { sendRaw } from './raw-request.ts';
import { failureOf } from './test-support.ts';

let m: ClockedMock;
let client: SWFClient;
clockedMockPerTest((mock) => {
  m = mock;
  client = mock.client;
});

const countPending = async (taskList: string, domain = 'main') =>
  (await client.send(new CountPendingDecisionTasksCommand({ domain, taskList: { name: taskList } }))).count;

group('PollForDecisionTask and RespondDecisionTaskCompleted', () => {
  it('hands out the pending task with the whole history, records DecisionTaskStarted, and completes the execution', async () => {
    const run = await start(client, 'order-1', { input: 'hello' });
    m.advance(5);
    const task = await poll(client);
    expect(task).toMatchObject({
      startedEventId: 3,
      previousStartedEventId: 0,
      workflowExecution: run,
      workflowType: { name: 'full', version: '1' },
    });
    expect(task.taskToken).toEqual(expect.any(String));
    expect(task.events?.map((e) => e.eventType)).toEqual([
      'WorkflowExecutionStarted',
      'DecisionTaskScheduled',
      'DecisionTaskStarted',
    ]);
    expect(task.events?.[0].workflowExecutionStartedEventAttributes?.input).toBe('hello');
    expect(task.events?.[2].decisionTaskStartedEventAttributes).toEqual({ scheduledEventId: 2, identity: 'decider-1' });
    expect(task.events?.[2].eventTimestamp).toEqual(new Date(T0 + 5000));
    expect((await describe(client, run)).openCounts?.openDecisionTasks).toBe(1);

    m.advance(1);
    await respond(client, task.taskToken, [complete('done')], 'ctx');
    const events = await historyOf(client, run);
    expect(events.map((e) => e.eventType)).toEqual([
      'WorkflowExecutionStarted',
      'DecisionTaskScheduled',
      'DecisionTaskStarted',
      'DecisionTaskCompleted',
      'WorkflowExecutionCompleted',
    ]);
    expect(events[3].decisionTaskCompletedEventAttributes).toEqual({
      scheduledEventId: 2,
      startedEventId: 3,
      executionContext: 'ctx',
    });
    expect(events[4].workflowExecutionCompletedEventAttributes).toEqual({
      result: 'done',
      decisionTaskCompletedEventId: 4,
    });
    const described = await describe(client, run);
    expect(described.executionInfo).toMatchObject({
      executionStatus: 'CLOSED',
      closeStatus: 'COMPLETED',
      closeTimestamp: new Date(T0 + 6000),
    });
    expect(described.openCounts).toMatchObject({ openDecisionTasks: 0, openChildWorkflowExecutions: 0 });
  });

  it('fails and cancels executions by decision', async () => {
    const failed = await start(client, 'failing');
    await respond(client, (await poll(client)).taskToken, [
      { decisionType: 'FailWorkflowExecution', failWorkflowExecutionDecisionAttributes: { reason: 'r', details: 'd' } },
    ]);
    expect((await historyOf(client, failed)).at(-1)?.workflowExecutionFailedEventAttributes).toEqual({
      reason: 'r',
      details: 'd',
      decisionTaskCompletedEventId: 4,
    });
    expect((await describe(client, failed)).executionInfo?.closeStatus).toBe('FAILED');
    const canceled = await start(client, 'canceling');
    await respond(client, (await poll(client)).taskToken, [
      { decisionType: 'CancelWorkflowExecution', cancelWorkflowExecutionDecisionAttributes: { details: 'bye' } },
    ]);
    expect((await historyOf(client, canceled)).at(-1)?.workflowExecutionCanceledEventAttributes).toEqual({
      details: 'bye',
      decisionTaskCompletedEventId: 4,
    });
    expect((await describe(client, canceled)).executionInfo?.closeStatus).toBe('CANCELED');
  });

  it('schedules no new task after a completion that recorded nothing for the decider, and one that did', async () => {
    const run = await start(client, 'marker');
    await respond(client, (await poll(client)).taskToken, [
      { decisionType: 'RecordMarker', recordMarkerDecisionAttributes: { markerName: 'm', details: 'x' } },
    ]);
    expect(await typesOf(client, run)).toEqual([
      'WorkflowExecutionStarted',
      'DecisionTaskScheduled',
      'DecisionTaskStarted',
      'DecisionTaskCompleted',
      'MarkerRecorded',
    ]);
    expect((await describe(client, run)).openCounts?.openDecisionTasks).toBe(0);
    expect((await poll(client)).taskToken).toBeUndefined();
    const failing = await start(client, 'activity');
    await respond(client, (await poll(client)).taskToken, [
      {
        decisionType: 'ScheduleActivityTask',
        scheduleActivityTaskDecisionAttributes: { activityId: 'a', activityType: { name: 'x', version: '1' } },
      },
    ]);
    const events = await historyOf(client, failing);
    expect(events.slice(-2).map((e) => e.eventType)).toEqual(['ScheduleActivityTaskFailed', 'DecisionTaskScheduled']);
    expect(events.at(-2)?.scheduleActivityTaskFailedEventAttributes?.cause).toBe('ACTIVITY_TYPE_DOES_NOT_EXIST');
  });

  it('delivers the highest taskPriority first, equal priorities first scheduled first, and only tasks of the list asked', async () => {
    await start(client, 'low', { taskPriority: '-3' });
    await start(client, 'high-1', { taskPriority: '12' });
    await start(client, 'mid', { taskPriority: '9' });
    await start(client, 'high-2', { taskPriority: '12' });
    await start(client, 'elsewhere', { taskPriority: '100', taskList: { name: 'other' } });
    const order: string[] = [];
    for (let task = await poll(client); task.taskToken; task = await poll(client))
      order.push(task.workflowExecution!.workflowId!);
    expect(order).toEqual(['high-1', 'high-2', 'mid', 'low']);
    expect((await poll(client, 'other')).workflowExecution?.workflowId).toBe('elsewhere');
  });

  it('answers a poll at once when nothing is pending, with ids 0 and no taskToken, as the real service does after its wait', async () => {
    const began = Date.now();
    const body = JSON.stringify({ domain: 'main', taskList: { name: 'default-tasks' } });
    const res = await sendRaw(m.mock.endpoint, { target: 'SimpleWorkflowService.PollForDecisionTask', body });
    expect(Date.now() - began).toBeLessThan(5000);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('{"previousStartedEventId":0,"startedEventId":0}');
    const empty = await poll(client);
    expect(empty.taskToken).toBeUndefined();
    expect(empty.startedEventId).toBe(0);
  });

  it('refuses an unknown domain, and input the model refuses', async () => {
    expect(await failureOf(poll(client, 'default-tasks', 'nowhere'))).toEqual({
      name: 'UnknownResourceFault',
      status: 400,
      message: 'Unknown domain: nowhere',
    });
    expect(await failureOf(client.send(new PollForDecisionTaskCommand({ domain: 'main' } as never)))).toMatchObject({
      name: 'ValidationException',
      message: expect.stringContaining(
        "Value null at 'taskList' failed to satisfy constraint: Member must not be null",
      ),
    });
    expect(await failureOf(respond(client, 'x'.repeat(1025)))).toMatchObject({
      name: 'ValidationException',
      message: expect.stringContaining("at 'taskToken'"),
    });
  });

  it('refuses an unknown or used token with UnknownResourceFault, and a decision without the attributes it needs', async () => {
    await start(client, 'once');
    const task = await poll(client);
    expect(await failureOf(respond(client, 'no-such-token'))).toMatchObject({
      name: 'UnknownResourceFault',
      status: 400,
    });
    expect(await failureOf(respond(client, task.taskToken, [{ decisionType: 'StartTimer' }]))).toMatchObject({
      name: 'ValidationException',
      message: expect.stringContaining("at 'decisions.1.member.startTimerDecisionAttributes'"),
    });
    await respond(client, task.taskToken);
    expect(await failureOf(respond(client, task.taskToken))).toMatchObject({
      name: 'UnknownResourceFault',
      status: 400,
    });
  });

  it('gives previousStartedEventId and pages a long history through the poll', async () => {
    const run = await start(client, 'pages');
    const first = await poll(client);
    await respond(client, first.taskToken, [
      { decisionType: 'StartTimer', startTimerDecisionAttributes: { timerId: 't', startToFireTimeout: '30' } },
    ]);
    expect((await describe(client, run)).openCounts?.openTimers).toBe(1);
    m.advance(30);
    const page1 = await client.send(
      new PollForDecisionTaskCommand({ domain: 'main', taskList: { name: 'default-tasks' }, maximumPageSize: 4 }),
    );
    expect(page1).toMatchObject({ previousStartedEventId: 3, startedEventId: 8 });
    expect(page1.events?.map((e) => e.eventId)).toEqual([1, 2, 3, 4]);
    const page2 = await client.send(
      new PollForDecisionTaskCommand({
        domain: 'main',
        taskList: { name: 'default-tasks' },
        maximumPageSize: 4,
        nextPageToken: page1.nextPageToken,
      }),
    );
    expect(page2.taskToken).toBe(page1.taskToken);
    expect(page2.events?.map((e) => e.eventType)).toEqual([
      'TimerStarted',
      'TimerFired',
      'DecisionTaskScheduled',
      'DecisionTaskStarted',
    ]);
    expect(page2.events?.[1]).toMatchObject({
      eventTimestamp: new Date(T0 + 30_000),
      timerFiredEventAttributes: { timerId: 't', startedEventId: 5 },
    });
    expect(page2.nextPageToken).toBeUndefined();
  });

  it('drops the pending or started task of an execution that closes, and counts only open executions', async () => {
    await start(client, 'dropped');
    await start(client, 'started');
    expect(await countPending('default-tasks')).toBe(2);
    const task = await poll(client);
    await terminate(client, 'dropped');
    await terminate(client, 'started');
    expect(await countPending('default-tasks')).toBe(0);
    expect((await poll(client)).taskToken).toBeUndefined();
    expect(await failureOf(respond(client, task.taskToken))).toMatchObject({ name: 'UnknownResourceFault' });
  });
});

group('CountPendingDecisionTasks', () => {
  it('counts tasks scheduled and not started on that list, per domain, and refuses an unknown domain', async () => {
    await start(client, 'a');
    await start(client, 'b');
    await start(client, 'c', { taskList: { name: 'other' } });
    await start(client, 'd', { domain: 'other' });
    expect(await countPending('default-tasks')).toBe(2);
    expect(await countPending('other')).toBe(1);
    expect(await countPending('default-tasks', 'other')).toBe(1);
    expect(await countPending('nobody')).toBe(0);
    await poll(client);
    expect(await countPending('default-tasks')).toBe(1);
    expect(
      await client.send(new CountPendingDecisionTasksCommand({ domain: 'main', taskList: { name: 'other' } })),
    ).toMatchObject({ count: 1, truncated: false });
    expect(await failureOf(countPending('x', 'nowhere'))).toMatchObject({ name: 'UnknownResourceFault' });
  });
});

group('ScheduleLambdaFunction', () => {
  const lambda = {
    decisionType: 'ScheduleLambdaFunction',
    scheduleLambdaFunctionDecisionAttributes: { id: 'l1', name: 'fn', input: 'in', startToCloseTimeout: '30' },
  } as const;

  it("schedules the Lambda task with a role (the type default or the start's), where it stays open", async () => {
    const run = await start(client, 'with-role');
    await respond(client, (await poll(client)).taskToken, [lambda]);
    const events = await historyOf(client, run);
    expect(events.at(-1)?.eventType).toBe('LambdaFunctionScheduled');
    expect(events.at(-1)?.lambdaFunctionScheduledEventAttributes).toEqual({
      id: 'l1',
      name: 'fn',
      input: 'in',
      startToCloseTimeout: '30',
      decisionTaskCompletedEventId: 4,
    });
    expect((await describe(client, run)).openCounts?.openLambdaFunctions).toBe(1);
    const own = await start(client, 'own-role', {
      workflowType: { name: 'no-role', version: '1' },
      lambdaRole: 'arn:aws:iam::123456789012:role/mine',
    });
    await respond(client, (await poll(client)).taskToken, [lambda]);
    expect((await typesOf(client, own)).at(-1)).toBe('LambdaFunctionScheduled');
  });

  it('fails without a role, and for an id still open, and a new task lets the decider see it', async () => {
    const run = await start(client, 'no-role', { workflowType: { name: 'no-role', version: '1' } });
    await respond(client, (await poll(client)).taskToken, [lambda]);
    const events = await historyOf(client, run);
    expect(events.slice(-2).map((e) => e.eventType)).toEqual(['ScheduleLambdaFunctionFailed', 'DecisionTaskScheduled']);
    expect(events.at(-2)?.scheduleLambdaFunctionFailedEventAttributes).toEqual({
      id: 'l1',
      name: 'fn',
      cause: NO_LAMBDA_ROLE_CAUSE,
      decisionTaskCompletedEventId: 4,
    });
    const twice = await start(client, 'twice', { taskList: { name: 'twice' } });
    await respond(client, (await poll(client, 'twice')).taskToken, [lambda, lambda]);
    expect((await historyOf(client, twice)).at(-2)?.scheduleLambdaFunctionFailedEventAttributes?.cause).toBe(
      'ID_ALREADY_IN_USE',
    );
  });
});
