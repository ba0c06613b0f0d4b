import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from './report';
import { renderMarkdown } from './render-markdown';
import { redactDeep } from './redact';

/** Writes report.json and report.md into a folder, masking secrets in both; returns the paths written. */
export function writeReport(dir: string, report: Report, redact: (text: string) => string): string[] {
  mkdirSync(dir, { recursive: true });
  const safe = redactDeep(report, redact);
  const json = join(dir, 'report.json');
  const md = join(dir, 'report.md');
  writeFileSync(json, JSON.stringify(safe, null, 2) + '\n');
  writeFileSync(md, redact(renderMarkdown(safe)));
  return [json, md];
}
