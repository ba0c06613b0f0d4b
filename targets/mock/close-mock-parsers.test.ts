import diagnosticsChannel from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import { DescribeDomainCommand } from '@aws-sdk/client-swf';
import { describe, expect, it } from 'vitest';
import { openMockSwf } from './open-mock-swf.ts';
import { createMockClient, registerFixtures } from './test-support.ts';

type Parser = { close: () => void };
const PARSERS = ['requestParser', 'responseParser'] as const;

describe('closeMockParsers (while the mock listens)', () => {
  it('closes both HTTP parsers of every intercepted exchange once its socket closed, and stops with the mock', async () => {
    const mock = await openMockSwf();
    const client = createMockClient(mock.endpoint);
    const closedOf = new Map<Socket, number>();
    // Subscribed after the mock's own listener, so its parsers are wrapped before their socket closes.
    const spy = (message: unknown) => {
      const socket = (message as { request: { socket: Socket & Record<string, Parser> } }).request.socket;
      closedOf.set(socket, 0);
      for (const key of PARSERS) {
        // MSW renamed or dropped its parsers: mswjs/interceptors#779 needs looking at again.
        expect(typeof socket[key]?.close, key).toBe('function');
        const close = socket[key].close.bind(socket[key]);
        socket[key].close = () => (closedOf.set(socket, closedOf.get(socket)! + 1), close());
      }
    };
    diagnosticsChannel.subscribe('http.client.response.finish', spy);
    try {
      await registerFixtures(client);
      // Answers and faults alike.
      for (const name of ['main', 'main', 'main', 'unknown', 'unknown'])
        await client.send(new DescribeDomainCommand({ name })).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(closedOf.size).toBeGreaterThanOrEqual(5 + 7);
      expect([...closedOf.values()]).toEqual([...closedOf.values()].map(() => 2));
    } finally {
      diagnosticsChannel.unsubscribe('http.client.response.finish', spy);
      client.destroy();
      await mock.close();
    }
    expect(diagnosticsChannel.hasSubscribers('http.client.response.finish')).toBe(false);
  });
});
