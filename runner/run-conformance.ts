import fc from 'fast-check';
import type { Family, Rule, Spec } from '../spec/spec-types';
import { buildWorld } from '../model/build-world';
import type { RunKnowledge, World } from '../model/world';
import type { CallerPolicy } from '../model/policy/caller-policy';
import { hasOwnCases } from '../generators/case-for-rule';
import { planRules } from './plan-rules';
import type { Target } from '../targets/target';
import { runCase, type CaseOutcome } from './run-case';
import { corruptionOf, findCorruption, gotNoAnswer, needsHealthCheck } from './find-corruption';
import { mapWithLimit } from './map-with-limit';
import { checkHealth } from './check-health';
import { planBatches, type Scheduled } from './plan-batches';
import { createRepeatFolder, createSoftFolder } from '../model/fold-repeats';
import { shrinkDivergence } from './shrink-divergence';
import type { Divergence, Replay } from './divergence';
import type { SoftFinding } from './soft-finding';
import type { RuleTally, RunResult, Shard } from './run-result';
import type { RunHooks } from './run-hooks';
import type { Expected } from '../oracle/expected';
import type { Observation } from '../model/observation';
import { attributeAnswer } from '../oracle/attribute-answer';
import { expectLifecycle } from '../oracle/lifecycle/judge-lifecycle';
import { runLifecycleFamily } from './lifecycle/run-lifecycle-family';
import type { LifecycleItem } from './lifecycle/plan-rounds';

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

// The valid space is the widest: more of its cases also exercise every effect rule.
export const VALID_SPACE_WEIGHT = 4;

// A lifecycle case costs a dozen calls and waits on timers: each lifecycle rule gets a third of `runs`.
const LIFECYCLE_SHARE = 3;

/** How many cases a rule gets for `runs`. */
export function caseCount(rule: Rule, runs: number): number {
  if (rule.family === 'lifecycle') return Math.ceil(runs / LIFECYCLE_SHARE);
  return runs * (rule.check.scenario === 'validRequest' ? VALID_SPACE_WEIGHT : 1);
}

/** How many of a rule's n cases fall in a shard. */
function countInShard(n: number, shard: Shard | undefined): number {
  return shard ? Math.max(0, Math.floor((n - shard.index) / shard.count) + 1) : n;
}

/** What the run knows of the target beyond its fixtures: the caller's policy and the quotas, as the user gave them. */
function withRunKnowledge(options: Pick<RunOptions, 'policy' | 'quotas'>): RunKnowledge {
  return {
    ...(options.policy ? { callerPolicy: options.policy } : {}),
    ...(options.quotas ? { quotas: options.quotas } : {}),
  };
}

/** Runs the spec's rules on a target: fixtures first, then each rule's generated cases in order. */
export async function runConformance(options: RunOptions): Promise<RunResult> {
  const { spec, target, seed } = options;
  const startedAt = new Date();
  const families = options.families ?? [...new Set(spec.rules.map((r) => r.family))];
  const runTag = options.runTag ?? `swfc-${seed}`;
  const initial: World = {
    ...(target.buildWorld?.(spec, runTag) ?? buildWorld(spec, runTag)),
    ...withRunKnowledge(options),
  };
  const state = { current: structuredClone(initial) };
  // A fresh state per run where the target can give one, so no earlier run's executions collide with these cases.
  await target.reset?.();
  await target.createFixtures(state.current);
  let probes = 0;
  let stoppedEarly: string | undefined;
  // Start again from empty, so that no later case is blamed for an earlier one's damage.
  const recover = async () => {
    await target.reset!();
    state.current = structuredClone(initial);
    await target.createFixtures(state.current);
  };
  // A target that is down for good (an external emulator that died) ends the run with what was found so far.
  const recoverOrStop = async (after: string) => {
    if (!target.reset) return void (stoppedEarly = `the target stopped working after ${after} and cannot be reset`);
    await recover().catch((e: Error) => {
      stoppedEarly = `the target stopped working after ${after} and could not be reset: ${e.message.split('\n')[0]}`;
    });
  };
  const inconclusive: RunResult['inconclusive'] = [];

  const tallies = new Map<string, RuleTally>(
    spec.rules.map((r) => [
      r.id,
      {
        id: r.id,
        family: r.family,
        summary: r.summary,
        evidence: r.evidence,
        cases: 0,
        divergences: 0,
        coverage: {},
      },
    ]),
  );
  const divergences: Divergence[] = [];
  const listed = createRepeatFolder<Divergence>();
  const softFindings: SoftFinding[] = [];
  const softListed = createSoftFolder<SoftFinding>();
  let cases = 0;
  let calls = 0;
  // Effect and answer rules have no cases of their own: the cases of the families that start executions exercise them.
  const { arbitraries, notRun } = planRules(
    spec,
    spec.rules.filter((r) => hasOwnCases(r) && families.includes(r.family)),
    initial,
  );
  const rules = [...arbitraries.keys()];
  const inShard = (index: number) => !options.shard || index % options.shard.count === options.shard.index - 1;
  const planned = rules.reduce((n, r) => n + countInShard(caseCount(r, options.runs), options.shard), 0);
  options.hooks?.onRunStart?.({ rules: rules.length, cases: planned });
  const interrupted = () => (options.signal?.aborted ? String(options.signal.reason ?? 'interrupted') : undefined);
  const replayOf = (rule: Rule, index: number): Replay => ({
    rule: rule.id,
    seed,
    path: String(index),
    runTag,
    target: target.name,
  });

  /** Counts a finished case and hands it to the hooks, in the order of the rule's cases whatever order they ran in. */
  const record = (rule: Rule, { index, kase }: Scheduled, outcome: CaseOutcome) => {
    cases++;
    calls += outcome.calls;
    if (outcome.inconclusive) inconclusive.push({ rule: rule.id, path: String(index), why: outcome.inconclusive });
    countCase(tallies.get(rule.id), { ...kase.facets, ...answeredWith(spec, outcome) });
    for (const id of new Set(outcome.alsoExercised)) countCase(tallies.get(id), undefined);
    // Ids name the case (its rule and index), which is unique in a run; the divergence's own rule may differ.
    const found = outcome.divergences.map((d, i) => ({ ...d, id: `${rule.id}#${index}.${i}` }));
    for (const d of found) {
      tallies.get(d.rule)!.divergences++;
      if (listed(d)) divergences.push(d);
    }
    const soft = outcome.softFindings ?? [];
    for (const f of soft) if (softListed(f)) softFindings.push(f);
    options.hooks?.onCaseDone?.(rule, index, found, soft);
    options.hooks?.onCaseTrace?.(rule, index, kase, outcome.trace);
  };
  /** One case, then a health check when it calls for one; a broken target is reset before the next case. True when it broke it. */
  const runOne = async (rule: Rule, s: Scheduled): Promise<boolean> => {
    const replay = replayOf(rule, s.index);
    const outcome = await runCase(spec, target, state.current, s.kase, replay);
    const corrupted = await findCorruption(target, state.current, s.kase, replay, outcome, probes++);
    if (corrupted) outcome.divergences.push(corrupted);
    record(rule, s, outcome);
    if (corrupted) await recoverOrStop(`${rule.id} case ${s.index}`);
    return !!corrupted;
  };
  /**
   * A batch of cases (side by side up to `concurrency`), then one health check for all when any calls for one. A
   * broken target cannot say which case broke it, so it is reset and the cases from the first that called for a check
   * run again one by one: the findings are those of a sequential run. Only a case under which the target died (no
   * answer at all) is kept as it ran, blamed for the breakage, since a death does not happen again on demand; unless
   * a case before it, run again, broke the target itself.
   */
  const runBatch = async (rule: Rule, batch: Scheduled[]) => {
    if (batch.length === 1) return void (await runOne(rule, batch[0]));
    const outcomes = await mapWithLimit(batch, concurrency, (s) =>
      runCase(spec, target, state.current, s.kase, replayOf(rule, s.index)),
    );
    const first = outcomes.findIndex((o, i) => needsHealthCheck(batch[i].kase, o));
    calls += first >= 0 ? 2 : 0;
    const failure = first >= 0 ? await checkHealth(target, state.current, probes++) : undefined;
    if (!failure) return batch.forEach((s, i) => record(rule, s, outcomes[i]));
    batch.slice(0, first).forEach((s, i) => record(rule, s, outcomes[i]));
    // The calls of attempts thrown away were made all the same.
    const discard = (from: number, to: number) => {
      calls += outcomes.slice(from, to).reduce((n, o) => n + o.calls, 0);
    };
    let broke = false;
    const rerun = async (from: number, to: number) => {
      for (const s of batch.slice(from, to))
        if (!stoppedEarly && !interrupted()) broke = (await runOne(rule, s)) || broke;
    };
    await recoverOrStop(`${rule.id} case ${batch[first].index}`);
    const died = outcomes.findIndex((o, i) => i >= first && gotNoAnswer(o));
    if (died < 0) {
      discard(first, batch.length);
      return rerun(first, batch.length);
    }
    discard(first, died);
    await rerun(first, died);
    if (broke) {
      discard(died, died + 1);
      await rerun(died, died + 1);
    } else {
      // Kept even when the target cannot be reset: it is the case in flight when the target died.
      outcomes[died].divergences.push(corruptionOf(batch[died].kase, replayOf(rule, batch[died].index), failure));
      record(rule, batch[died], outcomes[died]);
    }
    discard(died + 1, batch.length);
    await rerun(died + 1, batch.length);
  };
  const concurrency = Math.max(1, options.concurrency ?? 1);
  // Only a target that can be reset runs batches: one may have to run again from empty.
  const batchSize = target.reset ? Math.max(concurrency, options.healthGroup ?? HEALTH_GROUP) : 1;
  const lifecycle: LifecycleItem[] = [];
  for (const rule of rules) {
    if (stoppedEarly || interrupted()) break;
    // Drawn when the rule's turn comes: one rule's cases in memory at a time.
    const generated = fc.sample(arbitraries.get(rule)!, { seed, numRuns: caseCount(rule, options.runs) });
    const mine = generated.map((kase, index) => ({ index, kase })).filter((s) => inShard(s.index));
    // Lifecycle cases wait on timers: they all run together once the other rules are done.
    if (rule.family === 'lifecycle') {
      lifecycle.push(
        ...mine.map((s) => ({ rule: rule.id, ...s, expectation: expectLifecycle(spec, initial, s.kase) })),
      );
      continue;
    }
    options.hooks?.onRuleStart?.(rule, countInShard(generated.length, options.shard));
    for (const batch of planBatches(mine, batchSize)) {
      // A turn of the event loop between batches: the in-process mock answers through promises alone, and without
      // it no timer or signal handler (Ctrl-C) would run before the last case.
      await new Promise<void>((resolve) => setImmediate(resolve));
      await runBatch(rule, batch);
      if (stoppedEarly || interrupted()) break;
    }
  }
  if (lifecycle.length && !stoppedEarly && !interrupted()) {
    const outcomes = await runLifecycleFamily(
      {
        spec,
        target,
        world: () => state.current,
        recover: target.reset ? recover : undefined,
        probe: () => probes++,
        signal: options.signal,
        marginMs: options.lifecycleMarginMs ?? spec.lifecycle.wait.marginSeconds * 1000,
        intervalMs: options.lifecycleIntervalMs ?? 250,
        replayOf: (id, index) =>
          replayOf(
            spec.rules.find((r) => r.id === id)!,
            index,
          ),
      },
      lifecycle,
    );
    for (const rule of rules.filter((r) => r.family === 'lifecycle')) {
      const mine = lifecycle.filter((item) => item.rule === rule.id && outcomes.has(item));
      options.hooks?.onRuleStart?.(rule, mine.length);
      for (const item of mine) record(rule, item, outcomes.get(item)!);
    }
  }
  if (options.shrink && !interrupted()) {
    const seen = new Set<string>();
    for (const d of divergences) {
      const key = `${d.rule} ${d.kind}`;
      // A lifecycle candidate waits on real timers: shrinking one would take minutes, so its case stays as found.
      if (seen.has(key) || (!target.reset && d.kind === 'target-corrupted') || d.rule.startsWith('lifecycle.'))
        continue;
      seen.add(key);
      d.shrunk = await shrinkDivergence(spec, target, initial, state, d, recover);
    }
  }
  return {
    target: target.name,
    seed,
    runs: options.runs,
    runTag,
    families,
    ...(options.shard ? { shard: options.shard } : {}),
    cases,
    calls,
    stoppedEarly,
    ...(interrupted() ? { interrupted: interrupted() } : {}),
    notRun,
    inconclusive,
    // Rules of other families show up too when this run's cases exercised them (effect rules, mostly).
    rules: [...tallies.values()].filter((t) => families.includes(t.family) || t.cases > 0),
    divergences,
    softFindings,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
  };
}

/** For a request that breaks several rules: which error the target gave, and for which rule (validation order). */
function answeredWith(
  spec: Spec,
  outcome: { request?: { expected: Expected; observed: Observation } },
): Record<string, string> {
  const r = outcome.request;
  if (!r || r.expected.outcome === 'success' || r.expected.rules.length < 2) return {};
  return { 'answered with': attributeAnswer(spec, r.expected, r.observed) };
}

/** Adds one case to a rule's tally and its facet counts. */
function countCase(tally: RuleTally | undefined, facets: Record<string, string | number> | undefined): void {
  if (!tally) return;
  tally.cases++;
  for (const [name, value] of Object.entries(facets ?? {})) {
    const counts = (tally.coverage[name] ??= {});
    counts[String(value)] = (counts[String(value)] ?? 0) + 1;
  }
}
