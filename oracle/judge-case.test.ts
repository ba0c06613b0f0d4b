import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import { buildWorld } from '../model/build-world.ts';
import type { Case } from '../model/case.ts';
import type { Observation } from '../model/observation.ts';
import type { TraceEntry } from '../model/trace-entry.ts';
import { judgeCase } from './judge-case.ts';
import { corruptionOf } from './corruption-of.ts';
import { parsePolicy } from './policy/parse-policy.ts';

const spec = loadSpec();
const world = buildWorld(spec, 't');
const replay = { rule: 'x', seed: 1, path: '0', runTag: 't', target: 'mock' };
const valid = {
  domain: 't-main',
  workflowId: 'w',
  workflowType: { name: 'full', version: '1' },
  taskList: { name: 'x' },
};
const accepted: Observation = {
  ok: true,
  status: 200,
  runId: 'r1',
  answer: { contentType: 'application/x-amz-json-1.0', body: 'json-object' },
};
const kaseOf = (rule: string, request: Case['request'], before: Case['before'] = []): Case => ({
  rule,
  before,
  request,
});
const traceOf = (request: Observation, ...before: Observation[]): TraceEntry[] => [
  ...before.map((observed, i) => ({ call: `before[${i}]` as const, observed })),
  { call: 'request', observed: request },
];

describe('judgeCase', () => {
  it('blames a refused reuse on the allowance the request relied on, judging it in the world its steps left', () => {
    const kase = kaseOf('required.workflowId', valid, [
      { op: 'start', request: valid },
      { op: 'terminate', domain: 't-main', workflowId: 'w' },
    ]);
    const refused: Observation = { ok: false, status: 400, code: 'WorkflowExecutionAlreadyStartedFault' };
    const before = structuredClone(world);
    const judged = judgeCase({ spec, world, kase, trace: traceOf(refused, accepted, accepted), replay });
    expect(judged.divergences.map((d) => [d.rule, d.kind, d.call])).toEqual([
      ['workflowId.reuseAfterClose', 'rejected-valid', 'request'],
    ]);
    expect(judged.alsoExercised).toContain('workflowId.reuseAfterClose');
    // The steps' answers are folded into a copy: the world handed over is the world before the case.
    expect(world).toEqual(before);
  });

  it('blames an allow against the policy on the part of the policy whose neglect explains it', () => {
    const callerPolicy = parsePolicy(
      spec.access,
      {
        Statement: [
          {
            Effect: 'Allow',
            Action: 'swf:StartWorkflowExecution',
            Resource: 'arn:aws:swf:*:*:/domain/t-main',
            Condition: { StringEqualsIfExists: { 'swf:tagList.member.0': 'team' } },
          },
        ],
      },
      { partition: 'aws', region: 'us-east-1', account: '123456789012' },
    );
    const kase = kaseOf('access.evaluation', { ...valid, tagList: ['other'] });
    const judged = judgeCase({ spec, world: { ...world, callerPolicy }, kase, trace: traceOf(accepted), replay });
    expect(judged.divergences).toHaveLength(1);
    expect(judged.divergences[0]).toMatchObject({ rule: 'access.tagList.member.0', kind: 'accepted-invalid' });
    expect(judged.divergences[0].explanation).toMatch(/swf:tagList.member.0/);
  });

  it('keeps a refusal allowed but not with the likely code as a soft finding, not a divergence', () => {
    const kase = kaseOf('domain.maxLength', { ...valid, domain: 'd'.repeat(300) });
    const refused: Observation = { ok: false, status: 400, code: 'UnknownResourceFault' };
    const judged = judgeCase({ spec, world, kase, trace: traceOf(refused), replay });
    expect(judged.divergences).toEqual([]);
    expect(judged.softFindings).toMatchObject([{ rule: 'domain.maxLength', likelyCodes: ['ValidationException'] }]);
  });

  it('finds a malformed answer in the form of an accepted start', () => {
    const kase = kaseOf('validRequest', valid);
    const html: Observation = {
      ok: true,
      status: 200,
      runId: 'r1',
      answer: { contentType: 'text/html', body: 'not-json' },
    };
    const judged = judgeCase({ spec, world, kase, trace: traceOf(html), replay });
    expect(judged.divergences.map((d) => d.kind)).toContain('malformed-answer');
    expect(judged.divergences.every((d) => d.kind === 'malformed-answer')).toBe(true);
  });

  it('finds a wrong effect in what was read back after an accepted start', () => {
    const kase = kaseOf('validRequest', valid);
    const trace: TraceEntry[] = [
      ...traceOf(accepted),
      { call: 'effects', effects: { describe: { runId: 'r1', executionStatus: 'OPEN', taskPriority: '3' } } },
    ];
    const judged = judgeCase({ spec, world, kase, trace, replay });
    const wrong = judged.divergences.filter((d) => d.kind === 'wrong-effect');
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong.find((d) => d.expected && 'effect' in d.expected && d.expected.effect === '7')).toBeDefined();
  });

  it('says why a case is inconclusive and finds nothing in its answer', () => {
    const kase = kaseOf('validRequest', valid);
    const throttled: Observation = { ok: false, code: 'ThrottlingException', inconclusive: 'throttled' };
    const judged = judgeCase({ spec, world, kase, trace: traceOf(throttled), replay });
    expect(judged.inconclusive).toBe('throttled');
    expect(judged.divergences).toEqual([]);
  });

  it("names a multi-rule refusal's answer as a coverage facet", () => {
    const kase = kaseOf('order.twoMemberRules', { ...valid, domain: 'd'.repeat(300), workflowId: 'w'.repeat(300) });
    const refused: Observation = { ok: false, status: 400, code: 'ValidationException' };
    const judged = judgeCase({ spec, world, kase, trace: traceOf(refused), replay });
    expect(judged.facets['answered with']).toMatch(/^ValidationException → /);
  });
});

describe('corruptionOf', () => {
  it("files a failed health check as the case's target-corrupted divergence", () => {
    const kase = kaseOf('wire.body', valid);
    const failure: Observation = { ok: false, code: 'ECONNREFUSED' };
    expect(corruptionOf(kase, replay, failure)).toMatchObject({
      rule: 'wire.body',
      kind: 'target-corrupted',
      call: 'request',
      expected: { effect: 'later calls keep working', source: 'health-check' },
      observed: { effect: failure, source: 'health-check' },
      replay,
    });
  });
});
