import type { Difference } from './diff-recordings.ts';
import type { Recording } from './recording.ts';
import { clippedAsText } from '../model/clip-large-values.ts';
import { clip } from '../model/text/clip.ts';
import { markdownCell } from '../model/text/markdown-cell.ts';

/** compare.json: the differences between two targets (or a target and a recording) on the same seeded cases. */
export interface CompareReport {
  a: string;
  b: string;
  seed: number;
  runs: number;
  runTag: string;
  families: string[];
  summary: {
    cases: number;
    differences: number;
    casesDiffering: number;
    softDifferences: number;
    byAspect: Record<string, number>;
  };
  /** Outcome, status, error code, effects and missing calls. */
  differences: Difference[];
  /** Error messages only: targets word errors differently without breaking anyone. */
  softDifferences: Difference[];
}

/** Shapes the differences between two recordings into the compare report. */
export function buildCompareReport(a: Recording, b: Recording, all: Difference[]): CompareReport {
  const hard = all.filter((d) => d.aspect !== 'message');
  const byAspect: Record<string, number> = {};
  for (const d of hard) byAspect[d.aspect] = (byAspect[d.aspect] ?? 0) + 1;
  return {
    a: a.target,
    b: b.target,
    seed: a.seed,
    runs: a.runs,
    runTag: a.runTag,
    families: a.families,
    summary: {
      cases: a.cases.length,
      differences: hard.length,
      casesDiffering: new Set(hard.map((d) => d.key)).size,
      softDifferences: all.length - hard.length,
      byAspect,
    },
    differences: hard,
    softDifferences: all.filter((d) => d.aspect === 'message'),
  };
}

/** Renders the compare report for people. */
export function renderCompareMarkdown(r: CompareReport): string {
  const cell = (v: unknown) => markdownCell(clip(JSON.stringify(v, clippedAsText) ?? '', 120, { tail: () => '' }));
  return [
    `# swf-conformance compare: \`${r.a}\` vs \`${r.b}\``,
    '',
    `Seed ${r.seed}, ${r.runs} runs per rule, fixtures \`${r.runTag}\`: **${r.summary.differences} differences** in ${r.summary.casesDiffering} of ${r.summary.cases} cases; ${r.summary.softDifferences} differ in error message only.`,
    '',
    '| case | call | aspect | a | b |',
    '| --- | --- | --- | --- | --- |',
    ...r.differences.map(
      (d) => `| ${d.key} | ${d.call} | ${d.aspect}${d.field ? ` ${d.field}` : ''} | ${cell(d.a)} | ${cell(d.b)} |`,
    ),
    '',
    "A case `<rule>#<path>` regenerates with the rule's arbitrary at this seed and fast-check path.",
    '',
  ].join('\n');
}
