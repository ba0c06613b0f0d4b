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
    return chars.length > n ? chars.slice(0, n).join('') : padded(head, fill, n - chars.length);
  });
}

// From this many UTF-16 units on, a padded string is built flat: `head + fill.repeat(k)` is a rope, which V8 then
// reads through an indirection at every charCodeAt (the SDK's JSON writer and the oracle's checks read it whole).
const FLAT_FROM = 1024;
// A code unit past Latin-1: strings without one are one byte a unit in V8, which latin1 keeps; ucs2 carries any UTF-16.
const PAST_LATIN1 = /[\u0100-\uffff]/;

// Strings are built in this buffer when they fit (a 32 Ki-character input does), so that building one allocates only
// the string itself; a longer one gets a buffer of its own.
const scratch = Buffer.allocUnsafe(256 * 1024);

/** `head` then `count` times `fill`, as one flat string when it is long: the same string, cheaper to read. */
function padded(head: string, fill: string, count: number): string {
  const length = head.length + fill.length * count;
  if (length < FLAT_FROM) return head + fill.repeat(count);
  const encoding = PAST_LATIN1.test(head) || PAST_LATIN1.test(fill) ? 'ucs2' : 'latin1';
  const width = encoding === 'latin1' ? 1 : 2;
  const size = width * length;
  const units = size <= scratch.length ? scratch : Buffer.allocUnsafe(size);
  units.write(head, 0, encoding);
  if (count > 0) units.fill(fill, width * head.length, size, encoding);
  return units.toString(encoding, 0, size);
}
