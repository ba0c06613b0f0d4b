import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength } from '../model/request.ts';
import { textOfExactLength, textOfLength } from './text-of-length.ts';
import { anyChar } from './any-char.ts';

// One character of each width: ASCII, two-byte, BMP beyond, astral (two UTF-16 units).
const CLASSES = ['a', 'é', '字', '😀'];
const unit = fc.constantFrom(...CLASSES);

// What textOfExactLength built before it padded with `repeat`: a head, then the pad pushed one character at a time.
const charByChar = (length: fc.Arbitrary<number>) =>
  fc.tuple(fc.string({ unit, maxLength: 16 }), unit, length).map(([head, fill, n]) => {
    const chars = [...head].slice(0, n);
    while (chars.length < n) chars.push(fill);
    return chars.join('');
  });

describe('textOfExactLength', () => {
  it('gives exactly the requested number of code points, of the unit only, every one reachable', () => {
    const seen = new Set<string>();
    for (const n of fc.sample(fc.integer({ min: 0, max: 40_000 }), { seed: 3, numRuns: 100 })) {
      const [s] = fc.sample(textOfExactLength(unit, fc.constant(n)), { seed: n, numRuns: 1 });
      expect(codePointLength(s)).toBe(n);
      for (const ch of new Set(s)) seen.add(ch);
    }
    expect([...seen].sort()).toEqual([...CLASSES].sort());
  });

  it('gives exactly n code points for boundary lengths', () => {
    for (const n of [0, 1, 15, 16, 17, 32_768, 1 << 20])
      for (const s of fc.sample(textOfExactLength(unit, fc.constant(n)), { seed: n, numRuns: 5 }))
        expect(codePointLength(s)).toBe(n);
  });

  it('yields, for a seed, the strings the character-by-character construction yields', () => {
    const length = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constant(32_768));
    for (const seed of [1, 2, 3])
      expect(fc.sample(textOfExactLength(unit, length), { seed, numRuns: 50 })).toEqual(
        fc.sample(charByChar(length), { seed, numRuns: 50 }),
      );
  });
  it('builds a string of one unit, a lone surrogate too, as repeat would, below and past the flat threshold', () => {
    for (const u of ['a', 'ÿ', 'Ā', '字', '😀', '\ud800', '\udfff'])
      for (const n of [1023, 1024, 5000])
        expect(fc.sample(textOfExactLength(fc.constant(u), fc.constant(n)), { seed: n, numRuns: 1 })[0]).toBe(
          u.repeat(n),
        );
  });
});

describe('textOfLength', () => {
  it('stays within its bounds and reaches both limits', () => {
    const lengths = fc.sample(textOfLength(anyChar, 1, 32_768), { seed: 9, numRuns: 150 }).map(codePointLength);
    for (const n of lengths) expect(n >= 1 && n <= 32_768, String(n)).toBe(true);
    expect(lengths).toContain(32_768);
    expect(lengths).toContain(32_767);
    expect(lengths.some((n) => n < 42)).toBe(true);
  });
});

describe('anyChar', () => {
  const binary = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });

  it("draws the values fast-check's one-character binary string draws, seed for seed", () => {
    for (const seed of [1, 2, 3])
      expect(fc.sample(anyChar, { seed, numRuns: 300 })).toEqual(fc.sample(binary, { seed, numRuns: 300 }));
  });

  it('recognises as its own exactly the values that one does', () => {
    for (const v of ['a', '\u0000', '\ud7ff', '\ue000', '😀', '\u{10ffff}', '\ud800', '\udfff', 'ab', '', 7, undefined])
      expect(anyChar.canShrinkWithoutContext(v), JSON.stringify(v)).toBe(binary.canShrinkWithoutContext(v));
  });
});
