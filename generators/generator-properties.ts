import fc from 'fast-check';
import type { Rule, Spec } from '../spec/spec-types';
import type { Case } from '../model/case';
import type { World } from '../model/world';
import { simulateCase } from '../oracle/simulate-case';

// Property helpers that test the generators themselves, in the manner of fast-check's own arbitrary tests.

/** The rules a case's request breaks once its preparation has run on a conforming target (empty when it is valid). */
export function rulesBrokenBy(spec: Spec, world: World, c: Case): string[] {
  const { steps, final } = simulateCase(spec, world, c);
  for (const step of steps) {
    if (step !== 'terminate' && step.outcome === 'reject') return [`(preparation breaks ${step.rules.join(', ')})`];
  }
  return final.outcome === 'reject' ? final.rules : [];
}

/** The rules a case of this rule must break: the rule itself, or none for allowances. */
export function intendedBreaks(rule: Rule): string[] {
  return 'succeed' in rule.expect ? [] : [rule.id];
}

/** Same seed, same values. */
export function sampleTwice<T>(arb: fc.Arbitrary<T>, seed: number, numRuns: number): [T[], T[]] {
  return [fc.sample(arb, { seed, numRuns }), fc.sample(arb, { seed, numRuns })];
}

/**
 * Every value a failing property is shrunk through, starting from generated ones: the property always fails, so
 * fast-check shrinks as far as it can, and each value it tries is recorded.
 */
export function valuesSeenWhileShrinking<T>(arb: fc.Arbitrary<T>, seed: number): T[] {
  const seen: T[] = [];
  fc.check(fc.property(arb, (v) => { seen.push(v); return false; }), { seed, numRuns: 1 });
  return seen;
}
