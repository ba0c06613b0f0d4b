import { describe, expect, it } from 'vitest';
import type { CallAnswer } from '../../model/lifecycle.ts';
import { keepOwnInfos } from './keep-own-infos.ts';

const info = (runId: string, tag: string) => ({
  execution: { workflowId: `w-${runId}`, runId },
  workflowType: { name: 't', version: '1' },
  tagList: [tag],
  closeStatus: 'TERMINATED',
});
const listing = (...infos: unknown[]): CallAnswer => ({
  ok: true,
  status: 200,
  output: { executionInfos: infos, nextPageToken: 'p' },
});

describe('keepOwnInfos', () => {
  it("keeps the case's own infos whole and only the run of the others", () => {
    const answer = listing(info('a', 'x'), info('b', 'y'), info('c', 'z'));
    expect(keepOwnInfos(answer, new Set(['a', 'c']))).toBe(1);
    expect(answer).toEqual(listing(info('a', 'x'), { execution: { runId: 'b' } }, info('c', 'z')));
  });

  it('leaves alone what names no run, a refused call and an answer without executionInfos', () => {
    const odd = listing(null, { execution: {} }, 'not an info');
    expect(keepOwnInfos(odd, new Set())).toBe(0);
    expect(odd).toEqual(listing(null, { execution: {} }, 'not an info'));
    expect(keepOwnInfos({ ok: false, code: 'UnknownResourceFault' }, new Set())).toBe(0);
    const count: CallAnswer = { ok: true, status: 200, output: { count: 3, truncated: false } };
    expect(keepOwnInfos(count, new Set())).toBe(0);
    expect(count).toEqual({ ok: true, status: 200, output: { count: 3, truncated: false } });
  });
});
