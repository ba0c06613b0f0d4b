import type { WireForm } from '../../model/wire.ts';
import { SDK_WIRE_HEADERS } from '../../model/wire.ts';
import { renderWireBody } from '../../model/render-wire-body.ts';

/** A wire form as the service meets it: headers, bytes, the decoded text and the parsed JSON where each exists. */
export interface WireView {
  signing: WireForm['signing'];
  target: string | null;
  contentType: string | null;
  bytes: Buffer;
  /** The body as UTF-8; undefined when the bytes are not valid UTF-8. */
  text?: string;
  /** True when the text is well-formed JSON; `json` then holds it. */
  parsed: boolean;
  json?: unknown;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Renders and reads a wire form once, for every wire check to look at. */
export function readWire(wire: WireForm): WireView {
  const header = (name: keyof typeof SDK_WIRE_HEADERS) => {
    const set = wire.headers?.[name];
    return set === undefined ? SDK_WIRE_HEADERS[name] : set;
  };
  const bytes = renderWireBody(wire.body);
  const view: WireView = {
    signing: wire.signing,
    target: header('x-amz-target'),
    contentType: header('content-type'),
    bytes,
    parsed: false,
  };
  try {
    view.text = strictUtf8.decode(bytes);
  } catch {
    return view;
  }
  try {
    view.json = JSON.parse(view.text);
    view.parsed = true;
  } catch {
    // Not JSON: the malformed-body rule judges it.
  }
  return view;
}
