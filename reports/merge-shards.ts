import type { Spec } from '../spec/spec-types.ts';
import type { Report } from './report.ts';
import { countByKind } from './count-by-kind.ts';
import { countFindings, createRepeatFolder, createSoftFolder } from '../model/fold-repeats.ts';
import { reproduce } from './reproduction.ts';

/** Reports that cannot be merged (different runs, missing or repeated shards); the message is one line. */
export class MergeError extends Error {}

type Tally = Report['rules'][number];

/** Adds a shard's tally of a rule into the merged one: cases, divergences and every coverage count. */
function addTally(into: Tally, from: Tally): void {
  into.cases += from.cases;
  into.divergences += from.divergences;
  for (const [facet, counts] of Object.entries(from.coverage)) {
    const merged = (into.coverage[facet] ??= {});
    for (const [value, n] of Object.entries(counts)) merged[value] = (merged[value] ?? 0) + n;
  }
}

/** Checks that reports are the shards of one run, each exactly once; returns them in shard order. */
function checkShards(reports: Report[]): Report[] {
  const [first] = reports;
  const same = (r: Report) =>
    r.target === first.target &&
    r.seed === first.seed &&
    r.runs === first.runs &&
    r.runTag === first.runTag &&
    JSON.stringify(r.families) === JSON.stringify(first.families);
  const odd = reports.find((r) => !same(r));
  if (odd)
    throw new MergeError(
      `cannot merge runs of different targets, seeds, runs or families (${first.target} seed ${first.seed} vs ${odd.target} seed ${odd.seed})`,
    );
  const count = first.shard?.count ?? 1;
  const indexes = reports.map((r) => r.shard?.index ?? 1).sort((a, b) => a - b);
  if (
    reports.some((r) => (r.shard?.count ?? 1) !== count) ||
    indexes.join() !== Array.from({ length: count }, (_, i) => i + 1).join()
  ) {
    throw new MergeError(
      `shards of ${first.target} seed ${first.seed} must be 1..${count} once each, got ${indexes.join(', ')}`,
    );
  }
  return [...reports].sort((a, b) => (a.shard?.index ?? 1) - (b.shard?.index ?? 1));
}

/** Sort key of a divergence as the unsharded run would list it: its case's rule, then the case, then its own place. */
function orderOf(position: Map<string, number>) {
  return (d: Report['divergences'][number]) => {
    const [path, sub] = d.id
      .slice(d.id.lastIndexOf('#') + 1)
      .split('.')
      .map(Number);
    return [position.get(d.replay.rule) ?? position.size, path, sub];
  };
}

/**
 * Merges the shards of one run into the report the unsharded run would have written, timings apart. Reproductions
 * are rebuilt for the merged report's path.
 */
export function mergeShards(spec: Spec, shards: Report[], reportPath: string): Report {
  const parts = checkShards(shards);
  const [first] = parts;
  const rules: Tally[] = first.rules.map((r) => ({ ...structuredClone(r), cases: 0, divergences: 0, coverage: {} }));
  for (const part of parts) {
    for (const tally of part.rules) {
      const into = rules.find((r) => r.id === tally.id);
      if (into) addTally(into, tally);
      else rules.push(structuredClone(tally));
    }
  }
  // The spec's order, as the unsharded run lists its rules (a rule another family's cases exercised may come late).
  const specOrder = new Map(spec.rules.map((r, i) => [r.id, i]));
  rules.sort((a, b) => (specOrder.get(a.id) ?? Infinity) - (specOrder.get(b.id) ?? Infinity));
  const position = new Map(rules.map((r, i) => [r.id, i]));
  const key = orderOf(position);
  const byOrder = (a: number[], b: number[]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  const divergences = parts
    .flatMap((p) => p.divergences)
    .sort((a, b) => byOrder(key(a), key(b)))
    .map((d) => ({ ...d, reproduce: reproduce(d, reportPath) }))
    .filter(createRepeatFolder());
  // Soft findings in the unsharded run's order (case rule, case, call), folded again: one of each rule and code.
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
  const notRun = [...new Map(parts.flatMap((p) => p.notRun).map((n) => [n.rule, n])).values()];
  const inconclusive = parts
    .flatMap((p) => p.inconclusive)
    .sort((a, b) => (position.get(a.rule) ?? 0) - (position.get(b.rule) ?? 0) || Number(a.path) - Number(b.path));
  const { shard: _shard, ...rest } = first;
  const stoppedEarly = parts
    .map((p) => p.stoppedEarly)
    .filter(Boolean)
    .join('; ');
  // One interrupted part makes the merged report partial too.
  const interrupted = [...new Set(parts.map((p) => p.interrupted).filter(Boolean))].join('; ');
  const baselines = parts.map((p) => p.baseline).filter((b): b is NonNullable<Report['baseline']> => !!b);
  return {
    ...rest,
    startedAt: parts.map((p) => p.startedAt).sort()[0],
    durationMs: Math.max(...parts.map((p) => p.durationMs)),
    ...(stoppedEarly ? { stoppedEarly } : {}),
    ...(interrupted ? { interrupted } : {}),
    notRun,
    inconclusive,
    summary: {
      cases: parts.reduce((n, p) => n + p.summary.cases, 0),
      calls: parts.reduce((n, p) => n + p.summary.calls, 0),
      rules: rules.length,
      rulesWithoutCases: rules.filter((r) => r.cases === 0 && !notRun.some((n) => n.rule === r.id)).map((r) => r.id),
      rulesDiverging: rules.filter((r) => r.divergences > 0).length,
      divergences: countFindings(divergences),
      byKind: countByKind(divergences),
      softFindings: countFindings(softFindings),
    },
    ...(baselines.length
      ? {
          baseline: {
            file: baselines[0].file,
            baselined: baselines.reduce((n, b) => n + b.baselined, 0),
            new: baselines.reduce((n, b) => n + b.new, 0),
            // An entry is stale only if no shard saw it.
            stale: baselines[0].stale.filter((e) =>
              baselines.every((b) => b.stale.some((s) => s.rule === e.rule && s.kind === e.kind)),
            ),
            expired: baselines[0].expired,
          },
        }
      : {}),
    ...(parts.find((p) => p.stateful) ? { stateful: parts.find((p) => p.stateful)!.stateful } : {}),
    rules,
    divergences,
    softFindings,
  };
}
