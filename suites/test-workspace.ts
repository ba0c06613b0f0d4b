// vitest globalSetup: every test's temporary files go into one folder of this run, removed at its end, and a test
// that writes into the project itself (reports/out, say) fails the run (issue 15, point 1); the SDK's Node notice is muted.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const PROJECT = new URL('..', import.meta.url).pathname;
const SKIPPED = new Set(['node_modules', '.git']);

/** Every file of the project (dependencies and git's own apart), with what tells a change: size and mtime. */
function projectFiles(dir = PROJECT, into = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) projectFiles(path, into);
    else if (entry.isFile()) {
      const { size, mtimeMs } = statSync(path);
      into.set(relative(PROJECT, path), `${size}:${mtimeMs}`);
    }
  }
  return into;
}

/** Files git tracks: a developer may edit those while tests run; tests never write them. */
function trackedFiles(): Set<string> {
  const r = spawnSync('git', ['ls-files', '-z'], { cwd: PROJECT, encoding: 'utf8' });
  return new Set(r.status === 0 ? r.stdout.split('\0').filter(Boolean) : []);
}

export default function setup(): () => void {
  const before = projectFiles();
  const root = mkdtempSync(join(tmpdir(), 'swfc-tests-'));
  const earlierTmp = process.env.TMPDIR;
  // Test workers and every process they spawn inherit it: os.tmpdir() and mkdtemp then land in the run's folder.
  process.env.TMPDIR = root;
  // The pinned SDK supports Node 20; its notice of later releases would repeat in every test file (the CLI mutes it too).
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  return () => {
    process.env.TMPDIR = earlierTmp;
    rmSync(root, { recursive: true, force: true });
    const tracked = trackedFiles();
    // TypeScript files are sources a developer adds while tests run; no test writes one.
    const written = [...projectFiles()]
      .filter(([file, stamp]) => before.get(file) !== stamp && !tracked.has(file) && !file.endsWith('.ts'))
      .map(([file]) => file);
    if (!written.length) return;
    // vitest prints a teardown's error but keeps its exit code: the code is set here so that CI fails.
    process.exitCode = 1;
    throw new Error(`tests wrote into the project instead of a temporary folder: ${written.join(', ')}`);
  };
}
