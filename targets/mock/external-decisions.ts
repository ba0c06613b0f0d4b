import type { DecisionContext } from './decision-context.ts';
import { wakeDecider } from './decision-tasks.ts';
import { appendEvent, executionRef } from './history-events.ts';
import type { ExecutionRecord } from './swf-state.ts';

interface ExternalAttributes {
  workflowId: string;
  runId?: string;
  control?: string;
}

type SignalAttributes = ExternalAttributes & { signalName: string; input?: string };

/** What reaching another execution records: its name in the events, and what it does to the one reached. */
interface Reach {
  kind: 'SignalExternalWorkflowExecution' | 'RequestCancelExternalWorkflowExecution';
  /** The Initiated event's own members, besides workflowId, runId and control. */
  initiated: Record<string, unknown>;
  /** Records in the execution reached; `external` names the sender and its Initiated event. */
  deliver(
    target: ExecutionRecord,
    external: { externalWorkflowExecution: object; externalInitiatedEventId: number },
    at: number,
  ): void;
  /** The sender's event once delivered. */
  delivered: 'ExternalWorkflowExecutionSignaled' | 'ExternalWorkflowExecutionCancelRequested';
}

/**
 * Reaches an open execution of the same domain (the current run when no runId is given): <kind>Initiated, then the
 * delivery and the sender's confirmation, or <kind>Failed with UNKNOWN_EXTERNAL_WORKFLOW_EXECUTION when none is open.
 */
function reach(c: DecisionContext, a: ExternalAttributes, how: Reach): boolean {
  const { state, execution: source, at, completedEventId } = c;
  const ids = { workflowId: a.workflowId, runId: a.runId };
  const initiatedEventId = appendEvent(source, at, `${how.kind}Initiated`, {
    ...ids,
    ...how.initiated,
    decisionTaskCompletedEventId: completedEventId,
    control: a.control,
  });
  const target = state.executions.find(
    (e) =>
      e.status === 'OPEN' &&
      e.domain === source.domain &&
      e.workflowId === a.workflowId &&
      (!a.runId || e.runId === a.runId),
  );
  if (!target) {
    appendEvent(source, at, `${how.kind}Failed`, {
      ...ids,
      cause: 'UNKNOWN_EXTERNAL_WORKFLOW_EXECUTION',
      initiatedEventId,
      decisionTaskCompletedEventId: completedEventId,
      control: a.control,
    });
    return true;
  }
  how.deliver(
    target,
    { externalWorkflowExecution: executionRef(source), externalInitiatedEventId: initiatedEventId },
    at,
  );
  wakeDecider(state, target, at);
  appendEvent(source, at, how.delivered, { workflowExecution: executionRef(target), initiatedEventId });
  return true;
}

/** SignalExternalWorkflowExecution: WorkflowExecutionSignaled in the execution signaled. */
export function signalExternal(c: DecisionContext, a: SignalAttributes): boolean {
  return reach(c, a, {
    kind: 'SignalExternalWorkflowExecution',
    initiated: { signalName: a.signalName, input: a.input },
    delivered: 'ExternalWorkflowExecutionSignaled',
    deliver: (target, external, at) =>
      appendEvent(target, at, 'WorkflowExecutionSignaled', { signalName: a.signalName, input: a.input, ...external }),
  });
}

/** RequestCancelExternalWorkflowExecution: WorkflowExecutionCancelRequested in the execution asked, which stays open. */
export function requestCancelExternal(c: DecisionContext, a: ExternalAttributes): boolean {
  return reach(c, a, {
    kind: 'RequestCancelExternalWorkflowExecution',
    initiated: {},
    delivered: 'ExternalWorkflowExecutionCancelRequested',
    deliver: (target, external, at) => {
      appendEvent(target, at, 'WorkflowExecutionCancelRequested', external);
      target.cancelRequested = true;
    },
  });
}
