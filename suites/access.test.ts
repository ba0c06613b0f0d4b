// Family access: starts judged by the IAM policy the caller carries (examples/access-policy.json limits the first two
// tags, the task list and the type name). The mock enforces the policy itself, with its own evaluator.
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import type { Case } from '../model/case.ts';
import type { TraceEntry } from '../model/trace-entry.ts';
import { runConformance } from '../runner/run-conformance.ts';
import { openTarget } from '../targets/open-target.ts';
import { examplePolicy, runOnTarget, SUITE_SEED } from './run-on-target.ts';
import { MOTO_AVAILABLE, MOTO_REQUIRED } from './moto-available.ts';

const spec = loadSpec();
const SAMPLE = 'access-policy.json';

describe('the access suite with the sample policy', () => {
  it('reports no divergence on the mock, with cases on both sides of every boundary the policy has', async () => {
    const result = await runOnTarget({ families: ['access'], policy: SAMPLE, runs: 30 }, 'mock');
    expect(result.divergences).toEqual([]);
    const sides = (id: string) => Object.keys(result.rules.find((r) => r.id === id)!.coverage.side ?? {}).sort();
    for (const id of [
      'access.resource',
      'access.tagList.member.0',
      'access.tagList.member.1',
      'access.taskList.name',
      'access.workflowType.name',
    ]) {
      expect(sides(id), id).toEqual(expect.arrayContaining(['inside', 'outside']));
    }
    // Keys the sample does not constrain are listed as not run, with the reason, not silently passed.
    const notRun = new Map(result.notRun.map((n) => [n.rule, n.reason]));
    for (const key of ['tagList.member.2', 'tagList.member.3', 'tagList.member.4', 'workflowType.version']) {
      expect(notRun.get(`access.${key}`)).toBe(`the policy puts no condition on swf:${key}`);
    }
  });

  it.each(['tagList.member.0', 'tagList.member.1', 'taskList.name', 'workflowType.name'])(
    'names %s when the mock ignores that condition key',
    async (key) => {
      const result = await runOnTarget(
        { families: ['access'], policy: SAMPLE, runs: 30, quirks: [`policy-ignores-${key}`] },
        'mock',
      );
      expect(result.divergences.length).toBeGreaterThan(0);
      for (const d of result.divergences) {
        expect(d.rule).toBe(`access.${key}`);
        expect(d.explanation).toContain(`as if swf:${key} were not in the request context`);
      }
    },
  );
});

describe("a start whose task list comes only from the type's default", () => {
  it('is judged as the spec says (UNKNOWN: accepted, or refused with OperationNotPermittedFault), and the mock conforms', async () => {
    expect(spec.access.conditionKeys.find((k) => k.key === 'swf:taskList.name')?.fromTypeDefault?.level).toBe(
      'UNKNOWN',
    );
    const { document, parsed } = examplePolicy(SAMPLE);
    const target = await openTarget('mock', { callerPolicy: document });
    const seen: Array<{ kase: Case; trace: TraceEntry[] }> = [];
    try {
      const result = await runConformance({
        spec,
        target,
        seed: SUITE_SEED,
        runs: 40,
        families: ['access'],
        policy: parsed,
        hooks: {
          onCaseResult: ({ rule, kase, trace }) => {
            if (rule.id === 'access.taskList.name') seen.push({ kase, trace });
          },
        },
      });
      expect(result.divergences).toEqual([]);
    } finally {
      await target.close();
    }
    const fromDefault = seen.filter(({ kase }) => kase.request.taskList === undefined);
    // Under StringLikeIfExists orders-*, the type 'full' (default task list <tag>-default-tasks) is the open case.
    const open = fromDefault.filter(({ kase }) => kase.facets?.side === 'unsettled');
    expect(open.length).toBeGreaterThan(0);
    for (const { trace } of open) {
      const answer = trace.find((t) => t.call === 'request');
      // The mock reads the key as absent (IfExists holds): it accepts, which the contract allows.
      expect(answer && 'observed' in answer && answer.observed.ok).toBe(true);
    }
  });
});

describe.skipIf(!MOTO_AVAILABLE && !MOTO_REQUIRED)('the access suite on moto (its IAM observed, not assumed)', () => {
  it('attaches the sample policy to an IAM user and reports every start moto lets through against it', async () => {
    const result = await runOnTarget({ families: ['access'], policy: SAMPLE, runs: 10 }, 'moto');
    // moto 5.2.1 runs without IAM enforcement: every start the policy refuses is accepted, and nothing allowed is
    // refused. (Its answers' Content-Type and effects diverge too, as in every family: baselines/moto-5.2.1.json.)
    const access = result.divergences.filter((d) => d.rule.startsWith('access.'));
    expect([...new Set(access.map((d) => d.kind))]).toEqual(['accepted-invalid']);
    const rules = new Set(access.map((d) => d.rule));
    for (const id of ['access.resource', 'access.tagList.member.0', 'access.taskList.name', 'access.workflowType.name'])
      expect(rules.has(id), id).toBe(true);
  }, 300_000);
});
