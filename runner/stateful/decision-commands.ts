import type { Target } from '../../targets/target.ts';
import type { Command } from './commands.ts';
import { ModelMismatch, pick, shown, type DomainPick, type ModelRun, type StatefulModel } from './stateful-model.ts';
import { closeRun, deliverable, scheduledOn, startedIn } from './model-runs.ts';

/** The domain of a role and its full type's default task list: the list the commands put tasks on and poll. */
export function defaultListOf(m: Readonly<StatefulModel>, role: DomainPick) {
  const { domain, type } = pick(m.world as StatefulModel['world'], role);
  return { domain: domain.name, taskList: type.defaults.defaultTaskList?.name };
}

/** What a poll answer shows in a message: whether a token came, and which execution and type. */
const taskShown = (answer: Awaited<ReturnType<NonNullable<Target['call']>>>) =>
  shown(
    answer.ok
      ? {
          taskToken: answer.output.taskToken,
          workflowExecution: answer.output.workflowExecution,
          workflowType: answer.output.workflowType,
        }
      : answer,
  );

/**
 * PollForDecisionTask on the default list: it must deliver, with a token, one of the tasks the model has pending
 * there first by priority. Never sent to a list the model says is empty: SWF holds an empty poll up to 60 s.
 */
export class PollCommand implements Command {
  constructor(readonly role: DomainPick) {}
  check = (m: Readonly<StatefulModel>) => {
    const { domain, taskList } = defaultListOf(m, this.role);
    return m.canCall && scheduledOn(m as StatefulModel, domain, taskList).length > 0;
  };
  async run(m: StatefulModel, target: Target) {
    const { domain, taskList } = defaultListOf(m, this.role);
    const pending = deliverable(m, domain, taskList);
    const answer = await target.call!('PollForDecisionTask', {
      domain,
      taskList: { name: taskList },
      identity: 'swf-conformance-stateful',
    });
    const out = answer.ok ? answer.output : {};
    const execution = out.workflowExecution as { workflowId?: string; runId?: string } | undefined;
    const type = out.workflowType as { name?: string; version?: string } | undefined;
    const run = pending.find(
      (r) =>
        r.runId === execution?.runId &&
        r.workflowId === execution?.workflowId &&
        r.config.workflowType.name === type?.name &&
        r.config.workflowType.version === type?.version,
    );
    const token = typeof out.taskToken === 'string' && out.taskToken ? out.taskToken : undefined;
    if (!run || !token) {
      throw new ModelMismatch(
        `${this} expected a task token for one of ${shown(pending.map((r) => `${r.workflowId}/${r.runId}`))}, got ${taskShown(answer)}`,
      );
    }
    run.task = { state: 'started', token };
  }
  toString = () => `Poll(${this.role})`;
}

/** RespondDecisionTaskCompleted with the run's delivered token: it must succeed; the token is used up either way. */
export async function respond(target: Target, run: ModelRun, decisions: object[], command: Command): Promise<void> {
  const taskToken = run.task?.state === 'started' ? run.task.token : '';
  run.task = undefined;
  const answer = await target.call!('RespondDecisionTaskCompleted', { taskToken, decisions });
  if (!answer.ok)
    throw new ModelMismatch(`${command} expected success for ${run.workflowId}/${run.runId}, got ${shown(answer)}`);
}

/** True when the model has a delivered task the target can answer. */
export const canRespond = (m: Readonly<StatefulModel>) => m.canCall && startedIn(m as StatefulModel) !== undefined;

/** CompleteWorkflowExecution for the oldest delivered task: the execution is then closed (COMPLETED). */
export class CompleteCommand implements Command {
  check = (m: Readonly<StatefulModel>) => canRespond(m);
  async run(m: StatefulModel, target: Target) {
    const run = startedIn(m)!;
    await respond(
      target,
      run,
      [{ decisionType: 'CompleteWorkflowExecution', completeWorkflowExecutionDecisionAttributes: {} }],
      this,
    );
    // No child policy: the spec's rule applies one on termination or time-out only (and ABANDON leaves children anyway).
    closeRun(m, run, 'COMPLETED');
  }
  toString = () => 'Complete()';
}
