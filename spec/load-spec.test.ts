import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSpec, DEFAULT_SPEC_PATH, loadSpec, SpecError } from './load-spec.ts';
import { memberSchema } from './member-schema.ts';

const raw = () => JSON.parse(readFileSync(DEFAULT_SPEC_PATH, 'utf8'));

describe('the spec', () => {
  it('loads and passes its own schema and consistency checks', () => {
    expect(loadSpec().rules.length).toBeGreaterThan(40);
  });

  it('refuses a rule that breaks the spec schema, naming where', () => {
    const bad = raw();
    bad.rules[0].evidence.rule.level = 'PROBABLY';
    expect(() => checkSpec(bad)).toThrow(SpecError);
    expect(() => checkSpec(bad)).toThrow(/\/rules\/0\/evidence\/rule\/level/);
  });

  it('refuses exact error codes claimed on INFER or UNKNOWN evidence', () => {
    const bad = raw();
    const rule = bad.rules.find((r: { id: string }) => r.id === 'tagList.maxItems');
    rule.expect = { reject: { codes: ['ValidationException'] } };
    expect(() => checkSpec(bad)).toThrow(/tagList.maxItems demands exact error codes on INFER evidence/);
  });

  it('refuses a rule on a member the request schema does not have', () => {
    const bad = raw();
    bad.rules[0].check.member = 'nope';
    expect(() => checkSpec(bad)).toThrow(/unknown member nope/);
  });

  it('refuses a maxLength check without member, naming the rule', () => {
    const bad = raw();
    delete bad.rules.find((r: { id: string }) => r.id === 'domain.maxLength').check.member;
    expect(() => checkSpec(bad, 'X')).toThrow(
      /^spec X: rule domain.maxLength: .*must have required property 'member'$/,
    );
  });

  it("refuses a maxItems check carrying another kind's fields", () => {
    const bad = raw();
    const rule = bad.rules.find((r: { id: string }) => r.id === 'tagList.maxItems');
    Object.assign(rule.check, { defect: 'empty', scenario: 'otherDomain', min: 1 });
    expect(() => checkSpec(bad)).toThrow(/rule tagList.maxItems: .*additional properties/);
  });

  it('refuses a check of unknown kind, naming the rule', () => {
    const bad = raw();
    bad.rules[0].check.kind = 'nope';
    expect(() => checkSpec(bad)).toThrow(new RegExp(`rule ${bad.rules[0].id}: .*"nope"`));
  });

  it('puts the text of a sourceRef in its place, and refuses one that names no source, naming the rule', () => {
    const good = raw();
    const rule = good.rules.find((r: { id: string }) => r.id === 'domain.maxLength');
    expect(rule.evidence.rule.sourceRef).toBe('modelMaxLength');
    expect(checkSpec(good).rules.find((r) => r.id === 'domain.maxLength')!.evidence.rule).toEqual({
      level: 'DOC',
      source: good.evidenceSources.modelMaxLength,
    });
    rule.evidence.rule.sourceRef = 'nowhere';
    expect(() => checkSpec(good, 'X')).toThrow(
      /^spec X: rule domain.maxLength: \/rules\/\d+\/evidence\/rule sourceRef 'nowhere' names no entry of evidenceSources$/,
    );
  });

  it('refuses a rule of a family spec/families.ts does not list, naming the rule', () => {
    const bad = raw();
    bad.rules[0].family = 'misc';
    expect(() => checkSpec(bad, 'X')).toThrow(new RegExp(`^spec X: rule ${bad.rules[0].id}: unknown family misc`));
  });

  it('gives a one-line error for a file that is not JSON', () => {
    expect(() => loadSpec('/etc/hostname')).toThrow(SpecError);
  });
});

describe('the spec against the official SWF model', () => {
  const model = JSON.parse(
    readFileSync(new URL('./aws-model/swf-2012-01-25.service-model.json', import.meta.url), 'utf8'),
  );
  const shapes = model.shapes;
  const spec = loadSpec();

  /** Walks the model's StartWorkflowExecutionInput and yields [memberPath, shape] pairs. */
  function* members(
    shapeName: string,
    prefix = '',
  ): Generator<[string, { type: string; min?: number; max?: number; enum?: string[] }]> {
    for (const [name, ref] of Object.entries(shapes[shapeName].members as Record<string, { shape: string }>)) {
      const shape = shapes[ref.shape];
      if (shape.type === 'structure') yield* members(ref.shape, `${prefix}${name}.`);
      else yield [`${prefix}${name}`, shape];
      if (shape.type === 'list') yield [`${prefix}${name}[]`, shapes[shape.member.shape]];
    }
  }

  it('has every member of the model with the same limits and enums', () => {
    for (const [path, shape] of members('StartWorkflowExecutionInput')) {
      const node = memberSchema(spec, path);
      expect(node, path).toBeDefined();
      if (shape.type === 'list') expect(node!.maxItems, path).toBe(shape.max);
      else {
        expect(node!.minLength ?? 0, `${path} min`).toBe(shape.min ?? 0);
        expect(node!.maxLength, `${path} max`).toBe(shape.max);
        expect(node!.enum, `${path} enum`).toEqual(shape.enum);
      }
    }
  });

  it("has the model's required members", () => {
    expect(spec.request.required).toEqual(shapes.StartWorkflowExecutionInput.required);
  });

  it('expects only errors the model lists for the operation, validation errors, or (wire rules) serialization errors', () => {
    const modeled = model.operations.StartWorkflowExecution.errors.map((e: { shape: string }) => e.shape);
    // The framework's own errors, which no operation models: ValidationException, and SerializationException on the wire.
    const framework = (family: string) =>
      family === 'wire' ? ['ValidationException', 'SerializationException'] : ['ValidationException'];
    for (const rule of spec.rules) {
      if ('reject' in rule.expect && 'codes' in rule.expect.reject) {
        for (const code of rule.expect.reject.codes)
          expect([...modeled, ...framework(rule.family)], rule.id).toContain(code);
      }
    }
  });
});
