// The CLI as one bundle (esbuild, code split at its lazy imports) of what tsc compiled into dist/: Node loads a few
// files instead of some thousand modules (the AWS SDK, MSW, fast-check), which was half a mock run's start-up.
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { build } from 'esbuild';

export const BUNDLE_DIR = 'dist/cli-bundle';

/**
 * Each compiled module finds its data files (the spec, the AWS model, the compiled validator) beside itself through
 * import.meta.url: in the bundle, that URL is made to name the module's place in dist/ again.
 */
const moduleUrls = {
  name: 'module-urls',
  setup(b) {
    // The project's own compiled modules only: a dependency's import.meta.url is its own business.
    const ownModule = new RegExp(`^${resolve('dist').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/.*\\.js$`);
    b.onLoad({ filter: ownModule }, async ({ path }) => {
      const place = JSON.stringify(`../${relative('dist', path)}`);
      const text = await readFile(path, 'utf8');
      return { contents: text.replaceAll('import.meta.url', `new URL(${place}, import.meta.url).href`), loader: 'js' };
    });
  },
};

/** Bundles dist/cli/bin.js into BUNDLE_DIR/swf-conformance.js and its chunks. */
export async function bundleCli() {
  await build({
    entryPoints: { 'swf-conformance': 'dist/cli/bin.js' },
    outdir: BUNDLE_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // BUNDLE_MINIFY=0 keeps the code readable, and a CPU profile's function names with it.
    minify: process.env.BUNDLE_MINIFY !== '0',
    // Error classes are told apart by name in places; a minifier's names would change them.
    keepNames: true,
    plugins: [moduleUrls],
    logLevel: 'warning',
    // Bundled CommonJS (the AWS SDK) calls require: ESM has none, so each chunk gets one.
    banner: {
      js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
    },
  });
}
