import fc from 'fast-check';

/** Yields canonical decimal strings of integers in [min, max], often exactly a bound. */
export function integerString(min: bigint, max: bigint): fc.Arbitrary<string> {
  return fc
    .oneof({ weight: 3, arbitrary: fc.bigInt({ min, max }) }, { weight: 1, arbitrary: fc.constantFrom(min, max) })
    .map((n) => n.toString());
}
