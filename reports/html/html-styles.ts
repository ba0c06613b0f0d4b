// Sized for a 1366×768 laptop: one compact matrix under a sticky header; status is a colour and a word, never colour alone.
export const HTML_STYLES = `
:root { --header-h: 96px; --fg: #1b1f24; --muted: #5b6470; --line: #d5d9de; font: 13px/1.35 system-ui, "DejaVu Sans", sans-serif; color: var(--fg); }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; }
header { position: sticky; top: 0; z-index: 3; background: #f4f6f8; border-bottom: 1px solid var(--line); padding: 6px 14px; }
header .top { display: flex; align-items: center; gap: 12px; }
header h1 { font-size: 16px; margin: 0 0 2px; }
header p { margin: 0 0 4px; color: var(--muted); }
.filters { display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: center; }
.filters label { font-weight: 600; }
.filters select { font: inherit; margin-left: 4px; max-width: 260px; }
.legend { display: flex; gap: 6px; margin-left: auto; }
main { padding: 8px 14px 40px; }
h2 { font-size: 15px; margin: 14px 0 6px; }
/* Separate borders: with collapsed ones Chromium lets rows show through above a sticky header cell. */
table.matrix { border-collapse: separate; border-spacing: 0; width: 100%; border-top: 1px solid var(--line); border-left: 1px solid var(--line); }
.matrix th, .matrix td { border-right: 1px solid var(--line); border-bottom: 1px solid var(--line); padding: 2px 6px; text-align: left; vertical-align: middle; }
.matrix thead th { position: sticky; top: var(--header-h); z-index: 2; background: #e9edf1; }
.matrix td.rule { font-family: ui-monospace, "DejaVu Sans Mono", monospace; white-space: nowrap; }
.matrix td.summary { max-width: 420px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; color: var(--muted); }
.matrix th.col small { display: block; font-weight: normal; color: var(--muted); }
.st { white-space: nowrap; font-weight: 600; }
.st[data-first] { cursor: pointer; text-decoration: underline dotted; }
.st-conforms { background: #e3f4e5; color: #14532d; }
.st-diverges { background: #fbe0de; color: #8a1c12; }
.st-baselined { background: #fff1c7; color: #6b4e00; }
.st-not-run { background: #eceef1; color: #4b5360; }
.st-inconclusive { background: #e4ecfb; color: #1e3a78; }
.legend .st { padding: 1px 6px; border-radius: 3px; border: 1px solid var(--line); }
.muted { color: var(--muted); font-weight: normal; }
.divergence { border: 1px solid var(--line); border-left: 4px solid #c0392b; border-radius: 3px; padding: 4px 10px; margin: 6px 0; }
.divergence h3 { font-size: 13px; margin: 2px 0 4px; }
.divergence dl { display: grid; grid-template-columns: 90px 1fr; gap: 2px 8px; margin: 0; }
.divergence dt { color: var(--muted); }
.divergence dd { margin: 0; min-width: 0; }
.divergence code, .divergence pre { font: 12px/1.3 ui-monospace, "DejaVu Sans Mono", monospace; white-space: pre-wrap; word-break: break-all; }
.divergence pre { background: #f6f8fa; padding: 4px 6px; max-height: 220px; overflow: auto; margin: 4px 0; }
.kind { background: #fbe0de; color: #8a1c12; padding: 0 5px; border-radius: 3px; }
.soft { border: 1px solid var(--line); border-left: 4px solid #b7950b; border-radius: 3px; padding: 4px 10px; margin: 6px 0; }
.soft h3 { font-size: 13px; margin: 2px 0 4px; }
.soft dl { display: grid; grid-template-columns: 90px 1fr; gap: 2px 8px; margin: 0; }
.soft dt { color: var(--muted); }
.soft dd { margin: 0; min-width: 0; }
.soft code { font: 12px/1.3 ui-monospace, "DejaVu Sans Mono", monospace; white-space: pre-wrap; word-break: break-all; }
.kind.k-soft { background: #fff1c7; color: #6b4e00; }
.tag { margin-left: 6px; padding: 0 5px; border-radius: 3px; font-size: 12px; }
.tag.baselined { background: #fff1c7; color: #6b4e00; }
.tag.spec { background: #e4ecfb; color: #1e3a78; }
#summary .headline { font-size: 14px; margin: 0 0 6px; }
.charts { display: flex; flex-wrap: wrap; gap: 8px 40px; }
.chart { margin: 0; min-width: 420px; flex: 1; }
.chart figcaption { font-weight: 600; margin-bottom: 2px; }
.bar-row { display: grid; grid-template-columns: 190px 1fr 170px; gap: 6px; align-items: center; }
.bar-label { font-family: ui-monospace, "DejaVu Sans Mono", monospace; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.bar { display: flex; height: 12px; background: #f4f6f8; }
.seg { display: inline-block; height: 100%; }
.swatch { display: inline-block; width: 10px; height: 10px; margin: 0 3px 0 6px; vertical-align: baseline; }
/* New is red and baselined amber, as in the matrix; the counts beside the bars say it in words. */
.seg-new { background: #c0392b; }
.seg-baselined { background: #e0b100; }
.baseline-reason { margin: 0 0 4px; color: #6b4e00; }
[hidden] { display: none !important; }
`;
