import { describe, expect, it } from 'vitest';
import { createTokenBucket } from './token-bucket.ts';

describe('createTokenBucket', () => {
  it('lets `size` calls through at once, then one more per 1/refill seconds, never more than `size` saved up', () => {
    let ms = 0;
    const bucket = createTokenBucket(3, 2, () => ms);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    ms += 499;
    expect(bucket.take()).toBe(false);
    ms += 1;
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
    ms += 60_000;
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
  });
});
