import type { Spec } from '../spec/spec-types.ts';
import type { Effects } from '../model/observation.ts';
import type { Request } from '../model/request.ts';
import type { World } from '../model/world.ts';
import { trackWorld } from '../model/track-world.ts';
import { expectOutcome } from '../oracle/expect-outcome.ts';
import { classifyOutcome } from '../oracle/classify-outcome.ts';
import type { DivergenceKind } from '../model/divergence-kind.ts';
import { compareEffects } from '../oracle/compare-effects.ts';
import { readAnswer } from '../targets/read-answer.ts';
import { viewOfDescribe, viewOfStartedEvent } from '../targets/effect-views.ts';
import type { InteractionRecording, RecordedInteraction } from './interaction-recording.ts';
import type { RecordingVerdict } from '../model/recording-verdict.ts';
import { fixturesOfRecording } from './parity/fixtures-of-recording.ts';
import { asObject as obj } from './as-object.ts';
import { faultOf } from './fault-of.ts';
import { pickTypeDefaults } from '../model/pick-type-defaults.ts';

const ok = (i: RecordedInteraction) => i.response.status >= 200 && i.response.status < 300;
const runIdIn = (i: RecordedInteraction) => obj(obj(i.request.body.json).execution).runId;

/**
 * Judges an imported recording with the oracle: each StartWorkflowExecution against the world its answers show
 * (domains, types and their defaults, executions it opened and saw closed), and the effects its Describe and history
 * answers show of each accepted start. Where the real service answered otherwise, the spec is contradicted.
 */
export function judgeInteractions(spec: Spec, recording: InteractionRecording): RecordingVerdict {
  const verdict: RecordingVerdict = { rulesObserved: {}, specDivergences: [], unusable: [] };
  const world = worldOf(recording);
  const observe = (rule: string) => {
    verdict.rulesObserved[rule] = (verdict.rulesObserved[rule] ?? 0) + 1;
  };
  let source = '';
  recording.interactions.forEach((i, n) => {
    // Separate files were recorded at separate times: what one left open says nothing of the next.
    if (i.id.split(':')[0] !== source) [source, world.open] = [i.id.split(':')[0], []];
    noteClosures(world, i);
    noteRegistrations(world, i);
    if (i.operation !== 'StartWorkflowExecution') return;
    const json = i.request.body.json;
    if (!json || typeof json !== 'object' || Array.isArray(json)) return void verdict.unusable.push(i.id);
    const request = json as Request;
    noteOpenedBefore(world, i, request);
    const expected = expectOutcome(spec, world, request);
    const got = readAnswer(
      i.response.status,
      { 'content-type': i.response.contentType },
      i.response.body.json !== undefined ? JSON.stringify(i.response.body.json) : (i.response.body.text ?? ''),
    );
    const flag = (rule: string, kind: DivergenceKind, call: string, exp: unknown, rec: unknown) =>
      verdict.specDivergences.push({ rule, kind, key: i.id, call, expected: exp, recorded: rec });
    const kind = classifyOutcome(expected, got);
    if (expected.outcome === 'reject') expected.rules.forEach(observe);
    if (kind) flag(expected.outcome === 'reject' ? expected.rules[0] : 'valid-request', kind, 'request', expected, got);
    if (expected.outcome === 'success' && got.ok) {
      const effects = effectsOf(recording.interactions.slice(n + 1), got.runId);
      if (effects.describe) {
        for (const r of spec.rules)
          if (r.check.kind === 'effect' && (r.check.observedIn ?? []).some((s) => effects[s])) observe(r.id);
        for (const m of compareEffects(spec, expected.effective, got.runId, effects))
          flag(m.rule, 'wrong-effect', `effects ${m.source}`, m.expected, m.observed);
      }
    }
    trackWorld(world, { op: 'start', request }, got);
  });
  return verdict;
}

/** The world before the recording began, as its answers show it. */
function worldOf(recording: InteractionRecording): World {
  const f = fixturesOfRecording(recording);
  return {
    runTag: '',
    domains: f.domains.map((d) => ({ role: 'main', name: d.name, status: d.deprecated ? 'DEPRECATED' : 'REGISTERED' })),
    types: f.types.map((t) => ({
      role: 'full',
      domain: t.domain,
      name: t.name,
      version: t.version,
      status: t.deprecated ? 'DEPRECATED' : 'REGISTERED',
      defaults: t.defaults,
    })),
    open: [],
    closed: [],
  };
}

/** A start refused as already started names an execution opened before the recording began. */
function noteOpenedBefore(world: World, i: RecordedInteraction, request: Request): void {
  const open = world.open.some((e) => e.domain === request.domain && e.workflowId === request.workflowId);
  if (faultOf(i) === 'WorkflowExecutionAlreadyStartedFault' && !open)
    world.open.push({ domain: String(request.domain), workflowId: String(request.workflowId), runId: '' });
}

// History events that close an execution, whoever made them (a decider elsewhere, a time-out, a termination).
const CLOSING = /^WorkflowExecution(Completed|Failed|Canceled|Terminated|TimedOut|ContinuedAsNew)$/;

/** Executions an answer shows closed (a Describe saying CLOSED, a termination accepted) leave the world's open ones. */
function noteClosures(world: World, i: RecordedInteraction): void {
  if (!ok(i)) return;
  const req = obj(i.request.body.json);
  const info = obj(obj(i.response.body.json).executionInfo);
  const events = obj(i.response.body.json).events;
  const historyCloses = Array.isArray(events) && events.some((e) => CLOSING.test(String(obj(e).eventType)));
  const closed =
    i.operation === 'TerminateWorkflowExecution'
      ? { workflowId: req.workflowId, runId: req.runId }
      : i.operation === 'DescribeWorkflowExecution' && info.executionStatus === 'CLOSED'
        ? obj(info.execution)
        : historyCloses
          ? obj(req.execution)
          : undefined;
  if (!closed) return;
  const ends = (e: World['open'][number]) =>
    e.domain === req.domain && e.workflowId === closed.workflowId && (!closed.runId || e.runId === closed.runId);
  world.closed.push(...world.open.filter(ends));
  world.open = world.open.filter((e) => !ends(e));
}

/** Domains and types the recording registers or deprecates itself, once the answer says it did. */
function noteRegistrations(world: World, i: RecordedInteraction): void {
  if (!ok(i)) return;
  const req = obj(i.request.body.json);
  const type = obj(req.workflowType);
  const sameType = (t: World['types'][number]) =>
    t.domain === req.domain && t.name === type.name && t.version === type.version;
  if (i.operation === 'RegisterDomain')
    world.domains.push({ role: 'main', name: String(req.name), status: 'REGISTERED' });
  if (i.operation === 'DeprecateDomain')
    world.domains
      .filter((d) => d.name === req.name)
      .forEach((d) => {
        d.status = 'DEPRECATED';
      });
  if (i.operation === 'RegisterWorkflowType') {
    world.types.push({
      role: 'full',
      domain: String(req.domain),
      name: String(req.name),
      version: String(req.version),
      status: 'REGISTERED',
      defaults: pickTypeDefaults(req),
    });
  }
  if (i.operation === 'DeprecateWorkflowType')
    world.types.filter(sameType).forEach((t) => {
      t.status = 'DEPRECATED';
    });
}

/** The effects of a run as the first later Describe and history answers about it show them. */
function effectsOf(later: RecordedInteraction[], runId: string | undefined): Effects {
  const about = (op: string) =>
    later.find((i) => i.operation === op && ok(i) && runId !== undefined && runIdIn(i) === runId);
  const describe = about('DescribeWorkflowExecution');
  const history = about('GetWorkflowExecutionHistory');
  const events = obj(history?.response.body.json).events;
  return {
    ...(describe ? { describe: viewOfDescribe(describe.response.body.json as never) } : {}),
    ...(Array.isArray(events) ? { started: viewOfStartedEvent(events as never) } : {}),
  };
}
