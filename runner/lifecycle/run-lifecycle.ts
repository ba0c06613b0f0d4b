import type { Spec } from '../../spec/spec-types.ts';
import type { World } from '../../model/world.ts';
import type { Case } from '../../model/case.ts';
import type { Observation } from '../../model/observation.ts';
import type { Target } from '../../targets/target.ts';
import { judgeLifecycleStart } from '../../oracle/lifecycle/judge-lifecycle-start.ts';
import { divergenceOfFault } from '../../oracle/lifecycle/divergence-of-fault.ts';
import { expectLifecycle, judgeLifecycle } from '../../oracle/lifecycle/judge-lifecycle.ts';
import type { LifecycleFault } from '../../oracle/lifecycle/lifecycle-context.ts';
import type { CaseOutcome } from '../run-case.ts';
import type { Replay } from '../../model/divergence.ts';
import { driverOf } from './drive-lifecycle.ts';
import type { LifecycleItem } from './plan-rounds.ts';
import type { LifecycleSession } from './lifecycle-session.ts';

export interface LifecycleRoundOptions {
  spec: Spec;
  target: Target;
  world: World;
  /** How long past a case's time-out (or, for a case watching that nothing happens, the family's longest task time-out) the run waits. */
  marginMs: number;
  /** Pause between two reads of the cases still waiting. */
  intervalMs: number;
  replayOf: (rule: string, index: number) => Replay;
  signal?: AbortSignal;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** How long a case is watched after its start: its own timer, or the longest task time-out when it watches for nothing to happen. */
function watchMs(spec: Spec, item: LifecycleItem, marginMs: number): number {
  const { timerSeconds, watchToEnd } = item.expectation;
  const seconds = timerSeconds || (watchToEnd ? spec.lifecycle.timeouts.decisionSeconds.max : 0);
  return seconds * 1000 + marginMs;
}

/** Sends a case's start; a session when it was accepted, with the outcome so far either way. */
async function startCase(
  o: LifecycleRoundOptions,
  item: LifecycleItem,
): Promise<{ outcome: CaseOutcome; session?: LifecycleSession }> {
  const observed: Observation = await o.target.start(item.kase.request);
  const { expected, ...judged } = judgeLifecycleStart(
    o.spec,
    o.world,
    item.rule,
    item.kase,
    observed,
    o.replayOf(item.rule, item.index),
  );
  const outcome: CaseOutcome = {
    alsoExercised: [],
    calls: 1,
    trace: [{ call: 'request', observed }],
    request: { expected, observed },
    ...judged,
  };
  if (!observed.ok || !observed.runId || expected.outcome !== 'success') return { outcome };
  const startedAt = Date.now() / 1000;
  const domain = String(item.kase.request.domain);
  const runId = observed.runId;
  const session: LifecycleSession = {
    kase: item.kase,
    index: item.index,
    expectation: item.expectation,
    runId,
    startedAt,
    deadline: Date.now() + watchMs(o.spec, item, o.marginMs),
    answers: { start: { ok: true, status: observed.status, output: { runId, startedAt } } },
    started: [{ domain, workflowId: String(item.kase.request.workflowId), runId }],
    calls: 0,
    done: false,
  };
  return { outcome, session };
}

/** The faults the oracle finds in a session's answers so far. */
const faultsOf = (o: LifecycleRoundOptions, s: LifecycleSession, final: boolean): LifecycleFault[] =>
  judgeLifecycle(o.spec, o.world, s.kase, s.runId, s.answers, final, s.expectation);

/**
 * Reads every waiting session until the oracle is satisfied with it or its wait is over; timers run side by side.
 * Every session is read at least once after its deadline unless it is settled before, however long the round's
 * set-up and reads take. A session whose answers show a server
 * error or no answer stops waiting at once: waiting does not mend a broken call, and it is judged on what it answered.
 */
async function watch(o: LifecycleRoundOptions, sessions: LifecycleSession[]): Promise<void> {
  for (;;) {
    const waiting = sessions.filter((s) => !s.done);
    if (!waiting.length || o.signal?.aborted) return;
    for (const s of waiting) {
      // The read that starts after the deadline is the last: what it shows is what the case is judged on.
      const last = Date.now() >= s.deadline;
      await driverOf(s).read?.(o.target, s);
      const faults = faultsOf(o, s, false);
      if (last || faults.some((f) => f.kind !== 'wrong-behaviour') || (!s.expectation.watchToEnd && !faults.length))
        s.done = true;
    }
    if (sessions.some((s) => !s.done))
      await sleep(
        Math.max(0, Math.min(o.intervalMs, ...sessions.filter((s) => !s.done).map((s) => s.deadline - Date.now()))),
      );
  }
}

/**
 * Runs one round of lifecycle cases side by side: every start and set-up first, then one shared wait in which the
 * cases still owing something are read again, then the final judgement and the termination of all they started.
 * Outcomes come back in the items' order.
 */
export async function runLifecycleRound(o: LifecycleRoundOptions, items: LifecycleItem[]): Promise<CaseOutcome[]> {
  if (!o.target.call) {
    const why = `target ${o.target.name} cannot send the lifecycle family's calls`;
    return items.map(() => ({ divergences: [], alsoExercised: [], calls: 0, trace: [], inconclusive: why }));
  }
  const begun = [];
  for (const item of items) {
    const b = await startCase(o, item);
    if (b.session) await driverOf(b.session).setup?.(o.target, b.session);
    begun.push(b);
  }
  const sessions = begun.flatMap((b) => (b.session ? [b.session] : []));
  await watch(o, sessions);
  for (const [i, { outcome, session: s }] of begun.entries()) {
    if (!s) continue;
    if (o.signal?.aborted && Date.now() < s.deadline && faultsOf(o, s, false).length)
      outcome.inconclusive ??= 'interrupted before its wait was over';
    else
      for (const f of faultsOf(o, s, true))
        outcome.divergences.push(divergenceOfFault(items[i].kase, f, o.replayOf(items[i].rule, items[i].index)));
    for (const e of s.started) {
      await o.target.terminate(e.domain, e.workflowId, e.runId);
      s.calls++;
    }
    outcome.calls += s.calls;
  }
  return begun.map((b) => b.outcome);
}

/** Runs one lifecycle case alone (replay): a round of one, with the spec's margin unless told otherwise. */
export async function runLifecycleCase(
  spec: Spec,
  target: Target,
  world: World,
  kase: Case,
  replay: Replay,
  marginMs?: number,
): Promise<CaseOutcome> {
  const item = { rule: kase.rule, index: Number(replay.path), kase, expectation: expectLifecycle(spec, world, kase) };
  const options = {
    spec,
    target,
    world,
    marginMs: marginMs ?? spec.lifecycle.wait.marginSeconds * 1000,
    intervalMs: 250,
    replayOf: () => replay,
  };
  const [outcome] = await runLifecycleRound(options, [item]);
  return outcome;
}
