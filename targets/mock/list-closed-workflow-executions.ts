import type { Behaviour } from './behaviour.ts';
import { executionInfoOf } from './describe-output.ts';
import { selectExecutions, type ExecutionFilters } from './execution-filters.ts';
import type { WorkflowExecutionInfos } from './list-open-workflow-executions.ts';
import { pageOf, type PagingRequest } from './page-of.ts';
import type { SwfState } from './swf-state.ts';

const OP = 'ListClosedWorkflowExecutions';

/**
 * Lists a domain's closed executions (those still retained) inside startTimeFilter or closeTimeFilter, newest first by
 * that time unless reverseOrder; each info carries closeStatus, closeTimestamp and the tags.
 */
export function listClosedWorkflowExecutions(
  state: SwfState,
  request: PagingRequest & ExecutionFilters,
  behaviour: Behaviour,
): WorkflowExecutionInfos {
  const page = pageOf(selectExecutions(state, request, OP, 'CLOSED', behaviour), request, OP);
  return {
    executionInfos: page.items.map((e) => behaviour.alterClosedInfo(executionInfoOf(e))),
    nextPageToken: page.nextPageToken,
  };
}
