import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../spec/load-spec.ts';
import { buildWorld } from '../../model/build-world.ts';
import { typeOfRole, type World } from '../../model/world.ts';
import type { Request } from '../../model/request.ts';
import { expectOutcome } from '../expect-outcome.ts';
import { judgePolicy } from './judge-policy.ts';
import { parsePolicy } from './parse-policy.ts';

const spec = loadSpec();
const base = buildWorld(spec, 't');
const ARN = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const worldWith = (
  condition: object,
  resource: string | string[] = 'arn:aws:swf:*:*:/domain/t-main',
  extra: object[] = [],
): World => ({
  ...base,
  callerPolicy: parsePolicy(
    spec.access,
    {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'swf:StartWorkflowExecution', Resource: resource, Condition: condition },
        ...extra,
      ],
    },
    ARN,
  ),
});
const full = typeOfRole(base, 'full');
const request = (extra: Record<string, unknown> = {}): Request => ({
  domain: 't-main',
  workflowId: 'wf',
  workflowType: { name: 'full', version: '1' },
  taskList: { name: 'orders-1' },
  ...extra,
});

describe('judgePolicy', () => {
  it('allows a start inside every condition and refuses one outside, blaming the key of the condition it fails', () => {
    const w = worldWith({
      StringEquals: { 'swf:tagList.member.0': 'team-a' },
      StringLike: { 'swf:taskList.name': 'orders-*' },
    });
    expect(judgePolicy(spec, w, request({ tagList: ['team-a'] }))).toEqual({ decision: 'allow' });
    expect(judgePolicy(spec, w, request({ tagList: ['team-b'] }))).toEqual({
      decision: 'deny',
      rules: ['access.tagList.member.0'],
    });
    expect(judgePolicy(spec, w, request({ tagList: ['team-a'], taskList: { name: 'billing' } }))).toEqual({
      decision: 'deny',
      rules: ['access.taskList.name'],
    });
  });

  it('reads tag keys by position: a shorter list leaves the key absent (false for StringEquals, true with IfExists)', () => {
    expect(
      judgePolicy(spec, worldWith({ StringEquals: { 'swf:tagList.member.2': 'x' } }), request({ tagList: ['x', 'x'] })),
    ).toEqual({ decision: 'deny', rules: ['access.tagList.member.2'] });
    expect(
      judgePolicy(
        spec,
        worldWith({ StringEqualsIfExists: { 'swf:tagList.member.2': 'x' } }),
        request({ tagList: ['x', 'x'] }),
      ).decision,
    ).toBe('allow');
    expect(
      judgePolicy(spec, worldWith({ StringEquals: { 'swf:tagList.member.1': 'x' } }), request({ tagList: ['y', 'x'] }))
        .decision,
    ).toBe('allow');
  });

  it('treats a missing key as IAM does: negated operators and ForAllValues hold, ForAnyValue does not', () => {
    const noTags = request();
    expect(judgePolicy(spec, worldWith({ StringNotEquals: { 'swf:tagList.member.0': 'x' } }), noTags).decision).toBe(
      'allow',
    );
    expect(judgePolicy(spec, worldWith({ StringNotLike: { 'swf:tagList.member.0': 'x*' } }), noTags).decision).toBe(
      'allow',
    );
    expect(
      judgePolicy(spec, worldWith({ 'ForAllValues:StringEquals': { 'swf:tagList.member.0': 'x' } }), noTags).decision,
    ).toBe('allow');
    expect(
      judgePolicy(spec, worldWith({ 'ForAnyValue:StringEquals': { 'swf:tagList.member.0': 'x' } }), noTags).decision,
    ).toBe('deny');
    expect(judgePolicy(spec, worldWith({ StringLike: { 'swf:tagList.member.0': '*' } }), noTags).decision).toBe('deny');
    // IfExists holds on a missing key whatever the prefix.
    expect(
      judgePolicy(spec, worldWith({ 'ForAnyValue:StringEqualsIfExists': { 'swf:tagList.member.0': 'x' } }), noTags)
        .decision,
    ).toBe('allow');
  });

  it('matches StringLike wildcards on the whole value, case-sensitively; keys in any letter case', () => {
    const w = worldWith({ StringLike: { 'SWF:WorkflowType.Name': ['f?ll', 'part*'] } });
    expect(judgePolicy(spec, w, request()).decision).toBe('allow');
    expect(judgePolicy(spec, w, request({ workflowType: { name: 'Full', version: '1' } }))).toEqual({
      decision: 'deny',
      rules: ['access.workflowType.name'],
    });
    expect(judgePolicy(spec, w, request({ workflowType: { name: 'fulll', version: '1' } })).decision).toBe('deny');
    const version = worldWith({ StringEquals: { 'swf:workflowType.version': '2' } });
    expect(judgePolicy(spec, version, request())).toEqual({ decision: 'deny', rules: ['access.workflowType.version'] });
  });

  it('blames the resource when no Allow covers the domain, and the evaluation when a Deny without conditions matches', () => {
    expect(judgePolicy(spec, worldWith({}), request({ domain: 't-other' }))).toEqual({
      decision: 'deny',
      rules: ['access.resource'],
    });
    const denied = worldWith({}, '*', [
      { Effect: 'Deny', Action: 'swf:*', Resource: 'arn:aws:swf:us-east-1:123456789012:/domain/t-main' },
    ]);
    expect(judgePolicy(spec, denied, request())).toEqual({ decision: 'deny', rules: ['access.evaluation'] });
  });

  it("lets an explicit Deny win over a matching Allow, blaming the Deny's keys", () => {
    const w = worldWith({}, '*', [
      {
        Effect: 'Deny',
        Action: 'swf:StartWorkflowExecution',
        Resource: '*',
        Condition: { StringEquals: { 'swf:tagList.member.1': 'experimental' } },
      },
    ]);
    expect(judgePolicy(spec, w, request({ tagList: ['a', 'experimental'] }))).toEqual({
      decision: 'deny',
      rules: ['access.tagList.member.1'],
    });
    expect(judgePolicy(spec, w, request({ tagList: ['a', 'stable'] })).decision).toBe('allow');
  });

  it('refuses everything when no statement allows the action', () => {
    const w = {
      ...base,
      callerPolicy: parsePolicy(
        spec.access,
        { Statement: { Effect: 'Allow', Action: 'swf:Describe*', Resource: '*' } },
        ARN,
      ),
    };
    expect(judgePolicy(spec, w, request())).toEqual({ decision: 'deny', rules: ['access.evaluation'] });
  });
});

describe("a task list that comes only from the type's default", () => {
  const key = spec.access.conditionKeys.find((k) => k.key === 'swf:taskList.name')!;
  // The type 'full' has defaultTaskList t-default-tasks; the request sends none.
  const fromDefault = request({ taskList: undefined });

  it('is a reading the spec states as UNKNOWN', () => {
    expect(full.defaults.defaultTaskList).toEqual({ name: 't-default-tasks' });
    expect(key.fromTypeDefault?.level).toBe('UNKNOWN');
  });

  it('is judged open (accepted, or OperationNotPermittedFault and nothing else) when the two readings disagree', () => {
    // Key absent: StringLike fails; key = the default's name: it matches.
    const w = worldWith({ StringLike: { 'swf:taskList.name': '*-default-tasks' } });
    expect(judgePolicy(spec, w, fromDefault)).toMatchObject({ decision: 'open', rules: ['access.taskList.name'] });
    expect(expectOutcome(spec, w, fromDefault, true)).toMatchObject({
      outcome: 'either',
      rules: ['access.taskList.name'],
      codes: ['OperationNotPermittedFault'],
      because: expect.stringContaining("swf:taskList.name from the type's default (UNKNOWN:"),
    });
    // IfExists the other way round: absent holds, the default's name does not match.
    expect(
      judgePolicy(spec, worldWith({ StringLikeIfExists: { 'swf:taskList.name': 'orders-*' } }), fromDefault).decision,
    ).toBe('open');
  });

  it('is judged exactly when both readings agree', () => {
    expect(
      expectOutcome(spec, worldWith({ StringLike: { 'swf:taskList.name': 'orders-*' } }), fromDefault, true),
    ).toMatchObject({ outcome: 'reject', rules: ['access.taskList.name'], codes: ['OperationNotPermittedFault'] });
    expect(
      expectOutcome(
        spec,
        worldWith({ StringLikeIfExists: { 'swf:taskList.name': ['orders-*', '*-default-tasks'] } }),
        fromDefault,
        true,
      ),
    ).toMatchObject({ outcome: 'success' });
  });

  it('has one reading when the request names its task list, whatever the default', () => {
    expect(judgePolicy(spec, worldWith({ StringLike: { 'swf:taskList.name': '*-default-tasks' } }), request())).toEqual(
      { decision: 'deny', rules: ['access.taskList.name'] },
    );
  });
});

describe('expectOutcome with a policy', () => {
  const w = worldWith({ StringEquals: { 'swf:tagList.member.0': 'team-a' } });

  it("judges only a case's own request by the policy, not the harness's preparation", () => {
    expect(expectOutcome(spec, w, request({ tagList: ['b'] }), true)).toMatchObject({
      outcome: 'reject',
      codes: ['OperationNotPermittedFault'],
    });
    expect(expectOutcome(spec, w, request({ tagList: ['b'] }), false)).toMatchObject({ outcome: 'success' });
  });

  it('accepts either refusal for a request both denied and invalid (no order between the checks)', () => {
    const both = expectOutcome(spec, w, request({ tagList: ['b', 'c', 'd', 'e', 'f', 'g'] }), true);
    expect(both).toMatchObject({ outcome: 'reject', anyClientError: true });
    expect(both.outcome === 'reject' && both.rules.sort()).toEqual(['access.tagList.member.0', 'tagList.maxItems']);
  });
});
