import { readMember, type Request } from '../../model/request.ts';

/** The string values a member path designates: one value, or each item for 'tagList[]'. Non-strings are left out. */
export function stringValues(request: Request, member: string): string[] {
  const list = member.endsWith('[]');
  const value = readMember(request, list ? member.slice(0, -2) : member);
  const values = list ? (Array.isArray(value) ? value : []) : [value];
  return values.filter((v): v is string => typeof v === 'string');
}
