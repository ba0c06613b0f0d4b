import { describe, expect, it } from 'vitest';
import type { Case } from '../model/case.ts';
import { planBatches, type Scheduled } from './plan-batches.ts';

const kase = (workflowId: string, before: Case['before'] = []): Case => ({
  rule: 'r',
  before,
  request: { domain: 'd', workflowId },
});
const scheduled = (...cases: Case[]): Scheduled[] => cases.map((k, index) => ({ index, kase: k }));
const indices = (batches: Iterable<Scheduled[]>) => [...batches].map((b) => b.map((s) => s.index));

describe('planBatches', () => {
  it('keeps the order and fills batches up to the size', () => {
    expect(indices(planBatches(scheduled(kase('a'), kase('b'), kase('c'), kase('d'), kase('e')), 2))).toEqual([
      [0, 1],
      [2, 3],
      [4],
    ]);
  });

  it('runs one case a batch at size 1', () => {
    expect(indices(planBatches(scheduled(kase('a'), kase('b')), 1))).toEqual([[0], [1]]);
  });

  it('never puts two cases naming the same execution in one batch', () => {
    expect(indices(planBatches(scheduled(kase('a'), kase('b'), kase('a'), kase('c')), 4))).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('runs a case with preparation steps alone', () => {
    const prepared = kase('x', [{ op: 'start', request: { domain: 'd', workflowId: 'x' } }]);
    expect(indices(planBatches(scheduled(kase('a'), prepared, kase('b'), kase('c')), 4))).toEqual([[0], [1], [2, 3]]);
  });
});
