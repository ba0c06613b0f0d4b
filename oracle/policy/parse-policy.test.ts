import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../spec/load-spec.ts';
import { parsePolicy, PolicyError } from './parse-policy.ts';

const spec = loadSpec();
const ARN = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const allow = (extra: object) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'swf:StartWorkflowExecution', Resource: '*', ...extra }],
});
const parse = (doc: unknown) => parsePolicy(spec.access, doc, ARN);

describe('parsePolicy', () => {
  it('normalizes statements: lists everywhere, Not forms flagged, operators split, keys spelled as the spec spells them', () => {
    const p = parse({
      Statement: {
        Effect: 'Deny',
        NotAction: 'swf:Describe*',
        NotResource: ['arn:aws:swf:*:*:/domain/a'],
        Condition: { 'ForAnyValue:StringNotLikeIfExists': { 'SWF:TASKLIST.NAME': 'x*' } },
      },
    });
    expect(p.statements[0]).toEqual({
      effect: 'Deny',
      actions: { patterns: ['swf:Describe*'], not: true },
      resources: { patterns: ['arn:aws:swf:*:*:/domain/a'], not: true },
      conditions: [
        {
          key: 'swf:taskList.name',
          values: ['x*'],
          operator: {
            base: 'StringNotLike',
            negated: true,
            wildcards: true,
            ifExists: true,
            set: 'ForAnyValue',
            text: 'ForAnyValue:StringNotLikeIfExists',
          },
        },
      ],
    });
    expect(p).toMatchObject({ action: 'swf:StartWorkflowExecution', ...ARN });
  });

  it.each([
    ['not an object', [], /a policy document is a JSON object/],
    ['no Statement', { Version: '2012-10-17' }, /no Statement/],
    ['an empty Statement', { Statement: [] }, /Statement is empty/],
    ['an unknown top element', { Statement: [], Foo: 1 }, /unknown element 'Foo'/],
    ['a bad Version', { Version: '2020-01-01', Statement: [] }, /Version must be/],
    [
      'a bad Effect',
      { Statement: [{ Effect: 'Maybe', Action: '*', Resource: '*' }] },
      /Statement\[0\]\.Effect must be/,
    ],
    ['a Principal', allow({ Principal: '*' }), /unknown element 'Principal'/],
    ['both Action and NotAction', allow({ NotAction: 'x' }), /exactly one of Action and NotAction/],
    ['no Resource', { Statement: [{ Effect: 'Allow', Action: '*' }] }, /exactly one of Resource and NotResource/],
    ['a number as Action', { Statement: [{ Effect: 'Allow', Action: 3, Resource: '*' }] }, /Action must be a string/],
    [
      'an unknown operator',
      allow({ Condition: { StringEqualsIgnoreCase: { 'swf:taskList.name': 'a' } } }),
      /unknown condition operator 'StringEqualsIgnoreCase'/,
    ],
    [
      'a numeric operator',
      allow({ Condition: { NumericLessThan: { 'swf:taskList.name': '1' } } }),
      /unknown condition operator 'NumericLessThan'/,
    ],
    [
      'an unknown set prefix',
      allow({ Condition: { 'ForSomeValues:StringEquals': { 'swf:taskList.name': 'a' } } }),
      /unknown condition operator/,
    ],
    [
      'an unknown key',
      allow({ Condition: { StringEquals: { 'swf:tagList.member.5': 'a' } } }),
      /unknown condition key 'swf:tagList.member.5'/,
    ],
    [
      'a global key',
      allow({ Condition: { StringEquals: { 'aws:SourceIp': '1.2.3.4' } } }),
      /unknown condition key 'aws:SourceIp'/,
    ],
    [
      'a key with no value',
      allow({ Condition: { StringEquals: { 'swf:taskList.name': [] } } }),
      /must be a string or a non-empty list/,
    ],
    [
      'a boolean value',
      allow({ Condition: { StringEquals: { 'swf:taskList.name': true } } }),
      /must be a string or a non-empty list/,
    ],
    ['an operator with no keys', allow({ Condition: { StringEquals: {} } }), /must be an object of condition keys/],
  ])('refuses %s with a one-line PolicyError, never a silent allow', (_what, doc, message) => {
    expect(() => parse(doc)).toThrow(PolicyError);
    expect(() => parse(doc)).toThrow(message);
    try {
      parse(doc);
    } catch (e) {
      expect((e as Error).message).not.toContain('\n');
    }
  });
});
