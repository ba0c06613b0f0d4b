import { memberSchema } from '../../spec/member-schema.ts';
import { stringValues } from './member-values.ts';
import type { CheckFn } from './check-context.ts';

/** The member is one of the schema's enum values. */
export const inEnum: CheckFn = ({ spec, check, request }) => {
  const allowed = memberSchema(spec, check.member!)!.enum!;
  const values = stringValues(request, check.member!);
  return values.length ? values.every((v) => allowed.includes(v)) : undefined;
};
