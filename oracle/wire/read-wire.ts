import type { WireBody, WireForm } from '../../model/wire.ts';
import { SDK_WIRE_HEADERS } from '../../model/wire.ts';
import { renderWireBody } from '../../model/render-wire-body.ts';

/** A wire form as the service meets it: headers, body size, the decoded text and the parsed JSON where each exists. */
export interface WireView {
  signing: WireForm['signing'];
  target: string | null;
  contentType: string | null;
  /** The body's length in bytes. */
  size: number;
  /**
   * The body as UTF-8 up to its padding (spaces after the JSON, which change neither its parse nor its keys);
   * undefined when the bytes are not valid UTF-8.
   */
  text?: string;
  /** True when the text is well-formed JSON; `json` then holds it. */
  parsed: boolean;
  json?: unknown;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// UTF-8 round-trips a well-formed string (no lone surrogate) as it is. ES2024, in Node 20; the project's lib is ES2022.
const wellFormed = (s: string) => (s as string & { isWellFormed(): boolean }).isWellFormed();

/**
 * The text the bytes of a JSON or text body decode to, up to its padding, without rendering (1 MB for an oversized
 * body) and decoding them again: the string renderWireBody encodes. Undefined when only the bytes can say (raw bytes,
 * a lone surrogate).
 */
export function textOfBody(body: WireBody): string | undefined {
  if (body.kind === 'bytes') return undefined;
  if (body.kind === 'text') return wellFormed(body.text) ? body.text : undefined;
  const json = JSON.stringify(body.value);
  // As renderWireBody writes it: the duplicate first, then the request's own object. JSON.stringify escapes a lone
  // surrogate: its text is always well-formed.
  return body.duplicate
    ? `{${JSON.stringify(body.duplicate.key)}:${JSON.stringify(body.duplicate.first)},${json.slice(1)}`
    : json;
}

/** The body's size in bytes and its text as UTF-8 up to its padding (undefined when the bytes are not valid UTF-8). */
function readBody(body: WireBody): { size: number; text?: string } {
  const text = textOfBody(body);
  const padding = body.kind === 'json' ? (body.padding ?? 0) : 0;
  // Joining 1 MB of spaces to the text would cost more than the rest of the oracle: only its size counts them.
  if (text !== undefined) return { size: Buffer.byteLength(text, 'utf8') + padding, text };
  const bytes = renderWireBody(body);
  try {
    return { size: bytes.length, text: strictUtf8.decode(bytes) };
  } catch {
    return { size: bytes.length };
  }
}

/** Reads a wire form once, for every wire check to look at. */
export function readWire(wire: WireForm): WireView {
  const header = (name: keyof typeof SDK_WIRE_HEADERS) => {
    const set = wire.headers?.[name];
    return set === undefined ? SDK_WIRE_HEADERS[name] : set;
  };
  const { size, text } = readBody(wire.body);
  const view: WireView = {
    signing: wire.signing,
    target: header('x-amz-target'),
    contentType: header('content-type'),
    size,
    parsed: false,
  };
  if (text === undefined) return view;
  view.text = text;
  try {
    view.json = JSON.parse(text);
    view.parsed = true;
  } catch {
    // Not JSON: the malformed-body rule judges it.
  }
  return view;
}
