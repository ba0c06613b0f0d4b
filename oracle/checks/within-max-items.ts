import { memberSchema } from '../../spec/member-schema.ts';
import { readMember } from '../../model/request.ts';
import type { CheckFn } from './check-context.ts';

/** A list member has at most the schema's maxItems items. */
export const withinMaxItems: CheckFn = ({ spec, check, request }) => {
  const value = readMember(request, check.member!);
  return Array.isArray(value) ? value.length <= memberSchema(spec, check.member!)!.maxItems! : undefined;
};
