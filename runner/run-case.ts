import type { Spec } from '../spec/spec-types';
import type { Case, Step } from '../model/case';
import type { Effects, Observation } from '../model/observation';
import type { World } from '../model/world';
import { trackWorld } from '../model/track-world';
import { expectOutcome } from '../oracle/expect-outcome';
import { expectCaseOutcome } from '../oracle/expect-case-outcome';
import { classifyOutcome, type DivergenceKind } from '../oracle/classify-outcome';
import { explainPolicyAnswer } from '../oracle/policy/explain-policy-answer';
import { compareEffects } from '../oracle/compare-effects';
import { checkAnswerForm } from '../oracle/check-answer-form';
import type { Expected } from '../oracle/expected';
import type { Target } from '../targets/target';
import type { Divergence, Replay } from './divergence';
import type { SoftFinding } from './soft-finding';
import { softFindingOf } from './soft-finding-of';

export interface CaseOutcome {
  divergences: Omit<Divergence, 'id'>[];
  /** Refusals within the contract but not with the likely code: counted apart, never divergences. */
  softFindings?: SoftFinding[];
  /** Rules other than the case's own that it exercised: effect rules read back, allowances relied on. */
  alsoExercised: string[];
  calls: number;
  /** What the target answered, call by call, for recordings and differential comparison. */
  trace: TraceEntry[];
  /** Why the case says nothing about the contract, when one of its answers was inconclusive. */
  inconclusive?: string;
  /** The oracle's expectation of the case's own request and what the target answered to it. */
  request?: { expected: Expected; observed: Observation };
}

/** One answer of the target during a case: a start or termination step, the case's request, or the effects read back. */
export type TraceEntry =
  { call: `before[${number}]` | 'request'; observed: Observation } | { call: 'effects'; effects: Effects };

// JSON drops undefined: an absent field is named, so a report says what was missing.
const shown = (value: unknown) => (value === undefined ? '(absent)' : value);

const TERMINATED: Expected = {
  outcome: 'success',
  effective: { workflowType: { name: '', version: '' }, tagList: [] },
};

/**
 * Runs one case on a target: its preparation steps, its request, the read-back of effects when it was accepted, and
 * the termination of every execution it started, so the next case meets the fixtures alone.
 */
export async function runCase(
  spec: Spec,
  target: Target,
  world: World,
  kase: Case,
  replay: Replay,
): Promise<CaseOutcome> {
  const out: CaseOutcome = { divergences: [], softFindings: [], alsoExercised: [], calls: 0, trace: [] };
  // runId '' for a start whose answer named no run: it is terminated by workflowId (its current open run).
  const started: Array<{ domain: string; workflowId: string; runId: string }> = [];
  const diverge = (call: Divergence['call'], request: Case['request'], expected: Expected, observed: Observation) => {
    const kind = classifyOutcome(expected, observed);
    // A refused valid request that reused a workflowId is the reuse rule's failure, whichever case it came from.
    const allowances = expected.outcome === 'success' ? (expected.allowances ?? []) : [];
    out.alsoExercised.push(...allowances.filter((id) => id !== kase.rule));
    const explained = call === 'request' && !kase.wire ? explainAccess(spec, world, kase, kind, observed) : undefined;
    const rule = allowances[0] ?? explained?.rule ?? kase.rule;
    const wire = call === 'request' && kase.wire ? { wire: kase.wire } : {};
    if (kind)
      out.divergences.push({
        rule,
        kind,
        call,
        request,
        ...wire,
        expected,
        observed,
        replay,
        ...(explained ? { explanation: explained.because } : {}),
      });
    const soft = kind ? undefined : softFindingOf(spec, kase.rule, call, request, expected, observed, replay);
    if (soft) out.softFindings!.push({ ...soft, ...wire });
  };
  // Preparation runs as the harness; only the case's own request is sent as the caller, whose policy the oracle judges it by.
  const send = async (step: Step, wire?: Case['wire'], as?: 'caller'): Promise<Observation> => {
    out.calls++;
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

  for (const [i, step] of kase.before.entries()) {
    const expected = step.op === 'start' ? expectOutcome(spec, world, step.request) : TERMINATED;
    const answer = await send(step);
    out.trace.push({ call: `before[${i}]`, observed: answer });
    diverge(`before[${i}]`, step.op === 'start' ? step.request : step, expected, answer);
  }
  const expected = expectCaseOutcome(spec, world, kase);
  const observed = await send({ op: 'start', request: kase.request }, kase.wire, 'caller');
  out.trace.push({ call: 'request', observed });
  out.request = { expected, observed };
  const vague = out.trace.find((t) => 'observed' in t && !t.observed.ok && t.observed.inconclusive) as
    { observed: { inconclusive: string } } | undefined;
  if (vague) out.inconclusive = vague.observed.inconclusive;
  diverge('request', kase.request, expected, observed);
  const form = checkAnswerForm(spec, observed);
  out.alsoExercised.push(...form.judgedBy);
  const wire = kase.wire ? { wire: kase.wire } : {};
  for (const f of form.faults) {
    out.divergences.push({
      rule: f.rule,
      kind: 'malformed-answer',
      call: 'request',
      request: kase.request,
      ...wire,
      expected: { effect: f.expected, source: 'answer' },
      observed: { effect: f.observed, source: 'answer' },
      replay,
    });
  }

  // Effects are read whenever the target accepted (and named the run), so that recordings compare targets beyond the oracle's view.
  let effects: Effects | undefined;
  if (observed.ok && observed.runId) {
    out.calls += 2;
    effects = await target.readEffects(
      String(kase.request.domain),
      String(kase.request.workflowId),
      observed.runId ?? '',
    );
    out.trace.push({ call: 'effects', effects });
  }
  if (expected.outcome === 'success' && observed.ok && effects) {
    out.alsoExercised.push(...spec.rules.filter((r) => r.check.kind === 'effect').map((r) => r.id));
    for (const m of compareEffects(spec, expected.effective, observed.runId, effects)) {
      out.divergences.push({
        rule: m.rule,
        kind: 'wrong-effect',
        call: 'request',
        request: kase.request,
        expected: { effect: shown(m.expected), source: m.source },
        observed: { effect: shown(m.observed), source: m.source },
        replay,
      });
    }
  }
  for (const e of started.filter((s) =>
    world.open.some((o) => o.domain === s.domain && o.workflowId === s.workflowId && o.runId === s.runId),
  )) {
    await send({ op: 'terminate', domain: e.domain, workflowId: e.workflowId, runId: e.runId || undefined });
  }
  return out;
}

/** Sends a wire case raw; a target that cannot send raw requests makes the case inconclusive, not a finding. */
async function sendRaw(target: Target, wire: NonNullable<Case['wire']>): Promise<Observation> {
  if (!target.sendRaw)
    return { ok: false, code: 'NotSent', inconclusive: `target ${target.name} cannot send raw HTTP` };
  return target.sendRaw(wire);
}

/**
 * A policy-judged start the target allowed or refused (OperationNotPermittedFault) against the policy: blamed on the
 * part of the policy whose neglect explains the answer (the case's own rule when it is one of them), so that a target
 * ignoring a condition key is named by that key's rule whichever case showed it.
 */
function explainAccess(spec: Spec, world: World, kase: Case, kind: DivergenceKind | undefined, observed: Observation) {
  if (
    kind !== 'accepted-invalid' &&
    !(kind === 'rejected-valid' && !observed.ok && observed.code === 'OperationNotPermittedFault')
  )
    return undefined;
  const found = explainPolicyAnswer(spec, world, kase.request, observed.ok);
  return found && { rule: found.rules.includes(kase.rule) ? kase.rule : found.rules[0], because: found.because };
}
