import { SpecError } from '../spec/load-spec.ts';
import { UnknownTargetError } from '../targets/open-target.ts';
import { TargetError } from '../targets/target.ts';
import { BaselineError } from '../reports/baseline.ts';
import { RecordingError } from '../recordings/load-recording.ts';
import { runCommand, VERSION } from './commands/run-command.ts';
import { recordCommand } from './commands/record-command.ts';
import { compareCommand } from './commands/compare-command.ts';
import { replayCommand } from './commands/replay-command.ts';
import { reportCommand } from './commands/report-command.ts';
import { importCommand } from './commands/import-command.ts';
import { parityCommand } from './commands/parity-command.ts';
import { ReportFileError } from '../reports/read-report.ts';
import { MergeError } from '../reports/merge-shards.ts';
import { USAGE } from './usage.ts';
import { UsageError } from './usage-error.ts';
import { PolicyError } from '../oracle/policy/parse-policy.ts';
import { redact, stdio, type Io } from './io.ts';
import { catchInterrupts } from './catch-interrupts.ts';
import { OutputError } from '../reports/write-output.ts';

/** A command: its arguments, where to print, and the signal that a Ctrl-C or SIGTERM aborts. */
type Command = (argv: string[], io: Io, signal: AbortSignal) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  run: runCommand,
  record: recordCommand,
  compare: compareCommand,
  replay: replayCommand,
  report: reportCommand,
  import: importCommand,
  parity: parityCommand,
};
// Errors that mean the run could not happen; anything else is a bug of the harness, still one line and exit 2.
const KNOWN = [
  UsageError,
  SpecError,
  TargetError,
  UnknownTargetError,
  BaselineError,
  RecordingError,
  ReportFileError,
  MergeError,
  PolicyError,
  OutputError,
];

/**
 * Runs the command line; resolves to the exit code (0 conforms, 1 divergences, 2 the run could not happen, 130/143
 * interrupted by SIGINT/SIGTERM, whatever the command would have returned).
 */
export async function main(argv: string[], io: Io = stdio): Promise<number> {
  const interrupts = catchInterrupts(io);
  try {
    const code = await dispatch(argv, io, interrupts.signal);
    return interrupts.exitCode() ?? code;
  } catch (e) {
    printError(e, io);
    return interrupts.exitCode() ?? 2;
  } finally {
    interrupts.release();
  }
}

/** Finds the command and runs it. */
async function dispatch(argv: string[], io: Io, signal: AbortSignal): Promise<number> {
  const [command, ...rest] = argv;
  // `run --help`, `report diff -h`: help wherever it is asked for, never a refused option.
  if (command === 'help' || argv.some((a) => a === '--help' || a === '-h')) return (io.out(USAGE), 0);
  if (command === '--version') return (io.out(VERSION), 0);
  const handler = command ? COMMANDS[command] : undefined;
  if (!handler)
    throw new UsageError(command ? `unknown command '${command}' (try --help)` : 'no command given (try --help)');
  return handler(rest, io, signal);
}

/** Prints an error in one line. */
function printError(e: unknown, io: Io): void {
  const known = KNOWN.some((k) => e instanceof k);
  io.err(
    redact(`swf-conformance: ${known ? '' : 'internal error: '}${String((e as Error)?.message ?? e).split('\n')[0]}`),
  );
  if (!known && process.env.SWF_CONFORMANCE_DEBUG) io.err(redact(String((e as Error)?.stack)));
}
