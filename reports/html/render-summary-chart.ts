import type { Report } from '../report.ts';
import { escapeHtml as h } from './escape-html.ts';
import { countFindings } from '../../model/fold-repeats.ts';

type Finding = { d: Report['divergences'][number]; family: string };
interface Counts {
  fresh: number;
  baselined: number;
}

/** Cases behind each listed divergence, repeats included, split into new and baselined, by a key of the finding. */
function countBy(findings: Finding[], keyOf: (f: Finding) => string): Array<[string, Counts]> {
  const counts = new Map<string, Counts>();
  for (const f of findings) {
    const c = counts.get(keyOf(f)) ?? { fresh: 0, baselined: 0 };
    c[f.d.baselined ? 'baselined' : 'fresh'] += countFindings([f.d]);
    counts.set(keyOf(f), c);
  }
  return [...counts].sort(
    (a, b) => b[1].fresh + b[1].baselined - (a[1].fresh + a[1].baselined) || (a[0] < b[0] ? -1 : 1),
  );
}

/** One horizontal bar per key, its length the key's share of the largest, new and baselined as two segments. */
function barChart(title: string, axis: string, rows: Array<[string, Counts]>): string {
  const max = Math.max(1, ...rows.map(([, c]) => c.fresh + c.baselined));
  const width = (n: number) => `${((n / max) * 100).toFixed(1)}%`;
  const bars = rows
    .map(
      ([key, c]) =>
        `<div class="bar-row" data-${axis}="${h(key)}" data-new="${c.fresh}" data-baselined="${c.baselined}"><span class="bar-label">${h(key)}</span>` +
        `<span class="bar"><span class="seg seg-new" style="width:${width(c.fresh)}"></span><span class="seg seg-baselined" style="width:${width(c.baselined)}"></span></span>` +
        `<span class="bar-count">${c.fresh + c.baselined}${c.baselined ? ` <span class="muted">(${c.fresh} new, ${c.baselined} baselined)</span>` : ''}</span></div>`,
    )
    .join('');
  return `<figure class="chart" id="chart-${axis}"><figcaption>${h(title)}</figcaption>${bars || '<p class="muted">No divergences.</p>'}</figure>`;
}

/**
 * The page's opening picture: how many cases diverged, new against baselined, and bars by kind and by family, so a
 * person sees at a glance what broke and where before reading the matrix.
 */
export function renderSummaryChart(reports: Report[], familyOf: (rule: string) => string): string {
  const findings = reports.flatMap((r) =>
    r.divergences.map((d) => ({ d, family: familyOf(d.rule) || familyOf(d.replay.rule) })),
  );
  const total = countFindings(findings.map((f) => f.d));
  const baselined = countFindings(findings.filter((f) => f.d.baselined).map((f) => f.d));
  const cases = reports.reduce((n, r) => n + r.summary.cases, 0);
  const judged = reports.some((r) => r.baseline);
  const headline = `<p class="headline" id="summary-headline"><b>${total}</b> diverging case${total === 1 ? '' : 's'} of ${cases}: <span class="swatch seg-new"></span><b>${total - baselined}</b> new · <span class="swatch seg-baselined"></span><b>${baselined}</b> baselined${judged ? '' : ' <span class="muted">(no baseline judged this run: every divergence is new)</span>'}</p>`;
  return `<section id="summary">${headline}<div class="charts">${barChart(
    'by kind',
    'kind',
    countBy(findings, (f) => f.d.kind),
  )}${barChart(
    'by family',
    'family',
    countBy(findings, (f) => f.family),
  )}</div></section>`;
}
