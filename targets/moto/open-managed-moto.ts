import { spawn, type ChildProcess } from 'node:child_process';
import { MOTO_COMMANDS, MOTO_MISSING } from './find-moto-command.ts';
import { freePort } from './free-port.ts';
import { ExitedBeforeReady, waitUntilReady } from './wait-until-ready.ts';
import { resetMoto } from './reset-moto.ts';
import { tieToOwner } from './tie-to-owner.ts';

/** A moto server this process started and owns. */
export interface ManagedMoto {
  endpoint: string;
  /** The pid of the server process, while it runs. */
  pid(): number | undefined;
  /** Empties moto's state through its reset API; restarts the server when that fails. */
  reset(): Promise<void>;
  /** Stops the server and waits for it to exit; safe to call twice. */
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 30_000;
const running = new Set<ChildProcess>();
// SIGHUP too: moto runs in its own session (below), so a closed terminal no longer reaches it directly.
const GUARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const FALLBACK = Symbol.for('swf-conformance.signal-fallback');

/** Marks a signal listener that only stands in for Node's default handling (see isSignalFallback). */
export function markSignalFallback<T extends (...args: never[]) => unknown>(listener: T): T {
  return Object.assign(listener, { [FALLBACK]: true });
}

/** Whether a signal listener is a stand-in for the default handling, which yields to any real handler (the CLI's). */
export function isSignalFallback(listener: unknown): boolean {
  return typeof listener === 'function' && FALLBACK in listener;
}

const killAll = () => running.forEach((p) => p.kill('SIGKILL'));

/** Like Node's default (death by the signal), with moto killed first, but only when no real handler takes the signal. */
const dieWithMoto = markSignalFallback((signal: NodeJS.Signals) => {
  // A real handler (the CLI) stops gracefully and stops moto itself; the 'exit' hook covers its process.exit.
  if (process.listeners(signal).some((l) => !isSignalFallback(l))) return;
  killAll();
  disarmSignals();
  // Listeners gone, the default disposition is back: the process ends by the signal, as it would have without moto.
  process.kill(process.pid, signal);
});

/** Listens for the signals that would otherwise end the process without running 'exit' listeners. */
function armSignals(): void {
  for (const signal of GUARDED_SIGNALS)
    if (!process.listeners(signal).includes(dieWithMoto)) process.on(signal, dieWithMoto);
}

/** Stops listening, once no moto of ours runs: the process's signal handling is its own again. */
function disarmSignals(): void {
  for (const signal of GUARDED_SIGNALS) process.off(signal, dieWithMoto);
}

/** Keeps track of a moto process, so that a run that ends any way at all (an error, a signal, process.exit) kills it. */
function track(p: ChildProcess): void {
  // 'exit' listeners run on process.exit and a normal end, never on a signal's default handling: hence armSignals.
  if (!process.listeners('exit').includes(killAll)) process.on('exit', killAll);
  if (!running.size) armSignals();
  running.add(p);
  // Nothing is ever written to the tie; closing it once the server is gone lets its watchdog end too.
  p.stdin?.on('error', () => {});
  p.once('exit', () => {
    p.stdin?.destroy();
    running.delete(p);
    if (!running.size) disarmSignals();
  });
}

// Each way to start moto is launched rather than probed first (a probe is a Python start, about 0.8 s, and blocked
// the start of a pool's other servers); the one that answered is tried first by the next server.
let worked: readonly string[] | undefined;

/** Starts moto server on a free loopback port and waits until it answers. */
export async function openManagedMoto(): Promise<ManagedMoto> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;

  const launch = async (command: readonly string[] = worked ?? MOTO_COMMANDS[0]) => {
    // Its own session: a Ctrl-C on the terminal reaches the CLI only, which then finishes the case in flight on it.
    // Tied to this process through its stdin pipe: even a kill -9 of the harness, which no hook sees, ends it.
    const [file, ...args] = tieToOwner([...command, '-H', '127.0.0.1', '-p', String(port)]);
    const p = spawn(file, args, { stdio: ['pipe', 'ignore', 'ignore'], detached: true });
    track(p);
    child = p;
    await waitUntilReady(
      `${endpoint}/moto-api/data.json`,
      READY_TIMEOUT_MS,
      () => p.exitCode === null && p.signalCode === null,
    );
  };
  /** The first command that starts a server which answers; one that exits first is not there (or not working). */
  const launchAny = async () => {
    const exits: string[] = [];
    for (const command of worked ? [worked, ...MOTO_COMMANDS.filter((c) => c !== worked)] : MOTO_COMMANDS) {
      try {
        await launch(command);
        worked = command;
        return;
      } catch (e) {
        const p = child;
        await stop();
        if (!(e instanceof ExitedBeforeReady)) throw e;
        exits.push(`${command.join(' ')} exited with ${p?.exitCode ?? p?.signalCode}`);
      }
    }
    throw new Error(`${MOTO_MISSING} (${exits.join('; ')})`);
  };
  const stop = async () => {
    const p = child;
    child = undefined;
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
    const exited = new Promise((r) => p.once('exit', r));
    p.kill('SIGTERM');
    const timer = setTimeout(() => p.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  };

  await launchAny();
  return {
    endpoint,
    pid: () => child?.pid,
    async reset() {
      if (await resetMoto(endpoint)) return;
      await stop();
      await launch();
    },
    stop,
  };
}
