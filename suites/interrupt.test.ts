// Ctrl-C and SIGTERM: a real CLI process stops after the case in flight, writes the partial report, saying so, stops
// the moto it started and exits 130 or 143; without the CLI, a managed moto or an aws target still cleans up.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Report } from '../reports/report.ts';
import { MOTO_AVAILABLE } from './moto-available.ts';
import { isGone, streamedLines } from './run-processes.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'cli/bin.mjs');
const tmp = () => mkdtempSync(join(tmpdir(), 'swfc-interrupt-'));

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts node with the given arguments and collects its output; `ended` resolves once it has exited. */
function startNode(args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, CI: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr!.on('data', (chunk) => {
    stderr += chunk;
  });
  const ended = new Promise<Ended>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, ended, stdout: () => stdout };
}

/** Polls until `ready` holds; fails the test after `timeoutMs`. */
async function waitFor(what: string, ready: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const resultLines = streamedLines;

/** The moto servers a process started: its children started with a port (not the `moto_server --help` probe). */
function motoServersOf(pid: number): number[] {
  return spawnSync('pgrep', ['-P', String(pid), '-f', 'moto.* -p [0-9]+'], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n')
    .filter(Boolean)
    .map(Number);
}

/** The report of an interrupted run: marked as such everywhere, and holding exactly the cases results.jsonl streamed. */
function expectPartialReport(out: string, reason: string, ended: Ended, target: string): void {
  const report: Report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
  const results = resultLines(out);
  expect(report.interrupted).toBe(reason);
  expect(report.summary.cases).toBe(results.length);
  expect(report.summary.divergences).toBe(results.flatMap((l) => l.divergences).length);
  expect(report.summary.cases).toBeGreaterThanOrEqual(5);
  // A whole run gives every rule a case: the rules never reached show that the run stopped early.
  expect(report.summary.rulesWithoutCases.length).toBeGreaterThan(0);
  expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain(`**Partial report: the run was ${reason}.**`);
  expect(ended.stdout).toMatch(new RegExp(`cases on ${target}, seed 3 \\(${reason}: partial`));
  expect(ended.stderr).toMatch(new RegExp(`swf-conformance: ${reason}: finishing the case in flight`));
  for (const file of ['report.html', 'junit.xml', 'summary.md'])
    expect(readFileSync(join(out, file), 'utf8'), file).toContain(`partial report, ${reason}`);
}

describe('run, interrupted', () => {
  it('on the mock by SIGTERM: stops after the case in flight, writes the partial report, exits 143', async () => {
    const out = tmp();
    const run = startNode([BIN, 'run', '--target', 'mock', '--seed', '3', '--runs', '20', '--out', out]);
    await waitFor('5 results', () => resultLines(out).length >= 5);
    run.child.kill('SIGTERM');
    const ended = await run.ended;
    expect(ended.code).toBe(143);
    expectPartialReport(out, 'interrupted by SIGTERM', ended, 'mock');
  }, 60_000);

  // Skipped, with a console warning from moto-available.ts, only outside CI on a machine without moto.
  it.runIf(MOTO_AVAILABLE)(
    'on moto by SIGINT: the same, exit 130, and the moto servers it started are gone',
    async () => {
      const out = tmp();
      // A pool of two managed motos (--moto-servers 2): both must be gone.
      const args = ['run', '--target', 'moto', '--moto-servers', '2', '--seed', '3', '--runs', '20', '--out', out];
      const run = startNode([BIN, ...args]);
      await waitFor('5 results', () => resultLines(out).length >= 5);
      const motos = motoServersOf(run.child.pid!);
      expect(motos).toHaveLength(2);
      expect(motos.some(isGone)).toBe(false);
      run.child.kill('SIGINT');
      const ended = await run.ended;
      expect(ended.code).toBe(130);
      expectPartialReport(out, 'interrupted by SIGINT', ended, 'moto');
      expect(motos.every(isGone)).toBe(true);
    },
    60_000,
  );
});

/** Starts a command on moto, waits for its moto server, signals it, and checks that it exits with the code, moto gone. */
async function interruptOnMoto(args: string[], signal: NodeJS.Signals, code: number): Promise<Ended> {
  const run = startNode([BIN, ...args]);
  // The listener is up before the target opens: from here on the signal is the CLI's, whenever it lands.
  let motos: number[] = [];
  await waitFor('the moto server', () => (motos = motoServersOf(run.child.pid!)).length > 0);
  expect(motos).toHaveLength(1);
  run.child.kill(signal);
  const ended = await run.ended;
  expect(ended.code).toBe(code);
  expect(motos.every(isGone)).toBe(true);
  return ended;
}

describe.runIf(MOTO_AVAILABLE)('record and compare, interrupted', () => {
  it('record by SIGTERM: stops its moto, writes no recording, exits 143', async () => {
    const file = join(tmp(), 'moto.json');
    const ended = await interruptOnMoto(
      ['record', '--target', 'moto', '--seed', '3', '--runs', '20', '--out', file],
      'SIGTERM',
      143,
    );
    expect(ended.stderr).toMatch(/interrupted by SIGTERM: \S*moto\.json not written/);
    expect(existsSync(file)).toBe(false);
  }, 60_000);

  it('compare by SIGINT: stops its moto, writes no comparison, exits 130', async () => {
    const out = tmp();
    const ended = await interruptOnMoto(
      ['compare', '--a', 'moto', '--b', 'mock', '--seed', '3', '--runs', '20', '--out', out],
      'SIGINT',
      130,
    );
    expect(ended.stderr).toMatch(/interrupted by SIGINT: no comparison written/);
    expect(existsSync(join(out, 'compare.json'))).toBe(false);
  }, 60_000);
});

/** Writes a script that starts a managed moto, prints its pid and waits; `handler` is its own SIGTERM handling. */
function managedMotoScript(handler: string): string {
  const file = join(tmp(), 'hold-moto.mts');
  writeFileSync(
    file,
    [
      `import { openManagedMoto } from ${JSON.stringify(join(ROOT, 'targets/moto/open-managed-moto.ts'))};`,
      handler,
      'const moto = await openManagedMoto();',
      'console.log(`moto ${moto.pid()}`);',
      'setInterval(() => {}, 1000);',
    ].join('\n'),
  );
  return file;
}

/** Runs a managed-moto script until it prints the pid, sends SIGTERM, and returns how it ended and the pid. */
async function interruptHolder(handler: string): Promise<{ ended: Ended; moto: number }> {
  const run = startNode(['--import', 'tsx', managedMotoScript(handler)]);
  await waitFor('moto to start', () => /moto \d+/.test(run.stdout()));
  const moto = Number(/moto (\d+)/.exec(run.stdout())![1]);
  expect(isGone(moto)).toBe(false);
  run.child.kill('SIGTERM');
  return { ended: await run.ended, moto };
}

describe.runIf(MOTO_AVAILABLE)('a managed moto outside the CLI', () => {
  it('is killed when a signal ends a process that has no handler of its own, which then dies by that signal', async () => {
    const { ended, moto } = await interruptHolder('');
    expect(ended.signal).toBe('SIGTERM');
    await waitFor('moto to be gone', () => isGone(moto), 5_000);
  }, 60_000);

  it('leaves the signal to a handler of the process, and is killed when that handler exits later', async () => {
    // The old guard exited 143 at once, before a graceful handler could finish.
    const { ended, moto } = await interruptHolder(
      "process.on('SIGTERM', () => setTimeout(() => { console.log('handled'); process.exit(7); }, 300));",
    );
    expect(ended.code).toBe(7);
    expect(ended.stdout).toContain('handled');
    await waitFor('moto to be gone', () => isGone(moto), 5_000);
  }, 60_000);
});

describe.runIf(MOTO_AVAILABLE)('the aws target outside the CLI', () => {
  it('stops the run on SIGTERM with RunInterrupted, and close() leaves nothing open or registered', async () => {
    const file = join(tmp(), 'interrupt-aws.mts');
    const at = (path: string) => JSON.stringify(join(ROOT, path));
    writeFileSync(
      file,
      `
      import { spawn } from 'node:child_process';
      import { ListOpenWorkflowExecutionsCommand, ListWorkflowTypesCommand, SWFClient } from ${JSON.stringify(createRequire(ROOT).resolve('@aws-sdk/client-swf'))};
      import { loadSpec } from ${at('spec/load-spec.ts')};
      import { openTarget } from ${at('targets/open-target.ts')};
      import { runConformance } from ${at('runner/run-conformance.ts')};
      import { freePort } from ${at('targets/moto/free-port.ts')};
      import { waitUntilReady } from ${at('targets/moto/wait-until-ready.ts')};

      const endpoint = 'http://127.0.0.1:' + await freePort();
      const moto = spawn('moto_server', ['-H', '127.0.0.1', '-p', endpoint.split(':')[2]], { stdio: 'ignore' });
      await waitUntilReady(endpoint + '/moto-api/data.json', 30_000);
      const target = await openTarget('aws', { aws: { domain: 'team', allow: true, endpoint, rate: 1000 } });
      let cases = 0;
      let outcome = 'completed';
      try {
        await runConformance({ spec: loadSpec(), target, seed: 4, runs: 10, families: ['workflow-id-reuse', 'defaults'],
          hooks: { onCaseResult: () => { if (++cases === 3) process.kill(process.pid, 'SIGTERM'); } } });
      } catch (e) {
        outcome = e.constructor.name + ': ' + e.message;
      } finally {
        await target.close();
      }
      const swf = new SWFClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
      const open = (await swf.send(new ListOpenWorkflowExecutionsCommand({ domain: 'team', startTimeFilter: { oldestDate: new Date(0) } }))).executionInfos ?? [];
      const types = (await swf.send(new ListWorkflowTypesCommand({ domain: 'team', registrationStatus: 'REGISTERED' }))).typeInfos ?? [];
      console.log(JSON.stringify({ outcome, cases, open: open.length, swfcTypes: types.filter((t) => t.workflowType.version.startsWith('swfc-')).length }));
      swf.destroy();
      moto.kill('SIGKILL');
    `,
    );
    const ended = await startNode(['--import', 'tsx', file], {
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    }).ended;
    expect(ended.stderr).not.toMatch(/Error/);
    expect(ended.code).toBe(0);
    const seen = JSON.parse(ended.stdout.trim().split('\n').at(-1)!);
    expect(seen.outcome).toMatch(/^RunInterrupted: interrupted by SIGTERM/);
    // The signal came after the third case; the call after it refused to go out.
    expect(seen.cases).toBeGreaterThanOrEqual(3);
    expect(seen.cases).toBeLessThan(6);
    expect(seen).toMatchObject({ open: 0, swfcTypes: 0 });
  }, 60_000);
});
