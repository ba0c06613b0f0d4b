import type { SetupServer } from 'msw/node';

/** One request MSW saw, whether a handler answered it or it was refused as unhandled. */
export interface TrafficEntry {
  method: string;
  url: string;
  target?: string;
  handled: boolean;
}

/** Logs every request the server intercepts, so tests can prove where traffic went. */
export function recordTraffic(server: SetupServer): TrafficEntry[] {
  const log: TrafficEntry[] = [];
  const push = (request: Request, handled: boolean) =>
    log.push({
      method: request.method,
      url: request.url,
      target: request.headers.get('x-amz-target') ?? undefined,
      handled,
    });
  server.events.on('request:match', ({ request }) => push(request, true));
  server.events.on('request:unhandled', ({ request }) => push(request, false));
  return log;
}
