import { readMember, type Request } from '../model/request.ts';
import { findDomain, findType, type World } from '../model/world.ts';
import type { Resolved } from './checks/check-context.ts';

/** Looks up the domain and type a request names, skipping members that already broke a structural rule. */
export function resolveResources(world: World, request: Request, invalidMembers: Set<string>): Resolved {
  const usable = (member: string) => !invalidMembers.has(member) && typeof readMember(request, member) === 'string';
  const domain = usable('domain') ? (findDomain(world, request.domain) ?? null) : undefined;
  const typeUsable =
    domain &&
    domain.status !== 'DEPRECATED' &&
    !invalidMembers.has('workflowType') &&
    usable('workflowType.name') &&
    usable('workflowType.version');
  const type = typeUsable
    ? (findType(
        world,
        request.domain,
        readMember(request, 'workflowType.name'),
        readMember(request, 'workflowType.version'),
      ) ?? null)
    : undefined;
  return { domain, type, workflowIdUsable: usable('workflowId') };
}
