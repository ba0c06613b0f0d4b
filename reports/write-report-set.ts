import { join } from 'node:path';
import type { Report } from './report.ts';
import { writeReport } from './write-report.ts';
import { writeMatrix } from './write-matrix.ts';
import { redactDeep } from './redact.ts';

/** A target name as a folder name. */
const folderOf = (target: string) => target.replace(/[^A-Za-z0-9._+-]+/g, '_');

/** Where each target's report goes in `dir`: straight in for one target, a folder each for several. */
export function reportDirs(dir: string, targets: string[]): string[] {
  return targets.length === 1 ? [dir] : targets.map((t) => join(dir, folderOf(t)));
}

/**
 * Writes the reports of one or more targets where reportDirs says; with several targets, `dir` also gets the matrix
 * of all of them. Returns the paths written.
 */
export function writeReportSet(dir: string, reports: Report[], redact: (text: string) => string): string[] {
  const dirs = reportDirs(
    dir,
    reports.map((r) => r.target),
  );
  const each = reports.flatMap((r, i) => writeReport(dirs[i], r, redact));
  return reports.length === 1
    ? each
    : [
        ...each,
        ...writeMatrix(
          dir,
          reports.map((r) => redactDeep(r, redact)),
          redact,
        ),
      ];
}
