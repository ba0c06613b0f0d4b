import {
  CountClosedWorkflowExecutionsCommand,
  CountOpenWorkflowExecutionsCommand,
  CountPendingDecisionTasksCommand,
  ListClosedWorkflowExecutionsCommand,
  ListOpenWorkflowExecutionsCommand,
  RegisterDomainCommand,
  RegisterWorkflowTypeCommand,
  type ChildPolicy,
  type SWFClient,
} from '@aws-sdk/client-swf';
import { describe as group, expect, it } from 'vitest';
import { LIFECYCLE_QUIRKS } from './lifecycle-quirks.ts';
import {
  complete,
  describe,
  historyOf,
  poll,
  respond,
  start,
  startChildDecision,
  openClockedMock,
  terminate,
  type ClockedMock,
} from './lifecycle-test-support.ts';
import { expectQuirkCase, FULL_DEFAULTS, type QuirkCase } from './test-support.ts';

type Seen = Record<string, unknown>;
type Probe = (m: ClockedMock) => Promise<Seen>;
type Run = { workflowId: string; runId: string };

let n = 0;
/** A fresh name, so that probes sharing a mock never meet (workflowIds, task lists, domains). */
const fresh = (prefix: string) => `${prefix}-${++n}`;
const since = { oldestDate: new Date(0) };

/** Registers a domain of its own with type full/1, for probes that count or list a whole domain. */
async function freshDomain(client: SWFClient): Promise<string> {
  const domain = fresh('d');
  await client.send(new RegisterDomainCommand({ name: domain, workflowExecutionRetentionPeriodInDays: '1' }));
  await client.send(new RegisterWorkflowTypeCommand({ domain, name: 'full', version: '1', ...FULL_DEFAULTS }));
  return domain;
}

/** What a call answered, or the name of the error it failed with. */
const outcome = <T>(call: Promise<T>, read: (out: T) => unknown) => call.then(read, (e: Error) => e.name);

const statusOf = async (client: SWFClient, run: Run) => {
  const info = (await describe(client, run)).executionInfo;
  return info?.executionStatus === 'OPEN' ? 'OPEN' : info?.closeStatus;
};
const lastEventOf = async (client: SWFClient, run: Run) => (await historyOf(client, run)).at(-1)?.eventType;

/** Starts an execution on a list of its own (plus `extra`), polls its task and returns its run and the task. */
async function started(client: SWFClient, extra: Record<string, unknown> = {}) {
  const list = fresh('list');
  const run = await start(client, fresh('wf'), { taskList: { name: list }, ...extra });
  return { run, task: await poll(client, list) };
}

/** A parent (with `extra`) whose first decision starts one child; returns both runs. */
async function family(client: SWFClient, extra: Record<string, unknown>) {
  const { run: parent, task } = await started(client, extra);
  await respond(client, task.taskToken, [startChildDecision(fresh('child'), { taskList: { name: fresh('list') } })]);
  const child = (await historyOf(client, parent)).find((e) => e.eventType === 'ChildWorkflowExecutionStarted')!
    .childWorkflowExecutionStartedEventAttributes!.workflowExecution!;
  return { parent, child: child as Run };
}

/** The first and later DecisionTaskScheduled time-outs shown, and whether the task timed out on the effective one. */
const scheduledTimeouts =
  (extra: Record<string, unknown>): Probe =>
  async ({ client, advance }) => {
    const { run } = await started(client, extra);
    advance(31);
    const events = await historyOf(client, run);
    const shown = events
      .filter((e) => e.eventType === 'DecisionTaskScheduled')
      .map((e) => e.decisionTaskScheduledEventAttributes?.startToCloseTimeout);
    return { shown, timedOut: events.some((e) => e.eventType === 'DecisionTaskTimedOut') };
  };

/** Pending tasks counted on list a of a domain with two on a and one on b. */
const pendingOnA: Probe = async ({ client }) => {
  const domain = await freshDomain(client);
  for (const list of ['a', 'a', 'b']) await start(client, fresh('wf'), { domain, taskList: { name: list } });
  const count = async (list: string) =>
    (await client.send(new CountPendingDecisionTasksCommand({ domain, taskList: { name: list } }))).count;
  return { a: await count('a') };
};

/** Which of two tasks a poll gets first, started in this order with these priorities. */
const firstOfTwo =
  (priorities: [string, string]): Probe =>
  async ({ client }) => {
    const list = fresh('list');
    for (const [i, taskPriority] of priorities.entries())
      await start(client, `p${i}-${fresh('wf')}`, { taskList: { name: list }, taskPriority });
    return { first: (await poll(client, list)).workflowExecution?.workflowId?.slice(0, 2) };
  };

/** An execution that times out after 10 s: its close status, whether ListClosed TIMED_OUT has it, its last event. */
const timedOut =
  (extra: Record<string, unknown> = {}): Probe =>
  async ({ client, advance }) => {
    const { run } = await started(client, { executionStartToCloseTimeout: '10', ...extra });
    advance(10);
    const listed = await client.send(
      new ListClosedWorkflowExecutionsCommand({
        domain: 'main',
        startTimeFilter: since,
        closeStatusFilter: { status: 'TIMED_OUT' },
      }),
    );
    return {
      status: await statusOf(client, run),
      listed: !!listed.executionInfos?.some((e) => e.execution?.runId === run.runId),
      last: await lastEventOf(client, run),
    };
  };

/** How an execution with this taskStartToCloseTimeout ends up 6 s after its task was started. */
const sixSecondsAfterPoll =
  (taskStartToCloseTimeout: string, extra: Record<string, unknown> = {}): Probe =>
  async ({ client, advance }) => {
    const { run } = await started(client, { taskStartToCloseTimeout, ...extra });
    advance(6);
    return { status: await statusOf(client, run), last: await lastEventOf(client, run) };
  };

/** In a domain with open a (tag x, type full) and b (tag y), and closed c (tag x): what each listing answers. */
const listings =
  (read: (client: SWFClient, domain: string) => Promise<unknown>): Probe =>
  async ({ client }) => {
    const domain = await freshDomain(client);
    await start(client, 'a', { domain, tagList: ['x'] });
    await start(client, 'b', { domain, tagList: ['y'] });
    await start(client, 'c', { domain, tagList: ['x'] });
    await terminate(client, 'c', { domain });
    return { seen: await read(client, domain) };
  };
const ids = (page: { executionInfos?: Array<{ execution?: { workflowId?: string } }> }) =>
  page.executionInfos?.map((e) => e.execution?.workflowId);
const listOpen = (filters: object) => (client: SWFClient, domain: string) =>
  outcome(client.send(new ListOpenWorkflowExecutionsCommand({ domain, startTimeFilter: since, ...filters })), ids);
const countOpen = (filters: object) => (client: SWFClient, domain: string) =>
  outcome(
    client.send(new CountOpenWorkflowExecutionsCommand({ domain, startTimeFilter: since, ...filters })),
    (o) => o.count,
  );
const listClosed = (filters: object) => (client: SWFClient, domain: string) =>
  outcome(client.send(new ListClosedWorkflowExecutionsCommand({ domain, ...filters })), (o) =>
    o.executionInfos?.map((e) => [e.execution?.workflowId, e.tagList]),
  );
const countClosed = (filters: object) => (client: SWFClient, domain: string) =>
  outcome(client.send(new CountClosedWorkflowExecutionsCommand({ domain, ...filters })), (o) => o.count);

/** The child's status once its parent (with `extra`) is closed by `close`. */
const childAfter =
  (extra: Record<string, unknown>, close: (m: ClockedMock, parent: Run) => Promise<void>): Probe =>
  async (m) => {
    const { parent, child } = await family(m.client, extra);
    await close(m, parent);
    return { parent: await statusOf(m.client, parent), child: await statusOf(m.client, child) };
  };
const timeOut = async (m: ClockedMock) => {
  m.advance(10);
};
const terminateWith =
  (childPolicy?: ChildPolicy) =>
  async ({ client }: ClockedMock, parent: Run) =>
    terminate(client, parent.workflowId, { childPolicy });

/** The last event after a ScheduleLambdaFunction decision (twice when asked) in an execution with `extra`. */
const lambdaIn =
  (extra: Record<string, unknown>, times = 1): Probe =>
  async ({ client }) => {
    const { run, task } = await started(client, extra);
    const decision = {
      decisionType: 'ScheduleLambdaFunction',
      scheduleLambdaFunctionDecisionAttributes: { id: 'l', name: 'fn' },
    } as const;
    await respond(client, task.taskToken, Array(times).fill(decision));
    return { events: (await historyOf(client, run)).slice(4).map((e) => e.eventType) };
  };
const noRole = { workflowType: { name: 'no-role', version: '1' } };

const CASES: Array<QuirkCase<Probe>> = [
  {
    quirk: 'scheduled-event-with-default-timeout',
    probe: scheduledTimeouts({ taskStartToCloseTimeout: '30' }),
    faithful: { shown: ['30', '30'], timedOut: true },
    quirky: { shown: ['NONE', '30'], timedOut: true },
    controls: [
      scheduledTimeouts({}),
      scheduledTimeouts({ workflowType: { name: 'no-role', version: '1' }, taskStartToCloseTimeout: 'NONE' }),
    ],
  },
  {
    quirk: 'count-pending-on-every-list',
    probe: pendingOnA,
    faithful: { a: 2 },
    quirky: { a: 3 },
    controls: [
      firstOfTwo(['1', '1']),
      async ({ client }) => ({ none: (await poll(client, fresh('empty'))).taskToken }),
    ],
  },
  {
    quirk: 'poll-without-input',
    probe: async ({ client }) => {
      const { run, task } = await started(client, { input: 'in', tagList: ['t'] });
      const polled = task.events?.[0].workflowExecutionStartedEventAttributes;
      return {
        polled: polled?.input,
        polledTags: polled?.tagList,
        history: (await historyOf(client, run))[0].workflowExecutionStartedEventAttributes?.input,
      };
    },
    faithful: { polled: 'in', polledTags: ['t'], history: 'in' },
    quirky: { polled: undefined, polledTags: ['t'], history: 'in' },
    controls: [async ({ client }) => ({ types: (await started(client)).task.events?.map((e) => e.eventType) })],
  },
  {
    quirk: 'poll-ignores-priority',
    probe: firstOfTwo(['1', '5']),
    faithful: { first: 'p1' },
    quirky: { first: 'p0' },
    controls: [firstOfTwo(['3', '3']), firstOfTwo(['9', '-9'])],
  },
  {
    quirk: 'timed-out-closes-as-terminated',
    probe: timedOut(),
    faithful: { status: 'TIMED_OUT', listed: true, last: 'WorkflowExecutionTimedOut' },
    quirky: { status: 'TERMINATED', listed: false, last: 'WorkflowExecutionTimedOut' },
    controls: [
      async ({ client }) => {
        const { run } = await started(client);
        await terminate(client, run.workflowId);
        return { status: await statusOf(client, run) };
      },
      async ({ client }) => {
        const { run, task } = await started(client);
        await respond(client, task.taskToken, [complete()]);
        return { status: await statusOf(client, run) };
      },
      // The child policy still applies (the parent's own status is what the quirk changes).
      async (m) => ({
        child: (await childAfter({ childPolicy: 'TERMINATE', executionStartToCloseTimeout: '10' }, timeOut)(m)).child,
      }),
    ],
  },
  {
    quirk: 'decision-task-never-times-out',
    probe: sixSecondsAfterPoll('5'),
    faithful: { status: 'OPEN', last: 'DecisionTaskScheduled' },
    quirky: { status: 'OPEN', last: 'DecisionTaskStarted' },
    controls: [sixSecondsAfterPoll('NONE'), sixSecondsAfterPoll('NONE', { executionStartToCloseTimeout: '6' })],
  },
  {
    quirk: 'open-tag-filter-ignored',
    probe: async (m) => ({
      ...(await listings(listOpen({ tagFilter: { tag: 'x' } }))(m)),
      count: (await listings(countOpen({ tagFilter: { tag: 'x' } }))(m)).seen,
    }),
    faithful: { seen: ['a'], count: 1 },
    quirky: { seen: ['b', 'a'], count: 2 },
    controls: [
      listings(listOpen({ typeFilter: { name: 'full' } })),
      listings(listClosed({ startTimeFilter: since, tagFilter: { tag: 'x' } })),
      listings(countClosed({ startTimeFilter: since, tagFilter: { tag: 'y' } })),
    ],
  },
  {
    quirk: 'closed-listing-without-tags',
    probe: listings(listClosed({ startTimeFilter: since })),
    faithful: { seen: [['c', ['x']]] },
    quirky: { seen: [['c', undefined]] },
    controls: [
      listings(async (client, domain) =>
        (
          await client.send(new ListOpenWorkflowExecutionsCommand({ domain, startTimeFilter: since }))
        ).executionInfos?.map((e) => e.tagList),
      ),
      listings(async (client, domain) =>
        (
          await client.send(new ListClosedWorkflowExecutionsCommand({ domain, startTimeFilter: since }))
        ).executionInfos?.map((e) => e.closeStatus),
      ),
    ],
  },
  {
    quirk: 'accept-two-filters',
    probe: listings(async (client, domain) => [
      await listOpen({ typeFilter: { name: 'full' }, tagFilter: { tag: 'x' } })(client, domain),
      await countOpen({ executionFilter: { workflowId: 'b' }, tagFilter: { tag: 'x' } })(client, domain),
      await listClosed({
        startTimeFilter: since,
        closeStatusFilter: { status: 'TERMINATED' },
        tagFilter: { tag: 'x' },
      })(client, domain),
      await countClosed({ startTimeFilter: since, typeFilter: { name: 'full' }, executionFilter: { workflowId: 'a' } })(
        client,
        domain,
      ),
    ]),
    faithful: { seen: ['ValidationException', 'ValidationException', 'ValidationException', 'ValidationException'] },
    quirky: { seen: [['a'], 0, [['c', ['x']]], 0] },
    controls: [
      listings(listClosed({ startTimeFilter: since, closeTimeFilter: since })),
      listings(countClosed({})),
      listings(listOpen({ tagFilter: { tag: 'y' } })),
    ],
  },
  {
    quirk: 'child-policy-ignored-on-timeout',
    probe: childAfter({ childPolicy: 'TERMINATE', executionStartToCloseTimeout: '10' }, timeOut),
    faithful: { parent: 'TIMED_OUT', child: 'TERMINATED' },
    quirky: { parent: 'TIMED_OUT', child: 'OPEN' },
    controls: [
      childAfter({ childPolicy: 'TERMINATE' }, terminateWith()),
      childAfter({ childPolicy: 'ABANDON' }, terminateWith('TERMINATE')),
    ],
  },
  {
    quirk: 'terminate-ignores-child-policy-override',
    probe: childAfter({ childPolicy: 'ABANDON' }, terminateWith('TERMINATE')),
    faithful: { parent: 'TERMINATED', child: 'TERMINATED' },
    quirky: { parent: 'TERMINATED', child: 'OPEN' },
    controls: [
      childAfter({ childPolicy: 'TERMINATE' }, terminateWith()),
      childAfter({ childPolicy: 'TERMINATE', executionStartToCloseTimeout: '10' }, timeOut),
    ],
  },
  {
    quirk: 'lambda-without-role-scheduled',
    probe: lambdaIn(noRole),
    faithful: { events: ['ScheduleLambdaFunctionFailed', 'DecisionTaskScheduled'] },
    quirky: { events: ['LambdaFunctionScheduled'] },
    controls: [
      lambdaIn({}),
      lambdaIn({}, 2),
      lambdaIn({ ...noRole, lambdaRole: 'arn:aws:iam::123456789012:role/given' }),
    ],
  },
];

/** Runs probes in turn on a fresh clocked mock with the given quirks. */
async function observe(quirks: string[], probes: Probe[]): Promise<Seen[]> {
  const m = await openClockedMock(quirks);
  try {
    const seen: Seen[] = [];
    for (const probe of probes) seen.push(await probe(m));
    return seen;
  } finally {
    await m.close();
  }
}

group('lifecycle quirks', () => {
  it('has a test case for every lifecycle quirk', () => {
    expect(CASES.map((c) => c.quirk).sort()).toEqual(LIFECYCLE_QUIRKS.map((q) => q.name).sort());
  });

  it.each(CASES)('$quirk breaks its behaviour and leaves its neighbours alone', (c) => expectQuirkCase(c, observe));
});
