import { behaviourOf } from './behaviour.ts';
import { parseCallerPolicy } from './caller-policy.ts';
import { MOCK_CALLER_CREDENTIALS, MOCK_CREDENTIALS, type MockCredentials } from './mock-credentials.ts';
import type { MockContext } from './mock-context.ts';
import { loadServiceModel } from './service-model.ts';
import { createSwfState } from './swf-state.ts';
import { createQuotas, type MockLimits } from './mock-limits.ts';

export interface MockContextOptions {
  /** Names of deliberately broken behaviours (see quirks.ts). */
  quirks?: string[];
  /** The key pairs whose SigV4 signatures are accepted (default: MOCK_CREDENTIALS, the admin, and MOCK_CALLER_CREDENTIALS). */
  credentials?: MockCredentials[];
  /**
   * A parsed IAM policy document judging every call signed with MOCK_CALLER_CREDENTIALS (see caller-policy.ts);
   * without it the caller is unrestricted. The admin key never is.
   */
  callerPolicy?: unknown;
  /** Quotas other than AWS's documented ones, to make LimitExceededFault or throttling happen on purpose. */
  limits?: Partial<MockLimits>;
  /**
   * The clock the mock reads, epoch milliseconds (default Date.now): timestamps, the time-outs it processes before
   * answering each call, and the refill of the start bucket. A test moves it to make time-outs happen without sleeping.
   */
  clock?: () => number;
}

/** One mock instance's state machine, apart from how requests reach it: MSW's interception or a direct call. */
export interface MockInstance {
  context: MockContext;
  /** Forgets every domain, type and execution (and any corruption), as moto's reset does; quirks stay. */
  reset(): void;
  /** Settles `context.closed`, releasing calls a quirk left unanswered. */
  release(): void;
}

/**
 * Builds a fresh mock state machine; throws an Error listing the known quirks when one is unknown, and a one-line
 * Error when the caller policy is malformed or names an unknown Effect, condition operator or key.
 */
export function createMockContext(options: MockContextOptions = {}): MockInstance {
  const behaviour = behaviourOf(options.quirks ?? []);
  const callerPolicy = options.callerPolicy === undefined ? undefined : parseCallerPolicy(options.callerPolicy);
  let release!: () => void;
  const closed = new Promise<void>((resolve) => {
    release = resolve;
  });
  const credentials = options.credentials ?? [MOCK_CREDENTIALS, MOCK_CALLER_CREDENTIALS];
  const state = {
    ...createSwfState(),
    quotas: createQuotas(options.limits, options.clock),
    clock: options.clock ?? Date.now,
  };
  const context: MockContext = { model: loadServiceModel(), state, behaviour, credentials, callerPolicy, closed };
  return {
    context,
    reset: () => {
      Object.assign(context.state, createSwfState(), { corrupted: false });
    },
    release,
  };
}
