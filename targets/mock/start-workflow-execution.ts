import type { Behaviour } from './behaviour.ts';
import { enforce } from './enforce.ts';
import { requireDomain } from './lookups.ts';
import { openExecution, resolveStart } from './open-execution.ts';
import type { StartRequest } from './start-request.ts';
import type { SwfState } from './swf-state.ts';

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
