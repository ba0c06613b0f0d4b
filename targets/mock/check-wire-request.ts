import { checkSignature } from './check-signature.ts';
import type { MockContext } from './mock-context.ts';
import { OPERATIONS } from './operations.ts';
import type { SigV4Authorization } from './parse-authorization.ts';
import { SwfFault } from './swf-fault.ts';
import { operationOf } from './swf-target-header.ts';
import type { WireRequest } from './wire-request.ts';

/** SWF reads at most 1 MB per request (swf-dg-limits). */
const MAX_BODY_BYTES = 1_048_576;

/** What the checks before the body found: the operation called, and the signature's parts (undefined when unsigned). */
export interface WireCall {
  operation: string;
  auth: SigV4Authorization | undefined;
}

/**
 * Checks what the service looks at before the body, in order: its size, the signature, the operation named in
 * X-Amz-Target. Returns the operation and who signed; throws the fault SWF answers otherwise, tagged with a `wire:` check id.
 */
export async function checkWireRequest(context: MockContext, request: WireRequest): Promise<WireCall> {
  if (request.bytes.length > MAX_BODY_BYTES) {
    throw new SwfFault(
      'RequestEntityTooLargeException',
      `Request size exceeds ${MAX_BODY_BYTES} bytes`,
      413,
      'wire:body.size',
    );
  }
  const auth = await checkSignature(request, context.credentials, context.behaviour.skip);
  const target = request.headers.get('x-amz-target');
  if (target === null) throw new SwfFault('UnknownOperationException', undefined, 400, 'wire:target.missing');
  const operation = operationOf(target);
  if (operation === undefined || !Object.hasOwn(OPERATIONS, operation))
    throw new SwfFault('UnknownOperationException', undefined, 400, 'wire:target.unknown');
  return { operation, auth };
}
