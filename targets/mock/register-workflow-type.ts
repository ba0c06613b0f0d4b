import { requireDomain } from './lookups.ts';
import { SwfFault } from './swf-fault.ts';
import { nowInSeconds, typeKey, type SwfState, type TypeDefaults } from './swf-state.ts';

type RegisterWorkflowTypeRequest = { domain: string; name: string; version: string; description?: string | null } & {
  [K in keyof TypeDefaults]?: TypeDefaults[K] | null;
};

const DEFAULT_MEMBERS = [
  'defaultTaskList',
  'defaultExecutionStartToCloseTimeout',
  'defaultTaskStartToCloseTimeout',
  'defaultTaskPriority',
  'defaultChildPolicy',
  'defaultLambdaRole',
] as const;

/** Keeps only the defaults the request set, as SWF reports only registered defaults. */
function pickDefaults(request: RegisterWorkflowTypeRequest): TypeDefaults {
  return Object.fromEntries(
    DEFAULT_MEMBERS.filter((m) => request[m] != null).map((m) => [m, structuredClone(request[m])]),
  );
}

/** Registers a workflow type with its defaults; its configuration never changes afterwards. */
export function registerWorkflowType(state: SwfState, request: RegisterWorkflowTypeRequest): void {
  const domain = requireDomain(state, request.domain, 'RegisterWorkflowType');
  if (domain.status === 'DEPRECATED') {
    throw new SwfFault(
      'DomainDeprecatedFault',
      `Domain is deprecated: ${domain.name}`,
      400,
      'RegisterWorkflowType:domain.deprecated',
    );
  }
  const key = typeKey(request.name, request.version);
  if (domain.types.has(key)) {
    throw new SwfFault(
      'TypeAlreadyExistsFault',
      `WorkflowType=[name=${request.name}, version=${request.version}]`,
      400,
      'RegisterWorkflowType:workflowType.taken',
    );
  }
  domain.types.set(key, {
    name: request.name,
    version: request.version,
    status: 'REGISTERED',
    description: request.description ?? undefined,
    defaults: pickDefaults(request),
    creationDate: nowInSeconds(state),
  });
}
