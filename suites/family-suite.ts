import { beforeAll, describe, expect, it } from 'vitest';
import type { Family } from '../spec/spec-types.ts';
import { loadSpec } from '../spec/load-spec.ts';
import type { RunResult } from '../runner/run-result.ts';
import { runOnTarget, SUITE_TARGET } from './run-on-target.ts';

/**
 * Declares the vitest suite of one rule family: its cases run on the selected target, every rule of the family gets
 * cases, and each divergence fails the suite with its rule, kind and replay.
 */
export function describeFamily(family: Family): void {
  describe(`${family} on ${SUITE_TARGET}`, () => {
    let result: RunResult;
    beforeAll(async () => {
      result = await runOnTarget({ families: [family] });
    });

    it('exercises every rule of the family', () => {
      const ids = loadSpec()
        .rules.filter((r) => r.family === family)
        .map((r) => r.id);
      for (const id of ids) expect(result.rules.find((r) => r.id === id)?.cases ?? 0, id).toBeGreaterThan(0);
    });

    it('finds the target conforming to the contract', () => {
      const found = result.divergences.map(
        (d) =>
          `${d.rule} ${d.kind} (seed ${d.replay.seed} path ${d.replay.path}): observed ${JSON.stringify(d.observed).slice(0, 200)}`,
      );
      expect(found).toEqual([]);
    });
  });
}
