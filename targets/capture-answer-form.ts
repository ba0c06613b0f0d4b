import type { MiddlewareStack } from '@smithy/types';
import type { AnswerForm } from '../model/observation.ts';
import { readAnswerForm } from './read-answer-form.ts';

interface RawResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: unknown;
}

/** Reads a response body whole: a byte array as it is, a Node stream to its end. */
async function readBody(body: unknown): Promise<Uint8Array> {
  if (body instanceof Uint8Array) return body;
  if (!body || typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] !== 'function') return new Uint8Array();
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Buffer | string>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/**
 * Adds to one command a middleware that reads the raw answer before the SDK's deserializer does, and records its form
 * in `record`; the body is handed on as bytes, which the deserializer reads the same way.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any command's stack, whatever its input and output
export function captureAnswerForm(stack: MiddlewareStack<any, any>, record: { form?: AnswerForm }): void {
  stack.add(
    (next) => async (args) => {
      const result = await next(args);
      const response = result.response as RawResponse;
      const bytes = await readBody(response.body);
      response.body = bytes;
      // A view of the bytes, not a copy.
      const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
      record.form = readAnswerForm(response.headers['content-type'], text);
      return result;
    },
    { step: 'deserialize', priority: 'low', name: 'swfConformanceCaptureAnswer' },
  );
}
