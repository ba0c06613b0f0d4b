import fc from 'fast-check';
import type { Spec } from '../spec/spec-types.ts';
import type { StringConstraints } from './constraints.ts';
import { allowedChar } from './allowed-char.ts';
import { textOfLength } from './text-of-length.ts';
import { anyChar } from './any-char.ts';

/**
 * Yields a value a string member accepts. Members under the character rule also avoid the forbidden literal in
 * any letter case, since the docs do not say whether 'ARN' is refused.
 */
export function validName(spec: Spec, c: StringConstraints): fc.Arbitrary<string> {
  const unit = c.charRule ? allowedChar(spec) : anyChar;
  const text = textOfLength(unit, Math.max(c.minLength, 0), c.maxLength);
  const literal = spec.characterRule.forbiddenLiteral.toLowerCase();
  return c.charRule ? text.filter((s) => s.toLowerCase() !== literal) : text;
}
