import { Readable } from 'node:stream';
import {
  DescribeWorkflowExecutionCommand,
  StartWorkflowExecutionCommand,
  SWFClient,
  TerminateWorkflowExecutionCommand,
} from '@aws-sdk/client-swf';
import { describe, expect, it } from 'vitest';
import { createMockContext } from './create-mock-context.ts';
import { createInProcessHandler } from './in-process-handler.ts';
import { MOCK_CREDENTIALS } from './mock-credentials.ts';
import { MOCK_SWF_ENDPOINT, openMockSwf } from './open-mock-swf.ts';
import { createMockClient, failureOf, registerFixtures } from './test-support.ts';

/** One answer as the SDK received it, before parsing: status, content type and body text. */
interface Answer {
  status: number;
  contentType: string | undefined;
  body: string;
}

type Handle = (
  request: unknown,
  options?: unknown,
) => Promise<{ response: { statusCode: number; headers: Record<string, string>; body: unknown } }>;

/** Reads a response body whatever the handler gave: node:http's stream or the in-process handler's bytes. */
async function bytesOf(body: unknown): Promise<Uint8Array> {
  if (body instanceof Uint8Array) return body;
  const chunks: Buffer[] = [];
  for await (const chunk of body as Readable) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** Wraps a client's request handler so that every raw answer is kept, and handed on as bytes to the SDK. */
function recordAnswers(client: SWFClient): Answer[] {
  const answers: Answer[] = [];
  const handler = client.config.requestHandler as unknown as { handle: Handle };
  const handle = handler.handle.bind(handler);
  handler.handle = async (request, options) => {
    const { response } = await handle(request, options);
    const body = await bytesOf(response.body);
    answers.push({
      status: response.statusCode,
      contentType: response.headers['content-type'],
      body: Buffer.from(body).toString('utf8'),
    });
    return { response: { ...response, body } };
  };
  return answers;
}

// Fresh on every call by design: run ids and timestamps; everything else must match byte for byte.
const normalize = (body: string) =>
  body
    .replace(/"runId":"[^"]+"/g, '"runId":"<run>"')
    .replace(/"(startTimestamp|closeTimestamp)":[\d.]+/g, '"$1":<time>');

/** The probes of the comparison, in order, on a client whose fixtures are registered. */
async function probe(client: SWFClient): Promise<unknown[]> {
  const type = { name: 'full', version: '1' };
  const seen: unknown[] = [];
  const started = await client.send(
    new StartWorkflowExecutionCommand({ domain: 'main', workflowId: 'valid', workflowType: type, tagList: ['a'] }),
  );
  seen.push({ status: started.$metadata.httpStatusCode });
  seen.push(
    await failureOf(
      client.send(
        new StartWorkflowExecutionCommand({
          domain: 'main',
          workflowId: 'invalid',
          workflowType: type,
          tagList: ['1', '2', '3', '4', '5', '6'],
        }),
      ),
    ),
  );
  seen.push(
    await failureOf(
      client.send(
        new StartWorkflowExecutionCommand({ domain: 'no-such-domain', workflowId: 'unknown', workflowType: type }),
      ),
    ),
  );
  seen.push(
    await failureOf(
      client.send(new StartWorkflowExecutionCommand({ domain: 'main', workflowId: 'valid', workflowType: type })),
    ),
  );
  const described = await client.send(
    new DescribeWorkflowExecutionCommand({ domain: 'main', execution: { workflowId: 'valid', runId: started.runId! } }),
  );
  seen.push({
    status: described.$metadata.httpStatusCode,
    status2: described.executionInfo?.executionStatus,
    tags: described.executionInfo?.tagList,
  });
  const ended = await client.send(new TerminateWorkflowExecutionCommand({ domain: 'main', workflowId: 'valid' }));
  seen.push({ status: ended.$metadata.httpStatusCode });
  seen.push(
    await failureOf(
      client.send(
        new DescribeWorkflowExecutionCommand({
          domain: 'main',
          execution: { workflowId: 'valid', runId: 'no-such-run' },
        }),
      ),
    ),
  );
  return seen;
}

/** Fixtures and probes through MSW's interception, as the harness's mock target runs. */
async function throughMsw(): Promise<{ seen: unknown[]; answers: Answer[]; intercepted: number }> {
  const mock = await openMockSwf();
  const client = createMockClient(mock.endpoint);
  try {
    const answers = recordAnswers(client);
    await registerFixtures(client);
    return { seen: await probe(client), answers, intercepted: mock.traffic.length };
  } finally {
    client.destroy();
    await mock.close();
  }
}

/** The same through the in-process handler: no MSW server listens, so nothing can be intercepted. */
async function inProcess(): Promise<{ seen: unknown[]; answers: Answer[] }> {
  const { context, release } = createMockContext();
  const client = new SWFClient({
    endpoint: MOCK_SWF_ENDPOINT,
    region: 'us-east-1',
    credentials: MOCK_CREDENTIALS,
    maxAttempts: 1,
    requestHandler: createInProcessHandler(context),
  });
  try {
    const answers = recordAnswers(client);
    await registerFixtures(client);
    return { seen: await probe(client), answers };
  } finally {
    client.destroy();
    release();
  }
}

describe('the in-process handler', () => {
  it('gives the SDK the same statuses, codes and bodies as the mock behind MSW', async () => {
    const msw = await throughMsw();
    const direct = await inProcess();
    expect(msw.intercepted).toBe(msw.answers.length);
    expect(direct.seen).toEqual(msw.seen);
    expect(direct.answers.map((a) => ({ ...a, body: normalize(a.body) }))).toEqual(
      msw.answers.map((a) => ({ ...a, body: normalize(a.body) })),
    );
    // The probes did reach the cases they name: a start, a validation error, an unknown domain, a reuse, a describe.
    expect(msw.seen.slice(0, 4)).toMatchObject([
      { status: 200 },
      { name: 'ValidationException', status: 400 },
      { name: 'UnknownResourceFault', status: 400 },
      { name: 'WorkflowExecutionAlreadyStartedFault', status: 400 },
    ]);
    expect(msw.seen[4]).toEqual({ status: 200, status2: 'OPEN', tags: ['a'] });
    expect(msw.seen[6]).toMatchObject({ name: 'UnknownResourceFault', status: 400 });
  });

  it('refuses a request for another origin, as MSW does with onUnhandledRequest error', async () => {
    const { context, release } = createMockContext();
    const client = new SWFClient({
      endpoint: 'http://127.0.0.1:10',
      region: 'us-east-1',
      credentials: MOCK_CREDENTIALS,
      maxAttempts: 1,
      requestHandler: createInProcessHandler(context),
    });
    try {
      const failure = await failureOf(
        client.send(
          new StartWorkflowExecutionCommand({
            domain: 'main',
            workflowId: 'w',
            workflowType: { name: 'full', version: '1' },
          }),
        ),
      );
      expect(failure.status).toBeUndefined();
      expect(failure.message).toMatch(/no handler for POST http:\/\/127\.0\.0\.1:10\//);
    } finally {
      client.destroy();
      release();
    }
  });
});
