/** How many divergences of each kind, for a report's summary. */
export function countByKind(list: Array<{ kind: string }>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of list) out[d.kind] = (out[d.kind] ?? 0) + 1;
  return out;
}
