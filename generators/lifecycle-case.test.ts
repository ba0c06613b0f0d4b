import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import { buildWorld } from '../model/build-world.ts';
import { constraintsFromSpec } from './constraints.ts';
import { lifecycleCase } from './lifecycle-case.ts';
import { effectiveConfig } from '../oracle/effective-config.ts';
import { findType } from '../model/world.ts';

const spec = loadSpec();
const world = buildWorld(spec, 'lc-test');
const c = constraintsFromSpec(spec);
const rules = spec.rules.filter((r) => r.family === 'lifecycle');
const { executionSeconds, decisionSeconds } = spec.lifecycle.timeouts;

describe.each(rules.map((r) => [r.id, r] as const))('lifecycle cases of %s', (_id, rule) => {
  const cases = fc.sample(lifecycleCase(rule, c, world), { seed: 5, numRuns: 60 });
  const configOf = (k: (typeof cases)[number]) => {
    const r = k.request as { domain: string; workflowType: { name: string; version: string } };
    return effectiveConfig(spec, findType(world, r.domain, r.workflowType.name, r.workflowType.version)!, k.request);
  };

  it('poll, count and start only what the run owns: every task list and workflowId it adds is run-tagged', () => {
    for (const k of cases) {
      const plan = k.lifecycle!;
      const lists = [configOf(k).taskList, plan.otherList, plan.child?.taskList].filter((l): l is string => !!l);
      for (const l of lists) expect(l.startsWith(world.runTag), l).toBe(true);
      for (const id of [
        ...(plan.siblings ?? []).map((s) => s.workflowId),
        plan.child?.workflowId,
        plan.lacking?.workflowId,
      ].filter(Boolean)) {
        expect(String(id).startsWith(world.runTag)).toBe(true);
      }
      // Two rules' cases drawn with one seed must not share a workflowId (they run side by side).
      expect(String(k.request.workflowId)).toContain(plan.behaviour);
    }
  });

  it("waits only on time-outs within the spec's ranges, and keeps every other execution open long enough to be watched", () => {
    for (const k of cases) {
      const config = configOf(k);
      const exec = Number(config.executionStartToCloseTimeout);
      const timed = k.lifecycle!.behaviour === 'executionTimeout' || k.lifecycle!.closeBy === 'timeout';
      const [min, max] = timed ? [executionSeconds.min, executionSeconds.max] : [300, Infinity];
      expect(exec).toBeGreaterThanOrEqual(min);
      expect(exec).toBeLessThanOrEqual(max);
      if (k.lifecycle!.behaviour === 'decisionTimeout' && config.taskStartToCloseTimeout !== 'NONE') {
        expect(Number(config.taskStartToCloseTimeout)).toBeLessThanOrEqual(decisionSeconds.max);
      }
    }
  });
});

it('draws both task list sources, every child policy and both ways to close a parent, and NONE task time-outs', () => {
  const sample = (id: string) =>
    fc.sample(
      lifecycleCase(
        rules.find((r) => r.id === id)!,
        c,
        world,
      ),
      { seed: 9, numRuns: 60 },
    );
  const facet = (id: string, name: string) => new Set(sample(id).map((k) => k.facets?.[name]));
  expect(facet('lifecycle.decisionTask.scheduled', 'taskList')).toEqual(new Set(['request', 'type default']));
  expect(facet('lifecycle.childPolicy.applied', 'childPolicy')).toEqual(
    new Set(['TERMINATE', 'REQUEST_CANCEL', 'ABANDON']),
  );
  expect(facet('lifecycle.childPolicy.applied', 'closeBy')).toEqual(new Set(['terminate', 'timeout']));
  expect(facet('lifecycle.decisionTimeout', 'taskStartToCloseTimeout')).toEqual(new Set(['seconds', 'NONE']));
  expect(facet('lifecycle.priority.order', 'priorities')).toEqual(new Set(['distinct', 'with ties']));
});
