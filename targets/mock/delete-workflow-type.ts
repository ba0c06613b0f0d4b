import type { Behaviour } from './behaviour.ts';
import { enforce } from './enforce.ts';
import { requireDomain, requireType } from './lookups.ts';
import { typeKey, type SwfState, type WorkflowTypeRef } from './swf-state.ts';

const OP = 'DeleteWorkflowType';

interface DeleteWorkflowTypeRequest {
  domain: string;
  workflowType: WorkflowTypeRef;
}

/**
 * Deletes a type, which must be deprecated first (TypeNotDeprecatedFault otherwise). It is then unknown to describe,
 * list and start; executions already running go on.
 */
export function deleteWorkflowType(state: SwfState, request: DeleteWorkflowTypeRequest, behaviour: Behaviour): void {
  const domain = requireDomain(state, request.domain, OP);
  const type = requireType(domain, request.workflowType, OP);
  enforce(
    behaviour,
    `${OP}:workflowType.not-deprecated`,
    type.status === 'DEPRECATED',
    'TypeNotDeprecatedFault',
    `WorkflowType=[name=${type.name}, version=${type.version}]`,
  );
  domain.types.delete(typeKey(type.name, type.version));
}
