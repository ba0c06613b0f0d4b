// A run never touches an earlier run's files before it has results of its own (issue 15, point 1).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = new URL('./bin.mjs', import.meta.url).pathname;
const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });
const root = mkdtempSync(join(tmpdir(), 'swfc-earlier-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file of a folder by name, with a hash of its bytes. */
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(join(dir, f)))
          .digest('hex'),
      ]),
  );

/** A folder holding a finished run's results, with divergences whose ids a replay needs. */
function earlierRun(name: string): string {
  const out = join(root, name);
  const r = cli(
    'run',
    '--target',
    'mock',
    '--mock-quirk',
    'accept-six-tags',
    '--family',
    'tag-list',
    '--runs',
    '5',
    '--seed',
    '3',
    '--out',
    out,
    '--quiet',
  );
  expect(r.status, r.stderr).toBe(1);
  return out;
}

describe("an earlier run's results", () => {
  let out: string;
  let before: Record<string, string>;
  beforeAll(() => {
    out = earlierRun('earlier');
    before = snapshot(out);
    expect(Object.keys(before)).toEqual([
      'junit.xml',
      'report.html',
      'report.json',
      'report.md',
      'results.jsonl',
      'summary.md',
    ]);
  });

  it('stay byte-identical when a run into the same folder fails before its first case', () => {
    const r = cli(
      'run',
      '--target',
      'endpoint',
      '--endpoint',
      'http://127.0.0.1:1',
      '--family',
      'tag-list',
      '--runs',
      '2',
      '--out',
      out,
      '--quiet',
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unreachable/);
    expect(snapshot(out)).toEqual(before);
    // The folded divergences of the earlier report can still be replayed from its results.jsonl.
    expect(cli('replay', join(out, 'report.json'), 'tagList.maxItems#4.0').status).toBe(1);
  });

  it('stay as they were when a run into the same folder is killed; its own lines are kept beside them', async () => {
    const killed = earlierRun('killed');
    const earlier = snapshot(killed);
    await new Promise<void>((resolve) => {
      const child = spawn(
        process.execPath,
        [BIN, 'run', '--target', 'mock', '--seed', '4', '--runs', '4', '--out', killed],
        { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CI: 'true' } },
      );
      let stderr = '';
      child.stderr!.on('data', (chunk) => {
        stderr += chunk;
        if (/\[3\/\d+\]/.test(stderr)) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    const { 'results.jsonl.partial': partial, ...rest } = snapshot(killed);
    expect(rest).toEqual(earlier);
    expect(partial).toBeDefined();
    expect(
      readFileSync(join(killed, 'results.jsonl.partial'), 'utf8').split('\n').filter(Boolean).length,
    ).toBeGreaterThanOrEqual(8);
  });

  it('are replaced whole by a run that finishes, and no partial file is left', () => {
    const replaced = earlierRun('replaced');
    const r = cli(
      'run',
      '--target',
      'mock',
      '--family',
      'tag-list',
      '--runs',
      '2',
      '--seed',
      '1',
      '--out',
      replaced,
      '--quiet',
    );
    expect(r.status).toBe(0);
    expect(Object.keys(snapshot(replaced))).toEqual(Object.keys(before));
    expect(readFileSync(join(replaced, 'results.jsonl'), 'utf8').split('\n').filter(Boolean)).toHaveLength(4);
  });
});

describe('an --out the harness cannot write', () => {
  it.each([
    ['run', '--target', 'mock', '--family', 'tag-list', '--runs', '1'],
    ['compare', '--a', 'mock', '--b', 'mock', '--runs', '1'],
  ])('is refused before %s starts, in one line, exit 2', (...args) => {
    const file = join(root, `a-file-${args[0]}`);
    writeFileSync(file, 'not a folder');
    const r = cli(...args, '--out', join(file, 'out'));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      `swf-conformance: --out ${join(file, 'out')}: cannot write there (ENOTDIR: a file is in the way)`,
    ]);
  });

  it('is refused before record starts', () => {
    const file = join(root, 'a-file-record');
    writeFileSync(file, 'not a folder');
    const r = cli('record', '--target', 'mock', '--family', 'tag-list', '--runs', '1', '--out', join(file, 'rec.json'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^swf-conformance: --out \S+rec\.json: its folder \S+: cannot write there \(EEXIST: a file is in the way\)\n$/,
    );
  });
});
