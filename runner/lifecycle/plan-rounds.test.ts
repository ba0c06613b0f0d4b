import { describe, expect, it } from 'vitest';
import type { Case } from '../../model/case.ts';
import type { LifecyclePlan } from '../../model/lifecycle.ts';
import { MAX_ROUND, planRounds, type LifecycleItem, type LifecycleRef } from './plan-rounds.ts';

const item = (
  index: number,
  behaviour: LifecyclePlan['behaviour'],
  taskList: string,
  extra: Partial<LifecyclePlan> = {},
  taskTimeout = '30',
  workflowId = `w${index}`,
): LifecycleItem => ({
  rule: behaviour,
  index,
  kase: {
    rule: behaviour,
    before: [],
    request: { domain: 'd', workflowId },
    lifecycle: { behaviour, ...extra },
  } as Case,
  expectation: {
    config: { workflowType: { name: 't', version: '1' }, tagList: [], taskList, taskStartToCloseTimeout: taskTimeout },
    timerSeconds: 0,
    watchToEnd: false,
  },
});
const shape = (rounds: LifecycleRef[][]) => rounds.map((r) => r.map((i) => i.index));

describe('planRounds', () => {
  it('holds at most MAX_ROUND cases in a round, every case once, so memory grows with --runs, not its square', () => {
    const items = Array.from({ length: MAX_ROUND * 2 + 5 }, (_, i) => item(i, 'executionTimeout', `l${i}`));
    const rounds = planRounds(items);
    expect(rounds.map((r) => r.length)).toEqual([MAX_ROUND, MAX_ROUND, 5]);
    expect(shape(rounds).flat()).toEqual(items.map((i) => i.index));
  });

  it('keeps apart two cases naming the same workflowId', () => {
    expect(
      shape(
        planRounds([
          item(0, 'executionTimeout', 'a', {}, '30', 'same'),
          item(1, 'executionTimeout', 'b', {}, '30', 'same'),
        ]),
      ),
    ).toEqual([[0], [1]]);
  });
  it('lets cases share a list they only put tasks on, never one that another polls or counts', () => {
    expect(shape(planRounds([item(0, 'decisionTaskScheduled', 'D'), item(1, 'executionTimeout', 'D')]))).toEqual([
      [0, 1],
    ]);
    expect(shape(planRounds([item(0, 'decisionTaskScheduled', 'D'), item(1, 'decisionTaskPolled', 'D')]))).toEqual([
      [0],
      [1],
    ]);
    expect(
      shape(
        planRounds([item(0, 'decisionTaskScheduled', 'D'), item(1, 'decisionTaskCounted', 'own', { otherList: 'D' })]),
      ),
    ).toEqual([[0], [1]]);
  });
  it('lets two cases count the same list where neither puts a task', () => {
    expect(
      shape(
        planRounds([
          item(0, 'decisionTaskCounted', 'a', { otherList: 'D' }),
          item(1, 'decisionTaskCounted', 'b', { otherList: 'D' }),
        ]),
      ),
    ).toEqual([[0, 1]]);
  });
  it('gives polls of a task that never times out rounds of their own', () => {
    expect(
      shape(
        planRounds([
          item(0, 'decisionTimeout', 'a', {}, 'NONE'),
          item(1, 'decisionTimeout', 'b'),
          item(2, 'decisionTaskPolled', 'c', {}, 'NONE'),
        ]),
      ),
    ).toEqual([[0, 2], [1]]);
  });
});
