import { describe, expect, it } from 'vitest';
import { diffRecordings } from './diff-recordings.ts';
import { RECORDING_FORMAT, type RecordedCase, type Recording } from './recording.ts';
import { MAX_STORED_CHARS, clipLargeValues } from '../model/clip-large-values.ts';

const recording = (cases: RecordedCase[]): Recording => ({
  format: RECORDING_FORMAT,
  target: 't',
  seed: 1,
  runs: 1,
  runTag: 'x',
  families: [],
  cases,
});
const kase = (trace: RecordedCase['trace']): RecordedCase => ({ key: 'r#0', rule: 'r', path: '0', request: {}, trace });

describe('diffRecordings', () => {
  it('finds nothing between equal recordings', () => {
    const c = kase([{ call: 'request', observed: { ok: false, status: 400, code: 'X', message: 'm' } }]);
    expect(diffRecordings(recording([c]), recording([structuredClone(c)]))).toEqual([]);
  });

  it('tells outcome, status, error code, message and effect differences apart', () => {
    const a = recording([
      kase([
        { call: 'request', observed: { ok: true, status: 200, runId: '<runId:1>' } },
        { call: 'effects', effects: { describe: { taskPriority: '5' } } },
      ]),
      {
        ...kase([{ call: 'request', observed: { ok: false, status: 400, code: 'A', message: 'one' } }]),
        key: 'r#1',
        path: '1',
      },
    ]);
    const b = recording([
      kase([
        { call: 'request', observed: { ok: true, status: 200, runId: '<runId:1>' } },
        { call: 'effects', effects: { describe: {} } },
      ]),
      {
        ...kase([{ call: 'request', observed: { ok: false, status: 500, code: 'B', message: 'two' } }]),
        key: 'r#1',
        path: '1',
      },
    ]);
    expect(diffRecordings(a, b).map((d) => [d.key, d.aspect, d.field ?? '', d.a, d.b])).toEqual([
      ['r#0', 'effect', 'describe.taskPriority', '5', '(absent)'],
      ['r#1', 'status', '', 400, 500],
      ['r#1', 'error-code', '', 'A', 'B'],
      ['r#1', 'message', '', 'one', 'two'],
    ]);
  });

  it('compares long values by length and hash, whether a side stored them clipped or whole', () => {
    const started = (input: string) =>
      kase([
        { call: 'request', observed: { ok: true, status: 200, runId: '<runId:1>' } },
        { call: 'effects', effects: { started: { input } } },
      ]);
    const input = 'i'.repeat(MAX_STORED_CHARS * 8);
    const whole = recording([started(input)]);
    const clipped = recording([{ ...started(input), trace: clipLargeValues(started(input).trace) }]);
    expect(diffRecordings(whole, clipped)).toEqual([]);
    const other = recording([started(`${input.slice(1)}j`)]);
    const [difference, ...none] = diffRecordings(clipped, other);
    expect(none).toEqual([]);
    expect(difference).toMatchObject({
      aspect: 'effect',
      field: 'started.input',
      a: { clipped: true, length: input.length },
      b: { clipped: true, length: input.length },
    });
  });

  it('reports an accepted request against a refused one as one outcome difference', () => {
    const a = recording([
      kase([
        { call: 'request', observed: { ok: true, status: 200 } },
        { call: 'effects', effects: {} },
      ]),
    ]);
    const b = recording([
      kase([{ call: 'request', observed: { ok: false, status: 400, code: 'ValidationException' } }]),
    ]);
    expect(diffRecordings(a, b).map((d) => [d.aspect, d.a, d.b])).toEqual([
      ['outcome', 'accepted', '400 ValidationException'],
    ]);
  });
});
