import type { EffectiveConfig } from '../../oracle/effective-config';
import type { OpenExecution } from '../../model/world';
import type { StatefulModel } from './stateful-model';

/**
 * The decision task of an execution, as the model keeps it (SWF keeps at most one open per execution):
 * - an accepted start schedules one on its effective task list;
 * - a poll of a list delivers one of those scheduled there with the highest effective taskPriority (among equals,
 *   any), which is then started with the token it came with;
 * - RespondDecisionTaskCompleted uses the token up: CompleteWorkflowExecution closes the execution;
 *   StartChildWorkflowExecution leaves it open, and the ChildWorkflowExecutionStarted event wakes its decider, so a
 *   new task is scheduled once the parent's history shows it;
 * - closing the execution (termination, completion, time-out) drops its task;
 * - a started task does not time out within a sequence: every start the commands make gives TASK_TIMEOUT.
 */
export type DecisionTask = { state: 'scheduled' } | { state: 'started'; token: string };

/** What the model knows of an execution beyond world.open and world.closed. */
export interface ModelRun extends OpenExecution {
  config: EffectiveConfig;
  task?: DecisionTask;
  /** The run of the parent that started it with a StartChildWorkflowExecution decision. */
  parentRunId?: string;
  closeStatus?: string;
}

// Far longer than a sequence lasts, and numeric: moto 5.2.1 breaks after a poll of a task whose time-out is NONE.
export const TASK_TIMEOUT = '300';

const same = (a: OpenExecution, b: OpenExecution) =>
  a.domain === b.domain && a.workflowId === b.workflowId && a.runId === b.runId;

/** True while the model has the run open. */
export const isOpen = (m: StatefulModel, run: OpenExecution) => m.world.open.some((e) => same(e, run));

/** The open runs of a domain with a task scheduled on a list: what a poll of that list may be given. */
export function scheduledOn(m: StatefulModel, domain: string, taskList: string | undefined): ModelRun[] {
  return m.runs.filter(
    (r) => r.domain === domain && r.config.taskList === taskList && r.task?.state === 'scheduled' && isOpen(m, r),
  );
}

/** Those of the scheduled runs a poll must deliver first: the highest taskPriority (all equal ones alike). */
export function deliverable(m: StatefulModel, domain: string, taskList: string | undefined): ModelRun[] {
  const pending = scheduledOn(m, domain, taskList);
  const priority = (r: ModelRun) => Number(r.config.taskPriority ?? 0);
  const top = Math.max(...pending.map(priority));
  return pending.filter((r) => priority(r) === top);
}

/** The oldest open run whose decision task the model has delivered: the one a respond acts on. */
export const startedIn = (m: StatefulModel) => m.runs.find((r) => r.task?.state === 'started' && isOpen(m, r));

/** The runs the model knows were started as children. */
export const childrenOf = (m: StatefulModel) => m.runs.filter((r) => r.parentRunId !== undefined);

/**
 * Closes an execution in the model: open → closed, its task dropped, and the child policy given applied to its open
 * children (TERMINATE closes them; ABANDON, REQUEST_CANCEL or none leave them open: a cancel request only asks).
 */
export function closeRun(m: StatefulModel, execution: OpenExecution, status: string, childPolicy?: string): void {
  m.world.closed.push(...m.world.open.filter((e) => same(e, execution)));
  m.world.open = m.world.open.filter((e) => !same(e, execution));
  const run = m.runs.find((r) => same(r, execution));
  if (!run) return;
  run.closeStatus = status;
  run.task = undefined;
  if (childPolicy !== 'TERMINATE') return;
  for (const child of m.runs.filter((c) => c.domain === run.domain && c.parentRunId === run.runId && isOpen(m, c))) {
    closeRun(m, child, 'TERMINATED', child.config.childPolicy);
  }
}
