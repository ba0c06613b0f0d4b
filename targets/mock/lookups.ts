import { SwfFault } from './swf-fault.ts';
import {
  type DomainRecord,
  type ExecutionRecord,
  type SwfState,
  type WorkflowTypeRecord,
  type WorkflowTypeRef,
  typeKey,
} from './swf-state.ts';

/** The domain of a call; UnknownResourceFault when there is none by that name. */
export function requireDomain(state: SwfState, name: string, operation: string, member = 'domain'): DomainRecord {
  const domain = state.domains.get(name);
  if (!domain)
    throw new SwfFault('UnknownResourceFault', `Unknown domain: ${name}`, 400, `${operation}:${member}.unknown`);
  return domain;
}

/** A type of a domain; UnknownResourceFault in the real service's words when there is none. */
export function requireType(domain: DomainRecord, ref: WorkflowTypeRef, operation: string): WorkflowTypeRecord {
  const type = domain.types.get(typeKey(ref.name, ref.version));
  if (!type) {
    throw new SwfFault(
      'UnknownResourceFault',
      `Unknown type: WorkflowType=[name=${ref.name}, version=${ref.version}]`,
      400,
      `${operation}:workflowType.unknown`,
    );
  }
  return type;
}

/**
 * An execution by workflowId and runId, or the latest open run when runId is absent; `openOnly` refuses closed runs.
 * UnknownResourceFault in the real service's words when nothing matches.
 */
export function requireExecution(
  state: SwfState,
  domain: string,
  workflowId: string,
  runId: string | undefined,
  operation: string,
  openOnly = false,
): ExecutionRecord {
  const found = state.executions
    .filter(
      (e) =>
        e.domain === domain &&
        e.workflowId === workflowId &&
        (runId ? e.runId === runId : e.status === 'OPEN') &&
        (!openOnly || e.status === 'OPEN'),
    )
    .at(-1);
  if (!found) {
    const message = `Unknown execution: WorkflowExecution=[workflowId=${workflowId}, runId=${runId ?? 'null'}]`;
    throw new SwfFault('UnknownResourceFault', message, 400, `${operation}:execution.unknown`);
  }
  return found;
}
