import { describe, expect, it } from 'vitest';
import { codePointLength } from '../../model/request.ts';
import { atLeastCodePoints, atMostCodePoints } from './code-point-bounds.ts';

describe('code point bounds', () => {
  // Astral characters are two UTF-16 units: lengths between the bounds must be counted.
  const samples = ['', 'a', 'ab', '😀', 'a😀', '😀😀', 'a😀b', '😀😀😀', 'abcd', '\uD800', '😀\uD800'];
  it.each(samples)('agrees with counting the code points of %j', (value) => {
    for (let n = 0; n <= 7; n++) {
      expect(atMostCodePoints(value, n)).toBe(codePointLength(value) <= n);
      expect(atLeastCodePoints(value, n)).toBe(codePointLength(value) >= n);
    }
  });
});
