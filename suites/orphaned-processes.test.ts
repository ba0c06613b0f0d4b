// Nothing of a run outlives what started it (issue 15, point 5): a kill -9 of the harness, which no hook of it sees,
// still ends its moto server; and a harness whose npx dies (a signal to npx never reaches the node underneath) stops
// as on SIGTERM, writes its partial report and exits, leaving no process behind.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MOTO_AVAILABLE, MOTO_REQUIRED } from './moto-available.ts';
import { isGone, streamedLines } from './run-processes.ts';

const ROOT = new URL('..', import.meta.url).pathname;
// Far more cases than the test waits for: a run that goes on is seen going on.
const RUN = ['run', '--target', 'moto', '--family', 'defaults', '--runs', '1000', '--seed', '3'];

/** Polls until `ready` holds; false after `timeoutMs`. */
async function within(timeoutMs: number, ready: () => boolean): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

/** The pids pgrep finds (none when it finds none). */
const pgrep = (...args: string[]) =>
  spawnSync('pgrep', args, { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).map(Number);
/** The moto server a process started (its child started with a port, not the `moto_server --help` probe). */
const motoServerOf = (pid: number) => pgrep('-P', String(pid), '-f', 'moto.* -p [0-9]+')[0] as number | undefined;
/** Every process still in moto's session: the server itself and the watchdog that ties it to the harness. */
const sessionOf = (moto: number) => pgrep('-s', String(moto)).filter((pid) => !isGone(pid));
const resultCount = (out: string) => streamedLines(out).length;

// Whatever a failing test leaves running is killed after it, so that one failure does not leak into later tests.
const started: number[] = [];
afterEach(() => {
  for (const pid of started.splice(0))
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone already */
    }
});

/** Starts a command with the run's output collected; waits until its harness runs cases on its moto. */
async function startRun(
  command: string,
  args: string[],
  harnessOf: (pid: number) => number | undefined,
  ownGroup = false,
) {
  const out = mkdtempSync(join(tmpdir(), 'swfc-orphans-'));
  const child = spawn(command, [...args, '--out', out], {
    cwd: ROOT,
    env: { ...process.env, CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: ownGroup,
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr!.on('data', (chunk) => {
    stderr += chunk;
  });
  let harness: number | undefined;
  let moto: number | undefined;
  const running = await within(
    60_000,
    () =>
      (harness ??= harnessOf(child.pid!)) !== undefined &&
      (moto ??= motoServerOf(harness)) !== undefined &&
      resultCount(out) >= 1,
  );
  started.push(child.pid!, ...[harness, moto].filter((p): p is number => p !== undefined));
  expect(running, `a run on moto under ${command}\n${stderr}`).toBe(true);
  // Once every writer of its output is gone: the command and whatever inherited its stdout (the harness under npx).
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  return { child, out, harness: harness!, moto: moto!, closed, stdout: () => stdout, stderr: () => stderr };
}

describe.skipIf(!MOTO_AVAILABLE && !MOTO_REQUIRED)('processes that outlive what started them', () => {
  it('kill -9 of the harness: its moto server and the watchdog are gone within 2 s', async () => {
    const run = await startRun(process.execPath, [join(ROOT, 'cli/bin.mjs'), ...RUN], (pid) => pid);
    run.child.kill('SIGKILL');
    expect(
      await within(2_000, () => sessionOf(run.moto).length === 0),
      `left of moto's session: ${sessionOf(run.moto)}`,
    ).toBe(true);
  }, 90_000);

  // SIGTERM: npm passes it to its sh, which dies of it and leaves the harness to init. SIGKILL: npm dies, its sh waits on.
  // The group: what timeout and a cancelled CI job send; the harness gets the SIGTERM too, and npx goes first.
  it.each([
    ['SIGTERM', 'npx'],
    ['SIGKILL', 'npx'],
    ['SIGTERM', 'group'],
  ] as const)(
    '%s to the %s, which never reaches the harness or comes with npx going: it stops as on SIGTERM, leaving nothing',
    async (signal, to) => {
      // npx → sh -c 'swf-conformance' … → node cli/bin.mjs (the harness) → moto
      let sh: number | undefined;
      const run = await startRun(
        'npx',
        ['--yes', 'swf-conformance', ...RUN],
        // The sh that runs the bin: a first npx in a clone links it into npx's cache first, through a sh of its own.
        (npx) => (sh = pgrep('-P', String(npx), '-f', 'swf-conformance')[0]) && pgrep('-P', String(sh))[0],
        to === 'group',
      );
      if (to === 'group') process.kill(-run.child.pid!, signal);
      else run.child.kill(signal);
      expect(await within(10_000, () => isGone(run.harness)), 'the harness has exited').toBe(true);
      expect(
        await within(2_000, () => [sh!, run.moto, ...sessionOf(run.moto)].every(isGone)),
        'nothing of the run is left',
      ).toBe(true);
      await run.closed;
      // Sent to the group, the harness's own SIGTERM may come before it notices npx has gone; either way it stops once.
      if (to === 'npx')
        expect(run.stderr()).toContain('swf-conformance: the process that started it is gone: stopping as on SIGTERM');
      expect(run.stderr()).not.toContain('second signal');
      const report = JSON.parse(readFileSync(join(run.out, 'report.json'), 'utf8'));
      expect(report.interrupted).toBe('interrupted by SIGTERM');
      expect(report.summary.cases).toBe(resultCount(run.out));
      expect(run.stdout()).toMatch(/cases on moto, seed 3 \(interrupted by SIGTERM: partial/);
    },
    90_000,
  );
});
