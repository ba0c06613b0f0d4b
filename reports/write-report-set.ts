import { join } from 'node:path';
import type { Report } from './report';
import { writeReport } from './write-report';
import { writeMatrix } from './write-matrix';
import { redactDeep } from './redact';

/** A target name as a folder name. */
export const folderOf = (target: string) => target.replace(/[^A-Za-z0-9._+-]+/g, '_');

/**
 * Writes the reports of one or more targets: one target's files go straight into `dir`; several targets each get a
 * folder of their own, and `dir` gets the matrix of all of them. Returns the paths written.
 */
export function writeReportSet(dir: string, reports: Report[], redact: (text: string) => string): string[] {
  if (reports.length === 1) return writeReport(dir, reports[0], redact);
  const each = reports.flatMap((r) => writeReport(join(dir, folderOf(r.target)), r, redact));
  return [...each, ...writeMatrix(dir, reports.map((r) => redactDeep(r, redact)), redact)];
}
