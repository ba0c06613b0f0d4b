// Looked up on the module objects at call time: MSW intercepts http.request by patching them.
import http from 'node:http';
import https from 'node:https';

/** What came back to a raw POST: the status, headers and body text, or why nothing did. */
export type RawResponse =
  | { status: number; headers: Record<string, string | string[] | undefined>; text: string }
  | { status?: undefined; code: string; message: string; timedOut?: true };

/**
 * POSTs `body` with `headers` (already signed) and reads the whole answer. Never throws: a dropped connection or a
 * hang past `timeoutMs` is a response without a status.
 */
export function postRaw(
  url: URL,
  headers: Record<string, string>,
  body: Uint8Array,
  timeoutMs: number,
): Promise<RawResponse> {
  return new Promise<RawResponse>((resolve) => {
    // A timer on the whole answer, not the socket's idle timeout: an interceptor (MSW) has no socket to go idle.
    const timer = setTimeout(() => {
      req.destroy();
      finish({ code: 'Timeout', message: `no answer within ${timeoutMs} ms`, timedOut: true });
    }, timeoutMs);
    const finish = (response: RawResponse) => {
      clearTimeout(timer);
      resolve(response);
    };
    let req: http.ClientRequest;
    try {
      req = (url.protocol === 'https:' ? https : http).request(url, { method: 'POST', headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          finish({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', (e) => finish({ code: 'ConnectionDropped', message: e.message }));
      });
    } catch (e) {
      // Node refuses some headers before sending (a control character in a recorded Content-Type): nothing was sent.
      return finish({
        code: (e as NodeJS.ErrnoException).code ?? 'NotSent',
        message: (e as Error).message.split('\n')[0],
      });
    }
    req.on('error', (e: NodeJS.ErrnoException) =>
      finish({ code: e.code ?? 'ConnectionDropped', message: e.message.split('\n')[0] }),
    );
    req.end(body);
  });
}
