import { describe, expect, it } from 'vitest';
import { matchesWildcard } from './wildcard-match.ts';

describe('matchesWildcard', () => {
  it.each([
    ['abc', 'abc', true],
    ['abc', 'abcd', false],
    ['abc', 'ab', false],
    ['', '', true],
    ['', 'a', false],
    ['*', '', true],
    ['*', 'anything at all', true],
    ['a*', 'a', true],
    ['a*c', 'abbbc', true],
    ['a*c', 'abbbd', false],
    ['?', '', false],
    ['?', 'x', true],
    ['?', 'xy', false],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['*a*a*a*b', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', false],
    ['*.*', 'a.b', true],
    ['a.c', 'abc', false],
    ['[a]', '[a]', true],
    ['[a]', 'a', false],
    ['?', '😀', true],
    ['x*y?', 'x-y😀', true],
  ])('%j against %j: %s', (pattern, value, expected) => {
    expect(matchesWildcard(pattern, value)).toBe(expected);
  });

  it('is case-sensitive unless asked', () => {
    expect(matchesWildcard('swf:Start*', 'swf:startWorkflowExecution')).toBe(false);
    expect(matchesWildcard('swf:Start*', 'swf:startWorkflowExecution', true)).toBe(true);
    expect(matchesWildcard('SWF:*', 'swf:DescribeDomain', true)).toBe(true);
  });

  it('stays quick on patterns that make a regular expression backtrack', () => {
    const started = Date.now();
    expect(matchesWildcard(`${'*a'.repeat(30)}b`, 'a'.repeat(5000))).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
