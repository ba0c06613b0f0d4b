import type { Observation } from '../model/observation.ts';
import type { Expected } from '../model/expected.ts';
import type { DivergenceKind } from '../model/divergence-kind.ts';

/** A client error is an HTTP 4xx answer. */
export function isClientError(o: Observation): boolean {
  return !o.ok && o.status !== undefined && o.status >= 400 && o.status < 500;
}

/** Compares one call's answer with the oracle's expectation; undefined when they agree (effects aside). */
export function classifyOutcome(expected: Expected, observed: Observation): DivergenceKind | undefined {
  if (!observed.ok && observed.inconclusive) return undefined;
  if (!observed.ok && observed.timedOut) return 'timeout';
  if (!observed.ok && !isClientError(observed)) return 'server-error';
  if (expected.outcome === 'either')
    return observed.ok || !expected.codes || expected.codes.includes(observed.code) ? undefined : 'wrong-error';
  if (expected.outcome === 'success') return observed.ok ? undefined : 'rejected-valid';
  if (observed.ok) return 'accepted-invalid';
  if (expected.anyClientError || expected.codes.includes(observed.code)) return undefined;
  return 'wrong-error';
}
