// A runId as the targets make them: SWF's and the mock's ('2', a digit, 32 bytes of base64: 46 characters), moto's
// (a UUID's 32 hex digits) and the UUIDs of other emulators. Only what was expected and observed is searched, never the
// request, whose values are the generators' (and the same for a seed).
const RUN_ID =
  /(?<![A-Za-z0-9+/=])2\d[A-Za-z0-9+/]{43}=(?![A-Za-z0-9+/=])|\b[0-9a-f]{32}\b|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g;

// A runId named under a `runId` key is replaced inside longer text only from this length: a short one could be a word.
const QUOTABLE = 16;

/** Every string held under a `runId` key, whatever its shape (an endpoint's own runIds). */
function namedRunIds(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => namedRunIds(v, into));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'runId' && typeof v === 'string' && v) into.add(v);
      else namedRunIds(v, into);
    }
  }
  return into;
}

/**
 * What a divergence observed and expected, with the target's runIds (random, so never the same twice) replaced by
 * `<runId:n>` in order of first appearance: the same runId gets the same placeholder within the divergence, so what
 * names what stays readable, and two runs of the same seed write the same report.
 */
export function maskRunIds<T extends { expected?: unknown; observed: unknown }>(d: T): T {
  const known = namedRunIds([d.expected, d.observed], new Set());
  const placeholders = new Map<string, string>();
  const placeholder = (id: string) => {
    if (!placeholders.has(id)) placeholders.set(id, `<runId:${placeholders.size + 1}>`);
    return placeholders.get(id)!;
  };
  const text = (s: string) => {
    if (known.has(s)) return placeholder(s);
    let out = s;
    // Quoted inside a message too, when long enough not to be mistaken for ordinary text.
    for (const id of known) if (id.length >= QUOTABLE && out.includes(id)) out = out.split(id).join(placeholder(id));
    return out.replace(RUN_ID, placeholder);
  };
  const walk = (v: unknown): unknown =>
    typeof v === 'string'
      ? text(v)
      : Array.isArray(v)
        ? v.map(walk)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
          : v;
  // A soft finding has no expectation: none is added.
  return { ...d, ...('expected' in d ? { expected: walk(d.expected) } : {}), observed: walk(d.observed) };
}
