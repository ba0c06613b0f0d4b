import { setupServer, type SetupServer } from 'msw/node';
import { createHandlers } from './handlers.ts';
import { createMockContext, type MockContextOptions } from './create-mock-context.ts';
import { closeMockParsers } from './close-mock-parsers.ts';
import { recordTraffic, type TrafficEntry } from './record-traffic.ts';
import type { SwfState } from './swf-state.ts';

/** The mock's endpoint: the discard port on loopback, so a request that escaped interception is refused locally, never sent out. */
export const MOCK_SWF_ENDPOINT = 'http://127.0.0.1:9';

export interface OpenMockSwfOptions extends MockContextOptions {
  /** false: keep no traffic log, whose entries grow with every request of a long run; default true, for tests. */
  logTraffic?: boolean;
}

export interface MockSwf {
  /** Give this to SWFClient as `endpoint`. */
  endpoint: string;
  /** The in-memory service state, for inspection. */
  state: SwfState;
  /** Every request MSW intercepted while this mock listened; empty when opened with logTraffic false. */
  traffic: TrafficEntry[];
  /** Forgets every domain, type and execution (and any corruption), as moto's reset does; quirks stay. */
  reset(): void;
  /** Stops intercepting; safe to call twice. */
  close(): Promise<void>;
}

// MSW patches process-wide modules, so only one server may listen at a time.
let active: SetupServer | undefined;

/**
 * Starts an in-memory SWF behind MSW. It is listening when the promise resolves, so create SDK clients afterwards:
 * MSW misses a client whose first request went out before listen(). Throws on an unknown quirk or a second concurrent start.
 */
export async function openMockSwf(options: OpenMockSwfOptions = {}): Promise<MockSwf> {
  if (active)
    throw new Error('mock SWF: another mock is already listening in this process (MSW allows one); close it first');
  const { context, reset, release } = createMockContext(options);
  const server = setupServer(...createHandlers(context, new URL(MOCK_SWF_ENDPOINT).origin));
  const traffic = options.logTraffic === false ? [] : recordTraffic(server);
  server.listen({ onUnhandledRequest: 'error' });
  const stopClosingParsers = closeMockParsers();
  active = server;
  let closed = false;
  return {
    endpoint: MOCK_SWF_ENDPOINT,
    state: context.state,
    traffic,
    reset,
    async close() {
      if (closed) return;
      closed = true;
      server.close();
      stopClosingParsers();
      release();
      if (active === server) active = undefined;
    },
  };
}
