import { isDeepStrictEqual } from 'node:util';
import type { Spec } from '../spec/spec-types.ts';
import { codePointLength } from '../model/request.ts';
import type { EffectView, Effects } from '../model/observation.ts';
import type { EffectiveConfig } from '../model/effective-config.ts';

/** One effect that a target showed differently from the contract. */
export interface EffectMismatch {
  rule: string;
  source: 'describe' | 'started' | 'start';
  expected: unknown;
  observed: unknown;
}

/** True when an observed value matches the expected one, or is an absence the spec's equivalence table allows. */
export function matches(spec: Spec, field: string, expected: unknown, observed: unknown): boolean {
  if (isDeepStrictEqual(expected, observed)) return true;
  return (
    observed === undefined &&
    spec.effectEquivalences.some((e) => e.field === field && isDeepStrictEqual(e.expected, expected))
  );
}

/** Checks every effect rule of the spec against what the target showed after an accepted start. */
export function compareEffects(
  spec: Spec,
  effective: EffectiveConfig,
  runId: string | undefined,
  effects: Effects,
): EffectMismatch[] {
  const out: EffectMismatch[] = [];
  const runIdOk = typeof runId === 'string' && codePointLength(runId) >= 1 && codePointLength(runId) <= 64;
  if (!runIdOk)
    out.push({ rule: 'effects.runId', source: 'start', expected: 'a runId of 1-64 characters', observed: runId });
  else if (effects.readError)
    out.push({
      rule: 'effects.runId',
      source: 'describe',
      expected: 'the execution can be read back',
      observed: effects.readError,
    });
  else if (effects.describe?.runId !== runId)
    out.push({ rule: 'effects.runId', source: 'describe', expected: runId, observed: effects.describe?.runId });

  for (const rule of spec.rules) {
    const field = rule.check.field;
    if (rule.check.kind !== 'effect' || !field || field === 'runId') continue;
    const expected = (effective as unknown as Record<string, unknown>)[field];
    for (const source of rule.check.observedIn ?? []) {
      const view: EffectView | undefined = effects[source];
      if (!view) continue; // unread because of a read error, which effects.runId already reports
      const observed = (view as Record<string, unknown>)[field];
      if (!matches(spec, field, expected, observed)) out.push({ rule: rule.id, source, expected, observed });
    }
  }
  return out;
}
