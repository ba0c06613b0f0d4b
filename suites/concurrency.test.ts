// --concurrency N, and the default grouping of health checks, give what a strictly sequential run of the same seed gives: the same cases, tallies and divergences, in the
// same order, also when a case breaks the target in the middle of a batch.
import { describe, expect, it } from 'vitest';
import type { Family } from '../spec/spec-types.ts';
import { loadSpec } from '../spec/load-spec.ts';
import { runConformance } from '../runner/run-conformance.ts';
import type { RunResult } from '../runner/run-result.ts';
import { openTarget } from '../targets/open-target.ts';
import { MOTO_AVAILABLE, MOTO_REQUIRED } from './moto-available.ts';

/** How a run is scheduled: the strictly sequential reference (a health check after every case that calls for one), the default (sequential, one check per batch of 8), and side by side. */
const SEQUENTIAL = { concurrency: 1, healthGroup: 1 };
const DEFAULT = {};
const FOUR = { concurrency: 4 };

/** A run on a fresh target, scheduled as given. */
async function runAt(
  schedule: { concurrency?: number; healthGroup?: number },
  target: string,
  families: Family[],
  quirks: string[] = [],
): Promise<RunResult> {
  const opened = await openTarget(target, { quirks });
  try {
    return await runConformance({ spec: loadSpec(), target: opened, seed: 11, runs: 8, families, ...schedule });
  } finally {
    await opened.close();
  }
}

/** What must not depend on concurrency: runIds, messages and timings aside, everything a report says. */
const findings = (r: RunResult) => ({
  cases: r.cases,
  rules: r.rules,
  divergences: r.divergences.map((d) => ({
    id: d.id,
    rule: d.rule,
    kind: d.kind,
    call: d.call,
    request: d.request,
    expected: d.expected,
    code: codeOf(d.observed),
  })),
  stoppedEarly: r.stoppedEarly,
});
const codeOf = (o: unknown): unknown => {
  const x = ((o as { effect?: unknown }).effect ?? o) as { ok?: boolean; code?: string; status?: number };
  return typeof x === 'object' && x !== null ? [x.ok, x.status, x.code] : x;
};

describe('--concurrency', () => {
  it('gives the sequential results on the mock, every family', async () => {
    const families: Family[] = [
      'required-members',
      'tag-list',
      'defaults',
      'resources',
      'workflow-id-reuse',
      'effects',
      'wire',
      'validation-order',
    ];
    const [one, grouped, four] = [
      await runAt(SEQUENTIAL, 'mock', families, ['accept-six-tags']),
      await runAt(DEFAULT, 'mock', families, ['accept-six-tags']),
      await runAt(FOUR, 'mock', families, ['accept-six-tags']),
    ];
    expect(one.divergences.length).toBeGreaterThan(0);
    expect(findings(grouped)).toEqual(findings(one));
    expect(findings(four)).toEqual(findings(one));
  }, 180_000);

  it('gives the sequential results when cases break the target mid-batch (the batch runs again one by one)', async () => {
    const quirks = ['corrupt-after-non-numeric-timeout'];
    const [one, grouped, four] = [
      await runAt(SEQUENTIAL, 'mock', ['value-formats'], quirks),
      await runAt(DEFAULT, 'mock', ['value-formats'], quirks),
      await runAt(FOUR, 'mock', ['value-formats'], quirks),
    ];
    expect(one.divergences.filter((d) => d.kind === 'target-corrupted').length).toBeGreaterThan(1);
    expect(findings(grouped)).toEqual(findings(one));
    expect(findings(four)).toEqual(findings(one));
  }, 180_000);

  it.skipIf(!MOTO_AVAILABLE && !MOTO_REQUIRED)(
    'gives the sequential results on moto, whose corruption is real',
    async () => {
      const families: Family[] = ['tag-list', 'value-formats'];
      const [one, grouped, four] = [
        await runAt(SEQUENTIAL, 'moto', families),
        await runAt(DEFAULT, 'moto', families),
        await runAt(FOUR, 'moto', families),
      ];
      expect(one.divergences.some((d) => d.kind === 'target-corrupted')).toBe(true);
      expect(findings(grouped)).toEqual(findings(one));
      expect(findings(four)).toEqual(findings(one));
    },
    400_000,
  );
});
