// A misbehaving target is a finding, never a crash: hangs time out, garbage is classified, a dead moto is restarted,
// and an external target that stays down ends the run with what was found so far.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import { runConformance } from '../runner/run-conformance.ts';
import type { Divergence } from '../model/divergence.ts';
import type { Report } from '../reports/report.ts';
import { openSdkTarget } from '../targets/open-sdk-target.ts';
import { openManagedMoto } from '../targets/moto/open-managed-moto.ts';
import { runOnTarget } from './run-on-target.ts';
import { MOTO_AVAILABLE, MOTO_REQUIRED } from './moto-available.ts';
import { streamedLines } from './run-processes.ts';

const BIN = new URL('../cli/bin.mjs', import.meta.url).pathname;
const EMULATOR = { accessKeyId: 'testing', secretAccessKey: 'testing' };
const abandons = (d: Divergence) => (d.request as { childPolicy?: unknown }).childPolicy === 'ABANDON';
// The call that met the dead server (refused or reset, no HTTP status): the case's own request, or the health check
// after it (then target-corrupted).
const refused = (d: Divergence) => {
  const o = (d.observed as { effect?: unknown }).effect ?? d.observed;
  return (
    typeof o === 'object' &&
    o !== null &&
    (o as { ok?: boolean }).ok === false &&
    (o as { status?: number }).status === undefined
  );
};

describe('a target that misbehaves', () => {
  it('hangs: the call times out after --call-timeout, the case is a timeout divergence, and the run goes on', async () => {
    const result = await runOnTarget(
      { quirks: ['hang-on-abandon'], families: ['effects'], runs: 10, seed: 3, callTimeoutMs: 300 },
      'mock',
    );
    const timeouts = result.divergences.filter((d) => d.kind === 'timeout');
    expect(timeouts.length).toBeGreaterThan(0);
    // Only the cases that asked for ABANDON hung; every other case, and every case after a hang, conformed.
    expect(result.divergences.filter((d) => !abandons(d))).toEqual([]);
    expect(new Set(result.divergences.map((d) => d.kind))).toEqual(new Set(['timeout']));
    expect(timeouts[0].observed).toMatchObject({ ok: false, code: 'Timeout', timedOut: true });
    expect(result.cases).toBe(40);
    expect(result.stoppedEarly).toBeUndefined();
  });

  it('answers an HTML 500: a server-error divergence with its status, never a crash', async () => {
    const result = await runOnTarget(
      { quirks: ['html-500-on-abandon'], families: ['effects'], runs: 10, seed: 3 },
      'mock',
    );
    expect(result.divergences.length).toBeGreaterThan(0);
    for (const d of result.divergences) {
      expect(d.kind).toBe('server-error');
      expect(abandons(d)).toBe(true);
      expect(d.observed).toMatchObject({ ok: false, status: 500 });
    }
    expect(result.cases).toBe(40);
  });
});

describe.skipIf(!MOTO_AVAILABLE && !MOTO_REQUIRED)('a target that dies mid-run', () => {
  it('managed moto: is restarted, the case in flight is reported, and the run goes on to its last case', async () => {
    const moto = await openManagedMoto();
    const target = openSdkTarget({
      name: 'moto',
      client: { endpoint: moto.endpoint, region: 'us-east-1', credentials: EMULATOR },
      reset: () => moto.reset(),
      onClose: () => moto.stop(),
    });
    const firstPid = moto.pid();
    let sixTags = 0;
    // Killed just before the third case with six tags or more sends its start: that case meets a dead server.
    const dying = {
      ...target,
      start: (r: Parameters<typeof target.start>[0]) => (
        Array.isArray(r.tagList) && r.tagList.length > 5 && ++sixTags === 3 && process.kill(firstPid!, 'SIGKILL'),
        target.start(r)
      ),
    };
    try {
      const result = await runConformance({
        spec: loadSpec(),
        target: dying,
        seed: 3,
        runs: 5,
        families: ['tag-list'],
      });
      const planned = result.rules.filter((r) => r.family === 'tag-list').reduce((n, r) => n + r.cases, 0);
      expect(result.cases).toBe(planned);
      expect(result.stoppedEarly).toBeUndefined();
      const inFlight = result.divergences.filter(refused);
      expect(inFlight.length).toBeGreaterThan(0);
      expect(new Set(inFlight.map((d) => d.id.split('.')[0])).size).toBe(1);
      // It broke nothing for later cases: moto came back, so no case after it met a refused connection or a 5xx.
      expect(inFlight.some((d) => d.kind === 'target-corrupted')).toBe(true);
      expect(result.divergences.filter((d) => d.kind === 'server-error' && !refused(d))).toEqual([]);
      expect(moto.pid()).toBeDefined();
      expect(moto.pid()).not.toBe(firstPid);
    } finally {
      await target.close();
    }
  }, 120_000);

  it('an external endpoint that stays down: the run ends with what it found, and the report says so', async () => {
    const moto = await openManagedMoto();
    const out = mkdtempSync(join(tmpdir(), 'swfc-down-'));
    const results = () => streamedLines(out);
    try {
      const run = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          [
            BIN,
            'run',
            '--target',
            'endpoint',
            '--endpoint',
            moto.endpoint,
            '--family',
            'tag-list',
            '--runs',
            '5',
            '--seed',
            '3',
            '--out',
            out,
            '--quiet',
          ],
          { stdio: ['ignore', 'pipe', 'ignore'] },
        );
        let stdout = '';
        child.stdout!.on('data', (c) => (stdout += c));
        const watch = setInterval(() => {
          if (results().length >= 4) {
            clearInterval(watch);
            void moto.stop();
          }
        }, 20);
        child.on('exit', (code) => {
          clearInterval(watch);
          resolve({ code, stdout });
        });
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/stopped early: the target stopped working after .* could not be reset/);
      const report: Report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
      expect(report.stoppedEarly).toMatch(/could not be reset/);
      expect(report.summary.cases).toBe(results().length);
      expect(report.summary.cases).toBeLessThan(25);
      // The case in flight is the last one reported, and what met the dead server is in its divergences.
      const inFlight = report.divergences.filter(refused);
      expect(inFlight.length).toBeGreaterThan(0);
      expect(inFlight.at(-1)!.id.split('#')[1].split('.')[0]).toBe(results().at(-1)!.path);
    } finally {
      await moto.stop();
    }
  }, 120_000);
});
