/**
 * Whether some object in well-formed JSON text has the same key twice (JSON.parse silently keeps the last). A small
 * scanner: one stack entry per open object (its keys so far) or array (null).
 */
export function hasDuplicateKey(json: string): boolean {
  const open: Array<Set<string> | null> = [];
  let atKey = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === '"') {
      let end = i + 1;
      while (json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
      if (atKey) {
        const key = JSON.parse(json.slice(i, end + 1)) as string;
        const keys = open[open.length - 1]!;
        if (keys.has(key)) return true;
        keys.add(key);
        atKey = false;
      }
      i = end;
    } else if (c === '{' || c === '[') {
      open.push(c === '{' ? new Set() : null);
      atKey = c === '{';
    } else if (c === '}' || c === ']') {
      open.pop();
    } else if (c === ',') {
      atKey = open[open.length - 1] instanceof Set;
    }
  }
  return false;
}
