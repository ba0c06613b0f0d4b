import type { Spec } from '../spec/spec-types.ts';
import type { Case } from '../model/case.ts';
import type { Effects, Observation } from '../model/observation.ts';
import type { World } from '../model/world.ts';
import type { Divergence, Replay } from '../model/divergence.ts';
import type { DivergenceKind } from '../model/divergence-kind.ts';
import type { Expected } from '../model/expected.ts';
import type { SoftFinding } from '../model/soft-finding.ts';
import type { TraceEntry } from '../model/trace-entry.ts';
import { trackWorld } from '../model/track-world.ts';
import { expectOutcome } from './expect-outcome.ts';
import { expectCaseOutcome } from './expect-case-outcome.ts';
import { classifyOutcome } from './classify-outcome.ts';
import { explainPolicyAnswer } from './policy/explain-policy-answer.ts';
import { compareEffects } from './compare-effects.ts';
import { checkAnswerForm } from './check-answer-form.ts';
import { softFindingOf } from './soft-finding-of.ts';
import { answeredWith } from './answered-with.ts';
import { resolveResources } from './resolve-resources.ts';
import type { Resolved } from './checks/check-context.ts';

/** What the oracle is given of one case: the world before it and what the target answered, call by call. */
export interface CaseToJudge {
  spec: Spec;
  /** The world before the case's first step; not changed (the steps' answers are folded into a copy). */
  world: World;
  kase: Case;
  /** The runner's record: each preparation step's answer, the request's answer, the effects read back. */
  trace: TraceEntry[];
  replay: Replay;
}

/** The oracle's verdict on one case. */
export interface CaseJudgement {
  /** Each with the rule it is blamed on: an allowance relied on, a part of the policy, or the case's own rule. */
  divergences: Omit<Divergence, 'id'>[];
  /** Refusals within the contract but not with the likely code: counted apart, never divergences. */
  softFindings: SoftFinding[];
  /** Rules other than the case's own that it exercised: effect rules read back, allowances relied on. */
  alsoExercised: string[];
  /** Coverage facets the answers add to the case's own (which rule a multi-rule refusal spoke for). */
  facets: Record<string, string>;
  /** Why the case says nothing about the contract, when one of its answers was inconclusive. */
  inconclusive?: string;
  /** The expectation of the case's own request and what the target answered to it. */
  request?: { expected: Expected; observed: Observation };
}

// JSON drops undefined: an absent field is named, so a report says what was missing.
const shown = (value: unknown) => (value === undefined ? '(absent)' : value);

const TERMINATED: Expected = {
  outcome: 'success',
  effective: { workflowType: { name: '', version: '' }, tagList: [] },
};

// trackWorld changes only the open and closed lists: a copy of those two is a world the fold may change.
const copyTracked = (w: World): World => ({ ...w, open: [...w.open], closed: [...w.closed] });

/**
 * The one entry of the oracle for a case: every call's expectation (step i in the world before the case plus the
 * answers of the steps before it), the divergences with the rule each is blamed on, soft findings, answer-form and
 * effect findings, and what else the case exercised.
 */
export function judgeCase({ spec, world, kase, trace, replay }: CaseToJudge): CaseJudgement {
  const out: CaseJudgement = { divergences: [], softFindings: [], alsoExercised: [], facets: {} };
  const answerOf = (call: string) =>
    (trace.find((t) => t.call === call) as { observed?: Observation } | undefined)?.observed;
  let w = world;
  for (const [i, step] of kase.before.entries()) {
    const answer = answerOf(`before[${i}]`);
    if (!answer) return out;
    const expected = step.op === 'start' ? expectOutcome(spec, w, step.request) : TERMINATED;
    judgeCall(spec, w, kase, replay, out, {
      call: `before[${i}]`,
      request: step.op === 'start' ? step.request : step,
      expected,
      observed: answer,
    });
    if (answer.ok) {
      if (w === world) w = copyTracked(world);
      trackWorld(w, step, answer);
    }
  }
  const observed = answerOf('request');
  if (!observed) return out;
  // The request's domain and type are looked up once, for its expectation and for the policy explanation alike.
  const resolved = kase.wire ? undefined : resolveResources(w, kase.request, new Set());
  const expected = expectCaseOutcome(spec, w, kase, resolved);
  out.request = { expected, observed };
  const vague = trace.find((t) => 'observed' in t && !t.observed.ok && t.observed.inconclusive) as
    { observed: { inconclusive: string } } | undefined;
  if (vague) out.inconclusive = vague.observed.inconclusive;
  judgeCall(spec, w, kase, replay, out, { call: 'request', request: kase.request, expected, observed }, resolved);
  judgeForm(spec, kase, replay, out, observed);
  const effects = (trace.find((t) => t.call === 'effects') as { effects?: Effects } | undefined)?.effects;
  if (expected.outcome === 'success' && observed.ok && effects)
    judgeEffects(spec, kase, replay, out, expected, effects);
  out.facets = answeredWith(spec, expected, observed);
  return out;
}

interface Call {
  call: Divergence['call'];
  request: Divergence['request'];
  expected: Expected;
  observed: Observation;
}

/** One call's answer against its expectation: a divergence blamed on its rule, or else perhaps a soft finding. */
function judgeCall(
  spec: Spec,
  world: World,
  kase: Case,
  replay: Replay,
  out: CaseJudgement,
  { call, request, expected, observed }: Call,
  resolved?: Resolved,
): void {
  const kind = classifyOutcome(expected, observed);
  // A refused valid request that reused a workflowId is the reuse rule's failure, whichever case it came from.
  const allowances = expected.outcome === 'success' ? (expected.allowances ?? []) : [];
  out.alsoExercised.push(...allowances.filter((id) => id !== kase.rule));
  const explained =
    call === 'request' && !kase.wire ? explainAccess(spec, world, kase, kind, observed, resolved) : undefined;
  const rule = allowances[0] ?? explained?.rule ?? kase.rule;
  const wire = call === 'request' && kase.wire ? { wire: kase.wire } : {};
  if (kind) {
    const explanation = explained ? { explanation: explained.because } : {};
    out.divergences.push({ rule, kind, call, request, ...wire, expected, observed, replay, ...explanation });
    return;
  }
  const soft = softFindingOf(spec, kase.rule, call, request, expected, observed, replay);
  if (soft) out.softFindings.push({ ...soft, ...wire });
}

/** The form of the request's answer (Content-Type, body, runId): a malformed-answer divergence per fault. */
function judgeForm(spec: Spec, kase: Case, replay: Replay, out: CaseJudgement, observed: Observation): void {
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
}

/** The effects read back after an accepted start against the effective configuration: a wrong-effect per field and source. */
function judgeEffects(
  spec: Spec,
  kase: Case,
  replay: Replay,
  out: CaseJudgement,
  expected: Expected & { outcome: 'success' },
  effects: Effects,
): void {
  const runId = out.request!.observed.ok ? out.request!.observed.runId : undefined;
  out.alsoExercised.push(...spec.rules.filter((r) => r.check.kind === 'effect').map((r) => r.id));
  for (const m of compareEffects(spec, expected.effective, runId, effects)) {
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

/**
 * A policy-judged start the target allowed or refused (OperationNotPermittedFault) against the policy: blamed on the
 * part of the policy whose neglect explains the answer (the case's own rule when it is one of them), so that a target
 * ignoring a condition key is named by that key's rule whichever case showed it.
 */
function explainAccess(
  spec: Spec,
  world: World,
  kase: Case,
  kind: DivergenceKind | undefined,
  observed: Observation,
  resolved?: Resolved,
) {
  if (
    kind !== 'accepted-invalid' &&
    !(kind === 'rejected-valid' && !observed.ok && observed.code === 'OperationNotPermittedFault')
  )
    return undefined;
  const found = explainPolicyAnswer(spec, world, kase.request, observed.ok, resolved);
  return found && { rule: found.rules.includes(kase.rule) ? kase.rule : found.rules[0], because: found.because };
}
