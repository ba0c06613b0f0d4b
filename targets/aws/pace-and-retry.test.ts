import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPacer } from './pace.ts';
import { retryThrottled } from './retry-throttled.ts';
import { classifyOutcome } from '../../oracle/classify-outcome.ts';
import { toObservation } from '../to-observation.ts';

const throttled = () =>
  Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } });

describe('pacing and throttling on the real service', () => {
  afterEach(() => vi.useRealTimers());

  it('spaces calls at least 1/rate seconds apart', async () => {
    vi.useFakeTimers();
    const pace = createPacer(5);
    const started: number[] = [];
    const calls = [0, 1, 2, 3].map(async () => {
      await pace();
      started.push(Date.now());
    });
    await vi.runAllTimersAsync();
    await Promise.all(calls);
    expect(started.slice(1).map((t, i) => t - started[i])).toEqual([200, 200, 200]);
  });

  it('retries ThrottlingException on set-up calls, then gives up', async () => {
    vi.useFakeTimers();
    let n = 0;
    const ok = retryThrottled(
      async () => {
        if (++n < 3) throw throttled();
        return 'done';
      },
      6,
      1,
    );
    await vi.runAllTimersAsync();
    await expect(ok).resolves.toBe('done');
    const never = retryThrottled(
      async () => {
        throw throttled();
      },
      3,
      1,
    );
    const caught = never.catch((e) => e);
    await vi.runAllTimersAsync();
    expect((await caught).name).toBe('ThrottlingException');
  });

  it('does not retry other errors', async () => {
    let n = 0;
    await expect(
      retryThrottled(async () => {
        n++;
        throw Object.assign(new Error('x'), { name: 'UnknownResourceFault' });
      }),
    ).rejects.toThrow();
    expect(n).toBe(1);
  });

  it('makes a throttled case inconclusive, never a divergence', () => {
    const o = toObservation(throttled());
    expect(o.inconclusive).toMatch(/throttled/);
    expect(
      classifyOutcome({ outcome: 'success', effective: { workflowType: { name: 'a', version: '1' }, tagList: [] } }, o),
    ).toBeUndefined();
  });
});
