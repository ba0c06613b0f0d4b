import { isDeepStrictEqual } from 'node:util';
import type { Effects, Observation } from '../model/observation.ts';
import type { TraceEntry } from '../model/trace-entry.ts';
import type { RecordedCase, Recording } from './recording.ts';
import { clipLargeValues } from '../model/clip-large-values.ts';

/** One place where two recordings of the same case differ. */
export interface Difference {
  key: string;
  rule: string;
  path: string;
  call: string;
  /** What differs; `message` alone is a soft difference, reported apart. */
  aspect: 'outcome' | 'status' | 'error-code' | 'message' | 'effect' | 'missing';
  field?: string;
  a: unknown;
  b: unknown;
}

const observationOf = (trace: TraceEntry[], call: string) =>
  (trace.find((t) => t.call === call) as { observed?: Observation } | undefined)?.observed;
const effectsOf = (trace: TraceEntry[]) =>
  (trace.find((t) => t.call === 'effects') as { effects?: Effects } | undefined)?.effects;

/** Differences between two answers to the same call. */
function diffObservation(a: Observation, b: Observation): Array<Pick<Difference, 'aspect' | 'a' | 'b'>> {
  if (a.ok !== b.ok)
    return [
      {
        aspect: 'outcome',
        a: a.ok ? 'accepted' : `${a.status ?? 'no answer'} ${a.code}`,
        b: b.ok ? 'accepted' : `${b.status ?? 'no answer'} ${b.code}`,
      },
    ];
  const out: Array<Pick<Difference, 'aspect' | 'a' | 'b'>> = [];
  if (a.status !== b.status) out.push({ aspect: 'status', a: a.status, b: b.status });
  if (!a.ok && !b.ok) {
    if (a.code !== b.code) out.push({ aspect: 'error-code', a: a.code, b: b.code });
    if (a.message !== b.message) out.push({ aspect: 'message', a: a.message, b: b.message });
  }
  return out;
}

/** Field-by-field differences between the effects read back on each side. */
function diffEffects(
  a: Effects | undefined,
  b: Effects | undefined,
): Array<Pick<Difference, 'aspect' | 'field' | 'a' | 'b'>> {
  const out: Array<Pick<Difference, 'aspect' | 'field' | 'a' | 'b'>> = [];
  for (const view of ['describe', 'started', 'readError'] as const) {
    const x = (a?.[view] ?? {}) as Record<string, unknown>;
    const y = (b?.[view] ?? {}) as Record<string, unknown>;
    for (const field of new Set([...Object.keys(x), ...Object.keys(y)])) {
      // Placeholders stand for runIds; which run an effect names is compared through the outcome, not the text.
      if (field === 'message') continue;
      if (!isDeepStrictEqual(x[field], y[field]))
        out.push({ aspect: 'effect', field: `${view}.${field}`, a: x[field] ?? '(absent)', b: y[field] ?? '(absent)' });
    }
  }
  return out;
}

/**
 * Compares two recordings of the same seeded cases, case by case and call by call. Long strings compare by length and
 * hash: both sides are clipped alike first, so an unclipped (format 1) recording still matches a clipped one.
 */
export function diffRecordings(a: Recording, b: Recording): Difference[] {
  const bByKey = new Map(b.cases.map((c) => [c.key, { ...c, trace: clipLargeValues(c.trace) }]));
  const aKeys = new Set(a.cases.map((c) => c.key));
  const out: Difference[] = [];
  const add = (c: RecordedCase, call: string, d: Pick<Difference, 'aspect' | 'a' | 'b'> & { field?: string }) =>
    out.push({ key: c.key, rule: c.rule, path: c.path, call, ...d });
  for (const ca of a.cases.map((c) => ({ ...c, trace: clipLargeValues(c.trace) }))) {
    const cb = bByKey.get(ca.key);
    if (!cb) {
      add(ca, 'case', { aspect: 'missing', a: 'recorded', b: '(absent)' });
      continue;
    }
    const calls = [...new Set([...ca.trace, ...cb.trace].map((t) => t.call).filter((c) => c !== 'effects'))];
    for (const call of calls) {
      const x = observationOf(ca.trace, call);
      const y = observationOf(cb.trace, call);
      if (!x || !y) add(ca, call, { aspect: 'missing', a: x ?? '(absent)', b: y ?? '(absent)' });
      else diffObservation(x, y).forEach((d) => add(ca, call, d));
    }
    const bothAccepted = observationOf(ca.trace, 'request')?.ok && observationOf(cb.trace, 'request')?.ok;
    if (bothAccepted) diffEffects(effectsOf(ca.trace), effectsOf(cb.trace)).forEach((d) => add(ca, 'effects', d));
  }
  for (const cb of b.cases.filter((c) => !aKeys.has(c.key)))
    add(cb, 'case', { aspect: 'missing', a: '(absent)', b: 'recorded' });
  return out;
}
