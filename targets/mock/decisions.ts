import { closeExecution, type Closing } from './close-execution.ts';
import type { DecisionContext, DecisionHandler } from './decision-context.ts';
import { requestCancelExternal, signalExternal } from './external-decisions.ts';
import { appendEvent } from './history-events.ts';
import { scheduleLambda } from './lambda-decision.ts';
import { startChild } from './start-child-decision.ts';

type Attributes = Record<string, unknown>;

/**
 * A decision that closes the execution; with events the decider has not seen (they came while its task was started)
 * it fails with UNHANDLED_DECISION instead, as SWF does, and the execution stays open.
 */
const closing =
  (
    decisionType: string,
    status: Closing['status'],
    eventType: Closing['eventType'],
    members: string[],
  ): DecisionHandler<Attributes | undefined> =>
  (c, a) => {
    if (c.missedEvents) {
      appendEvent(c.execution, c.at, `${decisionType}Failed`, {
        cause: 'UNHANDLED_DECISION',
        decisionTaskCompletedEventId: c.completedEventId,
      });
      return true;
    }
    const attributes = {
      ...Object.fromEntries(members.map((m) => [m, a?.[m]])),
      decisionTaskCompletedEventId: c.completedEventId,
    };
    closeExecution(c.state, c.execution, c.at, { status, eventType, attributes });
    return false;
  };

/** A decision the mock cannot carry out: its <decision>Failed event, with the cause the model allows that is true of the mock. */
const failing =
  (eventType: string, attributes: (a: Attributes) => object): DecisionHandler<Attributes> =>
  (c, a) => {
    appendEvent(c.execution, c.at, eventType, { ...attributes(a), decisionTaskCompletedEventId: c.completedEventId });
    return true;
  };

/** StartTimer: TimerStarted, and TimerFired once startToFireTimeout has passed (advance-timers.ts); an id in use fails. */
function startTimer(c: DecisionContext, a: { timerId: string; startToFireTimeout: string; control?: string }): boolean {
  const { execution: e, at, completedEventId } = c;
  if (e.timers?.some((t) => t.timerId === a.timerId)) {
    appendEvent(e, at, 'StartTimerFailed', {
      timerId: a.timerId,
      cause: 'TIMER_ID_ALREADY_IN_USE',
      decisionTaskCompletedEventId: completedEventId,
    });
    return true;
  }
  const startedEventId = appendEvent(e, at, 'TimerStarted', { ...a, decisionTaskCompletedEventId: completedEventId });
  (e.timers ??= []).push({ timerId: a.timerId, startedEventId, fireAt: at + Number(a.startToFireTimeout) });
  return false;
}

/** CancelTimer: TimerCanceled for a timer still open, else CancelTimerFailed TIMER_ID_UNKNOWN. */
function cancelTimer(c: DecisionContext, a: { timerId: string }): boolean {
  const { execution: e, at, completedEventId } = c;
  const timer = e.timers?.find((t) => t.timerId === a.timerId);
  if (!timer) {
    appendEvent(e, at, 'CancelTimerFailed', {
      timerId: a.timerId,
      cause: 'TIMER_ID_UNKNOWN',
      decisionTaskCompletedEventId: completedEventId,
    });
    return true;
  }
  e.timers = e.timers!.filter((t) => t !== timer);
  appendEvent(e, at, 'TimerCanceled', {
    timerId: a.timerId,
    startedEventId: timer.startedEventId,
    decisionTaskCompletedEventId: completedEventId,
  });
  return false;
}

/** What each decision type does, by decisionType. */
export const DECISIONS: Readonly<Record<string, DecisionHandler<never>>> = {
  CompleteWorkflowExecution: closing('CompleteWorkflowExecution', 'COMPLETED', 'WorkflowExecutionCompleted', [
    'result',
  ]),
  FailWorkflowExecution: closing('FailWorkflowExecution', 'FAILED', 'WorkflowExecutionFailed', ['reason', 'details']),
  CancelWorkflowExecution: closing('CancelWorkflowExecution', 'CANCELED', 'WorkflowExecutionCanceled', ['details']),
  StartChildWorkflowExecution: startChild,
  ScheduleLambdaFunction: scheduleLambda,
  RecordMarker: (c: DecisionContext, a: Attributes) => {
    appendEvent(c.execution, c.at, 'MarkerRecorded', {
      markerName: a.markerName,
      details: a.details,
      decisionTaskCompletedEventId: c.completedEventId,
    });
    return false;
  },
  StartTimer: startTimer,
  CancelTimer: cancelTimer,
  SignalExternalWorkflowExecution: signalExternal,
  RequestCancelExternalWorkflowExecution: requestCancelExternal,
  // The mock has no activity types (no RegisterActivityType), so no activity can be scheduled, and none is open.
  ScheduleActivityTask: failing('ScheduleActivityTaskFailed', (a) => ({
    activityType: a.activityType,
    activityId: a.activityId,
    cause: 'ACTIVITY_TYPE_DOES_NOT_EXIST',
  })),
  RequestCancelActivityTask: failing('RequestCancelActivityTaskFailed', (a) => ({
    activityId: a.activityId,
    cause: 'ACTIVITY_ID_UNKNOWN',
  })),
  // Not implemented: refused the one way the model allows that leaves the execution as it was.
  ContinueAsNewWorkflowExecution: failing('ContinueAsNewWorkflowExecutionFailed', () => ({
    cause: 'UNHANDLED_DECISION',
  })),
};
