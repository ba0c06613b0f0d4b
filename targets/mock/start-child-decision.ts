import type { DecisionContext } from './decision-context.ts';
import { appendEvent, executionRef } from './history-events.ts';
import { openExecution, resolveStart } from './open-execution.ts';
import type { StartRequest } from './start-request.ts';
import { SwfFault } from './swf-fault.ts';

type StartChildAttributes = Omit<StartRequest, 'domain'> & { control?: string };

// The cause StartChildWorkflowExecutionFailed gives for each StartWorkflowExecution check a child start fails.
const CAUSES: Record<string, string> = {
  'workflowType.unknown': 'WORKFLOW_TYPE_DOES_NOT_EXIST',
  'workflowType.deprecated': 'WORKFLOW_TYPE_DEPRECATED',
  'executionStartToCloseTimeout.default-undefined': 'DEFAULT_EXECUTION_START_TO_CLOSE_TIMEOUT_UNDEFINED',
  'taskList.default-undefined': 'DEFAULT_TASK_LIST_UNDEFINED',
  'taskStartToCloseTimeout.default-undefined': 'DEFAULT_TASK_START_TO_CLOSE_TIMEOUT_UNDEFINED',
  'childPolicy.default-undefined': 'DEFAULT_CHILD_POLICY_UNDEFINED',
  'workflowId.already-started': 'WORKFLOW_ALREADY_RUNNING',
  'limit.openExecutions': 'OPEN_WORKFLOWS_LIMIT_EXCEEDED',
};

/** The cause for a fault a start check raised; anything else is a mock bug, thrown on. */
function causeOf(error: unknown): string {
  const cause = error instanceof SwfFault ? CAUSES[error.check?.replace(/^[^:]*:/, '') ?? ''] : undefined;
  if (!cause) throw error;
  return cause;
}

/**
 * StartChildWorkflowExecution: the child starts in the parent's domain with its type's defaults, as a start would.
 * A type or default that fails fails the decision at once (initiatedEventId 0: no Initiated event, whose taskList and
 * childPolicy could not be given); a workflowId already running fails after StartChildWorkflowExecutionInitiated, as
 * documented. A started child is told to the parent by ChildWorkflowExecutionStarted.
 */
export function startChild(c: DecisionContext, a: StartChildAttributes): boolean {
  const { state, execution: parent, at, completedEventId, behaviour } = c;
  const failed = (cause: string, initiatedEventId: number) => {
    appendEvent(parent, at, 'StartChildWorkflowExecutionFailed', {
      workflowType: a.workflowType,
      cause,
      workflowId: a.workflowId,
      initiatedEventId,
      decisionTaskCompletedEventId: completedEventId,
      control: a.control,
    });
    return true;
  };
  const domain = state.domains.get(parent.domain)!;
  const request: StartRequest = { ...a, domain: domain.name };
  let start: ReturnType<typeof resolveStart>;
  try {
    start = resolveStart(domain, request, behaviour);
  } catch (error) {
    return failed(causeOf(error), 0);
  }
  const { config } = start;
  const initiatedEventId = appendEvent(parent, at, 'StartChildWorkflowExecutionInitiated', {
    workflowId: a.workflowId,
    workflowType: a.workflowType,
    control: a.control,
    input: a.input ?? undefined,
    executionStartToCloseTimeout: config.executionStartToCloseTimeout,
    taskList: config.taskList,
    taskPriority: config.taskPriority,
    decisionTaskCompletedEventId: completedEventId,
    childPolicy: config.childPolicy,
    taskStartToCloseTimeout: config.taskStartToCloseTimeout,
    tagList: a.tagList?.length ? a.tagList : undefined,
    lambdaRole: config.lambdaRole,
  });
  try {
    const child = openExecution(state, domain, start, request, behaviour, {
      execution: executionRef(parent),
      initiatedEventId,
    });
    child.parent!.startedEventId = appendEvent(parent, at, 'ChildWorkflowExecutionStarted', {
      workflowExecution: executionRef(child),
      workflowType: { ...child.workflowType },
      initiatedEventId,
    });
    return true;
  } catch (error) {
    return failed(causeOf(error), initiatedEventId);
  }
}
