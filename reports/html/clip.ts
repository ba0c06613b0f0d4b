import { clippedAsText, isClipped } from '../../model/clip-large-values';

/** Cuts text to `max` characters (whole code points, so no half surrogate pair), saying how long it was. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max).join('')}… (${points.length} chars)`;
}

/** A value as one line of JSON for people: every string in it clipped first (a value the report holds clipped as its head, length and hash), then the whole. */
export function clipJson(value: unknown, perString = 64, total = 800): string {
  const shortened = (v: unknown): unknown =>
    typeof v === 'string'
      ? clip(v, perString)
      : isClipped(v)
        ? clippedAsText('', v)
        : Array.isArray(v)
          ? v.map(shortened)
          : v && typeof v === 'object'
            ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shortened(x)]))
            : v;
  return clip(JSON.stringify(shortened(value)) ?? 'undefined', total);
}
