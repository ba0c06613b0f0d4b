import { behaviourOf } from './behaviour';
import { MOCK_CREDENTIALS, type MockCredentials } from './mock-credentials';
import type { MockContext } from './mock-context';
import { loadServiceModel } from './service-model';
import { createSwfState } from './swf-state';
import { createQuotas, type MockLimits } from './mock-limits';

export interface MockContextOptions {
  /** Names of deliberately broken behaviours (see quirks.ts). */
  quirks?: string[];
  /** The key pairs whose SigV4 signatures are accepted (default: MOCK_CREDENTIALS only). */
  credentials?: MockCredentials[];
  /** Quotas other than AWS's documented ones, to make LimitExceededFault or throttling happen on purpose. */
  limits?: Partial<MockLimits>;
}

/** One mock instance's state machine, apart from how requests reach it: MSW's interception or a direct call. */
export interface MockInstance {
  context: MockContext;
  /** Forgets every domain, type and execution (and any corruption), as moto's reset does; quirks stay. */
  reset(): void;
  /** Settles `context.closed`, releasing calls a quirk left unanswered. */
  release(): void;
}

/** Builds a fresh mock state machine; throws an Error listing the known quirks when one is unknown. */
export function createMockContext(options: MockContextOptions = {}): MockInstance {
  const behaviour = behaviourOf(options.quirks ?? []);
  let release!: () => void;
  const closed = new Promise<void>((resolve) => { release = resolve; });
  const credentials = options.credentials ?? [MOCK_CREDENTIALS];
  const state = { ...createSwfState(), quotas: createQuotas(options.limits) };
  const context: MockContext = { model: loadServiceModel(), state, behaviour, credentials, closed };
  return {
    context,
    reset: () => { Object.assign(context.state, createSwfState(), { corrupted: false }); },
    release,
  };
}
