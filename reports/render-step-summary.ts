import type { Report } from './report.ts';
import { countFindings } from '../model/fold-repeats.ts';
import { countSoftFindings } from './render-soft-findings.ts';
import { markdownCell as cell } from '../model/text/markdown-cell.ts';

type Div = Report['divergences'][number];

// A step summary is read on the run's page: it stays short however big the run, report.md has the rest.
const MAX_RUNS = 20;
const MAX_ROWS = 100;
const MAX_BASELINE_LINES = 30;

const capped = (lines: string[], max: number, what: string) =>
  lines.length > max ? [...lines.slice(0, max), `… and ${lines.length - max} more ${what} (see report.md)`] : lines;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** How a group of divergences stands: new ones fail the run, baselined ones and those blamed on the spec do not. */
function standing(divs: Div[], judged: boolean) {
  const baselined = countFindings(divs.filter((d) => d.baselined));
  const doubted = countFindings(divs.filter((d) => !d.baselined && d.blamedOn));
  return { failing: countFindings(divs) - baselined - doubted, baselined, doubted, judged };
}

function standingText(s: ReturnType<typeof standing>): string {
  return [
    // Without a baseline every divergence fails the run; "new" only means something against one.
    ...(s.failing ? [`**${s.failing}${s.judged ? ' new' : ''}**`] : []),
    ...(s.baselined ? [`${s.baselined} baselined`] : []),
    ...(s.doubted ? [`${s.doubted} spec in doubt`] : []),
  ].join(', ');
}

/** One line per run: what ran, how long, what it found. */
function runLine(r: Report): string {
  const all = standing(r.divergences, !!r.baseline);
  const found = r.divergences.length
    ? `${plural(countFindings(r.divergences), 'divergence')} in ${new Set(r.divergences.map((d) => d.rule)).size} of ${r.rules.length} rules (${standingText(all)})`
    : `no divergence in ${r.rules.length} rules`;
  const soft = countSoftFindings(r);
  const warnings = [
    ...(r.stoppedEarly ? [`stopped early: ${r.stoppedEarly}`] : []),
    ...(r.interrupted ? [`partial report, ${r.interrupted}`] : []),
    ...(r.summary.rulesWithoutCases.length
      ? [`${plural(r.summary.rulesWithoutCases.length, 'rule')} without cases`]
      : []),
    ...(r.notRun.length ? [`${r.notRun.length} not run`] : []),
    ...(r.stateful?.failure ? ['stateful sequence out of step'] : []),
  ];
  return `- **${cell(r.target)}**${r.shard ? ` (shard ${r.shard.index}/${r.shard.count})` : ''}: seed ${r.seed}, ${r.summary.cases} cases, ${(r.durationMs / 1000).toFixed(1)} s: ${found}${soft ? `; ${plural(soft, 'soft finding')} (not divergences)` : ''}${warnings.length ? `. ⚠ ${cell(warnings.join('; '))}` : ''}`;
}

/** The divergent rules × targets table, rules with divergences that fail the run first. */
function table(reports: Report[]): string[] {
  const rules = new Map<string, { family: string; kinds: Set<string>; failing: number }>();
  for (const r of reports) {
    for (const d of r.divergences) {
      const row = rules.get(d.rule) ?? {
        family: r.rules.find((x) => x.id === d.rule)?.family ?? '?',
        kinds: new Set(),
        failing: 0,
      };
      row.kinds.add(d.kind);
      if (!d.baselined && !d.blamedOn) row.failing++;
      rules.set(d.rule, row);
    }
  }
  if (!rules.size) return ['No divergences.'];
  const order = [...rules].sort(
    ([a, x], [b, y]) => Number(y.failing > 0) - Number(x.failing > 0) || a.localeCompare(b),
  );
  const byRule = reports.map((r) => {
    const m = new Map<string, Div[]>();
    for (const d of r.divergences) m.set(d.rule, m.get(d.rule)?.concat(d) ?? [d]);
    return m;
  });
  const rows = order.slice(0, MAX_ROWS).map(([id, row]) => {
    const cells = reports.map((r, i) => {
      const mine = byRule[i].get(id);
      return mine ? standingText(standing(mine, !!r.baseline)) : '–';
    });
    return `| ${cell(id)} | ${row.family} | ${[...row.kinds].sort().join(', ')} | ${cells.join(' | ')} |`;
  });
  return [
    `| rule | family | kinds | ${reports.map((r) => cell(r.target)).join(' | ')} |`,
    `| --- | --- | --- |${' --- |'.repeat(reports.length)}`,
    ...rows,
    ...(order.length > MAX_ROWS ? ['', `… and ${order.length - MAX_ROWS} more divergent rules (see report.md)`] : []),
  ];
}

/** What each run's baseline said: how many excused and new, which entries are stale or expired. */
function baselineLines(reports: Report[]): string[] {
  const lines = reports.flatMap((r) =>
    r.baseline
      ? [
          `- **${cell(r.target)}** against \`${r.baseline.file}\`: ${r.baseline.baselined} baselined, **${r.baseline.new} new**, ${r.baseline.stale.length} stale, ${r.baseline.expired.length} expired`,
          ...r.baseline.stale.map((e) => `  - stale (no longer seen): ${e.rule} ${e.kind}`),
          ...r.baseline.expired.map((e) => `  - **expired ${e.expires}**: ${e.rule} ${e.kind}`),
        ]
      : [],
  );
  return lines.length ? ['', '### Baseline', '', ...capped(lines, MAX_BASELINE_LINES, 'baseline lines')] : [];
}

/** The soft findings of every run, counted apart: a client error other than the likely code never fails a run. */
function softLines(reports: Report[]): string[] {
  const n = reports.reduce((sum, r) => sum + countSoftFindings(r), 0);
  if (!n) return [];
  const pairs = reports.flatMap((r) => [
    ...new Set((r.softFindings ?? []).map((f) => `${f.rule} answered ${f.observed.code} on ${cell(r.target)}`)),
  ]);
  return [
    '',
    `**Soft findings:** ${plural(n, 'case')} refused with a client error other than the likely code (not divergences, never a failure): ${capped(pairs, 10, 'soft findings').join('; ')}.`,
  ];
}

/** Renders runs (one report per target) as short Markdown for `$GITHUB_STEP_SUMMARY`. */
export function renderStepSummary(reports: Report[]): string {
  const all = reports.flatMap((r) => r.divergences);
  const total = standing(
    all,
    reports.some((r) => r.baseline),
  );
  const pairs = new Set(reports.flatMap((r) => r.divergences.map((d) => `${r.target}\u0000${d.rule}`))).size;
  return [
    `## swf-conformance: ${reports[0]?.operation ?? 'no run'}`,
    '',
    ...capped(reports.map(runLine), MAX_RUNS, 'runs'),
    '',
    '### Divergent rules',
    '',
    ...table(reports),
    '',
    all.length
      ? `**Total:** ${plural(countFindings(all), 'divergence')} in ${plural(pairs, 'rule')} (counted per target) across ${plural(reports.length, 'target')}: ${standingText(total)}.`
      : `**Total:** no divergence across ${plural(reports.length, 'target')}.`,
    ...softLines(reports),
    ...baselineLines(reports),
    '',
  ].join('\n');
}
