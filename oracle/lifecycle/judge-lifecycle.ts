import type { LifecycleBehaviour, Spec } from '../../spec/spec-types.ts';
import type { Case } from '../../model/case.ts';
import type { LifecycleAnswers } from '../../model/lifecycle.ts';
import { findType, type World } from '../../model/world.ts';
import { effectiveConfig } from '../effective-config.ts';
import type { EffectiveConfig } from '../../model/effective-config.ts';
import type { LifecycleFault, LifecycleJudge } from './lifecycle-context.ts';
import {
  firstDecisionTaskIsScheduled,
  highestPriorityFirst,
  pollDeliversTheTask,
  taskIsCountedOnItsListOnly,
} from './judge-decision-tasks.ts';
import { decisionTaskTimesOut, executionTimesOut } from './judge-timeouts.ts';
import { closedListingsFindIt, openListingsFindIt, twoFiltersAreRefused } from './judge-listings.ts';
import { childPolicyIsApplied, lambdaNeedsARole, terminateChildPolicyWins } from './judge-children.ts';

const JUDGES = {
  decisionTaskScheduled: firstDecisionTaskIsScheduled,
  decisionTaskCounted: taskIsCountedOnItsListOnly,
  decisionTaskPolled: pollDeliversTheTask,
  priorityOrder: highestPriorityFirst,
  executionTimeout: executionTimesOut,
  decisionTimeout: decisionTaskTimesOut,
  openListings: openListingsFindIt,
  closedListings: closedListingsFindIt,
  exclusiveFilters: twoFiltersAreRefused,
  childPolicy: childPolicyIsApplied,
  childPolicyOverride: terminateChildPolicyWins,
  lambdaRole: lambdaNeedsARole,
} satisfies Record<LifecycleBehaviour, LifecycleJudge>;

/** What the oracle expects of a lifecycle case over time, before any answer. */
export interface LifecycleExpectation {
  config: EffectiveConfig;
  /** The longest timer the case waits on, in seconds (0: none). */
  timerSeconds: number;
  /** True when the case must be watched to the end of the wait: what it checks is that something does not happen. */
  watchToEnd: boolean;
}

const seconds = (value: string | undefined) => (value && /^\d+$/.test(value) ? Number(value) : 0);

/** The effective configuration of a lifecycle case's start, and how long the case must be watched. */
export function expectLifecycle(spec: Spec, world: World, kase: Case): LifecycleExpectation {
  const r = kase.request as { domain: string; workflowType: { name: string; version: string } };
  const type = findType(world, r.domain, r.workflowType.name, r.workflowType.version);
  if (!type) throw new Error(`lifecycle case ${kase.rule} names a type the world lacks`);
  const config = effectiveConfig(spec, type, kase.request);
  const plan = kase.lifecycle!;
  const executionTimer =
    plan.behaviour === 'executionTimeout' || plan.closeBy === 'timeout'
      ? seconds(config.executionStartToCloseTimeout)
      : 0;
  const taskTimer = plan.behaviour === 'decisionTimeout' ? seconds(config.taskStartToCloseTimeout) : 0;
  const policy = plan.terminateChildPolicy ?? config.childPolicy;
  const watchToEnd =
    (plan.behaviour === 'decisionTimeout' && config.taskStartToCloseTimeout === 'NONE') ||
    (!!plan.child && policy === 'ABANDON');
  return { config, timerSeconds: Math.max(executionTimer, taskTimer), watchToEnd };
}

/**
 * Judges what a lifecycle case's execution did: every fault its answers show. Called again as answers arrive; before
 * `final`, a fault may still go away (a time-out not yet fired, a listing not yet consistent). A caller that has the
 * case's expectation already passes it, so that the wait's reads do not work it out again.
 */
export function judgeLifecycle(
  spec: Spec,
  world: World,
  kase: Case,
  runId: string,
  answers: LifecycleAnswers,
  final: boolean,
  { config } = expectLifecycle(spec, world, kase),
): LifecycleFault[] {
  return JUDGES[kase.lifecycle!.behaviour]({ spec, kase, config, runId, answers, final });
}
