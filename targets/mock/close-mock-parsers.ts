import diagnosticsChannel from 'node:diagnostics_channel';
import type { Socket } from 'node:net';

// MSW's interceptor (0.41, the last line for Node 20) gives every intercepted http.request two HTTP parsers and frees
// them without closing them, so Node keeps each one forever (mswjs/interceptors#779).
const PARSERS = ['requestParser', 'responseParser'] as const;

type MockSocket = Socket & Partial<Record<(typeof PARSERS)[number], { close?: () => void }>>;

/** Closes an intercepted socket's parsers once it has closed, as Node does with the ones it does not reuse. */
function closeParsersOf(socket: MockSocket): void {
  const close = () => {
    for (const key of PARSERS) socket[key]?.close?.();
  };
  if (socket.closed) close();
  else socket.once('close', close);
}

const onResponse = (message: unknown) => {
  const socket = (message as { request?: { socket?: MockSocket | null } }).request?.socket;
  // Only MSW's mock socket has these parsers; a real socket's own parser is Node's to reuse.
  if (socket && PARSERS.some((key) => typeof socket[key]?.close === 'function')) closeParsersOf(socket);
};

/** While MSW intercepts: closes the parsers of every mocked exchange that got an answer; returns how to stop. */
export function closeMockParsers(): () => void {
  diagnosticsChannel.subscribe('http.client.response.finish', onResponse);
  return () => diagnosticsChannel.unsubscribe('http.client.response.finish', onResponse);
}
