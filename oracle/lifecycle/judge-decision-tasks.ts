import { isDeepStrictEqual } from 'node:util';
import { matches } from '../compare-effects.ts';
import { attributesOf, eventsOf, firstOf, typesOf } from './history-of.ts';
import {
  faultOf,
  outputOf,
  type LifecycleContext,
  type LifecycleFault,
  type LifecycleJudge,
} from './lifecycle-context.ts';

/** Event 2 is DecisionTaskScheduled with the effective list, priority and task time-out; Describe counts one open decision task. */
export const firstDecisionTaskIsScheduled: LifecycleJudge = (ctx) => {
  const faults: LifecycleFault[] = [];
  const history = outputOf(ctx, 'history', faults);
  if (history) {
    const second = eventsOf(history)[1];
    const a = attributesOf(second);
    const expected = {
      eventType: 'DecisionTaskScheduled',
      taskList: ctx.config.taskList,
      taskPriority: ctx.config.taskPriority,
      startToCloseTimeout: ctx.config.taskStartToCloseTimeout,
    };
    const observed = {
      eventType: second?.eventType,
      taskList: (a.taskList as { name?: string } | undefined)?.name,
      taskPriority: a.taskPriority,
      startToCloseTimeout: a.startToCloseTimeout,
    };
    const holds =
      expected.eventType === observed.eventType &&
      expected.taskList === observed.taskList &&
      expected.startToCloseTimeout === observed.startToCloseTimeout &&
      matches(ctx.spec, 'taskPriority', expected.taskPriority, observed.taskPriority);
    if (!holds)
      faults.push(faultOf(ctx, 'history', 'event 2', expected, { ...observed, events: typesOf(eventsOf(history)) }));
  }
  const describe = outputOf(ctx, 'describe', faults);
  const open = (describe?.openCounts as { openDecisionTasks?: number } | undefined)?.openDecisionTasks;
  if (describe && open !== 1) faults.push(faultOf(ctx, 'describe', 'openCounts.openDecisionTasks', 1, open));
  return faults;
};

/** CountPendingDecisionTasks: one on the effective list, none on the other. */
export const taskIsCountedOnItsListOnly: LifecycleJudge = (ctx) => {
  const faults: LifecycleFault[] = [];
  for (const [key, want] of [
    ['count on its list', 1],
    ['count on another list', 0],
  ] as const) {
    const out = outputOf(ctx, key, faults);
    if (out && out.count !== want) faults.push(faultOf(ctx, key, 'count', want, out.count));
  }
  return faults;
};

/** What a delivered decision task must say: a token, the execution and its type, and events with the Started input. */
function deliveredTaskFaults(ctx: LifecycleContext, key: string): LifecycleFault[] {
  const faults: LifecycleFault[] = [];
  const out = outputOf(ctx, key, faults);
  if (!out) return faults;
  const started = firstOf(eventsOf(out), 'WorkflowExecutionStarted');
  const r = ctx.kase.request as { workflowId: string; input?: string };
  const expected = {
    taskToken: '(present)',
    workflowExecution: { workflowId: r.workflowId, runId: ctx.runId },
    workflowType: ctx.config.workflowType,
    startedInput: r.input ?? '(absent)',
  };
  const execution = out.workflowExecution as { workflowId?: string; runId?: string } | undefined;
  const type = out.workflowType as { name?: string; version?: string } | undefined;
  const observed = {
    taskToken: typeof out.taskToken === 'string' && out.taskToken.length > 0 ? '(present)' : '(absent)',
    workflowExecution: { workflowId: execution?.workflowId, runId: execution?.runId },
    workflowType: { name: type?.name, version: type?.version },
    startedInput: started ? (attributesOf(started).input ?? '(absent)') : '(no WorkflowExecutionStarted event)',
  };
  if (!isDeepStrictEqual(expected, observed))
    faults.push(faultOf(ctx, key, 'the delivered decision task', expected, observed));
  return faults;
}

/** PollForDecisionTask on the effective list delivers this execution's task. */
export const pollDeliversTheTask: LifecycleJudge = (ctx) => deliveredTaskFaults(ctx, 'poll');

/** The run ids and effective priorities of a priority case's executions, the case's own first (none set counts as 0). */
function prioritiesOf(ctx: LifecycleContext, faults: LifecycleFault[]): Map<string, bigint> {
  const byRun = new Map([[ctx.runId, BigInt(ctx.config.taskPriority ?? '0')]]);
  for (const [i, s] of (ctx.kase.lifecycle?.siblings ?? []).entries()) {
    const out = outputOf(ctx, `start sibling ${i}`, faults);
    if (typeof out?.runId === 'string') byRun.set(out.runId, BigInt(s.taskPriority));
  }
  return byRun;
}

/** Polls deliver every pending task of the list, the highest priority first (ties in any order). */
export const highestPriorityFirst: LifecycleJudge = (ctx) => {
  const faults: LifecycleFault[] = [];
  const byRun = prioritiesOf(ctx, faults);
  if (faults.length) return faults;
  const delivered: Array<string | undefined> = [];
  for (let i = 0; i < byRun.size; i++) {
    const out = outputOf(ctx, `poll ${i}`, faults);
    const runId = (out?.workflowExecution as { runId?: string } | undefined)?.runId;
    delivered.push(
      runId && byRun.has(runId)
        ? String(byRun.get(runId))
        : runId === undefined
          ? '(no task)'
          : `(another execution: ${runId})`,
    );
  }
  const expected = [...byRun.values()].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)).map(String);
  if (!faults.length && !isDeepStrictEqual(expected, delivered)) {
    faults.push(faultOf(ctx, 'poll 0', 'the priorities in the order the polls delivered them', expected, delivered));
  }
  return faults;
};
