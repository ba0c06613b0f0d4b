// A case that leaves the target broken for later calls is reported as target-corrupted, on that case, and the run
// goes on after a reset without blaming later rules.
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import { openTarget } from '../targets/open-target.ts';
import { runConformance } from '../runner/run-conformance.ts';
import { runOnTarget } from './run-on-target.ts';

const quirks = ['corrupt-after-non-numeric-timeout'];

describe('target corruption', () => {
  it('is detected, blamed on the case that caused it, and the run continues after a reset', async () => {
    const result = await runOnTarget({ quirks, families: ['value-formats'], runs: 10, seed: 5 }, 'mock');
    const corrupted = result.divergences.filter((d) => d.kind === 'target-corrupted');
    expect(corrupted.length).toBeGreaterThan(0);
    for (const d of corrupted) {
      expect(d.rule).toBe('executionStartToCloseTimeout.notInteger');
      expect(String((d.request as { executionStartToCloseTimeout?: string }).executionStartToCloseTimeout)).not.toMatch(
        /^\d+$/,
      );
      // The same case was also accepted although invalid: that is what broke the target.
      expect(
        result.divergences.some(
          (x) => x.kind === 'accepted-invalid' && x.replay.path === d.replay.path && x.rule === d.rule,
        ),
      ).toBe(true);
    }
    expect(new Set(result.divergences.map((d) => d.rule))).toEqual(
      new Set(['executionStartToCloseTimeout.notInteger']),
    );
    // Every rule of the family still ran all its cases, those after the corruption included.
    for (const r of result.rules.filter((x) => x.family === 'value-formats')) expect(r.cases, r.id).toBe(10);
    expect(result.stoppedEarly).toBeUndefined();
  });

  it('ends the run with what was found when the target cannot be reset', async () => {
    const target = await openTarget('mock', { quirks });
    try {
      const { reset: _no, ...withoutReset } = target;
      const result = await runConformance({
        spec: loadSpec(),
        target: withoutReset,
        seed: 5,
        runs: 10,
        families: ['value-formats'],
      });
      expect(result.stoppedEarly).toMatch(/executionStartToCloseTimeout.notInteger case \d+ and cannot be reset/);
      expect(result.divergences.at(-1)!.kind).toBe('target-corrupted');
      expect(result.divergences.filter((d) => d.kind === 'server-error')).toEqual([]);
    } finally {
      await target.close();
    }
  });
});
