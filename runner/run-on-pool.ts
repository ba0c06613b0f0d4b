import type { Rule } from '../spec/spec-types.ts';
import type { Target } from '../targets/target.ts';
import { caseCount, countInShard } from './case-count.ts';
import { finishRun, openRun, runConformance, type OpenedRun, type RunOptions } from './run-conformance.ts';
import { addTally, mergeRunResults } from './merge-run-results.ts';
import type { RuleTally, RunResult, Shard } from './run-result.ts';
import type { RunHooks } from './run-hooks.ts';

/**
 * The part of a run's cases pool member `member` (0-based) of `size` takes: within the run's own shard (all cases
 * when it has none), every size-th case. Shard i/m split n ways is shard i + m*j of m*n for member j.
 */
export function memberShard(shard: Shard | undefined, member: number, size: number): Shard {
  const { index, count } = shard ?? { index: 1, count: 1 };
  return { index: index + count * member, count: count * size };
}

/** A rule's tallies summed over the members that ran it. */
function sumTallies(tallies: RuleTally[]): RuleTally {
  const sum: RuleTally = { ...structuredClone(tallies[0]), cases: 0, divergences: 0, coverage: {} };
  for (const t of tallies) addTally(sum, t);
  return sum;
}

/**
 * The members' hooks: a rule starts when the first member starts it (with every member's cases of it) and ends when
 * the last one is done with it, its tally summed; case results come as members finish them, each member's in order.
 */
function poolHooks(hooks: RunHooks, runs: number, shards: Shard[]): RunHooks {
  const ended = new Map<string, RuleTally[]>();
  const planned = (rule: Rule) => shards.reduce((n, shard) => n + countInShard(caseCount(rule, runs), shard), 0);
  return {
    onRuleStart({ rule }) {
      if (ended.has(rule.id)) return;
      ended.set(rule.id, []);
      hooks.onRuleStart?.({ rule, cases: planned(rule) });
    },
    onRuleEnd({ rule, tally }) {
      const tallies = ended.get(rule.id)!;
      tallies.push(tally);
      if (tallies.length === shards.length) hooks.onRuleEnd?.({ rule, tally: sumTallies(tallies) });
    },
    onCaseResult: (result) => hooks.onCaseResult?.(result),
  };
}

/**
 * The run spread over several targets of one kind (a pool of managed moto servers): each takes every n-th case of
 * every rule, side by side, each with its own world; their results merge into what one target's run finds. Hooks
 * are called as for one run, except that rules overlap (one member may start a rule before another ended the last).
 */
export async function runOnPool(options: RunOptions, targets: Target[]): Promise<RunResult> {
  if (targets.length === 1) return runConformance({ ...options, target: targets[0] });
  const hooks = options.hooks ?? {};
  const shards = targets.map((_, j) => memberShard(options.shard, j, targets.length));
  const members = poolHooks(hooks, options.runs, shards);
  const opened: OpenedRun[] = await Promise.all(
    targets.map((target, j) => openRun({ ...options, target, shard: shards[j], hooks: members })),
  );
  hooks.onRunStart?.({ rules: opened[0].plan.rules, cases: opened.reduce((n, r) => n + r.plan.cases, 0) });
  // Every other member runs the lifecycle family first: its cases mostly wait on timers, and so the others' CPU-bound
  // cases fill that wait instead of every member waiting at the same time at the end.
  const parts = await Promise.all(opened.map((run, j) => finishRun(run, j % 2 === 1)));
  const result = mergeRunResults(options.spec, parts, opened[0].order, options.shard);
  hooks.onRunEnd?.({ result });
  return result;
}
