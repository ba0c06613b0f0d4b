import fc from 'fast-check';
import type { Spec } from '../spec/spec-types.ts';
import type { StringConstraints } from './constraints.ts';
import { allowedChar } from './allowed-char.ts';
import { textOfLength } from './text-of-length.ts';
import { anyChar } from './any-char.ts';

// Arbitraries are immutable and building fc.string is costly (it prepares its shrink slices): one per spec and limits.
const built = new WeakMap<Spec, Map<string, fc.Arbitrary<string>>>();

/**
 * Yields a value a string member accepts. Members under the character rule also avoid the forbidden literal in
 * any letter case, since the docs do not say whether 'ARN' is refused.
 */
export function validName(spec: Spec, c: StringConstraints): fc.Arbitrary<string> {
  const key = JSON.stringify([c.charRule, c.minLength, c.maxLength]);
  let bySpec = built.get(spec);
  if (!bySpec) built.set(spec, (bySpec = new Map()));
  const known = bySpec.get(key);
  if (known) return known;
  const unit = c.charRule ? allowedChar(spec) : anyChar;
  const text = textOfLength(unit, Math.max(c.minLength, 0), c.maxLength);
  const literal = spec.characterRule.forbiddenLiteral.toLowerCase();
  const arb = c.charRule ? text.filter((s) => s.toLowerCase() !== literal) : text;
  bySpec.set(key, arb);
  return arb;
}
