/** What the mock reads of a request: method, URL, headers (lower-case names) and the body's exact bytes. */
export interface WireRequest {
  method: string;
  url: URL;
  headers: Headers;
  bytes: Uint8Array;
}

/** Reads a request's body once, as bytes, so that size, signature and text all see exactly what was sent. */
export async function readWireRequest(request: Request): Promise<WireRequest> {
  return {
    method: request.method,
    url: new URL(request.url),
    headers: request.headers,
    bytes: new Uint8Array(await request.arrayBuffer()),
  };
}
