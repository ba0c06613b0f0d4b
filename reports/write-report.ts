import { join } from 'node:path';
import type { Report } from './report.ts';
import { renderMarkdown } from './render-markdown.ts';
import { redactDeep } from './redact.ts';
import { writeMatrix } from './write-matrix.ts';
import { writeOutput } from './write-output.ts';

/**
 * Writes report.json and report.md into a folder, and the files for people and CI (report.html, junit.xml,
 * summary.md), masking secrets in all; returns the paths of report.json and report.md.
 */
export function writeReport(dir: string, report: Report, redact: (text: string) => string): string[] {
  const safe = redactDeep(report, redact);
  const json = join(dir, 'report.json');
  const md = join(dir, 'report.md');
  writeOutput(json, JSON.stringify(safe, null, 2) + '\n');
  writeOutput(md, redact(renderMarkdown(safe)));
  writeMatrix(dir, [safe], redact);
  return [json, md];
}
