// Results reach DIR/results.jsonl.partial case by case, so even a killed run keeps what it found; a finished run's are DIR/results.jsonl.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../reports/report.ts';

const BIN = new URL('../cli/bin.mjs', import.meta.url).pathname;
const lines = (dir: string, file = 'results.jsonl') =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
const args = (out: string) => [
  BIN,
  'run',
  '--target',
  'mock',
  '--mock-quirk',
  'accept-six-tags',
  '--seed',
  '4',
  '--runs',
  '4',
  '--out',
  out,
];

describe('results.jsonl', () => {
  it('holds one line per case, with the divergences the report lists', () => {
    const out = mkdtempSync(join(tmpdir(), 'swfc-stream-'));
    const r = spawnSync(process.execPath, [...args(out), '--family', 'tag-list', '--family', 'lengths', '--quiet'], {
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(r.status).toBe(1);
    const report: Report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    const results = lines(out);
    expect(results.length).toBe(report.summary.cases);
    expect(results.flatMap((l) => l.divergences).length).toBe(report.summary.divergences);
    expect(results[0]).toMatchObject({ rule: expect.any(String), path: '0' });
  });

  it('keeps the cases done before the run was killed (SIGKILL, no chance to write the report)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'swfc-killed-'));
    await new Promise<void>((resolve) => {
      const child = spawn(process.execPath, args(out), {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, CI: 'true' },
      });
      let stderr = '';
      child.stderr!.on('data', (chunk) => {
        stderr += chunk;
        if (/\[3\/\d+\]/.test(stderr)) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    const results = lines(out, 'results.jsonl.partial');
    // The first two rules ran to the end before the third one's progress line.
    expect(results.length).toBeGreaterThanOrEqual(8);
    expect(() => readFileSync(join(out, 'report.json'))).toThrow();
    expect(() => readFileSync(join(out, 'results.jsonl'))).toThrow();
  });
});
