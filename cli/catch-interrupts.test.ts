// The CLI's signal handling, on a stand-in emitter: the process's own signals would reach vitest too.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { catchInterrupts } from './catch-interrupts.ts';

const setUp = () => {
  const signals = new EventEmitter();
  const errors: string[] = [];
  const exits: number[] = [];
  // A stand-in for the parent watch: `dies` is what it calls when the parent is gone; `watching` until released.
  const parent = { dies: () => {}, watching: false };
  const watch = (gone: () => void) => {
    parent.dies = gone;
    parent.watching = true;
    return () => {
      parent.watching = false;
    };
  };
  const interrupts = catchInterrupts(
    { out: () => {}, err: (l) => errors.push(l) },
    (code) => {
      exits.push(code);
    },
    signals,
    watch,
  );
  return { signals, errors, exits, interrupts, parent };
};

describe('catchInterrupts', () => {
  it('aborts on the first signal, with its reason and exit code, and does not exit', () => {
    const { signals, errors, exits, interrupts } = setUp();
    expect(interrupts.signal.aborted).toBe(false);
    expect(interrupts.exitCode()).toBeUndefined();
    signals.emit('SIGTERM');
    expect(interrupts.signal.aborted).toBe(true);
    expect(interrupts.signal.reason).toBe('interrupted by SIGTERM');
    expect(interrupts.exitCode()).toBe(143);
    expect(exits).toEqual([]);
    expect(errors).toEqual([
      expect.stringMatching(/^swf-conformance: interrupted by SIGTERM: finishing the case in flight/),
    ]);
  });

  it("exits at once on a second signal, with that signal's code", () => {
    const { signals, exits, interrupts } = setUp();
    signals.emit('SIGINT');
    expect(interrupts.exitCode()).toBe(130);
    signals.emit('SIGTERM');
    expect(exits).toEqual([143]);
    expect(interrupts.signal.reason).toBe('interrupted by SIGINT');
  });

  it('stops listening once released', () => {
    const { signals, interrupts, parent } = setUp();
    expect(signals.listenerCount('SIGINT') + signals.listenerCount('SIGTERM')).toBe(2);
    expect(parent.watching).toBe(true);
    interrupts.release();
    expect(signals.listenerCount('SIGINT') + signals.listenerCount('SIGTERM')).toBe(0);
    expect(parent.watching).toBe(false);
    signals.emit('SIGINT');
    expect(interrupts.signal.aborted).toBe(false);
  });

  it('takes the death of the process that started it (npx) for a first SIGTERM: aborts, 143, no exit', () => {
    const { errors, exits, interrupts, parent } = setUp();
    parent.dies();
    expect(interrupts.signal.reason).toBe('interrupted by SIGTERM');
    expect(interrupts.exitCode()).toBe(143);
    expect(exits).toEqual([]);
    expect(errors).toEqual([
      'swf-conformance: the process that started it is gone: stopping as on SIGTERM',
      expect.stringMatching(/^swf-conformance: interrupted by SIGTERM: finishing the case in flight/),
    ]);
  });

  it('does not count the parent going after a signal as a second signal', () => {
    const { signals, parent, exits, interrupts } = setUp();
    signals.emit('SIGINT');
    parent.dies();
    expect(exits).toEqual([]);
    expect(interrupts.exitCode()).toBe(130);
  });

  it('takes the signal that comes with the parent going (timeout signals the whole group) for the same stop; the next one exits', () => {
    const { signals, parent, exits, interrupts } = setUp();
    parent.dies();
    signals.emit('SIGTERM');
    expect(exits).toEqual([]);
    expect(interrupts.signal.reason).toBe('interrupted by SIGTERM');
    signals.emit('SIGTERM');
    expect(exits).toEqual([143]);
  });
});
