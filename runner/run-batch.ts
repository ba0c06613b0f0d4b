import type { Rule } from '../spec/spec-types.ts';
import type { Observation } from '../model/observation.ts';
import { runCase, type CaseOutcome } from './run-case.ts';
import { findCorruption, gotNoAnswer, needsHealthCheck } from './find-corruption.ts';
import { corruptionOf } from '../oracle/corruption-of.ts';
import { mapWithLimit } from './map-with-limit.ts';
import { checkHealth } from './check-health.ts';
import type { Scheduled } from './plan-batches.ts';
import { halted, recover, type RunContext } from './run-context.ts';
import { recordCase } from './run-tally.ts';

/** Counts a finished case and hands it to the hooks, in the order of the rule's cases whatever order they ran in. */
export function record(ctx: RunContext, rule: Rule, { index, kase }: Scheduled, outcome: CaseOutcome): void {
  const { divergences, softFindings } = recordCase(ctx.tally, rule, index, kase, outcome);
  ctx.hooks.onCaseResult?.({ rule, index, kase, divergences, softFindings, trace: outcome.trace });
}

/** A target that is down for good (an external emulator that died) ends the run with what was found so far. */
export async function recoverOrStop(ctx: RunContext, after: string): Promise<void> {
  if (!ctx.target.reset)
    return void (ctx.stoppedEarly = `the target stopped working after ${after} and cannot be reset`);
  await recover(ctx).catch((e: Error) => {
    ctx.stoppedEarly = `the target stopped working after ${after} and could not be reset: ${e.message.split('\n')[0]}`;
  });
}

/** One case, then a health check when it calls for one; a broken target is reset before the next case. True when it broke it. */
export async function runOne(ctx: RunContext, rule: Rule, s: Scheduled): Promise<boolean> {
  const replay = ctx.replayOf(rule, s.index);
  const outcome = await runCase(ctx.spec, ctx.target, ctx.state.current, s.kase, replay);
  const corrupted = await findCorruption(ctx.target, ctx.state.current, s.kase, replay, outcome, ctx.probes++);
  if (corrupted) outcome.divergences.push(corrupted);
  record(ctx, rule, s, outcome);
  if (corrupted) await recoverOrStop(ctx, `${rule.id} case ${s.index}`);
  return !!corrupted;
}

/**
 * A batch of cases (side by side up to `concurrency`), then one health check for all when any calls for one. A
 * broken target cannot say which case broke it, so it is reset and the cases from the first that called for a check
 * run again one by one: the findings are those of a sequential run.
 */
export async function runBatch(ctx: RunContext, rule: Rule, batch: Scheduled[]): Promise<void> {
  if (batch.length === 1) return void (await runOne(ctx, rule, batch[0]));
  const outcomes = await mapWithLimit(batch, ctx.concurrency, (s) =>
    runCase(ctx.spec, ctx.target, ctx.state.current, s.kase, ctx.replayOf(rule, s.index)),
  );
  const first = outcomes.findIndex((o, i) => needsHealthCheck(batch[i].kase, o));
  ctx.tally.calls += first >= 0 ? 2 : 0;
  const failure = first >= 0 ? await checkHealth(ctx.target, ctx.state.current, ctx.probes++) : undefined;
  if (!failure) return batch.forEach((s, i) => record(ctx, rule, s, outcomes[i]));
  batch.slice(0, first).forEach((s, i) => record(ctx, rule, s, outcomes[i]));
  await recoverOrStop(ctx, `${rule.id} case ${batch[first].index}`);
  await rerunFrom(ctx, rule, batch, outcomes, first, failure);
}

/**
 * After a failed health check: the cases from `first` run again one by one. Only a case under which the target died
 * (no answer at all) is kept as it ran, blamed for the breakage, since a death does not happen again on demand; unless
 * a case before it, run again, broke the target itself.
 */
async function rerunFrom(
  ctx: RunContext,
  rule: Rule,
  batch: Scheduled[],
  outcomes: CaseOutcome[],
  first: number,
  failure: Observation,
): Promise<void> {
  // The calls of attempts thrown away were made all the same.
  const discard = (from: number, to: number) => {
    ctx.tally.calls += outcomes.slice(from, to).reduce((n, o) => n + o.calls, 0);
  };
  const rerun = async (from: number, to: number) => {
    let broke = false;
    for (const s of batch.slice(from, to)) if (!halted(ctx)) broke = (await runOne(ctx, rule, s)) || broke;
    return broke;
  };
  const died = outcomes.findIndex((o, i) => i >= first && gotNoAnswer(o));
  if (died < 0) {
    discard(first, batch.length);
    return void (await rerun(first, batch.length));
  }
  discard(first, died);
  if (await rerun(first, died)) {
    discard(died, died + 1);
    await rerun(died, died + 1);
  } else {
    // Kept even when the target cannot be reset: it is the case in flight when the target died.
    outcomes[died].divergences.push(corruptionOf(batch[died].kase, ctx.replayOf(rule, batch[died].index), failure));
    record(ctx, rule, batch[died], outcomes[died]);
  }
  discard(died + 1, batch.length);
  await rerun(died + 1, batch.length);
}
