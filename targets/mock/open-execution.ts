import type { Behaviour } from './behaviour.ts';
import { scheduleDecisionTask } from './decision-tasks.ts';
import { enforce } from './enforce.ts';
import { appendEvent, scheduledAttributes, startedAttributes, type StartedBy } from './history-events.ts';
import { requireType } from './lookups.ts';
import { resolveEffectiveConfig } from './resolve-effective-config.ts';
import { createRunId } from './run-id.ts';
import { shareInput } from './share-input.ts';
import type { StartRequest } from './start-request.ts';
import {
  nowInSeconds,
  openExecutionsOf,
  type DomainRecord,
  type EffectiveConfig,
  type ExecutionRecord,
  type SwfState,
  type WorkflowTypeRecord,
} from './swf-state.ts';

// A child start runs the same checks, so its failures carry these ids too (start-child-decision.ts reads them as causes).
const OP = 'StartWorkflowExecution';

/** The type of a start and its effective configuration: UnknownResourceFault, TypeDeprecatedFault, DefaultUndefinedFault. */
export function resolveStart(
  domain: DomainRecord,
  request: StartRequest,
  behaviour: Behaviour,
): { type: WorkflowTypeRecord; config: EffectiveConfig } {
  const type = requireType(domain, request.workflowType, OP);
  enforce(
    behaviour,
    `${OP}:workflowType.deprecated`,
    type.status === 'REGISTERED',
    'TypeDeprecatedFault',
    `WorkflowType=[name=${type.name}, version=${type.version}]`,
  );
  return { type, config: resolveEffectiveConfig(request, type, behaviour) };
}

/**
 * Opens an execution of a resolved start, after the workflowId and quota checks (WorkflowExecutionAlreadyStartedFault,
 * LimitExceededFault): it begins with WorkflowExecutionStarted (naming the parent of a child) and its first decision task.
 */
export function openExecution(
  state: SwfState,
  domain: DomainRecord,
  start: { type: WorkflowTypeRecord; config: EffectiveConfig },
  request: StartRequest,
  behaviour: Behaviour,
  parent?: StartedBy,
): ExecutionRecord {
  const { type, config } = start;
  const taken = state.executions.some(
    (e) => e.domain === domain.name && e.workflowId === request.workflowId && behaviour.blocksReuse(e),
  );
  enforce(
    behaviour,
    `${OP}:workflowId.already-started`,
    !taken,
    'WorkflowExecutionAlreadyStartedFault',
    `Workflow execution already started: workflowId=${request.workflowId}`,
  );
  const quota = state.quotas?.limits.openExecutionsPerDomain ?? Infinity;
  enforce(
    behaviour,
    `${OP}:limit.openExecutions`,
    openExecutionsOf(state, domain.name).length < quota,
    'LimitExceededFault',
    `Open executions limit of ${quota} reached in domain ${domain.name}`,
  );
  const at = nowInSeconds(state);
  const tagList = [...(request.tagList ?? [])];
  const input = shareInput(state, request.input ?? undefined);
  const workflowType = { name: type.name, version: type.version };
  const execution: ExecutionRecord = {
    domain: domain.name,
    workflowId: request.workflowId,
    runId: createRunId(),
    workflowType,
    config,
    tagList,
    input,
    startTimestamp: at,
    status: 'OPEN',
    events: [],
    parent: parent && { ...parent.execution, initiatedEventId: parent.initiatedEventId, startedEventId: 0 },
  };
  appendEvent(
    execution,
    at,
    'WorkflowExecutionStarted',
    behaviour.alterStartedEvent(startedAttributes(config, workflowType, tagList, input, parent)),
  );
  scheduleDecisionTask(state, execution, at, behaviour.alterFirstScheduled(scheduledAttributes(config), type.defaults));
  state.executions.push(execution);
  return execution;
}
