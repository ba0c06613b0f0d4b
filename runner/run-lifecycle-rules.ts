import type fc from 'fast-check';
import type { Rule } from '../spec/spec-types.ts';
import type { Case } from '../model/case.ts';
import { expectLifecycle } from '../oracle/lifecycle/judge-lifecycle.ts';
import { runLifecycleFamily } from './lifecycle/run-lifecycle-family.ts';
import { planRounds, type LifecycleItem, type LifecycleRef } from './lifecycle/plan-rounds.ts';
import { recordInRuleOrder } from './lifecycle/record-in-rule-order.ts';
import type { CaseOutcome } from './run-case.ts';
import type { Shard } from './run-result.ts';
import { casesOfRule, drawCase, drawMine } from './draw-mine.ts';
import { recover, type RunContext } from './run-context.ts';
import { record } from './run-batch.ts';

/** What of the run's options the lifecycle family uses. */
export interface LifecycleRunOptions {
  runs: number;
  shard?: Shard;
  signal?: AbortSignal;
  lifecycleMarginMs?: number;
  lifecycleIntervalMs?: number;
}

/**
 * The lifecycle family's cases, together in rounds. The rounds are planned over every case, drawn one at a time, and
 * keep only each case's place; a round's cases are drawn again (fast-check's path, as a replay does) when its turn
 * comes, so the family holds one round's cases, not all of them. Each lifecycle rule's results are recorded in the
 * order of the rules, as soon as all its cases and those of the rules before it are done, each case drawn once more.
 */
export async function runLifecycleRules(
  ctx: RunContext,
  options: LifecycleRunOptions,
  arbitraries: Map<Rule, fc.Arbitrary<Case>>,
): Promise<void> {
  const { spec, target } = ctx;
  const rules = [...arbitraries.keys()].filter((r) => r.family === 'lifecycle');
  const byId = new Map(rules.map((r) => [r.id, r]));
  const item = (rule: Rule, index: number, kase: Case): LifecycleItem => ({
    rule: rule.id,
    index,
    kase,
    expectation: expectLifecycle(spec, ctx.initial, kase),
  });
  function* every(): Generator<LifecycleItem> {
    for (const rule of rules)
      for (const s of drawMine(arbitraries.get(rule)!, casesOfRule(rule, ctx.seed, options.runs, options.shard)))
        yield item(rule, s.index, s.kase);
  }
  const rounds = planRounds(every());
  if (!rounds.length) return;
  const draw = (ref: LifecycleRef) => {
    const rule = byId.get(ref.rule)!;
    return item(rule, ref.index, drawCase(arbitraries.get(rule)!, ctx.seed, ref.index));
  };
  // A settled case waits by its place, drawn again when its rule is recorded: its rule may wait for rules before it,
  // and holding the cases themselves (32 KB inputs) until then kept 14 MB at 10,000 cases.
  const recorder = recordInRuleOrder<Rule, LifecycleRef, CaseOutcome>(rules, rounds.flat(), (rule, outcomes) => {
    ctx.hooks.onRuleStart?.({ rule, cases: outcomes.length });
    for (const [{ index }, outcome] of outcomes)
      record(ctx, rule, { index, kase: drawCase(arbitraries.get(rule)!, ctx.seed, index) }, outcome);
    ctx.hooks.onRuleEnd?.({ rule, tally: ctx.tally.rules.get(rule.id)! });
  });
  await runLifecycleFamily(
    {
      spec,
      target,
      world: () => ctx.state.current,
      recover: target.reset ? () => recover(ctx) : undefined,
      probe: () => ctx.probes++,
      signal: options.signal,
      marginMs: options.lifecycleMarginMs ?? spec.lifecycle.wait.marginSeconds * 1000,
      intervalMs: options.lifecycleIntervalMs ?? 250,
      replayOf: (id, index) => ctx.replayOf(byId.get(id)!, index),
    },
    rounds,
    draw,
    (outcomes) => recorder.settle(outcomes.map(([{ rule, index }, outcome]) => [{ rule, index }, outcome])),
  );
  recorder.finish();
}
