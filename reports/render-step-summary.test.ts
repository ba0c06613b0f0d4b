import { describe, expect, it } from 'vitest';
import type { Report } from './report.ts';
import { renderStepSummary } from './render-step-summary.ts';
import { fakeSoftFinding } from './html/fake-report.ts';

type Rule = Report['rules'][number];
type Div = Report['divergences'][number];
const level = { level: 'DOC' as const, source: 'docs' };
const rule = (id: string, family: Rule['family'], cases = 5): Rule => ({
  id,
  family,
  summary: id,
  evidence: { rule: level, outcome: level },
  cases,
  divergences: 0,
  coverage: {},
});
const div = (id: string, ruleId: string, kind: Div['kind'], extra: Partial<Div> = {}): Div => ({
  id,
  rule: ruleId,
  kind,
  call: 'request',
  request: {},
  expected: { outcome: 'reject', rules: [ruleId], codes: [], anyClientError: true, likelyCodes: [] },
  observed: { ok: false, status: 500, code: 'InternalFailure' },
  replay: { rule: ruleId, seed: 7, path: '0', runTag: 'swfc-7', target: 't' },
  ...extra,
});
const report = (target: string, rules: Rule[], divergences: Div[], extra: Partial<Report> = {}): Report => ({
  tool: { name: 'swf-conformance', version: '0.1.0' },
  operation: 'StartWorkflowExecution',
  target,
  seed: 7,
  runs: 5,
  runTag: 'swfc-7',
  families: ['tag-list'],
  startedAt: '2026-11-24T10:00:00.000Z',
  durationMs: 12_345,
  notRun: [],
  inconclusive: [],
  summary: {
    cases: 15,
    calls: 30,
    rules: rules.length,
    rulesWithoutCases: [],
    rulesDiverging: 0,
    divergences: divergences.length,
    byKind: {},
  },
  rules,
  divergences,
  ...extra,
});

const rules = [
  rule('tagList.maxItems', 'tag-list'),
  rule('taskPriority.range', 'value-formats'),
  rule('workflowId.characters', 'characters'),
];
const moto = report(
  'moto',
  rules,
  [
    div('m1', 'tagList.maxItems', 'accepted-invalid', { baselined: true }),
    div('m2', 'taskPriority.range', 'wrong-error', { baselined: false }),
    div('m3', 'taskPriority.range', 'server-error', { baselined: false }),
  ],
  {
    seed: 42,
    baseline: {
      file: 'baselines/moto-5.2.1.json',
      baselined: 1,
      new: 2,
      stale: [{ rule: 'input.maxLength', kind: 'accepted-invalid', target: 'moto', reason: 'fixed' }],
      expired: [
        { rule: 'tagList.maxItems', kind: 'wrong-error', target: 'moto', reason: 'old', expires: '2026-01-01' },
      ],
    },
    stoppedEarly: 'target | broken',
  },
);
const mock = report('mock', rules, [div('k1', 'workflowId.characters', 'wrong-effect', { blamedOn: 'spec' })], {
  shard: { index: 2, count: 3 },
});

describe('renderStepSummary', () => {
  const md = renderStepSummary([moto, mock]);

  it('has a line per run with its target, seed, cases and duration', () => {
    expect(md).toContain(
      '- **moto**: seed 42, 15 cases, 12.3 s: 3 divergences in 2 of 3 rules (**2 new**, 1 baselined). ⚠ stopped early: target \\| broken',
    );
    expect(md).toContain(
      '- **mock** (shard 2/3): seed 7, 15 cases, 12.3 s: 1 divergence in 1 of 3 rules (1 spec in doubt)',
    );
  });

  it('tabulates divergent rules × targets, those failing the run first', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    expect(rows).toEqual([
      '| rule | family | kinds | moto | mock |',
      '| --- | --- | --- | --- | --- |',
      '| taskPriority.range | value-formats | server-error, wrong-error | **2 new** | – |',
      '| tagList.maxItems | tag-list | accepted-invalid | 1 baselined | – |',
      '| workflowId.characters | characters | wrong-effect | – | 1 spec in doubt |',
    ]);
    expect(md).toContain(
      '**Total:** 4 divergences in 3 rules (counted per target) across 2 targets: **2 new**, 1 baselined, 1 spec in doubt.',
    );
  });

  it('gives the baseline verdict: new, stale, expired', () => {
    expect(md).toContain('- **moto** against `baselines/moto-5.2.1.json`: 1 baselined, **2 new**, 1 stale, 1 expired');
    expect(md).toContain('  - stale (no longer seen): input.maxLength accepted-invalid');
    expect(md).toContain('  - **expired 2026-01-01**: tagList.maxItems wrong-error');
  });

  it('counts every divergence with its repeats, in the total as in each run and cell', () => {
    const folded = report(
      'moto',
      rules,
      [
        div('f1', 'tagList.maxItems', 'accepted-invalid', { baselined: true, repeats: 22 }),
        div('f2', 'tagList.maxItems', 'accepted-invalid', { baselined: true }),
        div('f3', 'taskPriority.range', 'server-error', { baselined: false, repeats: 4 }),
      ],
      { baseline: { file: 'b.json', baselined: 24, new: 5, stale: [], expired: [] } },
    );
    const text = renderStepSummary([folded]);
    expect(text).toContain(
      '**Total:** 29 divergences in 2 rules (counted per target) across 1 target: **5 new**, 24 baselined.',
    );
    expect(text).toContain(': 29 divergences in 2 of 3 rules (**5 new**, 24 baselined)');
    expect(text).toContain('| tagList.maxItems | tag-list | accepted-invalid | 24 baselined |');
  });

  it('says "new" only against a baseline', () => {
    const plain = renderStepSummary([report('mock', rules, [div('k2', 'tagList.maxItems', 'server-error')])]);
    expect(plain).toContain('| tagList.maxItems | tag-list | server-error | **1** |');
    expect(plain).not.toContain('### Baseline');
  });

  it('says when nothing diverged', () => {
    const clean = renderStepSummary([report('mock', rules, [])]);
    expect(clean).toContain('No divergences.');
    expect(clean).toContain('**Total:** no divergence across 1 target.');
  });

  it('stays short however big the runs', () => {
    const many = Array.from({ length: 500 }, (_, i) => rule(`rule.${i}`, 'lengths'));
    const stale = Array.from({ length: 100 }, (_, i) => ({
      rule: `old.${i}`,
      kind: 'wrong-error' as const,
      target: 't',
      reason: 'r',
    }));
    const big = Array.from({ length: 30 }, (_, t) =>
      report(
        `target-${t}`,
        many,
        many.map((r, i) => div(`d${i}`, r.id, 'server-error')),
        { baseline: { file: 'b.json', baselined: 0, new: 500, stale, expired: [] } },
      ),
    );
    const lines = renderStepSummary(big).split('\n');
    expect(lines.length).toBeLessThan(200);
    expect(lines).toContain('… and 400 more divergent rules (see report.md)');
    expect(lines).toContain('… and 10 more runs (see report.md)');
    expect(lines.some((l) => /^… and \d+ more baseline lines/.test(l))).toBe(true);
  });
});

describe('renderStepSummary of soft findings', () => {
  const soft = report('mock', rules, [], {
    softFindings: [fakeSoftFinding('tagList.maxItems', 'UnknownResourceFault', { repeats: 2 })],
  });

  it("counts them apart on the run's line and names them under the total, not in the divergent rules", () => {
    const md = renderStepSummary([soft, moto]);
    expect(md).toContain('no divergence in 3 rules; 3 soft findings (not divergences)');
    expect(md).toContain(
      '**Soft findings:** 3 cases refused with a client error other than the likely code (not divergences, never a failure): tagList.maxItems answered UnknownResourceFault on mock.',
    );
    // The mock's cell of the rule stays empty: a soft finding is no divergence.
    expect(md).toContain('| tagList.maxItems | tag-list | accepted-invalid | – | 1 baselined |');
    expect(renderStepSummary([moto])).not.toContain('soft finding');
  });
});
