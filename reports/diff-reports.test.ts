import { describe, expect, it } from 'vitest';
import type { Report } from './report.ts';
import { diffReports, hasRegressions, renderReportDiff } from './diff-reports.ts';
import { fakeSoftFinding } from './html/fake-report.ts';

type Div = Report['divergences'][number];
const reject = { outcome: 'reject' as const, rules: [], codes: [], anyClientError: true, likelyCodes: [] };
const fail = (status: number | undefined, code: string, message = 'varies') => ({
  ok: false as const,
  status,
  code,
  message,
});
const div = (
  id: string,
  rule: string,
  kind: Div['kind'],
  observed: Div['observed'],
  extra: Partial<Div> = {},
): Div => ({
  id,
  rule,
  kind,
  call: 'request',
  request: {},
  expected: reject,
  observed,
  replay: { rule, seed: 1, path: '0', runTag: 't', target: 'moto' },
  ...extra,
});
const effect = (value: unknown) => ({ effect: value, source: 'describe' });
const report = (seed: number, version: string, divergences: Div[]): Report => ({
  tool: { name: 'swf-conformance', version },
  operation: 'StartWorkflowExecution',
  target: 'moto',
  seed,
  runs: 5,
  runTag: `swfc-${seed}`,
  families: ['tag-list'],
  startedAt: '2026-11-24T10:00:00.000Z',
  durationMs: 1000,
  notRun: [],
  inconclusive: [],
  summary: {
    cases: 10,
    calls: 20,
    rules: 5,
    rulesWithoutCases: [],
    rulesDiverging: 0,
    divergences: divergences.length,
    byKind: {},
  },
  rules: [],
  divergences,
});

// Two releases, two seeds: ids, messages and runIds all differ; only behaviour should count.
const old = report(1, '0.1.0', [
  div('a1', 'tagList.maxItems', 'accepted-invalid', { ok: true, status: 200, runId: 'r1' }, { baselined: true }),
  div('a2', 'tagList.maxItems', 'accepted-invalid', { ok: true, status: 200, runId: 'r2' }, { baselined: true }),
  div('a3', 'taskPriority.range', 'wrong-error', fail(400, 'ValidationException')),
  div('a4', 'input.maxLength', 'server-error', fail(500, 'HTTP500')),
  div('a5', 'effects.tagList', 'wrong-effect', effect(undefined)),
  div('a6', 'lengths.domain', 'server-error', fail(500, 'HTTP500')),
  div('a7', 'wire.badSignature', 'target-corrupted', { effect: fail(undefined, 'ECONNRESET'), source: 'health-check' }),
]);
const next = report(2, '0.2.0', [
  div('b1', 'tagList.maxItems', 'accepted-invalid', { ok: true, status: 200, runId: 'r9' }, { baselined: true }),
  div('b2', 'tagList.maxItems', 'accepted-invalid', { ok: true, status: 200, runId: 'r8' }, { baselined: true }),
  div('b3', 'taskPriority.range', 'wrong-error', fail(400, 'UnknownResourceFault', 'other text')),
  div('b5', 'effects.tagList', 'wrong-effect', effect(['a|b'])),
  div('b6', 'lengths.domain', 'server-error', fail(500, 'HTTP500', 'other text')),
  div('b7', 'lengths.domain', 'server-error', fail(500, 'HTTP500')),
  div('b8', 'workflowId.characters', 'rejected-valid', fail(400, 'ValidationException')),
  div('b9', 'wire.badSignature', 'target-corrupted', {
    effect: fail(undefined, 'ECONNRESET', 'socket hang up'),
    source: 'health-check',
  }),
]);
const keys = (list: Array<{ rule: string; kind: string }>) => list.map((g) => `${g.rule} ${g.kind}`);

describe('diffReports', () => {
  const diff = diffReports(old, next);

  it('matches divergences by target, rule and kind, not by id or seed', () => {
    expect(keys(diff.appeared)).toEqual(['workflowId.characters rejected-valid']);
    expect(keys(diff.disappeared)).toEqual(['input.maxLength server-error']);
    expect(keys(diff.unchanged)).toEqual(['tagList.maxItems accepted-invalid', 'wire.badSignature target-corrupted']);
    expect(diff.old).toMatchObject({ target: 'moto', seed: 1, version: '0.1.0', divergences: 7 });
    expect(diff.next).toMatchObject({ target: 'moto', seed: 2, version: '0.2.0', divergences: 8 });
  });

  it('counts a group changed when its count or its set of observed answers differs', () => {
    expect(diff.changed.map(({ old: o, next: n }) => [o.rule, o.count, n.count, o.observed, n.observed])).toEqual([
      ['effects.tagList', 1, 1, ['describe: absent'], ['describe: ["a|b"]']],
      ['lengths.domain', 1, 2, ['500 HTTP500'], ['500 HTTP500']],
      ['taskPriority.range', 1, 1, ['400 ValidationException'], ['400 UnknownResourceFault']],
    ]);
  });

  it('keeps observed answers to status and code, and a health check failure as an answer', () => {
    expect(diff.unchanged.map((g) => g.observed)).toEqual([['200 accepted'], ['health-check: no answer ECONNRESET']]);
    expect(diff.unchanged[0].baselined).toBe(true);
  });

  it('counts a group with its repeats: 25 divergences (3 listed, 22 repeats) going to 5 is a change', () => {
    const required = (id: string, repeats?: number) =>
      div(id, 'domain.required', 'server-error', fail(500, 'HTTP500'), repeats ? { repeats } : {});
    const before = report(1, '0.1.0', [required('r0', 22), required('r1'), required('r2')]);
    const after = report(1, '0.2.0', [required('s0', 2), required('s1'), required('s2')]);
    const changed = diffReports(before, after);
    expect(changed.changed.map(({ old: o, next: n }) => [o.rule, o.count, n.count])).toEqual([
      ['domain.required', 25, 5],
    ]);
    expect(changed.unchanged).toEqual([]);
    expect(hasRegressions(changed)).toBe(true);
    expect(renderReportDiff(changed)).toContain(
      '| moto | domain.required | server-error | 25 → 5 | 500 HTTP500 | 500 HTTP500 |',
    );
    expect(diffReports(before, before).unchanged.map((g) => g.count)).toEqual([25]);
  });

  it('reports regressions only when something appeared or changed', () => {
    expect(hasRegressions(diff)).toBe(true);
    expect(hasRegressions(diffReports(old, old))).toBe(false);
    const fixed = report(
      3,
      '0.3.0',
      old.divergences.filter((d) => d.rule !== 'input.maxLength'),
    );
    const better = diffReports(old, fixed);
    expect(keys(better.disappeared)).toEqual(['input.maxLength server-error']);
    expect(hasRegressions(better)).toBe(false);
  });
});

describe('renderReportDiff', () => {
  const md = renderReportDiff(diffReports(old, next));

  it('gives both runs with their seeds, and the summary counts', () => {
    expect(md).toContain(
      '- old: `moto`, seed 1, 5 runs per rule, swf-conformance 0.1.0, 2026-11-24T10:00:00.000Z: 7 divergences',
    );
    expect(md).toContain(
      '- new: `moto`, seed 2, 5 runs per rule, swf-conformance 0.2.0, 2026-11-24T10:00:00.000Z: 8 divergences',
    );
    expect(md).toContain('**1 appeared, 1 disappeared, 3 changed**, 2 unchanged');
    expect(md).not.toContain('different targets');
  });

  it('lists each group with its observed answers, cells escaped', () => {
    expect(md).toContain('## Appeared (1)');
    expect(md).toContain('| moto | workflowId.characters | rejected-valid | 1 | 400 ValidationException |');
    expect(md).toContain('| moto | effects.tagList | wrong-effect | 1 | describe: absent | describe: ["a\\|b"] |');
    expect(md).toContain('| moto | lengths.domain | server-error | 1 → 2 | 500 HTTP500 | 500 HTTP500 |');
    expect(md).toContain('## Disappeared (1)');
    expect(md).toContain('| moto | input.maxLength | server-error | 1 | 500 HTTP500 |');
  });

  it('says when the reports are of different targets, and leaves out empty sections', () => {
    const other = renderReportDiff(diffReports(old, { ...report(1, '0.1.0', []), target: 'mock' }));
    expect(other).toContain('**The reports are of different targets**');
    expect(other).not.toContain('## Appeared');
    expect(other).toContain('## Disappeared (6)');
  });
});

describe('diffReports of soft findings', () => {
  const withSoft = (seed: number, ...soft: Array<[string, string, number?]>) => ({
    ...report(seed, '0.2.0', []),
    softFindings: soft.map(([rule, code, repeats]) => fakeSoftFinding(rule, code, repeats ? { repeats } : {})),
  });
  const before = withSoft(
    1,
    ['domain.maxLength', 'UnknownResourceFault', 2],
    ['workflowId.maxLength', 'UnknownResourceFault'],
  );
  const after = withSoft(
    2,
    ['domain.maxLength', 'UnknownResourceFault', 2],
    ['taskList.name.maxLength', 'AccessDeniedException', 1],
  );
  const diff = diffReports(before, after);

  it('lists the soft findings whose count changed, by target, rule and code, never as a regression', () => {
    expect(diff.soft.map((g) => [g.rule, g.code, g.before, g.now])).toEqual([
      ['taskList.name.maxLength', 'AccessDeniedException', 0, 2],
      ['workflowId.maxLength', 'UnknownResourceFault', 1, 0],
    ]);
    expect([diff.old.softFindings, diff.next.softFindings]).toEqual([4, 5]);
    expect(hasRegressions(diff)).toBe(false);
    expect(diffReports(before, before).soft).toEqual([]);
    expect(diffReports(old, next).soft).toEqual([]);
  });

  it("renders them in a section of their own, and counts them beside each run's divergences", () => {
    const md = renderReportDiff(diff);
    expect(md).toContain(': 0 divergences, 4 soft findings');
    expect(md).toContain('## Soft findings that changed (not regressions) (2)');
    expect(md).toContain('| moto | taskList.name.maxLength | AccessDeniedException | ValidationException | 0 | 2 |');
  });
});
