import { requireDomain } from './lookups.ts';
import { SwfFault } from './swf-fault.ts';
import { nowInSeconds, type SwfState } from './swf-state.ts';

/** Deprecates a domain and, as documented, every type in it; a type deprecated earlier keeps its deprecation date. */
export function deprecateDomain(state: SwfState, request: { name: string }): void {
  const domain = requireDomain(state, request.name, 'DeprecateDomain', 'name');
  if (domain.status === 'DEPRECATED') {
    throw new SwfFault(
      'DomainDeprecatedFault',
      `Domain is deprecated: ${domain.name}`,
      400,
      'DeprecateDomain:name.deprecated',
    );
  }
  domain.status = 'DEPRECATED';
  const at = nowInSeconds(state);
  for (const type of domain.types.values()) {
    if (type.status === 'DEPRECATED') continue;
    type.status = 'DEPRECATED';
    type.deprecationDate = at;
  }
}
