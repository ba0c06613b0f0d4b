import type { Behaviour } from './behaviour.ts';
import { executionInfoOf, type ExecutionInfo } from './describe-output.ts';
import { selectExecutions, type ExecutionFilters } from './execution-filters.ts';
import { pageOf, type PagingRequest } from './page-of.ts';
import type { SwfState } from './swf-state.ts';

const OP = 'ListOpenWorkflowExecutions';

type ListOpenRequest = PagingRequest & ExecutionFilters;

/** A ListOpenWorkflowExecutions or ListClosedWorkflowExecutions answer (WorkflowExecutionInfos). */
export interface WorkflowExecutionInfos {
  executionInfos: ExecutionInfo[];
  nextPageToken?: string;
}

/** Lists a domain's open executions started inside startTimeFilter, newest first unless reverseOrder (see selectExecutions). */
export function listOpenWorkflowExecutions(
  state: SwfState,
  request: ListOpenRequest,
  behaviour: Behaviour,
): WorkflowExecutionInfos {
  const page = pageOf(selectExecutions(state, request, OP, 'OPEN', behaviour), request, OP);
  return { executionInfos: page.items.map(executionInfoOf), nextPageToken: page.nextPageToken };
}
