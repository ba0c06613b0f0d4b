import type { Case } from '../../model/case.ts';
import type { LifecycleExpectation } from '../../oracle/lifecycle/judge-lifecycle.ts';

/** Where a lifecycle case stands among its rule's cases: what a round keeps of it until its turn comes. */
export interface LifecycleRef {
  rule: string;
  index: number;
}

/** A lifecycle case with its place among its rule's cases. */
export interface LifecycleItem extends LifecycleRef {
  kase: Case;
  expectation: LifecycleExpectation;
}

// Behaviours that poll or count their own task list: another case putting a task there would change the answer.
const OBSERVES_OWN_LIST = new Set([
  'decisionTaskCounted',
  'decisionTaskPolled',
  'priorityOrder',
  'decisionTimeout',
  'childPolicy',
  'childPolicyOverride',
  'lambdaRole',
]);

/** The workflowIds a case starts, and the task lists it puts tasks on and polls or counts, by domain. */
function touches(item: LifecycleItem): { ids: string[]; puts: string[]; observes: string[] } {
  const { kase, expectation } = item;
  const at = (what: string) => JSON.stringify([String(kase.request.domain), what]);
  const plan = kase.lifecycle!;
  const own = expectation.config.taskList ?? '';
  return {
    ids: [
      String(kase.request.workflowId),
      ...(plan.siblings ?? []).map((s) => s.workflowId),
      ...(plan.child ? [plan.child.workflowId] : []),
    ].map(at),
    puts: [own, ...(plan.child ? [plan.child.taskList] : [])].map(at),
    observes: [
      ...(OBSERVES_OWN_LIST.has(plan.behaviour) ? [own] : []),
      ...(plan.otherList ? [plan.otherList] : []),
    ].map(at),
  };
}

// Cases a round holds at most: each keeps its answers (histories with 32 KB inputs, listings of every execution of
// the round's type) until the round ends, so an unbounded round makes memory grow with the square of --runs. 128
// keeps the default run (108 lifecycle cases) in one round, where each round costs its longest time-out in waiting.
export const MAX_ROUND = 128;

/** True when a case polls a decision task that never times out (NONE): a target that mishandles such a timer breaks. */
const pollsUnbounded = (item: LifecycleItem) =>
  ['decisionTaskPolled', 'decisionTimeout'].includes(item.kase.lifecycle!.behaviour) &&
  item.expectation.config.taskStartToCloseTimeout === 'NONE';

/**
 * Groups lifecycle cases into rounds that run side by side: no two cases in a round name the same execution or task
 * list, so that every count and poll is the oracle's to predict. Cases polling a task with no time-out get rounds of
 * their own, so that a target whose unbounded timer breaks it (moto 5.2.1) costs a rerun of those alone. The rounds
 * name the cases by their place; the items may come one at a time.
 */
export function planRounds(items: Iterable<LifecycleItem>): LifecycleRef[][] {
  const rounds: Array<{
    unbounded: boolean;
    ids: Set<string>;
    puts: Set<string>;
    observes: Set<string>;
    items: LifecycleRef[];
  }> = [];
  for (const item of items) {
    const t = touches(item);
    const unbounded = pollsUnbounded(item);
    // Two cases may share a list both only put tasks on, or both only count (a list neither puts on): never one
    // putting where the other polls or counts.
    const fits = (r: (typeof rounds)[number]) =>
      r.unbounded === unbounded &&
      r.items.length < MAX_ROUND &&
      !t.ids.some((k) => r.ids.has(k)) &&
      !t.puts.some((k) => r.observes.has(k)) &&
      !t.observes.some((k) => r.puts.has(k));
    let round = rounds.find(fits);
    if (!round) rounds.push((round = { unbounded, ids: new Set(), puts: new Set(), observes: new Set(), items: [] }));
    t.ids.forEach((k) => round!.ids.add(k));
    t.puts.forEach((k) => round!.puts.add(k));
    t.observes.forEach((k) => round!.observes.add(k));
    // Only the case's place is kept: it is drawn again when its round runs, so a large --runs holds no cases.
    round.items.push({ rule: item.rule, index: item.index });
  }
  return rounds.map((r) => r.items);
}
