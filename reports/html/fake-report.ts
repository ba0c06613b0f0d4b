import type { Report } from '../report.ts';

type Divergence = Report['divergences'][number];

/** A small hand-made report for the report tests: its rules (family tag-list and 5 cases unless told), no divergence. */
export function fakeReport(
  target: string,
  rules: Array<{ id: string; family?: string; cases?: number }>,
  more: Partial<Report> = {},
): Report {
  return {
    tool: { name: 'swf-conformance', version: '0.0.0' },
    operation: 'StartWorkflowExecution',
    target,
    seed: 1,
    runs: 5,
    runTag: 'swfc-1',
    families: ['tag-list'],
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 1,
    notRun: [],
    inconclusive: [],
    summary: {
      cases: 0,
      calls: 0,
      rules: rules.length,
      rulesWithoutCases: [],
      rulesDiverging: 0,
      divergences: 0,
      byKind: {},
    },
    rules: rules.map((r) => ({
      id: r.id,
      family: (r.family ?? 'tag-list') as Report['rules'][number]['family'],
      summary: `summary of ${r.id}`,
      evidence: { rule: { level: 'DOC', source: 'doc' }, outcome: { level: 'INFER', source: 'guess' } },
      cases: r.cases ?? 5,
      divergences: 0,
      coverage: {},
    })),
    divergences: [],
    ...more,
  } as Report;
}

/** A divergence blamed on `rule`; `caseRule` is the rule whose case found it. */
export function fakeDivergence(
  rule: string,
  kind: Divergence['kind'],
  extra: Partial<Divergence> = {},
  caseRule = rule,
): Divergence {
  return {
    id: `${caseRule}#0.0`,
    rule,
    kind,
    call: 'request',
    request: { domain: 'd', workflowType: { name: 'n', version: '1' }, workflowId: 'w', tagList: ['a'] },
    expected: { outcome: 'reject', rules: [rule], codes: [], anyClientError: true, likelyCodes: [] },
    observed: { ok: true, status: 200 },
    replay: { rule: caseRule, seed: 1, path: '0', runTag: 'swfc-1', target: 't' },
    reproduce: {
      command: `npx swf-conformance replay report.json '${caseRule}#0'`,
      curl: 'curl -sS "$SWF_ENDPOINT"',
      typescript: 'await client.send(cmd);',
    },
    ...extra,
  } as Divergence;
}

type Soft = NonNullable<Report['softFindings']>[number];

/** A soft finding on `rule`: `code` answered where ValidationException is likely. */
export function fakeSoftFinding(rule: string, code = 'UnknownResourceFault', extra: Partial<Soft> = {}): Soft {
  return {
    rule,
    call: 'request',
    request: { domain: 'd'.repeat(300), workflowId: 'w' },
    likelyCodes: ['ValidationException'],
    observed: { status: 400, code, message: `Unknown domain: ${'d'.repeat(300)}` },
    replay: { rule, seed: 1, path: '0', runTag: 'swfc-1', target: 't' },
    ...extra,
  };
}
