import type { ParityResult } from './parity-result';
import { clipJson } from '../../reports/html/clip';

// XML 1.0 admits only these characters; recorded bodies may carry others, shown as JSON escapes.
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const xml = (s: string) => s.replace(FORBIDDEN, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`)
  .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r/g, '&#13;');

/** junit.xml of a parity run: one testcase per recorded interaction, failed by its differences, skipped when not sent. */
export function renderParityJunit(r: ParityResult): string {
  const s = r.summary;
  const cases = r.interactions.map((i) => {
    const open = `    <testcase classname="${xml(`parity.${r.target}.${i.operation}`)}" name="${xml(i.id)}" time="0.000">`;
    const out = i.partial ? `\n      <system-out>${xml(`compared in part: ${i.partial.excluded} left out, since ${i.partial.reason}`)}</system-out>` : '';
    if (i.notSent) return `${open}\n      <skipped message="${xml(`not sent: ${i.notSent}`)}"/>\n    </testcase>`;
    if (!i.differences?.length) return `${open}${out}\n    </testcase>`;
    const text = i.differences.map((d) => `${d.kind} ${d.path ?? ''}: recorded ${clipJson(d.recorded, 80, 300)}, replayed ${clipJson(d.observed, 80, 300)}`).join('\n');
    return `${open}\n      <failure message="${xml(`${i.differences.length} differences from the recorded answer`)}" type="parity">${xml(text)}</failure>${out}\n    </testcase>`;
  });
  const time = (Math.max(0, r.durationMs) / 1000).toFixed(3);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="swf-conformance parity" tests="${s.interactions}" failures="${s.differing}" errors="0" time="${time}">`,
    `  <testsuite name="${xml(`parity ${r.target} ${r.recording}`)}" tests="${s.interactions}" failures="${s.differing}" errors="0" skipped="${s.notSent}" time="${time}" timestamp="${r.startedAt.slice(0, 19)}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
