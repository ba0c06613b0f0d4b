import type { Rule, Spec } from '../spec/spec-types.ts';
import type { Case } from '../model/case.ts';
import type { World } from '../model/world.ts';
import { simulateCase } from './simulate-case.ts';

/**
 * The rules a case's request breaks (sorted) once its preparation has run on a conforming target (empty when valid);
 * a preparation step that itself breaks a rule is named as such, since the case would then test something else.
 */
export function rulesBrokenByCase(spec: Spec, world: World, c: Case): string[] {
  const { steps, final } = simulateCase(spec, world, c);
  for (const step of steps) {
    if (step !== 'terminate' && step.outcome === 'reject') return [`(preparation breaks ${step.rules.join(', ')})`];
  }
  return final.outcome === 'success' ? [] : [...final.rules].sort();
}

/**
 * The rules a case of this rule must break (sorted): the rule itself, none for an allowance, the pair for a
 * combination, none for a policy case on the allowed side of its boundary.
 */
export function intendedBreaks(rule: Rule, kase: Case): string[] {
  if (rule.check.kind === 'combination') return [String(kase.facets?.first), String(kase.facets?.second)].sort();
  if (rule.check.kind === 'policy' && kase.facets?.side === 'inside') return [];
  return 'succeed' in rule.expect ? [] : [rule.id];
}
