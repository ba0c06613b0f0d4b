import { describe, expect, it } from 'vitest';
import { createSwfState, forgetOldClosed, PRUNE_EVERY, RETAINED_CLOSED, type ExecutionRecord } from './swf-state.ts';

const execution = (n: number, status: 'OPEN' | 'CLOSED') => ({ workflowId: `w-${n}`, status }) as ExecutionRecord;

describe('forgetOldClosed', () => {
  it('keeps every open execution and the most recent closed ones, however many close', () => {
    const state = createSwfState();
    state.executions.push(execution(0, 'OPEN'));
    for (let n = 1; n <= 3 * RETAINED_CLOSED; n++) {
      state.executions.push(execution(n, 'CLOSED'));
      forgetOldClosed(state);
    }
    state.executions.push(execution(-1, 'OPEN'));
    const closed = state.executions.filter((e) => e.status === 'CLOSED');
    expect(closed.length).toBeLessThanOrEqual(RETAINED_CLOSED + PRUNE_EVERY);
    expect(closed.length).toBeGreaterThanOrEqual(RETAINED_CLOSED);
    // The latest closed are all there, in order; the open ones too.
    expect(closed.at(-1)!.workflowId).toBe(`w-${3 * RETAINED_CLOSED}`);
    expect(closed.map((e) => Number(e.workflowId.slice(2)))).toEqual(
      closed.map((_, i) => 3 * RETAINED_CLOSED - closed.length + 1 + i),
    );
    expect(state.executions.filter((e) => e.status === 'OPEN').map((e) => e.workflowId)).toEqual(['w-0', 'w--1']);
  });
});
