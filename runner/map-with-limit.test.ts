import { describe, expect, it } from 'vitest';
import { mapWithLimit } from './map-with-limit.ts';

describe('mapWithLimit', () => {
  it('keeps the order of the items and never has more than the limit in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const seen: number[] = [];
    const out = await mapWithLimit([5, 1, 4, 2, 3], 2, async (n) => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, n));
      seen.push(n);
      inFlight--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
    expect(seen).not.toEqual([5, 1, 4, 2, 3]);
  });

  it('runs one at a time, in order, at limit 1', async () => {
    const seen: number[] = [];
    await mapWithLimit([3, 1, 2], 1, async (n) => {
      await new Promise((r) => setTimeout(r, n));
      seen.push(n);
    });
    expect(seen).toEqual([3, 1, 2]);
  });
});
