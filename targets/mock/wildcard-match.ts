/**
 * Whether `value` as a whole matches an IAM pattern: `*` any run of characters (even none), `?` exactly one character
 * (a code point); every other character stands for itself. Linear backtracking to the last `*`, so no pattern can make
 * it slow. Case-sensitive unless asked (actions are matched ignoring case, resources and condition values are not).
 */
export function matchesWildcard(pattern: string, value: string, ignoreCase = false): boolean {
  const p = [...(ignoreCase ? pattern.toLowerCase() : pattern)];
  const v = [...(ignoreCase ? value.toLowerCase() : value)];
  let pi = 0;
  let vi = 0;
  let star = -1;
  let resume = 0;
  while (vi < v.length) {
    if (pi < p.length && p[pi] === '*') {
      star = pi++;
      resume = vi;
    } else if (pi < p.length && (p[pi] === '?' || p[pi] === v[vi])) {
      pi++;
      vi++;
    } else if (star >= 0) {
      pi = star + 1;
      vi = ++resume;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}
