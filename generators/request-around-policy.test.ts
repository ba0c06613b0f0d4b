import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import { buildWorld } from '../model/build-world.ts';
import { RuleNotApplicable } from '../model/world.ts';
import { parsePolicy } from '../oracle/policy/parse-policy.ts';
import { constraintsFromSpec } from './constraints.ts';
import { requestAroundPolicy } from './request-around-policy.ts';

const spec = loadSpec();
const c = constraintsFromSpec(spec);
const rule = (id: string) => spec.rules.find((r) => r.id === id)!;
const worldWith = (statement: object) => ({
  ...buildWorld(spec, 't'),
  callerPolicy: parsePolicy(
    spec.access,
    { Statement: [statement] },
    { partition: 'aws', region: 'us-east-1', account: '123456789012' },
  ),
});

describe('requestAroundPolicy', () => {
  it('has no cases, and says why, without a policy or for a key the policy does not constrain', () => {
    expect(() => requestAroundPolicy(rule('access.taskList.name'), c, buildWorld(spec, 't'))).toThrow(
      /no --policy given/,
    );
    const w = worldWith({
      Effect: 'Allow',
      Action: 'swf:*',
      Resource: '*',
      Condition: { StringEquals: { 'swf:tagList.member.0': 'a' } },
    });
    expect(() => requestAroundPolicy(rule('access.taskList.name'), c, w)).toThrow(
      'the policy puts no condition on swf:taskList.name',
    );
    expect(() => requestAroundPolicy(rule('access.resource'), c, w)).toThrow(
      'every Allow statement of the policy covers every domain',
    );
  });

  it('gives up with a reason, instead of searching forever, when no start sits on the boundary alone', () => {
    // No Allow covers any fixture domain: every start is refused for its resource, never for the tag alone.
    const w = worldWith({
      Effect: 'Allow',
      Action: 'swf:*',
      Resource: 'arn:aws:swf:*:*:/domain/elsewhere',
      Condition: { StringEquals: { 'swf:tagList.member.0': 'a' } },
    });
    expect(() => requestAroundPolicy(rule('access.tagList.member.0'), c, w)).toThrow(RuleNotApplicable);
    expect(() => requestAroundPolicy(rule('access.tagList.member.0'), c, w)).toThrow(
      /does an Allow statement cover their domains/,
    );
  });
});
