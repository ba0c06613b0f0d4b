// `npm run gen`: writes the types generated from the spec (its request) and from the spec's schema (a spec file).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { loadSpec } from './load-spec.ts';
import {
  GENERATED_SPEC_TYPES_PATH,
  GENERATED_TYPES_PATH,
  renderRequestTypes,
  renderSpecFileTypes,
} from './render-types.ts';

for (const [url, text] of [
  [GENERATED_TYPES_PATH, await renderRequestTypes(loadSpec())],
  [GENERATED_SPEC_TYPES_PATH, await renderSpecFileTypes()],
] as const) {
  const out = fileURLToPath(url);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  console.log(`wrote ${out}`);
}
