import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { RecordedBody, RecordedInteraction } from '../interaction-recording.ts';
import type { HttpExchange } from './http-exchange.ts';

// boto2 sends the long form, the SDKs (botocore, AWS SDK v3) the short one; the operation follows the last dot.
const SWF_TARGET = /^(?:com\.amazonaws\.swf\.service\.model\.)?SimpleWorkflowService\.([A-Za-z]+)$/;

// A recorder keeps the bytes as they came, compressed when the service compressed them.
const DECODE: Record<string, (b: Buffer) => Buffer> = {
  gzip: gunzipSync,
  'x-gzip': gunzipSync,
  deflate: inflateSync,
  br: brotliDecompressSync,
};

/** Bytes as the Content-Encoding says they were sent (amz-1.0, which boto2 sends, is no compression); undefined when they do not decode. */
function decoded(bytes: Buffer, encoding: string | undefined): Buffer | undefined {
  const decode = DECODE[encoding?.trim().toLowerCase() ?? ''];
  try {
    return decode ? decode(bytes) : bytes;
  } catch {
    return undefined;
  }
}

/** A body as text (bytes decoded as UTF-8), then as JSON when it parses; an empty body is `{}`. */
export function recordedBody(body: string | Uint8Array | undefined, encoding?: string): RecordedBody {
  const bytes = typeof body === 'string' || !body ? undefined : decoded(Buffer.from(body), encoding);
  if (body && typeof body !== 'string' && !bytes)
    return { text: `(${body.length} bytes the Content-Encoding ${encoding} does not decode)` };
  const text = typeof body === 'string' ? body : bytes ? bytes.toString('utf8') : '';
  if (text === '') return {};
  try {
    return { json: JSON.parse(text) };
  } catch {
    return { text };
  }
}

/** `20160824T003114Z` (X-Amz-Date), an RFC 1123 Date or an ISO time, as ISO 8601; undefined when unreadable. */
export function isoTime(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const basic = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value.trim());
  const date = basic
    ? new Date(`${basic[1]}-${basic[2]}-${basic[3]}T${basic[4]}:${basic[5]}:${basic[6]}Z`)
    : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/**
 * The SWF call in an exchange, keeping only X-Amz-Target, the Content-Types and the time of all headers (no
 * Authorization, no security token); undefined when the exchange is no SWF call.
 */
export function exchangeToInteraction(exchange: HttpExchange, id: string): RecordedInteraction | undefined {
  const target = exchange.request.headers['x-amz-target']?.trim();
  const operation = target ? SWF_TARGET.exec(target)?.[1] : undefined;
  if (!target || !operation) return undefined;
  const sentAt =
    isoTime(exchange.request.headers['x-amz-date']) ??
    isoTime(exchange.startedAt) ??
    isoTime(exchange.request.headers.date);
  const requestType = exchange.request.headers['content-type'];
  const responseType = exchange.response.headers['content-type'];
  return {
    id,
    operation,
    request: {
      target,
      ...(requestType ? { contentType: requestType } : {}),
      ...(sentAt ? { sentAt } : {}),
      body: recordedBody(exchange.request.body, exchange.request.headers['content-encoding']),
    },
    response: {
      status: exchange.response.status,
      ...(responseType ? { contentType: responseType } : {}),
      body: recordedBody(exchange.response.body, exchange.response.headers['content-encoding']),
    },
  };
}
