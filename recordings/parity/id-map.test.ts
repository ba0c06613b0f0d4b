import { describe, expect, it } from 'vitest';
import { IdMap } from './id-map.ts';

describe('IdMap', () => {
  it('pairs ids found at the same place, and applies them inside longer strings', () => {
    const ids = new IdMap();
    ids.learn(
      { runId: 'R1-recorded', other: 'x', list: [{ taskToken: '<taskToken:1>' }] },
      { runId: 'T1-target', other: 'y', list: [{ taskToken: 'tok' }] },
      '0:1',
    );
    expect(ids.get('R1-recorded')).toBe('T1-target');
    expect(ids.get('<taskToken:1>')).toBe('tok');
    expect(ids.has('x')).toBe(false);
    expect(ids.apply({ execution: { runId: 'R1-recorded' }, message: 'Unknown execution: R1-recorded' })).toEqual({
      execution: { runId: 'T1-target' },
      message: 'Unknown execution: T1-target',
    });
  });

  it('names the ids of a request that came from an answer the replay did not pair', () => {
    const ids = new IdMap();
    ids.learn({ runId: 'R2-recorded' }, undefined, '0:3');
    expect(ids.unpaired({ execution: { runId: 'R2-recorded' } })).toEqual([{ member: 'runId', from: '0:3' }]);
    expect(ids.unpaired({ taskToken: '<taskToken:7>' })).toEqual([{ member: 'taskToken', from: undefined }]);
    expect(ids.unpaired({ execution: { runId: 'typed-by-the-user' } })).toEqual([]);
  });

  it('does not pair what skip leaves out', () => {
    const ids = new IdMap();
    ids.learn({ events: [{ runId: 'A' }, { runId: 'B' }] }, { events: [{ runId: 'a' }, { runId: 'b' }] }, '0:0', (p) =>
      p.startsWith('events[1]'),
    );
    expect(ids.get('A')).toBe('a');
    expect(ids.has('B')).toBe(false);
  });
});
