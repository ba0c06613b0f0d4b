import { requireDomain } from './lookups';
import { SwfFault } from './swf-fault';
import type { SwfState } from './swf-state';

/** Deprecates a domain and, as documented, every type in it. */
export function deprecateDomain(state: SwfState, request: { name: string }): void {
  const domain = requireDomain(state, request.name, 'DeprecateDomain', 'name');
  if (domain.status === 'DEPRECATED') {
    throw new SwfFault('DomainDeprecatedFault', `Domain is deprecated: ${domain.name}`, 400, 'DeprecateDomain:name.deprecated');
  }
  domain.status = 'DEPRECATED';
  for (const type of domain.types.values()) type.status = 'DEPRECATED';
}
