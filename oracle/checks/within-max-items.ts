import { memberSchema } from '../../spec/member-schema';
import { readMember } from '../../model/request';
import type { CheckFn } from './check-context';

/** A list member has at most the schema's maxItems items. */
export const withinMaxItems: CheckFn = ({ spec, check, request }) => {
  const value = readMember(request, check.member!);
  return Array.isArray(value) ? value.length <= memberSchema(spec, check.member!)!.maxItems! : undefined;
};
