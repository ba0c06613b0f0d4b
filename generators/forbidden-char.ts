import fc from 'fast-check';
import type { Spec } from '../spec/spec-types.ts';

/** Yields one character the character rule forbids: each listed character and each range equally often. */
export function forbiddenChar(spec: Spec): fc.Arbitrary<string> {
  const singles = spec.characterRule.forbiddenChars.map((c) => fc.constant(c));
  const ranges = spec.characterRule.forbiddenRanges.map(([lo, hi]) =>
    fc.integer({ min: lo, max: hi }).map((cp) => String.fromCodePoint(cp)),
  );
  return fc.oneof(...singles, ...ranges);
}
