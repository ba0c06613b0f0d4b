import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../spec/load-spec.ts';
import { buildWorld } from '../../model/build-world.ts';
import { explainPolicyAnswer } from './explain-policy-answer.ts';
import { parsePolicy } from './parse-policy.ts';

const spec = loadSpec();
const world = {
  ...buildWorld(spec, 't'),
  callerPolicy: parsePolicy(
    spec.access,
    {
      Statement: [
        {
          Effect: 'Allow',
          Action: 'swf:StartWorkflowExecution',
          Resource: 'arn:aws:swf:*:*:/domain/t-main',
          Condition: {
            StringEqualsIfExists: { 'swf:tagList.member.0': 'team' },
            StringLike: { 'swf:workflowType.name': 'full' },
          },
        },
        { Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringEquals: { 'swf:tagList.member.1': 'no' } } },
      ],
    },
    { partition: 'aws', region: 'us-east-1', account: '123456789012' },
  ),
};
const request = (extra: object) => ({
  domain: 't-main',
  workflowId: 'w',
  workflowType: { name: 'full', version: '1' },
  taskList: { name: 'x' },
  ...extra,
});

describe('explainPolicyAnswer', () => {
  it('names the one key whose absence from the context gives an allow the policy refuses', () => {
    expect(explainPolicyAnswer(spec, world, request({ tagList: ['other'] }), true)).toEqual({
      rules: ['access.tagList.member.0'],
      because: 'the target allowed it as if swf:tagList.member.0 were not in the request context',
    });
  });

  it('names both a key and the Deny statements when either neglect explains it', () => {
    expect(explainPolicyAnswer(spec, world, request({ tagList: ['team', 'no'] }), true)?.rules).toEqual([
      'access.tagList.member.1',
      'access.evaluation',
    ]);
  });

  it('names the resource when the target allowed a domain no Allow covers', () => {
    expect(explainPolicyAnswer(spec, world, request({ domain: 't-other' }), true)?.rules).toEqual(['access.resource']);
  });

  it('names the key whose absence refuses a start the policy allows (a positive condition fails on a missing key)', () => {
    expect(explainPolicyAnswer(spec, world, request({}), false)?.rules).toEqual(['access.workflowType.name']);
  });

  it('explains nothing when the policy itself gives the answer, or when there is no policy', () => {
    expect(explainPolicyAnswer(spec, world, request({ tagList: ['team'] }), true)).toBeUndefined();
    expect(
      explainPolicyAnswer(spec, { ...world, callerPolicy: undefined }, request({ tagList: ['other'] }), true),
    ).toBeUndefined();
  });
});
