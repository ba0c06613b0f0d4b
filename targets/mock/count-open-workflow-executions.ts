import type { Behaviour } from './behaviour.ts';
import { countOf, selectExecutions, type ExecutionFilters } from './execution-filters.ts';
import type { SwfState } from './swf-state.ts';

/** Counts a domain's open executions with the filters of ListOpenWorkflowExecutions. */
export function countOpenWorkflowExecutions(
  state: SwfState,
  request: ExecutionFilters,
  behaviour: Behaviour,
): { count: number; truncated: boolean } {
  return countOf(selectExecutions(state, request, 'CountOpenWorkflowExecutions', 'OPEN', behaviour));
}
