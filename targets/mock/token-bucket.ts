/** A token bucket, as SWF throttles calls per account: `size` tokens at most, `refillPerSecond` added back over time. */
export interface TokenBucket {
  /** Takes one token; false when the bucket is empty (the call is throttled). */
  take(): boolean;
}

/** A full bucket; `now` gives milliseconds (a test's clock, or performance.now). */
export function createTokenBucket(
  size: number,
  refillPerSecond: number,
  now: () => number = () => performance.now(),
): TokenBucket {
  let tokens = size;
  let last = now();
  return {
    take() {
      const at = now();
      tokens = Math.min(size, tokens + ((at - last) / 1000) * refillPerSecond);
      last = at;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
