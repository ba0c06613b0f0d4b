// The package as a user gets it: packed, installed into an empty project from the tarball alone, and used there
// three ways (the CLI through npx, `swf-conformance/mock` from TypeScript, `swf-conformance/vitest` in a vitest run).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const TSC = require.resolve('typescript/bin/tsc');
const VITEST_VERSION = (require('vitest/package.json') as { version: string }).version;
// npm test's own npm_* variables (its command, its config) would steer the npm commands below.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')));
env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
env.NO_COLOR = '1';
delete env.FORCE_COLOR;
const project = mkdtempSync(join(tmpdir(), 'swfc-user-'));
const run = (cmd: string, args: string[], cwd = project) =>
  spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 240_000 });
const npm = (...args: string[]) => run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error']);

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
/** The README's first code block in `lang` that holds `text`: the examples run as the README shows them. */
function readmeBlock(lang: string, text: string): string {
  const block = [...README.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))]
    .map((m) => m[1])
    .find((b) => b.includes(text));
  if (!block) throw new Error(`README has no ${lang} block with ${text}`);
  return block;
}

let tarball = '';
let files: string[] = [];
beforeAll(() => {
  const packs = mkdtempSync(join(tmpdir(), 'swfc-pack-'));
  // The dist/ that `npm ci` built: packing without scripts does not rebuild it under the other suites.
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', packs, '--loglevel=error'], {
    cwd: ROOT,
    env,
  });
  tarball = join(packs, readdirSync(packs)[0]);
  files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).trim().split('\n');
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }));
  const installed = npm('install', tarball);
  if (installed.status !== 0) throw new Error(`npm install of the tarball failed: ${installed.stderr}`);
}, 300_000);

describe('the installed package', () => {
  it('holds what runs and nothing else: no tests, bench or TypeScript sources', () => {
    expect(files).toContain('package/dist/cli-bundle/swf-conformance.js');
    expect(files).toContain('package/dist/api/mock.d.ts');
    const sources = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
    const tests = files.filter((f) => /\.test\.|test-support|\/bench\/|\/suites\//.test(f));
    expect({ sources, tests }).toEqual({ sources: [], tests: [] });
  });

  it('runs the contract on the mock through npx, as the README says', () => {
    expect(README).toContain('npx swf-conformance run --target mock --runs 2\n');
    const r = run('npx', ['swf-conformance', 'run', '--target', 'mock', '--runs', '2', '--out', join(project, 'out')]);
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(project, 'out', 'report.json'), 'utf8')).summary.divergences).toBe(0);
  }, 120_000);

  it('gives TypeScript the mock as a typed SWF that @aws-sdk/client-swf calls', () => {
    writeFileSync(join(project, 'use-mock.ts'), readmeBlock('ts', 'swf-conformance/mock'));
    writeFileSync(
      join(project, 'use-api.ts'),
      "import { loadSpec, openTarget, runConformance } from 'swf-conformance';\n" +
        "const target = await openTarget('mock');\n" +
        "const result = await runConformance({ spec: loadSpec(), target, seed: 1, runs: 1, families: ['tag-list'] });\n" +
        'await target.close();\n' +
        'console.log(result.cases > 0, result.divergences.length);\n',
    );
    // A wrong use must not type-check, or the check below proves nothing about the package's types.
    writeFileSync(
      join(project, 'misuse.ts'),
      "import { startMockSwf } from 'swf-conformance/mock';\nstartMockSwf({ quirks: 5 });\n",
    );
    const options = ['--module', 'nodenext', '--target', 'es2022', '--strict', '--skipLibCheck', '--outDir', 'out-js'];
    const misuse = run(process.execPath, [TSC, ...options, '--noEmit', 'misuse.ts']);
    expect(misuse.stdout).toMatch(/misuse\.ts\(2,\d+\): error TS2322/);
    const compiled = run(process.execPath, [TSC, ...options, 'use-mock.ts', 'use-api.ts']);
    expect(compiled.stdout).toBe('');
    const mock = run(process.execPath, [join('out-js', 'use-mock.js')]);
    expect(mock.stderr).toBe('');
    expect(mock.stdout.trim()).toBe('orders REGISTERED');
    const api = run(process.execPath, [join('out-js', 'use-api.js')]);
    expect(api.stderr).toBe('');
    expect(api.stdout.trim()).toBe('true 0');
  }, 120_000);

  it('turns a run into one vitest test per rule, failing the rules a broken target breaks', () => {
    // vitest is the helper's optional peer: the user's project has its own.
    expect(npm('install', `vitest@${VITEST_VERSION}`).status).toBe(0);
    const example = readmeBlock('js', 'swf-conformance/vitest');
    writeFileSync(join(project, 'good.test.js'), example);
    // The same suite on a mock broken on purpose (it accepts six tags): tagList.maxItems, and it alone, must fail.
    writeFileSync(
      join(project, 'broken.test.js'),
      example.replace('runs: 2,', "runs: 2, quirks: ['accept-six-tags'],"),
    );
    const good = run('npx', ['vitest', 'run', 'good.test.js']);
    expect(good.status, good.stdout).toBe(0);
    expect(good.stdout).toMatch(/Tests\s+17 passed \(17\)/);
    const broken = run('npx', ['vitest', 'run', 'broken.test.js']);
    expect(broken.status).toBe(1);
    const output = broken.stdout + broken.stderr;
    expect(output).toMatch(/× tagList\.maxItems/);
    expect(output).toMatch(/tagList\.maxItems: \d+ divergence\(s\) from the contract/);
    expect(output).toMatch(/Tests\s+1 failed \| 16 passed/);
  }, 240_000);
});
