import { findDomain, type World } from '../../model/world.ts';
import { effectiveConfig } from '../../oracle/effective-config.ts';
import { attributesOf, eventsOf, typesOf, type HistoryEvent } from '../../oracle/lifecycle/history-of.ts';
import type { Target } from '../../targets/target.ts';
import { expectStatus, type Command } from './commands.ts';
import { canRespond, respond } from './decision-commands.ts';
import { childrenOf, isOpen, startedIn, TASK_TIMEOUT } from './model-runs.ts';
import { ModelMismatch, shown, type ModelRun, type StatefulModel } from './stateful-model.ts';
import { readUntil } from './read-until.ts';

// How long the parent's history may take to show the child started (bounded: sequences stay short).
const CHILD_WAIT_MS = 2000;

/** The child's type: a type of the parent's domain without defaults ('bare'), else the domain's full type. */
function childTypeOf(world: World, domain: string) {
  const own = world.types.filter((t) => t.domain === domain);
  return own.find((t) => !Object.keys(t.defaults).length) ?? own.find((t) => t.name === 'full')!;
}

// A child of a deprecated type (or domain) cannot start: the model keeps to starts that must succeed.
const childCanStart = (world: World, domain: string) =>
  childTypeOf(world, domain).status === 'REGISTERED' && findDomain(world, domain)?.status === 'REGISTERED';

/** The child's execution once the parent's history shows it started and, after that, a decision task scheduled. */
function startedChild(events: HistoryEvent[], workflowId: string): { workflowId: string; runId: string } | undefined {
  const started = events.find(
    (e) =>
      e.eventType === 'ChildWorkflowExecutionStarted' &&
      (attributesOf(e).workflowExecution as { workflowId?: string } | undefined)?.workflowId === workflowId,
  );
  const woken =
    started && events.some((e) => e.eventType === 'DecisionTaskScheduled' && (e.eventId ?? 0) > (started.eventId ?? 0));
  return woken ? (attributesOf(started).workflowExecution as { workflowId: string; runId: string }) : undefined;
}

/** Reads the parent's history until the child shows started (or its start failed, or the wait is over). */
async function awaitChild(target: Target, parent: ModelRun, workflowId: string) {
  const execution = { workflowId: parent.workflowId, runId: parent.runId };
  return readUntil(async () => {
    const answer = await target.call!('GetWorkflowExecutionHistory', {
      domain: parent.domain,
      execution,
      maximumPageSize: 1000,
    });
    const events = answer.ok ? eventsOf(answer.output) : [];
    const child = startedChild(events, workflowId);
    const failed = !answer.ok || events.some((e) => e.eventType === 'StartChildWorkflowExecutionFailed');
    return { done: !!child || failed, value: { child, seen: answer.ok ? typesOf(events) : answer } };
  }, Date.now() + CHILD_WAIT_MS);
}

/**
 * RespondDecisionTaskCompleted with a StartChildWorkflowExecution decision for the oldest delivered task;
 * every attribute the child needs is given. It must succeed and the parent's history must show the child started; the
 * child is then open in the model, and the parent has a new task scheduled (the event woke its decider).
 */
export class StartChildCommand implements Command {
  check = (m: Readonly<StatefulModel>) =>
    canRespond(m) && childCanStart(m.world as World, startedIn(m as StatefulModel)!.domain);
  async run(m: StatefulModel, target: Target) {
    const parent = startedIn(m)!;
    const type = childTypeOf(m.world, parent.domain);
    const attributes = {
      workflowId: `${m.world.runTag}-child-${++m.children}`,
      workflowType: { name: type.name, version: type.version },
      taskList: { name: `${m.world.runTag}-child-tasks` },
      executionStartToCloseTimeout: '3600',
      taskStartToCloseTimeout: TASK_TIMEOUT,
      childPolicy: 'ABANDON',
    };
    await respond(
      target,
      parent,
      [{ decisionType: 'StartChildWorkflowExecution', startChildWorkflowExecutionDecisionAttributes: attributes }],
      this,
    );
    const { child, seen } = await awaitChild(target, parent, attributes.workflowId);
    if (!child) {
      throw new ModelMismatch(
        `${this} expected ChildWorkflowExecutionStarted then DecisionTaskScheduled in the parent's history within ${CHILD_WAIT_MS} ms, got ${shown(seen)}`,
      );
    }
    const execution = { domain: parent.domain, workflowId: child.workflowId, runId: child.runId };
    m.world.open.push(execution);
    m.runs.push({
      ...execution,
      config: effectiveConfig(m.spec, type, { domain: parent.domain, ...attributes }),
      task: { state: 'scheduled' },
      parentRunId: parent.runId,
    });
    parent.task = { state: 'scheduled' };
  }
  toString = () => 'StartChild()';
}

/** DescribeWorkflowExecution of every child the model knows: each must be open or closed as the model says. */
export class DescribeChildrenCommand implements Command {
  check = (m: Readonly<StatefulModel>) => childrenOf(m as StatefulModel).length > 0;
  async run(m: StatefulModel, target: Target) {
    for (const child of childrenOf(m))
      await expectStatus(target, child, isOpen(m, child) ? 'OPEN' : 'CLOSED', this, `${child.workflowId} `);
  }
  toString = () => 'DescribeChildren()';
}
