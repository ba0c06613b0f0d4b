import type { Rule, Spec } from '../spec/spec-types';
import type { Case } from '../model/case';
import type { World } from '../model/world';
import { simulateCase } from './simulate-case';

/**
 * The rules a case's request breaks once its preparation has run on a conforming target (empty when it is valid);
 * a preparation step that itself breaks a rule is named as such, since the case would then test something else.
 */
export function rulesBrokenByCase(spec: Spec, world: World, c: Case): string[] {
  const { steps, final } = simulateCase(spec, world, c);
  for (const step of steps) {
    if (step !== 'terminate' && step.outcome === 'reject') return [`(preparation breaks ${step.rules.join(', ')})`];
  }
  return final.outcome === 'reject' ? final.rules : [];
}

/** The rules a case of this rule must break: the rule itself, or none for an allowance. */
export function intendedBreaks(rule: Rule): string[] {
  return 'succeed' in rule.expect ? [] : [rule.id];
}
