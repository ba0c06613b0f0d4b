import { terminatedEvent } from './history-events';
import { requireDomain, requireExecution } from './lookups';
import { forgetOldClosed, nowInSeconds, type SwfState } from './swf-state';
import type { Behaviour } from './behaviour';

interface TerminateRequest {
  domain: string;
  workflowId: string;
  runId?: string | null;
  reason?: string | null;
  details?: string | null;
  childPolicy?: string | null;
}

/** Closes an open execution (the current open run when no runId is given) as TERMINATED. */
export function terminateWorkflowExecution(state: SwfState, request: TerminateRequest, behaviour?: Behaviour): void {
  requireDomain(state, request.domain, 'TerminateWorkflowExecution');
  const execution = requireExecution(state, request.domain, request.workflowId, request.runId || undefined, 'TerminateWorkflowExecution', true);
  if (behaviour?.keepsOpenOnTerminate) return;
  const at = nowInSeconds();
  execution.events.push(terminatedEvent(execution, at, request.reason ?? undefined, request.details ?? undefined, request.childPolicy ?? undefined));
  execution.status = 'CLOSED';
  execution.closeStatus = 'TERMINATED';
  execution.closeTimestamp = at;
  forgetOldClosed(state);
}
