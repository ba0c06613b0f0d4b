import { RecordingError } from '../load-recording.ts';
import { lowerCaseHeaders, type HttpExchange } from './http-exchange.ts';

type Body = string | Uint8Array | undefined;
const isRecord = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array);

/** A vcrpy body: a string, bytes, null, or (responses, and some request bodies) `{string: ...}`. */
function bodyOf(value: unknown): Body {
  if (isRecord(value)) return bodyOf(value.string);
  if (typeof value === 'string' || value instanceof Uint8Array) return value;
  return undefined;
}

const headersOf = (value: unknown) => lowerCaseHeaders(isRecord(value) ? Object.entries(value) : []);

/** Whether parsed data is a vcrpy cassette: `interactions` as a list (YAML, or vcrpy's JSON serializer). */
export const isVcrCassette = (data: unknown): boolean => isRecord(data) && Array.isArray(data.interactions);

/**
 * The exchanges of a vcrpy cassette, in its order; an entry without a request or a numeric status is `undefined`,
 * so that the caller counts it as skipped and entry indexes stay those of the file.
 */
export function readVcrCassette(data: unknown, file: string): Array<HttpExchange | undefined> {
  if (!isVcrCassette(data)) throw new RecordingError(`${file}: not a vcrpy cassette (no interactions list)`);
  return (data as { interactions: unknown[] }).interactions.map((entry) => {
    if (!isRecord(entry) || !isRecord(entry.request) || !isRecord(entry.response)) return undefined;
    const { request, response } = entry;
    const status = isRecord(response.status) ? Number(response.status.code) : Number(response.status);
    if (!Number.isInteger(status)) return undefined;
    return {
      request: { headers: headersOf(request.headers), body: bodyOf(request.body) },
      response: { status, headers: headersOf(response.headers), body: bodyOf(response.body) },
    };
  });
}
