import { readMember } from '../../model/request.ts';
import type { TypeDefaults } from '../../model/world.ts';
import type { CheckFn } from './check-context.ts';

// State rules read the world; each applies only when the members it reads could be looked up (see resolve-resources).

/** The named domain is registered. */
export const domainIsRegistered: CheckFn = ({ resolved }) =>
  resolved.domain === undefined ? undefined : resolved.domain !== null;

/** The named domain is not deprecated. */
export const domainIsNotDeprecated: CheckFn = ({ resolved }) =>
  resolved.domain ? resolved.domain.status !== 'DEPRECATED' : undefined;

/** The named type is registered in the domain. */
export const typeIsRegistered: CheckFn = ({ resolved }) =>
  resolved.type === undefined ? undefined : resolved.type !== null;

/** The named type is not deprecated. */
export const typeIsNotDeprecated: CheckFn = ({ resolved }) =>
  resolved.type ? resolved.type.status !== 'DEPRECATED' : undefined;

/** The member is set in the request or has a default on the type. */
export const defaultIsDefined: CheckFn = ({ check, request, resolved }) => {
  if (!resolved.type) return undefined;
  if (readMember(request, check.member!) !== undefined) return true;
  return resolved.type.defaults[check.typeDefault as keyof TypeDefaults] !== undefined;
};

/** No execution with the request's workflowId is open in its domain. */
export const workflowIdIsNotOpen: CheckFn = ({ request, world, resolved }) => {
  if (!resolved.domain || resolved.domain.status === 'DEPRECATED' || !resolved.workflowIdUsable) return undefined;
  return !world.open.some((e) => e.domain === request.domain && e.workflowId === request.workflowId);
};

/** The domain's open executions are below the quota the harness was told of (none told: the rule does not apply). */
export const openExecutionsBelowQuota: CheckFn = ({ world, resolved }) => {
  const quota = world.quotas?.openExecutionsPerDomain;
  if (quota === undefined || !resolved.domain || resolved.domain.status === 'DEPRECATED' || !resolved.type)
    return undefined;
  return world.open.filter((e) => e.domain === resolved.domain!.name).length < quota;
};
