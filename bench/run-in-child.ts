import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { RESULT_MARK, type BenchJob, type BenchResult } from './bench-job.ts';

const CHILD = fileURLToPath(new URL('./bench-child.ts', import.meta.url));

/** Runs one measurement in a fresh Node process, so that memory and JIT state of one do not carry into the next. */
export function runInChild(job: BenchJob): Promise<BenchResult> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD, JSON.stringify(job)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(RESULT_MARK));
      if (code === 0 && line) return resolve(JSON.parse(line.slice(RESULT_MARK.length)) as BenchResult);
      reject(new Error(`bench child ${JSON.stringify(job)} ended with code ${code}:\n${out.slice(-2000)}`));
    });
  });
}
