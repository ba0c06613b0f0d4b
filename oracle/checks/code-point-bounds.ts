import { codePointLength } from '../../model/request.ts';

// A string has between length/2 and length code points: only a length in between needs them counted (32 KB inputs).

/** True when `value` has at most `max` code points. */
export function atMostCodePoints(value: string, max: number): boolean {
  if (value.length <= max) return true;
  if (value.length > 2 * max) return false;
  return codePointLength(value) <= max;
}

/** True when `value` has at least `min` code points. */
export function atLeastCodePoints(value: string, min: number): boolean {
  if (value.length < min) return false;
  if (value.length >= 2 * min) return true;
  return codePointLength(value) >= min;
}
