import { describe, expect, it } from 'vitest';
import { normalizeTrace } from './normalize-trace.ts';

describe('normalizeTrace', () => {
  it('gives the same runId the same placeholder wherever it appears, and different runIds different ones', () => {
    const trace = normalizeTrace([
      { call: 'before[0]', observed: { ok: true, status: 200, runId: 'AAA111' } },
      {
        call: 'request',
        observed: {
          ok: false,
          status: 400,
          code: 'WorkflowExecutionAlreadyStartedFault',
          message: 'already started: runId=AAA111',
        },
      },
      { call: 'effects', effects: { describe: { runId: 'BBB222' } } },
    ]);
    expect(trace).toEqual([
      { call: 'before[0]', observed: { ok: true, status: 200, runId: '<runId:1>' } },
      {
        call: 'request',
        observed: {
          ok: false,
          status: 400,
          code: 'WorkflowExecutionAlreadyStartedFault',
          message: 'already started: runId=<runId:1>',
        },
      },
      { call: 'effects', effects: { describe: { runId: '<runId:2>' } } },
    ]);
  });

  it('makes two runs of the same behaviour equal', () => {
    const run = (id: string, uuid: string) =>
      normalizeTrace([
        { call: 'request', observed: { ok: true, status: 200, runId: id } },
        {
          call: 'effects',
          effects: {
            readError: {
              ok: false,
              status: 500,
              code: 'X',
              message: `request ${uuid} at 2026-11-24T10:00:00Z`,
              call: 'DescribeWorkflowExecution',
            },
          },
        },
      ]);
    expect(run('r1', '3f2b8c1e-0000-4000-8000-000000000001')).toEqual(
      run('r2', '9a9a9a9a-1111-4111-8111-111111111111'),
    );
  });
});
