import { dirname } from 'node:path';
import { loadSpec } from '../../spec/load-spec.ts';
import { recordRun } from '../../recordings/record-run.ts';
import { redactDeep } from '../../reports/redact.ts';
import { parseRunArgs } from '../parse-run-args.ts';
import { openNamedTarget } from '../open-named-target.ts';
import { UsageError } from '../usage-error.ts';
import { redact, type Io } from '../io.ts';
import { checkOutputFolder, writeOutput } from '../../reports/write-output.ts';
import { commandProgress } from '../progress-hooks.ts';

/**
 * `record`: runs the cases on a target and writes every case's normalized answers to a recording file. Interrupted
 * (`signal` aborted), it cleans up and writes nothing: a partial recording would compare as missing cases.
 */
export async function recordCommand(
  argv: string[],
  io: Io,
  signal: AbortSignal = new AbortController().signal,
): Promise<number> {
  if (!argv.includes('--out')) throw new UsageError('record needs --out FILE (the recording to write)');
  const args = parseRunArgs(argv);
  if (args.baseline) throw new UsageError('record takes no --baseline; judge a run with run --baseline');
  if (argv.some((a) => a.startsWith('--moto-servers')))
    throw new UsageError('record takes no --moto-servers: a recording is made on one target');
  checkOutputFolder(dirname(args.out), `--out ${args.out}: its folder`);
  const spec = loadSpec(args.spec);
  const target = await openNamedTarget(args);
  let recorded;
  const progress = commandProgress(io, redact, args.quiet);
  try {
    recorded = await recordRun(spec, target, {
      seed: args.seed,
      runs: args.runs,
      families: args.families,
      signal,
      hooks: progress?.hooks,
    });
  } finally {
    progress?.finish();
    await target.close();
  }
  if (signal.aborted) return (io.err(`swf-conformance: ${signal.reason}: ${args.out} not written`), 1);
  writeOutput(args.out, JSON.stringify(redactDeep(recorded.recording, redact), null, 1) + '\n');
  io.out(
    `recorded ${recorded.recording.cases.length} cases on ${recorded.recording.target}, seed ${args.seed}: ${args.out}`,
  );
  return 0;
}
