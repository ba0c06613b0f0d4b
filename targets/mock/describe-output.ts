import type { ExecutionRecord } from './swf-state';

/** A WorkflowExecutionInfo, as describe and the visibility (list) calls send it. */
export interface ExecutionInfo {
  execution: { workflowId: string; runId: string };
  workflowType: { name: string; version: string };
  startTimestamp: number;
  executionStatus: 'OPEN' | 'CLOSED';
  closeStatus?: string;
  closeTimestamp?: number;
  cancelRequested: boolean;
  tagList?: string[];
}

/** A DescribeWorkflowExecution answer. */
export interface DescribeOutput {
  executionInfo: ExecutionInfo;
  executionConfiguration: ExecutionRecord['config'];
  openCounts: Record<'openActivityTasks' | 'openDecisionTasks' | 'openTimers' | 'openChildWorkflowExecutions' | 'openLambdaFunctions', number>;
}

/** The info of an execution; no cancellation is ever requested in the mock, and empty tags are left out. */
export function executionInfoOf(e: ExecutionRecord): ExecutionInfo {
  return {
    execution: { workflowId: e.workflowId, runId: e.runId },
    workflowType: { name: e.workflowType.name, version: e.workflowType.version },
    startTimestamp: e.startTimestamp,
    executionStatus: e.status,
    closeStatus: e.closeStatus,
    closeTimestamp: e.closeTimestamp,
    cancelRequested: false,
    tagList: e.tagList.length ? [...e.tagList] : undefined,
  };
}

/** Describes an execution as SWF does: an open one has its first decision task pending, a closed one nothing. */
export function describeExecution(e: ExecutionRecord): DescribeOutput {
  return {
    executionInfo: executionInfoOf(e),
    executionConfiguration: { ...e.config },
    openCounts: {
      openActivityTasks: 0, openDecisionTasks: e.status === 'OPEN' ? 1 : 0, openTimers: 0, openChildWorkflowExecutions: 0, openLambdaFunctions: 0,
    },
  };
}
