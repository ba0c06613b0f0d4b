import type { Behaviour } from './behaviour.ts';
import { wakeDecider } from './decision-tasks.ts';
import { appendEvent, executionRef } from './history-events.ts';
import { forgetOldClosed, openChildrenOf, type CloseStatus, type ExecutionRecord, type SwfState } from './swf-state.ts';

/** How an execution closes: its close status, the event recorded, and the child policy applied to its open children. */
export interface Closing {
  status: CloseStatus;
  eventType:
    | 'WorkflowExecutionCompleted'
    | 'WorkflowExecutionFailed'
    | 'WorkflowExecutionCanceled'
    | 'WorkflowExecutionTerminated'
    | 'WorkflowExecutionTimedOut';
  attributes: Record<string, unknown>;
  /** Only a termination or a time-out applies one; none leaves the children alone. */
  childPolicy?: string;
}

// The members of a closing event that the parent's ChildWorkflowExecution<...> event repeats.
const TOLD_TO_PARENT: Record<Closing['eventType'], string[]> = {
  WorkflowExecutionCompleted: ['result'],
  WorkflowExecutionFailed: ['reason', 'details'],
  WorkflowExecutionCanceled: ['details'],
  WorkflowExecutionTerminated: [],
  WorkflowExecutionTimedOut: ['timeoutType'],
};

/** Records in an open parent how its child closed (ChildWorkflowExecutionCompleted and so on), and wakes its decider. */
function tellParent(state: SwfState, child: ExecutionRecord, at: number, closing: Closing): void {
  const link = child.parent;
  const parent =
    link &&
    state.executions.find(
      (e) =>
        e.status === 'OPEN' && e.domain === child.domain && e.runId === link.runId && e.workflowId === link.workflowId,
    );
  if (!parent) return;
  const told = Object.fromEntries(TOLD_TO_PARENT[closing.eventType].map((m) => [m, closing.attributes[m]]));
  appendEvent(parent, at, closing.eventType.replace('WorkflowExecution', 'ChildWorkflowExecution'), {
    workflowExecution: executionRef(child),
    workflowType: { ...child.workflowType },
    ...told,
    initiatedEventId: link.initiatedEventId,
    startedEventId: link.startedEventId,
  });
  wakeDecider(state, parent, at);
}

/**
 * Applies a child policy to the open children of a closed execution: TERMINATE closes each (its own children then
 * meet its own policy), REQUEST_CANCEL records WorkflowExecutionCancelRequested in each and wakes its decider, ABANDON
 * (or none) leaves them running.
 */
function applyChildPolicy(state: SwfState, parent: ExecutionRecord, policy: string, at: number): void {
  for (const child of openChildrenOf(state, parent)) {
    if (policy === 'TERMINATE') {
      const own = child.config.childPolicy;
      closeExecution(state, child, at, {
        status: 'TERMINATED',
        eventType: 'WorkflowExecutionTerminated',
        attributes: { childPolicy: own, cause: 'CHILD_POLICY_APPLIED' },
        childPolicy: own,
      });
    } else if (policy === 'REQUEST_CANCEL') {
      appendEvent(child, at, 'WorkflowExecutionCancelRequested', {
        externalWorkflowExecution: executionRef(parent),
        cause: 'CHILD_POLICY_APPLIED',
      });
      child.cancelRequested = true;
      wakeDecider(state, child, at);
    }
  }
}

/**
 * Closes an open execution at `at`: records the closing event, drops its decision task, timers and Lambda tasks, tells
 * its parent, applies the child policy, and lets old closed executions be forgotten.
 */
export function closeExecution(state: SwfState, execution: ExecutionRecord, at: number, closing: Closing): void {
  appendEvent(execution, at, closing.eventType, closing.attributes);
  execution.status = 'CLOSED';
  execution.closeStatus = closing.status;
  execution.closeTimestamp = at;
  execution.decision = execution.timers = execution.lambdas = undefined;
  tellParent(state, execution, at, closing);
  if (closing.childPolicy) applyChildPolicy(state, execution, closing.childPolicy, at);
  forgetOldClosed(state);
}

/** The closing of an execution that timed out; a quirk may give it another close status or keep its children out of it. */
export function timedOutClosing(execution: ExecutionRecord, behaviour: Behaviour): Closing {
  const childPolicy = execution.config.childPolicy;
  return {
    status: behaviour.timedOutCloseStatus,
    eventType: 'WorkflowExecutionTimedOut',
    attributes: { timeoutType: 'START_TO_CLOSE', childPolicy },
    childPolicy: behaviour.ignoresChildPolicyOnTimeOut ? undefined : childPolicy,
  };
}
