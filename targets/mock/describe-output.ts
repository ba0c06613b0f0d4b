import { openChildrenOf, type ExecutionRecord, type SwfState } from './swf-state.ts';

/** A WorkflowExecutionInfo, as describe and the visibility (list) calls send it. */
export interface ExecutionInfo {
  execution: { workflowId: string; runId: string };
  workflowType: { name: string; version: string };
  startTimestamp: number;
  executionStatus: 'OPEN' | 'CLOSED';
  closeStatus?: string;
  closeTimestamp?: number;
  parent?: { workflowId: string; runId: string };
  cancelRequested: boolean;
  tagList?: string[];
  /** Not in the AWS model; the 2023 real answers carry 0 and false (swf-facts §7), so the mock does too. */
  reopenGenerationId: number;
  reopenable: boolean;
}

/** A DescribeWorkflowExecution answer. */
export interface DescribeOutput {
  executionInfo: ExecutionInfo;
  executionConfiguration: ExecutionRecord['config'];
  openCounts: Record<
    'openActivityTasks' | 'openDecisionTasks' | 'openTimers' | 'openChildWorkflowExecutions' | 'openLambdaFunctions',
    number
  >;
}

/** The info of an execution, in the latest (2023) real form; empty tags are left out, and the parent when it has none. */
export function executionInfoOf(e: ExecutionRecord): ExecutionInfo {
  return {
    execution: { workflowId: e.workflowId, runId: e.runId },
    workflowType: { name: e.workflowType.name, version: e.workflowType.version },
    startTimestamp: e.startTimestamp,
    executionStatus: e.status,
    closeStatus: e.closeStatus,
    closeTimestamp: e.closeTimestamp,
    parent: e.parent && { workflowId: e.parent.workflowId, runId: e.parent.runId },
    cancelRequested: e.cancelRequested ?? false,
    tagList: e.tagList.length ? [...e.tagList] : undefined,
    reopenGenerationId: 0,
    reopenable: false,
  };
}

/**
 * Describes an execution as SWF does: its open decision task (scheduled or started), timers, children and Lambda
 * tasks; the mock has no activity tasks. A closed execution has nothing open (the mock's reading: children it
 * abandoned run on, but no longer count as its open children).
 */
export function describeExecution(state: SwfState, e: ExecutionRecord): DescribeOutput {
  return {
    executionInfo: executionInfoOf(e),
    executionConfiguration: { ...e.config },
    openCounts: {
      openActivityTasks: 0,
      openDecisionTasks: e.decision ? 1 : 0,
      openTimers: e.timers?.length ?? 0,
      openChildWorkflowExecutions: e.status === 'OPEN' ? openChildrenOf(state, e).length : 0,
      openLambdaFunctions: e.lambdas?.length ?? 0,
    },
  };
}
