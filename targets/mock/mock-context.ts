import type { Behaviour } from './behaviour.ts';
import type { CallerPolicy } from './caller-policy.ts';
import type { MockCredentials } from './mock-credentials.ts';
import type { ServiceModel } from './service-model.ts';
import type { SwfState } from './swf-state.ts';

/** What every call of one mock instance shares. */
export interface MockContext {
  model: ServiceModel;
  state: SwfState;
  behaviour: Behaviour;
  /** The key pairs whose SigV4 signatures the mock accepts. */
  credentials: readonly MockCredentials[];
  /** The policy judging calls signed with MOCK_CALLER_CREDENTIALS; none leaves the caller unrestricted. */
  callerPolicy?: CallerPolicy;
  /** Settles when the mock closes, releasing calls a quirk left unanswered. */
  closed: Promise<void>;
}
