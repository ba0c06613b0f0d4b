import type { Behaviour } from './behaviour';
import { countOf, selectExecutions, type ExecutionFilters } from './execution-filters';
import type { SwfState } from './swf-state';

/** Counts a domain's open executions with the filters of ListOpenWorkflowExecutions. */
export function countOpenWorkflowExecutions(
  state: SwfState,
  request: ExecutionFilters,
  behaviour: Behaviour,
): { count: number; truncated: boolean } {
  return countOf(selectExecutions(state, request, 'CountOpenWorkflowExecutions', 'OPEN', behaviour));
}
