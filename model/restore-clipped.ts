import { MAX_STORED_CHARS, isClipped, sha256Of } from './clip-large-values.ts';

/** Every string of a value long enough to have been clipped, by its hash. */
function longStrings(value: unknown, into = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') {
    if (value.length > MAX_STORED_CHARS) into.set(sha256Of(value), value);
  } else if (Array.isArray(value)) {
    for (const v of value) longStrings(v, into);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) longStrings(v, into);
  }
  return into;
}

/**
 * A copy of a stored value (a recorded answer, say) with each clipped string put back whole where the regenerated
 * case (`source`) holds a string of the same length and hash; the others stay clipped, since nothing can restore them.
 */
export function restoreClipped<T>(value: T, source: unknown): T {
  const known = longStrings(source);
  const walk = (v: unknown): unknown => {
    if (isClipped(v)) {
      const whole = known.get(v.sha256);
      return whole !== undefined && whole.length === v.length ? whole : v;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
