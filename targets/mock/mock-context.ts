import type { Behaviour } from './behaviour';
import type { ServiceModel } from './service-model';
import type { SwfState } from './swf-state';

/** What every call of one mock instance shares. */
export interface MockContext {
  model: ServiceModel;
  state: SwfState;
  behaviour: Behaviour;
}
