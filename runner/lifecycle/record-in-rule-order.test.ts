import { describe, expect, it } from 'vitest';
import type { LifecycleRef } from './plan-rounds.ts';
import { recordInRuleOrder } from './record-in-rule-order.ts';

const item = (rule: string, index: number): LifecycleRef => ({ rule, index });

describe('recordInRuleOrder', () => {
  const rules = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
  const [a0, a1, b0, c0, c1] = [item('a', 0), item('a', 1), item('b', 0), item('c', 0), item('c', 1)];

  const recorderOf = () => {
    const recorded: string[] = [];
    const recorder = recordInRuleOrder<{ id: string }, LifecycleRef, string>(
      rules,
      [a0, a1, b0, c0, c1],
      (rule, outcomes) => recorded.push(`${rule.id}: ${outcomes.map(([, o]) => o).join(' ')}`),
    );
    return { recorded, recorder };
  };

  it('hands a rule on once it and every rule before it are done, its cases in the order of their indexes', () => {
    const { recorded, recorder } = recorderOf();
    recorder.settle([
      [b0, 'B0'],
      [a1, 'A1'],
    ]);
    expect(recorded).toEqual([]);
    recorder.settle([
      [c1, 'C1'],
      [a0, 'A0'],
    ]);
    expect(recorded).toEqual(['a: A0 A1', 'b: B0']);
    recorder.settle([[c0, 'C0']]);
    // d has no cases: it follows c at once.
    expect(recorded).toEqual(['a: A0 A1', 'b: B0', 'c: C0 C1', 'd: ']);
    recorder.finish();
    expect(recorded).toHaveLength(4);
  });

  it('hands on the rest, as far as they ran, when the family is over early', () => {
    const { recorded, recorder } = recorderOf();
    recorder.settle([
      [a0, 'A0'],
      [c0, 'C0'],
    ]);
    expect(recorded).toEqual([]);
    recorder.finish();
    expect(recorded).toEqual(['a: A0', 'b: ', 'c: C0', 'd: ']);
  });
});
