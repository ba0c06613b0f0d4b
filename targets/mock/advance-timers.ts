import type { Behaviour } from './behaviour.ts';
import { closeExecution, timedOutClosing } from './close-execution.ts';
import { scheduleDecisionTask, wakeDecider } from './decision-tasks.ts';
import { appendEvent } from './history-events.ts';
import { nowInSeconds, type ExecutionRecord, type SwfState } from './swf-state.ts';

/** Something due at a moment: what happens then. */
interface Due {
  at: number;
  fire(at: number): void;
}

/** Seconds of a duration member; undefined for "NONE" (never) and for values a quirk let through. */
function durationOf(value: string | undefined): number | undefined {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** A started decision task whose time ran out: DecisionTaskTimedOut, then the same task scheduled again; the old token is void. */
function timeOutDecisionTask(state: SwfState, execution: ExecutionRecord, at: number): void {
  const task = execution.decision!;
  appendEvent(execution, at, 'DecisionTaskTimedOut', {
    timeoutType: 'START_TO_CLOSE',
    scheduledEventId: task.scheduledEventId,
    startedEventId: task.started!.eventId,
  });
  scheduleDecisionTask(state, execution, at);
}

/** A timer that fires: TimerFired, and the decider is woken. */
function fireTimer(state: SwfState, execution: ExecutionRecord, timerId: string, at: number): void {
  const timer = execution.timers!.find((t) => t.timerId === timerId)!;
  execution.timers = execution.timers!.filter((t) => t !== timer);
  appendEvent(execution, at, 'TimerFired', { timerId, startedEventId: timer.startedEventId });
  wakeDecider(state, execution, at);
}

/** What an open execution has due: its started decision task's time-out, its timers, its own time-out. */
function dueOf(state: SwfState, e: ExecutionRecord, behaviour: Behaviour): Due[] {
  const due: Due[] = [];
  const started = e.decision?.started;
  const taskTimeout = durationOf(e.config.taskStartToCloseTimeout);
  if (started && taskTimeout !== undefined && !behaviour.decisionTasksNeverTimeOut) {
    due.push({ at: started.at + taskTimeout, fire: (at) => timeOutDecisionTask(state, e, at) });
  }
  for (const t of e.timers ?? []) due.push({ at: t.fireAt, fire: (at) => fireTimer(state, e, t.timerId, at) });
  const executionTimeout = durationOf(e.config.executionStartToCloseTimeout);
  if (executionTimeout !== undefined) {
    due.push({
      at: e.startTimestamp + executionTimeout,
      fire: (at) => closeExecution(state, e, at, timedOutClosing(e, behaviour)),
    });
  }
  return due;
}

/**
 * Brings every open execution up to the clock's now, earliest first, each at the moment it was due (a time-out closes
 * an execution at start + timeout, not when it is noticed). SWF runs its timers as time passes; the mock runs them
 * lazily, before it answers a call, so a test that moves the clock sees them without sleeping.
 */
export function advanceTimers(state: SwfState, behaviour: Behaviour): void {
  const now = nowInSeconds(state);
  for (;;) {
    let next: Due | undefined;
    for (const e of state.executions) {
      if (e.status !== 'OPEN') continue;
      for (const due of dueOf(state, e, behaviour)) if (due.at <= now && (!next || due.at < next.at)) next = due;
    }
    if (!next) return;
    next.fire(next.at);
  }
}
