import { describe, expect, it } from 'vitest';
import type { RecordedInteraction } from '../interaction-recording.ts';
import { stripSecrets } from './strip-secrets.ts';

const call = (id: string, operation: string, request: unknown, answer: unknown): RecordedInteraction => ({
  id,
  operation,
  request: { target: `SimpleWorkflowService.${operation}`, body: { json: request } },
  response: { status: 200, body: { json: answer } },
});

describe('stripSecrets', () => {
  it('numbers task tokens over all interactions, the same token the same placeholder wherever it is quoted', () => {
    const out = stripSecrets([
      call('0:0', 'PollForDecisionTask', { domain: 'd' }, { taskToken: 'TOKEN-A', startedEventId: 3 }),
      call('0:1', 'PollForActivityTask', { domain: 'd' }, { taskToken: 'TOKEN-B' }),
      call('1:0', 'RespondDecisionTaskCompleted', { taskToken: 'TOKEN-A', executionContext: 'was TOKEN-A' }, {}),
      {
        ...call('1:1', 'RespondActivityTaskCompleted', undefined, undefined),
        request: { target: 'SimpleWorkflowService.RespondActivityTaskCompleted', body: { text: 'taskToken=TOKEN-B' } },
      },
    ]);
    expect(out[0].response.body.json).toEqual({ taskToken: '<taskToken:1>', startedEventId: 3 });
    expect(out[1].response.body.json).toEqual({ taskToken: '<taskToken:2>' });
    expect(out[2].request.body.json).toEqual({ taskToken: '<taskToken:1>', executionContext: 'was <taskToken:1>' });
    expect(out[3].request.body.text).toBe('taskToken=<taskToken:2>');
  });

  it('masks access key ids, signatures, credentials, security tokens and given secrets in every string', () => {
    const [out] = stripSecrets(
      [
        call(
          '0:0',
          'StartWorkflowExecution',
          {
            input:
              'AKIAIOSFODNN7EXAMPLE Signature=0123456789abcdef0123 Credential=AKID/2024/us-east-1 X-Amz-Security-Token: FwoGZ',
            tagList: ['my-secret-value'],
          },
          {},
        ),
      ],
      ['my-secret-value'],
    );
    const text = JSON.stringify(out);
    for (const leak of ['AKIAIOSFODNN7EXAMPLE', '0123456789abcdef0123', 'AKID/2024', 'FwoGZ', 'my-secret-value'])
      expect(text).not.toContain(leak);
  });

  it('leaves an interaction without tokens or secrets as it was', () => {
    const plain = call('0:0', 'DescribeDomain', { name: 'd' }, { domainInfo: { name: 'd', status: 'REGISTERED' } });
    expect(stripSecrets([plain])).toEqual([plain]);
  });
});
