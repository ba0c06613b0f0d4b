import { spawnSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputError, writeOutput } from './write-output.ts';

describe('writeOutput', () => {
  it('writes a file whole, and refuses with an OutputError where a file stands in for its folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swfc-write-'));
    writeOutput(join(dir, 'a', 'x.json'), 'one');
    expect(readFileSync(join(dir, 'a', 'x.json'), 'utf8')).toBe('one');
    writeFileSync(join(dir, 'file'), '');
    expect(() => writeOutput(join(dir, 'file', 'x.json'), 'two')).toThrow(OutputError);
    expect(() => writeOutput(join(dir, 'file', 'x.json'), 'two')).toThrow(/a file is in the way/);
  });

  // A FIFO stands in for a device: a test must never touch the machine's /dev (old code would replace it).
  it('never replaces what is not a regular file: a FIFO, a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swfc-write-'));
    const fifo = join(dir, 'fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(() => writeOutput(fifo, 'x')).toThrow(/fifo: it is not a regular file/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(() => writeOutput(dir, 'x')).toThrow(OutputError);
  });
});
