// Large values in what runs write (issue 15, point 3): 32 KB inputs and 1 MB bodies are stored clipped (length, sha256,
// head) and regenerated from rule, seed and path; two runs of one seed write the same report but for the time.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../reports/report.ts';
import type { Recording } from '../recordings/recording.ts';
import { loadSpec } from '../spec/load-spec.ts';
import { replayCase } from '../runner/replay-case.ts';
import { isClipped, sha256Of } from '../model/clip-large-values.ts';
import { renderWireBody } from '../model/render-wire-body.ts';

const BIN = new URL('../cli/bin.mjs', import.meta.url).pathname;
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args, '--quiet'], { encoding: 'utf8', timeout: 300_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const dir = () => mkdtempSync(join(tmpdir(), 'swfc-large-'));
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8'));

describe('large values in reports and recordings', () => {
  it('stores a wire divergence with a 1 MB body clipped, and replays it from the report on disk', () => {
    const out = dir();
    // Seed 3 gives the first oversized case a valid request with a 32768-character input, padded past 1 MB.
    expect(
      cli(
        'run',
        '--target',
        'mock',
        '--mock-quirk',
        'drop-oversized-body',
        '--family',
        'wire',
        '--seed',
        '3',
        '--runs',
        '3',
        '--out',
        out,
      ).code,
    ).toBe(1);
    const report = readJson<Report>(join(out, 'report.json'));
    const d = report.divergences.find((x) => x.id === 'wire.body.oversized#0.0')!;
    expect(d.kind).toBe('server-error');
    const kase = replayCase(loadSpec(), d.replay);
    expect(renderWireBody(kase.wire!.body).length).toBeGreaterThan(1_048_576);
    const whole = kase.request.input as string;
    expect(whole.length).toBe(32_768);
    expect(d.request.input).toMatchObject({ clipped: true, length: whole.length, sha256: sha256Of(whole) });
    expect(d.reproduce!.curl).toContain(`replay ${join(out, 'report.json')} 'wire.body.oversized#0.0'`);
    expect(statSync(join(out, 'report.json')).size).toBeLessThan(200_000);
    expect(statSync(join(out, 'report.html')).size).toBeLessThan(400_000);

    const again = cli('replay', join(out, 'report.json'), 'wire.body.oversized#0.0');
    expect(again.out).toContain('reproduced on mock+drop-oversized-body: wire.body.oversized server-error');
    expect(again.code).toBe(1);
  });

  it('writes the same report.json and report.html for two runs of one seed, but for the start and the duration', () => {
    const out = dir();
    const run = () =>
      cli(
        'run',
        '--target',
        'mock',
        '--mock-quirk',
        'accept-six-tags',
        '--mock-quirk',
        'drop-tags-from-started-event',
        '--family',
        'tag-list',
        '--family',
        'effects',
        '--seed',
        '5',
        '--runs',
        '4',
        '--out',
        join(out, 'run'),
      );
    expect(run().code).toBe(1);
    cpSync(join(out, 'run'), join(out, 'first'), { recursive: true });
    expect(run().code).toBe(1);
    const [first, second] = ['first', 'run'].map((d) => readJson<Report>(join(out, d, 'report.json')));
    // Accepted starts were seen, with the mock's random runIds: the report holds placeholders instead.
    expect(first.divergences.some((x) => 'ok' in x.observed && x.observed.ok && x.observed.runId === '<runId:1>')).toBe(
      true,
    );
    const timeless = ({ startedAt: _s, durationMs: _d, ...rest }: Report) => rest;
    expect(timeless(second)).toEqual(timeless(first));
    const html = (d: string) =>
      readFileSync(join(out, d, 'report.html'), 'utf8')
        .replace(/"startedAt":"[^"]*"/g, '')
        .replace(/"durationMs":\d+/g, '');
    expect(html('run')).toBe(html('first'));
  });

  it('records 32 KB inputs clipped, and a recording judges and compares as a whole one would', () => {
    const out = dir();
    const file = join(out, 'mock.json');
    expect(
      cli('record', '--target', 'mock', '--family', 'effects', '--seed', '2', '--runs', '3', '--out', file).code,
    ).toBe(0);
    const recording = readJson<Recording>(file);
    const clipped = recording.cases.filter((c) => isClipped(c.request.input));
    expect(clipped.length).toBeGreaterThan(0);
    // The started event echoes the input: stored clipped alike, with the same hash.
    expect(JSON.stringify(clipped[0].trace)).toContain(
      (clipped[0].request.input as unknown as { sha256: string }).sha256,
    );
    expect(statSync(file).size).toBeLessThan(100_000);

    const judged = cli(
      'run',
      '--target',
      'mock',
      '--family',
      'effects',
      '--seed',
      '1',
      '--runs',
      '1',
      '--evidence',
      file,
      '--out',
      join(out, 'judged'),
    );
    expect(judged.code).toBe(0);
    const evidence = readJson<Report>(join(out, 'judged', 'report.json')).evidence!;
    expect([evidence.unusableCases, evidence.specDivergences]).toEqual([0, []]);
    const compared = cli('compare', '--a', 'mock', '--recording', file, '--out', join(out, 'compare'));
    expect(compared.out).toContain('0 differences');
    expect(compared.code).toBe(0);
  });
});
