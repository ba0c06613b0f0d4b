import { describe, expect, it } from 'vitest';
import type { Report } from './report';
import { renderSummaryTable } from './render-summary-table';

const tally = (id: string, family: string, cases: number, divergences: number) => ({ id, family, cases, divergences }) as Report['rules'][number];

describe('summary table', () => {
  it('sums rules, cases and divergences per family, in aligned columns', () => {
    const report = { rules: [tally('a', 'lengths', 5, 0), tally('b', 'lengths', 7, 2), tally('c', 'wire', 3, 0)] } as Report;
    expect(renderSummaryTable(report)).toEqual([
      'family   rules  cases  rules diverging  divergences',
      '-------  -----  -----  ---------------  -----------',
      'lengths      2     12                1            2',
      'wire         1      3                0            0',
    ]);
  });
});
