import { join } from 'node:path';
import type { Report } from './report.ts';
import { renderJunit } from './junit/render-junit.ts';
import { renderStepSummary } from './render-step-summary.ts';
import { renderHtml } from './html/render-html.ts';
import { writeOutput } from './write-output.ts';

/**
 * Writes what covers one or more targets at once: report.html (the rules × targets matrix), junit.xml and
 * summary.md (for $GITHUB_STEP_SUMMARY). The reports given are already masked; the output is masked again.
 */
export function writeMatrix(dir: string, reports: Report[], redact: (text: string) => string): string[] {
  const files = {
    'report.html': renderHtml(reports),
    'junit.xml': renderJunit(reports),
    'summary.md': renderStepSummary(reports),
  };
  for (const [name, text] of Object.entries(files)) writeOutput(join(dir, name), redact(text));
  return Object.keys(files).map((name) => join(dir, name));
}
