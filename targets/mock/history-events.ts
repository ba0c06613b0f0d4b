import type { EffectiveConfig, ExecutionRecord, WorkflowTypeRef } from './swf-state.ts';

/** The attributes of a WorkflowExecutionStarted event. */
export interface StartedAttributes {
  input?: string;
  executionStartToCloseTimeout?: string;
  taskStartToCloseTimeout?: string;
  childPolicy?: string;
  taskList?: { name?: string };
  taskPriority?: string;
  workflowType: WorkflowTypeRef;
  tagList?: string[];
  lambdaRole?: string;
  parentWorkflowExecution?: { workflowId: string; runId: string };
  parentInitiatedEventId: number;
}

/** The attributes of a DecisionTaskScheduled event. */
export interface ScheduledAttributes {
  taskList?: { name?: string };
  taskPriority?: string;
  startToCloseTimeout?: string;
  /** Always "NONE": the mock's decision tasks wait for a poll however long (the 2023 real answers carry it, swf-facts §7). */
  scheduleToStartTimeout?: string;
}

/** Who started a child: the parent's run and its StartChildWorkflowExecutionInitiated event. */
export interface StartedBy {
  execution: { workflowId: string; runId: string };
  initiatedEventId: number;
}

/** The Started attributes of a start; optional members are left out when unset, tagList when empty, the parent when none. */
export function startedAttributes(
  config: EffectiveConfig,
  workflowType: WorkflowTypeRef,
  tagList: string[],
  input?: string,
  parent?: StartedBy,
): StartedAttributes {
  return {
    input,
    executionStartToCloseTimeout: config.executionStartToCloseTimeout,
    taskStartToCloseTimeout: config.taskStartToCloseTimeout,
    childPolicy: config.childPolicy,
    taskList: config.taskList,
    taskPriority: config.taskPriority,
    workflowType,
    tagList: tagList.length ? tagList : undefined,
    lambdaRole: config.lambdaRole,
    parentWorkflowExecution: parent && { ...parent.execution },
    parentInitiatedEventId: parent?.initiatedEventId ?? 0,
  };
}

/** What every DecisionTaskScheduled of an execution shows: its decision task list, priority (when set) and time-outs. */
export function scheduledAttributes(config: EffectiveConfig): ScheduledAttributes {
  return {
    taskList: config.taskList,
    taskPriority: config.taskPriority,
    startToCloseTimeout: config.taskStartToCloseTimeout,
    scheduleToStartTimeout: 'NONE',
  };
}

/** An execution as history events and answers name it. */
export function executionRef(e: ExecutionRecord): { workflowId: string; runId: string } {
  return { workflowId: e.workflowId, runId: e.runId };
}

/**
 * Appends an event to an execution's history, its attributes under the member the model names after the event type
 * (`DecisionTaskStarted` → `decisionTaskStartedEventAttributes`); returns its eventId.
 */
export function appendEvent(execution: ExecutionRecord, at: number, eventType: string, attributes: object): number {
  const eventId = execution.events.length + 1;
  const member = `${eventType[0].toLowerCase()}${eventType.slice(1)}EventAttributes`;
  execution.events.push({ eventId, eventTimestamp: at, eventType, [member]: attributes });
  return eventId;
}
