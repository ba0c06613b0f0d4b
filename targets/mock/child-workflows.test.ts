import type { SWFClient } from '@aws-sdk/client-swf';
import { describe as group, expect, it } from 'vitest';
import {
  clockedMockPerTest,
  complete,
  describe,
  historyOf,
  poll,
  respond,
  start,
  startChildDecision,
  terminate,
  typesOf,
  type ClockedMock,
} from './lifecycle-test-support.ts';

let m: ClockedMock;
let client: SWFClient;
clockedMockPerTest((mock) => {
  m = mock;
  client = mock.client;
});

/** Starts a parent on list 'parents' whose first decision starts the given children (on list 'children'); returns the parent and the children's runs. */
async function parentWithChildren(
  workflowId: string,
  children: Array<{ workflowId: string } & Record<string, unknown>>,
  extra: Record<string, unknown> = {},
) {
  const parent = await start(client, workflowId, { taskList: { name: 'parents' }, ...extra });
  const decisions = children.map(({ workflowId: id, ...own }) =>
    startChildDecision(id, { taskList: { name: 'children' }, ...own }),
  );
  await respond(
    client,
    (await poll(client, (extra.taskList as { name: string } | undefined)?.name ?? 'parents')).taskToken,
    decisions,
  );
  const events = await historyOf(client, parent);
  const runs = events
    .filter((e) => e.eventType === 'ChildWorkflowExecutionStarted')
    .map((e) => e.childWorkflowExecutionStartedEventAttributes!.workflowExecution!);
  return { parent, children: runs.map((r) => ({ workflowId: r.workflowId!, runId: r.runId! })) };
}

const statusOf = async (run: { workflowId: string; runId: string }) => {
  const info = (await describe(client, run)).executionInfo;
  return info?.executionStatus === 'OPEN' ? 'OPEN' : info?.closeStatus;
};

group('StartChildWorkflowExecution', () => {
  it('starts the child with its type defaults and its own first task, and tells the parent, whose decider is woken', async () => {
    const parent = await start(client, 'parent', { taskList: { name: 'parents' } });
    await respond(client, (await poll(client, 'parents')).taskToken, [
      startChildDecision('child', { input: 'in', control: 'c', tagList: ['t'] }),
    ]);
    const events = await historyOf(client, parent);
    expect(events.slice(3).map((e) => e.eventType)).toEqual([
      'DecisionTaskCompleted',
      'StartChildWorkflowExecutionInitiated',
      'ChildWorkflowExecutionStarted',
      'DecisionTaskScheduled',
    ]);
    expect(events[4].startChildWorkflowExecutionInitiatedEventAttributes).toEqual({
      workflowId: 'child',
      workflowType: { name: 'full', version: '1' },
      control: 'c',
      input: 'in',
      executionStartToCloseTimeout: '86400',
      taskList: { name: 'default-tasks' },
      taskPriority: '7',
      decisionTaskCompletedEventId: 4,
      childPolicy: 'ABANDON',
      taskStartToCloseTimeout: 'NONE',
      tagList: ['t'],
      lambdaRole: 'arn:aws:iam::123456789012:role/mock-default',
    });
    const child = events[5].childWorkflowExecutionStartedEventAttributes!;
    expect(child).toMatchObject({
      workflowExecution: { workflowId: 'child' },
      workflowType: { name: 'full', version: '1' },
      initiatedEventId: 5,
    });
    const run = { workflowId: 'child', runId: child.workflowExecution!.runId! };
    const childEvents = await historyOf(client, run);
    expect(childEvents.map((e) => e.eventType)).toEqual(['WorkflowExecutionStarted', 'DecisionTaskScheduled']);
    expect(childEvents[0].workflowExecutionStartedEventAttributes).toMatchObject({
      input: 'in',
      tagList: ['t'],
      parentWorkflowExecution: parent,
      parentInitiatedEventId: 5,
    });
    expect((await describe(client, run)).executionInfo?.parent).toEqual(parent);
    expect((await describe(client, parent)).openCounts).toMatchObject({
      openChildWorkflowExecutions: 1,
      openDecisionTasks: 1,
    });
    expect((await describe(client, parent)).executionInfo?.parent).toBeUndefined();
  });

  it.each([
    ['WORKFLOW_TYPE_DOES_NOT_EXIST', { workflowType: { name: 'ghost', version: '1' } }, 0],
    ['WORKFLOW_TYPE_DEPRECATED', { workflowType: { name: 'deprecated', version: '1' } }, 0],
    ['DEFAULT_CHILD_POLICY_UNDEFINED', { workflowType: { name: 'no-child-policy', version: '1' } }, 0],
    ['DEFAULT_TASK_LIST_UNDEFINED', { workflowType: { name: 'no-task-list', version: '1' } }, 0],
    ['WORKFLOW_ALREADY_RUNNING', { workflowId: 'busy' }, 5],
  ])('fails with %s', async (cause, given, initiatedEventId) => {
    const attributes: { workflowType?: object; workflowId?: string } = given;
    await start(client, 'busy', { taskList: { name: 'elsewhere' } });
    const parent = await start(client, 'parent', { taskList: { name: 'parents' } });
    await respond(client, (await poll(client, 'parents')).taskToken, [
      startChildDecision('kid', { ...attributes, control: 'k' }),
    ]);
    const failed = (await historyOf(client, parent)).find((e) => e.eventType === 'StartChildWorkflowExecutionFailed')!;
    expect(failed.startChildWorkflowExecutionFailedEventAttributes).toEqual({
      workflowType: attributes.workflowType ?? { name: 'full', version: '1' },
      cause,
      workflowId: attributes.workflowId ?? 'kid',
      initiatedEventId,
      decisionTaskCompletedEventId: 4,
      control: 'k',
    });
    expect((await typesOf(client, parent)).at(-1)).toBe('DecisionTaskScheduled');
  });

  it('tells an open parent how its child closed, and schedules a decision task for it (after the started one completes)', async () => {
    const {
      parent,
      children: [child],
    } = await parentWithChildren('parent', [{ workflowId: 'child' }]);
    const parentTask = await poll(client, 'parents');
    await respond(client, (await poll(client, 'children')).taskToken, [complete('42')]);
    const told = (await historyOf(client, parent)).at(-1)!;
    expect(told.eventType).toBe('ChildWorkflowExecutionCompleted');
    expect(told.childWorkflowExecutionCompletedEventAttributes).toEqual({
      workflowExecution: child,
      workflowType: { name: 'full', version: '1' },
      result: '42',
      initiatedEventId: 5,
      startedEventId: 6,
    });
    // The parent's decider had its task already: it cannot close before seeing the news, and gets another task.
    await respond(client, parentTask.taskToken, [complete()]);
    expect((await typesOf(client, parent)).slice(-3)).toEqual([
      'DecisionTaskCompleted',
      'CompleteWorkflowExecutionFailed',
      'DecisionTaskScheduled',
    ]);
    expect(await statusOf(parent)).toBe('OPEN');
    expect((await describe(client, parent)).openCounts?.openChildWorkflowExecutions).toBe(0);
  });

  it('tells the parent of a child terminated or timed out', async () => {
    const {
      parent,
      children: [, b],
    } = await parentWithChildren('parent', [
      { workflowId: 'a' },
      { workflowId: 'b', executionStartToCloseTimeout: '50' },
    ]);
    await terminate(client, 'a');
    expect((await typesOf(client, parent)).slice(-2)).toEqual([
      'DecisionTaskScheduled',
      'ChildWorkflowExecutionTerminated',
    ]);
    m.advance(50);
    expect(await statusOf(b)).toBe('TIMED_OUT');
    const told = (await historyOf(client, parent)).at(-1)!;
    expect(told.childWorkflowExecutionTimedOutEventAttributes).toMatchObject({
      workflowExecution: b,
      timeoutType: 'START_TO_CLOSE',
      initiatedEventId: 7,
    });
    expect(await statusOf(parent)).toBe('OPEN');
  });
});

group('child policies', () => {
  it.each([
    ['TERMINATE', 'TERMINATED', undefined],
    ['REQUEST_CANCEL', 'OPEN', 'WorkflowExecutionCancelRequested'],
    ['ABANDON', 'OPEN', 'DecisionTaskScheduled'],
  ])('%s on TerminateWorkflowExecution', async (childPolicy, status, lastChildEvent) => {
    const {
      parent,
      children: [child],
    } = await parentWithChildren('parent', [{ workflowId: 'child' }], { childPolicy });
    await terminate(client, 'parent');
    expect(await statusOf(child)).toBe(status);
    const events = await historyOf(client, child);
    if (status === 'TERMINATED') {
      expect(events.at(-1)?.workflowExecutionTerminatedEventAttributes).toEqual({
        childPolicy: 'ABANDON',
        cause: 'CHILD_POLICY_APPLIED',
      });
    } else expect(events.at(-1)?.eventType).toBe(lastChildEvent);
    if (childPolicy === 'REQUEST_CANCEL') {
      expect(events.at(-1)?.workflowExecutionCancelRequestedEventAttributes).toEqual({
        externalWorkflowExecution: parent,
        cause: 'CHILD_POLICY_APPLIED',
      });
      expect((await describe(client, child)).executionInfo?.cancelRequested).toBe(true);
      // The child's decider sees the request in its pending task.
      expect((await describe(client, child)).openCounts?.openDecisionTasks).toBe(1);
    }
  });

  it.each([
    ['TERMINATE', 'TERMINATED'],
    ['REQUEST_CANCEL', 'OPEN'],
    ['ABANDON', 'OPEN'],
  ])('%s on a time-out of the parent, at its moment', async (childPolicy, status) => {
    const {
      children: [child],
    } = await parentWithChildren('parent', [{ workflowId: 'child' }], {
      childPolicy,
      executionStartToCloseTimeout: '100',
    });
    m.advance(500);
    expect(await statusOf(child)).toBe(status);
    const last = (await historyOf(client, child)).at(-1)!;
    if (childPolicy === 'TERMINATE') expect(last.eventTimestamp?.getTime()).toBe((m.now() - 400) * 1000);
    if (childPolicy === 'REQUEST_CANCEL') expect(last.eventType).toBe('WorkflowExecutionCancelRequested');
  });

  it("applies TerminateWorkflowExecution's own childPolicy over the execution's", async () => {
    const {
      children: [child],
    } = await parentWithChildren('parent', [{ workflowId: 'child' }], { childPolicy: 'ABANDON' });
    await terminate(client, 'parent', { childPolicy: 'TERMINATE' });
    expect(await statusOf(child)).toBe('TERMINATED');
  });

  it("applies a terminated child's own policy to its children, recursively", async () => {
    const {
      children: [middle],
    } = await parentWithChildren('top', [{ workflowId: 'middle', childPolicy: 'TERMINATE' }], {
      childPolicy: 'TERMINATE',
    });
    const abandoned = (
      await parentWithChildren('other-top', [{ workflowId: 'kept', childPolicy: 'ABANDON' }], {
        taskList: { name: 'other' },
      })
    ).children[0];
    // middle's first task is on list 'children'; it starts two grandchildren.
    await respond(
      client,
      (await poll(client, 'children')).taskToken,
      ['g-1', 'g-2'].map((id) =>
        startChildDecision(id, { taskList: { name: 'grandchildren' }, childPolicy: 'TERMINATE' }),
      ),
    );
    const grandchildren = (await historyOf(client, middle))
      .filter((e) => e.eventType === 'ChildWorkflowExecutionStarted')
      .map(
        (e) =>
          e.childWorkflowExecutionStartedEventAttributes!.workflowExecution! as { workflowId: string; runId: string },
      );
    await terminate(client, 'top');
    expect(await statusOf(middle)).toBe('TERMINATED');
    expect(await Promise.all(grandchildren.map(statusOf))).toEqual(['TERMINATED', 'TERMINATED']);
    expect(await statusOf(abandoned)).toBe('OPEN');
  });
});
