import type { SetupServer } from 'msw/node';

/** One request MSW saw, whether a handler answered it or it was refused as unhandled. */
export interface TrafficEntry {
  method: string;
  url: string;
  target?: string;
  handled: boolean;
}

// Distinct values kept for sharing: a run repeats a few URLs and targets thousands of times (wire cases add odd ones).
const SHARED_VALUES = 256;

/** Returns one string object for equal values, so that a long log holds each URL and target once, not per request. */
function createInterner(): (value: string) => string {
  const seen = new Map<string, string>();
  return (value) => {
    const known = seen.get(value);
    if (known !== undefined) return known;
    if (seen.size < SHARED_VALUES) seen.set(value, value);
    return value;
  };
}

/** Logs every request the server intercepts, so tests can prove where traffic went. */
export function recordTraffic(server: SetupServer): TrafficEntry[] {
  const log: TrafficEntry[] = [];
  const shared = createInterner();
  const push = (request: Request, handled: boolean) => {
    const target = request.headers.get('x-amz-target');
    log.push({
      method: shared(request.method),
      url: shared(request.url),
      target: target === null ? undefined : shared(target),
      handled,
    });
  };
  server.events.on('request:match', ({ request }) => push(request, true));
  server.events.on('request:unhandled', ({ request }) => push(request, false));
  return log;
}
