// The progress total is the number of cases the run makes: rules that cannot run (access without a policy, limits
// without a quota) are known before the first case and left out of it (issue 15, point 6).
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import { openTarget } from '../targets/open-target.ts';
import { runConformance } from '../runner/run-conformance.ts';

describe('the planned total of a run', () => {
  it('equals the cases it made, with rules that cannot run left out before the first case', async () => {
    const spec = loadSpec();
    const target = await openTarget('mock', {});
    const seen = { planned: 0, rules: 0, done: 0, started: [] as string[] };
    try {
      const result = await runConformance({
        spec,
        target,
        seed: 5,
        runs: 2,
        families: ['tag-list', 'access', 'limits', 'defaults'],
        hooks: {
          onRunStart: (plan) => Object.assign(seen, { planned: plan.cases, rules: plan.rules }),
          onRuleStart: ({ rule }) => seen.started.push(rule.id),
          onCaseResult: () => void seen.done++,
        },
      });
      expect(result.notRun.length).toBeGreaterThan(0);
      expect(seen.planned).toBe(result.cases);
      expect(seen.done).toBe(result.cases);
      expect(seen.rules).toBe(seen.started.length);
      expect(seen.started.filter((id) => result.notRun.some((n) => n.rule === id))).toEqual([]);
    } finally {
      await target.close();
    }
  });
});
