import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Case } from '../model/case.ts';
import { DRAW_CHUNK, drawCase, drawMine } from './draw-mine.ts';

// Arrays of naturals: fast-check's bias depends on a value's index, so a chunk drawn from the wrong index would differ.
const asCase = (ns: number[]): Case => ({ rule: 'r', before: [], request: { domain: 'd', workflowId: ns.join(',') } });
const cases = fc.array(fc.nat()).map(asCase);

describe('drawMine', () => {
  it.each([0, 1, DRAW_CHUNK, DRAW_CHUNK + 1, 5 * DRAW_CHUNK + 3])(
    'draws the cases of one whole sample (%i)',
    (count) => {
      const whole = fc.sample(cases, { seed: 7, numRuns: count });
      const drawn = [...drawMine(cases, { seed: 7, count })];
      expect(drawn.map((s) => s.index)).toEqual(whole.map((_, i) => i));
      expect(drawn.map((s) => s.kase)).toEqual(whole);
    },
  );

  it("keeps a shard's share with the indexes of the whole run", () => {
    const count = 3 * DRAW_CHUNK + 5;
    const whole = fc.sample(cases, { seed: 3, numRuns: count });
    const drawn = [...drawMine(cases, { seed: 3, count, shard: { index: 2, count: 3 } })];
    expect(drawn.map((s) => s.index)).toEqual(whole.map((_, i) => i).filter((i) => i % 3 === 1));
    expect(drawn.map((s) => s.kase)).toEqual(whole.filter((_, i) => i % 3 === 1));
  });

  it('draws a chunk at a time, when its first case is taken', () => {
    let made = 0;
    const counted = fc.nat().map((n) => (made++, asCase([n])));
    const it = drawMine(counted, { seed: 1, count: 10 * DRAW_CHUNK });
    expect(made).toBe(0);
    it.next();
    expect(made).toBe(DRAW_CHUNK);
    for (let i = 1; i <= DRAW_CHUNK; i++) it.next();
    expect(made).toBe(2 * DRAW_CHUNK);
  });

  it('draws one case alone, by its index, as the whole sample has it', () => {
    const whole = fc.sample(cases, { seed: 5, numRuns: 2 * DRAW_CHUNK + 1 });
    for (const index of [0, 1, DRAW_CHUNK, 2 * DRAW_CHUNK]) expect(drawCase(cases, 5, index)).toEqual(whole[index]);
  });
});
