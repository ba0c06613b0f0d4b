import { describe, expect, it } from 'vitest';
import { compareAnswers } from './compare-answers.ts';
import { IdMap } from './id-map.ts';

const recorded = (status: number, json?: unknown, contentType = 'application/json') => ({
  status,
  contentType,
  body: json === undefined ? {} : { json },
});
const answer = (status: number, json: unknown, contentType = 'application/json') => ({
  status,
  contentType,
  text: json === undefined ? '' : JSON.stringify(json),
});

describe('compareAnswers', () => {
  it('finds nothing between equal answers, an empty body and {} alike', () => {
    expect(compareAnswers(recorded(200, { a: 1 }), answer(200, { a: 1 }), new IdMap())).toEqual([]);
    expect(compareAnswers(recorded(200), answer(200, {}), new IdMap())).toEqual([]);
  });

  it('names a missing, an extra, a retyped and a changed member by path', () => {
    const diffs = compareAnswers(
      recorded(200, { a: { b: 1, c: 'x' }, list: [1, 2] }),
      answer(200, { a: { b: '1', d: true }, list: [1, 3, 4] }),
      new IdMap(),
    );
    expect(diffs).toEqual([
      { kind: 'type', path: 'a.b', recorded: 1, observed: '1' },
      { kind: 'member-missing', path: 'a.c', recorded: 'x' },
      { kind: 'member-extra', path: 'a.d', observed: true },
      { kind: 'value', path: 'list.length', recorded: 2, observed: 3 },
      { kind: 'value', path: 'list[1]', recorded: 2, observed: 3 },
    ]);
  });

  it('compares times by type only and ids through the map', () => {
    const ids = new IdMap();
    ids.learn({ runId: 'recorded-run-1' }, { runId: 'target-run-1' }, '0:0');
    expect(
      compareAnswers(
        recorded(200, { startTimestamp: 1.5e9, execution: { runId: 'recorded-run-1' } }),
        answer(200, { startTimestamp: 1.7e9, execution: { runId: 'target-run-1' } }),
        ids,
      ),
    ).toEqual([]);
    expect(
      compareAnswers(
        recorded(200, { execution: { runId: 'recorded-run-1' } }),
        answer(200, { execution: { runId: 'another-run' } }),
        ids,
      ),
    ).toEqual([{ kind: 'value', path: 'execution.runId', recorded: 'target-run-1', observed: 'another-run' }]);
    expect(
      compareAnswers(recorded(200, { startTimestamp: 1.5e9 }), answer(200, { startTimestamp: '2020' }), ids),
    ).toHaveLength(1);
  });

  it('compares refusals by status, error type after its namespace, then message', () => {
    const fault = (type: string, message: string) => ({ __type: type, message });
    expect(
      compareAnswers(
        recorded(400, fault('com.amazonaws.swf.base.model#UnknownResourceFault', 'Unknown domain: d')),
        answer(400, fault('UnknownResourceFault', 'Unknown domain: d')),
        new IdMap(),
      ),
    ).toEqual([]);
    expect(
      compareAnswers(
        recorded(400, fault('a#UnknownResourceFault', 'x')),
        answer(400, fault('ValidationException', 'x')),
        new IdMap(),
      ),
    ).toEqual([
      { kind: 'error-type', path: '__type', recorded: 'UnknownResourceFault', observed: 'ValidationException' },
    ]);
    expect(compareAnswers(recorded(400, fault('X', 'one')), answer(400, fault('X', 'two')), new IdMap())).toEqual([
      { kind: 'message', path: 'message', recorded: 'one', observed: 'two' },
    ]);
    expect(compareAnswers(recorded(200, {}), answer(500, fault('InternalFailure', '')), new IdMap())).toEqual([
      { kind: 'status', recorded: 200, observed: 500 },
      { kind: 'error-type', path: '__type', recorded: '(none)', observed: 'InternalFailure' },
    ]);
  });

  it('compares the media type, not its parameters, and says when no answer came', () => {
    expect(
      compareAnswers(
        recorded(200, {}, 'application/json'),
        answer(200, {}, 'application/json; charset=utf-8'),
        new IdMap(),
      ),
    ).toEqual([]);
    expect(compareAnswers(recorded(200, {}, 'application/json'), answer(200, {}, 'text/html'), new IdMap())).toEqual([
      { kind: 'content-type', recorded: 'application/json', observed: 'text/html' },
    ]);
    expect(
      compareAnswers({ status: 200, body: { json: {} } }, answer(200, {}, 'application/x-amz-json-1.0'), new IdMap()),
    ).toEqual([]);
    expect(compareAnswers(recorded(200, {}), { error: 'ECONNREFUSED: refused' }, new IdMap())).toEqual([
      { kind: 'no-answer', recorded: 200, observed: 'ECONNREFUSED: refused' },
    ]);
  });

  it('leaves out what skip names', () => {
    const diffs = compareAnswers(
      recorded(200, { events: [{ a: 1 }, { b: 2 }] }),
      answer(200, { events: [{ a: 1 }] }),
      new IdMap(),
      (p) => p === 'events.length' || p.startsWith('events[1]'),
    );
    expect(diffs).toEqual([]);
  });
});
