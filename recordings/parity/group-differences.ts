import type { DifferenceGroup, ReplayedInteraction } from './parity-result.ts';

/** Groups the differences by operation, kind and member path (array indexes as []), the largest groups first. */
export function groupDifferences(replayed: ReplayedInteraction[]): DifferenceGroup[] {
  const groups = new Map<string, DifferenceGroup>();
  for (const r of replayed) {
    for (const d of r.differences ?? []) {
      const path = d.path?.replace(/\[\d+\]/g, '[]');
      const key = `${r.operation}\u0000${d.kind}\u0000${path ?? ''}`;
      const g = groups.get(key) ?? {
        operation: r.operation,
        kind: d.kind,
        ...(path ? { path } : {}),
        count: 0,
        interactions: [],
        example: { recorded: d.recorded, observed: d.observed },
      };
      g.count++;
      if (!g.interactions.includes(r.id)) g.interactions.push(r.id);
      groups.set(key, g);
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.operation.localeCompare(b.operation));
}
