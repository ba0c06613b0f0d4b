import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHar } from './read-har.ts';
import { exchangeToInteraction } from './exchange-to-interaction.ts';
import { fixturePath } from './fixture-path.test-support.ts';

const har = JSON.parse(readFileSync(fixturePath('own/sdk-calls.har'), 'utf8'));

describe('readHar', () => {
  it('maps request headers, postData, status, content (base64 too) and startedDateTime', () => {
    const interactions = readHar(har, 'sdk-calls.har').map((e, i) => e && exchangeToInteraction(e, `0:${i}`));
    expect(interactions.map((i) => i && `${i.operation} ${i.response.status}`)).toEqual([
      'RegisterDomain 200',
      'RegisterWorkflowType 200',
      'StartWorkflowExecution 200',
      'StartWorkflowExecution 400',
      'DescribeWorkflowExecution 200',
      undefined,
    ]);
    const [domain, , , refused, describe] = interactions;
    expect(domain!.request).toMatchObject({
      target: 'SimpleWorkflowService.RegisterDomain',
      contentType: 'application/x-amz-json-1.0',
      sentAt: '2024-03-05T12:00:00.000Z',
      body: { json: { name: 'har-fixtures' } },
    });
    expect(domain!.response.body).toEqual({});
    expect(refused!.response.body.json).toMatchObject({
      __type: 'com.amazonaws.swf.base.model#WorkflowExecutionAlreadyStartedFault',
    });
    expect(describe!.response.body.json).toMatchObject({ executionInfo: { executionStatus: 'OPEN' } });
  });

  it('takes the time from startedDateTime when no X-Amz-Date was sent', () => {
    const entry = {
      startedDateTime: '2024-01-02T03:04:05.678Z',
      request: { headers: [{ name: 'X-Amz-Target', value: 'SimpleWorkflowService.ListDomains' }] },
      response: { status: 200, headers: [], content: {} },
    };
    const [exchange] = readHar({ log: { entries: [entry, { request: {} }] } }, 'f');
    expect(exchangeToInteraction(exchange!, '0:0')!.request.sentAt).toBe('2024-01-02T03:04:05.678Z');
    expect(readHar({ log: { entries: [{ request: {} }] } }, 'f')).toEqual([undefined]);
    expect(() => readHar({ log: {} }, 'f.har')).toThrow(/^f\.har: not a HAR file/);
  });
});
