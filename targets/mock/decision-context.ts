import type { Behaviour } from './behaviour.ts';
import type { ExecutionRecord, SwfState } from './swf-state.ts';

/** What a decision is carried out with: the execution whose decider made it, and the task's DecisionTaskCompleted event. */
export interface DecisionContext {
  state: SwfState;
  execution: ExecutionRecord;
  at: number;
  completedEventId: number;
  behaviour: Behaviour;
  /** True when events arrived while the task was started, which the decider has not seen. */
  missedEvents: boolean;
}

/** Carries out one decision's attributes; true when what it recorded is for the decider to see (a new task follows). */
export type DecisionHandler<A = never> = (c: DecisionContext, attributes: A) => boolean;
