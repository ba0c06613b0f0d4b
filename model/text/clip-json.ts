import { clippedAsText, isClipped } from '../clip-large-values.ts';
import { clip } from './clip.ts';

/** A value as one line of JSON for people: every string in it clipped first (a value the report holds clipped as its head, length and hash), then the whole. */
export function clipJson(value: unknown, perString = 64, total = 800): string {
  const shortened = (v: unknown): unknown =>
    typeof v === 'string'
      ? clip(v, perString, { codePoints: true })
      : isClipped(v)
        ? clippedAsText('', v)
        : Array.isArray(v)
          ? v.map(shortened)
          : v && typeof v === 'object'
            ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shortened(x)]))
            : v;
  return clip(JSON.stringify(shortened(value)) ?? 'undefined', total, { codePoints: true });
}
