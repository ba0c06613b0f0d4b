import { stringValues } from './member-values.ts';
import type { CheckFn } from './check-context.ts';

export const SIGNED_INTEGER = /^-?[0-9]+$/;
export const UNSIGNED_INTEGER = /^[0-9]+$/;

/** The member is a decimal integer (non-negative unless signed), or one of the values the check also allows. */
export const isIntegerString: CheckFn = ({ check, request }) => {
  const pattern = check.signed ? SIGNED_INTEGER : UNSIGNED_INTEGER;
  const values = stringValues(request, check.member!);
  return values.length ? values.every((v) => (check.alsoAllowed ?? []).includes(v) || pattern.test(v)) : undefined;
};
