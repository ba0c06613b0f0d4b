import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec';
import { fakeReport } from './html/fake-report';
import { mergeShards } from './merge-shards';

const shard = (index: number, more = {}) => fakeReport('mock', [{ id: 'tagList.maxItems' }], { shard: { index, count: 2 }, ...more });

describe('mergeShards', () => {
  it('marks the merged report partial when any shard was interrupted, and not otherwise', () => {
    const merged = mergeShards(loadSpec(), [shard(1), shard(2, { interrupted: 'interrupted by SIGTERM' })], 'merged/report.json');
    expect(merged.interrupted).toBe('interrupted by SIGTERM');
    expect(mergeShards(loadSpec(), [shard(1), shard(2)], 'merged/report.json').interrupted).toBeUndefined();
  });
});
