import type { MockContext } from './mock-context.ts';
import { OPERATIONS } from './operations.ts';
import { SwfFault } from './swf-fault.ts';

/**
 * The fault the operation would raise on the current state, found by running it on a copy: nothing it does is kept.
 * Undefined when it would succeed, or fail on the invalid input in some other way.
 */
export function stateFault(context: MockContext, operation: string, input: unknown): SwfFault | undefined {
  try {
    // The quotas hold a token bucket and the clock is a function (neither clonable); the operations only read them.
    const { quotas, clock, ...rest } = context.state;
    OPERATIONS[operation]({ ...structuredClone(rest), quotas, clock }, input, context.behaviour);
    return undefined;
  } catch (error) {
    return error instanceof SwfFault && error.status < 500 ? error : undefined;
  }
}
