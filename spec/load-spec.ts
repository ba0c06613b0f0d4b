import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Ajv as AjvClass, ErrorObject, ValidateFunction } from 'ajv';
import { readJsonFile } from './read-json-file.ts';
import type { Spec } from './spec-types.ts';
import { memberSchema } from './member-schema.ts';
import { FAMILIES } from './families.ts';
import { resolveSourceRefs } from './resolve-source-refs.ts';

/** The spec that ships with the harness. */
export const DEFAULT_SPEC_PATH = fileURLToPath(new URL('./start-workflow-execution.json', import.meta.url));
const SCHEMA_PATH = fileURLToPath(new URL('./spec.schema.json', import.meta.url));

/** A spec that cannot be used; its message is one line fit for the CLI. */
export class SpecError extends Error {}

const STRICT_LEVELS = new Set(['DOC', 'REAL']);
const LIMIT_OF: Record<string, 'minLength' | 'maxLength' | 'maxItems' | 'enum'> = {
  minLength: 'minLength',
  maxLength: 'maxLength',
  maxItems: 'maxItems',
  enum: 'enum',
};

/** Reads a spec file, checks it against spec.schema.json and against the rules the schema cannot state. */
export function loadSpec(path: string = DEFAULT_SPEC_PATH): Spec {
  return checkSpec(readJsonFile(path, 'spec', SpecError), path);
}

// Compiled once per process: every loadSpec would otherwise read and compile the schema again.
let validate: ValidateFunction | undefined;

/** The options the schema is compiled with, here and by `npm run build` (build/build.mjs) ahead of time. */
export const SCHEMA_OPTIONS = { allErrors: false, strict: false, discriminator: true } as const;
// The compiled package carries the validator build/build.mjs compiled from spec.schema.json (ajv's standalone code):
// compiling the schema at every start cost a fifth of a second. The sources, run through tsx, compile it.
const PRECOMPILED = fileURLToPath(new URL('./spec-validator.cjs', import.meta.url));

/** The schema's validator: the build's, when this is the compiled package, else compiled now. */
function specValidator(): ValidateFunction {
  const require = createRequire(import.meta.url);
  if (existsSync(PRECOMPILED)) return require(PRECOMPILED) as ValidateFunction;
  const { Ajv } = require('ajv') as { Ajv: typeof AjvClass };
  return new Ajv(SCHEMA_OPTIONS).compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
}

/** Validates a parsed spec; throws SpecError naming the first problem. */
export function checkSpec(raw: unknown, where = 'spec'): Spec {
  validate ??= specValidator();
  if (!validate(raw)) {
    const err = validate.errors?.[0];
    const path = err?.instancePath || '/';
    throw new SpecError(`spec ${where}: ${ruleNamedBy(raw, path)}${path} ${describeError(err)}`);
  }
  const resolved = resolveSourceRefs(raw as Record<string, unknown>);
  if ('problem' in resolved) {
    const { path, message } = resolved.problem;
    throw new SpecError(`spec ${where}: ${ruleNamedBy(raw, path)}${path} ${message}`);
  }
  const spec = resolved.spec as Spec;
  const problems = findSemanticProblems(spec);
  if (problems.length) throw new SpecError(`spec ${where}: ${problems[0]}`);
  return spec;
}

/** "rule ID: " when an ajv path points inside /rules/N, so the one-line error names the rule. */
function ruleNamedBy(raw: unknown, path: string): string {
  const index = /^\/rules\/(\d+)/.exec(path)?.[1];
  const rules = (raw as { rules?: { id?: unknown }[] }).rules;
  const id = index === undefined ? undefined : rules?.[Number(index)]?.id;
  return typeof id === 'string' ? `rule ${id}: ` : '';
}

/** ajv's message plus the field it is about, so "must NOT have additional properties" says which. */
function describeError(err: ErrorObject | undefined): string {
  if (!err) return 'is invalid';
  const extra = (err.params as { additionalProperty?: string }).additionalProperty;
  const kind = (err.params as { tag?: string; tagValue?: unknown }).tagValue;
  if (extra) return `${err.message} (${extra})`;
  if (err.keyword === 'discriminator') return `${err.message} (kind ${JSON.stringify(kind)})`;
  return err.message ?? 'is invalid';
}

/** Consistency the JSON Schema cannot express: unique ids, members that exist, no over-claimed certainty. */
export function findSemanticProblems(spec: Spec): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const rule of spec.rules) {
    if (seen.has(rule.id)) problems.push(`rule ${rule.id} is defined twice`);
    if (!FAMILIES.includes(rule.family))
      problems.push(`rule ${rule.id}: unknown family ${rule.family} (known: ${FAMILIES.join(', ')})`);
    seen.add(rule.id);
    const member = rule.check.member;
    if (member && !memberSchema(spec, member)) problems.push(`rule ${rule.id} names unknown member ${member}`);
    const limit = LIMIT_OF[rule.check.kind];
    if (limit && member && memberSchema(spec, member)?.[limit] === undefined) {
      problems.push(`rule ${rule.id} checks ${limit} but the request schema gives ${member} none`);
    }
    if ('reject' in rule.expect && 'codes' in rule.expect.reject && !STRICT_LEVELS.has(rule.evidence.outcome.level)) {
      problems.push(
        `rule ${rule.id} demands exact error codes on ${rule.evidence.outcome.level} evidence; only DOC or REAL may`,
      );
    }
  }
  const factors = new Set(['resource', 'evaluation', ...spec.access.conditionKeys.map((k) => k.key)]);
  for (const rule of spec.rules) {
    if (rule.check.kind === 'policy' && !factors.has(rule.check.factor ?? ''))
      problems.push(`rule ${rule.id} blames unknown factor ${rule.check.factor}`);
  }
  for (const key of spec.access.conditionKeys) {
    if (!memberSchema(spec, key.member)) problems.push(`condition key ${key.key} reads unknown member ${key.member}`);
  }
  for (const member of spec.characterRule.members) {
    if (!memberSchema(spec, member)) problems.push(`characterRule names unknown member ${member}`);
  }
  return problems;
}
