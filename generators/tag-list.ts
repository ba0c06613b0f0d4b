import fc from 'fast-check';
import type { Constraints } from './constraints.ts';
import { textOfLength } from './text-of-length.ts';
import { anyChar } from './any-char.ts';

/** Yields one tag of 0 to the maximum length, any characters. */
export function tag(c: Constraints): fc.Arbitrary<string> {
  const t = c.strings['tagList[]'];
  return textOfLength(anyChar, t.minLength, t.maxLength);
}

/** Yields a valid tag list: 0 to maxTags tags, the full count as often as fast-check biases it. */
export function tagList(c: Constraints): fc.Arbitrary<string[]> {
  return fc.array(tag(c), { minLength: 0, maxLength: c.maxTags });
}
