import { existsSync, readFileSync } from 'node:fs';
import { loadSpec, SpecError } from '../spec/load-spec';
import { openTarget, MOCK_CREDENTIALS, UnknownTargetError } from '../targets/open-target';
import { TargetError } from '../targets/target';
import { runConformance } from '../runner/run-conformance';
import { buildReport } from '../reports/build-report';
import { writeReport } from '../reports/write-report';
import { makeRedactor } from '../reports/redact';
import { applyBaseline, BaselineError, loadBaseline, updateBaseline, type BaselineVerdict } from '../reports/baseline';
import { parseRunArgs } from './parse-run-args';
import { progressHooks } from './progress-hooks';
import { USAGE } from './usage';
import { UsageError } from './usage-error';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const stdio: Io = { out: (l) => process.stdout.write(l + '\n'), err: (l) => process.stderr.write(l + '\n') };
const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
const redact = makeRedactor([MOCK_CREDENTIALS.secretAccessKey, MOCK_CREDENTIALS.accessKeyId, process.env.AWS_SECRET_ACCESS_KEY, process.env.AWS_SESSION_TOKEN, process.env.AWS_ACCESS_KEY_ID]);

/** Runs the command line; resolves to the exit code (0 conforms, 1 divergences, 2 the run could not happen). */
export async function main(argv: string[], io: Io = stdio): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === '--help' || command === '-h' || command === 'help') return io.out(USAGE), 0;
    if (command === '--version') return io.out(VERSION), 0;
    if (command === 'run') return await run(rest, io);
    throw new UsageError(command ? `unknown command '${command}' (try --help)` : 'no command given (try --help)');
  } catch (e) {
    const known = e instanceof UsageError || e instanceof SpecError || e instanceof TargetError || e instanceof UnknownTargetError || e instanceof BaselineError;
    io.err(redact(`swf-conformance: ${known ? '' : 'internal error: '}${(e as Error).message.split('\n')[0]}`));
    if (!known && process.env.SWF_CONFORMANCE_DEBUG) io.err(redact(String((e as Error).stack)));
    return 2;
  }
}

/** `run`: generate, send, compare, report. */
async function run(argv: string[], io: Io): Promise<number> {
  const args = parseRunArgs(argv);
  const spec = loadSpec(args.spec);
  const baseline = args.baseline && existsSync(args.baseline) ? loadBaseline(args.baseline) : undefined;
  if (args.baseline && !baseline && !args.updateBaseline) throw new BaselineError(`baseline ${args.baseline}: no such file`);
  const target = await openTarget(args.target, { quirks: args.quirks, endpoint: args.endpoint, region: args.region, label: args.name }).catch((e: Error) => {
    throw e instanceof UnknownTargetError ? e : new TargetError(e.message);
  });
  let result;
  try {
    result = await runConformance({
      spec, target, seed: args.seed, runs: args.runs, families: args.families,
      hooks: args.quiet ? undefined : progressHooks(spec, args.families, (l) => io.err(redact(l))),
    });
  } finally {
    await target.close();
  }
  const today = new Date().toISOString().slice(0, 10);
  const current = args.updateBaseline ? updateBaseline(args.baseline!, baseline, result.target, result.divergences) : baseline;
  const verdict = current && applyBaseline(current, result.target, result.divergences, today);
  const report = buildReport(spec, result, VERSION, verdict && { file: args.baseline!, ...verdict });
  const [json, md] = writeReport(args.out, report, redact);
  const s = report.summary;
  io.out(`${s.divergences} divergences in ${s.rulesDiverging} of ${s.rules} rules; ${s.cases} cases on ${report.target}, seed ${report.seed}`);
  for (const [kind, n] of Object.entries(s.byKind)) io.out(`  ${kind}: ${n}`);
  if (verdict) printVerdict(verdict, args.updateBaseline ? `updated ${args.baseline}` : args.baseline!, io);
  if (result.stoppedEarly) io.out(`stopped early: ${result.stoppedEarly}`);
  io.out(`report: ${json} and ${md}`);
  if (verdict) return verdict.fresh.length || verdict.expired.length ? 1 : 0;
  return s.divergences > 0 ? 1 : 0;
}

/** Tells what the baseline excused, what is new, and which entries are stale or expired. */
function printVerdict(v: BaselineVerdict, file: string, io: Io): void {
  io.out(`baseline ${file}: ${v.baselined.length} baselined, ${v.fresh.length} new`);
  for (const key of [...new Set(v.fresh.map((d) => `${d.rule} ${d.kind}`))]) io.out(`  new: ${key}`);
  for (const e of v.stale) io.out(`  stale (no longer seen): ${e.rule} ${e.kind}`);
  for (const e of v.expired) io.out(`  expired ${e.expires}: ${e.rule} ${e.kind}`);
}
