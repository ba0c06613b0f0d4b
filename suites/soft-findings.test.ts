// Soft findings: a mock that refuses a too-long domain with UnknownResourceFault (a client error, as the contract allows,
// where ValidationException is likely) gets them listed in every report file, never as a divergence nor an exit 1;
// the faithful mock gets none.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../reports/report.ts';
import { runOnTarget } from './run-on-target.ts';
import { FAMILIES_BUT_LIFECYCLE } from './broken-mocks.ts';

const BIN = new URL('../cli/bin.mjs', import.meta.url).pathname;
const XSD = new URL('../reports/junit/junit.xsd', import.meta.url).pathname;
const XMLLINT = spawnSync('xmllint', ['--version']).error === undefined;
const QUIRK = 'overlong-domain-unknown-resource';

describe(`a run on a mock broken by ${QUIRK}`, () => {
  const out = mkdtempSync(join(tmpdir(), 'swfc-soft-'));
  const baseline = join(out, 'baseline.json');
  let run: SpawnSyncReturns<string>;
  beforeAll(() => {
    writeFileSync(baseline, JSON.stringify({ entries: [] }));
    run = spawnSync(
      process.execPath,
      [
        BIN,
        'run',
        '--target',
        'mock',
        '--mock-quirk',
        QUIRK,
        '--seed',
        '3',
        '--runs',
        '4',
        '--family',
        'lengths',
        '--baseline',
        baseline,
        '--out',
        out,
        '--quiet',
      ],
      { encoding: 'utf8', timeout: 300_000 },
    );
  }, 300_000);
  const read = (name: string) => readFileSync(join(out, name), 'utf8');

  it('lists a soft finding on domain.maxLength, with no divergence and exit 0 against a baseline that excuses nothing', () => {
    expect(run.status, run.stderr).toBe(0);
    const report: Report = JSON.parse(read('report.json'));
    expect(report.summary.divergences).toBe(0);
    expect(report.baseline).toMatchObject({ baselined: 0, new: 0 });
    expect(report.softFindings?.map((f) => [f.rule, f.observed.code, f.likelyCodes])).toEqual([
      ['domain.maxLength', 'UnknownResourceFault', ['ValidationException']],
    ]);
    const [first] = report.softFindings!;
    expect(first).toMatchObject({
      call: 'request',
      replay: { rule: 'domain.maxLength', seed: 3, path: '0' },
      observed: { status: 400, message: expect.stringContaining('Unknown domain') },
    });
    expect(String(first.request.domain).length).toBeGreaterThan(256);
    // The run's domain.maxLength cases all answered the same code: one listed, the others counted.
    expect(report.summary.softFindings).toBe(1 + (first.repeats ?? 0));
    expect(report.summary.softFindings).toBe(report.rules.find((r) => r.id === 'domain.maxLength')!.cases);
    expect(run.stdout).toContain(`${report.summary.softFindings} soft findings`);
  });

  it('shows it in report.md, report.html, summary.md, junit.xml (as system-out, not a failure) and results.jsonl', () => {
    expect(read('report.md')).toContain(
      '### domain.maxLength: UnknownResourceFault (400) where ValidationException is likely',
    );
    expect(read('report.html')).toMatch(/<article class="soft" id="soft-0" data-rule="domain.maxLength"/);
    expect(read('summary.md')).toContain(`domain.maxLength answered UnknownResourceFault on mock+${QUIRK}`);
    const xml = read('junit.xml');
    expect(xml).not.toContain('<failure');
    expect(xml).toMatch(/name="domain.maxLength"[^>]*>\s*<system-out>\d+ soft findings? \(not a failure/);
    expect(xml).toMatch(/<property name="softFindings" value="\d+"\/>/);
    const lines = read('results.jsonl')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { rule: string; softFindings?: unknown[] });
    expect(lines.filter((l) => l.softFindings).map((l) => l.rule)).toEqual(
      lines.filter((l) => l.rule === 'domain.maxLength').map((l) => l.rule),
    );
  });

  it.runIf(XMLLINT || process.env.CI === 'true')(
    'writes that junit.xml valid against the JUnit schema (xmllint)',
    () => {
      const lint = spawnSync('xmllint', ['--noout', '--schema', XSD, join(out, 'junit.xml')], { encoding: 'utf8' });
      expect(lint.status, lint.stderr).toBe(0);
    },
  );
});

describe('a run on the faithful mock', () => {
  it('has no soft finding in any family but lifecycle', async () => {
    const result = await runOnTarget({ runs: 5, families: FAMILIES_BUT_LIFECYCLE }, 'mock');
    expect(result.divergences).toEqual([]);
    expect(result.softFindings).toEqual([]);
  });
});
