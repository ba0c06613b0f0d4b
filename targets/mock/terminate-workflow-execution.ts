import { closeExecution } from './close-execution.ts';
import { requireDomain, requireExecution } from './lookups.ts';
import { nowInSeconds, type SwfState } from './swf-state.ts';
import type { Behaviour } from './behaviour.ts';

interface TerminateRequest {
  domain: string;
  workflowId: string;
  runId?: string | null;
  reason?: string | null;
  details?: string | null;
  childPolicy?: string | null;
}

/**
 * Closes an open execution (the current open run when no runId is given) as TERMINATED, applying to its open children
 * the request's childPolicy, which overrides the execution's own, as documented.
 */
export function terminateWorkflowExecution(state: SwfState, request: TerminateRequest, behaviour?: Behaviour): void {
  requireDomain(state, request.domain, 'TerminateWorkflowExecution');
  const execution = requireExecution(
    state,
    request.domain,
    request.workflowId,
    request.runId || undefined,
    'TerminateWorkflowExecution',
    true,
  );
  if (behaviour?.keepsOpenOnTerminate) return;
  const override = behaviour?.ignoresTerminateChildPolicy ? undefined : request.childPolicy;
  const childPolicy = override ?? execution.config.childPolicy;
  closeExecution(state, execution, nowInSeconds(state), {
    status: 'TERMINATED',
    eventType: 'WorkflowExecutionTerminated',
    attributes: { reason: request.reason ?? undefined, details: request.details ?? undefined, childPolicy },
    childPolicy,
  });
}
