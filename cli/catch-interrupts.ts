import type { Io } from './io.ts';
import { watchParent, type ParentWatch } from './watch-parent.ts';

/** 128 + the signal's number, as shells report a process ended by it. */
export const INTERRUPTED_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
type Interrupt = keyof typeof INTERRUPTED_EXIT_CODES;

/** Where signals come from: the process, or a stand-in in tests. */
export type SignalSource = Pick<NodeJS.EventEmitter, 'on' | 'off'>;

export interface Interrupts {
  /** Aborted on the first SIGINT or SIGTERM (or the parent's death, taken as SIGTERM), its reason 'interrupted by SIGINT' (or SIGTERM). */
  signal: AbortSignal;
  /** 130 or 143 once a signal has arrived; undefined before. */
  exitCode(): number | undefined;
  /** Stops listening: the process's own handling of the signals applies again. */
  release(): void;
}

/**
 * Catches Ctrl-C and SIGTERM for a command: the first aborts `signal`, so the command stops after the case in flight,
 * cleans up and writes what it did; a second one exits at once (process 'exit' hooks still kill a managed moto).
 * The death of the process that started this one (npx, whose SIGTERM never reaches us) counts as a first SIGTERM.
 */
export function catchInterrupts(
  io: Io,
  exit: (code: number) => void = (code) => process.exit(code),
  signals: SignalSource = process,
  parent: ParentWatch = watchParent,
): Interrupts {
  const controller = new AbortController();
  let first: Interrupt | undefined;
  // Stopped because the parent went: the signal that follows is most likely the same event (timeout and CI signal the
  // whole group, and npx goes first), so one is taken as the stop already under way, not as a second signal.
  let parentWent = false;
  const onSignal = (signal: Interrupt) => () => {
    if (first && parentWent) {
      parentWent = false;
      return;
    }
    if (first) {
      io.err(`swf-conformance: second signal (${signal}): exiting now, without the report`);
      return exit(INTERRUPTED_EXIT_CODES[signal]);
    }
    first = signal;
    io.err(
      `swf-conformance: interrupted by ${signal}: finishing the case in flight, then cleaning up and writing what was done (${signal} again to exit at once)`,
    );
    controller.abort(`interrupted by ${signal}`);
  };
  const listeners = { SIGINT: onSignal('SIGINT'), SIGTERM: onSignal('SIGTERM') };
  for (const [signal, listener] of Object.entries(listeners)) signals.on(signal, listener);
  const unwatch = parent(() => {
    // After a signal the run is stopping already; the parent going with it is no second signal.
    if (first) return;
    io.err('swf-conformance: the process that started it is gone: stopping as on SIGTERM');
    listeners.SIGTERM();
    parentWent = true;
  });
  return {
    signal: controller.signal,
    exitCode: () => first && INTERRUPTED_EXIT_CODES[first],
    release: () => {
      unwatch();
      for (const [signal, listener] of Object.entries(listeners)) signals.off(signal, listener);
    },
  };
}
