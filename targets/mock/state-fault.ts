import type { MockContext } from './mock-context';
import { OPERATIONS } from './operations';
import { SwfFault } from './swf-fault';

/**
 * The fault the operation would raise on the current state, found by running it on a copy: nothing it does is kept.
 * Undefined when it would succeed, or fail on the invalid input in some other way.
 */
export function stateFault(context: MockContext, operation: string, input: unknown): SwfFault | undefined {
  try {
    OPERATIONS[operation](structuredClone(context.state), input, context.behaviour);
    return undefined;
  } catch (error) {
    return error instanceof SwfFault && error.status < 500 ? error : undefined;
  }
}
