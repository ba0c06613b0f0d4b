// Family limits: a target told to hold 3 open executions a domain must refuse the fourth start with LimitExceededFault.
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import type { TraceEntry } from '../model/trace-entry.ts';
import { runConformance } from '../runner/run-conformance.ts';
import { openTarget } from '../targets/open-target.ts';
import { SUITE_SEED } from './run-on-target.ts';

describe('the limits suite with an open-execution quota of 3', () => {
  it('on the mock set to 3: the three preparation starts succeed and the fourth fails with LimitExceededFault', async () => {
    const quotas = { openExecutionsPerDomain: 3 };
    const target = await openTarget('mock', { limits: quotas });
    const traces: TraceEntry[][] = [];
    try {
      const result = await runConformance({
        spec: loadSpec(),
        target,
        seed: SUITE_SEED,
        runs: 5,
        families: ['limits'],
        quotas,
        hooks: { onCaseResult: ({ trace }) => traces.push(trace) },
      });
      expect(result.divergences).toEqual([]);
      expect(result.rules.find((r) => r.id === 'limits.openExecutions')?.cases).toBe(5);
    } finally {
      await target.close();
    }
    for (const trace of traces) {
      const answers = trace.filter((t): t is Extract<TraceEntry, { observed: unknown }> => 'observed' in t);
      expect(answers.slice(0, 3).map((t) => [t.call, t.observed.ok])).toEqual([
        ['before[0]', true],
        ['before[1]', true],
        ['before[2]', true],
      ]);
      expect(answers[3]).toMatchObject({
        call: 'request',
        observed: { ok: false, status: 400, code: 'LimitExceededFault' },
      });
    }
  });

  it('is not run without a quota, and says why', async () => {
    const target = await openTarget('mock');
    try {
      const result = await runConformance({
        spec: loadSpec(),
        target,
        seed: SUITE_SEED,
        runs: 2,
        families: ['limits'],
      });
      expect(result.notRun).toEqual([
        { rule: 'limits.openExecutions', reason: expect.stringMatching(/^no --open-execution-quota given/) },
      ]);
    } finally {
      await target.close();
    }
  });

  it('on a mock whose start bucket runs dry: throttled cases are inconclusive, never divergences', async () => {
    const target = await openTarget('mock', { limits: { startBucket: { size: 8, refillPerSecond: 0.001 } } });
    try {
      const result = await runConformance({
        spec: loadSpec(),
        target,
        seed: SUITE_SEED,
        runs: 10,
        families: ['tag-list'],
      });
      expect(result.divergences).toEqual([]);
      expect(result.inconclusive.length).toBeGreaterThan(0);
      expect(new Set(result.inconclusive.map((i) => i.why))).toEqual(new Set(['throttled: the case was not judged']));
    } finally {
      await target.close();
    }
  });
});
