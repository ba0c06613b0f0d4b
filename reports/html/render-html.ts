import type { Report } from '../report.ts';
import { cellStatus, type Cell, type CellStatus } from './cell-status.ts';
import { escapeHtml as h, jsonForScript } from './escape-html.ts';
import { renderDivergence } from './render-divergence.ts';
import { renderSoftFinding } from './render-soft-finding.ts';
import { renderSummaryChart } from './render-summary-chart.ts';
import { HTML_STYLES } from './html-styles.ts';
import { HTML_SCRIPT } from './html-script.ts';
import { countFindings } from '../../model/fold-repeats.ts';

// A symbol as well as a colour, so the status reads without colour too.
const LABELS: Record<CellStatus, string> = {
  conforms: '✓ conforms',
  diverges: '✗ diverges',
  baselined: '≈ baselined',
  'not run': '– not run',
  inconclusive: '? inconclusive',
};
// Nothing outside the file may load: inline style and script only, no fetch, image or font.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

const option = (value: string, text: string) => `<option value="${h(value)}">${h(text)}</option>`;
const select = (id: string, label: string, options: string[]) =>
  `<label for="${id}">${label}</label><select id="${id}">${option('', 'all')}${options.join('')}</select>`;

/** Column names: each report's target, numbered when two reports name the same one. */
function targetLabels(reports: Report[]): string[] {
  const seen = new Map<string, number>();
  return reports.map((r) => {
    const n = (seen.get(r.target) ?? 0) + 1;
    seen.set(r.target, n);
    return n === 1 ? r.target : `${r.target} (${n})`;
  });
}

/** The text of a cell: its status and the count behind it. */
function cellText(cell: Cell, soft: number): string {
  const n =
    cell.status === 'diverges'
      ? cell.diverging
      : cell.status === 'baselined'
        ? cell.baselined
        : cell.status === 'inconclusive'
          ? cell.inconclusive
          : 0;
  // Soft findings never change the status: they are told beside it.
  return `${n ? `${LABELS[cell.status]} (${n})` : LABELS[cell.status]}${soft ? ` · ${soft} soft` : ''}`;
}

/** The self-contained HTML report of one report per target: rules × targets matrix, filters and every divergence. */
export function renderHtml(reports: Report[]): string {
  const targets = targetLabels(reports);
  // Rows: every rule any report tallied, in the order the reports list them (the spec's).
  const rules = new Map<string, Report['rules'][number]>();
  for (const report of reports) for (const rule of report.rules) if (!rules.has(rule.id)) rules.set(rule.id, rule);
  const familyOf = (id: string) => rules.get(id)?.family ?? '';
  const items = reports.flatMap((report, t) => report.divergences.map((d) => ({ d, target: targets[t] })));
  const firstOf = (rule: string, target: string) => items.findIndex((i) => i.d.rule === rule && i.target === target);
  const softItems = reports.flatMap((report, t) => (report.softFindings ?? []).map((f) => ({ f, target: targets[t] })));
  const softOf = (rule: string, target: string) =>
    countFindings(softItems.filter((i) => i.f.rule === rule && i.target === target).map((i) => i.f));
  const softTotal = countFindings(softItems.map((i) => i.f));

  const head = `<tr><th>rule</th><th>family</th><th title="the rule's own evidence / the evidence for its exact outcome">evidence</th><th>what must hold</th>${reports
    .map(
      (r, t) =>
        `<th class="col" data-target="${h(targets[t])}">${h(targets[t])}<small>seed ${h(r.seed)} · ${h(r.summary.cases)} cases · ${h(r.summary.divergences)} div.</small></th>`,
    )
    .join('')}</tr>`;
  const rows = [...rules.values()]
    .map((rule, i) => {
      const ev = rule.evidence;
      const cells = reports
        .map((report, t) => {
          const cell = cellStatus(report, rule.id);
          const first = firstOf(rule.id, targets[t]);
          const why = report.notRun.find((n) => n.rule === rule.id)?.reason;
          const soft = softOf(rule.id, targets[t]);
          const jump =
            first >= 0
              ? ` data-first="div-${first}"`
              : soft
                ? ` data-first="soft-${softItems.findIndex((i) => i.f.rule === rule.id && i.target === targets[t])}"`
                : '';
          return `<td class="col st st-${cell.status.replace(' ', '-')}" data-rule="${h(rule.id)}" data-target="${h(targets[t])}" data-status="${cell.status}" data-kinds="${h(cell.kinds.join(' '))}"${soft ? ` data-soft="${soft}"` : ''}${jump}${why ? ` title="${h(why)}"` : ''}>${h(cellText(cell, soft))}</td>`;
        })
        .join('');
      return `<tr class="rule-row" id="row-${i}" data-rule="${h(rule.id)}" data-family="${h(rule.family)}"><td class="rule">${h(rule.id)}</td><td>${h(rule.family)}</td><td title="${h(`${ev.rule.source}\n${ev.outcome.source}`)}">${h(ev.rule.level)} / ${h(ev.outcome.level)}</td><td class="summary" title="${h(rule.summary)}">${h(rule.summary)}</td>${cells}</tr>`;
    })
    .join('\n');

  // Counts are of cases, repeats included: a listed divergence stands for the others of its rule and kind.
  const total = countFindings(items.map((i) => i.d));
  const kindCounts = new Map<string, number>();
  for (const { d } of items) kindCounts.set(d.kind, (kindCounts.get(d.kind) ?? 0) + 1 + (d.repeats ?? 0));
  const families = [...new Set([...rules.values()].map((r) => r.family))];
  const notes = reports.flatMap((r, t) => [
    ...(r.stoppedEarly ? [`${targets[t]}: the run stopped early: ${r.stoppedEarly}`] : []),
    ...(r.interrupted ? [`${targets[t]}: partial report, ${r.interrupted}`] : []),
  ]);
  const title = `swf-conformance: ${reports[0]?.operation ?? 'StartWorkflowExecution'} on ${targets.join(', ')}`;

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title>
<style>${HTML_STYLES}</style>
</head>
<body>
<header>
<div class="top"><h1>${h(title)}</h1><span class="legend">${Object.entries(LABELS)
    .map(([s, l]) => `<span class="st st-${s.replace(' ', '-')}">${h(l)}</span>`)
    .join('')}</span></div>
<p>${h(`${rules.size} rules × ${reports.length} target${reports.length === 1 ? '' : 's'} · ${total} divergences (${items.length} listed) · ${softTotal} soft findings (not divergences) · evidence: the rule's own level / its exact outcome's (DOC, REAL, CLAIM, INFER, UNKNOWN)`)}${notes.map((n) => ` · <b>${h(n)}</b>`).join('')}</p>
<div class="filters">
${select(
  'filter-kind',
  'kind',
  [...kindCounts].sort().map(([k, n]) => option(k, `${k} (${n})`)),
)}
${select(
  'filter-family',
  'family',
  families.map((f) => option(f, f)),
)}
${select('filter-status', 'finding', [option('new', 'new'), option('baselined', 'baselined')])}
${select(
  'filter-target',
  'target',
  targets.map((t) => option(t, t)),
)}
<span id="shown-count" class="muted"></span>
</div>
</header>
<main>
<h2>Summary</h2>
${renderSummaryChart(reports, familyOf)}
<h2>Rules × targets</h2>
<table class="matrix" id="matrix"><thead>${head}</thead><tbody>
${rows}
</tbody></table>
<h2>Divergences (${total}, ${items.length} listed)</h2>
<section id="divergences">
${items.length ? items.map(({ d, target }, i) => renderDivergence(d, i, target, familyOf(d.rule) || familyOf(d.replay.rule))).join('\n') : '<p>None.</p>'}
</section>
<h2>Soft findings (${softTotal}, ${softItems.length} listed)</h2>
<section id="soft-findings">
<p class="muted">Refused with a client error the contract allows, but not with the code the evidence suggests: never a divergence, never a failure.</p>
${softItems.map(({ f, target }, i) => renderSoftFinding(f, i, target, familyOf(f.rule))).join('\n') || '<p>None.</p>'}
</section>
</main>
<script type="application/json" id="report-data">${jsonForScript(reports)}</script>
<script>${HTML_SCRIPT}</script>
</body>
</html>
`;
}
