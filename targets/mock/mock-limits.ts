import { createTokenBucket, type TokenBucket } from './token-bucket.ts';

/** Service quotas the mock enforces. */
export interface MockLimits {
  /** Open executions one domain may hold; a start beyond it fails with LimitExceededFault. */
  openExecutionsPerDomain: number;
  /** The account's token bucket for StartWorkflowExecution; an empty bucket answers ThrottlingException. */
  startBucket: { size: number; refillPerSecond: number };
}

/** AWS's documented quotas (SWF developer guide, swf-dg-limits; spec/evidence/swf-facts.md §4). */
export const AWS_LIMITS: MockLimits = {
  openExecutionsPerDomain: 100_000,
  startBucket: { size: 2000, refillPerSecond: 200 },
};

/** The limits of one mock instance, and the bucket its starts draw from. */
export interface MockQuotas {
  limits: MockLimits;
  startTokens: TokenBucket;
}

/**
 * AWS's quotas, with the given ones lowered or raised (to produce LimitExceededFault or throttling on purpose); the
 * bucket refills on `clock` (epoch milliseconds) when given, so that a test's clock governs it too.
 */
export function createQuotas(given: Partial<MockLimits> = {}, clock?: () => number): MockQuotas {
  const limits = { ...AWS_LIMITS, ...given };
  return { limits, startTokens: createTokenBucket(limits.startBucket.size, limits.startBucket.refillPerSecond, clock) };
}
