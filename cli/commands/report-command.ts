import { join } from 'node:path';
import { parseOptions } from '../parse-options.ts';
import { loadSpec } from '../../spec/load-spec.ts';
import { readReport } from '../../reports/read-report.ts';
import { mergeShards } from '../../reports/merge-shards.ts';
import { reportDirs, writeReportSet } from '../../reports/write-report-set.ts';
import type { Report } from '../../reports/report.ts';
import { diffReports, hasRegressions, renderReportDiff } from '../../reports/diff-reports.ts';
import { UsageError } from '../usage-error.ts';
import { redact, type Io } from '../io.ts';
import { checkOutputFolder, writeOutput } from '../../reports/write-output.ts';

/** Groups reports by target, in the order the targets first appear. */
function byTarget(reports: Report[]): Report[][] {
  const groups = new Map<string, Report[]>();
  for (const r of reports) groups.set(r.target, [...(groups.get(r.target) ?? []), r]);
  return [...groups.values()];
}

/** `report merge DIR...`: shards of a run into one report per target, and every target into one matrix. */
async function mergeCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseOptions(
    argv,
    { out: { type: 'string' }, spec: { type: 'string' }, quiet: { type: 'boolean' } },
    true,
  );
  const inputs = parsed.positionals;
  if (!inputs.length) throw new UsageError('report merge needs one or more report folders (or report.json files)');
  const out = parsed.values.out ?? 'reports/merged';
  checkOutputFolder(out);
  const spec = loadSpec(parsed.values.spec);
  const groups = byTarget(inputs.map(readReport));
  const dirs = reportDirs(
    out,
    groups.map((g) => g[0].target),
  );
  const merged = groups.map((g, i) => mergeShards(spec, g, join(dirs[i], 'report.json')));
  const written = writeReportSet(out, merged, redact);
  for (const r of merged) {
    io.out(
      `${r.target}: ${r.summary.divergences} divergences in ${r.summary.rulesDiverging} of ${r.summary.rules} rules; ${r.summary.cases} cases, seed ${r.seed}`,
    );
  }
  io.out(`merged ${inputs.length} reports: ${written.join(', ')}`);
  const failing = merged.some(
    (r) =>
      (r.baseline ? r.baseline.new > 0 || r.baseline.expired.length > 0 : r.summary.divergences > 0) ||
      r.summary.rulesWithoutCases.length > 0,
  );
  return failing ? 1 : 0;
}

/** `report diff OLD NEW`: divergences that appeared, disappeared or changed; exit 1 when any appeared or changed. */
async function diffCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseOptions(argv, { out: { type: 'string' }, quiet: { type: 'boolean' } }, true);
  const [oldPath, newPath, ...extra] = parsed.positionals;
  if (!oldPath || !newPath || extra.length)
    throw new UsageError('report diff needs OLD NEW (report folders or report.json files)');
  const diff = diffReports(readReport(oldPath), readReport(newPath));
  const markdown = redact(renderReportDiff(diff));
  if (parsed.values.out) writeOutput(parsed.values.out, markdown);
  io.out(
    `${diff.appeared.length} appeared, ${diff.disappeared.length} disappeared, ${diff.changed.length} changed (by target, rule and kind)`,
  );
  for (const g of diff.appeared) io.out(`  appeared: ${g.target} ${g.rule} ${g.kind} x${g.count}`);
  for (const c of diff.changed) io.out(`  changed: ${c.next.target} ${c.next.rule} ${c.next.kind}`);
  for (const g of diff.disappeared) io.out(`  disappeared: ${g.target} ${g.rule} ${g.kind}`);
  return hasRegressions(diff) ? 1 : 0;
}

const SUBCOMMANDS: Record<string, (argv: string[], io: Io) => Promise<number>> = {
  merge: mergeCommand,
  diff: diffCommand,
};

/** `report`: work on written reports (merge shards and targets; diff two releases). */
export async function reportCommand(argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  const handler = sub ? SUBCOMMANDS[sub] : undefined;
  if (!handler) throw new UsageError(`report needs a subcommand: ${Object.keys(SUBCOMMANDS).join(' or ')}`);
  return handler(rest, io);
}
