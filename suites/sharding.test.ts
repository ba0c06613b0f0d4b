// run --shard i/n splits a run's cases deterministically; report merge puts the shards back together.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../reports/report.ts';

const BIN = new URL('../cli/bin.mjs', import.meta.url).pathname;
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 300_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const read = (dir: string): Report => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));

/**
 * A report as comparable across runs: no timings, runIds (the target's own) or report paths, and no count of calls
 * (health checks come once per batch of cases, and a shard's batches are not the whole run's).
 */
function comparable(r: Report): unknown {
  const { startedAt: _s, durationMs: _d, ...rest } = r;
  return JSON.parse(
    JSON.stringify({ ...rest, summary: { ...rest.summary, calls: 0 } })
      .replace(/"runId":"[^"]*"/g, '"runId":"<runId>"')
      .replace(/replay \S+report\.json/g, 'replay <report>'),
  );
}

describe('sharded runs', () => {
  const out = mkdtempSync(join(tmpdir(), 'swfc-shards-'));
  const common = [
    '--target',
    'mock',
    '--mock-quirk',
    'accept-six-tags',
    '--mock-quirk',
    'crash-on-malformed-json',
    '--seed',
    '11',
    '--runs',
    '5',
    '--family',
    'tag-list',
    '--family',
    'workflow-id-reuse',
    '--family',
    'wire',
    '--family',
    'validation-order',
    '--quiet',
  ];

  it('cover exactly the cases of the unsharded run, and merge into its report, timings and runIds apart', () => {
    const whole = cli('run', ...common, '--out', join(out, 'whole'));
    const first = cli('run', ...common, '--shard', '1/2', '--out', join(out, 's1'));
    const second = cli('run', ...common, '--shard', '2/2', '--out', join(out, 's2'));
    expect([whole.code, first.code, second.code]).toEqual([1, 1, 1]);
    const [w, a, b] = [read(join(out, 'whole')), read(join(out, 's1')), read(join(out, 's2'))];
    expect(a.shard).toEqual({ index: 1, count: 2 });
    expect(a.summary.cases + b.summary.cases).toBe(w.summary.cases);
    expect(a.summary.cases).toBeGreaterThan(0);
    expect(b.summary.cases).toBeGreaterThan(0);
    // Every divergence of every case is in results.jsonl (a report lists the first few of each rule and kind).
    const ids = (part: string) =>
      readFileSync(join(out, part, 'results.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .flatMap((line) => (JSON.parse(line) as { divergences: Array<{ id: string }> }).divergences.map((d) => d.id));
    expect([...ids('s1'), ...ids('s2')].sort()).toEqual(ids('whole').sort());
    expect(ids('s1').filter((id) => ids('s2').includes(id))).toEqual([]);
    expect(a.summary.divergences + b.summary.divergences).toBe(w.summary.divergences);

    const merged = cli('report', 'merge', join(out, 's2'), join(out, 's1'), '--out', join(out, 'merged'));
    expect(merged.err).toBe('');
    expect(merged.code).toBe(1);
    expect(comparable(read(join(out, 'merged')))).toEqual(comparable(w));
  });

  it('refuse to merge with a shard missing, twice, or from another seed: one line, exit 2', () => {
    for (const args of [[join(out, 's1')], [join(out, 's1'), join(out, 's1')]]) {
      const r = cli('report', 'merge', ...args, '--out', join(out, 'bad'));
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toEqual([
        expect.stringMatching(/^swf-conformance: shards of .* must be 1\.\.2 once each/),
      ]);
    }
    const other = read(join(out, 's2'));
    writeFileSync(join(out, 'other.json'), JSON.stringify({ ...other, seed: 12 }));
    const r = cli('report', 'merge', join(out, 's1'), join(out, 'other.json'), '--out', join(out, 'bad'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot merge runs of different targets, seeds/);
    expect(cli('run', '--target', 'mock', '--shard', '3/2').err).toMatch(/--shard must be i\/n with 1 <= i <= n/);
  });
});
