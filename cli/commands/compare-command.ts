import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Family } from '../../spec/spec-types';
import { loadSpec } from '../../spec/load-spec';
import { recordRun } from '../../recordings/record-run';
import { loadRecording } from '../../recordings/load-recording';
import { diffRecordings } from '../../recordings/diff-recordings';
import { buildCompareReport, renderCompareMarkdown } from '../../recordings/compare-report';
import type { Recording } from '../../recordings/recording';
import { redactDeep } from '../../reports/redact';
import { parseRunArgs } from '../parse-run-args';
import { openNamedTarget } from '../open-named-target';
import { UsageError } from '../usage-error';
import { redact, type Io } from '../io';

/**
 * `compare`: the same seeded cases on two targets, or on one target and a recording; lists where the answers differ.
 * Interrupted (`signal` aborted), it closes what it opened and writes nothing: half a side would differ everywhere.
 */
export async function compareCommand(argv: string[], io: Io, signal: AbortSignal = new AbortController().signal): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, strict: true, options: {
      a: { type: 'string' }, b: { type: 'string' }, recording: { type: 'string' },
      seed: { type: 'string' }, runs: { type: 'string' }, family: { type: 'string', multiple: true },
      out: { type: 'string' }, region: { type: 'string' }, 'mock-quirk': { type: 'string', multiple: true }, quiet: { type: 'boolean' },
    } }));
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]);
  }
  if (!values.a || (!values.b === !values.recording)) throw new UsageError('compare needs --a TARGET and either --b TARGET or --recording FILE');
  const given = values.recording ? loadRecording(values.recording) : undefined;
  if (given && (values.seed || values.runs || values.family)) throw new UsageError('with --recording, the seed, runs and families are the recording\'s');
  // The common run options come from the same parser as `run`, so their checks and defaults agree.
  const common = parseRunArgs(['--target', 'x', ...(values.seed ? ['--seed', values.seed] : []), ...(values.runs ? ['--runs', values.runs] : []),
    ...(values.family ?? []).flatMap((f) => ['--family', f])]);
  const plan = given
    ? { seed: given.seed, runs: given.runs, families: given.families as Family[], runTag: given.runTag }
    : { seed: common.seed, runs: common.runs, families: common.families, runTag: undefined };
  const spec = loadSpec();
  const record = async (name: string): Promise<Recording> => {
    const target = await openNamedTarget({ target: name, region: values.region, quirks: name === 'mock' ? values['mock-quirk'] : undefined });
    try {
      return (await recordRun(spec, target, { ...plan, signal })).recording;
    } finally {
      await target.close();
    }
  };
  const a = await record(values.a);
  const b = given ?? (signal.aborted ? undefined : await record(values.b!));
  if (signal.aborted || !b) return io.err(`swf-conformance: ${signal.reason}: no comparison written`), 1;
  const report = redactDeep(buildCompareReport(a, b, diffRecordings(a, b)), redact);
  const out = values.out ?? 'reports/compare';
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'compare.json'), JSON.stringify(report, null, 2) + '\n');
  writeFileSync(join(out, 'compare.md'), renderCompareMarkdown(report));
  const s = report.summary;
  io.out(`${s.differences} differences in ${s.casesDiffering} of ${s.cases} cases between ${report.a} and ${report.b} (${s.softDifferences} in messages only), seed ${report.seed}`);
  for (const [aspect, n] of Object.entries(s.byAspect)) io.out(`  ${aspect}: ${n}`);
  io.out(`report: ${join(out, 'compare.json')} and ${join(out, 'compare.md')}`);
  return s.differences > 0 ? 1 : 0;
}
