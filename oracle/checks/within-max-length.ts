import { memberSchema } from '../../spec/member-schema';
import { codePointLength } from '../../model/request';
import { stringValues } from './member-values';
import type { CheckFn } from './check-context';

/** Every string value of the member is at most the schema's maxLength, in code points. */
export const withinMaxLength: CheckFn = ({ spec, check, request }) => {
  const max = memberSchema(spec, check.member!)!.maxLength!;
  const values = stringValues(request, check.member!);
  return values.length ? values.every((v) => codePointLength(v) <= max) : undefined;
};
