#!/usr/bin/env node
// Entry point of `npx swf-conformance`: loads the TypeScript sources through tsx, then runs the CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
const code = await main(process.argv.slice(2));
// Exit explicitly: an interceptor or keep-alive socket of a target must not keep the process up.
process.exit(code);
