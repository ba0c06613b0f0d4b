import type { ParityResult } from './parity-result.ts';
import { escapeHtml } from '../../reports/html/escape-html.ts';
import { clipJson } from '../../model/text/clip-json.ts';

const value = (v: unknown) =>
  v === undefined ? '<i>(absent)</i>' : `<code>${escapeHtml(clipJson(v, 80, 300))}</code>`;
const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

/** report.html of a parity run: one self-contained page, the same tables as report.md. */
export function renderParityHtml(r: ParityResult): string {
  const s = r.summary;
  const groups = r.groups.map((g) =>
    row([
      escapeHtml(g.operation),
      escapeHtml(g.kind),
      escapeHtml(g.path ?? ''),
      String(g.count),
      value(g.example.recorded),
      value(g.example.observed),
      escapeHtml(g.interactions.join(', ')),
    ]),
  );
  const partial = r.interactions
    .filter((i) => i.partial || i.notSent || i.note)
    .map((i) =>
      row([
        escapeHtml(i.id),
        escapeHtml(i.operation),
        escapeHtml(i.notSent ? 'not sent' : (i.partial?.excluded ?? 'nothing')),
        escapeHtml([i.notSent ?? i.partial?.reason, i.note].filter(Boolean).join('; ')),
      ]),
    );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Parity: ${escapeHtml(r.target)}</title>
<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}code{white-space:pre-wrap}</style></head>
<body><h1>Parity: ${escapeHtml(r.target)} against ${escapeHtml(r.recording)}</h1>
<p id="summary">${s.interactions} recorded interactions; ${s.sent} replayed, ${s.notSent} not sent. <b>${s.differences} differences</b> in ${s.differing} answers; ${s.partial} compared only in part.</p>
${r.stateNotReset ? `<p>State: ${escapeHtml(r.stateNotReset)}.</p>` : ''}${r.interrupted ? `<p>Interrupted: ${escapeHtml(r.interrupted)}.</p>` : ''}
<h2>Differences by operation</h2>
${groups.length ? `<table id="groups"><tr><th>operation</th><th>difference</th><th>member</th><th>count</th><th>recorded</th><th>replayed</th><th>interactions</th></tr>${groups.join('')}</table>` : '<p>None.</p>'}
${partial.length ? `<h2>Compared in part, or not sent</h2><table id="partial"><tr><th>interaction</th><th>operation</th><th>left out</th><th>why</th></tr>${partial.join('')}</table>` : ''}
</body></html>
`;
}
