import { USAGE } from './usage.ts';
import { UsageError } from './usage-error.ts';
import { redact, stdio, type Io } from './io.ts';
import { catchInterrupts } from './catch-interrupts.ts';
import { packageVersion } from './package-version.ts';

/** A command: its arguments, where to print, and the signal that a Ctrl-C or SIGTERM aborts. */
type Command = (argv: string[], io: Io, signal: AbortSignal) => Promise<number>;

// Loaded when asked for: `--help` and `--version` load none of them, nor the SDK, msw or fast-check behind them.
const COMMANDS: Record<string, () => Promise<Command>> = {
  run: async () => (await import('./commands/run-command.ts')).runCommand,
  record: async () => (await import('./commands/record-command.ts')).recordCommand,
  compare: async () => (await import('./commands/compare-command.ts')).compareCommand,
  replay: async () => (await import('./commands/replay-command.ts')).replayCommand,
  report: async () => (await import('./commands/report-command.ts')).reportCommand,
  import: async () => (await import('./commands/import-command.ts')).importCommand,
  parity: async () => (await import('./commands/parity-command.ts')).parityCommand,
};

/** Errors that mean the run could not happen; anything else is a bug of the harness, still one line and exit 2. */
async function knownErrors(): Promise<Array<abstract new (...args: never[]) => Error>> {
  // Imported when an error is printed: the command that threw has loaded these modules already.
  const modules = await Promise.all([
    import('../spec/load-spec.ts').then((m) => m.SpecError),
    import('../targets/open-target.ts').then((m) => m.UnknownTargetError),
    import('../targets/target.ts').then((m) => m.TargetError),
    import('../reports/baseline.ts').then((m) => m.BaselineError),
    import('../recordings/load-recording.ts').then((m) => m.RecordingError),
    import('../reports/read-report.ts').then((m) => m.ReportFileError),
    import('../reports/merge-shards.ts').then((m) => m.MergeError),
    import('../oracle/policy/parse-policy.ts').then((m) => m.PolicyError),
    import('../reports/write-output.ts').then((m) => m.OutputError),
  ]);
  return [UsageError, ...modules];
}

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
    await printError(e, io);
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
  if (command === '--version') return (io.out(packageVersion()), 0);
  const load = command && Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load)
    throw new UsageError(command ? `unknown command '${command}' (try --help)` : 'no command given (try --help)');
  return (await load())(rest, io, signal);
}

/** Prints an error in one line. */
async function printError(e: unknown, io: Io): Promise<void> {
  const known = (await knownErrors()).some((k) => e instanceof k);
  io.err(
    redact(`swf-conformance: ${known ? '' : 'internal error: '}${String((e as Error)?.message ?? e).split('\n')[0]}`),
  );
  if (!known && process.env.SWF_CONFORMANCE_DEBUG) io.err(redact(String((e as Error)?.stack)));
}
