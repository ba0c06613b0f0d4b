#!/usr/bin/env node
// The CLI from its TypeScript sources, through tsx (the tests and a development checkout use it); the package's bin
// is the bundle of the compiled code, dist/cli-bundle/swf-conformance.js, which `npm run build` (run by `npm ci`) writes.
import { register } from 'tsx/esm/api';

register();
await import('./bin.ts');
