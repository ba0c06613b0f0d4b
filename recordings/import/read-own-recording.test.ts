import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../spec/load-spec.ts';
import { replayCase } from '../../runner/replay-case.ts';
import { clipLargeValues, clipString } from '../../model/clip-large-values.ts';
import { RECORDING_FORMAT, type Recording } from '../recording.ts';
import { readOwnRecording } from './read-own-recording.ts';

const spec = loadSpec();
const base = {
  format: RECORDING_FORMAT,
  target: 'mock',
  seed: 7,
  runs: 1,
  runTag: 'tag1',
  families: ['workflow-id-reuse'] as string[],
} as const;
const reuse = replayCase(spec, { rule: 'workflowId.duplicateOpen', seed: 7, path: '0', runTag: 'tag1' });
const recording: Recording = {
  ...base,
  cases: [
    {
      key: 'workflowId.duplicateOpen#0',
      rule: 'workflowId.duplicateOpen',
      path: '0',
      request: clipLargeValues(reuse.request),
      trace: [
        { call: 'before[0]', observed: { ok: true, status: 200, runId: '<runId:1>' } },
        {
          call: 'request',
          observed: {
            ok: false,
            status: 400,
            code: 'WorkflowExecutionAlreadyStartedFault',
            message: 'already started',
          },
        },
      ],
    },
    {
      key: 'gone.rule#3',
      rule: 'gone.rule',
      path: '3',
      request: { domain: 'd', workflowId: 'w', input: clipString('x'.repeat(5000)) } as never,
      trace: [
        { call: 'before[0]', observed: { ok: true, status: 200, runId: '<runId:1>' } },
        {
          call: 'request',
          observed: {
            ok: true,
            status: 200,
            runId: '<runId:2>',
            answer: { contentType: 'application/json', body: 'json-object' },
          },
        },
      ],
    },
    {
      key: 'wire.body.empty#0',
      rule: 'wire.body.empty',
      path: '0',
      request: { domain: 'd' } as never,
      trace: [{ call: 'request', observed: { ok: false, status: 400, code: 'SerializationException' } }],
    },
    {
      key: 'gone.rule#4',
      rule: 'gone.rule',
      path: '4',
      request: { domain: 'd' } as never,
      trace: [{ call: 'request', observed: { ok: false, code: 'TimeoutError', timedOut: true } }],
    },
  ],
};

describe('readOwnRecording', () => {
  const got = readOwnRecording(recording, spec, 2);

  it('gives a regenerated case its preparation steps with their answers, then its start, runIds scoped to the case', () => {
    const [prepared, refused] = got.interactions;
    expect(prepared).toEqual({
      id: '2:0',
      operation: 'StartWorkflowExecution',
      request: {
        target: 'SimpleWorkflowService.StartWorkflowExecution',
        contentType: 'application/x-amz-json-1.0',
        body: { json: (reuse.before[0] as { request: unknown }).request },
      },
      response: { status: 200, body: { json: { runId: '<runId:2/0.1>' } } },
    });
    expect(refused).toMatchObject({
      id: '2:1',
      request: { body: { json: reuse.request } },
      response: {
        status: 400,
        body: { json: { __type: 'WorkflowExecutionAlreadyStartedFault', message: 'already started' } },
      },
    });
    expect(refused.note).toBeUndefined();
  });

  it('keeps the start of a case that no longer regenerates, with a note, and skips its preparation, wire cases and time-outs', () => {
    expect(got.interactions.map((i) => i.id)).toEqual(['2:0', '2:1', '2:3']);
    const lone = got.interactions[2];
    expect(lone.response).toEqual({
      status: 200,
      contentType: 'application/json',
      body: { json: { runId: '<runId:2/1.2>' } },
    });
    expect(lone.note).toMatch(/^gone\.rule#3: strings longer than 4096 .*; its preparation steps are missing/);
    expect(got.skipped).toBe(3);
    expect(got.notes).toEqual([
      '1 wire cases skipped (sent as raw HTTP, not as their request)',
      '1 answers without an HTTP status (time-outs) skipped',
      '1 cases no longer regenerate: their preparation steps are left out, their requests kept',
      '1 interactions keep clipped strings (see their note)',
    ]);
  });
});
