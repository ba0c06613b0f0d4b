import type { ExecutionRecord } from './swf-state';

/** A DescribeWorkflowExecution answer. */
export interface DescribeOutput {
  executionInfo: {
    execution: { workflowId: string; runId: string };
    workflowType: { name: string; version: string };
    startTimestamp: number;
    executionStatus: 'OPEN' | 'CLOSED';
    closeStatus?: string;
    closeTimestamp?: number;
    cancelRequested: boolean;
    tagList?: string[];
  };
  executionConfiguration: ExecutionRecord['config'];
  openCounts: Record<'openActivityTasks' | 'openDecisionTasks' | 'openTimers' | 'openChildWorkflowExecutions' | 'openLambdaFunctions', number>;
}

/** Describes an execution as SWF does: an open one has its first decision task pending, a closed one nothing. */
export function describeExecution(e: ExecutionRecord): DescribeOutput {
  return {
    executionInfo: {
      execution: { workflowId: e.workflowId, runId: e.runId },
      workflowType: { name: e.workflowType.name, version: e.workflowType.version },
      startTimestamp: e.startTimestamp,
      executionStatus: e.status,
      closeStatus: e.closeStatus,
      closeTimestamp: e.closeTimestamp,
      cancelRequested: false,
      tagList: e.tagList.length ? [...e.tagList] : undefined,
    },
    executionConfiguration: { ...e.config },
    openCounts: {
      openActivityTasks: 0, openDecisionTasks: e.status === 'OPEN' ? 1 : 0, openTimers: 0, openChildWorkflowExecutions: 0, openLambdaFunctions: 0,
    },
  };
}
