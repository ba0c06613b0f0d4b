// What a lifecycle case does after its start (family lifecycle): plain data, so the case regenerates from seed and path.

import type { LifecycleBehaviour } from '../spec/spec-types.ts';

export type { LifecycleBehaviour };

export type ListingOperation =
  | 'ListOpenWorkflowExecutions'
  | 'CountOpenWorkflowExecutions'
  | 'ListClosedWorkflowExecutions'
  | 'CountClosedWorkflowExecutions';

export type ListingFilter = 'executionFilter' | 'typeFilter' | 'tagFilter';

/** The child a childPolicy case's parent starts with a StartChildWorkflowExecution decision. */
export interface ChildPlan {
  workflowId: string;
  taskList: string;
  workflowType: { name: string; version: string };
}

/** What a lifecycle case does beyond its start; which members are set depends on the behaviour. */
export interface LifecyclePlan {
  behaviour: LifecycleBehaviour;
  /** priorityOrder: further starts on the case's task list, each like the request but for its workflowId and priority. */
  siblings?: Array<{ workflowId: string; taskPriority: string }>;
  /** decisionTaskCounted: a list the task must not be counted on. */
  otherList?: string;
  /** Listings: a tag, a workflowId and a registered type name the execution lacks. */
  lacking?: { tag: string; workflowId: string; typeName: string };
  /** exclusiveFilters: the call and the two filters given at once. */
  exclusive?: { operation: ListingOperation; filters: [ListingFilter, ListingFilter] };
  /** childPolicy and childPolicyOverride: the child the first decision starts. */
  child?: ChildPlan;
  /** childPolicy: how the parent closes; an execution time-out is the request's own executionStartToCloseTimeout. */
  closeBy?: 'terminate' | 'timeout';
  /** childPolicyOverride: the childPolicy TerminateWorkflowExecution is given. */
  terminateChildPolicy?: string;
  /** lambdaRole: the ScheduleLambdaFunction decision's id and function name. */
  lambda?: { id: string; name: string };
}

/** What one SWF call of a lifecycle case answered: its output, or the failure as any other observation. */
export type CallAnswer =
  | { ok: true; status: number; output: Record<string, unknown> }
  | { ok: false; status?: number; code: string; message?: string; timedOut?: true };

/** Every answer of a lifecycle case after its start, by the name the runner gave the call; read by the oracle. */
export type LifecycleAnswers = Record<string, CallAnswer | undefined>;
