/** Just what folding reads and writes of a divergence. */
interface Foldable {
  rule: string;
  kind: string;
  observed: unknown;
  repeats?: number;
}

// Findings about the target as a whole rather than one request (the form of its answers): one listed is enough,
// and listing each case's would bury the rest of a report (and can outgrow what one JSON string may hold).
const FOLDED_KINDS: ReadonlySet<string> = new Set(['malformed-answer']);

/**
 * A filter that keeps the first divergence of each folded kind, rule and observation and counts the others into its
 * `repeats`; every other divergence passes. Use one per report.
 */
export function createRepeatFolder<T extends Foldable>(): (d: T) => boolean {
  const firsts = new Map<string, T>();
  return (d) => {
    if (!FOLDED_KINDS.has(d.kind)) return true;
    const key = `${d.rule}\u0000${d.kind}\u0000${JSON.stringify(d.observed)}`;
    const first = firsts.get(key);
    if (!first) return firsts.set(key, d), true;
    first.repeats = (first.repeats ?? 0) + 1 + (d.repeats ?? 0);
    return false;
  };
}

/** How many cases a list of divergences stands for, repeats included. */
export const countFindings = (list: Array<{ repeats?: number }>) => list.reduce((n, d) => n + 1 + (d.repeats ?? 0), 0);
