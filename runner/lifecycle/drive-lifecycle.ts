import type { LifecycleBehaviour } from '../../spec/spec-types.ts';
import type { ListingFilter } from '../../model/lifecycle.ts';
import { listingProbes, startedAround } from '../../model/listing-probes.ts';
import type { Target } from '../../targets/target.ts';
import { attributesOf, eventsOf, firstOf } from '../../oracle/lifecycle/history-of.ts';
import {
  ask,
  describe,
  executionOf,
  poll,
  readHistory,
  taskListOf,
  type LifecycleSession,
} from './lifecycle-session.ts';

/**
 * What the harness does with a started execution: `setup` once after the start (polls, decisions, a termination),
 * `read` again and again until the oracle is satisfied or the wait ends (histories, listings, counts). Drivers send
 * and record; whether the answers conform is the oracle's business (oracle/lifecycle/).
 */
interface Driver {
  setup?(target: Target, s: LifecycleSession): Promise<void>;
  read?(target: Target, s: LifecycleSession): Promise<void>;
}

const domainOf = (s: LifecycleSession) => s.kase.request.domain;
const tokenOf = (s: LifecycleSession, key: string) => {
  const a = s.answers[key];
  return a?.ok && typeof a.output.taskToken === 'string' && a.output.taskToken ? a.output.taskToken : undefined;
};
const timeFilter = (s: LifecycleSession) => startedAround(s.startedAt);

/** Polls the first decision task and answers it with one decision. */
async function decideOnce(target: Target, s: LifecycleSession, decision: Record<string, unknown>): Promise<void> {
  await poll(target, s, 'poll');
  const taskToken = tokenOf(s, 'poll');
  if (taskToken) await ask(target, s, 'respond', 'RespondDecisionTaskCompleted', { taskToken, decisions: [decision] });
}

/** The child started by the parent's decision, once its history says so. */
function childOf(s: LifecycleSession) {
  const h = s.answers.history;
  const started = attributesOf(firstOf(eventsOf(h?.ok ? h.output : undefined), 'ChildWorkflowExecutionStarted'));
  return started.workflowExecution as { workflowId: string; runId: string } | undefined;
}

const parent: Driver = {
  async setup(target, s) {
    const c = s.kase.lifecycle!.child!;
    await decideOnce(target, s, {
      decisionType: 'StartChildWorkflowExecution',
      startChildWorkflowExecutionDecisionAttributes: {
        workflowId: c.workflowId,
        workflowType: c.workflowType,
        taskList: { name: c.taskList },
        // The child's own time-outs are long and its own policy ABANDON: only the parent's policy is watched.
        executionStartToCloseTimeout: '3600',
        taskStartToCloseTimeout: '300',
        childPolicy: 'ABANDON',
      },
    });
  },
  async read(target, s) {
    if (!s.answers.respond?.ok) return;
    await readHistory(target, s, 'history');
    const child = childOf(s);
    if (!child) return;
    if (!s.started.some((e) => e.runId === child.runId)) s.started.push({ domain: String(domainOf(s)), ...child });
    const plan = s.kase.lifecycle!;
    if (plan.closeBy === 'terminate' && !s.answers.terminate) {
      await ask(target, s, 'terminate', 'TerminateWorkflowExecution', {
        domain: domainOf(s),
        ...executionOf(s),
        reason: 'swf-conformance lifecycle',
        ...(plan.terminateChildPolicy ? { childPolicy: plan.terminateChildPolicy } : {}),
      });
    }
    await describe(target, s, 'child describe', child);
    await readHistory(target, s, 'child history', child);
  },
};

/** The filters of an exclusiveFilters case, each naming what the execution has. */
function filtersOf(s: LifecycleSession, names: ListingFilter[]): Record<string, unknown> {
  const r = s.kase.request as { workflowId: string; workflowType: unknown; tagList?: string[] };
  const all: Record<ListingFilter, unknown> = {
    executionFilter: { workflowId: r.workflowId },
    typeFilter: r.workflowType,
    tagFilter: { tag: r.tagList?.[0] ?? 'swf-conformance' },
  };
  return Object.fromEntries(names.map((n) => [n, all[n]]));
}

const listings = (closed: boolean): Driver => ({
  async setup(target, s) {
    if (closed)
      await ask(target, s, 'terminate', 'TerminateWorkflowExecution', {
        domain: domainOf(s),
        ...executionOf(s),
        reason: 'swf-conformance lifecycle',
      });
  },
  async read(target, s) {
    if (closed && !s.answers.terminate?.ok) return;
    for (const probe of listingProbes(s.kase, s.startedAt, closed))
      await ask(target, s, probe.key, probe.operation, probe.input);
  },
});

const DRIVERS = {
  decisionTaskScheduled: {
    async read(target, s) {
      await readHistory(target, s, 'history');
      await describe(target, s, 'describe');
    },
  },
  decisionTaskCounted: {
    async read(target, s) {
      await ask(target, s, 'count on its list', 'CountPendingDecisionTasks', {
        domain: domainOf(s),
        taskList: taskListOf(s),
      });
      await ask(target, s, 'count on another list', 'CountPendingDecisionTasks', {
        domain: domainOf(s),
        taskList: { name: s.kase.lifecycle!.otherList },
      });
    },
  },
  decisionTaskPolled: { setup: (target, s) => poll(target, s, 'poll').then(() => undefined) },
  priorityOrder: {
    async setup(target, s) {
      for (const [i, sibling] of (s.kase.lifecycle!.siblings ?? []).entries()) {
        const answer = await ask(target, s, `start sibling ${i}`, 'StartWorkflowExecution', {
          ...s.kase.request,
          ...sibling,
        });
        if (answer.ok)
          s.started.push({
            domain: String(domainOf(s)),
            workflowId: sibling.workflowId,
            runId: String(answer.output.runId),
          });
      }
      // As many polls as tasks the run put on the list (its own start and each sibling's), never one more: an empty
      // poll would be held for a minute.
      const pending = s.started.length;
      for (let i = 0; i < pending; i++) await poll(target, s, `poll ${i}`);
    },
  },
  executionTimeout: {
    async read(target, s) {
      const seen = await describe(target, s, 'describe');
      await readHistory(target, s, 'history');
      await ask(target, s, 'closed as TIMED_OUT', 'ListClosedWorkflowExecutions', {
        domain: domainOf(s),
        startTimeFilter: timeFilter(s),
        closeStatusFilter: { status: 'TIMED_OUT' },
        maximumPageSize: 1000,
      });
      const closed =
        seen.ok &&
        (seen.output.executionInfo as { executionStatus?: string } | undefined)?.executionStatus === 'CLOSED';
      if (closed && !s.answers['start again']) {
        const again = await ask(target, s, 'start again', 'StartWorkflowExecution', { ...s.kase.request });
        if (again.ok)
          s.started.push({
            domain: String(domainOf(s)),
            workflowId: String(s.kase.request.workflowId),
            runId: String(again.output.runId),
          });
      }
    },
  },
  decisionTimeout: {
    setup: (target, s) => poll(target, s, 'poll').then(() => undefined),
    async read(target, s) {
      if (tokenOf(s, 'poll')) await readHistory(target, s, 'history');
    },
  },
  openListings: listings(false),
  closedListings: listings(true),
  exclusiveFilters: {
    async setup(target, s) {
      const plan = s.kase.lifecycle!.exclusive!;
      await ask(target, s, 'two filters', plan.operation, {
        domain: domainOf(s),
        startTimeFilter: timeFilter(s),
        ...filtersOf(s, plan.filters),
      });
    },
  },
  childPolicy: parent,
  childPolicyOverride: parent,
  lambdaRole: {
    setup: (target, s) =>
      decideOnce(target, s, {
        decisionType: 'ScheduleLambdaFunction',
        scheduleLambdaFunctionDecisionAttributes: s.kase.lifecycle!.lambda,
      }),
    async read(target, s) {
      if (s.answers.respond?.ok) await readHistory(target, s, 'history');
    },
  },
} satisfies Record<LifecycleBehaviour, Driver>;

/** The driver of a session's behaviour. */
export const driverOf = (s: LifecycleSession): Driver => DRIVERS[s.kase.lifecycle!.behaviour];
