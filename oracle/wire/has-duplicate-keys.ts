/**
 * True when some object in a well-formed JSON text names a key twice. JSON.parse silently keeps the last value, so
 * the text itself is scanned: keys are the strings that a ':' follows, collected per open object.
 */
export function hasDuplicateKeys(text: string): boolean {
  const open: Array<Set<string> | null> = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '{') open.push(new Set());
    else if (ch === '[') open.push(null);
    else if (ch === '}' || ch === ']') {
      open.pop();
      // The top-level value is closed: what follows in well-formed JSON is whitespace (a 1 MB body's padding).
      if (!open.length) return false;
    } else if (ch === '"') {
      const end = endOfString(text, i);
      const keys = open[open.length - 1];
      if (keys && /^\s*:/.test(text.slice(end + 1, end + 64))) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (keys.has(key)) return true;
        keys.add(key);
      }
      i = end;
    }
    i++;
  }
  return false;
}

/** The index of the quote that closes the string opened at `start`. */
function endOfString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i;
}
