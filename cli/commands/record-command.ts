import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadSpec } from '../../spec/load-spec';
import { recordRun } from '../../recordings/record-run';
import { redactDeep } from '../../reports/redact';
import { parseRunArgs } from '../parse-run-args';
import { openNamedTarget } from '../open-named-target';
import { UsageError } from '../usage-error';
import { redact, type Io } from '../io';

/**
 * `record`: runs the cases on a target and writes every case's normalized answers to a recording file. Interrupted
 * (`signal` aborted), it cleans up and writes nothing: a partial recording would compare as missing cases.
 */
export async function recordCommand(argv: string[], io: Io, signal: AbortSignal = new AbortController().signal): Promise<number> {
  if (!argv.includes('--out')) throw new UsageError('record needs --out FILE (the recording to write)');
  const args = parseRunArgs(argv);
  if (args.baseline) throw new UsageError('record takes no --baseline; judge a run with run --baseline');
  const spec = loadSpec(args.spec);
  const target = await openNamedTarget(args);
  let recorded;
  try {
    recorded = await recordRun(spec, target, { seed: args.seed, runs: args.runs, families: args.families, signal });
  } finally {
    await target.close();
  }
  if (signal.aborted) return io.err(`swf-conformance: ${signal.reason}: ${args.out} not written`), 1;
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, JSON.stringify(redactDeep(recorded.recording, redact), null, 1) + '\n');
  io.out(`recorded ${recorded.recording.cases.length} cases on ${recorded.recording.target}, seed ${args.seed}: ${args.out}`);
  return 0;
}
