import { StartWorkflowExecutionCommand, TerminateWorkflowExecutionCommand, type SWFClient } from '@aws-sdk/client-swf';
import { describe, expect, it } from 'vitest';
import { openMockSwf } from './open-mock-swf.ts';
import type { MockLimits } from './mock-limits.ts';
import { createMockClient, failureOf, registerFixtures } from './test-support.ts';

/** Runs a probe on a fresh mock with the given quotas and the usual fixtures. */
async function withLimits<T>(
  limits: Partial<MockLimits>,
  probe: (client: SWFClient) => Promise<T>,
  quirks: string[] = [],
): Promise<T> {
  const mock = await openMockSwf({ limits, quirks });
  const client = createMockClient(mock.endpoint);
  try {
    await registerFixtures(client);
    return await probe(client);
  } finally {
    client.destroy();
    await mock.close();
  }
}

const start = (client: SWFClient, workflowId: string, domain = 'main') =>
  client.send(new StartWorkflowExecutionCommand({ domain, workflowId, workflowType: { name: 'full', version: '1' } }));

describe("the mock's quotas", () => {
  it('with 3 open executions allowed a domain, refuses the fourth start with LimitExceededFault until one closes', async () => {
    await withLimits({ openExecutionsPerDomain: 3 }, async (client) => {
      for (const id of ['a', 'b', 'c']) expect((await start(client, id)).runId).toEqual(expect.any(String));
      expect(await failureOf(start(client, 'd'))).toMatchObject({ name: 'LimitExceededFault', status: 400 });
      // Another domain has its own quota.
      expect((await start(client, 'd', 'other')).runId).toEqual(expect.any(String));
      await client.send(new TerminateWorkflowExecutionCommand({ domain: 'main', workflowId: 'a' }));
      expect((await start(client, 'd')).runId).toEqual(expect.any(String));
    });
  });

  it('under quirk no-open-execution-quota, starts a fourth execution where the quota is 3, and nothing else changes', async () => {
    await withLimits(
      { openExecutionsPerDomain: 3 },
      async (client) => {
        for (const id of ['a', 'b', 'c', 'd']) expect((await start(client, id)).runId).toEqual(expect.any(String));
        expect(await failureOf(start(client, 'd'))).toMatchObject({ name: 'WorkflowExecutionAlreadyStartedFault' });
      },
      ['no-open-execution-quota'],
    );
  });

  it('with a start bucket of 2 and no refill to speak of, throttles the third start as SWF does', async () => {
    await withLimits({ startBucket: { size: 2, refillPerSecond: 0.001 } }, async (client) => {
      await start(client, 'a');
      await start(client, 'b');
      const throttled = await failureOf(start(client, 'c'));
      expect(throttled).toMatchObject({ name: 'ThrottlingException', status: 400, message: 'Rate exceeded' });
    });
  });

  it("has AWS's documented quotas by default: a hundred quick starts go through", async () => {
    await withLimits({}, async (client) => {
      for (let i = 0; i < 100; i++) expect((await start(client, `w-${i}`)).runId).toEqual(expect.any(String));
    });
  });
});
