import fc from 'fast-check';
import type { Spec } from '../spec/spec-types.ts';

// Surrogate code points are not characters: no valid JSON string holds one alone.
const SURROGATES: [number, number] = [0xd800, 0xdfff];
const COMMON = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~ =+@#';

/** The code point intervals the spec's character rule allows (below 0x110000, surrogates excluded). */
export function allowedIntervals(spec: Spec): Array<[number, number]> {
  const holes = [
    ...spec.characterRule.forbiddenChars.map((c) => [c.codePointAt(0)!, c.codePointAt(0)!] as [number, number]),
    ...spec.characterRule.forbiddenRanges,
    SURROGATES,
  ].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  let next = 0;
  for (const [lo, hi] of holes) {
    if (lo > next) out.push([next, lo - 1]);
    next = Math.max(next, hi + 1);
  }
  out.push([next, 0x10ffff]);
  return out;
}

/** Yields one character the character rule allows: mostly plain ASCII, often any allowed BMP or astral character. */
export function allowedChar(spec: Spec): fc.Arbitrary<string> {
  const intervals = allowedIntervals(spec);
  const total = intervals.reduce((n, [lo, hi]) => n + hi - lo + 1, 0);
  const anyAllowed = fc.integer({ min: 0, max: total - 1 }).map((i) => {
    for (const [lo, hi] of intervals) {
      if (i <= hi - lo) return String.fromCodePoint(lo + i);
      i -= hi - lo + 1;
    }
    throw new Error('unreachable');
  });
  const common = [...COMMON].filter((c) =>
    intervals.some(([lo, hi]) => c.codePointAt(0)! >= lo && c.codePointAt(0)! <= hi),
  );
  return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...common) }, { weight: 1, arbitrary: anyAllowed });
}
