import {
  DescribeWorkflowExecutionCommand,
  StartWorkflowExecutionCommand,
  SWFClient,
  TerminateWorkflowExecutionCommand,
  type StartWorkflowExecutionCommandInput,
} from '@aws-sdk/client-swf';
import { afterEach, describe, expect, it } from 'vitest';
import { MOCK_CALLER_CREDENTIALS } from './mock-credentials.ts';
import { openMockSwf, type MockSwf } from './open-mock-swf.ts';
import { sendRaw } from './raw-request.ts';
import { createMockClient, failureOf, registerFixtures } from './test-support.ts';

const MAIN_ARN = 'arn:aws:swf:us-east-1:123456789012:/domain/main';
const USER = 'User: arn:aws:sts::123456789012:assumed-role/swf-conformance-caller/mock';

// The caller may start in main on task lists allowed-*, unless the first tag is 'forbidden', and describe in main.
const POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'start',
      Effect: 'Allow',
      Action: 'swf:StartWorkflowExecution',
      Resource: MAIN_ARN,
      Condition: { StringLike: { 'swf:taskList.name': 'allowed-*' } },
    },
    { Effect: 'Allow', Action: ['swf:Describe*'], Resource: 'arn:aws:swf:*:123456789012:/domain/main' },
    {
      Effect: 'Deny',
      Action: 'swf:*',
      Resource: '*',
      Condition: { StringEquals: { 'swf:tagList.member.0': 'forbidden' } },
    },
  ],
};

let mock: MockSwf | undefined;
const clients: SWFClient[] = [];
let ids = 0;

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await mock?.close();
  mock = undefined;
});

/** A mock with the usual fixtures (registered by the admin), and SDK clients for the admin and the caller. */
async function setUp(
  callerPolicy?: unknown,
  callerRegion = 'us-east-1',
): Promise<{ admin: SWFClient; caller: SWFClient }> {
  mock = await openMockSwf(callerPolicy === undefined ? {} : { callerPolicy });
  // Clients only now: MSW misses a client whose first request went out before it listened.
  const admin = createMockClient(mock.endpoint);
  const caller = new SWFClient({
    endpoint: mock.endpoint,
    region: callerRegion,
    credentials: MOCK_CALLER_CREDENTIALS,
    maxAttempts: 1,
  });
  clients.push(admin, caller);
  await registerFixtures(admin);
  return { admin, caller };
}

const start = (client: SWFClient, input: Partial<StartWorkflowExecutionCommandInput> = {}) =>
  client.send(
    new StartWorkflowExecutionCommand({
      domain: 'main',
      workflowId: `wf-${++ids}`,
      workflowType: { name: 'full', version: '1' },
      ...input,
    }),
  );

const notPermitted = (operation: string, resource = MAIN_ARN) => ({
  name: 'OperationNotPermittedFault',
  status: 400,
  message: `${USER} is not authorized to perform: swf:${operation} on resource: ${resource}`,
});

describe('openMockSwf({ callerPolicy })', () => {
  it('lets the caller start what the policy allows, and read it back', async () => {
    const { caller } = await setUp(POLICY);
    const { runId } = await start(caller, {
      workflowId: 'ok',
      taskList: { name: 'allowed-1' },
      tagList: ['fine', 'forbidden'],
    });
    const described = await caller.send(
      new DescribeWorkflowExecutionCommand({ domain: 'main', execution: { workflowId: 'ok', runId: runId! } }),
    );
    expect(described.executionConfiguration?.taskList).toEqual({ name: 'allowed-1' });
  });

  it('refuses what it does not allow with OperationNotPermittedFault (HTTP 400), before the execution exists', async () => {
    const { admin, caller } = await setUp(POLICY);
    expect(await failureOf(start(caller, { workflowId: 'no', taskList: { name: 'other' } }))).toEqual(
      notPermitted('StartWorkflowExecution'),
    );
    // The task list the type defaults to is not seen by swf:taskList.name: the mock's choice (AWS does not say).
    expect(await failureOf(start(caller))).toEqual(notPermitted('StartWorkflowExecution'));
    expect(await failureOf(start(caller, { domain: 'other', taskList: { name: 'allowed-1' } }))).toEqual(
      notPermitted('StartWorkflowExecution', 'arn:aws:swf:us-east-1:123456789012:/domain/other'),
    );
    expect(
      await failureOf(caller.send(new TerminateWorkflowExecutionCommand({ domain: 'main', workflowId: 'x' }))),
    ).toEqual(notPermitted('TerminateWorkflowExecution'));
    // Nothing was started.
    expect(
      await failureOf(admin.send(new TerminateWorkflowExecutionCommand({ domain: 'main', workflowId: 'no' }))),
    ).toMatchObject({ name: 'UnknownResourceFault' });
  });

  it('applies an explicit Deny over the Allow', async () => {
    const { caller } = await setUp(POLICY);
    expect(await failureOf(start(caller, { taskList: { name: 'allowed-1' }, tagList: ['forbidden'] }))).toEqual(
      notPermitted('StartWorkflowExecution'),
    );
  });

  it("judges the region of the signature's credential scope", async () => {
    const { caller } = await setUp(POLICY, 'eu-west-1');
    expect(await failureOf(start(caller, { taskList: { name: 'allowed-1' } }))).toEqual(
      notPermitted('StartWorkflowExecution', 'arn:aws:swf:eu-west-1:123456789012:/domain/main'),
    );
  });

  it('judges before validating: a refused invalid request gets OperationNotPermittedFault, an allowed one ValidationException', async () => {
    const { caller } = await setUp(POLICY);
    const sevenTags = ['1', '2', '3', '4', '5', '6', '7'];
    expect(await failureOf(start(caller, { taskList: { name: 'other' }, tagList: sevenTags }))).toMatchObject({
      name: 'OperationNotPermittedFault',
    });
    expect(await failureOf(start(caller, { taskList: { name: 'allowed-1' }, tagList: sevenTags }))).toMatchObject({
      name: 'ValidationException',
      status: 400,
    });
  });

  it("answers the fault with SWF's __type on the wire", async () => {
    await setUp(POLICY);
    const body = JSON.stringify({ domain: 'main', workflowId: 'raw', workflowType: { name: 'full', version: '1' } });
    const answer = await sendRaw(mock!.endpoint, { body, credentials: MOCK_CALLER_CREDENTIALS });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toEqual({
      __type: 'com.amazonaws.swf.base.model#OperationNotPermittedFault',
      message: `${USER} is not authorized to perform: swf:StartWorkflowExecution on resource: ${MAIN_ARN}`,
    });
  });

  it('never restricts the admin key', async () => {
    const { admin } = await setUp(POLICY);
    expect(
      (await start(admin, { domain: 'other', taskList: { name: 'other' }, tagList: ['forbidden'] })).runId,
    ).toEqual(expect.any(String));
    expect((await start(admin)).runId).toEqual(expect.any(String));
  });

  it('leaves the caller unrestricted without a policy', async () => {
    const { caller } = await setUp();
    expect(
      (await start(caller, { domain: 'other', taskList: { name: 'other' }, tagList: ['forbidden'] })).runId,
    ).toEqual(expect.any(String));
    await caller.send(new TerminateWorkflowExecutionCommand({ domain: 'other', workflowId: `wf-${ids}` }));
  });

  it('refuses to start with a malformed policy, and does not stay listening', async () => {
    await expect(
      openMockSwf({ callerPolicy: { Statement: { Effect: 'Permit', Action: '*', Resource: '*' } } }),
    ).rejects.toThrow('mock SWF caller policy: Statement.Effect must be "Allow" or "Deny", got "Permit"');
    await expect(
      openMockSwf({
        callerPolicy: {
          Statement: { Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEquals: { 'swf:input': 'x' } } },
        },
      }),
    ).rejects.toThrow("unknown condition key 'swf:input'");
    await expect(openMockSwf({ callerPolicy: null })).rejects.toThrow('the document must be a JSON object');
    mock = await openMockSwf({ callerPolicy: POLICY });
  });
});
