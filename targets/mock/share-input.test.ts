import { describe, expect, it } from 'vitest';
import { createSwfState, type ExecutionRecord } from './swf-state.ts';
import { recentWithInput } from './share-input.ts';

const holding = (...inputs: Array<string | undefined>) => {
  const state = createSwfState();
  state.executions.push(...inputs.map((input, n) => ({ workflowId: `w-${n}`, input }) as ExecutionRecord));
  return state;
};
// Built at run time, so that two equal inputs are two string objects, as two parsed requests are.
const long = (c: string, n = 2000) => [...Array(n)].map(() => c).join('');

describe('recentWithInput', () => {
  it('finds the latest execution holding an equal long input', () => {
    const state = holding(long('é'), long('a'), long('é'), undefined, long('b'));
    expect(recentWithInput(state, long('é'))?.workflowId).toBe('w-2');
  });

  it('finds none for a different input of the same length, a short input, or none', () => {
    const state = holding(long('a'), 'x', long('b', 1000));
    expect(recentWithInput(state, long('c'))).toBeUndefined();
    expect(recentWithInput(state, 'x')).toBeUndefined();
    expect(recentWithInput(state, long('b', 1000))).toBeUndefined();
    expect(recentWithInput(state, undefined)).toBeUndefined();
  });

  it('looks back over the latest 256 executions only', () => {
    const after = (n: number) => holding(long('é'), ...Array.from({ length: n }, () => 'x'));
    expect(recentWithInput(after(255), long('é'))?.workflowId).toBe('w-0');
    expect(recentWithInput(after(256), long('é'))).toBeUndefined();
  });
});
