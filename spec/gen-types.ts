// `npm run gen`: writes the request types generated from the spec.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { loadSpec } from './load-spec';
import { GENERATED_TYPES_PATH, renderRequestTypes } from './render-types';

const out = fileURLToPath(GENERATED_TYPES_PATH);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, await renderRequestTypes(loadSpec()));
console.log(`wrote ${out}`);
