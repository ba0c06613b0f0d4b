import {
  DeleteWorkflowTypeCommand,
  DeprecateDomainCommand,
  DeprecateWorkflowTypeCommand,
  DescribeDomainCommand,
  DescribeWorkflowTypeCommand,
  ListOpenWorkflowExecutionsCommand,
  ListWorkflowTypesCommand,
  RegisterDomainCommand,
  RegisterWorkflowTypeCommand,
  StartWorkflowExecutionCommand,
  TerminateWorkflowExecutionCommand,
  type ListOpenWorkflowExecutionsCommandInput,
  type ListWorkflowTypesCommandInput,
  type SWFClient,
} from '@aws-sdk/client-swf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMockSwf, type MockSwf } from './open-mock-swf.ts';
import { OPERATIONS } from './operations.ts';
import { sendRaw } from './raw-request.ts';
import { loadServiceModel } from './service-model.ts';
import { createMockClient, failureOf, FULL_DEFAULTS } from './test-support.ts';

// Domain 'shop': types audit/1 (few defaults), order/1, order/2, refund/1 registered, legacy/1 deprecated;
// open executions o-1 (order/1, vip+eu), o-2 (order/2, eu), r-1 (refund/1, vip), started in that order; o-3 terminated.
// Domain 'old': deprecated, holding type order/1 and the open execution x-1.
describe('describe, list and delete operations through the real SDK', () => {
  let mock: MockSwf;
  let client: SWFClient;

  const type = (name: string, version = '1') => ({ name, version });

  beforeEach(async () => {
    mock = await openMockSwf();
    client = createMockClient(mock.endpoint);
    await client.send(
      new RegisterDomainCommand({
        name: 'shop',
        workflowExecutionRetentionPeriodInDays: '30',
        description: 'the shop',
      }),
    );
    await client.send(new RegisterDomainCommand({ name: 'old', workflowExecutionRetentionPeriodInDays: '2' }));
    for (const [name, version] of [
      ['order', '2'],
      ['order', '1'],
      ['refund', '1'],
      ['legacy', '1'],
    ]) {
      await client.send(new RegisterWorkflowTypeCommand({ domain: 'shop', name, version, ...FULL_DEFAULTS }));
    }
    await client.send(
      new RegisterWorkflowTypeCommand({
        domain: 'shop',
        name: 'audit',
        version: '1',
        description: 'audits',
        defaultTaskList: { name: 'audit-tasks' },
        defaultChildPolicy: 'TERMINATE',
      }),
    );
    await client.send(new DeprecateWorkflowTypeCommand({ domain: 'shop', workflowType: type('legacy') }));
    const start = (
      workflowId: string,
      workflowType: { name: string; version: string },
      tagList?: string[],
      domain = 'shop',
    ) => client.send(new StartWorkflowExecutionCommand({ domain, workflowId, workflowType, tagList }));
    await start('o-1', type('order'), ['vip', 'eu']);
    await start('o-2', type('order', '2'), ['eu']);
    await start('o-3', type('order'), ['vip']);
    await start('r-1', type('refund'), ['vip']);
    await client.send(new TerminateWorkflowExecutionCommand({ domain: 'shop', workflowId: 'o-3' }));
    await client.send(
      new RegisterWorkflowTypeCommand({ domain: 'old', name: 'order', version: '1', ...FULL_DEFAULTS }),
    );
    await start('x-1', type('order'), undefined, 'old');
    await client.send(new DeprecateDomainCommand({ name: 'old' }));
  });

  afterEach(async () => {
    for (const t of mock.traffic) expect(new URL(t.url).hostname).toBe('127.0.0.1');
    client.destroy();
    await mock.close();
  });

  const listTypes = async (input: Partial<ListWorkflowTypesCommandInput> = {}) => {
    const page = await client.send(
      new ListWorkflowTypesCommand({ domain: 'shop', registrationStatus: 'REGISTERED', ...input }),
    );
    return page.typeInfos?.map((t) => `${t.workflowType?.name}/${t.workflowType?.version}`);
  };
  const listOpen = async (input: Partial<ListOpenWorkflowExecutionsCommandInput> = {}) => {
    const page = await client.send(
      new ListOpenWorkflowExecutionsCommand({ domain: 'shop', startTimeFilter: { oldestDate: new Date(0) }, ...input }),
    );
    return page.executionInfos?.map((e) => e.execution?.workflowId);
  };

  describe('DescribeDomain', () => {
    it('tells name, status, description and retention, for deprecated domains too', async () => {
      const shop = await client.send(new DescribeDomainCommand({ name: 'shop' }));
      expect(shop.domainInfo).toEqual({ name: 'shop', status: 'REGISTERED', description: 'the shop' });
      expect(shop.configuration).toEqual({ workflowExecutionRetentionPeriodInDays: '30' });
      const old = await client.send(new DescribeDomainCommand({ name: 'old' }));
      expect(old.domainInfo).toEqual({ name: 'old', status: 'DEPRECATED' });
      expect(old.configuration).toEqual({ workflowExecutionRetentionPeriodInDays: '2' });
    });

    it('refuses an unknown domain with UnknownResourceFault', async () => {
      expect(await failureOf(client.send(new DescribeDomainCommand({ name: 'nope' })))).toEqual({
        name: 'UnknownResourceFault',
        status: 400,
        message: 'Unknown domain: nope',
      });
    });
  });

  describe('DescribeWorkflowType', () => {
    it('tells the type info and only the defaults it was registered with', async () => {
      const audit = await client.send(new DescribeWorkflowTypeCommand({ domain: 'shop', workflowType: type('audit') }));
      expect(audit.configuration).toEqual({
        defaultTaskList: { name: 'audit-tasks' },
        defaultChildPolicy: 'TERMINATE',
      });
      expect(audit.typeInfo).toMatchObject({
        workflowType: type('audit'),
        status: 'REGISTERED',
        description: 'audits',
      });
      expect(audit.typeInfo?.creationDate).toBeInstanceOf(Date);
      expect(audit.typeInfo?.deprecationDate).toBeUndefined();
      const legacy = await client.send(
        new DescribeWorkflowTypeCommand({ domain: 'shop', workflowType: type('legacy') }),
      );
      expect(legacy.typeInfo?.status).toBe('DEPRECATED');
      expect(legacy.typeInfo?.deprecationDate).toBeInstanceOf(Date);
      expect(legacy.configuration).toEqual(FULL_DEFAULTS);
    });

    it('gives the types of a deprecated domain a deprecation date too', async () => {
      const order = await client.send(new DescribeWorkflowTypeCommand({ domain: 'old', workflowType: type('order') }));
      expect(order.typeInfo?.status).toBe('DEPRECATED');
      expect(order.typeInfo?.deprecationDate).toBeInstanceOf(Date);
    });
  });

  describe('ListWorkflowTypes', () => {
    it('lists the types of one registration status, by name then version, with their dates', async () => {
      expect(await listTypes()).toEqual(['audit/1', 'order/1', 'order/2', 'refund/1']);
      expect(await listTypes({ reverseOrder: true })).toEqual(['refund/1', 'order/2', 'order/1', 'audit/1']);
      expect(await listTypes({ name: 'order' })).toEqual(['order/1', 'order/2']);
      expect(await listTypes({ name: 'legacy' })).toEqual([]);
      const deprecated = await client.send(
        new ListWorkflowTypesCommand({ domain: 'shop', registrationStatus: 'DEPRECATED' }),
      );
      expect(deprecated.typeInfos).toHaveLength(1);
      expect(deprecated.typeInfos?.[0]).toMatchObject({ workflowType: type('legacy'), status: 'DEPRECATED' });
      expect(deprecated.typeInfos?.[0].creationDate).toBeInstanceOf(Date);
      expect(deprecated.typeInfos?.[0].deprecationDate).toBeInstanceOf(Date);
      expect(deprecated.nextPageToken).toBeUndefined();
      expect(await listTypes({ domain: 'old', registrationStatus: 'DEPRECATED' })).toEqual(['order/1']);
    });

    it('pages with maximumPageSize and nextPageToken', async () => {
      const first = await client.send(
        new ListWorkflowTypesCommand({ domain: 'shop', registrationStatus: 'REGISTERED', maximumPageSize: 3 }),
      );
      expect(first.typeInfos?.map((t) => t.workflowType?.name)).toEqual(['audit', 'order', 'order']);
      expect(first.nextPageToken).toEqual(expect.any(String));
      expect(await listTypes({ maximumPageSize: 3, nextPageToken: first.nextPageToken })).toEqual(['refund/1']);
      const last = await client.send(
        new ListWorkflowTypesCommand({
          domain: 'shop',
          registrationStatus: 'REGISTERED',
          maximumPageSize: 3,
          nextPageToken: first.nextPageToken,
        }),
      );
      expect(last.nextPageToken).toBeUndefined();
    });

    it('refuses an unknown domain, and requires registrationStatus', async () => {
      expect(await failureOf(listTypes({ domain: 'nope' }))).toEqual({
        name: 'UnknownResourceFault',
        status: 400,
        message: 'Unknown domain: nope',
      });
      expect(await failureOf(listTypes({ registrationStatus: undefined }))).toMatchObject({
        name: 'ValidationException',
        message:
          "1 validation error detected: Value null at 'registrationStatus' failed to satisfy constraint: Member must not be null",
      });
    });
  });

  describe('ListOpenWorkflowExecutions', () => {
    it("lists only the domain's open executions, newest first, as execution infos", async () => {
      expect(await listOpen()).toEqual(['r-1', 'o-2', 'o-1']);
      expect(await listOpen({ reverseOrder: true })).toEqual(['o-1', 'o-2', 'r-1']);
      const page = await client.send(
        new ListOpenWorkflowExecutionsCommand({ domain: 'shop', startTimeFilter: { oldestDate: new Date(0) } }),
      );
      const o1 = page.executionInfos?.[2];
      expect(o1).toMatchObject({
        workflowType: type('order'),
        executionStatus: 'OPEN',
        cancelRequested: false,
        tagList: ['vip', 'eu'],
      });
      expect(o1?.execution?.runId).toEqual(expect.any(String));
      expect(o1?.startTimestamp).toBeInstanceOf(Date);
      expect(o1?.closeStatus).toBeUndefined();
      expect(page.nextPageToken).toBeUndefined();
    });

    it('filters by start time, type, tag or workflowId', async () => {
      expect(await listOpen({ startTimeFilter: { oldestDate: new Date(Date.now() + 60_000) } })).toEqual([]);
      expect(await listOpen({ startTimeFilter: { oldestDate: new Date(0), latestDate: new Date(1000) } })).toEqual([]);
      expect(
        await listOpen({
          startTimeFilter: { oldestDate: new Date(Date.now() - 60_000), latestDate: new Date(Date.now() + 60_000) },
        }),
      ).toEqual(['r-1', 'o-2', 'o-1']);
      expect(await listOpen({ typeFilter: { name: 'order' } })).toEqual(['o-2', 'o-1']);
      expect(await listOpen({ typeFilter: { name: 'order', version: '1' } })).toEqual(['o-1']);
      expect(await listOpen({ tagFilter: { tag: 'vip' } })).toEqual(['r-1', 'o-1']);
      expect(await listOpen({ executionFilter: { workflowId: 'o-2' } })).toEqual(['o-2']);
      expect(await listOpen({ executionFilter: { workflowId: 'o-3' } })).toEqual([]);
    });

    it('refuses more than one of typeFilter, tagFilter and executionFilter', async () => {
      const failure = await failureOf(listOpen({ typeFilter: { name: 'order' }, tagFilter: { tag: 'vip' } }));
      expect(failure).toMatchObject({ name: 'ValidationException', status: 400 });
    });

    it('pages with maximumPageSize and nextPageToken', async () => {
      const first = await client.send(
        new ListOpenWorkflowExecutionsCommand({
          domain: 'shop',
          startTimeFilter: { oldestDate: new Date(0) },
          maximumPageSize: 2,
        }),
      );
      expect(first.executionInfos?.map((e) => e.execution?.workflowId)).toEqual(['r-1', 'o-2']);
      expect(await listOpen({ maximumPageSize: 2, nextPageToken: first.nextPageToken })).toEqual(['o-1']);
      expect(await failureOf(listOpen({ nextPageToken: 'not-a-token' }))).toMatchObject({
        name: 'ValidationException',
        status: 400,
      });
    });

    it('lists a deprecated domain, and refuses an unknown one', async () => {
      expect(await listOpen({ domain: 'old' })).toEqual(['x-1']);
      expect(await failureOf(listOpen({ domain: 'nope' }))).toEqual({
        name: 'UnknownResourceFault',
        status: 400,
        message: 'Unknown domain: nope',
      });
    });
  });

  describe('DeleteWorkflowType', () => {
    const order2 = { domain: 'shop', workflowType: type('order', '2') };

    it('refuses a type that is still registered with TypeNotDeprecatedFault', async () => {
      expect(await failureOf(client.send(new DeleteWorkflowTypeCommand(order2)))).toEqual({
        name: 'TypeNotDeprecatedFault',
        status: 400,
        message: 'WorkflowType=[name=order, version=2]',
      });
      expect(await listTypes({ name: 'order' })).toEqual(['order/1', 'order/2']);
    });

    it('deletes a deprecated type: gone for describe, list and start, while its running executions go on', async () => {
      await client.send(new DeprecateWorkflowTypeCommand(order2));
      const deleted = await client.send(new DeleteWorkflowTypeCommand(order2));
      expect(deleted.$metadata.httpStatusCode).toBe(200);
      const unknown = {
        name: 'UnknownResourceFault',
        status: 400,
        message: 'Unknown type: WorkflowType=[name=order, version=2]',
      };
      expect(await failureOf(client.send(new DescribeWorkflowTypeCommand(order2)))).toEqual(unknown);
      expect(await listTypes()).toEqual(['audit/1', 'order/1', 'refund/1']);
      expect(await listTypes({ registrationStatus: 'DEPRECATED' })).toEqual(['legacy/1']);
      expect(await failureOf(client.send(new StartWorkflowExecutionCommand({ ...order2, workflowId: 'o-4' })))).toEqual(
        unknown,
      );
      expect(await failureOf(client.send(new DeleteWorkflowTypeCommand(order2)))).toEqual(unknown);
      expect(await listOpen({ typeFilter: { name: 'order', version: '2' } })).toEqual(['o-2']);
    });

    it('deletes the types of a deprecated domain, and refuses an unknown domain', async () => {
      await client.send(new DeleteWorkflowTypeCommand({ domain: 'old', workflowType: type('order') }));
      expect(await listTypes({ domain: 'old', registrationStatus: 'DEPRECATED' })).toEqual([]);
      expect(await failureOf(client.send(new DeleteWorkflowTypeCommand({ ...order2, domain: 'nope' })))).toEqual({
        name: 'UnknownResourceFault',
        status: 400,
        message: 'Unknown domain: nope',
      });
    });

    it('answers an empty body, as the model gives DeleteWorkflowType no output', async () => {
      await client.send(new DeprecateWorkflowTypeCommand(order2));
      const res = await sendRaw(mock.endpoint, {
        target: 'SimpleWorkflowService.DeleteWorkflowType',
        body: JSON.stringify(order2),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-length')).toBe('0');
      expect(await res.text()).toBe('');
    });
  });
});

describe('the operations the mock implements', () => {
  it('are all operations of the AWS model', () => {
    const model = loadServiceModel();
    for (const name of Object.keys(OPERATIONS)) expect(model.operations[name], name).toBeDefined();
  });
});
