import { readFileSync } from 'node:fs';

/**
 * This package's version, from its package.json: two folders up from the sources (cli/), three from the compiled
 * code (dist/cli/), so the first package.json up the tree that names this package.
 */
export function packageVersion(from: URL = new URL('.', import.meta.url)): string {
  for (let dir = from; ; dir = new URL('..', dir)) {
    try {
      const manifest = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === 'swf-conformance' && manifest.version) return manifest.version;
    } catch {
      // No package.json here: look one folder up.
    }
    if (new URL('..', dir).href === dir.href) throw new Error('package.json of swf-conformance not found');
  }
}
