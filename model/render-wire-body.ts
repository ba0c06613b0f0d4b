import type { WireBody } from './wire.ts';

/** The exact bytes of a wire body. */
export function renderWireBody(body: WireBody): Buffer {
  if (body.kind === 'text') return Buffer.from(body.text, 'utf8');
  if (body.kind === 'bytes') return Buffer.from(body.base64, 'base64');
  let json = JSON.stringify(body.value);
  // The duplicate goes first, so a parser that keeps the last value sees the request's own.
  if (body.duplicate)
    json = `{${JSON.stringify(body.duplicate.key)}:${JSON.stringify(body.duplicate.first)},${json.slice(1)}`;
  return Buffer.concat([Buffer.from(json, 'utf8'), Buffer.alloc(body.padding ?? 0, ' ')]);
}

/** The headers of a wire request before signing: the SDK's, changed as the form says (null removes one). */
export function wireHeaders(
  headers: Record<string, string | null | undefined> | undefined,
  base: Record<string, string>,
): Record<string, string> {
  const out: Record<string, string> = { ...base };
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === null) delete out[name];
    else if (value !== undefined) out[name] = value;
  }
  return out;
}
