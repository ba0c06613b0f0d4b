import type { Behaviour } from './behaviour';
import { enforce } from './enforce';
import { requireDomain } from './lookups';
import { openExecution, resolveStart } from './open-execution';
import type { StartRequest } from './start-request';
import type { SwfState } from './swf-state';

const OP = 'StartWorkflowExecution';

/** Starts an execution of an input already validated: resources, defaults, then workflowId uniqueness. */
export function startWorkflowExecution(
  state: SwfState,
  request: StartRequest,
  behaviour: Behaviour,
): { runId: string } {
  const domain = requireDomain(state, request.domain, OP);
  enforce(
    behaviour,
    `${OP}:domain.deprecated`,
    domain.status === 'REGISTERED',
    'DomainDeprecatedFault',
    `Domain is deprecated: ${domain.name}`,
  );
  return { runId: openExecution(state, domain, resolveStart(domain, request, behaviour), request, behaviour).runId };
}
