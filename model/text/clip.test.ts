import { describe, expect, it } from 'vitest';
import { clip } from './clip.ts';

describe('clip', () => {
  it('leaves text within max alone', () => {
    expect(clip('abc', 3)).toBe('abc');
  });

  it('cuts at max UTF-16 units and says the whole length', () => {
    expect(clip('abcdef', 4)).toBe('abcd… (6 chars)');
  });

  it('backs off one unit rather than keep half a surrogate pair', () => {
    expect(clip('ab😀cd', 3)).toBe('ab… (6 chars)');
    expect(clip('ab😀cd', 4)).toBe('ab😀… (6 chars)');
  });

  it('counts in code points when told to, so an emoji is one character', () => {
    expect(clip('ab😀cd', 3, { codePoints: true })).toBe('ab😀… (5 chars)');
    expect(clip('😀😀', 2, { codePoints: true })).toBe('😀😀');
  });

  it('ends a cut with the tail given', () => {
    expect(clip('abcdef', 4, { tail: () => '…' })).toBe('abcd…');
    expect(clip('abcdef', 4, { tail: () => '' })).toBe('abcd');
  });
});
