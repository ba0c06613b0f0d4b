import type { MockQuotas } from './mock-limits';
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
  taskPriority: string;
  lambdaRole?: string;
}

/** A history event as sent on the wire (timestamps in epoch seconds). */
export type HistoryEventRecord = { eventId: number; eventTimestamp: number; eventType: string } & Record<string, unknown>;

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
  closeStatus?: 'TERMINATED';
  closeTimestamp?: number;
  events: HistoryEventRecord[];
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
}

// SWF keeps a closed execution for its domain's retention period (days); the mock keeps the most recent ones only, so
// that its memory stays flat however many cases run (old closed runs are forgotten, as past their retention).
export const RETAINED_CLOSED = 200;

/** Forgets the oldest closed executions once many have closed, keeping every open one and the latest closed ones. */
export function forgetOldClosed(state: SwfState): void {
  state.closedSincePrune = (state.closedSincePrune ?? 0) + 1;
  if (state.closedSincePrune < RETAINED_CLOSED) return;
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

/** Now, as SWF writes timestamps: epoch seconds with a fraction. */
export function nowInSeconds(): number {
  return Date.now() / 1000;
}
