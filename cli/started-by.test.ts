// What started the process, read from a stand-in /proc: npx's tree is npm exec → sh -c 'swf-conformance' … → node.
import { describe, expect, it } from 'vitest';
import { startedBy, type ProcReader } from './started-by.ts';

/** A /proc holding one process, 300, with this command line (NUL-separated, as the kernel writes it), whose parent is 200. */
const proc =
  (...args: string[]): ProcReader =>
  (path) => {
    if (path === '/proc/300/cmdline') return [...args, ''].join('\0');
    if (path === '/proc/300/stat') return '300 (sh) S 200 300 1 0 -1 4194304';
    throw new Error(`ENOENT: ${path}`);
  };

describe('startedBy', () => {
  it('is the parent and npm above it when the parent is the sh npm runs this bin through', () => {
    expect(startedBy(300, "'swf-conformance'", proc('sh', '-c', "'swf-conformance' run --target moto"))).toBe(
      '300<200',
    );
    expect(startedBy(300, 'swf-conformance run', proc('/bin/bash', '-c', 'swf-conformance run && echo done'))).toBe(
      '300<200',
    );
  });

  it("reads the parent's parent after the last parenthesis, whatever the command's name holds", () => {
    const odd: ProcReader = (path) =>
      path.endsWith('cmdline') ? "sh\0-c\0'swf-conformance' run\0" : '300 (a) b (c)) S 77 300 1';
    expect(startedBy(300, "'swf-conformance'", odd)).toBe('300<77');
  });

  it('is the parent alone otherwise: another parent, another script, no npm, no /proc', () => {
    expect(startedBy(300, "'swf-conformance'", proc('node', '/work/vitest.mjs'))).toBe('300');
    // Under `npm test` the variable is inherited by everything below; a sh running something else is no npm's.
    expect(startedBy(300, 'tsc --noEmit && vitest run', proc('sh', '-c', 'node cli/bin.mjs run'))).toBe('300');
    expect(startedBy(300, undefined, proc('sh', '-c', "'swf-conformance' run"))).toBe('300');
    expect(
      startedBy(300, "'swf-conformance'", () => {
        throw new Error('no /proc');
      }),
    ).toBe('300');
  });

  it("reads this process's own parent by default", () => {
    expect(startedBy().split('<')[0]).toBe(String(process.ppid));
  });
});
