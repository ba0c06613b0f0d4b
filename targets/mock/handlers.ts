import { http, type HttpHandler } from 'msw';
import { answerCall } from './answer-call.ts';
import type { MockContext } from './mock-context.ts';

/**
 * One MSW handler for every POST to the mock's origin: SWF answers whatever reaches it, even with no or a foreign
 * X-Amz-Target. Anything else (another origin, another method) matches nothing, so onUnhandledRequest refuses it.
 */
export function createHandlers(context: MockContext, origin: string): HttpHandler[] {
  return [
    http.post(
      ({ request }) => new URL(request.url).origin === origin,
      ({ request }) => answerCall(context, request),
    ),
  ];
}
