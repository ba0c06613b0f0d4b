import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import { fakeReport, fakeSoftFinding } from './html/fake-report.ts';
import { mergeShards } from './merge-shards.ts';

const shard = (index: number, more = {}) =>
  fakeReport('mock', [{ id: 'tagList.maxItems' }], { shard: { index, count: 2 }, ...more });

describe('mergeShards', () => {
  it('marks the merged report partial when any shard was interrupted, and not otherwise', () => {
    const merged = mergeShards(
      loadSpec(),
      [shard(1), shard(2, { interrupted: 'interrupted by SIGTERM' })],
      'merged/report.json',
    );
    expect(merged.interrupted).toBe('interrupted by SIGTERM');
    expect(mergeShards(loadSpec(), [shard(1), shard(2)], 'merged/report.json').interrupted).toBeUndefined();
  });

  it('merges soft findings in case order, folded again (one of each rule and code), counted apart from divergences', () => {
    const at = (path: string, code = 'UnknownResourceFault', repeats?: number) =>
      fakeSoftFinding('tagList.maxItems', code, {
        replay: { rule: 'tagList.maxItems', seed: 1, path, runTag: 'swfc-1', target: 't' },
        ...(repeats ? { repeats } : {}),
      });
    const one = shard(1, { softFindings: [at('2', 'UnknownResourceFault', 3), at('4', 'AccessDeniedException')] });
    const two = shard(2, { softFindings: [at('1', 'UnknownResourceFault', 1)] });
    const merged = mergeShards(loadSpec(), [two, one], 'merged/report.json');
    expect(merged.softFindings!.map((f) => [f.replay.path, f.observed.code, f.repeats])).toEqual([
      ['1', 'UnknownResourceFault', 5],
      ['4', 'AccessDeniedException', undefined],
    ]);
    expect(merged.summary).toMatchObject({ divergences: 0, softFindings: 7 });
    expect(one.softFindings![0].repeats).toBe(3);
    // Shards written before soft findings existed merge as having none.
    expect(mergeShards(loadSpec(), [shard(1), shard(2)], 'merged/report.json')).toMatchObject({
      softFindings: [],
      summary: { softFindings: 0 },
    });
  });
});
