import { http, type HttpHandler } from 'msw';
import { answerCall } from './answer-call';
import type { MockContext } from './mock-context';
import { OPERATIONS } from './operations';
import { faultReply } from './replies';
import { SwfFault } from './swf-fault';
import { operationOf } from './swf-target-header';

/**
 * One MSW handler per implemented operation, routed by X-Amz-Target on the mock's origin, plus one answering
 * UnknownOperationException for other SWF targets. Anything else matches nothing, so onUnhandledRequest refuses it.
 */
export function createHandlers(context: MockContext, origin: string): HttpHandler[] {
  const sentHere = (request: Request) => new URL(request.url).origin === origin;
  const perOperation = Object.keys(OPERATIONS).map((operation) => http.post(
    ({ request }) => sentHere(request) && operationOf(request) === operation,
    ({ request }) => answerCall(context, operation, request),
  ));
  const unknownOperation = http.post(
    ({ request }) => {
      const operation = sentHere(request) ? operationOf(request) : undefined;
      return operation !== undefined && !Object.hasOwn(OPERATIONS, operation);
    },
    () => faultReply(new SwfFault('UnknownOperationException')),
  );
  return [...perOperation, unknownOperation];
}
