import type { AccessSpec } from '../../spec/spec-types.ts';
import { readMember, type Request } from '../request.ts';
import type { TypeFixture } from '../world.ts';
import type { PolicyContext } from './evaluate-policy.ts';

/** One way a target may build a request's context: from the request alone, or with a type default standing in. */
export interface ContextReading {
  context: PolicyContext;
  /** The keys whose value this reading took from the type's default (evidence: the key's fromTypeDefault). */
  fromDefault: string[];
}

const asString = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * The request context(s) of a start, by the spec's condition keys. A key whose member the request omits but the
 * type's default supplies has two readings when the spec does not know which the service uses (fromTypeDefault):
 * absent, and the default's value; both are returned, the request-only reading first.
 */
export function contextsOfRequest(
  access: AccessSpec,
  request: Request,
  type: TypeFixture | undefined,
): ContextReading[] {
  const own: PolicyContext = {};
  const withDefaults: PolicyContext = {};
  const fromDefault: string[] = [];
  for (const k of access.conditionKeys) {
    const raw = readMember(request, k.member);
    const value = k.index === undefined ? asString(raw) : Array.isArray(raw) ? asString(raw[k.index]) : undefined;
    own[k.key] = value;
    withDefaults[k.key] = value;
    if (value !== undefined || !k.typeDefault || !type || readMember(request, k.member.split('.')[0]) !== undefined)
      continue;
    const fallback = type.defaults[k.typeDefault as keyof TypeFixture['defaults']];
    const name = asString(typeof fallback === 'object' && fallback ? (fallback as { name?: unknown }).name : fallback);
    if (name === undefined) continue;
    withDefaults[k.key] = name;
    fromDefault.push(k.key);
  }
  return fromDefault.length
    ? [
        { context: own, fromDefault: [] },
        { context: withDefaults, fromDefault },
      ]
    : [{ context: own, fromDefault: [] }];
}
