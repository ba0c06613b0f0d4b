// A divergence's replay data regenerates its case exactly, and the case diverges again on a fresh target.
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import { buildWorld } from '../model/build-world.ts';
import { openTarget } from '../targets/open-target.ts';
import { runCase } from '../runner/run-case.ts';
import { replayCase } from '../runner/replay-case.ts';
import { runOnTarget } from './run-on-target.ts';

describe('replay', () => {
  it('regenerates every divergent case from its seed and path, and reproduces the divergence on a fresh mock', async () => {
    const spec = loadSpec();
    const quirks = ['allow-colon-in-workflow-id'];
    const result = await runOnTarget({ quirks, families: ['characters'], runs: 15, seed: 99 }, 'mock');
    expect(result.divergences.length).toBeGreaterThan(0);
    for (const d of result.divergences) expect(replayCase(spec, d.replay).request).toEqual(d.request);

    const d = result.divergences[result.divergences.length - 1];
    const target = await openTarget('mock', { quirks });
    try {
      const world = buildWorld(spec, d.replay.runTag);
      await target.createFixtures(world);
      const again = await runCase(spec, target, world, replayCase(spec, d.replay), d.replay);
      expect(again.divergences.map((x) => [x.rule, x.kind])).toEqual([[d.rule, d.kind]]);
    } finally {
      await target.close();
    }
  });
});
