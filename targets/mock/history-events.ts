import type { EffectiveConfig, ExecutionRecord, HistoryEventRecord, WorkflowTypeRef } from './swf-state';

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
  parentInitiatedEventId: number;
}

/** The Started attributes of a top-level start; optional members are left out when unset, tagList when empty. */
export function startedAttributes(config: EffectiveConfig, workflowType: WorkflowTypeRef, tagList: string[], input?: string): StartedAttributes {
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
    parentInitiatedEventId: 0,
  };
}

/** The two events every new execution starts with: WorkflowExecutionStarted, then the first DecisionTaskScheduled. */
export function openingEvents(attributes: StartedAttributes, config: EffectiveConfig, at: number): HistoryEventRecord[] {
  return [
    { eventId: 1, eventTimestamp: at, eventType: 'WorkflowExecutionStarted', workflowExecutionStartedEventAttributes: attributes },
    {
      eventId: 2, eventTimestamp: at, eventType: 'DecisionTaskScheduled',
      decisionTaskScheduledEventAttributes: { taskList: config.taskList, taskPriority: config.taskPriority, startToCloseTimeout: config.taskStartToCloseTimeout },
    },
  ];
}

/** The event a TerminateWorkflowExecution appends. */
export function terminatedEvent(execution: ExecutionRecord, at: number, reason?: string, details?: string, childPolicy?: string): HistoryEventRecord {
  return {
    eventId: execution.events.length + 1, eventTimestamp: at, eventType: 'WorkflowExecutionTerminated',
    workflowExecutionTerminatedEventAttributes: { reason, details, childPolicy: childPolicy ?? execution.config.childPolicy },
  };
}
