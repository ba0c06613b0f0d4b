/** Just what folding reads and writes of a divergence. */
interface Foldable {
  rule: string;
  kind: string;
  observed: unknown;
  repeats?: number;
}

// How many divergences of one rule and kind a report lists; the others are counted into the first one's `repeats`.
// Every case is in results.jsonl all the same; a report that listed each could outgrow what one JSON string may hold
// (a request may carry 32 KB of input, its reproductions three times that).
const LISTED = 3;
// Findings about the target as a whole rather than one request (the form of its answers): one of each form is enough.
const LISTED_BY_KIND: Record<string, number> = { 'malformed-answer': 1 };
// Kinds whose groups also tell apart what was observed (text/html and application/xml are two findings).
const BY_OBSERVATION: ReadonlySet<string> = new Set(['malformed-answer']);

/**
 * A filter, for divergences in case order, that keeps the first few of each rule and kind (see LISTED) and counts the
 * others into the first one's `repeats`. Folding is the same whether a run is whole or merged from shards: the first
 * few of a union are among the first few of its parts, and repeats add up. Use one per report.
 */
export function createRepeatFolder<T extends Foldable>(): (d: T) => boolean {
  return foldBy<T>(
    (d) => `${d.rule}\u0000${d.kind}${BY_OBSERVATION.has(d.kind) ? `\u0000${JSON.stringify(d.observed)}` : ''}`,
    (d) => LISTED_BY_KIND[d.kind] ?? LISTED,
  );
}

/**
 * The same filter for soft findings (model/soft-finding.ts): one listed of each rule and code answered, as for
 * malformed answers, since a target that answers one code for a rule answers it for every case of the rule.
 */
export function createSoftFolder<T extends { rule: string; observed: { code: string }; repeats?: number }>(): (
  d: T,
) => boolean {
  return foldBy<T>(
    (d) => `${d.rule}\u0000${d.observed.code}`,
    () => 1,
  );
}

/** Keeps the first `listed(d)` of each key, counting the others (and what they had folded) into the first's `repeats`. */
function foldBy<T extends { repeats?: number }>(
  keyOf: (d: T) => string,
  listedOf: (d: T) => number,
): (d: T) => boolean {
  const groups = new Map<string, { first: T; listed: number }>();
  return (d) => {
    const key = keyOf(d);
    const group = groups.get(key);
    if (!group) return (groups.set(key, { first: d, listed: 1 }), true);
    const folded = d.repeats ?? 0;
    delete d.repeats;
    if (group.listed < listedOf(d)) {
      group.listed++;
      if (folded) group.first.repeats = (group.first.repeats ?? 0) + folded;
      return true;
    }
    group.first.repeats = (group.first.repeats ?? 0) + 1 + folded;
    return false;
  };
}

/** How many cases a list of divergences stands for, repeats included. */
export const countFindings = (list: Array<{ repeats?: number }>) => list.reduce((n, d) => n + 1 + (d.repeats ?? 0), 0);
