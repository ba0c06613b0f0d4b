import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMockSwf, type MockSwf } from './open-mock-swf.ts';
import { sendRaw } from './raw-request.ts';

// Raw HTTP against the mock (signed as the SDK signs), for what the SDK hides: exact bodies, headers, malformed requests.
describe('the mock on the wire', () => {
  let mock: MockSwf;

  beforeAll(async () => {
    mock = await openMockSwf();
  });

  afterAll(async () => {
    for (const t of mock.traffic) expect(new URL(t.url).hostname).toBe('127.0.0.1');
    await mock.close();
  });

  const call = (target: string, body: string) => sendRaw(mock.endpoint, { target, body });

  it('answers JSON 1.0 with a request id, and accepts the long X-Amz-Target form old clients send', async () => {
    const res = await call(
      'com.amazonaws.swf.service.model.SimpleWorkflowService.RegisterDomain',
      '{"name":"d","workflowExecutionRetentionPeriodInDays":"1"}',
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-amz-json-1.0');
    expect(res.headers.get('x-amzn-requestid')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });

  it('answers TerminateWorkflowExecution with an empty body, not {}', async () => {
    await call(
      'SimpleWorkflowService.RegisterWorkflowType',
      JSON.stringify({
        domain: 'd',
        name: 't',
        version: '1',
        defaultTaskList: { name: 'l' },
        defaultExecutionStartToCloseTimeout: '60',
        defaultTaskStartToCloseTimeout: '5',
        defaultChildPolicy: 'TERMINATE',
      }),
    );
    const started = await call(
      'SimpleWorkflowService.StartWorkflowExecution',
      '{"domain":"d","workflowId":"w","workflowType":{"name":"t","version":"1"}}',
    );
    expect(Object.keys((await started.json()) as object)).toEqual(['runId']);
    const res = await call('SimpleWorkflowService.TerminateWorkflowExecution', '{"domain":"d","workflowId":"w"}');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe('0');
    expect(await res.text()).toBe('');
  });

  it('writes timestamps as epoch seconds with a fraction', async () => {
    const started = await call(
      'SimpleWorkflowService.StartWorkflowExecution',
      '{"domain":"d","workflowId":"ts","workflowType":{"name":"t","version":"1"}}',
    );
    const { runId } = (await started.json()) as { runId: string };
    const res = await call(
      'SimpleWorkflowService.DescribeWorkflowExecution',
      JSON.stringify({ domain: 'd', execution: { workflowId: 'ts', runId } }),
    );
    const { executionInfo } = (await res.json()) as { executionInfo: { startTimestamp: number } };
    expect(executionInfo.startTimestamp).toBeGreaterThan(1.7e9);
    expect(executionInfo.startTimestamp).toBeLessThan(1e10);
  });

  it('answers a body that is not JSON, or has wrongly typed members, with a bare SerializationException', async () => {
    for (const body of [
      '{not json',
      '[]',
      '{"domain":5,"workflowId":"w","workflowType":{"name":"t","version":"1"}}',
      '{"domain":"d","tagList":"a"}',
    ]) {
      const res = await call('SimpleWorkflowService.StartWorkflowExecution', body);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ __type: 'com.amazon.coral.service#SerializationException' });
    }
  });

  it('answers the wire types of faults and validation errors', async () => {
    const unknown = await call(
      'SimpleWorkflowService.StartWorkflowExecution',
      '{"domain":"nope","workflowId":"w","workflowType":{"name":"t","version":"1"}}',
    );
    expect(await unknown.json()).toEqual({
      __type: 'com.amazonaws.swf.base.model#UnknownResourceFault',
      message: 'Unknown domain: nope',
    });
    const invalid = await call('SimpleWorkflowService.StartWorkflowExecution', '{}');
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toEqual({
      __type: 'com.amazon.coral.validate#ValidationException',
      message:
        "3 validation errors detected: Value null at 'domain' failed to satisfy constraint: Member must not be null; " +
        "Value null at 'workflowId' failed to satisfy constraint: Member must not be null; " +
        "Value null at 'workflowType' failed to satisfy constraint: Member must not be null",
    });
  });

  it('answers an operation it does not implement with UnknownOperationException', async () => {
    const res = await call('SimpleWorkflowService.ListDomains', '{"registrationStatus":"REGISTERED"}');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ __type: 'com.amazon.coral.service#UnknownOperationException' });
  });
});
