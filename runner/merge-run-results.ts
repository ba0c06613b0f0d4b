import type { Spec } from '../spec/spec-types.ts';
import { createRepeatFolder, createSoftFolder } from '../model/fold-repeats.ts';
import type { RuleTally, RunResult, Shard } from './run-result.ts';

/** Adds one part's tally of a rule into the merged one: cases, divergences and every coverage count. */
export function addTally(into: RuleTally, from: RuleTally): void {
  into.cases += from.cases;
  into.divergences += from.divergences;
  for (const [facet, counts] of Object.entries(from.coverage)) {
    const merged = (into.coverage[facet] ??= {});
    for (const [value, n] of Object.entries(counts)) merged[value] = (merged[value] ?? 0) + n;
  }
}

/** The rule tallies of all parts, summed, in the spec's order (as one run reports them). */
function mergeTallies(spec: Spec, parts: RunResult[]): RuleTally[] {
  const merged = new Map<string, RuleTally>();
  for (const tally of parts.flatMap((p) => p.rules)) {
    const into = merged.get(tally.id);
    if (into) addTally(into, tally);
    else merged.set(tally.id, { ...structuredClone(tally) });
  }
  const specOrder = new Map(spec.rules.map((r, i) => [r.id, i]));
  return [...merged.values()].sort((a, b) => (specOrder.get(a.id) ?? Infinity) - (specOrder.get(b.id) ?? Infinity));
}

/** A finding's case as one run records it: the case's rule (in run order), the case's index, its own place in the case. */
const placeOf = (position: Map<string, number>, id: string): number[] => {
  const at = id.lastIndexOf('#');
  const [index, sub] = id
    .slice(at + 1)
    .split('.')
    .map(Number);
  return [position.get(id.slice(0, at)) ?? position.size, index, sub ?? 0];
};
const byPlace = (a: number[], b: number[]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * The parts of one run (the same seed, runs and families, each on its own target and shard) as the one run over all
 * of them would have found it, timings and call counts apart: tallies summed, findings in the order the run records
 * them (`order`: its rule ids in the order they run) and folded again, as a report lists them.
 */
export function mergeRunResults(spec: Spec, parts: RunResult[], order: string[], shard?: Shard): RunResult {
  const [first] = parts;
  const position = new Map(order.map((id, i) => [id, i]));
  const divergences = parts
    .flatMap((p) => p.divergences)
    .map((d) => ({ ...d }))
    .sort((a, b) => byPlace(placeOf(position, a.id), placeOf(position, b.id)))
    .filter(createRepeatFolder());
  const softFindings = parts
    .flatMap((p) => p.softFindings ?? [])
    .map((f) => ({ ...f }))
    .sort(
      (a, b) =>
        (position.get(a.replay.rule) ?? position.size) - (position.get(b.replay.rule) ?? position.size) ||
        Number(a.replay.path) - Number(b.replay.path) ||
        a.call.localeCompare(b.call),
    )
    .filter(createSoftFolder());
  const inconclusive = parts
    .flatMap((p) => p.inconclusive)
    .sort((a, b) => (position.get(a.rule) ?? 0) - (position.get(b.rule) ?? 0) || Number(a.path) - Number(b.path));
  const joined = (of: (p: RunResult) => string | undefined) =>
    [...new Set(parts.map(of).filter(Boolean))].join('; ') || undefined;
  const { shard: _shard, stoppedEarly: _stopped, interrupted: _interrupted, ...rest } = first;
  const stoppedEarly = joined((p) => p.stoppedEarly);
  const interrupted = joined((p) => p.interrupted);
  return {
    ...rest,
    ...(shard ? { shard } : {}),
    cases: parts.reduce((n, p) => n + p.cases, 0),
    calls: parts.reduce((n, p) => n + p.calls, 0),
    stoppedEarly,
    ...(interrupted ? { interrupted } : {}),
    notRun: [...new Map(parts.flatMap((p) => p.notRun).map((n) => [n.rule, n])).values()],
    inconclusive,
    rules: mergeTallies(spec, parts),
    divergences,
    softFindings,
    startedAt: parts.map((p) => p.startedAt).sort()[0],
    durationMs: Math.max(...parts.map((p) => p.durationMs)),
  };
}
