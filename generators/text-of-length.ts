import fc from 'fast-check';

/**
 * Yields strings of `unit` characters whose code-point length is in [min, max], often exactly at either end:
 * fast-check's own sizes rarely reach a limit of 256 or 32768.
 */
export function textOfLength(unit: fc.Arbitrary<string>, min: number, max: number): fc.Arbitrary<string> {
  const free = fc.string({ unit, minLength: min, maxLength: Math.min(max, min + 40) });
  const arbs = [free, textOfExactLength(unit, fc.constant(max))];
  if (max > min) arbs.push(textOfExactLength(unit, fc.constant(Math.max(min, max - 1))));
  // Cross-shrinking lets a string at the limit shrink into the free, short ones.
  return fc.oneof({ withCrossShrink: true }, ...arbs);
}

/**
 * Yields strings of exactly `length` code points: a short random head padded with one repeated character. Long
 * strings stay cheap to shrink, since only the head and the pad character shrink, and cheap to build: the pad is one
 * `repeat`, not a character at a time.
 */
export function textOfExactLength(unit: fc.Arbitrary<string>, length: fc.Arbitrary<number>): fc.Arbitrary<string> {
  return fc.tuple(fc.string({ unit, maxLength: 16 }), unit, length).map(([head, fill, n]) => {
    const chars = [...head];
    return chars.length > n ? chars.slice(0, n).join('') : head + fill.repeat(n - chars.length);
  });
}
