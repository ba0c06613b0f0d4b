import { spawnSync } from 'node:child_process';
import type { Goals } from './goals.ts';
import { median, timeCli } from './time-cli.ts';
import { withTempDir } from './with-temp-dir.ts';

// Start-ups are short and the first may pay for a cold disk cache: the median of a few counts.
const TRIES = 5;
const GOAL_SECONDS = 0.7;
const ROOT = new URL('..', import.meta.url).pathname;

/**
 * The compiled CLI's start-up: `--help` to its exit, and a mock run from spawning to its first progress line, which
 * it prints right before its first case (modules loaded, spec checked, mock and fixtures up, cases planned).
 */
export async function measureStartup(goals: Goals): Promise<void> {
  const help: number[] = [];
  const run: number[] = [];
  for (let i = 0; i < TRIES; i++) {
    help.push((await timeCli(['--help'])).seconds);
    const args = ['run', '--target', 'mock', '--family', 'required-members', '--runs', '1', '--seed', '1'];
    const timed = await withTempDir('swfc-bench-startup-', (out) =>
      timeCli([...args, '--out', out], { mark: /^\[1\/\d+\] / }),
    );
    if (timed.markSeconds === undefined) throw new Error('the mock run printed no progress line');
    run.push(timed.markSeconds);
  }
  // npx adds npm's own start-up (resolving the package, spawning its bin): shown, not counted against the goal.
  const before = performance.now();
  const npx = spawnSync('npx', ['--no-install', 'swf-conformance', '--help'], { cwd: ROOT, encoding: 'utf8' });
  const npxSeconds = (performance.now() - before) / 1000;
  const s = (x: number) => `${x.toFixed(2)} s`;
  console.log(
    `startup: compiled CLI (dist/), median of ${TRIES}: --help ${s(median(help))} (${help.map(s).join(', ')});` +
      ` a mock run to its first case ${s(median(run))} (${run.map(s).join(', ')});` +
      ` \`npx swf-conformance --help\` ${npx.status === 0 ? s(npxSeconds) : 'failed'} (npm's own start-up included)`,
  );
  goals.check('--help', s(median(help)), `under ${GOAL_SECONDS} s`, median(help) < GOAL_SECONDS);
  goals.check("a mock run's start-up", s(median(run)), `under ${GOAL_SECONDS} s`, median(run) < GOAL_SECONDS);
}
