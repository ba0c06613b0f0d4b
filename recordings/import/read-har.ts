import { RecordingError } from '../load-recording.ts';
import { lowerCaseHeaders, type HttpExchange } from './http-exchange.ts';

interface HarHeader {
  name?: unknown;
  value?: unknown;
}
interface HarEntry {
  startedDateTime?: unknown;
  request?: { headers?: HarHeader[]; postData?: { text?: unknown } };
  response?: { status?: unknown; headers?: HarHeader[]; content?: { text?: unknown; encoding?: unknown } };
}

const headersOf = (list: unknown) =>
  lowerCaseHeaders(
    (Array.isArray(list) ? list : [])
      .filter((h: HarHeader) => typeof h?.name === 'string')
      .map((h: HarHeader) => [String(h.name), h.value]),
  );

/** Whether parsed data is a HAR file: `log.entries` as a list. */
export const isHar = (data: unknown): boolean => Array.isArray((data as { log?: { entries?: unknown } })?.log?.entries);

/** The exchanges of a HAR 1.2 file, in its order; an entry without a request or a numeric status is `undefined`. */
export function readHar(data: unknown, file: string): Array<HttpExchange | undefined> {
  if (!isHar(data)) throw new RecordingError(`${file}: not a HAR file (no log.entries list)`);
  return (data as { log: { entries: HarEntry[] } }).log.entries.map((entry) => {
    const status = Number(entry?.response?.status);
    if (!entry?.request || !Number.isInteger(status)) return undefined;
    const sent = entry.request.postData?.text;
    const content = entry.response!.content;
    const got = typeof content?.text === 'string' ? content.text : undefined;
    return {
      request: { headers: headersOf(entry.request.headers), body: typeof sent === 'string' ? sent : undefined },
      response: {
        status,
        headers: headersOf(entry.response!.headers),
        body: got !== undefined && content?.encoding === 'base64' ? Buffer.from(got, 'base64') : got,
      },
      ...(typeof entry.startedDateTime === 'string' ? { startedAt: entry.startedDateTime } : {}),
    };
  });
}
