import type { RegistrationStatus, WorkflowTypeRecord, WorkflowTypeRef } from './swf-state.ts';

/** A WorkflowTypeInfo, as DescribeWorkflowType and ListWorkflowTypes send it (timestamps in epoch seconds). */
export interface WorkflowTypeInfo {
  workflowType: WorkflowTypeRef;
  status: RegistrationStatus;
  description?: string;
  creationDate: number;
  deprecationDate?: number;
}

/** The info of a type; description and deprecationDate only when the type has them, as the model makes them optional. */
export function workflowTypeInfoOf(type: WorkflowTypeRecord): WorkflowTypeInfo {
  return {
    workflowType: { name: type.name, version: type.version },
    status: type.status,
    description: type.description,
    creationDate: type.creationDate,
    deprecationDate: type.deprecationDate,
  };
}
