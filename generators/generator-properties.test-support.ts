import fc from 'fast-check';

// Property helpers that test the generators themselves, in the manner of fast-check's own arbitrary tests.

/** Whether a generated case breaks exactly its rule: the oracle's judgement, shared with on-target shrinking. */
export { rulesBrokenByCase as rulesBrokenBy, intendedBreaks } from '../oracle/rules-broken-by-case.ts';

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
  fc.check(
    fc.property(arb, (v) => {
      seen.push(v);
      return false;
    }),
    { seed, numRuns: 1 },
  );
  return seen;
}
