import type { Rule, Spec } from '../spec/spec-types.ts';
import { buildWorld } from '../model/build-world.ts';
import { confineWorld } from '../model/confine-world.ts';
import type { RunKnowledge, World } from '../model/world.ts';
import type { CallerPolicy } from '../model/policy/caller-policy.ts';
import type { Target } from '../targets/target.ts';
import type { Replay } from '../model/divergence.ts';
import type { RunHooks } from './run-hooks.ts';
import { createRunTally, type RunTally } from './run-tally.ts';

/** What every step of a run shares: its inputs, the world as it stands, and what it has found so far. */
export interface RunContext {
  readonly spec: Spec;
  readonly target: Target;
  readonly seed: number;
  readonly runTag: string;
  /** The world the fixtures were made from: a recovery starts again from it. */
  readonly initial: World;
  /** The world as it stands now (a recovery replaces it). */
  readonly state: { current: World };
  readonly hooks: RunHooks;
  readonly tally: RunTally;
  /** Cases in flight at once within a batch. */
  readonly concurrency: number;
  /** Health checks made so far: each probe names its own execution. */
  probes: number;
  /** Why the run ended before its last case; set once the target cannot be reset. */
  stoppedEarly?: string;
  /** Why the run was interrupted (its signal aborted), if it was. */
  interrupted(): string | undefined;
  /** How to regenerate case `index` of `rule` on this run's seed and target. */
  replayOf(rule: Rule, index: number): Replay;
}

export interface RunContextOptions {
  spec: Spec;
  target: Target;
  seed: number;
  runTag?: string;
  hooks?: RunHooks;
  concurrency?: number;
  signal?: AbortSignal;
  policy?: CallerPolicy;
  quotas?: World['quotas'];
}

/** Builds the run's world and creates its fixtures on the target: the context the rules run in. */
export async function openRunContext(options: RunContextOptions): Promise<RunContext> {
  const { spec, target, seed, signal } = options;
  const runTag = options.runTag ?? `swfc-${seed}`;
  const initial: World = {
    ...(target.confinement ? confineWorld(spec, target.confinement) : buildWorld(spec, runTag)),
    ...withRunKnowledge(options),
  };
  const state = { current: structuredClone(initial) };
  // A fresh state per run where the target can give one, so no earlier run's executions collide with these cases.
  await target.reset?.();
  await target.createFixtures(state.current);
  return {
    spec,
    target,
    seed,
    runTag,
    initial,
    state,
    hooks: options.hooks ?? {},
    tally: createRunTally(spec),
    concurrency: Math.max(1, options.concurrency ?? 1),
    probes: 0,
    interrupted: () => (signal?.aborted ? String(signal.reason ?? 'interrupted') : undefined),
    replayOf: (rule, index) => ({ rule: rule.id, seed, path: String(index), runTag, target: target.name }),
  };
}

/** True once the run must not start another case: the target is gone for good, or the run was interrupted. */
export function halted(ctx: RunContext): boolean {
  return !!ctx.stoppedEarly || !!ctx.interrupted();
}

/** Starts again from empty, so that no later case is blamed for an earlier one's damage. */
export async function recover(ctx: RunContext): Promise<void> {
  await ctx.target.reset!();
  ctx.state.current = structuredClone(ctx.initial);
  await ctx.target.createFixtures(ctx.state.current);
}

/** What the run knows of the target beyond its fixtures: the caller's policy and the quotas, as the user gave them. */
function withRunKnowledge(options: Pick<RunContextOptions, 'policy' | 'quotas'>): RunKnowledge {
  return {
    ...(options.policy ? { callerPolicy: options.policy } : {}),
    ...(options.quotas ? { quotas: options.quotas } : {}),
  };
}
