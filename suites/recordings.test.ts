// Recordings and differential comparison: equal behaviour records equal, differences between targets reproduce,
// and a recording that contradicts the spec is reported as a spec divergence, not the target's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import { openTarget } from '../targets/open-target.ts';
import { replayOnTarget } from '../runner/replay-on-target.ts';
import { normalizeTrace } from '../recordings/normalize-trace.ts';
import { diffRecordings, type Difference } from '../recordings/diff-recordings.ts';
import { loadRecording } from '../recordings/load-recording.ts';
import { RECORDING_FORMAT, type Recording } from '../recordings/recording.ts';
import type { CompareReport } from '../recordings/compare-report.ts';
import type { Report } from '../reports/report.ts';
import { MOTO_AVAILABLE } from './moto-available.ts';

const BIN = new URL('../cli/bin.mjs', import.meta.url).pathname;
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args, '--quiet'], { encoding: 'utf8', timeout: 600_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const dir = () => mkdtempSync(join(tmpdir(), 'swfc-rec-'));

// Skipped, with a console warning from moto-available.ts, only outside CI on a machine without moto.
describe.runIf(MOTO_AVAILABLE)('recordings against moto', () => {
  it('record twice against a fresh moto gives two equal files', () => {
    const d = dir();
    for (const f of ['one.json', 'two.json'])
      expect(cli('record', '--target', 'moto', '--seed', '11', '--runs', '2', '--out', join(d, f)).code).toBe(0);
    const [one, two] = ['one.json', 'two.json'].map((f) => loadRecording(join(d, f)));
    expect(one.cases.length).toBeGreaterThan(90);
    expect(diffRecordings(one, two)).toEqual([]);
    expect(readFileSync(join(d, 'one.json'), 'utf8')).toBe(readFileSync(join(d, 'two.json'), 'utf8'));
  });

  it('compare --a moto --b mock lists differences, and each reproduces on fresh targets', async () => {
    const d = dir();
    const r = cli('compare', '--a', 'moto', '--b', 'mock', '--seed', '12', '--runs', '2', '--out', d);
    expect(r.code).toBe(1);
    const report: CompareReport = JSON.parse(readFileSync(join(d, 'compare.json'), 'utf8'));
    expect(report.summary.differences).toBeGreaterThan(0);
    const spec = loadSpec();
    const traces = async (name: string, keys: string[]) => {
      const target = await openTarget(name);
      try {
        const out = new Map<string, Recording['cases'][number]>();
        for (const key of keys) {
          const [rule, path] = key.split('#');
          const { trace } = await replayOnTarget(spec, target, {
            rule,
            path,
            seed: report.seed,
            runTag: report.runTag,
            target: name,
          });
          const kase = { key, rule, path, request: {}, trace: normalizeTrace(trace) };
          out.set(key, kase);
        }
        return out;
      } finally {
        await target.close();
      }
    };
    const keys = [...new Set(report.differences.map((x) => x.key))];
    const [moto, mock] = [await traces('moto', keys), await traces('mock', keys)];
    const rec = (cases: Map<string, Recording['cases'][number]>, target: string): Recording => ({
      format: RECORDING_FORMAT,
      target,
      seed: report.seed,
      runs: report.runs,
      runTag: report.runTag,
      families: report.families,
      cases: [...cases.values()],
    });
    const again = diffRecordings(rec(moto, 'moto'), rec(mock, 'mock')).filter((x) => x.aspect !== 'message');
    const key = (x: Difference) => JSON.stringify([x.key, x.call, x.aspect, x.field, x.a, x.b]);
    expect(again.map(key).sort()).toEqual(report.differences.map(key).sort());
  });
});

describe('evidence from a recording', () => {
  it('flags the rule a doctored recording contradicts as a spec divergence, and does not blame the target for it', () => {
    const d = dir();
    expect(
      cli(
        'record',
        '--target',
        'mock',
        '--seed',
        '9',
        '--runs',
        '3',
        '--family',
        'tag-list',
        '--out',
        join(d, 'real.json'),
      ).code,
    ).toBe(0);
    const recording: Recording = JSON.parse(readFileSync(join(d, 'real.json'), 'utf8'));
    // Doctored: as if the real service had accepted six tags.
    const six = recording.cases.find((c) => c.rule === 'tagList.maxItems')!;
    six.trace = [{ call: 'request', observed: { ok: true, status: 200, runId: '<runId:1>' } }];
    writeFileSync(join(d, 'doctored.json'), JSON.stringify(recording));

    const faithful = cli(
      'run',
      '--target',
      'mock',
      '--family',
      'tag-list',
      '--runs',
      '3',
      '--seed',
      '1',
      '--evidence',
      join(d, 'doctored.json'),
      '--out',
      join(d, 'a'),
    );
    expect(faithful.code).toBe(0);
    const a: Report = JSON.parse(readFileSync(join(d, 'a', 'report.json'), 'utf8'));
    expect([...new Set(a.evidence!.specDivergences.map((x) => `${x.rule} ${x.kind}`))]).toEqual([
      'tagList.maxItems accepted-invalid',
    ]);
    expect(a.rules.find((r) => r.id === 'tagList.maxItems')).toMatchObject({
      specDivergences: 1,
      observedOn: { target: 'mock' },
    });
    expect(readFileSync(join(d, 'a', 'report.md'), 'utf8')).toMatch(
      /spec is contradicted by the recording for: tagList.maxItems/,
    );

    const agreeing = cli(
      'run',
      '--target',
      'mock',
      '--mock-quirk',
      'accept-six-tags',
      '--family',
      'tag-list',
      '--runs',
      '3',
      '--seed',
      '1',
      '--evidence',
      join(d, 'doctored.json'),
      '--out',
      join(d, 'b'),
    );
    const b: Report = JSON.parse(readFileSync(join(d, 'b', 'report.json'), 'utf8'));
    expect(b.divergences.length).toBeGreaterThan(0);
    expect(b.divergences.every((x) => x.blamedOn === 'spec')).toBe(true);
    expect(agreeing.code).toBe(0);
  });
});
