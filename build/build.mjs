// npm run build (npm ci runs it as `prepare`): dist/ from scratch, the sources compiled by tsc (tsconfig.build.json)
// and the data files the code reads at run time beside them, at the same relative paths.
import { chmodSync, cpSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const ASSETS = ['spec/start-workflow-execution.json', 'spec/spec.schema.json', 'spec/aws-model'];

process.chdir(new URL('..', import.meta.url).pathname);
// A file left from an earlier build would ship code that no longer exists.
rmSync('dist', { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
for (const asset of ASSETS) cpSync(asset, `dist/${asset}`, { recursive: true });
chmodSync('dist/cli/bin.js', 0o755);
