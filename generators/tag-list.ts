import fc from 'fast-check';
import type { Constraints } from './constraints.ts';
import { textOfLength } from './text-of-length.ts';

/** Yields one tag of 0 to the maximum length, any characters. */
export function tag(c: Constraints): fc.Arbitrary<string> {
  const t = c.strings['tagList[]'];
  return textOfLength(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), t.minLength, t.maxLength);
}

/** Yields a valid tag list: 0 to maxTags tags, the full count as often as fast-check biases it. */
export function tagList(c: Constraints): fc.Arbitrary<string[]> {
  return fc.array(tag(c), { minLength: 0, maxLength: c.maxTags });
}
