// Proof that the lifecycle family finds real divergences: each lifecycle quirk of the mock is run through the whole
// family, and the report must name exactly the rule that was broken, and nothing else. Its own file, so that its
// timers wait beside the other suites instead of after detects-broken-mocks.
import { describe, expect, it } from 'vitest';
import { runOnTarget } from './run-on-target.ts';
import { LIFECYCLE_BROKEN_MOCKS } from './broken-mocks.ts';

// The mock's timers fire on the dot (they are read off its clock at each call): half a second is margin enough.
const MOCK_MARGIN_MS = 500;

describe.each(LIFECYCLE_BROKEN_MOCKS.map((b) => [b.quirk, b] as const))(
  'the lifecycle family on a mock broken by %s',
  (_q, broken) => {
    it(`reports ${broken.rule} as ${broken.kind}, and only that`, async () => {
      const result = await runOnTarget(
        { quirks: [broken.quirk], runs: 10, families: broken.families, lifecycleMarginMs: MOCK_MARGIN_MS },
        'mock',
      );
      const found = [...new Set(result.divergences.map((d) => `${d.rule} ${d.kind}`))];
      expect(found).toEqual([`${broken.rule} ${broken.kind}`]);
      expect(result.divergences[0].replay).toMatchObject({
        rule: broken.rule,
        seed: result.seed,
        path: expect.stringMatching(/^\d+$/),
      });
    }, 60_000);
  },
);
