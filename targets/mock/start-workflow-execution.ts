import type { Behaviour } from './behaviour';
import { enforce } from './enforce';
import { openingEvents, startedAttributes } from './history-events';
import { requireDomain, requireType } from './lookups';
import { resolveEffectiveConfig } from './resolve-effective-config';
import { createRunId } from './run-id';
import type { StartRequest } from './start-request';
import { nowInSeconds, type ExecutionRecord, type SwfState } from './swf-state';

const OP = 'StartWorkflowExecution';

/** Starts an execution of an input already validated: resources, defaults, then workflowId uniqueness. */
export function startWorkflowExecution(state: SwfState, request: StartRequest, behaviour: Behaviour): { runId: string } {
  const domain = requireDomain(state, request.domain, OP);
  enforce(behaviour, `${OP}:domain.deprecated`, domain.status === 'REGISTERED', 'DomainDeprecatedFault', `Domain is deprecated: ${domain.name}`);
  const type = requireType(domain, request.workflowType, OP);
  const typeName = `WorkflowType=[name=${type.name}, version=${type.version}]`;
  enforce(behaviour, `${OP}:workflowType.deprecated`, type.status === 'REGISTERED', 'TypeDeprecatedFault', typeName);
  const config = resolveEffectiveConfig(request, type, behaviour);
  const taken = state.executions.some((e) => e.domain === domain.name && e.workflowId === request.workflowId && behaviour.blocksReuse(e));
  enforce(behaviour, `${OP}:workflowId.already-started`, !taken, 'WorkflowExecutionAlreadyStartedFault',
    `Workflow execution already started: workflowId=${request.workflowId}`);
  const quota = state.quotas?.limits.openExecutionsPerDomain ?? Infinity;
  const open = state.executions.filter((e) => e.domain === domain.name && e.status === 'OPEN').length;
  enforce(behaviour, `${OP}:limit.openExecutions`, open < quota, 'LimitExceededFault',
    `Open executions limit of ${quota} reached in domain ${domain.name}`);
  const at = nowInSeconds();
  const tagList = [...(request.tagList ?? [])];
  const input = request.input ?? undefined;
  const workflowType = { name: type.name, version: type.version };
  const execution: ExecutionRecord = {
    domain: domain.name, workflowId: request.workflowId, runId: createRunId(), workflowType, config, tagList, input,
    startTimestamp: at, status: 'OPEN',
    events: openingEvents(behaviour.alterStartedEvent(startedAttributes(config, workflowType, tagList, input)), config, at),
  };
  state.executions.push(execution);
  return { runId: execution.runId };
}
