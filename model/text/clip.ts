/** What follows a cut, given the whole text's length: by default that length, so a reader knows how much is missing. */
const withLength = (length: number) => `… (${length} chars)`;

export interface ClipOptions {
  /** Counts `max` and the length shown in code points instead of UTF-16 units (the HTML report's way). */
  codePoints?: boolean;
  /** What follows a cut, given the whole length; by default `… (N chars)`. */
  tail?: (length: number) => string;
}

/** Cuts text to `max` characters without ever splitting a surrogate pair; a cut ends with `tail`. */
export function clip(text: string, max: number, { codePoints = false, tail = withLength }: ClipOptions = {}): string {
  if (text.length <= max) return text;
  if (codePoints) {
    const points = Array.from(text);
    return points.length <= max ? text : `${points.slice(0, max).join('')}${tail(points.length)}`;
  }
  // Back off one unit rather than keep the first half of a pair: SWF cases are full of astral characters.
  const code = text.charCodeAt(max - 1);
  const cut = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return `${text.slice(0, cut)}${tail(text.length)}`;
}
