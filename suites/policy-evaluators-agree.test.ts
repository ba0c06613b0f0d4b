// The oracle's policy evaluation and the mock's are written apart on purpose; on random policies and requests they
// must agree, or one of them has IAM wrong (and the access suites would blame a conforming target or miss a bug).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import { parsePolicy } from '../oracle/policy/parse-policy.ts';
import { evaluatePolicy } from '../model/policy/evaluate-policy.ts';
import { parseCallerPolicy } from '../targets/mock/caller-policy.ts';
import { evaluateCallerPolicy } from '../targets/mock/evaluate-caller-policy.ts';

const spec = loadSpec();
const KEYS = spec.access.conditionKeys.map((k) => k.key);
const DOMAINS = ['main', 'other'];
const word = fc.constantFrom('a', 'ab', 'b', 'team-a', 'x');
const pattern = fc.constantFrom('a', 'a*', '*b', '?', 'team-*', '*', 'x?');
const operator = fc
  .tuple(
    fc.constantFrom('', 'ForAllValues:', 'ForAnyValue:'),
    fc.constantFrom('StringEquals', 'StringNotEquals', 'StringLike', 'StringNotLike'),
    fc.constantFrom('', 'IfExists'),
  )
  .map(([set, base, ifExists]) => `${set}${base}${ifExists}`);
const condition = fc.dictionary(
  operator,
  fc.dictionary(fc.constantFrom(...KEYS), fc.array(fc.oneof(word, pattern), { minLength: 1, maxLength: 3 }), {
    minKeys: 1,
    maxKeys: 2,
  }),
  { maxKeys: 2 },
);
const statement = fc.record({
  Effect: fc.constantFrom('Allow', 'Allow', 'Deny'),
  Action: fc.constantFrom('swf:StartWorkflowExecution', 'swf:*', 'swf:Start*', 'swf:DescribeDomain', '*'),
  Resource: fc.constantFrom(
    '*',
    'arn:aws:swf:*:*:/domain/main',
    'arn:aws:swf:us-east-1:123456789012:/domain/*',
    'arn:aws:swf:*:*:/domain/o*',
  ),
  Condition: condition,
});
const policy = fc.record({
  Version: fc.constant('2012-10-17'),
  Statement: fc.array(statement, { minLength: 1, maxLength: 3 }),
});
const context = fc.record(
  Object.fromEntries(KEYS.map((k) => [k, fc.option(word, { nil: undefined })])) as Record<
    string,
    fc.Arbitrary<string | undefined>
  >,
);

describe("the oracle's and the mock's policy evaluation", () => {
  it('agree on every random policy and request', () => {
    fc.assert(
      fc.property(policy, context, fc.constantFrom(...DOMAINS), (doc, values, domain) => {
        const oracle = evaluatePolicy(
          parsePolicy(spec.access, doc, { partition: 'aws', region: 'us-east-1', account: '123456789012' }),
          domain,
          values,
        );
        const present = new Map(
          Object.entries(values)
            .filter((e): e is [string, string] => e[1] !== undefined)
            .map(([k, v]) => [k.toLowerCase(), v]),
        );
        const mock = evaluateCallerPolicy(parseCallerPolicy(doc), {
          action: 'swf:StartWorkflowExecution',
          resource: `arn:aws:swf:us-east-1:123456789012:/domain/${domain}`,
          context: present,
        });
        expect(mock === 'allowed').toBe(oracle.allowed);
      }),
      { numRuns: 2000, seed: 20261125 },
    );
  });
});
