import { attributesOf, eventsOf, firstOf, typesOf } from './history-of.ts';
import {
  faultOf,
  outputOf,
  type LifecycleContext,
  type LifecycleFault,
  type LifecycleJudge,
} from './lifecycle-context.ts';

// Documented causes of ScheduleLambdaFunctionFailed that have nothing to do with a role; ID_ALREADY_IN_USE cannot
// happen to a fresh id, so a role-bearing execution failing with it (or any other cause) failed for something else.
const NOT_THE_ROLE = [
  'OPEN_LAMBDA_FUNCTIONS_LIMIT_EXCEEDED',
  'LAMBDA_FUNCTION_CREATION_RATE_EXCEEDED',
  'LAMBDA_SERVICE_NOT_AVAILABLE_IN_REGION',
];

/** The first decision was answered: polled, then RespondDecisionTaskCompleted accepted. */
function answeredFirstDecision(ctx: LifecycleContext, faults: LifecycleFault[]): boolean {
  if (!outputOf(ctx, 'poll', faults)?.taskToken) {
    if (!faults.length) faults.push(faultOf(ctx, 'poll', 'a delivered task', 'a task token', '(no task)'));
    return false;
  }
  return !!outputOf(ctx, 'respond', faults);
}

/** What the child must show under a policy, judged on its Describe and history. */
function childPolicyFaults(ctx: LifecycleContext, policy: string): LifecycleFault[] {
  const faults: LifecycleFault[] = [];
  if (!answeredFirstDecision(ctx, faults)) return faults;
  const parent = outputOf(ctx, 'history', faults);
  if (parent && !firstOf(eventsOf(parent), 'ChildWorkflowExecutionStarted')) {
    return [
      ...faults,
      faultOf(
        ctx,
        'history',
        'the child started (ChildWorkflowExecutionStarted)',
        'ChildWorkflowExecutionStarted',
        typesOf(eventsOf(parent)),
      ),
    ];
  }
  if (ctx.kase.lifecycle?.closeBy === 'terminate' && !outputOf(ctx, 'terminate', faults)) return faults;
  const describe = outputOf(ctx, 'child describe', faults);
  const history = outputOf(ctx, 'child history', faults);
  if (!describe || !history) return faults;
  const info = describe.executionInfo as { executionStatus?: string; closeStatus?: string } | undefined;
  const events = eventsOf(history);
  const seen = { executionStatus: info?.executionStatus, closeStatus: info?.closeStatus, events: typesOf(events) };
  const terminated = attributesOf(firstOf(events, 'WorkflowExecutionTerminated'));
  const cancelRequested = firstOf(events, 'WorkflowExecutionCancelRequested');
  if (policy === 'TERMINATE' && (info?.closeStatus !== 'TERMINATED' || terminated.cause !== 'CHILD_POLICY_APPLIED')) {
    faults.push(
      faultOf(
        ctx,
        'child history',
        'TERMINATE: the child terminated, cause CHILD_POLICY_APPLIED',
        { closeStatus: 'TERMINATED', cause: 'CHILD_POLICY_APPLIED' },
        { ...seen, cause: terminated.cause },
      ),
    );
  }
  if (policy === 'REQUEST_CANCEL' && !cancelRequested) {
    faults.push(
      faultOf(
        ctx,
        'child history',
        'REQUEST_CANCEL: WorkflowExecutionCancelRequested in the child',
        'WorkflowExecutionCancelRequested',
        seen,
      ),
    );
  }
  if (policy === 'ABANDON' && ctx.final && (info?.executionStatus !== 'OPEN' || terminated.cause || cancelRequested)) {
    faults.push(
      faultOf(ctx, 'child history', 'ABANDON: the child left open and alone', { executionStatus: 'OPEN' }, seen),
    );
  }
  return faults;
}

/** The parent's effective childPolicy is applied to its child when it is terminated or times out. */
export const childPolicyIsApplied: LifecycleJudge = (ctx) => childPolicyFaults(ctx, ctx.config.childPolicy ?? '');

/** TerminateWorkflowExecution's own childPolicy wins over the execution's. */
export const terminateChildPolicyWins: LifecycleJudge = (ctx) =>
  childPolicyFaults(ctx, ctx.kase.lifecycle?.terminateChildPolicy ?? '');

/** Without an effective lambdaRole, ScheduleLambdaFunction fails; with one, it is scheduled or fails for another reason. */
export const lambdaNeedsARole: LifecycleJudge = (ctx) => {
  const faults: LifecycleFault[] = [];
  if (!answeredFirstDecision(ctx, faults)) return faults;
  const history = outputOf(ctx, 'history', faults);
  if (!history) return faults;
  const events = eventsOf(history);
  const failed = firstOf(events, 'ScheduleLambdaFunctionFailed');
  const scheduled = firstOf(events, 'LambdaFunctionScheduled');
  if (!ctx.config.lambdaRole && (!failed || scheduled)) {
    faults.push(
      faultOf(
        ctx,
        'history',
        'no lambdaRole: ScheduleLambdaFunctionFailed (any cause)',
        'ScheduleLambdaFunctionFailed',
        typesOf(events),
      ),
    );
  }
  const cause = attributesOf(failed).cause as string | undefined;
  if (ctx.config.lambdaRole && !scheduled && !(failed && NOT_THE_ROLE.includes(cause ?? ''))) {
    faults.push(
      faultOf(
        ctx,
        'history',
        'a lambdaRole: LambdaFunctionScheduled, or a failure for another documented reason',
        ['LambdaFunctionScheduled', ...NOT_THE_ROLE.map((c) => `ScheduleLambdaFunctionFailed ${c}`)],
        { events: typesOf(events), cause },
      ),
    );
  }
  return faults;
};
