import type { MockQuotas } from './mock-limits.ts';
// What the mock SWF remembers between calls: domains, their workflow types, and every execution started.

export type RegistrationStatus = 'REGISTERED' | 'DEPRECATED';

export interface WorkflowTypeRef {
  name: string;
  version: string;
}

/** The defaults a type was registered with; only those given are present. */
export interface TypeDefaults {
  defaultTaskList?: { name?: string };
  defaultExecutionStartToCloseTimeout?: string;
  defaultTaskStartToCloseTimeout?: string;
  defaultTaskPriority?: string;
  defaultChildPolicy?: string;
  defaultLambdaRole?: string;
}

export interface WorkflowTypeRecord extends WorkflowTypeRef {
  status: RegistrationStatus;
  description?: string;
  defaults: TypeDefaults;
  creationDate: number;
  /** Set when the type (or its domain) was deprecated, as SWF reports it. */
  deprecationDate?: number;
}

export interface DomainRecord {
  name: string;
  status: RegistrationStatus;
  description?: string;
  retentionPeriodInDays: string;
  /** Keyed by typeKey(name, version). */
  types: Map<string, WorkflowTypeRecord>;
}

/** What an execution runs with once request values and type defaults are merged. */
export interface EffectiveConfig {
  taskList?: { name?: string };
  executionStartToCloseTimeout?: string;
  taskStartToCloseTimeout?: string;
  childPolicy?: string;
  /** Absent when neither the request nor the type sets one, as the real service leaves it out (swf-facts §7). */
  taskPriority?: string;
  lambdaRole?: string;
}

/** A history event as sent on the wire (timestamps in epoch seconds). */
export type HistoryEventRecord = { eventId: number; eventTimestamp: number; eventType: string } & Record<
  string,
  unknown
>;

export type CloseStatus = 'COMPLETED' | 'FAILED' | 'CANCELED' | 'TERMINATED' | 'CONTINUED_AS_NEW' | 'TIMED_OUT';

/** An execution's one open decision task (SWF allows at most one): scheduled, then started by a poll. */
export interface DecisionTaskRecord {
  scheduledEventId: number;
  /** Its place among every task the mock scheduled, so that equal priorities go out first scheduled, first delivered. */
  sequence: number;
  started?: { eventId: number; at: number; token: string };
  /** Set when events the decider must see arrived while the task was started: another task follows its completion. */
  missedEvents?: boolean;
}

/** A parent as its child remembers it: the parent's run and the events of the parent that started the child. */
export interface ParentLink {
  workflowId: string;
  runId: string;
  initiatedEventId: number;
  /** The parent's ChildWorkflowExecutionStarted event. */
  startedEventId: number;
}

/** A timer a StartTimer decision started, until it fires or is canceled. */
export interface OpenTimer {
  timerId: string;
  startedEventId: number;
  fireAt: number;
}

export interface ExecutionRecord {
  domain: string;
  workflowId: string;
  runId: string;
  workflowType: WorkflowTypeRef;
  config: EffectiveConfig;
  tagList: string[];
  input?: string;
  startTimestamp: number;
  status: 'OPEN' | 'CLOSED';
  closeStatus?: CloseStatus;
  closeTimestamp?: number;
  events: HistoryEventRecord[];
  /** The open decision task; none once the execution is closed. */
  decision?: DecisionTaskRecord;
  /** Set on a child execution. */
  parent?: ParentLink;
  cancelRequested?: boolean;
  timers?: OpenTimer[];
  /** Ids of the Lambda tasks scheduled and still open (the mock runs none, so they stay open until the execution closes). */
  lambdas?: string[];
}

export interface SwfState {
  domains: Map<string, DomainRecord>;
  /** Oldest first, open and closed alike. */
  executions: ExecutionRecord[];
  /** Set by a corrupting quirk: every later call fails with 500 until the state is reset. */
  corrupted?: boolean;
  /** Executions closed since the last time old closed ones were forgotten. */
  closedSincePrune?: number;
  /** The instance's quotas; kept across a reset (createSwfState has none, so a reset leaves them). */
  quotas?: MockQuotas;
  /** The instance's clock, epoch milliseconds (default Date.now); kept across a reset like the quotas. */
  clock?: () => number;
  /** How many decision tasks have been scheduled, for their delivery order. */
  decisionsScheduled?: number;
}

// SWF keeps a closed execution for its domain's retention period (days); the mock keeps the most recent ones only, so
// that its memory stays flat however many cases run (old closed runs are forgotten, as past their retention).
export const RETAINED_CLOSED = 200;
// Closes between two prunes: the retention stays within a tenth of its bound, and a prune's pass over the list is rare.
export const PRUNE_EVERY = 20;

/** Forgets the oldest closed executions every PRUNE_EVERY closes, keeping every open one and the latest closed ones. */
export function forgetOldClosed(state: SwfState): void {
  state.closedSincePrune = (state.closedSincePrune ?? 0) + 1;
  if (state.closedSincePrune < PRUNE_EVERY) return;
  state.closedSincePrune = 0;
  let closed = state.executions.filter((e) => e.status === 'CLOSED').length;
  state.executions = state.executions.filter((e) => e.status === 'OPEN' || closed-- <= RETAINED_CLOSED);
}

/** An empty account. */
export function createSwfState(): SwfState {
  return { domains: new Map(), executions: [] };
}

/** The key of a type inside its domain. */
export function typeKey(name: string, version: string): string {
  return JSON.stringify([name, version]);
}

/** Now on the state's clock, as SWF writes timestamps: epoch seconds with a fraction. */
export function nowInSeconds(state: SwfState): number {
  return (state.clock ?? Date.now)() / 1000;
}

/** The executions of a domain that are open, oldest first. */
export function openExecutionsOf(state: SwfState, domain: string): ExecutionRecord[] {
  return state.executions.filter((e) => e.domain === domain && e.status === 'OPEN');
}

/** The open children of an execution, oldest first. */
export function openChildrenOf(state: SwfState, parent: ExecutionRecord): ExecutionRecord[] {
  return openExecutionsOf(state, parent.domain).filter(
    (e) => e.parent?.runId === parent.runId && e.parent.workflowId === parent.workflowId,
  );
}
