import fc from 'fast-check';

// ListOpen/ListClosed documentation: a tag in a tagFilter "may only contain unicode letters, digits, whitespace, or
// _ . : / = + - @", so a tag a listing must find by is drawn from those (ASCII and a few letters beyond it).
const CHARS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _.:/=+-@éжß字'];

/** Yields a tag of 1 to 20 characters that a listing's tagFilter may name. */
export function filterableTag(): fc.Arbitrary<string> {
  return (
    fc
      .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 20 })
      .map((chars) => chars.join(''))
      // Whitespace at either end is legal, but a target that trims it would be blamed for another rule.
      .filter((t) => t.trim() === t)
  );
}
