// The README's replay example runs as written, from a folder of its own, with the exit codes its comments state.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = new URL('./bin.mjs', import.meta.url).pathname;
const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The lines of the first sh block that holds `text`, each with the exit code its comment states (if any). */
function exampleLines(text: string): Array<{ args: string[]; exit?: number }> {
  const block = [...README.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.includes(text));
  if (!block) throw new Error(`README has no sh block with ${text}`);
  return block
    .split('\n')
    .filter((l) => l.startsWith('npx swf-conformance '))
    .map((line) => {
      const [command, comment = ''] = line.split(/\s+#\s/);
      const args = [...command.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]).slice(2);
      const exit = /^exit (\d)/.exec(comment.trim());
      return { args, exit: exit ? Number(exit[1]) : undefined };
    });
}

describe('README', () => {
  it('its replay example replays a divergence its own run line found', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'swfc-readme-'));
    const lines = exampleLines('swf-conformance replay');
    expect(lines.filter((l) => l.exit !== undefined).length).toBeGreaterThanOrEqual(3);
    for (const { args, exit } of lines.filter((l) => l.exit !== undefined)) {
      const r = spawnSync(process.execPath, [BIN, ...args, ...(args[0] === 'run' ? ['--quiet'] : [])], {
        cwd,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(r.status, `${args.join(' ')}\n${r.stdout}${r.stderr}`).toBe(exit);
    }
  });
});
