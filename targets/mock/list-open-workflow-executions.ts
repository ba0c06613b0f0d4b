import type { Behaviour } from './behaviour';
import { executionInfoOf, type ExecutionInfo } from './describe-output';
import { enforce } from './enforce';
import { requireDomain } from './lookups';
import { pageOf, type PagingRequest } from './page-of';
import type { ExecutionRecord, SwfState } from './swf-state';

const OP = 'ListOpenWorkflowExecutions';

/** A timestamp as it may arrive: epoch seconds (what the SDKs send) or a date string. */
type WireTimestamp = number | string;

interface ListOpenRequest extends PagingRequest {
  domain: string;
  startTimeFilter: { oldestDate: WireTimestamp; latestDate?: WireTimestamp | null };
  typeFilter?: { name: string; version?: string | null } | null;
  tagFilter?: { tag: string } | null;
  executionFilter?: { workflowId: string } | null;
}

/** A ListOpenWorkflowExecutions answer (WorkflowExecutionInfos). */
export interface WorkflowExecutionInfos {
  executionInfos: ExecutionInfo[];
  nextPageToken?: string;
}

/** Epoch seconds of a wire timestamp. */
function seconds(value: WireTimestamp): number {
  return typeof value === 'number' || /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : Date.parse(value) / 1000;
}

/** Whether an open execution passes the one filter the request may give (the model's docs make them mutually exclusive). */
function passesFilters(e: ExecutionRecord, request: ListOpenRequest): boolean {
  const { typeFilter, tagFilter, executionFilter } = request;
  if (typeFilter && (e.workflowType.name !== typeFilter.name || (typeFilter.version && e.workflowType.version !== typeFilter.version))) return false;
  if (tagFilter && !e.tagList.includes(tagFilter.tag)) return false;
  return !executionFilter || e.workflowId === executionFilter.workflowId;
}

/**
 * Lists a domain's open executions started inside startTimeFilter, newest first unless reverseOrder. A deprecated domain
 * stays listable (the model lists no DomainDeprecatedFault), and executions of a type deleted since still show.
 */
export function listOpenWorkflowExecutions(state: SwfState, request: ListOpenRequest, behaviour: Behaviour): WorkflowExecutionInfos {
  const given = (['executionFilter', 'typeFilter', 'tagFilter'] as const).filter((f) => request[f] != null);
  enforce(behaviour, `${OP}:filters.exclusive`, given.length <= 1, 'ValidationException',
    `executionFilter, typeFilter and tagFilter are mutually exclusive; got ${given.join(', ')}`);
  const domain = requireDomain(state, request.domain, OP);
  const oldest = seconds(request.startTimeFilter.oldestDate);
  const latest = request.startTimeFilter.latestDate == null ? Infinity : seconds(request.startTimeFilter.latestDate);
  // state.executions is oldest first, so equal start times keep the order the executions were started in.
  const ascending = state.executions.filter((e) => e.domain === domain.name && e.status === 'OPEN'
    && e.startTimestamp >= oldest && e.startTimestamp <= latest && passesFilters(e, request));
  const ordered = request.reverseOrder ? ascending : ascending.reverse();
  const page = pageOf(ordered, request, OP);
  return { executionInfos: page.items.map(executionInfoOf), nextPageToken: page.nextPageToken };
}
