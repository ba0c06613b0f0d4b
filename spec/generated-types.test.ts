import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { loadSpec } from './load-spec.ts';
import {
  GENERATED_SPEC_TYPES_PATH,
  GENERATED_TYPES_PATH,
  renderRequestTypes,
  renderSpecFileTypes,
} from './render-types.ts';
import type { Check, CheckKind, Evidence, Family, Rule, WireDefect } from './spec-types.ts';

describe('generated types', () => {
  it('of the request match the spec (run `npm run gen` after editing the spec)', async () => {
    const committed = readFileSync(GENERATED_TYPES_PATH, 'utf8');
    expect(committed).toBe(await renderRequestTypes(loadSpec()));
  });

  it("of a spec file match the spec's schema (run `npm run gen` after editing the schema)", async () => {
    expect(readFileSync(GENERATED_SPEC_TYPES_PATH, 'utf8')).toBe(await renderSpecFileTypes());
  });

  it('give the loaded spec the shapes the schema states', () => {
    expectTypeOf<CheckKind>().toEqualTypeOf<Rule['check']['kind']>();
    expectTypeOf<'maxLength' | 'wire' | 'lifecycle'>().toExtend<CheckKind>();
    expectTypeOf<Check['member']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Check['max']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<'signatureBad' | 'nullItem'>().toExtend<WireDefect>();
    expectTypeOf<Rule['family']>().toEqualTypeOf<Family>();
    expectTypeOf<Rule['evidence']['outcome']>().toEqualTypeOf<Evidence>();
  });
});
