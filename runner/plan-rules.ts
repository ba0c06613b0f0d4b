import type fc from 'fast-check';
import type { Rule, Spec } from '../spec/spec-types.ts';
import type { Case } from '../model/case.ts';
import { MissingFixtureError, RuleNotApplicable, type World } from '../model/world.ts';
import { constraintsFromSpec } from '../generators/constraints.ts';
import { caseForRule } from '../generators/case-for-rule.ts';

export interface RulePlan {
  /** The arbitrary of each rule that can run; its cases are drawn only when the rule's turn comes. */
  arbitraries: Map<Rule, fc.Arbitrary<Case>>;
  /** The rules that cannot run here, with the reason. */
  notRun: Array<{ rule: string; reason: string }>;
}

/**
 * Decides before the first case which rules can run (access needs a policy, limits a quota, some the fixtures
 * a target cannot hold), so the progress total counts only cases the run will make.
 */
export function planRules(spec: Spec, rules: Rule[], world: World): RulePlan {
  const constraints = constraintsFromSpec(spec);
  const arbitraries = new Map<Rule, fc.Arbitrary<Case>>();
  const notRun: RulePlan['notRun'] = [];
  for (const rule of rules) {
    try {
      arbitraries.set(rule, caseForRule(rule, constraints, world));
    } catch (e) {
      if (!(e instanceof RuleNotApplicable)) throw e;
      notRun.push({
        rule: rule.id,
        reason: e instanceof MissingFixtureError ? `the target's fixtures have ${e.message}` : e.message,
      });
    }
  }
  return { arbitraries, notRun };
}
