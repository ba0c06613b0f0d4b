import fc from 'fast-check';

// fast-check's 'binary' unit numbers the code points below the surrogates, then those above them.
const SURROGATES_START = 0xd800;
const SURROGATES_COUNT = 0x800;

const toChar = (index: number): string =>
  String.fromCodePoint(index < SURROGATES_START ? index : index + SURROGATES_COUNT);

function toIndex(value: unknown): number {
  const cp = typeof value === 'string' ? value.codePointAt(0) : undefined;
  const single = cp !== undefined && (value as string).length === (cp > 0xffff ? 2 : 1);
  if (!single || (cp >= SURROGATES_START && cp < SURROGATES_START + SURROGATES_COUNT)) throw new Error('not one char');
  return cp < SURROGATES_START ? cp : cp - SURROGATES_COUNT;
}

/**
 * Any one code point but a surrogate, drawn (and shrunk) as `fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })`
 * draws it, the same values for a seed: that unit tells its values from others through a table of every code point
 * (1.1 million Map entries, over 100 MB, built at its first use), this one by arithmetic.
 */
export const anyChar: fc.Arbitrary<string> = fc
  .array(fc.nat({ max: 0x10ffff - SURROGATES_COUNT }).map(toChar, toIndex), { minLength: 1, maxLength: 1 })
  .map(
    (chars) => chars[0],
    (value) => {
      if (typeof value !== 'string') throw new Error('not a string');
      return [value];
    },
  );
