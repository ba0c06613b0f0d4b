import { requireDomain, requireExecution } from './lookups.ts';
import { SwfFault } from './swf-fault.ts';
import type { HistoryEventRecord, SwfState } from './swf-state.ts';

interface HistoryRequest {
  domain: string;
  execution: { workflowId: string; runId: string };
  nextPageToken?: string | null;
  maximumPageSize?: number | null;
  reverseOrder?: boolean | null;
}

// A page size of 0 or none means the service's own maximum.
const MAX_PAGE = 1000;

/** Reads the offset a page token carries; ValidationException for a token this mock did not issue. */
function offsetOf(token: string | null | undefined): number {
  if (!token) return 0;
  const offset = Number(
    Buffer.from(token, 'base64url')
      .toString('utf8')
      .replace(/^offset:/, ''),
  );
  if (!Number.isInteger(offset) || offset < 0)
    throw new SwfFault(
      'ValidationException',
      'Invalid nextPageToken',
      400,
      'GetWorkflowExecutionHistory:nextPageToken.invalid',
    );
  return offset;
}

/** Returns a page of an execution's events, oldest first unless reverseOrder. */
export function getWorkflowExecutionHistory(
  state: SwfState,
  request: HistoryRequest,
): { events: HistoryEventRecord[]; nextPageToken?: string } {
  requireDomain(state, request.domain, 'GetWorkflowExecutionHistory');
  const execution = requireExecution(
    state,
    request.domain,
    request.execution.workflowId,
    request.execution.runId,
    'GetWorkflowExecutionHistory',
  );
  const ordered = request.reverseOrder ? [...execution.events].reverse() : execution.events;
  const size = request.maximumPageSize || MAX_PAGE;
  const offset = offsetOf(request.nextPageToken);
  const events = ordered.slice(offset, offset + size).map((e) => structuredClone(e));
  const more = offset + size < ordered.length;
  return more ? { events, nextPageToken: Buffer.from(`offset:${offset + size}`).toString('base64url') } : { events };
}
