import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadSpec } from '../spec/load-spec.ts';
import { parsePolicy } from '../oracle/policy/parse-policy.ts';
import { buildWorld } from '../model/build-world.ts';
import { RuleNotApplicable, type World } from '../model/world.ts';
import { constraintsFromSpec } from './constraints.ts';
import { caseForRule, hasOwnCases } from './case-for-rule.ts';
import {
  intendedBreaks,
  rulesBrokenBy,
  sampleTwice,
  valuesSeenWhileShrinking,
} from './generator-properties.test-support.ts';

const spec = loadSpec();
const plainWorld = buildWorld(spec, 'gen-test');
const c = constraintsFromSpec(spec);
const rules = spec.rules.filter(hasOwnCases);
// The access rules need the caller's policy (each example's own boundaries), the limits rules a quota.
const policyOf = (file: string) =>
  parsePolicy(spec.access, JSON.parse(readFileSync(new URL(`../examples/${file}`, import.meta.url), 'utf8')), {
    partition: 'aws',
    region: 'us-east-1',
    account: '123456789012',
  });
const worlds = (family: string): Array<[string, World]> =>
  family === 'access'
    ? ['access-policy.json', 'access-policy-every-key.json'].map((f) => [
        f,
        { ...plainWorld, callerPolicy: policyOf(f) },
      ])
    : family === 'limits'
      ? [['quota 3', { ...plainWorld, quotas: { openExecutionsPerDomain: 3 } }]]
      : [['', plainWorld]];
const applicable = rules
  .flatMap((r) => worlds(r.family).map(([label, world]) => [`${r.id}${label ? ` (${label})` : ''}`, r, world] as const))
  .filter(([, r, world]) => {
    try {
      caseForRule(r, c, world);
      return true;
    } catch (e) {
      if (e instanceof RuleNotApplicable) return false;
      throw e;
    }
  });

it('gives every access rule cases under one of the example policies', () => {
  for (const r of rules.filter((x) => x.family === 'access'))
    expect(
      applicable.some(([, x]) => x === r),
      r.id,
    ).toBe(true);
});

describe.each(applicable)('generator of %s', (_id, rule, world) => {
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
