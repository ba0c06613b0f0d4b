import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadSpec } from '../../spec/load-spec.ts';
import { runOnPool } from '../../runner/run-on-pool.ts';
import { buildReport } from '../../reports/build-report.ts';
import { writeReport } from '../../reports/write-report.ts';
import {
  applyBaseline,
  BaselineError,
  loadBaseline,
  updateBaseline,
  type BaselineVerdict,
} from '../../reports/baseline.ts';
import { parseRunArgs, type RunArgs } from '../parse-run-args.ts';
import { readJsonFile } from '../../spec/read-json-file.ts';
import { parsePolicy, PolicyError } from '../../oracle/policy/parse-policy.ts';
import type { ArnContext } from '../../model/policy/arn-context.ts';
import type { CallerPolicy } from '../../model/policy/caller-policy.ts';
import { parseRoleArn } from '../../targets/aws/parse-role-arn.ts';
import { UsageError } from '../usage-error.ts';
import type { Spec } from '../../spec/spec-types.ts';
import { loadRecording, RecordingError } from '../../recordings/load-recording.ts';
import { loadInteractions } from '../../recordings/load-interactions.ts';
import { judgeInteractions } from '../../recordings/judge-interactions.ts';
import { INTERACTIONS_FORMAT } from '../../recordings/interaction-recording.ts';
import { judgeRecording } from '../../recordings/judge-recording.ts';
import { applyEvidence } from '../../reports/apply-evidence.ts';
import { commandProgress } from '../progress-hooks.ts';
import { renderSummaryTable } from '../../reports/render-summary-table.ts';
import { streamResults } from '../../reports/stream-results.ts';
import { checkOutputFolder } from '../../reports/write-output.ts';
import { combineHooks } from '../../runner/combine-hooks.ts';
import { openNamedTarget, type TargetArgs } from '../open-named-target.ts';
import type { Target } from '../../targets/target.ts';
import { redact, type Io } from '../io.ts';
import { TargetError } from '../../targets/target.ts';
import { runStateful, type StatefulResult } from '../../runner/stateful/run-stateful.ts';
import { countFindings } from '../../model/fold-repeats.ts';
import { hasOwnCases } from '../../generators/case-for-rule.ts';
import { packageVersion } from '../package-version.ts';

const VERSION = packageVersion();

/** How long past its time-out a lifecycle case is waited for: the flag, else the spec's margin (longer on aws, whose timers are not exact). */
function lifecycleMarginSeconds(
  spec: ReturnType<typeof loadSpec>,
  args: { target: string; lifecycleMarginSeconds?: number },
): number {
  return (
    args.lifecycleMarginSeconds ??
    (args.target === 'aws' ? spec.lifecycle.wait.awsMarginSeconds : spec.lifecycle.wait.marginSeconds)
  );
}

/**
 * `run`: generate, send, compare with the oracle, report; the exit code follows the baseline when one is given.
 * Once `signal` is aborted (Ctrl-C, SIGTERM) the run stops after the case in flight and reports what it did.
 */
export async function runCommand(
  argv: string[],
  io: Io,
  signal: AbortSignal = new AbortController().signal,
): Promise<number> {
  const args = parseRunArgs(argv);
  const spec = loadSpec(args.spec);
  const baseline = args.baseline && existsSync(args.baseline) ? loadBaseline(args.baseline) : undefined;
  if (args.baseline && !baseline && !args.updateBaseline)
    throw new BaselineError(`baseline ${args.baseline}: no such file`);
  const evidence = args.evidence ? readEvidence(spec, args.evidence) : undefined;
  const policy = args.policy ? readCallerPolicy(spec, args) : undefined;
  const quotas =
    args.openExecutionQuota === undefined ? undefined : { openExecutionsPerDomain: args.openExecutionQuota };
  checkOutputFolder(args.out);
  // The quota also sets the mock's own; other targets are only judged by it.
  const targets = await openTargets(
    { ...args, quirks: args.quirks, callerPolicy: policy?.document, limits: quotas },
    args.motoServers,
  );
  const [target] = targets;
  let result;
  let stateful: StatefulResult | undefined;
  let closeError: unknown;
  const progress = commandProgress(io, redact, args.quiet);
  const stream = streamResults(args.out, redact);
  try {
    result = await runOnPool(
      {
        spec,
        target,
        seed: args.seed,
        runs: args.runs,
        families: args.families,
        shrink: args.shrink,
        shard: args.shard,
        concurrency: args.concurrency,
        hooks: combineHooks(progress?.hooks, stream.hooks),
        signal,
        policy: policy?.parsed,
        quotas,
        lifecycleMarginMs: lifecycleMarginSeconds(spec, args) * 1000,
        lifecycleIntervalMs: args.target === 'aws' ? 2000 : 250,
      },
      targets,
    );
    // Stateful sequences are one whole; a sharded run leaves them to its first part, an interrupted one skips them.
    if (args.stateful && (args.shard?.index ?? 1) === 1 && !signal.aborted)
      stateful = await runStateful(spec, target, { seed: args.seed, runs: args.stateful });
  } catch (e) {
    // The earlier run's files are untouched; what this one did before failing is kept beside them.
    if (stream.lines())
      io.err(`swf-conformance: the ${stream.lines()} cases done before the failure are in ${stream.partial}`);
    throw e;
  } finally {
    progress?.finish();
    // A failed clean-up must not lose the results: it is reported after the report is written.
    closeError = (await Promise.allSettled(targets.map((t) => t.close()))).find((s) => s.status === 'rejected')?.reason;
  }
  // Interrupted after its last case (during stateful sequences, say) still counts: the report must not pass for whole.
  const interrupted = result.interrupted ?? (signal.aborted ? String(signal.reason) : undefined);
  const today = new Date().toISOString().slice(0, 10);
  // A partial run would drop every entry of the rules it never reached.
  const updating = args.updateBaseline && !interrupted;
  const current = updating ? updateBaseline(args.baseline!, baseline, result.target, result.divergences) : baseline;
  const verdict = current && applyBaseline(current, result.target, result.divergences, today);
  const built = buildReport(
    spec,
    { ...result, interrupted },
    VERSION,
    verdict && { file: args.baseline!, ...verdict },
    join(args.out, 'report.json'),
  );
  const withEvidence = evidence ? applyEvidence(built, args.evidence!, evidence.target, evidence.verdict) : built;
  const told = {
    ...(policy ? { caller: { policy: policy.document, arn: policy.arn } } : {}),
    ...(quotas ? { quotas } : {}),
  };
  const report = { ...withEvidence, ...told, ...(stateful ? { stateful } : {}) };
  const [json, md] = writeReport(args.out, report, redact);
  stream.commit();
  const s = report.summary;
  const partial = interrupted ? ` (${interrupted}: partial, only the cases done before it)` : '';
  io.out(
    `${s.divergences} divergences in ${s.rulesDiverging} of ${s.rules} rules; ${s.cases} cases on ${report.target}, seed ${report.seed}${partial}`,
  );
  for (const [kind, n] of Object.entries(s.byKind)) io.out(`  ${kind}: ${n}`);
  // Counted apart: they never change the exit code below.
  if (s.softFindings)
    io.out(`${s.softFindings} soft findings (a client error other than the likely code; not divergences): see ${md}`);
  if (args.updateBaseline && !updating) io.out(`baseline ${args.baseline} not updated: the run was interrupted`);
  if (verdict) printVerdict(verdict, updating ? `updated ${args.baseline}` : args.baseline!, io);
  if (result.stoppedEarly) io.out(`stopped early: ${result.stoppedEarly}`);
  if (stateful)
    io.out(
      stateful.failure
        ? `stateful: ${stateful.failure.commands} -> ${stateful.failure.error}`
        : `stateful: ${stateful.runs} sequences in step with the model`,
    );
  if (evidence) {
    const doubted = [...new Set(evidence.verdict.specDivergences.map((d) => d.rule))];
    io.out(
      `evidence ${args.evidence} (${evidence.target}): ${Object.keys(evidence.verdict.rulesObserved).length} rules observed; spec contradicted for: ${doubted.join(', ') || 'none'}`,
    );
  }
  const ownCases = (id: string) => spec.rules.some((r) => r.id === id && hasOwnCases(r));
  if (!args.quiet) for (const line of renderSummaryTable(report, ownCases)) io.out(line);
  io.out(`report: ${json} and ${md}`);
  // A rule that got no case was not tested at all: the run cannot vouch for it.
  if (s.rulesWithoutCases.length && interrupted)
    io.out(`rules without any case: ${s.rulesWithoutCases.length}, not reached before the interruption`);
  else if (s.rulesWithoutCases.length) io.out(`rules without any case: ${s.rulesWithoutCases.join(', ')}`);
  if (closeError)
    throw new TargetError(
      `${result.target}: closing the target failed: ${(closeError as Error).message ?? closeError}`,
    );
  const counted = (list: Array<{ rule: string; kind: string }>) =>
    list.filter((d) => !report.divergences.some((x) => x.blamedOn && x.rule === d.rule));
  const untested = s.rulesWithoutCases.length > 0 || !!stateful?.failure;
  if (verdict) return counted(verdict.fresh).length || verdict.expired.length || untested ? 1 : 0;
  return s.divergences > 0 || untested ? 1 : 0;
}

/**
 * Reads --policy and checks it against the spec. ARNs are judged in the target's account: the role's for aws, else
 * --account, else the emulators' default 123456789012 (write '*' for the account to be independent of it).
 */
function readCallerPolicy(spec: Spec, args: RunArgs): { document: object; parsed: CallerPolicy; arn: ArnContext } {
  const document = readJsonFile(args.policy!, 'policy', PolicyError);
  const role = args.aws.roleArn ? parseRoleArn(args.aws.roleArn) : undefined;
  if (args.account && role && args.account !== role.account)
    throw new UsageError(`--account ${args.account} is not the account of --aws-role-arn (${role.account})`);
  const region = args.region ?? (args.target === 'aws' ? process.env.AWS_REGION : undefined) ?? 'us-east-1';
  const arn = {
    partition: role?.partition ?? 'aws',
    region,
    account: role?.account ?? args.account ?? EMULATOR_ACCOUNT,
  };
  return {
    document: document as object,
    parsed: parsePolicy(spec.access, document, arn, `policy ${args.policy}`),
    arn,
  };
}

// moto's and the mock's account; LocalStack's is 000000000000.
const EMULATOR_ACCOUNT = '123456789012';

/** Loads an evidence recording and judges it with the oracle. */
function readEvidence(spec: Spec, file: string) {
  // An imported recording (real traffic, `import`) is judged call by call; the harness's own, case by case.
  const { format } = (readJsonFile(file, 'recording', RecordingError) ?? {}) as { format?: unknown };
  if (format === INTERACTIONS_FORMAT) {
    const imported = loadInteractions(file);
    return {
      target: `imported: ${imported.sources.map((s) => s.file).join(', ')}`,
      verdict: judgeInteractions(spec, imported),
    };
  }
  const recording = loadRecording(file);
  return { target: recording.target, verdict: judgeRecording(spec, recording) };
}

/** Tells what the baseline excused, what is new, and which entries are stale or expired. */
function printVerdict(v: BaselineVerdict, file: string, io: Io): void {
  io.out(`baseline ${file}: ${countFindings(v.baselined)} baselined, ${countFindings(v.fresh)} new`);
  for (const key of [...new Set(v.fresh.map((d) => `${d.rule} ${d.kind}`))]) io.out(`  new: ${key}`);
  for (const e of v.stale) io.out(`  stale (no longer seen): ${e.rule} ${e.kind}`);
  for (const e of v.expired) io.out(`  expired ${e.expires}: ${e.rule} ${e.kind}`);
}

/** The run's targets: one, or a pool of `count` managed moto servers started side by side (all closed if one fails). */
async function openTargets(args: TargetArgs, count: number): Promise<Target[]> {
  const opened = await Promise.allSettled(Array.from({ length: count }, () => openNamedTarget(args)));
  const failed = opened.find((o) => o.status === 'rejected');
  const targets = opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  if (!failed) return targets;
  await Promise.allSettled(targets.map((t) => t.close()));
  throw failed.reason;
}
