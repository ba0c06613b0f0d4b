import { stringValues } from './member-values.ts';
import { SIGNED_INTEGER } from './is-integer-string.ts';
import type { CheckFn } from './check-context.ts';

/** An integer-valued member lies within [min, max] (either bound optional); values that are not integers are another rule's business. */
export const integerInRange: CheckFn = ({ check, request }) => {
  const values = stringValues(request, check.member!).filter((v) => SIGNED_INTEGER.test(v));
  if (!values.length) return undefined;
  return values.every(
    (v) =>
      (check.min === undefined || BigInt(v) >= BigInt(check.min)) &&
      (check.max === undefined || BigInt(v) <= BigInt(check.max)),
  );
};
