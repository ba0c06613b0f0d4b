import { requireDomain, requireType } from './lookups.ts';
import { SwfFault } from './swf-fault.ts';
import { nowInSeconds, type SwfState, type WorkflowTypeRef } from './swf-state.ts';

interface DeprecateWorkflowTypeRequest {
  domain: string;
  workflowType: WorkflowTypeRef;
}

/** Deprecates a type: new executions are refused, running ones go on. */
export function deprecateWorkflowType(state: SwfState, request: DeprecateWorkflowTypeRequest): void {
  const type = requireType(
    requireDomain(state, request.domain, 'DeprecateWorkflowType'),
    request.workflowType,
    'DeprecateWorkflowType',
  );
  if (type.status === 'DEPRECATED') {
    throw new SwfFault(
      'TypeDeprecatedFault',
      `WorkflowType=[name=${type.name}, version=${type.version}]`,
      400,
      'DeprecateWorkflowType:workflowType.deprecated',
    );
  }
  type.status = 'DEPRECATED';
  type.deprecationDate = nowInSeconds(state);
}
