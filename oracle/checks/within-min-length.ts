import { memberSchema } from '../../spec/member-schema.ts';
import { atLeastCodePoints } from './code-point-bounds.ts';
import { stringValues } from './member-values.ts';
import type { CheckFn } from './check-context.ts';

/** Every string value of the member is at least the schema's minLength, in code points. */
export const withinMinLength: CheckFn = ({ spec, check, request }) => {
  const min = memberSchema(spec, check.member!)!.minLength!;
  const values = stringValues(request, check.member!);
  return values.length ? values.every((v) => atLeastCodePoints(v, min)) : undefined;
};
