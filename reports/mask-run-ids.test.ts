import { describe, expect, it } from 'vitest';
import { maskRunIds } from './mask-run-ids.ts';

const MOTO = 'c95a32e1713743e7893be8e9b0b01bc5';
const SWF = '22Pij42qQYS4zptpD4JBqrvr24zGnPxT9rTOkGXVcZVhA=';

describe('maskRunIds', () => {
  it('replaces runIds by placeholders in order of first appearance, the same one for the same runId', () => {
    const d = maskRunIds({
      request: { workflowId: MOTO },
      expected: { effect: MOTO, source: 'lifecycle closed as TIMED_OUT' },
      observed: {
        effect: ['0123456789abcdef0123456789abcdef', MOTO, `(another execution: ${SWF})`],
        source: 'lifecycle closed as TIMED_OUT',
      },
    });
    expect(d.expected.effect).toBe('<runId:1>');
    expect(d.observed.effect).toEqual(['<runId:2>', '<runId:1>', '(another execution: <runId:3>)']);
    // The request is the generators', the same for a seed: never touched.
    expect(d.request.workflowId).toBe(MOTO);
  });

  it('recognizes a runId of any shape under a runId key, also quoted in a message', () => {
    const id = 'endpoint-specific-run-7';
    const d = maskRunIds({
      expected: { outcome: 'reject' },
      observed: {
        effect: { execution: { workflowId: 'w', runId: id }, message: `Unknown execution runId=${id}` },
        source: 'describe',
      },
    });
    expect(d.observed.effect).toEqual({
      execution: { workflowId: 'w', runId: '<runId:1>' },
      message: 'Unknown execution runId=<runId:1>',
    });
  });

  it('leaves answers without runIds as they were', () => {
    const d = {
      expected: { outcome: 'reject', codes: ['ValidationException'] },
      observed: {
        ok: false,
        status: 400,
        code: 'ValidationException',
        message: 'tagList has 6 members, the limit is 5',
      },
    };
    expect(maskRunIds(d)).toEqual(d);
  });
});
