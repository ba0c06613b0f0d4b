import type { Report } from './report.ts';
import { clippedAsText } from '../model/clip-large-values.ts';
import { clip } from '../model/text/clip.ts';
import { markdownCell } from '../model/text/markdown-cell.ts';
import { countFindings } from '../model/fold-repeats.ts';

type Soft = NonNullable<Report['softFindings']>[number];

// A request may hold a 32 KB input: the line shows its start, report.json keeps it (clipped past 4096 characters).
const clipValue = (value: unknown, max: number) =>
  clip(typeof value === 'string' ? value : (JSON.stringify(value, clippedAsText) ?? 'undefined'), max);
// The cell sits in a code span: a backtick would end it.
const cell = (text: string) => markdownCell(text).replace(/`/g, "'");
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What a soft finding says in one phrase: the code answered where the likely one was expected. */
export const softFindingPhrase = (f: Soft) =>
  `${f.observed.code} (${f.observed.status}) where ${f.likelyCodes.join(' or ')} is likely`;

/** How many soft findings a report holds, repeats included (0 for a report written before they existed). */
export const countSoftFindings = (report: Pick<Report, 'softFindings'>) => countFindings(report.softFindings ?? []);

/** The summary line of a report's soft findings, for report.md and summary.md; none when there are none. */
export function softFindingsSummary(report: Pick<Report, 'softFindings'>): string[] {
  const n = countSoftFindings(report);
  if (!n) return [];
  const rules = new Set(report.softFindings!.map((f) => f.rule)).size;
  return [
    `${plural(n, 'soft finding')} in ${plural(rules, 'rule')}: refused with a client error other than the likely code (within the contract; not divergences, never a failure).`,
  ];
}

/** report.md's section of soft findings: each listed one with its answer, request and how to regenerate it. */
export function renderSoftFindings(report: Pick<Report, 'softFindings'>): string[] {
  const list = report.softFindings ?? [];
  if (!list.length) return [];
  const lines = [
    '',
    `## Soft findings (${list.length} listed of ${countFindings(list)})`,
    '',
    'The contract allows any client error here and the target gave one, but not the code the evidence suggests. Emulator builders may want to match it; nothing fails for it.',
    '',
  ];
  for (const f of list) {
    lines.push(
      `### ${f.rule}: ${softFindingPhrase(f)}`,
      '',
      `- answered: \`${cell(clipValue(`${f.observed.status} ${f.observed.code}${f.observed.message === undefined ? '' : `: ${f.observed.message}`}`, 200))}\``,
      ...(f.broken ? [`- the request broke: ${f.broken.join(', ')}`] : []),
      `- request${f.call === 'request' ? '' : ` (${f.call})`}: \`${cell(clipValue(f.request, 300))}\``,
      ...(f.repeats
        ? [
            `- and ${plural(f.repeats, 'more case')} of this rule answered ${f.observed.code}, not listed (every case is in results.jsonl)`,
          ]
        : []),
      `- regenerate: rule \`${f.replay.rule}\`, seed ${f.replay.seed}, path \`${f.replay.path}\`, run tag \`${f.replay.runTag}\``,
      '',
    );
  }
  return lines;
}
