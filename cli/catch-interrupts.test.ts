// The CLI's signal handling, on a stand-in emitter: the process's own signals would reach vitest too.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { catchInterrupts } from './catch-interrupts';

const setUp = () => {
  const signals = new EventEmitter();
  const errors: string[] = [];
  const exits: number[] = [];
  const interrupts = catchInterrupts({ out: () => {}, err: (l) => errors.push(l) }, (code) => { exits.push(code); }, signals);
  return { signals, errors, exits, interrupts };
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
    expect(errors).toEqual([expect.stringMatching(/^swf-conformance: interrupted by SIGTERM: finishing the case in flight/)]);
  });

  it('exits at once on a second signal, with that signal\'s code', () => {
    const { signals, exits, interrupts } = setUp();
    signals.emit('SIGINT');
    expect(interrupts.exitCode()).toBe(130);
    signals.emit('SIGTERM');
    expect(exits).toEqual([143]);
    expect(interrupts.signal.reason).toBe('interrupted by SIGINT');
  });

  it('stops listening once released', () => {
    const { signals, interrupts } = setUp();
    expect(signals.listenerCount('SIGINT') + signals.listenerCount('SIGTERM')).toBe(2);
    interrupts.release();
    expect(signals.listenerCount('SIGINT') + signals.listenerCount('SIGTERM')).toBe(0);
    signals.emit('SIGINT');
    expect(interrupts.signal.aborted).toBe(false);
  });
});
