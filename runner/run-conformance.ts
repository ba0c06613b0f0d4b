import fc from 'fast-check';
import type { Family, Rule, Spec } from '../spec/spec-types.ts';
import type { World } from '../model/world.ts';
import type { Case } from '../model/case.ts';
import type { CallerPolicy } from '../model/policy/caller-policy.ts';
import { hasOwnCases } from '../generators/case-for-rule.ts';
import { planRules } from './plan-rules.ts';
import type { Target } from '../targets/target.ts';
import { planBatches, type Scheduled } from './plan-batches.ts';
import { casesOfRule, drawMine } from './draw-mine.ts';
import { caseCount, countInShard } from './case-count.ts';
import { runLifecycleRules } from './run-lifecycle-rules.ts';
import { shrinkDivergence } from './shrink-divergence.ts';
import type { RunResult, Shard } from './run-result.ts';
import type { RunHooks } from './run-hooks.ts';
import { halted, openRunContext, recover, type RunContext } from './run-context.ts';
import { runBatch } from './run-batch.ts';
import { reportedTallies } from './run-tally.ts';

export interface RunOptions {
  spec: Spec;
  target: Target;
  seed: number;
  /** Cases per rule (the valid space gets VALID_SPACE_WEIGHT times as many). */
  runs: number;
  runTag?: string;
  /** Rule families to run; default all. */
  families?: Family[];
  hooks?: RunHooks;
  /** Shrink the first divergence of each rule and kind on the target (costs more calls). */
  shrink?: boolean;
  /** Run only this part of every rule's cases; paths stay those of the whole run, so replay and merge agree. */
  shard?: Shard;
  /** Cases in flight at once for order-independent rules; stateful rules stay sequential. Default 1. */
  concurrency?: number;
  /** Cases a batch may hold between two health checks (default 8); 1 checks after every case that calls for it. */
  healthGroup?: number;
  /** Aborting it ends the run after the cases in flight; the result says so in `interrupted`. */
  signal?: AbortSignal;
  /** The policy the target's caller carries: every case's own request is judged by it, and family access needs it. */
  policy?: CallerPolicy;
  /** The target's quotas, as the user knows them: family limits needs openExecutionsPerDomain. */
  quotas?: World['quotas'];
  /** Lifecycle cases: how long past a case's time-out the run waits for what must follow (default: the spec's margin). */
  lifecycleMarginMs?: number;
  /** Lifecycle cases: the pause between two reads of the cases still waiting (default 250 ms). */
  lifecycleIntervalMs?: number;
}

// Cases between health checks, when nothing else limits a batch: fewer checks, and a rerun now and then.
const HEALTH_GROUP = 8;

/** A run whose fixtures are made and whose cases are planned, ready to run (runOnPool opens several side by side). */
export interface OpenedRun {
  readonly ctx: RunContext;
  readonly options: RunOptions;
  readonly startedAt: Date;
  readonly families: Family[];
  readonly arbitraries: Map<Rule, fc.Arbitrary<Case>>;
  readonly notRun: RunResult['notRun'];
  /** What onRunStart is told: rules and the cases planned (this shard's). */
  readonly plan: { rules: number; cases: number };
  /** Rule ids in the order their results are recorded: the lifecycle rules last, as they run together at the end. */
  readonly order: string[];
}

/** Runs the spec's rules on a target: fixtures first, then each rule's generated cases in order. */
export async function runConformance(options: RunOptions): Promise<RunResult> {
  const run = await openRun(options);
  run.ctx.hooks.onRunStart?.(run.plan);
  const result = await finishRun(run);
  run.ctx.hooks.onRunEnd?.({ result });
  return result;
}

/** Makes the run's fixtures on its target and plans its rules; calls no hook. */
export async function openRun(options: RunOptions): Promise<OpenedRun> {
  const { spec, runs, shard } = options;
  const startedAt = new Date();
  const families = options.families ?? [...new Set(spec.rules.map((r) => r.family))];
  const ctx = await openRunContext(options);
  // Effect and answer rules have no cases of their own: the cases of the families that start executions exercise them.
  const { arbitraries, notRun } = planRules(
    spec,
    spec.rules.filter((r) => hasOwnCases(r) && families.includes(r.family)),
    ctx.initial,
  );
  const rules = [...arbitraries.keys()];
  const cases = rules.reduce((n, r) => n + countInShard(caseCount(r, runs), shard), 0);
  const lifecycleLast = (r: Rule) => (r.family === 'lifecycle' ? 1 : 0);
  const order = [...rules].sort((a, b) => lifecycleLast(a) - lifecycleLast(b)).map((r) => r.id);
  return { ctx, options, startedAt, families, arbitraries, notRun, plan: { rules: rules.length, cases }, order };
}

/**
 * Runs an opened run's cases (the lifecycle family's together, at the end, or at the start with `lifecycleFirst`: a
 * pool member's lifecycle cases wait on timers while the others' work), then shrinks; its result.
 */
export async function finishRun(run: OpenedRun, lifecycleFirst = false): Promise<RunResult> {
  const { ctx, options, startedAt, families, arbitraries, notRun } = run;
  // Drawn when the family's turn comes, as every rule's cases are: not held through the other rules, nor at start-up.
  const runLifecycle = async () => {
    if (halted(ctx)) return;
    await runLifecycleRules(ctx, options, arbitraries);
  };
  if (lifecycleFirst) await runLifecycle();
  await runRules(ctx, options, arbitraries);
  if (!lifecycleFirst) await runLifecycle();
  if (options.shrink && !ctx.interrupted()) await shrinkFirsts(ctx);
  const interrupted = ctx.interrupted();
  const { tally } = ctx;
  const { runs, shard } = options;
  return {
    target: ctx.target.name,
    seed: ctx.seed,
    runs,
    runTag: ctx.runTag,
    families,
    ...(shard ? { shard } : {}),
    cases: tally.cases,
    calls: tally.calls,
    stoppedEarly: ctx.stoppedEarly,
    ...(interrupted ? { interrupted } : {}),
    notRun,
    inconclusive: tally.inconclusive,
    // Rules of other families show up too when this run's cases exercised them (effect rules, mostly).
    rules: reportedTallies(tally, families),
    divergences: tally.divergences,
    softFindings: tally.softFindings,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
  };
}

/** Every rule's cases but the lifecycle family's, in turn, in batches. */
async function runRules(
  ctx: RunContext,
  options: RunOptions,
  arbitraries: Map<Rule, fc.Arbitrary<Case>>,
): Promise<void> {
  const { shard } = options;
  // Only a target that can be reset runs batches: one may have to run again from empty.
  const batchSize = ctx.target.reset ? Math.max(ctx.concurrency, options.healthGroup ?? HEALTH_GROUP) : 1;
  for (const [rule, arbitrary] of arbitraries) {
    if (halted(ctx)) break;
    if (rule.family === 'lifecycle') continue;
    ctx.hooks.onRuleStart?.({ rule, cases: countInShard(caseCount(rule, options.runs), shard) });
    // Drawn as they are sent: a chunk of one rule's cases in memory at a time.
    await runBatches(
      ctx,
      rule,
      planBatches(drawMine(arbitrary, casesOfRule(rule, ctx.seed, options.runs, shard)), batchSize),
    );
    ctx.hooks.onRuleEnd?.({ rule, tally: ctx.tally.rules.get(rule.id)! });
  }
}

/** A rule's batches one after the other, until the last or until the run is halted. */
async function runBatches(ctx: RunContext, rule: Rule, batches: Iterable<Scheduled[]>): Promise<void> {
  for (const batch of batches) {
    // A turn of the event loop between batches: the in-process mock answers through promises alone, and without
    // it no timer or signal handler (Ctrl-C) would run before the last case.
    await new Promise<void>((resolve) => setImmediate(resolve));
    await runBatch(ctx, rule, batch);
    if (halted(ctx)) break;
  }
}

/** Shrinks the first divergence of each rule and kind on the target. */
async function shrinkFirsts(ctx: RunContext): Promise<void> {
  const seen = new Set<string>();
  for (const d of ctx.tally.divergences) {
    const key = `${d.rule} ${d.kind}`;
    // A lifecycle candidate waits on real timers: shrinking one would take minutes, so its case stays as found.
    if (seen.has(key) || (!ctx.target.reset && d.kind === 'target-corrupted') || d.rule.startsWith('lifecycle.'))
      continue;
    seen.add(key);
    d.shrunk = await shrinkDivergence(ctx.spec, ctx.target, ctx.initial, ctx.state, d, () => recover(ctx));
  }
}
