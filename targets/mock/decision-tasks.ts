import { randomBytes } from 'node:crypto';
import { appendEvent, scheduledAttributes, type ScheduledAttributes } from './history-events.ts';
import { SwfFault } from './swf-fault.ts';
import { openExecutionsOf, type ExecutionRecord, type SwfState } from './swf-state.ts';

/**
 * Schedules a decision task on the execution's task list, with its priority and time-out; `shown` replaces what the
 * DecisionTaskScheduled event says (a quirk's), never what the task does.
 */
export function scheduleDecisionTask(
  state: SwfState,
  execution: ExecutionRecord,
  at: number,
  shown?: ScheduledAttributes,
): void {
  const scheduledEventId = appendEvent(
    execution,
    at,
    'DecisionTaskScheduled',
    shown ?? scheduledAttributes(execution.config),
  );
  state.decisionsScheduled = (state.decisionsScheduled ?? 0) + 1;
  execution.decision = { scheduledEventId, sequence: state.decisionsScheduled };
}

/**
 * Lets the decider of an open execution see an event just recorded, as SWF does: a decision task is scheduled unless
 * one is open; when the open one is already started, another follows its completion.
 */
export function wakeDecider(state: SwfState, execution: ExecutionRecord, at: number): void {
  if (execution.status !== 'OPEN') return;
  if (!execution.decision) scheduleDecisionTask(state, execution, at);
  else if (execution.decision.started) execution.decision.missedEvents = true;
}

/** Open executions of a domain with a decision task scheduled and not yet started, on one task list or (undefined) any. */
export function pendingDecisionTasks(state: SwfState, domain: string, taskList: string | undefined): ExecutionRecord[] {
  return openExecutionsOf(state, domain).filter(
    (e) => e.decision && !e.decision.started && (taskList === undefined || e.config.taskList?.name === taskList),
  );
}

/** Marks an execution's scheduled decision task started by a poll: records DecisionTaskStarted and hands out a fresh token. */
export function startDecisionTask(execution: ExecutionRecord, at: number, identity: string | undefined): string {
  const task = execution.decision!;
  const eventId = appendEvent(execution, at, 'DecisionTaskStarted', {
    scheduledEventId: task.scheduledEventId,
    identity,
  });
  const token = randomBytes(48).toString('base64');
  task.started = { eventId, at, token };
  return token;
}

/**
 * The open execution whose started decision task has this token; UnknownResourceFault when none has, for a token never
 * handed out, already used, timed out or of an execution since closed.
 */
export function requireTaskToken(state: SwfState, token: string, operation: string): ExecutionRecord {
  const found = state.executions.find((e) => e.status === 'OPEN' && e.decision?.started?.token === token);
  if (!found) throw new SwfFault('UnknownResourceFault', 'Unknown task token', 400, `${operation}:taskToken.unknown`);
  return found;
}

/** The DecisionTaskStarted event of the last decision task the decider completed, 0 before the first. */
export function previousStartedEventId(execution: ExecutionRecord): number {
  const completed = execution.events.filter((e) => e.eventType === 'DecisionTaskCompleted').at(-1);
  return (
    (completed?.decisionTaskCompletedEventAttributes as { startedEventId?: number } | undefined)?.startedEventId ?? 0
  );
}
