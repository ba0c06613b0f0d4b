import fc from 'fast-check';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzXYZ';

/**
 * Yields short strings that are plainly not decimal integers: words, decimals, exponents, digits with letters, and
 * (for unsigned members) negative numbers. Forms whose reading is unclear (' 7', '+7', 'none') are left out.
 */
export function nonIntegerText(maxLength: number, signed: boolean): fc.Arbitrary<string> {
  const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 3 });
  const forms = [
    fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 6 }),
    fc.tuple(digits, digits).map(([a, b]) => `${a}.${b}`),
    fc.tuple(digits, digits).map(([a, b]) => `${a}e${b}`),
    fc.tuple(digits, fc.constantFrom('s', 'h', 'm', 'abc')).map(([a, b]) => `${a}${b}`),
  ];
  if (!signed) forms.push(digits.map((d) => `-${d}`));
  return fc.oneof(...forms).filter((s) => s.length <= maxLength && s.toUpperCase() !== 'NONE');
}
