import fc from 'fast-check';
import type { Rule } from '../spec/spec-types.ts';
import type { Case } from '../model/case.ts';
import { MissingFixtureError, type World } from '../model/world.ts';
import { readMember } from '../model/request.ts';
import type { Constraints } from './constraints.ts';
import { withMember } from './with-member.ts';

// Members no state rule looks at, so breaking one leaves the other rule's case intact.
const FREE_MEMBERS = new Set(['workflowId', 'input', 'tagList', 'taskPriority', 'lambdaRole']);
const STATE_KINDS = new Set([
  'unknownDomain',
  'deprecatedDomain',
  'unknownType',
  'deprecatedType',
  'defaultUndefined',
  'duplicateOpen',
]);

/** The member a rule's cases break, lists as a whole ('tagList[]' breaks tagList). */
const memberOf = (rule: Rule) => rule.check.member?.replace(/\[\]$/, '');
const isFreeMemberRule = (rule: Rule) =>
  !!memberOf(rule) && FREE_MEMBERS.has(memberOf(rule)!) && rule.check.kind !== 'effect';

/** The (first, second) rule pairs of a combination rule: a member rule or a state rule first, a member rule on another member second. */
export function rulePairs(rule: Rule, rules: Rule[]): Array<[Rule, Rule]> {
  const members = rules.filter(isFreeMemberRule);
  const firsts =
    rule.check.scenario === 'memberAndState' ? rules.filter((r) => STATE_KINDS.has(r.check.kind)) : members;
  // duplicateOpen needs the workflowId of the earlier start, so the second rule may not touch it.
  const touches = (first: Rule) => (first.check.kind === 'duplicateOpen' ? 'workflowId' : memberOf(first));
  return firsts.flatMap((first) =>
    members.filter((second) => memberOf(second) !== touches(first)).map((second): [Rule, Rule] => [first, second]),
  );
}

/**
 * Yields requests that break two rules at once: a case of the first rule, with the member the second rule is about
 * taken from a case of the second. Which of the two errors a target gives is what validation order means.
 */
export function requestBreakingTwoRules(
  rule: Rule,
  rules: Rule[],
  casesOf: (r: Rule) => fc.Arbitrary<Case>,
): fc.Arbitrary<Case> {
  // Built up front, so that a rule the target's fixtures cannot serve (a deprecated domain on aws) drops out of the pairs.
  const candidates = rulePairs(rule, rules);
  const arbitraries = new Map<string, fc.Arbitrary<Case>>();
  for (const r of new Set(candidates.flat())) {
    try {
      arbitraries.set(r.id, casesOf(r));
    } catch (e) {
      if (!(e instanceof MissingFixtureError)) throw e;
    }
  }
  const pairs = candidates.filter(([a, b]) => arbitraries.has(a.id) && arbitraries.has(b.id));
  if (!pairs.length) throw new MissingFixtureError(`no pair of rules for ${rule.id}`);
  return fc.constantFrom(...pairs).chain(([first, second]) =>
    fc.tuple(arbitraries.get(first.id)!, arbitraries.get(second.id)!).map(([a, b]): Case => {
      const member = memberOf(second)!;
      return {
        rule: rule.id,
        before: a.before,
        request: withMember(a.request, member, readMember(b.request, member)),
        facets: { first: first.id, second: second.id },
      };
    }),
  );
}

/** The generator of a combination rule, given how to build any other rule's cases. */
export const combinationGenerator =
  (casesFor: (r: Rule, c: Constraints, world: World) => fc.Arbitrary<Case>) =>
  (rule: Rule, c: Constraints, world: World) =>
    requestBreakingTwoRules(rule, c.spec.rules, (r) => casesFor(r, c, world));
