// action.yml, the composite GitHub Action: its shell steps run here as the runner would run them (on the mock, the
// one target this machine has without installing), and the inputs it reads and the nightly workflow gives are declared.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
const ROOT = new URL('..', import.meta.url).pathname;
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
};
const nightly = parse(readFileSync(join(ROOT, '.github/workflows/nightly.yml'), 'utf8')) as {
  jobs: Record<string, { steps: Step[] }>;
};
const step = (name: string) => {
  const found = action.runs.steps.find((s) => s.name === name);
  if (!found?.run) throw new Error(`action.yml has no run step named ${name}`);
  return found;
};
const dir = mkdtempSync(join(tmpdir(), 'swfc-action-'));
/** Runs a step's script with bash, its env given as the runner would have expanded it. */
const runStep = (name: string, env: Record<string, string>) =>
  spawnSync('bash', ['-e', '-c', step(name).run!], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, GITHUB_ACTION_PATH: ROOT, ...env },
  });

describe('the GitHub Action', () => {
  it('reads only inputs it declares, and the nightly workflow gives it only those', () => {
    expect(action.runs.using).toBe('composite');
    const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    const read = [...text.matchAll(/inputs\.([a-z-]+)/g)].map((m) => m[1]);
    expect(read.filter((i) => !(i in action.inputs))).toEqual([]);
    const uses = Object.values(nightly.jobs).flatMap((j) => j.steps.filter((s) => s.uses === './'));
    expect(uses.length).toBe(1);
    expect(Object.keys(uses[0].with ?? {}).filter((k) => !(k in action.inputs))).toEqual([]);
  });

  it('runs the contract, records its exit code, writes the step summary and judges the run', () => {
    const output = join(dir, 'github-output');
    const summary = join(dir, 'step-summary');
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const out = join(dir, 'reports');
    const env = { TARGET: 'mock', ENDPOINT: '', BASELINE: '', SEED: '7', RUNS: '1', SHARD: '1/4', OUT: out };
    const ran = runStep('Run the contract', { ...env, GITHUB_OUTPUT: output });
    expect(ran.status, ran.stderr).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe('exit-code=0\n');
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'))).toMatchObject({ seed: 7, shard: { index: 1 } });
    expect(runStep('Step summary', { OUT: out, GITHUB_STEP_SUMMARY: summary }).status).toBe(0);
    expect(readFileSync(summary, 'utf8')).toBe(readFileSync(join(out, 'summary.md'), 'utf8'));

    // A run that cannot happen (an endpoint target with no endpoint) exits 2: the step records it for the judge and goes on.
    writeFileSync(output, '');
    const broken = runStep('Run the contract', {
      ...env,
      TARGET: 'endpoint',
      OUT: join(dir, 'bad'),
      GITHUB_OUTPUT: output,
    });
    expect(broken.status).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe('exit-code=2\n');
    expect(existsSync(join(dir, 'bad', 'report.json'))).toBe(false);

    const judge = (CODE: string, FAIL_ON_DIVERGENCE: string) =>
      runStep('Judge the run', { CODE, FAIL_ON_DIVERGENCE }).status;
    expect([judge('0', 'true'), judge('1', 'true'), judge('1', 'false'), judge('2', 'false')]).toEqual([0, 1, 0, 2]);
  }, 200_000);
});
