import type { ExecutionRecord, SwfState } from './swf-state.ts';

// Inputs shorter than this are cheap to hold twice; longer ones (up to 32 KB) are worth a look for an equal one.
const SHARED_FROM = 1024;
// Recent executions a start's input is compared with: a case's siblings and restarts come within a round of it.
const RECENT = 256;

/** The latest of the recent executions whose input equals `input`, when it is long enough to be worth sharing. */
export function recentWithInput(state: SwfState, input: string | undefined): ExecutionRecord | undefined {
  if (input === undefined || input.length < SHARED_FROM) return undefined;
  const { executions } = state;
  for (let i = executions.length - 1; i >= 0 && i >= executions.length - RECENT; i--) {
    if (executions[i].input === input) return executions[i];
  }
  return undefined;
}

/**
 * The input a start keeps: the equal input of a recent execution when there is one, so that equal inputs (a lifecycle
 * case's siblings, a restart after a time-out) are held once by the state instead of once per execution.
 */
export const shareInput = (state: SwfState, input: string | undefined): string | undefined =>
  recentWithInput(state, input)?.input ?? input;
