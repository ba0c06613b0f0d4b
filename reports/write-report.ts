import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from './report';
import { renderMarkdown } from './render-markdown';
import { redactDeep } from './redact';
import { writeMatrix } from './write-matrix';

/**
 * Writes report.json and report.md into a folder, and the files for people and CI (report.html, junit.xml,
 * summary.md), masking secrets in all; returns the paths of report.json and report.md.
 */
export function writeReport(dir: string, report: Report, redact: (text: string) => string): string[] {
  mkdirSync(dir, { recursive: true });
  const safe = redactDeep(report, redact);
  const json = join(dir, 'report.json');
  const md = join(dir, 'report.md');
  writeFileSync(json, JSON.stringify(safe, null, 2) + '\n');
  writeFileSync(md, redact(renderMarkdown(safe)));
  writeMatrix(dir, [safe], redact);
  return [json, md];
}
