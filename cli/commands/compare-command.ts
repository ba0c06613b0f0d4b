import { join } from 'node:path';
import { parseOptions } from '../parse-options.ts';
import type { Family } from '../../spec/spec-types.ts';
import { loadSpec } from '../../spec/load-spec.ts';
import { recordRun } from '../../recordings/record-run.ts';
import { loadRecording } from '../../recordings/load-recording.ts';
import { diffRecordings } from '../../recordings/diff-recordings.ts';
import { buildCompareReport, renderCompareMarkdown } from '../../recordings/compare-report.ts';
import type { Recording } from '../../recordings/recording.ts';
import { redactDeep } from '../../reports/redact.ts';
import { parseRunArgs } from '../parse-run-args.ts';
import { openNamedTarget } from '../open-named-target.ts';
import { UsageError } from '../usage-error.ts';
import { redact, type Io } from '../io.ts';
import { checkOutputFolder, writeOutput } from '../../reports/write-output.ts';
import { commandProgress } from '../progress-hooks.ts';

/**
 * `compare`: the same seeded cases on two targets, or on one target and a recording; lists where the answers differ.
 * Interrupted (`signal` aborted), it closes what it opened and writes nothing: half a side would differ everywhere.
 */
export async function compareCommand(
  argv: string[],
  io: Io,
  signal: AbortSignal = new AbortController().signal,
): Promise<number> {
  const { values } = parseOptions(argv, {
    a: { type: 'string' },
    b: { type: 'string' },
    recording: { type: 'string' },
    seed: { type: 'string' },
    runs: { type: 'string' },
    family: { type: 'string', multiple: true },
    out: { type: 'string' },
    region: { type: 'string' },
    'mock-quirk': { type: 'string', multiple: true },
    quiet: { type: 'boolean' },
  });
  if (!values.a || !values.b === !values.recording)
    throw new UsageError('compare needs --a TARGET and either --b TARGET or --recording FILE');
  const given = values.recording ? loadRecording(values.recording) : undefined;
  if (given && (values.seed || values.runs || values.family))
    throw new UsageError("with --recording, the seed, runs and families are the recording's");
  // The common run options come from the same parser as `run`, so their checks and defaults agree.
  const common = parseRunArgs([
    '--target',
    'x',
    ...(values.seed ? ['--seed', values.seed] : []),
    ...(values.runs ? ['--runs', values.runs] : []),
    ...(values.family ?? []).flatMap((f) => ['--family', f]),
  ]);
  const plan = given
    ? { seed: given.seed, runs: given.runs, families: given.families as Family[], runTag: given.runTag }
    : { seed: common.seed, runs: common.runs, families: common.families, runTag: undefined };
  const out = values.out ?? 'reports/compare';
  checkOutputFolder(out);
  const spec = loadSpec();
  const record = async (name: string, side: 'a' | 'b'): Promise<Recording> => {
    const target = await openNamedTarget({
      target: name,
      region: values.region,
      quirks: name === 'mock' ? values['mock-quirk'] : undefined,
    });
    // Each side's progress, its lines marked with the side: two runs, one after the other.
    const progress = commandProgress(io, redact, !!values.quiet, `${side} (${name})`);
    try {
      return (await recordRun(spec, target, { ...plan, signal, hooks: progress?.hooks })).recording;
    } finally {
      progress?.finish();
      await target.close();
    }
  };
  const a = await record(values.a, 'a');
  const b = given ?? (signal.aborted ? undefined : await record(values.b!, 'b'));
  if (signal.aborted || !b) return (io.err(`swf-conformance: ${signal.reason}: no comparison written`), 1);
  const report = redactDeep(buildCompareReport(a, b, diffRecordings(a, b)), redact);
  writeOutput(join(out, 'compare.json'), JSON.stringify(report, null, 2) + '\n');
  writeOutput(join(out, 'compare.md'), renderCompareMarkdown(report));
  const s = report.summary;
  io.out(
    `${s.differences} differences in ${s.casesDiffering} of ${s.cases} cases between ${report.a} and ${report.b} (${s.softDifferences} in messages only), seed ${report.seed}`,
  );
  for (const [aspect, n] of Object.entries(s.byAspect)) io.out(`  ${aspect}: ${n}`);
  io.out(`report: ${join(out, 'compare.json')} and ${join(out, 'compare.md')}`);
  return s.differences > 0 ? 1 : 0;
}
