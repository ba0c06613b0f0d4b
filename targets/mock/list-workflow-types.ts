import { requireDomain } from './lookups.ts';
import { pageOf, type PagingRequest } from './page-of.ts';
import type { RegistrationStatus, SwfState, WorkflowTypeRecord } from './swf-state.ts';
import { workflowTypeInfoOf, type WorkflowTypeInfo } from './workflow-type-info.ts';

const OP = 'ListWorkflowTypes';

interface ListWorkflowTypesRequest extends PagingRequest {
  domain: string;
  registrationStatus: RegistrationStatus;
  name?: string | null;
}

/** A ListWorkflowTypes answer (WorkflowTypeInfos). */
export interface WorkflowTypeInfos {
  typeInfos: WorkflowTypeInfo[];
  nextPageToken?: string;
}

/** Orders by name, then version, comparing UTF-16 code units as Java's String.compareTo does. */
function byNameThenVersion(a: WorkflowTypeRecord, b: WorkflowTypeRecord): number {
  const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return compare(a.name, b.name) || compare(a.version, b.version);
}

/** Lists a domain's types of one registration status, optionally of one name; ascending by name unless reverseOrder. */
export function listWorkflowTypes(state: SwfState, request: ListWorkflowTypesRequest): WorkflowTypeInfos {
  const domain = requireDomain(state, request.domain, OP);
  const matching = [...domain.types.values()]
    .filter((t) => t.status === request.registrationStatus && (request.name == null || t.name === request.name))
    .sort(byNameThenVersion);
  if (request.reverseOrder) matching.reverse();
  const page = pageOf(matching, request, OP);
  return { typeInfos: page.items.map(workflowTypeInfoOf), nextPageToken: page.nextPageToken };
}
