import { describe, expect, it } from 'vitest';
import { parseCallerPolicy } from './caller-policy.ts';
import { evaluateCallerPolicy, type PolicyDecision, type PolicyRequest } from './evaluate-caller-policy.ts';

const MAIN = 'arn:aws:swf:us-east-1:123456789012:/domain/main';
const START = 'swf:StartWorkflowExecution';

/** A request for an action on a resource with the given condition keys (lower-case, as the mock builds them). */
const request = (context: Record<string, string> = {}, action = START, resource = MAIN): PolicyRequest => ({
  action,
  resource,
  context: new Map(Object.entries(context)),
});

/** The decision of a policy made of these statements. */
const judge = (statements: unknown[], req: PolicyRequest, applyDeny = true): PolicyDecision =>
  evaluateCallerPolicy(parseCallerPolicy({ Version: '2012-10-17', Statement: statements }), req, { applyDeny });

/** Whether an Allow-everything statement with this one condition allows the request. */
const holds = (
  operator: string,
  values: string | string[],
  context: Record<string, string>,
  key = 'swf:taskList.name',
) =>
  judge(
    [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { [operator]: { [key]: values } } }],
    request(context),
  ) === 'allowed';

const TASK = (name: string) => ({ 'swf:tasklist.name': name });
const ABSENT = {};

describe('evaluateCallerPolicy: conditions on a single-valued key', () => {
  it.each([
    // operator, values, context, holds
    ['StringEquals', 'a', TASK('a'), true],
    ['StringEquals', 'a', TASK('A'), false],
    ['StringEquals', 'a', TASK('ab'), false],
    ['StringEquals', 'a', ABSENT, false],
    ['StringNotEquals', 'a', TASK('a'), false],
    ['StringNotEquals', 'a', TASK('b'), true],
    ['StringNotEquals', 'a', ABSENT, true],
    ['StringLike', 'a*', TASK('abc'), true],
    ['StringLike', 'a*', TASK('a'), true],
    ['StringLike', 'a*', TASK('Abc'), false],
    ['StringLike', 'a?c', TASK('abc'), true],
    ['StringLike', 'a?c', TASK('ac'), false],
    ['StringLike', 'b', TASK('abc'), false],
    ['StringLike', 'a*', ABSENT, false],
    ['StringNotLike', 'a*', TASK('abc'), false],
    ['StringNotLike', 'a*', TASK('xbc'), true],
    ['StringNotLike', 'a*', ABSENT, true],
    // IfExists: holds whenever the key is absent, as the plain operator when present.
    ['StringEqualsIfExists', 'a', ABSENT, true],
    ['StringEqualsIfExists', 'a', TASK('b'), false],
    ['StringEqualsIfExists', 'a', TASK('a'), true],
    ['StringNotEqualsIfExists', 'a', ABSENT, true],
    ['StringNotEqualsIfExists', 'a', TASK('a'), false],
    ['StringLikeIfExists', 'a*', ABSENT, true],
    ['StringLikeIfExists', 'a*', TASK('b'), false],
    ['StringNotLikeIfExists', 'a*', ABSENT, true],
    ['StringNotLikeIfExists', 'a*', TASK('ab'), false],
    // ForAllValues: absent holds (the empty set), present as the plain operator.
    ['ForAllValues:StringEquals', 'a', ABSENT, true],
    ['ForAllValues:StringEquals', 'a', TASK('a'), true],
    ['ForAllValues:StringEquals', 'a', TASK('b'), false],
    ['ForAllValues:StringNotLike', 'a*', ABSENT, true],
    ['ForAllValues:StringNotLike', 'a*', TASK('ab'), false],
    ['ForAllValues:StringLike', 'a*', TASK('ab'), true],
    // ForAnyValue: absent does not hold, present as the plain operator.
    ['ForAnyValue:StringEquals', 'a', ABSENT, false],
    ['ForAnyValue:StringEquals', 'a', TASK('a'), true],
    ['ForAnyValue:StringNotEquals', 'a', ABSENT, false],
    ['ForAnyValue:StringNotEquals', 'a', TASK('b'), true],
    ['ForAnyValue:StringNotEquals', 'a', TASK('a'), false],
    ['ForAnyValue:StringLike', 'a*', TASK('b'), false],
    // IfExists with a qualifier: absent holds.
    ['ForAnyValue:StringEqualsIfExists', 'a', ABSENT, true],
    ['ForAllValues:StringNotEqualsIfExists', 'a', TASK('a'), false],
  ] as const)('%s %j on %j: %s', (operator, values, context, expected) => {
    expect(holds(operator, values, context)).toBe(expected);
  });

  it('ORs the listed values: positive operators need one to match, negated ones need none to', () => {
    expect(holds('StringEquals', ['x', 'a', 'y'], TASK('a'))).toBe(true);
    expect(holds('StringEquals', ['x', 'y'], TASK('a'))).toBe(false);
    expect(holds('StringLike', ['x*', 'a?'], TASK('ab'))).toBe(true);
    expect(holds('StringNotEquals', ['x', 'a'], TASK('a'))).toBe(false);
    expect(holds('StringNotEquals', ['x', 'y'], TASK('a'))).toBe(true);
    expect(holds('StringNotLike', ['x*', 'a*'], TASK('ab'))).toBe(false);
  });

  it('reads key names ignoring case, values not', () => {
    expect(holds('StringEquals', 'a', TASK('a'), 'SWF:TASKLIST.NAME')).toBe(true);
    expect(holds('StringEquals', 'A', TASK('a'), 'swf:tasklist.name')).toBe(false);
  });

  it('ANDs several keys under one operator, and several operators', () => {
    const context = { 'swf:tasklist.name': 'a', 'swf:workflowtype.name': 't', 'swf:taglist.member.0': 'x' };
    const allow = (Condition: unknown) =>
      judge([{ Effect: 'Allow', Action: '*', Resource: '*', Condition }], request(context));
    expect(allow({ StringEquals: { 'swf:taskList.name': 'a', 'swf:workflowType.name': 't' } })).toBe('allowed');
    expect(allow({ StringEquals: { 'swf:taskList.name': 'a', 'swf:workflowType.name': 'u' } })).toBe('implicit-deny');
    expect(allow({ StringEquals: { 'swf:taskList.name': 'a' }, StringLike: { 'swf:tagList.member.0': 'x*' } })).toBe(
      'allowed',
    );
    expect(allow({ StringEquals: { 'swf:taskList.name': 'a' }, StringNotLike: { 'swf:tagList.member.0': 'x*' } })).toBe(
      'implicit-deny',
    );
  });
});

describe('evaluateCallerPolicy: actions, resources and the decision', () => {
  const allow = (more: object) => ({ Effect: 'Allow', Action: '*', Resource: '*', ...more });

  it('matches actions ignoring case, with * and ?', () => {
    expect(judge([allow({ Action: 'swf:StartWorkflowExecution' })], request())).toBe('allowed');
    expect(judge([allow({ Action: 'SWF:startworkflowexecution' })], request())).toBe('allowed');
    expect(judge([allow({ Action: 'swf:*' })], request())).toBe('allowed');
    expect(judge([allow({ Action: 'swf:Start*' })], request())).toBe('allowed');
    expect(judge([allow({ Action: 'swf:Start?orkflowExecution' })], request())).toBe('allowed');
    expect(judge([allow({ Action: 'swf:Start' })], request())).toBe('implicit-deny');
    expect(judge([allow({ Action: 'swf:Describe*' })], request())).toBe('implicit-deny');
    expect(judge([allow({ Action: ['swf:Describe*', 'swf:Start*'] })], request())).toBe('allowed');
    expect(judge([allow({ Action: 'sqs:*' })], request())).toBe('implicit-deny');
  });

  it('covers with NotAction what matches none of its patterns', () => {
    const { Action: _a, ...noAction } = allow({});
    expect(judge([{ ...noAction, NotAction: 'swf:Describe*' }], request())).toBe('allowed');
    expect(judge([{ ...noAction, NotAction: ['swf:Describe*', 'swf:start*'] }], request())).toBe('implicit-deny');
  });

  it('matches resources case-sensitively, with * and ?, and NotResource', () => {
    expect(judge([allow({ Resource: MAIN })], request())).toBe('allowed');
    expect(judge([allow({ Resource: 'arn:aws:swf:*:123456789012:/domain/*' })], request())).toBe('allowed');
    expect(judge([allow({ Resource: 'arn:aws:swf:us-east-1:123456789012:/domain/ma?n' })], request())).toBe('allowed');
    expect(judge([allow({ Resource: 'arn:aws:swf:us-east-1:123456789012:/domain/Main' })], request())).toBe(
      'implicit-deny',
    );
    expect(judge([allow({ Resource: 'arn:aws:swf:eu-west-1:123456789012:/domain/main' })], request())).toBe(
      'implicit-deny',
    );
    const { Resource: _r, ...noResource } = allow({});
    expect(judge([{ ...noResource, NotResource: 'arn:aws:swf:*:*:/domain/other' }], request())).toBe('allowed');
    expect(judge([{ ...noResource, NotResource: ['x', MAIN] }], request())).toBe('implicit-deny');
  });

  it('denies implicitly when no Allow applies, and an applying Deny wins over any Allow', () => {
    expect(judge([{ Effect: 'Deny', Action: 'swf:Describe*', Resource: '*' }], request())).toBe('implicit-deny');
    expect(judge([allow({}), { Effect: 'Deny', Action: 'swf:Start*', Resource: '*' }], request())).toBe(
      'explicit-deny',
    );
    expect(judge([{ Effect: 'Deny', Action: '*', Resource: '*' }, allow({})], request())).toBe('explicit-deny');
    expect(judge([allow({}), { Effect: 'Deny', Action: 'swf:Describe*', Resource: '*' }], request())).toBe('allowed');
    // A Deny whose condition does not hold does not apply.
    const deny = {
      Effect: 'Deny',
      Action: '*',
      Resource: '*',
      Condition: { StringEquals: { 'swf:taskList.name': 'bad' } },
    };
    expect(judge([allow({}), deny], request(TASK('good')))).toBe('allowed');
    expect(judge([allow({}), deny], request(TASK('bad')))).toBe('explicit-deny');
    expect(judge([allow({}), deny], request(ABSENT))).toBe('allowed');
  });

  it('ignores Deny statements when told to (the policy-ignores-deny quirk), and still denies implicitly', () => {
    expect(judge([allow({}), { Effect: 'Deny', Action: '*', Resource: '*' }], request(), false)).toBe('allowed');
    expect(judge([{ Effect: 'Deny', Action: '*', Resource: '*' }], request(), false)).toBe('implicit-deny');
  });
});
