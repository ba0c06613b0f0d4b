import { getResponse } from 'msw';
import type { HttpHandlerOptions, HttpRequest, HttpResponse, RequestHandler } from '@smithy/types';
import { createHandlers } from './handlers.ts';
import type { MockContext } from './mock-context.ts';
import { MOCK_SWF_ENDPOINT } from './open-mock-swf.ts';

/** An SDK `requestHandler`: what SWFClient calls instead of node:http. */
export interface InProcessHandler extends RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions> {
  updateHttpClientConfig(key: never, value: never): void;
  httpHandlerConfigs(): Record<string, never>;
}

/** The SDK's request as a fetch Request, byte for byte; bytes, not a string, so fetch adds no Content-Type of its own. */
function toFetchRequest(request: HttpRequest): Request {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(request.query ?? {})) {
    for (const v of [value ?? ''].flat()) query.append(name, v);
  }
  const search = query.size ? `?${query}` : '';
  const url = `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ''}${request.path}${search}`;
  const body = typeof request.body === 'string' ? Buffer.from(request.body) : request.body;
  return new Request(url, {
    method: request.method,
    headers: request.headers,
    body: ['GET', 'HEAD'].includes(request.method) ? undefined : body,
  });
}

/**
 * Hands every SDK request straight to the mock's own MSW handlers (msw's `getResponse`), with no interception of
 * node:http: the same state machine and answers as `openMockSwf`, without MSW's interceptor and socket emulation.
 * Offered for speed (`npm run bench` measures the difference); the harness's mock target still goes through MSW.
 */
export function createInProcessHandler(context: MockContext, endpoint: string = MOCK_SWF_ENDPOINT): InProcessHandler {
  const handlers = createHandlers(context, new URL(endpoint).origin);
  return {
    async handle(request, options) {
      if (options?.abortSignal?.aborted) throw Object.assign(new Error('Request aborted'), { name: 'AbortError' });
      const fetchRequest = toFetchRequest(request);
      const response = await getResponse(handlers, fetchRequest);
      // As under MSW's onUnhandledRequest 'error': a request the mock does not answer fails, it never goes out.
      if (!response) throw new TypeError(`in-process mock: no handler for ${fetchRequest.method} ${fetchRequest.url}`);
      // Response.error() is a dropped connection under MSW: a network error, with no status.
      if (response.type === 'error') throw Object.assign(new TypeError('Network error'), { code: 'ECONNRESET' });
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        headers[name] = value;
      });
      const body = new Uint8Array(await response.arrayBuffer());
      return { response: { statusCode: response.status, reason: response.statusText, headers, body } };
    },
    updateHttpClientConfig: () => {},
    httpHandlerConfigs: () => ({}),
  };
}
