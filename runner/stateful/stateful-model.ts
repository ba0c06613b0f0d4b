import type { Spec } from '../../spec/spec-types.ts';
import type { OpenExecution, World } from '../../model/world.ts';
import type { EffectiveConfig } from '../../model/effective-config.ts';

/**
 * The decision task of an execution, as the model keeps it (SWF keeps at most one open per execution):
 * - an accepted start schedules one on its effective task list;
 * - a poll of a list delivers one of those scheduled there with the highest effective taskPriority (among equals,
 *   any), which is then started with the token it came with;
 * - RespondDecisionTaskCompleted uses the token up: CompleteWorkflowExecution closes the execution;
 *   StartChildWorkflowExecution leaves it open, and the ChildWorkflowExecutionStarted event wakes its decider, so a
 *   new task is scheduled once the parent's history shows it;
 * - closing the execution (termination, completion, time-out) drops its task;
 * - a started task does not time out within a sequence: every start the commands make gives TASK_TIMEOUT.
 */
export type DecisionTask = { state: 'scheduled' } | { state: 'started'; token: string };

/** What the model knows of an execution beyond world.open and world.closed. */
export interface ModelRun extends OpenExecution {
  config: EffectiveConfig;
  task?: DecisionTask;
  /** The run of the parent that started it with a StartChildWorkflowExecution decision. */
  parentRunId?: string;
  closeStatus?: string;
}

/** What the oracle believes the target holds, updated command by command. */
export interface StatefulModel {
  spec: Spec;
  world: World;
  /** Every execution the sequence started (children too), with its effective configuration and decision task. */
  runs: ModelRun[];
  /** Waits past a time-out this sequence made, and how many it may make (each costs seconds of real time). */
  waits: number;
  maxWaits: number;
  /** Children started so far, for run-tagged workflowIds unique within the sequence. */
  children: number;
  /** True when the target can send the decision and history calls (Target.call); without, their commands do not run. */
  canCall: boolean;
}

/** The small pools commands draw from, so that sequences collide on purpose (duplicates, reuse, other domains). */
export const WORKFLOW_IDS = ['order-a', 'order-b'] as const;
export const DOMAIN_ROLES = ['main', 'other'] as const;
export type DomainPick = (typeof DOMAIN_ROLES)[number];

/** The domain of a role, and the 'full' type it holds (the main domain's, or the other domain's own). */
export function pick(world: World, role: DomainPick) {
  const domain = world.domains.find((d) => d.role === role)!;
  const type = world.types.find((t) => t.domain === domain.name && t.name === 'full')!;
  return { domain, type };
}

/** A fresh model for one sequence, over its own copy of the world. */
export function modelOf(spec: Spec, world: World, o: { maxWaits: number; canCall: boolean }): StatefulModel {
  return {
    spec,
    world: structuredClone(world),
    runs: [],
    waits: 0,
    maxWaits: o.maxWaits,
    children: 0,
    canCall: o.canCall,
  };
}

// A task token is a secret of the execution: messages say whether one came, never what it was.
const masked = (key: string, value: unknown) => (key === 'taskToken' && value ? '(present)' : value);

/** A target's answer as a mismatch message shows it: short, tokens masked. */
export const shown = (o: unknown) => String(JSON.stringify(o, masked)).slice(0, 200);

/** A failed comparison between the target and the model; its message names what each side said. */
export class ModelMismatch extends Error {}
