import type { Behaviour } from './behaviour.ts';
import { countOf, selectExecutions, type ExecutionFilters } from './execution-filters.ts';
import type { SwfState } from './swf-state.ts';

/** Counts a domain's closed executions (those still retained) with the filters of ListClosedWorkflowExecutions. */
export function countClosedWorkflowExecutions(
  state: SwfState,
  request: ExecutionFilters,
  behaviour: Behaviour,
): { count: number; truncated: boolean } {
  return countOf(selectExecutions(state, request, 'CountClosedWorkflowExecutions', 'CLOSED', behaviour));
}
