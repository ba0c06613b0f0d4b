// Proof that the harness finds real divergences: each broken mock is run through every family, and the report must
// name exactly the rule that was broken, with the right kind, and nothing else.
import { describe, expect, it } from 'vitest';
import { runOnTarget } from './run-on-target.ts';
import { BROKEN_MOCKS, FAMILIES_BUT_LIFECYCLE, HANG_TIMEOUT_MS } from './broken-mocks.ts';

describe.each(BROKEN_MOCKS.map((b) => [b.quirk, b] as const))('the suites on a mock broken by %s', (_q, broken) => {
  it(`report ${broken.rule} as ${broken.kind}, and only that`, async () => {
    const result = await runOnTarget(
      {
        quirks: [broken.quirk],
        runs: 10,
        families: broken.families ?? FAMILIES_BUT_LIFECYCLE,
        callTimeoutMs: HANG_TIMEOUT_MS,
        policy: broken.policy,
        openExecutionQuota: broken.openExecutionQuota,
      },
      'mock',
    );
    const found = [...new Set(result.divergences.map((d) => `${d.rule} ${d.kind}`))];
    expect(found).toEqual([`${broken.rule} ${broken.kind}`]);
    const divergent = result.divergences[0];
    expect(divergent.replay).toMatchObject({
      rule: expect.any(String),
      seed: result.seed,
      path: expect.stringMatching(/^\d+$/),
    });
  });
});
