import { attributesOf, eventsOf, firstOf, typesOf } from './history-of.ts';
import { faultOf, outputOf, shownAnswer, type LifecycleFault, type LifecycleJudge } from './lifecycle-context.ts';

/** The executionInfos of a listing answer. */
export const infosOf = (out: Record<string, unknown> | undefined) =>
  (Array.isArray(out?.executionInfos) ? out.executionInfos : []) as Array<{
    execution?: { runId?: string };
    tagList?: string[];
    closeStatus?: string;
  }>;

/** Describe's status and close status of an execution. */
function statusOf(describe: Record<string, unknown>) {
  const info = describe.executionInfo as { executionStatus?: string; closeStatus?: string } | undefined;
  return { executionStatus: info?.executionStatus, closeStatus: info?.closeStatus };
}

/** Closed as TIMED_OUT, with its event; listed as TIMED_OUT; its workflowId startable again. */
export const executionTimesOut: LifecycleJudge = (ctx) => {
  const faults: LifecycleFault[] = [];
  const describe = outputOf(ctx, 'describe', faults);
  const expectedStatus = { executionStatus: 'CLOSED', closeStatus: 'TIMED_OUT' };
  if (describe && (statusOf(describe).executionStatus !== 'CLOSED' || statusOf(describe).closeStatus !== 'TIMED_OUT')) {
    faults.push(faultOf(ctx, 'describe', 'executionInfo', expectedStatus, statusOf(describe)));
  }
  const history = outputOf(ctx, 'history', faults);
  const timedOut = attributesOf(firstOf(eventsOf(history), 'WorkflowExecutionTimedOut'));
  const expectedEvent = { timeoutType: 'START_TO_CLOSE', childPolicy: ctx.config.childPolicy };
  if (history && (timedOut.timeoutType !== 'START_TO_CLOSE' || timedOut.childPolicy !== ctx.config.childPolicy)) {
    faults.push(
      faultOf(ctx, 'history', 'WorkflowExecutionTimedOut', expectedEvent, {
        ...timedOut,
        events: typesOf(eventsOf(history)),
      }),
    );
  }
  const listed = outputOf(ctx, 'closed as TIMED_OUT', faults);
  if (listed && !infosOf(listed).some((i) => i.execution?.runId === ctx.runId)) {
    faults.push(
      faultOf(
        ctx,
        'closed as TIMED_OUT',
        'the execution among ListClosedWorkflowExecutions closeStatusFilter TIMED_OUT',
        ctx.runId,
        infosOf(listed).map((i) => i.execution?.runId),
      ),
    );
  }
  // Only once it is seen closed does the run start the workflowId again; until then the fault above stands.
  if (!faults.length) outputOf(ctx, 'start again', faults);
  return faults;
};

/** A polled task times out and is scheduled again; with NONE it does not time out within the wait. */
export const decisionTaskTimesOut: LifecycleJudge = (ctx) => {
  const faults: LifecycleFault[] = [];
  if (!outputOf(ctx, 'poll', faults)?.taskToken) {
    if (!faults.length)
      faults.push(faultOf(ctx, 'poll', 'a delivered task', 'a task token', shownAnswer(ctx.answers.poll)));
    return faults;
  }
  const history = outputOf(ctx, 'history', faults);
  if (!history) return faults;
  const events = eventsOf(history);
  const timedOut = firstOf(events, 'DecisionTaskTimedOut');
  if (ctx.config.taskStartToCloseTimeout === 'NONE') {
    if (ctx.final && timedOut)
      faults.push(faultOf(ctx, 'history', 'no DecisionTaskTimedOut within the wait (NONE)', '(none)', typesOf(events)));
    return faults;
  }
  const rescheduled =
    timedOut &&
    events.some((e) => e.eventType === 'DecisionTaskScheduled' && (e.eventId ?? 0) > (timedOut.eventId ?? 0));
  if (attributesOf(timedOut).timeoutType !== 'START_TO_CLOSE' || !rescheduled) {
    faults.push(
      faultOf(
        ctx,
        'history',
        'DecisionTaskTimedOut (START_TO_CLOSE), then a new DecisionTaskScheduled',
        ['DecisionTaskTimedOut START_TO_CLOSE', 'DecisionTaskScheduled'],
        { timedOut: attributesOf(timedOut), events: typesOf(events) },
      ),
    );
  }
  return faults;
};
