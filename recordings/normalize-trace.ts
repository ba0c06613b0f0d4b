import type { TraceEntry } from '../model/trace-entry.ts';

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const ISO_TIME = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?\b/g;

/**
 * Replaces what differs between two runs of the same behaviour: each runId becomes `<runId:n>` in order of first
 * appearance within the case (the same runId always gets the same placeholder, wherever it is quoted), request ids
 * and other UUIDs `<uuid:n>`, timestamps `<timestamp>`.
 */
export function normalizeTrace(trace: TraceEntry[]): TraceEntry[] {
  const runIds = new Map<string, string>();
  const uuids = new Map<string, string>();
  const noteRunId = (id: unknown) => {
    if (typeof id === 'string' && id && !runIds.has(id)) runIds.set(id, `<runId:${runIds.size + 1}>`);
  };
  for (const entry of trace) {
    if ('observed' in entry && entry.observed.ok) noteRunId(entry.observed.runId);
    if ('effects' in entry) noteRunId(entry.effects.describe?.runId);
  }
  const text = (s: string) => {
    let out = s;
    for (const [id, placeholder] of runIds) out = out.split(id).join(placeholder);
    out = out.replace(UUID, (u) => {
      if (!uuids.has(u)) uuids.set(u, `<uuid:${uuids.size + 1}>`);
      return uuids.get(u)!;
    });
    return out.replace(ISO_TIME, '<timestamp>');
  };
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return text(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(trace) as TraceEntry[];
}
