import { describe, expect, it } from 'vitest';
import type { Spec } from '../spec/spec-types.ts';
import type { RunResult } from '../runner/run-result.ts';
import type { Divergence } from '../model/divergence.ts';
import type { SoftFinding } from '../model/soft-finding.ts';
import { buildReport } from './build-report.ts';
import { sha256Of } from '../model/clip-large-values.ts';

const SPEC = { operation: 'StartWorkflowExecution' } as Spec;
const replay = (path: string) => ({ rule: 'wire.body.oversized', seed: 7, path, runTag: 'swfc-7', target: 'moto' });
// A 32 KB input of astral characters, as the generators make them: 64 K code units, twice that as JSON escapes.
const input = '\u{1FBB7}\u0001'.repeat(16_384);
const request = { domain: 'd', workflowId: 'w', workflowType: { name: 'n', version: '1' }, input };

const result = (runId: string, startedAt: string, durationMs: number): RunResult => {
  const divergences: Divergence[] = [
    {
      id: 'wire.body.oversized#0.0',
      rule: 'wire.body.oversized',
      kind: 'server-error',
      call: 'request',
      request,
      wire: { body: { kind: 'json', value: request, padding: 1_000_000 }, signing: 'sigv4' },
      expected: { outcome: 'reject', rules: ['wire.body.oversized'], codes: [], anyClientError: true, likelyCodes: [] },
      observed: { ok: false, code: 'ECONNRESET' },
      replay: replay('0'),
    },
    {
      id: 'wire.body.invalidUtf8#0.0',
      rule: 'wire.body.invalidUtf8',
      kind: 'accepted-invalid',
      call: 'request',
      request,
      wire: {
        body: { kind: 'bytes', base64: Buffer.from(JSON.stringify(request)).toString('base64') },
        signing: 'sigv4',
      },
      expected: {
        outcome: 'reject',
        rules: ['wire.body.invalidUtf8'],
        codes: [],
        anyClientError: true,
        likelyCodes: [],
      },
      observed: { ok: true, status: 200, runId },
      replay: { ...replay('0'), rule: 'wire.body.invalidUtf8' },
    },
  ];
  return {
    target: 'moto',
    seed: 7,
    runs: 1,
    runTag: 'swfc-7',
    families: ['wire'],
    cases: 2,
    calls: 4,
    notRun: [],
    inconclusive: [],
    rules: [],
    divergences,
    startedAt,
    durationMs,
  };
};

describe('buildReport', () => {
  const report = buildReport(
    SPEC,
    result('c95a32e1713743e7893be8e9b0b01bc5', '2026-11-24T10:00:00.000Z', 1000),
    '0.1.0',
    undefined,
    'out/report.json',
  );
  const json = JSON.stringify(report, null, 2);

  it('stores long strings clipped with their length and hash, so a report of 32 KB inputs stays small', () => {
    expect(json.length).toBeLessThan(12_000);
    expect(report.divergences[0].request.input).toEqual({
      clipped: true,
      length: input.length,
      sha256: sha256Of(input),
      head: expect.any(String),
    });
    expect((report.divergences[0].wire!.body as { value: { input: unknown } }).value.input).toEqual(
      report.divergences[0].request.input,
    );
    expect((report.divergences[1].wire!.body as { base64: unknown }).base64).toMatchObject({ clipped: true });
  });

  it('gives a clipped case no body to paste but the replay that regenerates it', () => {
    for (const d of report.divergences) {
      expect(d.reproduce!.curl).toContain(`npx swf-conformance replay out/report.json '${d.id}'`);
      expect(d.reproduce!.curl).toContain(`rule ${d.replay.rule}, seed 7, path 0`);
      expect(d.reproduce!.typescript.length).toBeLessThan(600);
    }
  });

  it('is the same for two runs of one seed but for the time it started and took', () => {
    const again = buildReport(
      SPEC,
      result('80479c10c8bc476ba077fd3a43f97780', '2026-11-25T08:00:00.000Z', 2000),
      '0.1.0',
      undefined,
      'out/report.json',
    );
    expect(report.divergences[1].observed).toEqual({ ok: true, status: 200, runId: '<runId:1>' });
    const timeless = ({ startedAt: _s, durationMs: _d, ...rest }: typeof report) => rest;
    expect(timeless(again)).toEqual(timeless(report));
  });
});

describe('buildReport of soft findings', () => {
  const soft: SoftFinding = {
    rule: 'input.maxLength',
    call: 'request',
    request,
    likelyCodes: ['ValidationException'],
    observed: {
      status: 413,
      code: 'RequestEntityTooLargeException',
      message: `run c95a32e1713743e7893be8e9b0b01bc5 refused ${input}`,
    },
    replay: { ...replay('0'), rule: 'input.maxLength' },
    repeats: 2,
  };
  const report = buildReport(
    SPEC,
    { ...result('c95a32e1713743e7893be8e9b0b01bc5', '2026-11-24T10:00:00.000Z', 1000), softFindings: [soft] },
    '0.1.0',
  );

  it('keeps them apart from the divergences, counted with their repeats', () => {
    expect(report.summary).toMatchObject({
      divergences: 2,
      byKind: { 'server-error': 1, 'accepted-invalid': 1 },
      softFindings: 3,
    });
    expect(report.softFindings!.map((f) => [f.rule, f.observed.code, f.repeats])).toEqual([
      ['input.maxLength', 'RequestEntityTooLargeException', 2],
    ]);
  });

  it('stores them like divergences: long strings clipped, runIds masked', () => {
    expect(report.softFindings![0].request.input).toMatchObject({ clipped: true, length: input.length });
    expect(report.softFindings![0].observed.message).toMatchObject({
      clipped: true,
      head: expect.stringMatching(/^run <runId:1> refused/),
    });
    expect(report.softFindings![0]).not.toHaveProperty('expected');
  });

  it('writes none, counted 0, for a run that had none', () => {
    const none = buildReport(SPEC, result('r', '2026-11-24T10:00:00.000Z', 1), '0.1.0');
    expect([none.summary.softFindings, none.softFindings]).toEqual([0, []]);
  });
});
