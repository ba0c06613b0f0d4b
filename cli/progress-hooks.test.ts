import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import type { Case } from '../model/case.ts';
import type { Divergence } from '../model/divergence.ts';
import { createProgress } from './progress-hooks.ts';

const spec = loadSpec();
const [a, b] = spec.rules.filter((r) => r.family === 'tag-list');
const divergence = { rule: a.id, kind: 'accepted-invalid' } as Divergence;

/** Plays a two-rule run of three cases through the hooks, one divergence in the second case. */
function play(progress: ReturnType<typeof createProgress>): void {
  const result = (rule: typeof a, index: number, divergences: Divergence[]) =>
    progress.hooks.onCaseResult?.({ rule, index, kase: {} as Case, divergences, softFindings: [], trace: [] });
  progress.hooks.onRunStart?.({ rules: 2, cases: 3 });
  progress.hooks.onRuleStart?.({ rule: a, cases: 2 });
  result(a, 0, []);
  result(a, 1, [divergence]);
  progress.hooks.onRuleStart?.({ rule: b, cases: 1 });
  result(b, 0, []);
  progress.finish();
}

describe('progress', () => {
  it('prints plain lines, one a rule, when there is no terminal (or CI=true)', () => {
    const lines: string[] = [];
    play(createProgress({ line: (l) => lines.push(l) }));
    expect(lines).toEqual([
      `[1/2] ${a.id}: 2 cases (done 0/3, divergences so far: 0)`,
      `[2/2] ${b.id}: 1 cases (done 2/3, divergences so far: 1)`,
      'done: 3/3 cases, 1 divergences',
    ]);
  });

  it('redraws one status line on a terminal: cases done of the total, divergences, family and rule; cleared at the end', () => {
    const lines: string[] = [];
    const drawn: string[] = [];
    play(createProgress({ line: (l) => lines.push(l), redraw: (t) => drawn.push(t) }));
    expect(lines).toEqual([]);
    expect(drawn).toContain(`[2/3 cases] 1 divergences · tag-list · ${b.id}`);
    expect(drawn.at(-1)).toBe('');
  });
});

describe.runIf(spawnSync('script', ['--version']).status === 0)(
  'progress of the CLI on a pseudo-terminal (util-linux script)',
  () => {
    const bin = new URL('./bin.mjs', import.meta.url).pathname;
    const onTty = (env: NodeJS.ProcessEnv) =>
      spawnSync(
        'script',
        [
          '-qec',
          `${process.execPath} ${bin} run --target mock --family tag-list --runs 3 --out ${mkdtempSync(join(tmpdir(), 'swfc-tty-'))}`,
          '/dev/null',
        ],
        { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 },
      ).stdout;

    it('redraws a status line and ends with the summary table', () => {
      const out = onTty({ CI: '' });
      // eslint-disable-next-line no-control-regex -- the escape sequence that clears the line is what is tested
      expect(out).toMatch(/\r\x1b\[2K\[\d+\/6 cases\] 0 divergences/);
      expect(out).toMatch(/family\s+rules\s+cases\s+rules diverging\s+divergences/);
    });

    it('prints plain lines with CI=true', () => {
      const out = onTty({ CI: 'true' });
      expect(out).not.toContain('\x1b[2K');
      expect(out).toMatch(/\[1\/2\] tagList\.maxItems: 3 cases/);
    });
  },
);

describe('progress of record and compare', () => {
  const bin = new URL('./bin.mjs', import.meta.url).pathname;
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [bin, ...args], {
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
      timeout: 120_000,
    });
  const dir = () => mkdtempSync(join(tmpdir(), 'swfc-progress-'));

  it('record prints a line a rule and where it got to', () => {
    const r = cli(
      'record',
      '--target',
      'mock',
      '--family',
      'tag-list',
      '--runs',
      '2',
      '--seed',
      '1',
      '--out',
      join(dir(), 'rec.json'),
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^\[1\/2\] tagList\.maxItems: 2 cases/m);
    expect(r.stderr).toMatch(/^done: 4\/4 cases/m);
  });

  it("compare prints each side's progress, marked with the side", () => {
    const r = cli(
      'compare',
      '--a',
      'mock',
      '--b',
      'mock',
      '--family',
      'tag-list',
      '--runs',
      '2',
      '--seed',
      '1',
      '--out',
      dir(),
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^a \(mock\): \[1\/2\] tagList\.maxItems/m);
    expect(r.stderr).toMatch(/^b \(mock\): done: 4\/4 cases/m);
  });
});
