// The contract against a managed moto server, judged with the committed baseline of moto's known divergences.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import { openTarget } from '../targets/open-target.ts';
import { freePort } from '../targets/moto/free-port.ts';
import { waitUntilReady } from '../targets/moto/wait-until-ready.ts';
import { replayOnTarget } from '../runner/replay-on-target.ts';
import { applyBaseline, loadBaseline } from '../reports/baseline.ts';
import type { Report } from '../reports/report.ts';
import { MOTO_AVAILABLE, MOTO_REQUIRED } from './moto-available.ts';
import { sameFindings } from '../reports/same-findings.ts';

const BIN = new URL('../cli/bin.mjs', import.meta.url).pathname;
const BASELINE = new URL('../baselines/moto-5.2.1.json', import.meta.url).pathname;
const SEED = '20261124';
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args, '--quiet'], { encoding: 'utf8', timeout: 600_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const cliAsync = (...args: string[]) =>
  new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args, '--quiet'], { timeout: 600_000 });
    let [out, err] = ['', ''];
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
    child.on('close', (code) => resolve({ code, out, err }));
  });
const readReport = (dir: string): Report => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
/**
 * Moto servers no node process owns: what a run that forgot its moto leaves behind once it exits. Other test files
 * start and stop their own motos meanwhile; those always have a node parent, so they do not count.
 */
const orphanedMotos = () => {
  const rows = spawnSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .stdout.split('\n')
    .map((l) => l.trim().match(/^(\d+)\s+(\d+)\s+(.*)$/))
    .filter((m) => m !== null);
  const args = new Map(rows.map((m) => [m[1], m[3]]));
  return rows
    .filter((m) => /moto/.test(m[3]) && !/node/.test(args.get(m[2]) ?? ''))
    .map((m) => m[1])
    .sort();
};

describe('moto is installed (CI=true requires it)', () => {
  it.runIf(MOTO_REQUIRED)('finds moto_server or python3 -m moto.server', () => expect(MOTO_AVAILABLE).toBe(true));
});

// Skipped, with a console warning from moto-available.ts, only outside CI on a machine without moto.
describe.runIf(MOTO_AVAILABLE)('run --target moto', () => {
  const out = mkdtempSync(join(tmpdir(), 'swfc-moto-'));
  let report: Report;
  let oneServer: { code: number | null; report: Report };

  it('conforms to the committed baseline, lists divergences and leaves no moto behind', async () => {
    const before = orphanedMotos();
    // The pool of two managed motos, and one alone side by side with it: the next test compares their findings.
    const run = (servers: string, dir: string) =>
      cliAsync(
        'run',
        '--target',
        'moto',
        '--seed',
        SEED,
        '--out',
        dir,
        '--baseline',
        BASELINE,
        '--moto-servers',
        servers,
      );
    const [r, alone] = await Promise.all([run('2', out), run('1', join(out, 'one-server'))]);
    oneServer = { code: alone.code, report: readReport(join(out, 'one-server')) };
    expect(r.err).toBe('');
    expect(r.out).toMatch(/baseline .*: \d+ baselined, 0 new/);
    expect(r.code).toBe(0);
    report = readReport(out);
    expect(report.summary.divergences).toBeGreaterThan(0);
    expect(report.baseline).toMatchObject({ new: 0, expired: [] });
    expect(orphanedMotos().filter((pid) => !before.includes(pid))).toEqual([]);
  }, 400_000); // the whole default run, wire family and its health checks included, with other suites sharing the cores

  it('finds on --moto-servers 2 what one server finds: the same cases, tallies and divergences, in the same order (lifecycle: see same-findings.ts)', () => {
    expect(oneServer.code).toBe(0);
    expect(report.divergences.some((d) => d.kind === 'target-corrupted')).toBe(true);
    expect(report.summary.cases).toBe(oneServer.report.summary.cases);
    expect(sameFindings(report)).toEqual(sameFindings(oneServer.report));
  });

  it('fails and names the divergence when any one baseline entry is removed', () => {
    const baseline = loadBaseline(BASELINE);
    const seen = baseline.entries.filter((e) => report.divergences.some((d) => d.rule === e.rule && d.kind === e.kind));
    expect(seen.length).toBeGreaterThan(0);
    for (const entry of seen) {
      const without = { ...baseline, entries: baseline.entries.filter((e) => e !== entry) };
      const verdict = applyBaseline(without, 'moto', report.divergences, '2026-01-01');
      expect([...new Set(verdict.fresh.map((d) => `${d.rule} ${d.kind}`))]).toEqual([`${entry.rule} ${entry.kind}`]);
    }
    // And through the CLI for one of them, on that entry's family only.
    const entry = seen.find((e) => e.kind === 'accepted-invalid')!;
    const copy = join(out, 'baseline-minus-one.json');
    writeFileSync(copy, JSON.stringify({ ...baseline, entries: baseline.entries.filter((e) => e !== entry) }));
    const family = loadSpec().rules.find((r) => r.id === entry.rule)!.family;
    const r = cli(
      'run',
      '--target',
      'moto',
      '--seed',
      SEED,
      '--family',
      family,
      '--out',
      join(out, 'minus-one'),
      '--baseline',
      copy,
    );
    expect(r.code).toBe(1);
    expect(r.out).toContain(`new: ${entry.rule} ${entry.kind}`);
  });

  it('reproduces one divergence of each kind found from its replay data, against a fresh moto', async () => {
    const spec = loadSpec();
    const kinds = [...new Set(report.divergences.map((d) => d.kind))];
    expect(kinds.length).toBeGreaterThan(2);
    const target = await openTarget('moto');
    try {
      for (const kind of kinds) {
        const d = report.divergences.find((x) => x.kind === kind)!;
        const again = (await replayOnTarget(spec, target, d.replay)).divergences;
        expect(
          again.map((x) => `${x.rule} ${x.kind}`),
          `${d.id}`,
        ).toContain(`${d.rule} ${d.kind}`);
      }
    } finally {
      await target.close();
    }
    // And through the CLI, in a fresh process with a fresh managed moto, for the corruption one.
    const corrupted = report.divergences.find((x) => x.kind === 'target-corrupted')!;
    const r = cli('replay', join(out, 'report.json'), corrupted.id);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/reproduced on moto: .* target-corrupted/);
  });

  it('gives the same divergences through --target endpoint on a moto started by hand', async () => {
    const port = await freePort();
    const moto = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
    try {
      await waitUntilReady(`http://127.0.0.1:${port}/moto-api/data.json`, 30_000);
      const viaEndpoint = cli(
        'run',
        '--target',
        'endpoint',
        '--endpoint',
        `http://127.0.0.1:${port}`,
        '--name',
        'moto',
        '--runs',
        '6',
        '--seed',
        SEED,
        '--out',
        join(out, 'endpoint'),
      );
      // One managed server, as the endpoint is one: the lifecycle family's time-outs race moto's timers on a pool.
      const viaManaged = cli(
        'run',
        '--target',
        'moto',
        '--moto-servers',
        '1',
        '--runs',
        '6',
        '--seed',
        SEED,
        '--out',
        join(out, 'managed'),
      );
      expect([viaEndpoint.code, viaManaged.code]).toEqual([1, 1]);
      const key = (r: Report) => r.divergences.map((d) => `${d.id} ${d.rule} ${d.kind}`).sort();
      expect(key(readReport(join(out, 'endpoint')))).toEqual(key(readReport(join(out, 'managed'))));
      expect(moto.exitCode).toBeNull(); // the endpoint target never stops what it did not start
    } finally {
      moto.kill('SIGKILL');
    }
  });
});
