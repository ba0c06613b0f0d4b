import { DescribeWorkflowExecutionCommand, StartWorkflowExecutionCommand } from '@aws-sdk/client-swf';
import { describe, expect, it } from 'vitest';
import { MOCK_CREDENTIALS } from './mock-credentials.ts';
import { openMockSwf } from './open-mock-swf.ts';
import { sendRaw, tamperSignature, type RawRequest } from './raw-request.ts';
import { signPost } from '../sign-post.ts';
import { createMockClient, observeMock } from './test-support.ts';
import { WIRE_QUIRKS } from './wire-quirks.ts';

/** What a probe saw: status and error type, or no answer at all. */
type Seen = { status: number; type?: string } | 'hang' | 'dropped';
type Probe = (endpoint: string) => Promise<Seen>;

let ids = 0;
const start = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    domain: 'main',
    workflowId: `wq-${++ids}`,
    workflowType: { name: 'full', version: '1' },
    taskList: { name: 'l' },
    ...extra,
  });

/** Sends a raw request and tells what came back; a hang is given up after half a second. */
const raw =
  (r: Partial<RawRequest>): Probe =>
  async (endpoint) => {
    try {
      const res = await sendRaw(endpoint, { body: start(), timeoutMs: 500, ...r });
      return res.ok
        ? { status: res.status }
        : { status: res.status, type: ((await res.json()) as { __type: string }).__type.split('#')[1] };
    } catch (error) {
      return (error as Error).name === 'TimeoutError' ? 'hang' : 'dropped';
    }
  };

/** A request whose signature is off by one hex digit. */
const tampered: Probe = async (endpoint) => {
  const url = new URL(endpoint);
  const body = new TextEncoder().encode(start());
  const headers = await signPost(
    url,
    { 'x-amz-target': 'SimpleWorkflowService.StartWorkflowExecution' },
    body,
    MOCK_CREDENTIALS,
  );
  const res = await fetch(url, {
    method: 'POST',
    body,
    headers: { ...headers, authorization: tamperSignature(headers.authorization) },
  });
  return {
    status: res.status,
    ...(res.ok ? {} : { type: ((await res.json()) as { __type: string }).__type.split('#')[1] }),
  };
};

/** A normal start through the SDK, signed by it, read back. */
const sdkStart: Probe = async (endpoint) => {
  const client = createMockClient(endpoint);
  try {
    const workflowId = `sdk-${++ids}`;
    const { runId } = await client.send(
      new StartWorkflowExecutionCommand({ domain: 'main', workflowId, workflowType: { name: 'full', version: '1' } }),
    );
    await client.send(new DescribeWorkflowExecutionCommand({ domain: 'main', execution: { workflowId, runId } }));
    return { status: 200 };
  } finally {
    client.destroy();
  }
};

const OK = { status: 200 };
const refused = (type: string, status = 400) => ({ status, type });
const CRASH = refused('InternalFailure', 500);
const MB = 1_048_576;
const padded = (size: number) => {
  const json = start();
  return json + ' '.repeat(size - json.length);
};
const invalidUtf8 = Buffer.concat([
  Buffer.from('{"domain":"main","workflowId":"'),
  Buffer.from([0xff]),
  Buffer.from('","workflowType":{"name":"full","version":"1"}}'),
]);

interface WireQuirkCase {
  quirk: string;
  /** The wire behaviour the quirk breaks. */
  probe: Probe;
  faithful: Seen;
  quirky: Seen;
  /** Neighbouring behaviours the quirk must leave alone (a normal SDK start is always one). */
  controls: Probe[];
}

const CASES: WireQuirkCase[] = [
  {
    quirk: 'accept-unsigned',
    probe: raw({ signing: 'none' }),
    faithful: refused('MissingAuthenticationTokenException', 403),
    quirky: OK,
    controls: [tampered],
  },
  {
    quirk: 'accept-bad-signature',
    probe: tampered,
    faithful: refused('InvalidSignatureException', 403),
    quirky: OK,
    controls: [raw({ signing: 'none' }), raw({ credentials: { ...MOCK_CREDENTIALS, accessKeyId: 'AKIDNOBODY' } })],
  },
  {
    quirk: 'crash-on-malformed-json',
    probe: raw({ body: start().slice(0, -2) }),
    faithful: refused('SerializationException'),
    quirky: CRASH,
    controls: [raw({ body: '' }), raw({ body: invalidUtf8 }), raw({ body: '[]' }), raw({ body: start({ domain: 5 }) })],
  },
  {
    quirk: 'hang-on-empty-body',
    probe: raw({ body: '' }),
    faithful: refused('SerializationException'),
    quirky: 'hang',
    controls: [raw({ body: '{' }), raw({ body: ' ' }), raw({ body: '{}' })],
  },
  {
    quirk: 'drop-oversized-body',
    probe: raw({ body: padded(MB + 1) }),
    faithful: refused('RequestEntityTooLargeException', 413),
    quirky: 'dropped',
    controls: [raw({ body: padded(MB) }), raw({ body: '' })],
  },
  {
    quirk: 'crash-on-invalid-utf8',
    probe: raw({ body: invalidUtf8 }),
    faithful: refused('SerializationException'),
    quirky: CRASH,
    controls: [raw({ body: '{' }), raw({ body: start({ workflowId: 'é✓' }) })],
  },
  {
    quirk: 'crash-on-unknown-member',
    probe: raw({ body: start({ bogus: 1 }) }),
    faithful: OK,
    quirky: CRASH,
    controls: [
      raw({ body: `{"domain":"x",${start().slice(1)}` }),
      raw({ target: 'SimpleWorkflowService.DescribeDomain', body: '{"name":"main","bogus":1}' }),
    ],
  },
  {
    quirk: 'crash-on-duplicate-key',
    probe: raw({ body: `{"domain":"x",${start().slice(1)}` }),
    faithful: OK,
    quirky: CRASH,
    controls: [raw({ body: start({ bogus: 1 }) }), raw({ body: start({ input: '{"a":1,"a":2}' }) })],
  },
  {
    quirk: 'refuse-long-target',
    probe: raw({ target: 'com.amazonaws.swf.service.model.SimpleWorkflowService.StartWorkflowExecution' }),
    faithful: OK,
    quirky: refused('UnknownOperationException'),
    controls: [raw({ target: 'garbage' }), raw({ target: null })],
  },
  {
    quirk: 'refuse-json-content-type',
    probe: raw({ headers: { 'content-type': 'application/json; charset=UTF-8' } }),
    faithful: OK,
    quirky: refused('SerializationException'),
    controls: [raw({ headers: { 'content-type': 'text/plain' } }), raw({ headers: { 'content-type': null } })],
  },
  {
    quirk: 'missing-target-500',
    probe: raw({ target: null }),
    faithful: refused('UnknownOperationException'),
    quirky: CRASH,
    controls: [raw({ target: 'DynamoDB_20120810.PutItem' }), raw({ target: 'garbage' })],
  },
  {
    quirk: 'unknown-target-500',
    probe: raw({ target: 'SimpleWorkflowService.Nope' }),
    faithful: refused('UnknownOperationException'),
    quirky: CRASH,
    controls: [raw({ target: null }), raw({})],
  },
  {
    quirk: 'crash-on-other-content-type',
    probe: raw({ headers: { 'content-type': 'text/plain' } }),
    faithful: OK,
    quirky: CRASH,
    controls: [raw({ headers: { 'content-type': 'application/json; charset=UTF-8' } }), raw({})],
  },
  {
    quirk: 'crash-on-wrong-type',
    probe: raw({ body: start({ domain: 5 }) }),
    faithful: refused('SerializationException'),
    quirky: CRASH,
    controls: [raw({ body: '{' }), raw({ body: '[]' })],
  },
  {
    quirk: 'null-member-500',
    probe: raw({ body: start({ domain: null }) }),
    faithful: refused('ValidationException'),
    quirky: CRASH,
    controls: [
      raw({ body: JSON.stringify({ workflowId: 'w', workflowType: { name: 'full', version: '1' } }) }),
      raw({ body: start({ domain: 'nope' }) }),
    ],
  },
];

/** Runs probes on a fresh mock with the given quirks and the usual fixtures. */
const observe = (quirks: string[], probes: Probe[]): Promise<Seen[]> =>
  observeMock(
    quirks,
    probes.map((probe) => (_client, endpoint: string) => probe(endpoint)),
  );

describe('wire quirks', () => {
  it('has a test case for every wire quirk', () => {
    expect(CASES.map((c) => c.quirk).sort()).toEqual(WIRE_QUIRKS.map((q) => q.name).sort());
  });

  it.each(CASES)(
    '$quirk breaks its one wire behaviour, and leaves its neighbours and SDK traffic alone',
    async ({ quirk, probe, faithful, quirky, controls }) => {
      const [baseProbe, ...baseControls] = await observe([], [probe, sdkStart, ...controls]);
      const [quirkProbe, ...quirkControls] = await observe([quirk], [probe, sdkStart, ...controls]);
      expect(baseProbe).toEqual(faithful);
      expect(quirkProbe).toEqual(quirky);
      expect(quirkControls).toEqual(baseControls);
      expect(quirkControls[0]).toEqual(OK);
    },
  );

  it('hang-on-empty-body: a request left unanswered is released by close(), which itself does not wait for it', async () => {
    const mock = await openMockSwf({ quirks: ['hang-on-empty-body'] });
    const pending = sendRaw(mock.endpoint, { body: '' }).then(
      () => 'answered',
      (e: Error) => `failed: ${e.name}`,
    );
    const first = await Promise.race([pending, new Promise((r) => setTimeout(() => r('still waiting'), 300))]);
    expect(first).toBe('still waiting');
    await mock.close();
    expect(await pending).toBe('failed: TypeError');
  });
});
