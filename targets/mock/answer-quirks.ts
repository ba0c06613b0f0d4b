import { HttpResponse } from 'msw';
import type { Quirk } from './quirk.ts';

const isStart = (operation: string | undefined) => operation === 'StartWorkflowExecution';
const asksAbandon = (input: unknown) => (input as { childPolicy?: unknown } | undefined)?.childPolicy === 'ABANDON';

/** The same answer with another Content-Type, body and status kept. */
async function withContentType(reply: Response, contentType: string): Promise<Response> {
  const headers = new Headers(reply.headers);
  headers.set('content-type', contentType);
  return new HttpResponse(await reply.text(), { status: reply.status, headers });
}

/** A 200 answer with this body text, as a broken server might send it. */
const okText = (text: string) =>
  new HttpResponse(text, { status: 200, headers: { 'content-type': 'application/x-amz-json-1.0' } });

/**
 * Quirks in the answers themselves, after the operation ran: garbage a real server in trouble sends, a silence, or
 * the wrong Content-Type of some emulators. Each breaks one answer rule or shows the harness surviving garbage.
 */
export const ANSWER_QUIRKS: readonly Quirk[] = [
  {
    name: 'json-as-text-html',
    description: 'Like moto 5.2.1: every answer keeps its JSON body but says Content-Type: text/html; charset=utf-8.',
    replaceAnswer: (_operation, _input, reply) => withContentType(reply, 'text/html; charset=utf-8'),
  },
  {
    name: 'truncated-start-answer',
    description:
      'A successful StartWorkflowExecution (the execution is started) is answered with JSON cut off halfway.',
    replaceAnswer: async (operation, _input, reply) =>
      isStart(operation) && reply.ok ? okText((await reply.text()).slice(0, 12)) : undefined,
  },
  {
    name: 'empty-start-answer',
    description: 'A successful StartWorkflowExecution (the execution is started) is answered 200 with an empty body.',
    replaceAnswer: (operation, _input, reply) => (isStart(operation) && reply.ok ? okText('') : undefined),
  },
  {
    name: 'start-answer-without-run-id',
    description: 'A successful StartWorkflowExecution (the execution is started) is answered {} with no runId.',
    replaceAnswer: (operation, _input, reply) => (isStart(operation) && reply.ok ? okText('{}') : undefined),
  },
  {
    name: 'hang-on-abandon',
    description: 'A StartWorkflowExecution asking for childPolicy ABANDON is never answered (until the mock closes).',
    replaceAnswer: (operation, input) => (isStart(operation) && asksAbandon(input) ? 'hang' : undefined),
  },
  {
    name: 'html-500-on-abandon',
    description: 'A StartWorkflowExecution asking for childPolicy ABANDON is answered 500 with an HTML error page.',
    replaceAnswer: (operation, input) =>
      isStart(operation) && asksAbandon(input)
        ? new HttpResponse('<html><body><h1>500 Internal Server Error</h1></body></html>', {
            status: 500,
            headers: { 'content-type': 'text/html' },
          })
        : undefined,
  },
];
