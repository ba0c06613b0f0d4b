import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputError, writeOutput } from './write-output';

describe('writeOutput', () => {
  it('writes a file whole, and refuses with an OutputError where a file stands in for its folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swfc-write-'));
    writeOutput(join(dir, 'a', 'x.json'), 'one');
    expect(readFileSync(join(dir, 'a', 'x.json'), 'utf8')).toBe('one');
    writeFileSync(join(dir, 'file'), '');
    expect(() => writeOutput(join(dir, 'file', 'x.json'), 'two')).toThrow(OutputError);
    expect(() => writeOutput(join(dir, 'file', 'x.json'), 'two')).toThrow(/a file is in the way/);
  });

  it('never replaces what is not a regular file: a device, a folder', () => {
    expect(() => writeOutput('/dev/null', 'x')).toThrow(/\/dev\/null: it is not a regular file/);
    const dir = mkdtempSync(join(tmpdir(), 'swfc-write-'));
    expect(() => writeOutput(dir, 'x')).toThrow(OutputError);
  });
});
