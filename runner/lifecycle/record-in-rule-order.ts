import type { LifecycleRef } from './plan-rounds.ts';

/** What recordInRuleOrder is told: a round's outcomes as they come, then that the family is over. */
export interface RuleOrderRecorder<T extends LifecycleRef, O> {
  settle(outcomes: Array<[T, O]>): void;
  finish(): void;
}

/**
 * Hands lifecycle outcomes on rule by rule, in the order of the rules, as soon as every case of a rule and of the
 * rules before it has one, a rule's in the order of their indexes; `finish` hands on the rest (a run cut short
 * leaves some cases without one). Rounds mix rules: holding every outcome until the last round made memory grow with
 * --runs.
 */
export function recordInRuleOrder<R extends { id: string }, T extends LifecycleRef, O>(
  rules: R[],
  cases: LifecycleRef[],
  recordRule: (rule: R, outcomes: Array<[T, O]>) => void,
): RuleOrderRecorder<T, O> {
  const left = new Map<string, number>(rules.map((r) => [r.id, 0]));
  for (const c of cases) left.set(c.rule, (left.get(c.rule) ?? 0) + 1);
  const done = new Map<string, Array<[T, O]>>();
  let next = 0;
  const flush = (all: boolean) => {
    while (next < rules.length && (all || left.get(rules[next].id) === 0)) {
      const rule = rules[next++];
      const mine = (done.get(rule.id) ?? []).sort(([a], [b]) => a.index - b.index);
      done.delete(rule.id);
      recordRule(rule, mine);
    }
  };
  return {
    settle(outcomes) {
      for (const [c, outcome] of outcomes) {
        if (!done.has(c.rule)) done.set(c.rule, []);
        done.get(c.rule)!.push([c, outcome]);
        left.set(c.rule, left.get(c.rule)! - 1);
      }
      flush(false);
    },
    finish: () => flush(true),
  };
}
