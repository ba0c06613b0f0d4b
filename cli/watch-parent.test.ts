// The parent watch on a stand-in lineage and fake timers: the real parent is vitest's.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchParent } from './watch-parent.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('watchParent', () => {
  it('calls back once, at the first look after what started it changes (adopted by init), then stops looking', () => {
    vi.useFakeTimers();
    let lineage = '4242';
    const looks = vi.fn(() => lineage);
    const gone = vi.fn();
    watchParent(gone, looks, 500);
    vi.advanceTimersByTime(2000);
    expect(gone).not.toHaveBeenCalled();
    lineage = '1';
    vi.advanceTimersByTime(499);
    expect(gone).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(gone).toHaveBeenCalledTimes(1);
    const seen = looks.mock.calls.length;
    vi.advanceTimersByTime(5000);
    expect(gone).toHaveBeenCalledTimes(1);
    expect(looks.mock.calls.length).toBe(seen);
  });

  it('never calls back once stopped', () => {
    vi.useFakeTimers();
    let lineage = '4242';
    const gone = vi.fn();
    const stop = watchParent(gone, () => lineage, 500);
    stop();
    lineage = '1';
    vi.advanceTimersByTime(5000);
    expect(gone).not.toHaveBeenCalled();
  });

  it('does not keep the process up', () => {
    const started = vi.spyOn(globalThis, 'setInterval');
    const stop = watchParent(() => {});
    const timer = started.mock.results[0].value as NodeJS.Timeout;
    // An event loop with nothing else to do may end: the timer is unref'd.
    expect(timer.hasRef()).toBe(false);
    stop();
    started.mockRestore();
  });
});
