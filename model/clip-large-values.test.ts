import { describe, expect, it } from 'vitest';
import {
  MAX_STORED_CHARS,
  clipLargeValues,
  clippedAsText,
  holdsLargeValues,
  isClipped,
  sha256Of,
} from './clip-large-values.ts';
import { restoreClipped } from './restore-clipped.ts';

const long = 'é'.repeat(MAX_STORED_CHARS + 1);

describe('clipLargeValues', () => {
  it('replaces only strings longer than the limit, anywhere in the value, by their length, hash and head', () => {
    const short = 'x'.repeat(MAX_STORED_CHARS);
    const out = clipLargeValues({ input: long, tagList: [short, long], n: 5, nothing: null });
    expect(out.input).toEqual({
      clipped: true,
      length: MAX_STORED_CHARS + 1,
      sha256: sha256Of(long),
      head: 'é'.repeat(64),
    });
    expect(out.tagList).toEqual([short, out.input]);
    expect([out.n, out.nothing]).toEqual([5, null]);
  });

  it('tells strings apart that only a lone surrogate separates, and keeps whole code points in the head', () => {
    const astral = '🾷'.repeat(MAX_STORED_CHARS);
    expect((clipLargeValues(astral) as unknown as { head: string }).head).toBe('🾷'.repeat(64));
    const a = clipLargeValues(`${long}\uD800`) as unknown as { sha256: string };
    const b = clipLargeValues(`${long}\uFFFD`) as unknown as { sha256: string };
    expect(a.sha256).not.toBe(b.sha256);
  });

  it('changes nothing when applied twice, and says which values cannot be embedded', () => {
    const once = clipLargeValues({ request: { input: long } });
    expect(clipLargeValues(once)).toEqual(once);
    expect([holdsLargeValues({ input: long }), holdsLargeValues(once), holdsLargeValues({ input: 'small' })]).toEqual([
      true,
      true,
      false,
    ]);
    expect(isClipped(once.request.input)).toBe(true);
  });

  it('shows a clipped value to people as its head, length and hash', () => {
    const text = JSON.stringify(clipLargeValues({ input: long }), clippedAsText);
    expect(text).toContain(`(${MAX_STORED_CHARS + 1} chars, sha256 ${sha256Of(long).slice(0, 16)}`);
    expect(text.length).toBeLessThan(300);
  });
});

describe('restoreClipped', () => {
  it('puts back the strings the regenerated case holds, and leaves the others clipped', () => {
    const other = 'z'.repeat(MAX_STORED_CHARS + 5);
    const stored = clipLargeValues({ started: { input: long }, describe: { input: other } });
    const restored = restoreClipped(stored, { request: { input: long } });
    expect(restored.started.input).toBe(long);
    expect(restored.describe.input).toEqual(stored.describe.input);
  });
});
