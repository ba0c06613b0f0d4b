import { readMember } from '../../model/request.ts';
import type { CheckFn } from './check-context.ts';

/** A required member is present; a nested one only matters when its parent is sent (taskList.name). */
export const hasRequiredMember: CheckFn = ({ check, request }) => {
  const path = check.member!.split('.');
  const parent = path.length > 1 ? readMember(request, path.slice(0, -1).join('.')) : request;
  if (parent === undefined || parent === null || typeof parent !== 'object') return undefined;
  const value = (parent as Record<string, unknown>)[path[path.length - 1]];
  return value !== undefined && value !== null;
};
