// A run spread over a pool of managed moto servers (--moto-servers) finds what one server finds: the same cases,
// tallies and divergences, in order. (One mock per process: MSW intercepts once, so the pool is moto's.)
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import type { Family } from '../spec/spec-types.ts';
import { openTarget } from '../targets/open-target.ts';
import type { Target } from '../targets/target.ts';
import { memberShard, runOnPool } from '../runner/run-on-pool.ts';
import { finishRun, openRun } from '../runner/run-conformance.ts';
import type { RunResult } from '../runner/run-result.ts';
import { MOTO_AVAILABLE, MOTO_REQUIRED } from './moto-available.ts';
import { sameFindings } from '../reports/same-findings.ts';

const spec = loadSpec();
// moto's own divergences: six tags accepted, a non-numeric time-out that breaks it for good (a reset each time).
const FAMILIES: Family[] = ['tag-list', 'workflow-id-reuse', 'value-formats', 'lifecycle'];

/** A run on `size` fresh managed motos; the hooks' calls, in order, beside its result. */
async function runOn(size: number): Promise<{ result: RunResult; calls: string[] }> {
  const targets: Target[] = await Promise.all(Array.from({ length: size }, () => openTarget('moto')));
  const calls: string[] = [];
  try {
    const result = await runOnPool(
      {
        spec,
        target: targets[0],
        seed: 5,
        runs: 4,
        families: FAMILIES,
        lifecycleMarginMs: 1000,
        hooks: {
          onRunStart: ({ cases }) => calls.push(`run start ${cases}`),
          onRuleStart: ({ rule, cases }) => calls.push(`start ${rule.id} ${cases}`),
          onRuleEnd: ({ rule }) => calls.push(`end ${rule.id}`),
          onRunEnd: ({ result }) => calls.push(`run end ${result.cases}`),
        },
      },
      targets,
    );
    return { result, calls };
  } finally {
    await Promise.all(targets.map((t) => t.close()));
  }
}

describe('runOnPool', () => {
  it('splits every shard into one per member: together they are the shard, apart they share no case', () => {
    expect([0, 1, 2].map((j) => memberShard(undefined, j, 3))).toEqual([
      { index: 1, count: 3 },
      { index: 2, count: 3 },
      { index: 3, count: 3 },
    ]);
    const inShard = (i: number, s: { index: number; count: number }) => i % s.count === s.index - 1;
    const shard = { index: 2, count: 3 };
    for (let i = 0; i < 60; i++) {
      const members = [0, 1].filter((j) => inShard(i, memberShard(shard, j, 2)));
      expect(members.length).toBe(inShard(i, shard) ? 1 : 0);
    }
  });

  it.skipIf(!MOTO_AVAILABLE && !MOTO_REQUIRED)(
    'finds on two motos what one finds, target corruption included, and calls each hook as one run does',
    async () => {
      const [one, two] = await Promise.all([runOn(1), runOn(2)]);
      expect(one.result.divergences.some((d) => d.kind === 'target-corrupted')).toBe(true);
      expect(one.result.divergences.some((d) => (d.repeats ?? 0) > 0)).toBe(true);
      expect(one.result.cases).toBeGreaterThan(40);
      expect(sameFindings(two.result)).toEqual(sameFindings(one.result));
      expect(two.result.cases).toBe(one.result.cases);
      // One start and one end of the run and of each rule, with the whole run's counts (rules may overlap on a pool).
      const sorted = (calls: string[]) => [...calls].sort();
      expect(sorted(two.calls)).toEqual(sorted(one.calls));
      expect(two.calls[0]).toBe(one.calls[0]);
      expect(two.calls.at(-1)).toBe(one.calls.at(-1));
    },
    300_000,
  );

  it('lets a member run the lifecycle family first, so that its timers run while the other members work', async () => {
    const starts = async (lifecycleFirst: boolean) => {
      const target = await openTarget('mock');
      const started: string[] = [];
      try {
        const hooks = { onRuleStart: ({ rule }: { rule: { family: string } }) => started.push(rule.family) };
        const options = { spec, target, seed: 5, runs: 3, families: ['tag-list', 'lifecycle'] as Family[], hooks };
        const result = await finishRun(await openRun({ ...options, lifecycleMarginMs: 500 }), lifecycleFirst);
        return { started, cases: result.cases, divergences: result.divergences.length };
      } finally {
        await target.close();
      }
    };
    const last = await starts(false);
    const first = await starts(true);
    expect(last.started.indexOf('lifecycle')).toBe(last.started.lastIndexOf('tag-list') + 1);
    expect(first.started.lastIndexOf('lifecycle')).toBe(first.started.indexOf('tag-list') - 1);
    expect([...first.started].sort()).toEqual([...last.started].sort());
    expect({ cases: first.cases, divergences: first.divergences }).toEqual({ cases: last.cases, divergences: 0 });
  }, 60_000);
});
