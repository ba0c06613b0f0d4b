import { SwfFault } from './swf-fault.ts';
import type { SwfState } from './swf-state.ts';

interface RegisterDomainRequest {
  name: string;
  workflowExecutionRetentionPeriodInDays: string;
  description?: string | null;
}

/** Registers a domain; a name already taken, even by a deprecated domain, is DomainAlreadyExistsFault. */
export function registerDomain(state: SwfState, request: RegisterDomainRequest): void {
  if (state.domains.has(request.name)) {
    throw new SwfFault(
      'DomainAlreadyExistsFault',
      `Domain already exists: ${request.name}`,
      400,
      'RegisterDomain:name.taken',
    );
  }
  state.domains.set(request.name, {
    name: request.name,
    status: 'REGISTERED',
    description: request.description ?? undefined,
    retentionPeriodInDays: request.workflowExecutionRetentionPeriodInDays,
    types: new Map(),
  });
}
