/** How many divergences of each kind, for a report's summary; a folded one counts with its repeats. */
export function countByKind(list: Array<{ kind: string; repeats?: number }>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of list) out[d.kind] = (out[d.kind] ?? 0) + 1 + (d.repeats ?? 0);
  return out;
}
