import type { WorkflowTypeRef } from './swf-state.ts';

/** A StartWorkflowExecution body once its JSON types are known to be right (members may still be null). */
export interface StartRequest {
  domain: string;
  workflowId: string;
  workflowType: WorkflowTypeRef;
  taskList?: { name?: string | null } | null;
  taskPriority?: string | null;
  input?: string | null;
  executionStartToCloseTimeout?: string | null;
  tagList?: string[] | null;
  taskStartToCloseTimeout?: string | null;
  childPolicy?: string | null;
  lambdaRole?: string | null;
}
