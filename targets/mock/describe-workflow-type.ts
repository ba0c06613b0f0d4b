import { requireDomain, requireType } from './lookups.ts';
import type { SwfState, TypeDefaults, WorkflowTypeRef } from './swf-state.ts';
import { workflowTypeInfoOf, type WorkflowTypeInfo } from './workflow-type-info.ts';

interface DescribeWorkflowTypeRequest {
  domain: string;
  workflowType: WorkflowTypeRef;
}

/** A DescribeWorkflowType answer (WorkflowTypeDetail). */
export interface WorkflowTypeDetail {
  typeInfo: WorkflowTypeInfo;
  configuration: TypeDefaults;
}

/** Describes a registered or deprecated type; its configuration holds only the defaults it was registered with. */
export function describeWorkflowType(state: SwfState, request: DescribeWorkflowTypeRequest): WorkflowTypeDetail {
  const type = requireType(
    requireDomain(state, request.domain, 'DescribeWorkflowType'),
    request.workflowType,
    'DescribeWorkflowType',
  );
  return { typeInfo: workflowTypeInfoOf(type), configuration: structuredClone(type.defaults) };
}
