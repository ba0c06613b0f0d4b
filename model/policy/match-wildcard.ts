const compiled = new Map<string, RegExp>();

/** IAM's wildcard match: `*` any run of characters (none included), `?` exactly one; the whole value must match. */
export function matchWildcard(pattern: string, value: string, ignoreCase = false): boolean {
  const key = `${ignoreCase ? 'i' : 's'}${pattern}`;
  let re = compiled.get(key);
  if (!re) {
    const body = [...pattern]
      .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
      .join('');
    re = new RegExp(`^${body}$`, ignoreCase ? 'isu' : 'su');
    compiled.set(key, re);
  }
  return re.test(value);
}
