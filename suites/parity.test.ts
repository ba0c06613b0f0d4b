// `import` then `parity`, as a user runs them: real recorded cassettes replayed against the mock, broken mocks and moto.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../cli/run-in-process.test-support.ts';
import type { ParityResult } from '../recordings/parity/parity-result.ts';
import { MOTO_AVAILABLE } from './moto-available.ts';

const CASSETTES = new URL('../recordings/fixtures/simpleflow/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'swfc-parity-'));

/** Runs the CLI in this process; resolves to its exit code and what it printed. */
async function cli(...argv: string[]) {
  const r = await runInProcess(...argv);
  return { code: r.code, text: [r.out, ...r.err].join('\n') };
}

/** Imports cassettes into one recording; returns its path. */
async function imported(name: string, ...files: string[]): Promise<string> {
  const out = join(dir, `${name}.json`);
  const r = await cli('import', ...files.map((f) => join(CASSETTES, f)), '--out', out);
  expect(r.code, r.text).toBe(0);
  return out;
}

/** Runs parity; returns its exit code and report. */
async function parity(recording: string, ...args: string[]) {
  const out = mkdtempSync(join(dir, 'out-'));
  const r = await cli('parity', recording, '--out', out, '--quiet', ...args);
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as ParityResult;
  return { ...r, report, out };
}

// The differences the README documents, with their reason: the only ones the mock may show against real cassettes.
const DOCUMENTED = (() => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.split('#### Differences parity shows on the mock')[1]?.split('\n#')[0] ?? '';
  return new Set(
    [...section.matchAll(/^\| (\w+) \| ([a-z-]+) \| `([^`]+)` \| [^|]*\S[^|]* \|$/gm)].map(
      (m) => `${m[1]} ${m[2]} ${m[3]}`,
    ),
  );
})();

const ALL = [
  'test_simpleflow_workflow_start.yaml',
  'test_child_workflow.yaml',
  'test_simpleflow_activity_rerun.yaml',
  'test_failing_workflow_input.yaml',
];

describe('parity of real recorded cassettes', () => {
  let all: string;
  let onMock: Awaited<ReturnType<typeof parity>>;
  beforeAll(async () => {
    all = await imported('all', ...ALL);
    onMock = await parity(all, '--target', 'mock');
  });

  it('shows on the mock no difference the README does not document, each one it documents, and none for the 2023 cassette', async () => {
    const { report } = onMock;
    expect(report.summary.sent).toBe(report.summary.interactions);
    const found = new Set(report.groups.map((g) => `${g.operation} ${g.kind} ${g.path}`));
    expect([...found].filter((g) => !DOCUMENTED.has(g))).toEqual([]);
    // A row the mock no longer shows is stale: the table must say what is true.
    expect([...DOCUMENTED].filter((g) => !found.has(g))).toEqual([]);
    const recent = await parity(await imported('recent', 'test_failing_workflow_input.yaml'), '--target', 'mock');
    expect(recent.code, recent.text).toBe(0);
    expect(recent.report.summary).toMatchObject({ differences: 0, partial: 2 });
  });

  it('compares only what the replayed calls determine where a worker in another process acted, and says why', () => {
    const history = onMock.report.interactions.filter((i) => i.operation === 'GetWorkflowExecutionHistory');
    expect(history.length).toBeGreaterThan(0);
    for (const h of history) expect(h.partial?.reason).toMatch(/PollForDecisionTask the recording lacks/);
    expect(readFileSync(join(onMock.out, 'report.md'), 'utf8')).toMatch(/## Compared in part, or not sent/);
  });

  it.each([
    ['ignore-tasklist-override', 'DescribeWorkflowExecution', 'value', 'executionConfiguration.taskList.name'],
    ['json-as-text-html', 'StartWorkflowExecution', 'content-type', undefined],
  ])('finds the broken mock %s: %s %s', async (quirk, operation, kind, path) => {
    const r = await parity(all, '--target', 'mock', '--mock-quirk', quirk);
    expect(r.code, r.text).toBe(1);
    expect(r.report.groups).toContainEqual(expect.objectContaining({ operation, kind, ...(path ? { path } : {}) }));
  });

  it.runIf(MOTO_AVAILABLE)(
    "lists moto's differences",
    async () => {
      const r = await parity(all, '--target', 'moto');
      expect(r.code, r.text).toBe(1);
      expect(r.report.groups.length).toBeGreaterThan(0);
      const junit = readFileSync(join(r.out, 'junit.xml'), 'utf8');
      expect(junit).toMatch(/<failure message="\d+ differences from the recorded answer"/);
    },
    120_000,
  );

  it('serves as evidence: run --evidence judges the real starts, and the spec holds against them', async () => {
    const out = mkdtempSync(join(dir, 'run-'));
    const r = await cli(
      'run',
      '--target',
      'mock',
      '--family',
      'tag-list',
      '--runs',
      '2',
      '--evidence',
      all,
      '--out',
      out,
      '--quiet',
    );
    expect(r.code, r.text).toBe(0);
    expect(r.text).toMatch(
      /evidence .*\(imported: .*test_child_workflow\.yaml.*\): \d+ rules observed; spec contradicted for: none/,
    );
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.evidence).toMatchObject({ specDivergences: [] });
  });
});
