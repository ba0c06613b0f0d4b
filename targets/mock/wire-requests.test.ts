import http from 'node:http';
import {
  DescribeWorkflowExecutionCommand,
  RegisterDomainCommand,
  StartWorkflowExecutionCommand,
  SWFClient,
  type SWFClient as Client,
} from '@aws-sdk/client-swf';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MOCK_CREDENTIALS } from './mock-credentials.ts';
import { openMockSwf, type MockSwf } from './open-mock-swf.ts';
import { sendRaw, tamperSignature } from './raw-request.ts';
import { signPost } from '../sign-post.ts';
import { createMockClient, failureOf, registerFixtures } from './test-support.ts';

// Raw requests against the faithful mock: every one gets an HTTP answer, the one a real SWF gives, never a 5xx.
describe('the mock on the wire', () => {
  let mock: MockSwf;
  let client: Client;
  let ids = 0;

  beforeAll(async () => {
    mock = await openMockSwf({
      credentials: [MOCK_CREDENTIALS, { accessKeyId: 'AKIDSECONDKEY', secretAccessKey: 'second-secret' }],
    });
    client = createMockClient(mock.endpoint);
    await registerFixtures(client);
  });

  afterAll(async () => {
    for (const t of mock.traffic) expect(new URL(t.url).hostname).toBe('127.0.0.1');
    client.destroy();
    await mock.close();
  });

  const start = (extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      domain: 'main',
      workflowId: `wire-${++ids}`,
      workflowType: { name: 'full', version: '1' },
      ...extra,
    });
  /** Status and error type of an answer. */
  const seen = async (res: Response) => ({
    status: res.status,
    type: res.ok ? undefined : ((await res.json()) as { __type: string }).__type,
  });
  const coral = (code: string) => `com.amazon.coral.service#${code}`;
  const ok = { status: 200, type: undefined };
  const serialization = { status: 400, type: coral('SerializationException') };

  describe('signatures', () => {
    it("verifies the SDK's own SigV4 signatures: start, describe, all through the real client", async () => {
      const { runId } = await client.send(
        new StartWorkflowExecutionCommand({
          domain: 'main',
          workflowId: 'sdk-1',
          workflowType: { name: 'full', version: '1' },
          tagList: ['é'],
        }),
      );
      const described = await client.send(
        new DescribeWorkflowExecutionCommand({ domain: 'main', execution: { workflowId: 'sdk-1', runId } }),
      );
      expect(described.executionInfo?.tagList).toEqual(['é']);
    });

    it('accepts every key pair it was given, and refuses a client with an unknown key or the wrong secret', async () => {
      const other = (accessKeyId: string, secretAccessKey: string) =>
        new SWFClient({
          endpoint: mock.endpoint,
          region: 'eu-west-1',
          credentials: { accessKeyId, secretAccessKey },
          maxAttempts: 1,
        });
      const second = other('AKIDSECONDKEY', 'second-secret');
      const unknown = other('AKIDNOBODY', 'whatever');
      const wrongSecret = other(MOCK_CREDENTIALS.accessKeyId, 'not-the-secret');
      const register = (c: SWFClient, name: string) =>
        c.send(new RegisterDomainCommand({ name, workflowExecutionRetentionPeriodInDays: '1' }));
      try {
        expect((await register(second, 'second')).$metadata.httpStatusCode).toBe(200);
        expect(await failureOf(register(unknown, 'x'))).toEqual({
          name: 'UnrecognizedClientException',
          status: 403,
          message: 'The security token included in the request is invalid.',
        });
        expect(await failureOf(register(wrongSecret, 'x'))).toEqual({
          name: 'InvalidSignatureException',
          status: 403,
          message: 'The request signature we calculated does not match the signature you provided.',
        });
      } finally {
        for (const c of [second, unknown, wrongSecret]) c.destroy();
      }
    });

    it('refuses an unsigned request with 403 MissingAuthenticationTokenException', async () => {
      const res = await sendRaw(mock.endpoint, { body: start(), signing: 'none' });
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({
        __type: coral('MissingAuthenticationTokenException'),
        message: 'Missing Authentication Token',
      });
    });

    it('refuses a signature tampered by one hex digit, or a body changed after signing, with 403 InvalidSignatureException', async () => {
      const url = new URL(mock.endpoint);
      const body = new TextEncoder().encode(start());
      const headers = await signPost(
        url,
        {
          'x-amz-target': 'SimpleWorkflowService.StartWorkflowExecution',
          'content-type': 'application/x-amz-json-1.0',
        },
        body,
        MOCK_CREDENTIALS,
      );
      const send = (h: Record<string, string>, b: Uint8Array) => fetch(url, { method: 'POST', headers: h, body: b });
      const tampered = await send({ ...headers, authorization: tamperSignature(headers.authorization) }, body);
      expect(tampered.status).toBe(403);
      expect(await tampered.json()).toEqual({
        __type: coral('InvalidSignatureException'),
        message: 'The request signature we calculated does not match the signature you provided.',
      });
      expect(await seen(await send(headers, new TextEncoder().encode(start())))).toEqual({
        status: 403,
        type: coral('InvalidSignatureException'),
      });
      // The same headers and body once more, unchanged: the signature holds.
      expect(await seen(await send(headers, body))).toEqual(ok);
    });

    it('refuses a content hash that lies about the body, even when the signature covers it', async () => {
      const url = new URL(mock.endpoint);
      const body = new TextEncoder().encode(start());
      const lie = {
        'x-amz-target': 'SimpleWorkflowService.StartWorkflowExecution',
        'x-amz-content-sha256': '0'.repeat(64),
      };
      const headers = await signPost(url, lie, body, MOCK_CREDENTIALS);
      expect(await seen(await fetch(url, { method: 'POST', headers, body }))).toEqual({
        status: 403,
        type: coral('InvalidSignatureException'),
      });
    });

    it('refuses a malformed Authorization header, or one without X-Amz-Date, with 400 IncompleteSignatureException', async () => {
      for (const authorization of [
        'Bearer abc',
        'AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/swf/aws4_request',
        `AWS4-HMAC-SHA256 Signature=${'0'.repeat(64)}`,
      ]) {
        const res = await sendRaw(mock.endpoint, {
          body: start(),
          signing: 'none',
          headers: { authorization, 'x-amz-date': '20260101T000000Z' },
        });
        expect(await seen(res), authorization).toEqual({ status: 400, type: coral('IncompleteSignatureException') });
      }
      const url = new URL(mock.endpoint);
      const body = new TextEncoder().encode(start());
      const { 'x-amz-date': _date, ...undated } = await signPost(
        url,
        { 'x-amz-target': 'SimpleWorkflowService.StartWorkflowExecution' },
        body,
        MOCK_CREDENTIALS,
      );
      expect(await seen(await fetch(url, { method: 'POST', headers: undated, body }))).toEqual({
        status: 400,
        type: coral('IncompleteSignatureException'),
      });
    });

    it('verifies a request sent with node:http, content-length signed, as the harness sends raw requests', async () => {
      const url = new URL(mock.endpoint);
      const body = Buffer.from(start());
      const headers = await signPost(
        url,
        {
          'x-amz-target': 'SimpleWorkflowService.StartWorkflowExecution',
          'content-type': 'application/x-amz-json-1.0',
          'content-length': String(body.length),
        },
        body,
        MOCK_CREDENTIALS,
      );
      const status = await new Promise<number | undefined>((resolve, reject) => {
        const req = http.request(url, { method: 'POST', headers }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode));
        });
        req.on('error', reject);
        req.end(body);
      });
      expect(status).toBe(200);
    });
  });

  describe('X-Amz-Target', () => {
    it('accepts the long form old clients sent', async () => {
      const res = await sendRaw(mock.endpoint, {
        target: 'com.amazonaws.swf.service.model.SimpleWorkflowService.StartWorkflowExecution',
        body: start(),
      });
      expect(res.status).toBe(200);
      expect(Object.keys((await res.json()) as object)).toEqual(['runId']);
    });

    it('answers a missing, a foreign or a garbage target with 400 UnknownOperationException', async () => {
      for (const target of [null, 'DynamoDB_20120810.PutItem', 'garbage', '', 'SimpleWorkflowService.ListDomains']) {
        const res = await sendRaw(mock.endpoint, { target, body: start() });
        expect(res.status, String(target)).toBe(400);
        expect(await res.json()).toEqual({ __type: coral('UnknownOperationException') });
      }
    });

    it('still matches nothing on another origin or with another method, so MSW refuses it and nothing reaches the network', async () => {
      const loud = vi.spyOn(console, 'error').mockImplementation(() => {});
      try {
        await expect(fetch('http://127.0.0.1:10/', { method: 'POST', body: start() })).rejects.toThrow(
          /MSW.*"error" strategy/,
        );
        await expect(fetch(`${mock.endpoint}/`)).rejects.toThrow(/MSW.*"error" strategy/);
      } finally {
        loud.mockRestore();
      }
    });
  });

  describe('Content-Type', () => {
    it('accepts application/json; charset=UTF-8, another type or none', async () => {
      for (const type of [
        'application/json; charset=UTF-8',
        'application/json',
        'text/plain',
        'application/xml',
        null,
      ]) {
        expect(
          await seen(await sendRaw(mock.endpoint, { body: start(), headers: { 'content-type': type } })),
          String(type),
        ).toEqual(ok);
      }
    });
  });

  describe('the body', () => {
    it('answers malformed or truncated JSON, a body that is no JSON object, and wrongly typed members with a bare SerializationException', async () => {
      const whole = start();
      for (const body of [
        whole.slice(0, -1),
        '{not json',
        'null',
        '[]',
        '"text"',
        start({ domain: 5 }),
        start({ tagList: 'a' }),
        start({ workflowType: { name: 1, version: '1' } }),
      ]) {
        const res = await sendRaw(mock.endpoint, { body });
        expect(res.status, body).toBe(400);
        expect(await res.json()).toEqual({ __type: coral('SerializationException') });
      }
    });

    it('answers an empty body with 400 SerializationException', async () => {
      expect(await seen(await sendRaw(mock.endpoint, { body: '' }))).toEqual(serialization);
    });

    it('answers a body that is not valid UTF-8 with 400 SerializationException, and reads valid UTF-8', async () => {
      const [head, tail] = start({ workflowId: 'X' }).split('X');
      const bad = Buffer.concat([Buffer.from(head), Buffer.from([0xc3, 0x28]), Buffer.from(tail)]);
      expect(await seen(await sendRaw(mock.endpoint, { body: bad }))).toEqual(serialization);
      expect(await seen(await sendRaw(mock.endpoint, { body: start({ workflowId: 'é-✓' }) }))).toEqual(ok);
    });

    it('answers a body over 1 MB with 413 before reading it, and reads one of exactly 1 MB', async () => {
      const json = start();
      const exact = json + ' '.repeat(1_048_576 - json.length);
      expect(await seen(await sendRaw(mock.endpoint, { body: exact }))).toEqual(ok);
      const over = await sendRaw(mock.endpoint, { body: `${exact} ` });
      expect(over.status).toBe(413);
      expect(await over.json()).toEqual({
        __type: coral('RequestEntityTooLargeException'),
        message: 'Request size exceeds 1048576 bytes',
      });
      expect(await seen(await sendRaw(mock.endpoint, { body: `{${'x'.repeat(1_048_577)}` }))).toEqual({
        status: 413,
        type: coral('RequestEntityTooLargeException'),
      });
    });

    it('refuses a required member omitted or sent as null with ValidationException', async () => {
      for (const body of [
        JSON.stringify({ workflowId: 'w', workflowType: { name: 'full', version: '1' } }),
        start({ domain: null }),
        start({ workflowType: { name: null, version: '1' } }),
      ]) {
        expect(await seen(await sendRaw(mock.endpoint, { body })), body).toEqual({
          status: 400,
          type: 'com.amazon.coral.validate#ValidationException',
        });
      }
    });

    it('ignores unknown members and takes the last of duplicated keys', async () => {
      expect(await seen(await sendRaw(mock.endpoint, { body: start({ bogus: 1, nested: { a: [1] } }) }))).toEqual(ok);
      const duplicated = `{"domain":"nope",${start().slice(1)}`;
      expect(await seen(await sendRaw(mock.endpoint, { body: duplicated }))).toEqual(ok);
    });
  });
});
