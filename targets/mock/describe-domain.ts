import { requireDomain } from './lookups.ts';
import type { RegistrationStatus, SwfState } from './swf-state.ts';

/** A DescribeDomain answer (DomainDetail). */
export interface DomainDetail {
  domainInfo: { name: string; status: RegistrationStatus; description?: string };
  configuration: { workflowExecutionRetentionPeriodInDays: string };
}

/** Describes a domain, deprecated ones included: the model lists no DomainDeprecatedFault for this call. */
export function describeDomain(state: SwfState, request: { name: string }): DomainDetail {
  const domain = requireDomain(state, request.name, 'DescribeDomain', 'name');
  return {
    domainInfo: { name: domain.name, status: domain.status, description: domain.description },
    configuration: { workflowExecutionRetentionPeriodInDays: domain.retentionPeriodInDays },
  };
}
