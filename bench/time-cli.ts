import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

// The package's bin, as `npx swf-conformance` runs it once installed: `npm run build` writes it.
const PACKAGE = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const BIN = new URL(`../${PACKAGE.bin['swf-conformance']}`, import.meta.url).pathname;

/**
 * Runs the compiled CLI and times it from spawning the process: to its exit, and to the first line of stderr that
 * matches `mark` (a run's first progress line comes right before its first case). Rejects on an unexpected exit code.
 */
export function timeCli(
  args: string[],
  options: { mark?: RegExp; codes?: number[] } = {},
): Promise<{ seconds: number; markSeconds?: number; stdout: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let markSeconds: number | undefined;
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => {
    stderr += c;
    if (markSeconds === undefined && options.mark && stderr.split('\n').some((l) => options.mark!.test(l)))
      markSeconds = (performance.now() - started) / 1000;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if ((options.codes ?? [0]).includes(code ?? -1)) return resolve({ seconds, markSeconds, stdout });
      reject(new Error(`swf-conformance ${args.join(' ')} exited ${code}: ${stderr.slice(-1000)}`));
    });
  });
}

/** The median of a few figures: one slow start (a cold disk cache, another process) does not decide. */
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
