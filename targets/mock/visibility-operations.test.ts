import {
  CountClosedWorkflowExecutionsCommand,
  CountOpenWorkflowExecutionsCommand,
  ListClosedWorkflowExecutionsCommand,
  ListOpenWorkflowExecutionsCommand,
  RegisterWorkflowTypeCommand,
  type ListClosedWorkflowExecutionsCommandInput,
  type ListOpenWorkflowExecutionsCommandInput,
  type SWFClient,
} from '@aws-sdk/client-swf';
import { afterAll, beforeAll, describe as group, expect, it } from 'vitest';
import {
  complete,
  poll,
  respond,
  start,
  openClockedMock,
  T0,
  terminate,
  type ClockedMock,
} from './lifecycle-test-support.ts';
import { failureOf, FULL_DEFAULTS } from './test-support.ts';

// Domain main, types order/1 and order/2; one second apart: open o-1 (order/1, vip+eu), o-2 (order/2, eu); closed c-1
// (order/1, vip; completed at +10 s), c-2 (order/2, eu; terminated at +5 s), c-3 (order/1; timed out at +20 s).
let m: ClockedMock;
let client: SWFClient;

beforeAll(async () => {
  m = await openClockedMock();
  client = m.client;
  for (const version of ['1', '2'])
    await client.send(new RegisterWorkflowTypeCommand({ domain: 'main', name: 'order', version, ...FULL_DEFAULTS }));
  const order = (version: string) => ({ name: 'order', version });
  await start(client, 'c-1', { workflowType: order('1'), tagList: ['vip'], taskList: { name: 'c-1' } });
  m.advance(1);
  await start(client, 'c-2', { workflowType: order('2'), tagList: ['eu'] });
  m.advance(1);
  await start(client, 'c-3', { workflowType: order('1'), executionStartToCloseTimeout: '18' });
  m.advance(1);
  await start(client, 'o-1', { workflowType: order('1'), tagList: ['vip', 'eu'] });
  m.advance(1);
  await start(client, 'o-2', { workflowType: order('2'), tagList: ['eu'] });
  m.advance(1);
  await terminate(client, 'c-2');
  m.advance(5);
  await respond(client, (await poll(client, 'c-1')).taskToken, [complete()]);
  m.advance(30);
});
afterAll(() => m.close());

const ids = (page: { executionInfos?: Array<{ execution?: { workflowId?: string } }> }) =>
  page.executionInfos?.map((e) => e.execution?.workflowId);
const since = { oldestDate: new Date(0) };
const listOpen = async (input: Partial<ListOpenWorkflowExecutionsCommandInput> = {}) =>
  ids(await client.send(new ListOpenWorkflowExecutionsCommand({ domain: 'main', startTimeFilter: since, ...input })));
const listClosed = async (input: Partial<ListClosedWorkflowExecutionsCommandInput> = { startTimeFilter: since }) =>
  ids(await client.send(new ListClosedWorkflowExecutionsCommand({ domain: 'main', ...input })));
const countOpen = async (input: Partial<ListOpenWorkflowExecutionsCommandInput> = {}) =>
  client.send(new CountOpenWorkflowExecutionsCommand({ domain: 'main', startTimeFilter: since, ...input }));
const countClosed = async (input: Partial<ListClosedWorkflowExecutionsCommandInput> = { startTimeFilter: since }) =>
  client.send(new CountClosedWorkflowExecutionsCommand({ domain: 'main', ...input }));

group('ListClosedWorkflowExecutions', () => {
  it('lists closed executions newest first by start time, with closeStatus, closeTimestamp and tags', async () => {
    expect(await listClosed()).toEqual(['c-3', 'c-2', 'c-1']);
    expect(await listClosed({ startTimeFilter: since, reverseOrder: true })).toEqual(['c-1', 'c-2', 'c-3']);
    const page = await client.send(new ListClosedWorkflowExecutionsCommand({ domain: 'main', startTimeFilter: since }));
    expect(page.executionInfos?.map((e) => [e.closeStatus, e.closeTimestamp?.getTime()])).toEqual([
      ['TIMED_OUT', T0 + 20_000],
      ['TERMINATED', T0 + 5000],
      ['COMPLETED', T0 + 10_000],
    ]);
    expect(page.executionInfos?.[2]).toMatchObject({
      executionStatus: 'CLOSED',
      tagList: ['vip'],
      workflowType: { name: 'order', version: '1' },
    });
  });

  it('orders and filters by close time under closeTimeFilter', async () => {
    expect(await listClosed({ closeTimeFilter: since })).toEqual(['c-3', 'c-1', 'c-2']);
    expect(
      await listClosed({ closeTimeFilter: { oldestDate: new Date(T0 + 6000), latestDate: new Date(T0 + 15_000) } }),
    ).toEqual(['c-1']);
    expect(
      await listClosed({ startTimeFilter: { oldestDate: new Date(T0 + 1000), latestDate: new Date(T0 + 1000) } }),
    ).toEqual(['c-2']);
  });

  it('filters by close status, type (with and without version), tag or workflowId, and by nothing else', async () => {
    expect(await listClosed({ startTimeFilter: since, closeStatusFilter: { status: 'TIMED_OUT' } })).toEqual(['c-3']);
    expect(await listClosed({ startTimeFilter: since, closeStatusFilter: { status: 'COMPLETED' } })).toEqual(['c-1']);
    expect(await listClosed({ startTimeFilter: since, closeStatusFilter: { status: 'FAILED' } })).toEqual([]);
    expect(await listClosed({ startTimeFilter: since, typeFilter: { name: 'order' } })).toEqual(['c-3', 'c-2', 'c-1']);
    expect(await listClosed({ startTimeFilter: since, typeFilter: { name: 'order', version: '2' } })).toEqual(['c-2']);
    expect(await listClosed({ startTimeFilter: since, tagFilter: { tag: 'vip' } })).toEqual(['c-1']);
    expect(await listClosed({ startTimeFilter: since, executionFilter: { workflowId: 'c-2' } })).toEqual(['c-2']);
    expect(await listClosed({ startTimeFilter: since, executionFilter: { workflowId: 'o-1' } })).toEqual([]);
  });

  it('refuses two filters, both time filters or none with ValidationException, and an unknown domain', async () => {
    for (const input of [
      { startTimeFilter: since, tagFilter: { tag: 'vip' }, closeStatusFilter: { status: 'COMPLETED' } },
      { startTimeFilter: since, typeFilter: { name: 'order' }, executionFilter: { workflowId: 'c-1' } },
      { startTimeFilter: since, closeTimeFilter: since },
      {},
    ] as const) {
      expect(await failureOf(listClosed(input as never))).toMatchObject({ name: 'ValidationException', status: 400 });
      expect(await failureOf(countClosed(input as never))).toMatchObject({ name: 'ValidationException', status: 400 });
    }
    expect(await failureOf(listClosed({ domain: 'nowhere', startTimeFilter: since }))).toMatchObject({
      name: 'UnknownResourceFault',
    });
  });

  it('pages', async () => {
    const first = await client.send(
      new ListClosedWorkflowExecutionsCommand({ domain: 'main', startTimeFilter: since, maximumPageSize: 2 }),
    );
    expect(ids(first)).toEqual(['c-3', 'c-2']);
    expect(
      await listClosed({ startTimeFilter: since, maximumPageSize: 2, nextPageToken: first.nextPageToken }),
    ).toEqual(['c-1']);
  });
});

group('ListOpenWorkflowExecutions', () => {
  it('filters by tag, type (with and without version) or workflowId, and by nothing else', async () => {
    expect(await listOpen()).toEqual(['o-2', 'o-1']);
    expect(await listOpen({ tagFilter: { tag: 'vip' } })).toEqual(['o-1']);
    expect(await listOpen({ tagFilter: { tag: 'eu' } })).toEqual(['o-2', 'o-1']);
    expect(await listOpen({ typeFilter: { name: 'order' } })).toEqual(['o-2', 'o-1']);
    expect(await listOpen({ typeFilter: { name: 'order', version: '1' } })).toEqual(['o-1']);
    expect(await listOpen({ executionFilter: { workflowId: 'o-2' } })).toEqual(['o-2']);
    expect(await listOpen({ executionFilter: { workflowId: 'c-1' } })).toEqual([]);
  });
});

group('CountOpenWorkflowExecutions and CountClosedWorkflowExecutions', () => {
  it('count with the filters of the listings, never truncated', async () => {
    expect(await countOpen()).toMatchObject({ count: 2, truncated: false });
    expect((await countOpen({ tagFilter: { tag: 'vip' } })).count).toBe(1);
    expect((await countOpen({ typeFilter: { name: 'order', version: '2' } })).count).toBe(1);
    expect((await countOpen({ executionFilter: { workflowId: 'o-1' } })).count).toBe(1);
    expect((await countOpen({ startTimeFilter: { oldestDate: new Date(T0 + 4000) } })).count).toBe(1);
    expect(await countClosed()).toMatchObject({ count: 3, truncated: false });
    expect((await countClosed({ closeTimeFilter: { oldestDate: new Date(T0 + 6000) } })).count).toBe(2);
    expect((await countClosed({ startTimeFilter: since, closeStatusFilter: { status: 'TERMINATED' } })).count).toBe(1);
    expect((await countClosed({ startTimeFilter: since, tagFilter: { tag: 'eu' } })).count).toBe(1);
    expect(
      await failureOf(countOpen({ tagFilter: { tag: 'vip' }, executionFilter: { workflowId: 'o-1' } })),
    ).toMatchObject({ name: 'ValidationException' });
    expect(await failureOf(countOpen({ domain: 'nowhere' }))).toMatchObject({ name: 'UnknownResourceFault' });
  });
});
