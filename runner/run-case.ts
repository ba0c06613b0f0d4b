import type { Spec } from '../spec/spec-types.ts';
import type { Case, Step } from '../model/case.ts';
import type { Effects, Observation } from '../model/observation.ts';
import type { World } from '../model/world.ts';
import type { Replay } from '../model/divergence.ts';
import type { TraceEntry } from '../model/trace-entry.ts';
import { trackWorld } from '../model/track-world.ts';
import { judgeCase, type CaseJudgement } from '../oracle/judge-case.ts';
import type { Target } from '../targets/target.ts';

/** A case as run: what the oracle judged of it, the calls it cost and what the target answered, call by call. */
export interface CaseOutcome extends Omit<CaseJudgement, 'softFindings' | 'facets'> {
  /** Refusals within the contract but not with the likely code: counted apart, never divergences. */
  softFindings?: CaseJudgement['softFindings'];
  /** Coverage facets the answers add to the case's own (absent: none). */
  facets?: CaseJudgement['facets'];
  calls: number;
  /** What the target answered, call by call, for recordings and differential comparison. */
  trace: TraceEntry[];
}

// trackWorld changes only the open and closed lists: copying those keeps the world before the case for the oracle.
const before = (w: World): World => ({ ...w, open: [...w.open], closed: [...w.closed] });

/**
 * Runs one case on a target: its preparation steps, its request, the read-back of effects when it was accepted, and
 * the termination of every execution it started, so the next case meets the fixtures alone. The oracle judges what
 * was recorded (oracle/judge-case.ts); sending never depends on its verdict.
 */
export async function runCase(
  spec: Spec,
  target: Target,
  world: World,
  kase: Case,
  replay: Replay,
): Promise<CaseOutcome> {
  const initial = before(world);
  const trace: TraceEntry[] = [];
  let calls = 0;
  // runId '' for a start whose answer named no run: it is terminated by workflowId (its current open run).
  const started: Array<{ domain: string; workflowId: string; runId: string }> = [];
  // Preparation runs as the harness; only the case's own request is sent as the caller, whose policy the oracle judges it by.
  const send = async (step: Step, wire?: Case['wire'], as?: 'caller'): Promise<Observation> => {
    calls++;
    const observed = wire
      ? await sendRaw(target, wire)
      : step.op === 'start'
        ? await target.start(step.request, as)
        : await target.terminate(step.domain, step.workflowId, step.runId);
    trackWorld(world, step, observed);
    if (step.op === 'start' && observed.ok) {
      started.push({
        domain: String(step.request.domain),
        workflowId: String(step.request.workflowId),
        runId: observed.runId ?? '',
      });
    }
    return observed;
  };

  for (const [i, step] of kase.before.entries()) trace.push({ call: `before[${i}]`, observed: await send(step) });
  const observed = await send({ op: 'start', request: kase.request }, kase.wire, 'caller');
  trace.push({ call: 'request', observed });
  // Effects are read whenever the target accepted (and named the run), so that recordings compare targets beyond the oracle's view.
  if (observed.ok && observed.runId) {
    calls += 2;
    const effects: Effects = await target.readEffects(
      String(kase.request.domain),
      String(kase.request.workflowId),
      observed.runId,
    );
    trace.push({ call: 'effects', effects });
  }
  for (const e of started.filter((s) =>
    world.open.some((o) => o.domain === s.domain && o.workflowId === s.workflowId && o.runId === s.runId),
  )) {
    await send({ op: 'terminate', domain: e.domain, workflowId: e.workflowId, runId: e.runId || undefined });
  }
  const { facets, ...judged } = judgeCase({ spec, world: initial, kase, trace, replay });
  return { ...judged, ...(Object.keys(facets).length ? { facets } : {}), calls, trace };
}

/** Sends a wire case raw; a target that cannot send raw requests makes the case inconclusive, not a finding. */
async function sendRaw(target: Target, wire: NonNullable<Case['wire']>): Promise<Observation> {
  if (!target.sendRaw)
    return { ok: false, code: 'NotSent', inconclusive: `target ${target.name} cannot send raw HTTP` };
  return target.sendRaw(wire);
}
