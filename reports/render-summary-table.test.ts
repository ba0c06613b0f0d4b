import { describe, expect, it } from 'vitest';
import type { Report } from './report.ts';
import { renderSummaryTable } from './render-summary-table.ts';

const tally = (id: string, family: string, cases: number, divergences: number) =>
  ({ id, family, cases, divergences }) as Report['rules'][number];

describe('summary table', () => {
  it('sums rules, cases and divergences per family, in aligned columns, then the totals', () => {
    const report = {
      rules: [tally('a', 'lengths', 5, 0), tally('b', 'lengths', 7, 2), tally('c', 'wire', 3, 0)],
      summary: { cases: 15 },
    } as Report;
    expect(renderSummaryTable(report)).toEqual([
      'family   rules  cases  rules diverging  divergences',
      '-------  -----  -----  ---------------  -----------',
      'lengths      2     12                1            2',
      'wire         1      3                0            0',
      '-------  -----  -----  ---------------  -----------',
      'total        3     15                1            2',
    ]);
  });

  it("never shows a family with more cases than the run made: rules exercised by other families' cases count once", () => {
    // Each of the 10 starts exercises both effect rules: summed, the family would claim 18 cases of a 10-case run.
    const report = {
      rules: [tally('a', 'lengths', 10, 0), tally('e1', 'effects', 9, 1), tally('e2', 'effects', 9, 0)],
      summary: { cases: 10 },
    } as Report;
    const table = renderSummaryTable(report, (id) => !id.startsWith('e'));
    expect(table).toContain('effects      2    (9)                1            1');
    expect(table).toContain('total        3     10                1            1');
    expect(table.at(-1)).toMatch(/^\(n\): rules with no cases of their own/);
  });
});
