import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec';
import { buildWorld } from '../model/build-world';
import { constraintsFromSpec } from './constraints';
import { caseForRule, hasOwnCases } from './case-for-rule';
import { intendedBreaks, rulesBrokenBy, sampleTwice, valuesSeenWhileShrinking } from './generator-properties';

const spec = loadSpec();
const world = buildWorld(spec, 'gen-test');
const c = constraintsFromSpec(spec);
const rules = spec.rules.filter(hasOwnCases);

describe.each(rules.map((r) => [r.id, r] as const))('generator of %s', (_id, rule) => {
  const arb = caseForRule(rule, c, world);

  it('gives the same cases for the same seed', () => {
    const [a, b] = sampleTwice(arb, 42, 20);
    expect(a).toEqual(b);
  });

  it('yields only cases that break exactly its rule (none for an allowance)', () => {
    for (const kase of sampleTwice(arb, 7, 60)[0]) {
      expect(kase.rule).toBe(rule.id);
      expect(rulesBrokenBy(spec, world, kase), JSON.stringify(kase).slice(0, 400)).toEqual(intendedBreaks(rule, kase));
    }
  });

  it('keeps breaking exactly its rule while shrinking', () => {
    for (const seed of [1, 2, 3]) {
      const seen = valuesSeenWhileShrinking(arb, seed);
      expect(seen.length).toBeGreaterThan(0);
      // A combination's shrinking may move to another pair of rules; each value must still break exactly its own pair.
      for (const kase of seen) expect(rulesBrokenBy(spec, world, kase)).toEqual(intendedBreaks(rule, kase));
    }
  });
});
