import { spawn, type ChildProcess } from 'node:child_process';
import { findMotoCommand, MOTO_MISSING } from './find-moto-command';
import { freePort } from './free-port';
import { waitUntilReady } from './wait-until-ready';
import { resetMoto } from './reset-moto';

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
let guarded = false;

/** Makes sure a run that ends any way at all (an error, Ctrl-C, a kill) leaves no moto of its own behind. */
function guardProcessExit(): void {
  if (guarded) return;
  guarded = true;
  const killAll = () => running.forEach((p) => p.kill('SIGKILL'));
  process.once('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => { killAll(); process.exit(signal === 'SIGINT' ? 130 : 143); });
  }
}

/** Starts moto server on a free loopback port and waits until it answers. */
export async function startManagedMoto(): Promise<ManagedMoto> {
  const command = findMotoCommand();
  if (!command) throw new Error(MOTO_MISSING);
  guardProcessExit();
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;

  const launch = async () => {
    const p = spawn(command[0], [...command.slice(1), '-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
    running.add(p);
    p.once('exit', () => running.delete(p));
    child = p;
    await waitUntilReady(`${endpoint}/moto-api/data.json`, READY_TIMEOUT_MS, () => p.exitCode === null && p.signalCode === null);
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

  try {
    await launch();
  } catch (e) {
    await stop();
    throw e;
  }
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
