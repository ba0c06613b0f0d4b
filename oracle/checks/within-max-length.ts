import { memberSchema } from '../../spec/member-schema.ts';
import { atMostCodePoints } from './code-point-bounds.ts';
import { stringValues } from './member-values.ts';
import type { CheckFn } from './check-context.ts';

/** Every string value of the member is at most the schema's maxLength, in code points. */
export const withinMaxLength: CheckFn = ({ spec, check, request }) => {
  const max = memberSchema(spec, check.member!)!.maxLength!;
  const values = stringValues(request, check.member!);
  return values.length ? values.every((v) => atMostCodePoints(v, max)) : undefined;
};
