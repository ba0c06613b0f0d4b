import { describe, expect, it } from 'vitest';
import { runParity } from './run-parity.ts';
import { INTERACTIONS_FORMAT, type InteractionRecording, type RecordedInteraction } from '../interaction-recording.ts';
import type { Target } from '../../targets/target.ts';
import type { Exchange } from '../../targets/exchange.ts';

let n = 0;
const call = (operation: string, request: object, status: number, response: object): RecordedInteraction => ({
  id: `0:${n++}`,
  operation,
  request: { target: `SimpleWorkflowService.${operation}`, body: { json: request } },
  response: { status, body: { json: response } },
});
const execution = { workflowId: 'w', runId: 'recorded-run' };

/** A target that answers each operation from a table and keeps what it was sent. */
function fakeTarget(
  answers: Record<string, { status: number; json: object } | (() => { status: number; json: object })>,
) {
  const sent: Exchange[] = [];
  const target = {
    name: 'fake',
    reset: async () => {},
    exchange: async (c: Exchange) => {
      sent.push(c);
      const given = answers[c.target.split('.').pop()!] ?? { status: 200, json: {} };
      const a = typeof given === 'function' ? given() : given;
      return { status: a.status, text: JSON.stringify(a.json) };
    },
  } as unknown as Target;
  return { target, sent };
}
const recording = (...interactions: RecordedInteraction[]): InteractionRecording => ({
  format: INTERACTIONS_FORMAT,
  sources: [],
  interactions,
});

describe('runParity', () => {
  it("sends later requests with the target's runId in place of the recorded one", async () => {
    const { target, sent } = fakeTarget({ StartWorkflowExecution: { status: 200, json: { runId: 'target-run' } } });
    const r = await runParity(
      recording(
        call('StartWorkflowExecution', { domain: 'd', workflowId: 'w' }, 200, { runId: 'recorded-run' }),
        call('DescribeWorkflowExecution', { domain: 'd', execution }, 200, {}),
      ),
      target,
      { recordingPath: 'r' },
    );
    expect(r.summary).toMatchObject({ sent: 2, differences: 0 });
    expect(JSON.parse(sent.at(-1)!.body)).toEqual({ domain: 'd', execution: { workflowId: 'w', runId: 'target-run' } });
  });

  it('does not send a request naming an id the target never gave, and says which answer it came from', async () => {
    const { target } = fakeTarget({
      StartWorkflowExecution: { status: 400, json: { __type: 'ValidationException', message: 'no' } },
    });
    const start = call('StartWorkflowExecution', { domain: 'd', workflowId: 'w' }, 200, { runId: 'recorded-run' });
    const r = await runParity(
      recording(
        start,
        call('DescribeWorkflowExecution', { domain: 'd', execution }, 200, {}),
        call('RespondDecisionTaskCompleted', { taskToken: '<taskToken:1>' }, 200, {}),
      ),
      target,
      { recordingPath: 'r' },
    );
    expect(r.interactions[0].differences).toContainEqual({
      kind: 'error-type',
      path: '__type',
      recorded: '(none)',
      observed: 'ValidationException',
    });
    expect(r.interactions[1].notSent).toMatch(
      new RegExp(`runId came from the recorded answer to ${start.id}, which the target did not give alike`),
    );
    expect(r.interactions[2].notSent).toMatch(/taskToken came from an answer to a call the recording lacks/);
  });

  it("replays each imported file on its own ids: the same recorded runId in two files maps to each file's run", async () => {
    let runs = 0;
    const { target, sent } = fakeTarget({
      StartWorkflowExecution: () => ({ status: 200, json: { runId: `target-run-${++runs}` } }),
    });
    const file = (s: number) => [
      {
        ...call('StartWorkflowExecution', { domain: 'd', workflowId: 'w' }, 200, { runId: 'recorded-run' }),
        id: `${s}:0`,
      },
      { ...call('DescribeWorkflowExecution', { domain: 'd', execution }, 200, {}), id: `${s}:1` },
    ];
    const r = await runParity(recording(...file(0), ...file(1)), target, { recordingPath: 'r' });
    expect(r.summary).toMatchObject({ sent: 4, differences: 0 });
    const described = sent
      .filter((c) => c.target.endsWith('DescribeWorkflowExecution'))
      .map((c) => JSON.parse(c.body).execution.runId);
    expect(described).toEqual(['target-run-1', 'target-run-2']);
  });

  it('goes on with the next file when the target cannot be prepared for one, saying why', async () => {
    let registrations = 0;
    const { target } = fakeTarget({
      RegisterDomain: () =>
        ++registrations === 1 ? { status: 400, json: { __type: 'ValidationException' } } : { status: 200, json: {} },
    });
    const file = (s: number) => [
      { ...call('StartWorkflowExecution', { domain: 'd', workflowId: 'w' }, 200, { runId: `r${s}` }), id: `${s}:0` },
    ];
    const r = await runParity(recording(...file(0), ...file(1)), target, { recordingPath: 'r' });
    expect(r.interactions[0].notSent).toMatch(
      /could not be prepared for this file: .*RegisterDomain before the replay was refused/,
    );
    expect(r.interactions[1].notSent).toBeUndefined();
  });
});
