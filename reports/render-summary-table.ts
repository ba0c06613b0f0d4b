import type { Report } from './report';

/** The table a run ends with: per rule family, how many rules and cases, and how many of them diverged. */
export function renderSummaryTable(report: Report): string[] {
  const rows = new Map<string, { rules: number; cases: number; diverging: number; divergences: number }>();
  for (const r of report.rules) {
    const row = rows.get(r.family) ?? { rules: 0, cases: 0, diverging: 0, divergences: 0 };
    row.rules++;
    row.cases += r.cases;
    row.diverging += r.divergences > 0 ? 1 : 0;
    row.divergences += r.divergences;
    rows.set(r.family, row);
  }
  const header = ['family', 'rules', 'cases', 'rules diverging', 'divergences'];
  const body = [...rows].map(([family, r]) => [family, String(r.rules), String(r.cases), String(r.diverging), String(r.divergences)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
}
