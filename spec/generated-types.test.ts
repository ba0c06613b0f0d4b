import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSpec } from './load-spec';
import { GENERATED_TYPES_PATH, renderRequestTypes } from './render-types';

describe('generated request types', () => {
  it('match the spec (run `npm run gen` after editing the spec)', async () => {
    const committed = readFileSync(GENERATED_TYPES_PATH, 'utf8');
    expect(committed).toBe(await renderRequestTypes(loadSpec()));
  });
});
