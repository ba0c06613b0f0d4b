// The types of a loaded spec, derived from those `npm run gen` generates from spec.schema.json (spec/generated/
// spec-file.ts): the shapes live in the schema alone; here they are only named and resolved as the loader resolves them.
import type * as File from './generated/spec-file.ts';

export type { Family } from './families.ts';
export type { SchemaNode } from './schema-node.ts';

export type EvidenceLevel = File.Level;

/** Evidence as loaded: its `source` written out (a spec file may cite it by `sourceRef` instead). */
export interface Evidence {
  level: EvidenceLevel;
  /** In-project paths (spec/evidence/swf-facts.md §N, spec/aws-model/…) or public sources (URL, owner/repo#N); never outside the project. */
  source: string;
  note?: string;
}

/** One branch of the schema's `check` per kind, each with its own fields. */
export type CheckVariant = File.Check;
export type CheckKind = CheckVariant['kind'];

type KeysOfAny<U> = U extends unknown ? keyof U : never;
type FieldOf<U, K extends PropertyKey> =
  U extends Record<K, infer V> ? V : U extends Partial<Record<K, infer V>> ? V : never;

/**
 * A check as the code reads it: its kind, and every field any kind may carry, optional. Which fields a kind must
 * and may have is the schema's business: the loader refuses a check that lacks one or carries another's.
 */
export type Check = { kind: CheckKind } & {
  [K in Exclude<KeysOfAny<CheckVariant>, 'kind'>]?: FieldOf<CheckVariant, K>;
};

/** What a wire-level case does to the HTTP request instead of breaking a member (family 'wire'). */
export type WireDefect = Extract<CheckVariant, { kind: 'wire' }>['defect'];

/** The behaviour of a started execution a lifecycle rule is about. */
export type LifecycleBehaviour = Extract<CheckVariant, { kind: 'lifecycle' }>['behaviour'];

/** A spec file's types with every evidence resolved and every check seen through `Check`. */
type Loaded<T> = T extends File.Evidence
  ? Evidence
  : T extends CheckVariant
    ? Check
    : T extends ReadonlyArray<infer E>
      ? Loaded<E>[]
      : T extends object
        ? { [K in keyof T]: Loaded<T[K]> }
        : T;

/** A spec as `loadSpec` returns it. */
export type Spec = Omit<Loaded<File.SwfConformanceOperationSpec>, 'evidenceSources'>;
export type Rule = Spec['rules'][number];
export type AccessSpec = Spec['access'];
export type ConditionKey = AccessSpec['conditionKeys'][number];
