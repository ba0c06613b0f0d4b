import { describe, expect, it } from 'vitest';
import { ANSWER_QUIRKS } from './answer-quirks.ts';
import { sendRaw } from './raw-request.ts';
import { observeMock } from './test-support.ts';

/** What came back, byte for byte as far as the answer rules look: status, media type, body; or no answer. */
type Seen = { status: number; type: string | null; body: string } | 'hang';
type Probe = (endpoint: string) => Promise<Seen>;

let ids = 0;
/** A raw call; a hang is given up after 300 ms. */
const call =
  (target: string, body: Record<string, unknown>): Probe =>
  async (endpoint) => {
    try {
      const res = await sendRaw(endpoint, {
        target: `SimpleWorkflowService.${target}`,
        body: JSON.stringify(body),
        timeoutMs: 300,
      });
      // Run ids and request ids are fresh every time: only their presence is compared.
      return {
        status: res.status,
        type: res.headers.get('content-type'),
        body: (await res.text()).replace(/"runId":"[^"]+"/, '"runId":"…"'),
      };
    } catch {
      return 'hang';
    }
  };
const start = (extra: Record<string, unknown> = {}) =>
  call('StartWorkflowExecution', {
    domain: 'main',
    workflowId: `aq-${++ids}`,
    workflowType: { name: 'full', version: '1' },
    ...extra,
  });
const unknownDomain = () => call('DescribeDomain', { name: 'no-such-domain' });

const JSON_TYPE = 'application/x-amz-json-1.0';
const started = { status: 200, type: JSON_TYPE, body: '{"runId":"…"}' };

interface AnswerCase {
  quirk: string;
  probe: Probe;
  quirky: Seen;
  /** Answers the quirk must leave alone. */
  controls: Probe[];
}

const CASES: AnswerCase[] = [
  {
    quirk: 'json-as-text-html',
    probe: start(),
    quirky: { ...started, type: 'text/html; charset=utf-8' },
    controls: [],
  },
  {
    quirk: 'truncated-start-answer',
    probe: start(),
    quirky: { status: 200, type: JSON_TYPE, body: expect.stringMatching(/^\{"runId":"[^"]{2}$/) },
    controls: [unknownDomain(), start({ domain: 'no-such-domain' })],
  },
  {
    quirk: 'empty-start-answer',
    probe: start(),
    quirky: { status: 200, type: JSON_TYPE, body: '' },
    controls: [unknownDomain(), start({ tagList: Array(6).fill('t') })],
  },
  {
    quirk: 'start-answer-without-run-id',
    probe: start(),
    quirky: { status: 200, type: JSON_TYPE, body: '{}' },
    controls: [unknownDomain(), start({ workflowType: { name: 'nope', version: '1' } })],
  },
  {
    quirk: 'hang-on-abandon',
    probe: start({ childPolicy: 'ABANDON' }),
    quirky: 'hang',
    controls: [start(), start({ childPolicy: 'TERMINATE' })],
  },
  {
    quirk: 'html-500-on-abandon',
    probe: start({ childPolicy: 'ABANDON' }),
    quirky: { status: 500, type: 'text/html', body: '<html><body><h1>500 Internal Server Error</h1></body></html>' },
    controls: [start(), start({ childPolicy: 'REQUEST_CANCEL' })],
  },
];

describe('answer quirks', () => {
  it('has a test case for every answer quirk', () => {
    expect(CASES.map((c) => c.quirk).sort()).toEqual(ANSWER_QUIRKS.map((q) => q.name).sort());
  });

  it.each(CASES)(
    '$quirk changes its answer and leaves its neighbours alone',
    async ({ quirk, probe, quirky, controls }) => {
      const probes = [probe, ...controls].map((p) => (_client: unknown, endpoint: string) => p(endpoint));
      const [baseProbe, ...baseControls] = await observeMock([], probes);
      const [quirkProbe, ...quirkControls] = await observeMock([quirk], probes);
      expect(baseProbe).toEqual(started);
      expect(quirkProbe).toEqual(quirky);
      expect(quirkControls).toEqual(baseControls);
    },
  );
});
