import type { ParityResult } from './parity-result.ts';
import { clipJson } from '../../model/text/clip-json.ts';
import { xmlAttr, xmlText } from '../../model/text/xml-escape.ts';

/** junit.xml of a parity run: one testcase per recorded interaction, failed by its differences, skipped when not sent. */
export function renderParityJunit(r: ParityResult): string {
  const s = r.summary;
  const cases = r.interactions.map((i) => {
    const open = `    <testcase classname="${xmlAttr(`parity.${r.target}.${i.operation}`)}" name="${xmlAttr(i.id)}" time="0.000">`;
    const out = i.partial
      ? `\n      <system-out>${xmlText(`compared in part: ${i.partial.excluded} left out, since ${i.partial.reason}`)}</system-out>`
      : '';
    if (i.notSent) return `${open}\n      <skipped message="${xmlAttr(`not sent: ${i.notSent}`)}"/>\n    </testcase>`;
    if (!i.differences?.length) return `${open}${out}\n    </testcase>`;
    const text = i.differences
      .map(
        (d) =>
          `${d.kind} ${d.path ?? ''}: recorded ${clipJson(d.recorded, 80, 300)}, replayed ${clipJson(d.observed, 80, 300)}`,
      )
      .join('\n');
    return `${open}\n      <failure message="${xmlAttr(`${i.differences.length} differences from the recorded answer`)}" type="parity">${xmlText(text)}</failure>${out}\n    </testcase>`;
  });
  const time = (Math.max(0, r.durationMs) / 1000).toFixed(3);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="swf-conformance parity" tests="${s.interactions}" failures="${s.differing}" errors="0" time="${time}">`,
    `  <testsuite name="${xmlAttr(`parity ${r.target} ${r.recording}`)}" tests="${s.interactions}" failures="${s.differing}" errors="0" skipped="${s.notSent}" time="${time}" timestamp="${r.startedAt.slice(0, 19)}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
