import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonFile } from '../spec/read-json-file.ts';
import type { Report } from './report.ts';

/** A report.json that cannot be read; the message is one line. */
export class ReportFileError extends Error {}

/** Reads a report from its file, or from the report.json in a folder; throws ReportFileError when it is not one. */
export function readReport(path: string): Report {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'report.json') : path;
  const report = readJsonFile(file, 'report', ReportFileError) as Partial<Report>;
  if (report?.tool?.name !== 'swf-conformance' || !Array.isArray(report.divergences) || !Array.isArray(report.rules)) {
    throw new ReportFileError(`${file} is not a swf-conformance report.json`);
  }
  return report as Report;
}
