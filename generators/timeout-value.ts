import fc from 'fast-check';
import type { Constraints } from './constraints.ts';
import { integerString } from './integer-string.ts';

/**
 * Yields a valid value of a timeout member: canonical digits within its maximum length (and the one-year cap for
 * the execution timeout), or a literal the spec allows (NONE for the task timeout). The execution timeout starts at
 * 1 because an execution with 0 seconds times out before its effects can be read.
 */
export function timeoutValue(
  c: Constraints,
  member: 'executionStartToCloseTimeout' | 'taskStartToCloseTimeout',
): fc.Arbitrary<string> {
  const digitsMax = BigInt('9'.repeat(c.strings[member].maxLength));
  const numbers =
    member === 'executionStartToCloseTimeout'
      ? integerString(1n, c.executionTimeoutMax < digitsMax ? c.executionTimeoutMax : digitsMax)
      : integerString(0n, digitsMax);
  const literals = c.timeoutLiterals[member];
  return literals.length
    ? fc.oneof({ weight: 3, arbitrary: numbers }, { weight: 1, arbitrary: fc.constantFrom(...literals) })
    : numbers;
}
