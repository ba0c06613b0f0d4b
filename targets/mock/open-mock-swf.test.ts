import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  DeprecateDomainCommand,
  DescribeWorkflowExecutionCommand,
  GetWorkflowExecutionHistoryCommand,
  RegisterDomainCommand,
  RegisterWorkflowTypeCommand,
  StartWorkflowExecutionCommand,
  TerminateWorkflowExecutionCommand,
  type SWFClient,
} from '@aws-sdk/client-swf';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openMockSwf, type MockSwf, type OpenMockSwfOptions } from './open-mock-swf.ts';
import type { TrafficEntry } from './record-traffic.ts';
import { createMockClient, failureOf, FULL_DEFAULTS, registerFixtures } from './test-support.ts';

// Every request any mock of this file intercepted, to prove none was meant for a host off loopback.
const seen: string[] = [];

afterAll(() => {
  expect(seen.length).toBeGreaterThan(0);
  for (const url of seen) expect(new URL(url).hostname).toBe('127.0.0.1');
});

describe('the mock SWF through the real SDK', () => {
  let mock: MockSwf;
  let client: SWFClient;

  beforeEach(async () => {
    mock = await openMockSwf();
    client = createMockClient(mock.endpoint);
    await registerFixtures(client);
  });

  afterEach(async () => {
    seen.push(...mock.traffic.map((t) => t.url));
    client.destroy();
    await mock.close();
  });

  const type = (name: string) => ({ name, version: '1' });

  it('starts, describes, reads the history of and terminates an execution, with type defaults filled in', async () => {
    const { runId } = await client.send(
      new StartWorkflowExecutionCommand({
        domain: 'main',
        workflowId: 'order-1',
        workflowType: type('full'),
        tagList: ['t1'],
        input: 'hello',
      }),
    );
    expect(runId).toMatch(/^[A-Za-z0-9+/=]{46}$/);
    const execution = { workflowId: 'order-1', runId: runId! };
    const described = await client.send(new DescribeWorkflowExecutionCommand({ domain: 'main', execution }));
    expect(described.executionConfiguration).toEqual({
      taskList: { name: 'default-tasks' },
      executionStartToCloseTimeout: '86400',
      taskStartToCloseTimeout: 'NONE',
      taskPriority: '7',
      childPolicy: 'ABANDON',
      lambdaRole: FULL_DEFAULTS.defaultLambdaRole,
    });
    expect(described.executionInfo).toMatchObject({
      execution,
      workflowType: type('full'),
      executionStatus: 'OPEN',
      cancelRequested: false,
      tagList: ['t1'],
    });
    expect(described.executionInfo?.startTimestamp).toBeInstanceOf(Date);
    expect(described.openCounts).toEqual({
      openActivityTasks: 0,
      openDecisionTasks: 1,
      openTimers: 0,
      openChildWorkflowExecutions: 0,
      openLambdaFunctions: 0,
    });

    const history = await client.send(new GetWorkflowExecutionHistoryCommand({ domain: 'main', execution }));
    expect(history.events?.map((e) => e.eventType)).toEqual(['WorkflowExecutionStarted', 'DecisionTaskScheduled']);
    expect(history.events?.[0].workflowExecutionStartedEventAttributes).toEqual({
      input: 'hello',
      executionStartToCloseTimeout: '86400',
      taskStartToCloseTimeout: 'NONE',
      childPolicy: 'ABANDON',
      taskList: { name: 'default-tasks' },
      taskPriority: '7',
      workflowType: type('full'),
      tagList: ['t1'],
      lambdaRole: FULL_DEFAULTS.defaultLambdaRole,
      parentInitiatedEventId: 0,
    });

    const terminated = await client.send(
      new TerminateWorkflowExecutionCommand({ domain: 'main', workflowId: 'order-1', reason: 'done' }),
    );
    expect(terminated.$metadata.httpStatusCode).toBe(200);
    const closed = await client.send(new DescribeWorkflowExecutionCommand({ domain: 'main', execution }));
    expect(closed.executionInfo).toMatchObject({ executionStatus: 'CLOSED', closeStatus: 'TERMINATED' });
    expect(closed.openCounts?.openDecisionTasks).toBe(0);
    const after = await client.send(new GetWorkflowExecutionHistoryCommand({ domain: 'main', execution }));
    expect(after.events?.at(-1)).toMatchObject({
      eventId: 3,
      eventType: 'WorkflowExecutionTerminated',
      workflowExecutionTerminatedEventAttributes: { reason: 'done', childPolicy: 'ABANDON' },
    });
  });

  it('uses request values over defaults, and omits a priority neither sets (swf-facts §7), an unset lambdaRole and empty tags', async () => {
    const request = {
      domain: 'main',
      workflowId: 'bare-1',
      workflowType: type('bare'),
      taskList: { name: 'mine' },
      executionStartToCloseTimeout: '60',
      taskStartToCloseTimeout: '10',
      childPolicy: 'TERMINATE' as const,
    };
    const { runId } = await client.send(new StartWorkflowExecutionCommand(request));
    const described = await client.send(
      new DescribeWorkflowExecutionCommand({ domain: 'main', execution: { workflowId: 'bare-1', runId: runId! } }),
    );
    expect(described.executionConfiguration).toEqual({
      taskList: { name: 'mine' },
      executionStartToCloseTimeout: '60',
      taskStartToCloseTimeout: '10',
      childPolicy: 'TERMINATE',
    });
    expect(described.executionInfo?.tagList).toBeUndefined();
  });

  it('allows one open execution per workflowId and domain, reuse after close, and the same id in another domain', async () => {
    const start = (domain: string) =>
      client.send(new StartWorkflowExecutionCommand({ domain, workflowId: 'dup', workflowType: type('full') }));
    const first = await start('main');
    expect(await failureOf(start('main'))).toMatchObject({ name: 'WorkflowExecutionAlreadyStartedFault', status: 400 });
    await start('other');
    await client.send(new TerminateWorkflowExecutionCommand({ domain: 'main', workflowId: 'dup', runId: first.runId }));
    const second = await start('main');
    expect(second.runId).not.toBe(first.runId);
  });

  it('answers faults with their SWF names and HTTP 400', async () => {
    const start = (input: object) =>
      failureOf(
        client.send(
          new StartWorkflowExecutionCommand({ domain: 'main', workflowId: 'f', workflowType: type('full'), ...input }),
        ),
      );
    expect(await start({ domain: 'nowhere' })).toEqual({
      name: 'UnknownResourceFault',
      status: 400,
      message: 'Unknown domain: nowhere',
    });
    expect(await start({ workflowType: type('ghost') })).toEqual({
      name: 'UnknownResourceFault',
      status: 400,
      message: 'Unknown type: WorkflowType=[name=ghost, version=1]',
    });
    expect(await start({ domain: 'old' })).toMatchObject({ name: 'DomainDeprecatedFault', status: 400 });
    expect(await start({ workflowType: type('deprecated') })).toMatchObject({
      name: 'TypeDeprecatedFault',
      status: 400,
    });
    expect(await start({ workflowType: type('bare') })).toMatchObject({
      name: 'DefaultUndefinedFault',
      status: 400,
      message: expect.stringContaining('executionStartToCloseTimeout'),
    });
    expect(await start({ workflowType: type('no-task-list') })).toMatchObject({
      name: 'DefaultUndefinedFault',
      message: expect.stringContaining('taskList'),
    });
    expect(await start({ workflowType: type('no-child-policy') })).toMatchObject({
      name: 'DefaultUndefinedFault',
      message: expect.stringContaining('childPolicy'),
    });
    expect(await start({ tagList: ['1', '2', '3', '4', '5', '6'] })).toEqual({
      name: 'ValidationException',
      status: 400,
      message:
        "1 validation error detected: Value '[1, 2, 3, 4, 5, 6]' at 'tagList' failed to satisfy constraint: Member must have length less than or equal to 5",
    });
    expect(await start({ executionStartToCloseTimeout: 'NONE' })).toMatchObject({
      name: 'ValidationException',
      status: 400,
    });
    expect(await start({ taskPriority: '99999999999' })).toMatchObject({ name: 'ValidationException', status: 400 });
    expect(
      await failureOf(
        client.send(
          new DescribeWorkflowExecutionCommand({ domain: 'main', execution: { workflowId: 'w', runId: 'r' } }),
        ),
      ),
    ).toEqual({
      name: 'UnknownResourceFault',
      status: 400,
      message: 'Unknown execution: WorkflowExecution=[workflowId=w, runId=r]',
    });
    expect(
      await failureOf(client.send(new TerminateWorkflowExecutionCommand({ domain: 'main', workflowId: 'w' }))),
    ).toMatchObject({ name: 'UnknownResourceFault', status: 400 });
    expect(
      await failureOf(
        client.send(new RegisterDomainCommand({ name: 'old', workflowExecutionRetentionPeriodInDays: '1' })),
      ),
    ).toMatchObject({ name: 'DomainAlreadyExistsFault', status: 400 });
    expect(
      await failureOf(client.send(new RegisterWorkflowTypeCommand({ domain: 'main', ...type('deprecated') }))),
    ).toMatchObject({ name: 'TypeAlreadyExistsFault', status: 400 });
    expect(
      await failureOf(client.send(new RegisterWorkflowTypeCommand({ domain: 'old', ...type('new') }))),
    ).toMatchObject({ name: 'DomainDeprecatedFault', status: 400 });
  });

  it('keeps executions in a domain deprecated since readable and terminable', async () => {
    const { runId } = await client.send(
      new StartWorkflowExecutionCommand({ domain: 'other', workflowId: 'r', workflowType: type('full') }),
    );
    await client.send(new DeprecateDomainCommand({ name: 'other' }));
    const described = await client.send(
      new DescribeWorkflowExecutionCommand({ domain: 'other', execution: { workflowId: 'r', runId: runId! } }),
    );
    expect(described.executionInfo?.executionStatus).toBe('OPEN');
    await client.send(new TerminateWorkflowExecutionCommand({ domain: 'other', workflowId: 'r' }));
  });
});

describe('interception', () => {
  let local: Server;
  let hits = 0;

  beforeEach(async () => {
    hits = 0;
    local = createServer((_req, res) => {
      hits++;
      res.end('reached');
    });
    await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    await new Promise<void>((resolve) => local.close(() => resolve()));
  });

  /** Opens a mock, registers a domain through a client created right after, and gives back the traffic it logged. */
  async function trafficOfOneRegistration(options?: OpenMockSwfOptions): Promise<TrafficEntry[]> {
    const mock = await openMockSwf(options);
    const client = createMockClient(mock.endpoint);
    try {
      // Port 9 on loopback refuses connections, so only the interceptor can have answered this.
      const out = await client.send(
        new RegisterDomainCommand({ name: 'd', workflowExecutionRetentionPeriodInDays: '1' }),
      );
      expect(out.$metadata.httpStatusCode).toBe(200);
      expect(mock.state.domains.has('d')).toBe(true);
      return [...mock.traffic];
    } finally {
      seen.push(...mock.traffic.map((t) => t.url));
      client.destroy();
      await mock.close();
    }
  }

  it('is listening when openMockSwf resolves: a client created right after is answered by the mock', async () => {
    expect(await trafficOfOneRegistration()).toEqual([
      { method: 'POST', url: 'http://127.0.0.1:9/', target: 'SimpleWorkflowService.RegisterDomain', handled: true },
    ]);
  });

  it('keeps no traffic log when opened with logTraffic false, as a run opens it, and still answers', async () => {
    expect(await trafficOfOneRegistration({ logTraffic: false })).toEqual([]);
  });

  it('refuses loudly any request no handler matches, and lets none reach the network', async () => {
    const loud = vi.spyOn(console, 'error').mockImplementation(() => {});
    const elsewhere = `http://127.0.0.1:${(local.address() as AddressInfo).port}`;
    const mock = await openMockSwf();
    const client = createMockClient(elsewhere);
    try {
      await expect(fetch(`${mock.endpoint}/other-path`)).rejects.toThrow(/MSW.*"error" strategy/);
      await expect(fetch(`${elsewhere}/other-path`)).rejects.toThrow(/MSW.*"error" strategy/);
      // An SWF call to another endpoint than the mock's is no call for the mock either.
      expect(
        await failureOf(
          client.send(new RegisterDomainCommand({ name: 'd', workflowExecutionRetentionPeriodInDays: '1' })),
        ),
      ).toMatchObject({ status: undefined });
      expect(hits).toBe(0);
      expect(mock.traffic.map((t) => t.handled)).toEqual([false, false, false]);
      expect(loud).toHaveBeenCalledTimes(3);
      expect(loud).toHaveBeenCalledWith(expect.stringContaining('without a matching request handler'));
    } finally {
      seen.push(...mock.traffic.map((t) => t.url));
      client.destroy();
      await mock.close();
    }
    // Control: once closed, the local server is reachable, so hits === 0 above was the interceptor's doing.
    expect(await (await fetch(`${elsewhere}/other-path`)).text()).toBe('reached');
    expect(hits).toBe(1);
  });

  it('allows one mock at a time and names the known quirks when given an unknown one', async () => {
    await expect(openMockSwf({ quirks: ['no-such-quirk'] })).rejects.toThrow(
      /unknown mock quirk 'no-such-quirk' \(known: .*accept-tasklist-without-name, /,
    );
    const mock = await openMockSwf();
    try {
      await expect(openMockSwf()).rejects.toThrow(/already listening/);
    } finally {
      await mock.close();
      await mock.close();
    }
    const again = await openMockSwf();
    await again.close();
  });
});
