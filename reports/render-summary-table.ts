import type { Report } from './report.ts';

/**
 * The table a run ends with: per rule family, how many rules and cases, and how many of them diverged, then the
 * run's totals. A family whose rules have no cases of their own (effects: every start exercises them) shows in
 * parentheses how many cases exercised its most exercised rule, since a case exercises many of them at once.
 */
export function renderSummaryTable(report: Report, hasOwnCases: (ruleId: string) => boolean = () => true): string[] {
  const rows = new Map<
    string,
    { rules: number; cases: number; exercisedOnly: boolean; diverging: number; divergences: number }
  >();
  for (const r of report.rules) {
    const row = rows.get(r.family) ?? {
      rules: 0,
      cases: 0,
      exercisedOnly: !hasOwnCases(r.id),
      diverging: 0,
      divergences: 0,
    };
    row.rules++;
    row.cases = row.exercisedOnly ? Math.max(row.cases, r.cases) : row.cases + r.cases;
    row.diverging += r.divergences > 0 ? 1 : 0;
    row.divergences += r.divergences;
    rows.set(r.family, row);
  }
  const header = ['family', 'rules', 'cases', 'rules diverging', 'divergences'];
  const body = [...rows].map(([family, r]) => [
    family,
    String(r.rules),
    r.exercisedOnly ? `(${r.cases})` : String(r.cases),
    String(r.diverging),
    String(r.divergences),
  ]);
  const sum = (key: 'rules' | 'diverging' | 'divergences') =>
    String([...rows.values()].reduce((n, r) => n + r[key], 0));
  const total = [
    'total',
    sum('rules'),
    String(report.summary?.cases ?? [...rows.values()].reduce((n, r) => n + (r.exercisedOnly ? 0 : r.cases), 0)),
    sum('diverging'),
    sum('divergences'),
  ];
  const widths = header.map((h, i) => Math.max(h.length, total[i].length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const note = [...rows.values()].some((r) => r.exercisedOnly)
    ? ['(n): rules with no cases of their own; n cases of the run exercised the most exercised one']
    : [];
  return [line(header), rule, ...body.map(line), rule, line(total), ...note];
}
