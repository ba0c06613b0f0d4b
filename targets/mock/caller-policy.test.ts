import { describe, expect, it } from 'vitest';
import { parseCallerPolicy } from './caller-policy.ts';

const ALLOW_ALL = { Effect: 'Allow', Action: '*', Resource: '*' };

/** The message parseCallerPolicy throws for a document. */
function refusal(document: unknown): string {
  try {
    parseCallerPolicy(document);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the policy to be refused');
}

describe('parseCallerPolicy', () => {
  it('reads a single statement or a list, strings or lists, and a condition block with keys in lower case', () => {
    const policy = parseCallerPolicy({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'a', ...ALLOW_ALL },
        {
          Effect: 'Deny',
          NotAction: ['swf:Describe*', 'swf:List*'],
          NotResource: 'arn:aws:swf:*:*:/domain/main',
          Condition: { 'ForAnyValue:StringNotLikeIfExists': { 'SWF:TaskList.Name': ['a*', 'b'] } },
        },
      ],
    });
    expect(policy.statements).toEqual([
      {
        effect: 'Allow',
        action: { patterns: ['*'], not: false },
        resource: { patterns: ['*'], not: false },
        conditions: [],
      },
      {
        effect: 'Deny',
        action: { patterns: ['swf:Describe*', 'swf:List*'], not: true },
        resource: { patterns: ['arn:aws:swf:*:*:/domain/main'], not: true },
        conditions: [
          {
            operator: 'ForAnyValue:StringNotLikeIfExists',
            match: 'like',
            negated: true,
            ifExists: true,
            qualifier: 'ForAnyValue',
            key: 'swf:tasklist.name',
            values: ['a*', 'b'],
          },
        ],
      },
    ]);
    expect(parseCallerPolicy({ Statement: ALLOW_ALL }).statements).toHaveLength(1);
  });

  it('knows every operator form and every condition key', () => {
    const operators = ['StringEquals', 'StringNotEquals', 'StringLike', 'StringNotLike']
      .flatMap((o) => [o, `${o}IfExists`])
      .flatMap((o) => [o, `ForAllValues:${o}`, `ForAnyValue:${o}`]);
    const keys = [
      'swf:tagList.member.0',
      'swf:tagList.member.4',
      'swf:taskList.name',
      'swf:workflowType.name',
      'swf:workflowType.version',
    ];
    const Condition = Object.fromEntries(operators.map((o) => [o, Object.fromEntries(keys.map((k) => [k, 'v']))]));
    expect(parseCallerPolicy({ Statement: { ...ALLOW_ALL, Condition } }).statements[0].conditions).toHaveLength(
      operators.length * keys.length,
    );
  });

  it.each([
    ['not an object', null, 'the document must be a JSON object, got null'],
    ['an array', [ALLOW_ALL], 'the document must be a JSON object'],
    ['no Statement', { Version: '2012-10-17' }, 'the document has no Statement'],
    ['an empty Statement list', { Statement: [] }, 'Statement must not be empty'],
    ['an unknown document member', { Statement: ALLOW_ALL, Extra: 1 }, "the document has unknown member 'Extra'"],
    ['a Version that is no string', { Version: 2012, Statement: ALLOW_ALL }, 'Version must be a string, got 2012'],
    ['a statement that is no object', { Statement: ['x'] }, 'Statement[0] must be an object, got "x"'],
    [
      'an unknown Effect',
      { Statement: { ...ALLOW_ALL, Effect: 'allow' } },
      'Statement.Effect must be "Allow" or "Deny", got "allow"',
    ],
    [
      'no Effect',
      { Statement: { Action: '*', Resource: '*' } },
      'Statement.Effect must be "Allow" or "Deny", got undefined',
    ],
    [
      'both Action and NotAction',
      { Statement: [ALLOW_ALL, { ...ALLOW_ALL, NotAction: 'x' }] },
      'Statement[1] must have exactly one of Action and NotAction',
    ],
    [
      'no Resource',
      { Statement: { Effect: 'Allow', Action: '*' } },
      'Statement must have exactly one of Resource and NotResource',
    ],
    [
      'an Action of numbers',
      { Statement: { ...ALLOW_ALL, Action: [1] } },
      'Statement.Action must be a string or a non-empty array of strings, got [1]',
    ],
    [
      'an empty Resource list',
      { Statement: { ...ALLOW_ALL, Resource: [] } },
      'Statement.Resource must be a string or a non-empty array of strings',
    ],
    ['a Principal', { Statement: { ...ALLOW_ALL, Principal: '*' } }, "Statement has unknown member 'Principal'"],
    [
      'a Condition that is no object',
      { Statement: { ...ALLOW_ALL, Condition: 'x' } },
      'Statement.Condition must be an object of operators',
    ],
    [
      'an unknown operator',
      { Statement: { ...ALLOW_ALL, Condition: { StringEqualsIgnoreCase: { 'swf:taskList.name': 'a' } } } },
      "Statement.Condition: unknown condition operator 'StringEqualsIgnoreCase'",
    ],
    [
      'an unknown qualifier',
      { Statement: { ...ALLOW_ALL, Condition: { 'ForSomeValues:StringLike': { 'swf:taskList.name': 'a' } } } },
      "Statement.Condition: unknown condition operator 'ForSomeValues:StringLike'",
    ],
    [
      'an operator in the wrong case',
      { Statement: { ...ALLOW_ALL, Condition: { stringequals: { 'swf:taskList.name': 'a' } } } },
      "Statement.Condition: unknown condition operator 'stringequals' (known: StringEquals, StringNotEquals, StringLike, StringNotLike",
    ],
    [
      'an unknown key',
      { Statement: { ...ALLOW_ALL, Condition: { StringEquals: { 'swf:tagList.member.5': 'a' } } } },
      "Statement.Condition.StringEquals: unknown condition key 'swf:tagList.member.5' (known: swf:tagList.member.0,",
    ],
    [
      'a global key',
      { Statement: { ...ALLOW_ALL, Condition: { StringEquals: { 'aws:username': 'a' } } } },
      "Statement.Condition.StringEquals: unknown condition key 'aws:username'",
    ],
    [
      'an operator with no keys',
      { Statement: { ...ALLOW_ALL, Condition: { StringLike: {} } } },
      'Statement.Condition.StringLike must be a non-empty object of condition keys',
    ],
    [
      'a condition value that is no string',
      { Statement: { ...ALLOW_ALL, Condition: { StringLike: { 'swf:taskList.name': [true] } } } },
      'Statement.Condition.StringLike.swf:taskList.name must be a string or a non-empty array of strings, got [true]',
    ],
  ])('refuses %s with a one-line message', (_what, document, message) => {
    const text = refusal(document);
    expect(text).toContain(`mock SWF caller policy: ${message}`);
    expect(text).not.toContain('\n');
  });
});
