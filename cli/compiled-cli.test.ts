// The compiled CLI (dist/, what the package's bin runs; `npm ci` builds it): it starts, it checks a spec with the
// validator the build compiled from spec.schema.json as the sources do with ajv at run time, and it runs a case.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC_PATH } from '../spec/load-spec.ts';

const PACKAGE = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// The package's bin: the bundle of the compiled code.
const COMPILED = new URL(`../${PACKAGE.bin['swf-conformance']}`, import.meta.url).pathname;
const SOURCES = new URL('./bin.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'swfc-compiled-'));
// Run from elsewhere than the project: the bundle finds its data files from where it lies, not from the cwd.
const cli = (bin: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('the compiled CLI (run `npm run build` after changing the sources)', () => {
  it('prints its usage and version', () => {
    const help = cli(COMPILED, '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('--moto-servers N');
    const version = cli(COMPILED, '--version');
    expect(version.out.trim()).toBe(PACKAGE.version);
  });

  it('refuses a spec its schema refuses with the line the sources print', () => {
    const bad = JSON.parse(readFileSync(DEFAULT_SPEC_PATH, 'utf8'));
    for (const r of bad.rules) if (r.id === 'domain.maxLength') delete r.check.member;
    for (const r of bad.rules) if (r.id === 'tagList.maxItems') r.check.kind = 'noSuchKind';
    for (const [name, spec] of [
      ['one', bad.rules.slice(0, 8)],
      ['other', bad.rules.slice(8)],
    ] as const) {
      const file = join(dir, `${name}.json`);
      writeFileSync(file, JSON.stringify({ ...bad, rules: spec }));
      const [compiled, sources] = [
        cli(COMPILED, 'run', '--target', 'mock', '--spec', file),
        cli(SOURCES, 'run', '--target', 'mock', '--spec', file),
      ];
      expect(compiled.code).toBe(2);
      expect(compiled.err).toMatch(/^swf-conformance: spec .*: rule /);
      expect(compiled.err).toBe(sources.err);
    }
  });

  it('runs the contract on the mock', () => {
    const r = cli(
      COMPILED,
      'run',
      '--target',
      'mock',
      '--family',
      'tag-list',
      '--runs',
      '2',
      '--quiet',
      '--out',
      join(dir, 'out'),
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/0 divergences in \d+ of \d+ rules/);
  });
});
