import { checkInput } from './check-input';
import type { MockContext } from './mock-context';
import { OPERATIONS } from './operations';
import { parseCall } from './parse-call';
import { emptyReply, faultReply, jsonReply } from './replies';
import { SwfFault } from './swf-fault';

/** Turns anything thrown into a fault; a non-fault is a mock bug, answered as the 500 the real service would give. */
function asFault(error: unknown): SwfFault {
  return error instanceof SwfFault ? error : new SwfFault('InternalFailure', `mock SWF bug: ${(error as Error)?.message ?? String(error)}`, 500);
}

/** Answers one SWF call: parse and validate the body, run the operation on the state, reply; always returns a response. */
export async function answerCall(context: MockContext, operation: string, request: Request): Promise<Response> {
  let input: unknown;
  try {
    if (context.state.corrupted) throw new SwfFault('InternalFailure', 'mock SWF was corrupted by an earlier call', 500);
    input = await parseCall(request, context.model, operation);
    checkInput(context.model, operation, input, context.behaviour.skip);
    const output = OPERATIONS[operation](context.state, input, context.behaviour);
    if (context.behaviour.corrupts(operation, input)) context.state.corrupted = true;
    return output ? jsonReply(output) : emptyReply();
  } catch (error) {
    return faultReply(context.behaviour.replaceFault(asFault(error), operation, input));
  }
}
