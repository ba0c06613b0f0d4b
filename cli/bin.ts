#!/usr/bin/env node
// Entry point of `npx swf-conformance`: compiled to dist/cli/bin.js, bundled from there into
// dist/cli-bundle/swf-conformance.js, the package's bin (cli/bin.mjs runs it from the sources).

// The pinned SDK supports Node 20; its multi-line notice about future SDK releases would bury the CLI's own output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const { main } = await import('./main.ts');
const code = await main(process.argv.slice(2));
// Exit explicitly: an interceptor or keep-alive socket of a target must not keep the process up.
process.exit(code);
