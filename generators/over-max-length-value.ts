import fc from 'fast-check';
import type { Constraints } from './constraints.ts';
import { allowedChar } from './allowed-char.ts';
import { textOfExactLength } from './text-of-length.ts';
import { anyChar } from './any-char.ts';

/**
 * Yields a value of a member longer than its maximum that breaks no other rule: timeouts as zero-padded integers
 * (still numeric and small), names from allowed characters, other members any characters.
 */
export function overMaxLengthValue(c: Constraints, member: string): fc.Arbitrary<string> {
  const { maxLength, charRule } = c.strings[member];
  if (member.endsWith('StartToCloseTimeout')) {
    return fc
      .tuple(fc.integer({ min: maxLength + 1, max: maxLength + 4 }), fc.integer({ min: 0, max: 999 }))
      .map(([length, n]) => String(n).padStart(length, '0'));
  }
  const unit = charRule ? allowedChar(c.spec) : anyChar;
  return textOfExactLength(
    unit,
    fc.oneof(fc.constant(maxLength + 1), fc.integer({ min: maxLength + 1, max: maxLength + 8 })),
  );
}
