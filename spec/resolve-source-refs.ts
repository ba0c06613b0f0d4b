/** A spec with each evidence `sourceRef` replaced by its text, or the first ref that names no source. */
export type Resolution = { spec: unknown } | { problem: { path: string; message: string } };

/**
 * Puts in place of every evidence's `sourceRef` the `source` text the top-level `evidenceSources` names by it (a
 * source cited more than once is written once), and leaves `evidenceSources` out: the loaded spec is the same as if
 * each source were written where it is cited. Runs after the schema check, so the shapes are known.
 */
export function resolveSourceRefs(raw: Record<string, unknown>): Resolution {
  const { evidenceSources = {}, ...rest } = raw as { evidenceSources?: Record<string, string> };
  let problem: { path: string; message: string } | undefined;
  const walk = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) return value.map((v, i) => walk(v, `${path}/${i}`));
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value).map(([k, v]) => [k, walk(v, `${path}/${k}`)] as const);
    const node = Object.fromEntries(entries) as Record<string, unknown>;
    if (typeof node.sourceRef !== 'string') return node;
    const { sourceRef, ...evidence } = node;
    const source = Object.hasOwn(evidenceSources, sourceRef) ? evidenceSources[sourceRef] : undefined;
    if (source === undefined)
      problem ??= { path, message: `sourceRef '${sourceRef}' names no entry of evidenceSources` };
    // The key order of a written-out source: level, source, then the rest.
    return { level: evidence.level, source, ...evidence };
  };
  const spec = walk(rest, '');
  return problem ? { problem } : { spec };
}
