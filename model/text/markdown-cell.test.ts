import { describe, expect, it } from 'vitest';
import { markdownCell } from './markdown-cell.ts';

describe('markdownCell', () => {
  it('escapes a pipe and makes every line break, \\r included, one space', () => {
    expect(markdownCell('a|b\r\nc\rd\ne')).toBe('a\\|b c d e');
  });
});
