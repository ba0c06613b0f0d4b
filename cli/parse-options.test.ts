import { describe, expect, it } from 'vitest';
import { joinNegativeValues, parseOptions } from './parse-options.ts';
import { UsageError } from './usage-error.ts';

describe('parseOptions', () => {
  it('reads a negative number after an option as its value', () => {
    expect(parseOptions(['--seed', '-5'], { seed: { type: 'string' } }).values.seed).toBe('-5');
    expect(joinNegativeValues(['--seed', '-5', '--runs', '3'])).toEqual(['--seed=-5', '--runs', '3']);
  });

  it('leaves options and values that are not negative numbers as they are', () => {
    expect(joinNegativeValues(['--seed=1', '-5'])).toEqual(['--seed=1', '-5']);
    expect(joinNegativeValues(['--quiet', '-h'])).toEqual(['--quiet', '-h']);
  });

  it('turns what it does not accept into one line', () => {
    expect(() => parseOptions(['--bogus'], { seed: { type: 'string' } })).toThrow(UsageError);
    expect(() => parseOptions(['--bogus'], { seed: { type: 'string' } })).toThrow(/^Unknown option '--bogus'[^\n]*$/);
  });
});
