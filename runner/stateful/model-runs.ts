import type { OpenExecution } from '../../model/world.ts';
import type { ModelRun, StatefulModel } from './stateful-model.ts';

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
