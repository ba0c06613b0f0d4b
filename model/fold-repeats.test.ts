import { describe, expect, it } from 'vitest';
import { countFindings, createRepeatFolder, createSoftFolder } from './fold-repeats.ts';

interface D {
  rule: string;
  kind: string;
  observed: unknown;
  n: number;
  repeats?: number;
}
const d = (rule: string, kind: string, observed: unknown, n: number, repeats?: number): D => ({
  rule,
  kind,
  observed,
  n,
  ...(repeats ? { repeats } : {}),
});
const fold = (list: D[]) => list.map((x) => ({ ...x })).filter(createRepeatFolder());

describe('createRepeatFolder', () => {
  it('lists the first three of each rule and kind and counts the others into the first', () => {
    const list = [1, 2, 3, 4, 5].map((n) => d('tagList.maxItems', 'accepted-invalid', { ok: true }, n));
    const kept = fold([...list, d('taskList.name.maxLength', 'accepted-invalid', { ok: true }, 6)]);
    expect(kept.map((x) => [x.n, x.repeats])).toEqual([
      [1, 2],
      [2, undefined],
      [3, undefined],
      [6, undefined],
    ]);
    expect(countFindings(kept)).toBe(6);
  });

  it('lists one malformed answer of each rule and observed form', () => {
    const html = { effect: 'Content-Type text/html' };
    const xml = { effect: 'Content-Type application/xml' };
    const kept = fold([
      d('answer.contentType', 'malformed-answer', html, 1),
      d('answer.contentType', 'malformed-answer', xml, 2),
      d('answer.contentType', 'malformed-answer', html, 3),
    ]);
    expect(kept.map((x) => [x.n, x.repeats])).toEqual([
      [1, 1],
      [2, undefined],
    ]);
  });

  it('folds merged shards into what the whole run lists', () => {
    const all = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => d('r.x', 'wrong-error', {}, n));
    const whole = fold(all);
    const shards = [fold(all.filter((x) => x.n % 2 === 1)), fold(all.filter((x) => x.n % 2 === 0))];
    const merged = fold(shards.flat().sort((a, b) => a.n - b.n));
    expect(merged).toEqual(whole);
    expect(countFindings(merged)).toBe(9);
  });
});

describe('createSoftFolder', () => {
  const soft = (rule: string, code: string, n: number, repeats?: number) => ({
    rule,
    observed: { code },
    n,
    ...(repeats ? { repeats } : {}),
  });
  it('lists the first soft finding of each rule and code answered, the others in its repeats, shards alike', () => {
    const all = [
      soft('domain.maxLength', 'UnknownResourceFault', 1),
      soft('domain.maxLength', 'UnknownResourceFault', 2),
      soft('domain.maxLength', 'AccessDenied', 3),
      soft('domain.maxLength', 'UnknownResourceFault', 4),
      soft('workflowId.maxLength', 'UnknownResourceFault', 5),
    ];
    const fold = (list: typeof all) => list.map((x) => ({ ...x })).filter(createSoftFolder());
    const whole = fold(all);
    expect(whole.map((x) => [x.n, x.repeats])).toEqual([
      [1, 2],
      [3, undefined],
      [5, undefined],
    ]);
    expect(countFindings(whole)).toBe(5);
    expect(
      fold([...fold(all.filter((x) => x.n % 2)), ...fold(all.filter((x) => !(x.n % 2)))].sort((a, b) => a.n - b.n)),
    ).toEqual(whole);
  });
});
