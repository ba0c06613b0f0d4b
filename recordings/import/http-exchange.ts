/** One HTTP call as a cassette or HAR file holds it, before it is known to be an SWF call. */
export interface HttpExchange {
  request: {
    /** Header names in lower case; a header given several values keeps them joined by ", ". */
    headers: Record<string, string>;
    /** Text, bytes (a `!!binary` or base64 body), or absent for no body. */
    body?: string | Uint8Array;
  };
  response: {
    status: number;
    headers: Record<string, string>;
    body?: string | Uint8Array;
  };
  /** When the call was made, where the file says it apart from the headers (HAR startedDateTime). */
  startedAt?: string;
}

/** Header names in lower case (cassettes write content-type and Content-Type alike); list values joined. */
export function lowerCaseHeaders(entries: Array<[string, unknown]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of entries) {
    const text = Array.isArray(value)
      ? value.map(String).join(', ')
      : value === undefined || value === null
        ? ''
        : String(value);
    const key = name.toLowerCase();
    out[key] = out[key] !== undefined ? `${out[key]}, ${text}` : text;
  }
  return out;
}
