import type { Quirk } from './quirk.ts';

// The visibility calls whose mutually exclusive filters accept-two-filters stops refusing.
const LISTINGS = [
  'ListOpenWorkflowExecutions',
  'CountOpenWorkflowExecutions',
  'ListClosedWorkflowExecutions',
  'CountClosedWorkflowExecutions',
];

/**
 * Quirks in the life of an execution after its start: decision tasks (scheduling, polling, counting, time-outs),
 * execution time-outs, child policies, Lambda tasks and the visibility calls. Each breaks one documented behaviour.
 */
export const LIFECYCLE_QUIRKS: readonly Quirk[] = [
  {
    name: 'scheduled-event-with-default-timeout',
    description:
      "An execution's first DecisionTaskScheduled shows the type's defaultTaskStartToCloseTimeout (NONE when it has none) instead of the execution's taskStartToCloseTimeout; the task still times out on the right one.",
    alterFirstScheduled: (attributes, defaults) => ({
      ...attributes,
      startToCloseTimeout: defaults.defaultTaskStartToCloseTimeout ?? 'NONE',
    }),
  },
  {
    name: 'count-pending-on-every-list',
    description:
      'CountPendingDecisionTasks counts the pending decision tasks of every task list of the domain, whatever taskList is asked.',
    countsPendingOnEveryList: true,
  },
  {
    name: 'poll-without-input',
    description:
      'The WorkflowExecutionStarted event in a PollForDecisionTask answer has no input (GetWorkflowExecutionHistory still shows it).',
    alterPolledStartedEvent: ({ input: _dropped, ...rest }) => rest,
  },
  {
    name: 'poll-ignores-priority',
    description:
      'PollForDecisionTask hands out decision tasks in the order they were scheduled, ignoring taskPriority.',
    pollIgnoresPriority: true,
  },
  {
    name: 'timed-out-closes-as-terminated',
    description:
      'An execution that times out closes with closeStatus TERMINATED (WorkflowExecutionTimedOut is still recorded, the child policy still applied).',
    timedOutCloseStatus: 'TERMINATED',
  },
  {
    name: 'decision-task-never-times-out',
    description: 'A started decision task never times out, whatever its taskStartToCloseTimeout.',
    decisionTasksNeverTimeOut: true,
  },
  {
    name: 'open-tag-filter-ignored',
    description:
      'ListOpenWorkflowExecutions and CountOpenWorkflowExecutions ignore tagFilter: every open execution matches.',
    ignoresOpenTagFilter: true,
  },
  {
    name: 'closed-listing-without-tags',
    description: 'The execution infos of a ListClosedWorkflowExecutions answer have no tagList.',
    alterClosedInfo: ({ tagList: _dropped, ...rest }) => rest,
  },
  {
    name: 'accept-two-filters',
    description:
      'List/Count Open/Closed WorkflowExecutions accept two of executionFilter, typeFilter, tagFilter and closeStatusFilter at once (applying both) instead of refusing with ValidationException.',
    skipChecks: LISTINGS.map((operation) => `${operation}:filters.exclusive`),
  },
  {
    name: 'child-policy-ignored-on-timeout',
    description:
      'When an execution times out its open children are left running, whatever its child policy (TerminateWorkflowExecution still applies it).',
    ignoresChildPolicyOnTimeOut: true,
  },
  {
    name: 'terminate-ignores-child-policy-override',
    description:
      "TerminateWorkflowExecution's childPolicy member is ignored: the execution's own child policy is applied to its children.",
    ignoresTerminateChildPolicy: true,
  },
  {
    name: 'lambda-without-role-scheduled',
    description:
      'ScheduleLambdaFunction in an execution without a lambdaRole records LambdaFunctionScheduled instead of ScheduleLambdaFunctionFailed.',
    schedulesLambdaWithoutRole: true,
  },
];
