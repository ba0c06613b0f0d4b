import type { Request } from '../model/request.ts';

/** A copy of the request with one member path set, or removed when value is undefined. */
export function withMember(request: Request, member: string, value: unknown): Request {
  const [head, ...rest] = member.split('.');
  const copy: Record<string, unknown> = { ...request };
  if (rest.length) copy[head] = withMember((copy[head] as Request | undefined) ?? {}, rest.join('.'), value);
  else if (value === undefined) delete copy[head];
  else copy[head] = value;
  return copy as Request;
}
