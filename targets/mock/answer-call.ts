import { HttpResponse } from 'msw';
import { advanceTimers } from './advance-timers.ts';
import { answerContentType } from './answer-content-type.ts';
import { authorizeCaller } from './authorize-caller.ts';
import { checkInput } from './check-input.ts';
import { checkWireRequest } from './check-wire-request.ts';
import type { MockContext } from './mock-context.ts';
import { OPERATIONS } from './operations.ts';
import { parseCall } from './parse-call.ts';
import { emptyReply, faultReply, jsonReply } from './replies.ts';
import { SwfFault } from './swf-fault.ts';
import { readWireRequest } from './wire-request.ts';
import { stateFault } from './state-fault.ts';

/** Turns anything thrown into a fault; a non-fault is a mock bug, answered as the 500 the real service would give. */
function asFault(error: unknown): SwfFault {
  return error instanceof SwfFault
    ? error
    : new SwfFault('InternalFailure', `mock SWF bug: ${(error as Error)?.message ?? String(error)}`, 500);
}

/** Answers a fault, unless a quirk gives no answer instead: a dropped connection, or none until the mock closes. */
async function answerFault(context: MockContext, fault: SwfFault, contentType: string): Promise<Response> {
  const instead = context.behaviour.answerInstead(fault);
  if (instead === 'hang') await context.closed;
  return instead ? HttpResponse.error() : faultReply(fault, contentType);
}

/**
 * Answers one request sent to the mock: check size, signature and X-Amz-Target, parse the body, judge a caller's call
 * by the caller policy, validate the body, run the operation on the state, reply. Always returns a response.
 */
export async function answerCall(context: MockContext, request: Request): Promise<Response> {
  const call: { operation?: string; input?: unknown } = {};
  const reply = await answerOperation(context, request, call);
  const instead = await context.behaviour.replaceAnswer(call.operation, call.input, reply);
  if (instead !== 'hang') return instead;
  await context.closed;
  return HttpResponse.error();
}

/** The mock's own answer to a call, before any quirk replaces it; records the operation and input it read. */
async function answerOperation(
  context: MockContext,
  request: Request,
  call: { operation?: string; input?: unknown },
): Promise<Response> {
  let operation: string | undefined;
  let input: unknown;
  const contentType = answerContentType(request.headers.get('content-type'));
  try {
    if (context.state.corrupted)
      throw new SwfFault('InternalFailure', 'mock SWF was corrupted by an earlier call', 500);
    // Time-outs due by now happen before anything is answered, as if the service had run them on time.
    advanceTimers(context.state, context.behaviour);
    const wire = await readWireRequest(request);
    const { operation: called, auth } = await checkWireRequest(context, wire);
    operation = called;
    call.operation = operation;
    // Throttling comes before the input is read, as it does at AWS's front door (an account-wide token bucket).
    if (operation === 'StartWorkflowExecution' && context.state.quotas && !context.state.quotas.startTokens.take()) {
      throw new SwfFault('ThrottlingException', 'Rate exceeded', 400);
    }
    input = parseCall(context.model, operation, wire.bytes);
    call.input = input;
    const refusal = context.behaviour.refuseCall(operation, wire, input as Record<string, unknown>);
    if (refusal) throw refusal;
    // The caller's policy is judged on the parsed input (its condition keys are members of it), before validation.
    authorizeCaller(context, auth, operation, input as Record<string, unknown>);
    try {
      checkInput(context.model, operation, input, context.behaviour.skip);
    } catch (invalid) {
      throw (context.behaviour.stateChecksFirst && stateFault(context, operation, input)) || invalid;
    }
    const output = OPERATIONS[operation](context.state, input, context.behaviour);
    if (context.behaviour.corrupts(operation, input)) context.state.corrupted = true;
    return output ? jsonReply(output, contentType) : emptyReply(contentType);
  } catch (error) {
    return answerFault(context, context.behaviour.replaceFault(asFault(error), operation, input), contentType);
  }
}
