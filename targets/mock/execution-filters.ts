import type { Behaviour } from './behaviour.ts';
import { enforce } from './enforce.ts';
import { requireDomain } from './lookups.ts';
import type { ExecutionRecord, SwfState } from './swf-state.ts';

/** A timestamp as it may arrive: epoch seconds (what the SDKs send) or a date string. */
type WireTimestamp = number | string;

interface TimeFilter {
  oldestDate: WireTimestamp;
  latestDate?: WireTimestamp | null;
}

/** The filters the visibility calls (List/Count Open/Closed WorkflowExecutions) share; each call takes those its model has. */
export interface ExecutionFilters {
  domain: string;
  startTimeFilter?: TimeFilter | null;
  closeTimeFilter?: TimeFilter | null;
  typeFilter?: { name: string; version?: string | null } | null;
  tagFilter?: { tag: string } | null;
  executionFilter?: { workflowId: string } | null;
  closeStatusFilter?: { status: string } | null;
  reverseOrder?: boolean | null;
}

// The filters the model's docs make mutually exclusive (closeStatusFilter exists for closed executions only).
const EXCLUSIVE = ['executionFilter', 'typeFilter', 'tagFilter', 'closeStatusFilter'] as const;

/** Epoch seconds of a wire timestamp. */
function seconds(value: WireTimestamp): number {
  return typeof value === 'number' || /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : Date.parse(value) / 1000;
}

/** Whether a moment lies inside a time filter, both ends included; an open end is unbounded. */
function inside(moment: number, filter: TimeFilter): boolean {
  return moment >= seconds(filter.oldestDate) && (filter.latestDate == null || moment <= seconds(filter.latestDate));
}

/** Whether an execution passes every filter given (normally at most one); a quirk may ignore the tag filter of open ones. */
function passesFilters(e: ExecutionRecord, request: ExecutionFilters, ignoreTag: boolean): boolean {
  const { typeFilter, tagFilter, executionFilter, closeStatusFilter } = request;
  if (
    typeFilter &&
    (e.workflowType.name !== typeFilter.name || (typeFilter.version && e.workflowType.version !== typeFilter.version))
  )
    return false;
  if (tagFilter && !ignoreTag && !e.tagList.includes(tagFilter.tag)) return false;
  if (closeStatusFilter && e.closeStatus !== closeStatusFilter.status) return false;
  return !executionFilter || e.workflowId === executionFilter.workflowId;
}

/** Refuses, with ValidationException, two exclusive filters at once and, for closed executions, anything but one time filter. */
function checkFilters(
  request: ExecutionFilters,
  operation: string,
  status: 'OPEN' | 'CLOSED',
  behaviour: Behaviour,
): void {
  const names = EXCLUSIVE.filter((f) => status === 'CLOSED' || f !== 'closeStatusFilter');
  const given = names.filter((f) => request[f] != null);
  enforce(
    behaviour,
    `${operation}:filters.exclusive`,
    given.length <= 1,
    'ValidationException',
    `${names.slice(0, -1).join(', ')} and ${names.at(-1)} are mutually exclusive; got ${given.join(', ')}`,
  );
  if (status === 'OPEN') return;
  const times = [request.startTimeFilter, request.closeTimeFilter].filter((f) => f != null).length;
  enforce(
    behaviour,
    `${operation}:timeFilters.exclusive`,
    times === 1,
    'ValidationException',
    'startTimeFilter and closeTimeFilter are mutually exclusive: exactly one of them must be given',
  );
}

/**
 * The executions of a visibility call: those of the domain with this status inside its time filter that pass its
 * other filter, newest first (by start time, or by close time under closeTimeFilter) unless reverseOrder. A deprecated
 * domain stays listable (the model lists no DomainDeprecatedFault), and executions of a type deleted since still show.
 */
export function selectExecutions(
  state: SwfState,
  request: ExecutionFilters,
  operation: string,
  status: 'OPEN' | 'CLOSED',
  behaviour: Behaviour,
): ExecutionRecord[] {
  checkFilters(request, operation, status, behaviour);
  const domain = requireDomain(state, request.domain, operation);
  const byClose = request.closeTimeFilter != null;
  const range = (byClose ? request.closeTimeFilter : request.startTimeFilter) ?? { oldestDate: 0 };
  const ignoreTag = status === 'OPEN' && behaviour.ignoresOpenTagFilter;
  // state.executions is oldest first, so equal start times keep the order the executions were started in.
  const ascending = state.executions.filter(
    (e) =>
      e.domain === domain.name &&
      e.status === status &&
      inside(byClose ? e.closeTimestamp! : e.startTimestamp, range) &&
      passesFilters(e, request, ignoreTag),
  );
  // A stable sort: equal close times keep the start order.
  if (byClose) ascending.sort((a, b) => a.closeTimestamp! - b.closeTimestamp!);
  return request.reverseOrder ? ascending : ascending.reverse();
}

/** The answer of the Count calls: the mock counts every execution, so never truncated. */
export function countOf(executions: readonly ExecutionRecord[]): { count: number; truncated: boolean } {
  return { count: executions.length, truncated: false };
}
