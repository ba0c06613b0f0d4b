import { describe, expect, it } from 'vitest';
import type { SWFClient } from '@aws-sdk/client-swf';
import { sendOperation } from './send-operation.ts';

// A client that answers every command with one output, as the SDK hands it back (Dates parsed, $metadata beside).
const answering = (output: Record<string, unknown>) => ({ send: async () => output }) as unknown as SWFClient;

describe('sendOperation', () => {
  it('hands back the output as plain JSON: Dates as ISO strings, undefined members gone, no $metadata', async () => {
    const client = answering({
      $metadata: { httpStatusCode: 200 },
      executionInfos: [{ startTimestamp: new Date(1_000), tagList: undefined, cancelRequested: false }],
    });
    expect(await sendOperation(client, 'ListOpenWorkflowExecutions', {})).toEqual({
      ok: true,
      status: 200,
      output: { executionInfos: [{ startTimestamp: '1970-01-01T00:00:01.000Z', cancelRequested: false }] },
    });
  });
});
