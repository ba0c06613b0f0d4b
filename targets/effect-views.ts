import type { DescribeWorkflowExecutionCommandOutput, HistoryEvent } from '@aws-sdk/client-swf';
import type { EffectView } from '../model/observation.ts';

/** Drops undefined members so that comparisons see absent fields as absent. */
function compact<T extends object>(view: T): T {
  return Object.fromEntries(Object.entries(view).filter(([, v]) => v !== undefined)) as T;
}

/** The effect view of a DescribeWorkflowExecution answer. */
export function viewOfDescribe(out: DescribeWorkflowExecutionCommandOutput): EffectView {
  const info = out.executionInfo;
  const config = out.executionConfiguration;
  return compact({
    runId: info?.execution?.runId,
    executionStatus: info?.executionStatus,
    workflowType: info?.workflowType && { name: info.workflowType.name, version: info.workflowType.version },
    taskList: config?.taskList?.name,
    executionStartToCloseTimeout: config?.executionStartToCloseTimeout,
    taskStartToCloseTimeout: config?.taskStartToCloseTimeout,
    childPolicy: config?.childPolicy,
    taskPriority: config?.taskPriority,
    lambdaRole: config?.lambdaRole,
    tagList: info?.tagList,
  });
}

/** The effect view of the WorkflowExecutionStarted event, or undefined when the history has none. */
export function viewOfStartedEvent(events: HistoryEvent[] | undefined): EffectView | undefined {
  const a = events?.find((e) => e.eventType === 'WorkflowExecutionStarted')?.workflowExecutionStartedEventAttributes;
  if (!a) return undefined;
  return compact({
    workflowType: a.workflowType && { name: a.workflowType.name, version: a.workflowType.version },
    taskList: a.taskList?.name,
    executionStartToCloseTimeout: a.executionStartToCloseTimeout,
    taskStartToCloseTimeout: a.taskStartToCloseTimeout,
    childPolicy: a.childPolicy,
    taskPriority: a.taskPriority,
    lambdaRole: a.lambdaRole,
    tagList: a.tagList,
    input: a.input,
  });
}
