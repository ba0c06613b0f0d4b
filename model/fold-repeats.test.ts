import { describe, expect, it } from 'vitest';
import { countFindings, createRepeatFolder } from './fold-repeats';

const d = (rule: string, kind: string, observed: unknown, repeats?: number) => ({ rule, kind, observed, ...(repeats ? { repeats } : {}) });

describe('createRepeatFolder', () => {
  it('lists the first malformed answer of each rule and observation and counts the rest into it', () => {
    const list = [
      d('answer.contentType', 'malformed-answer', { effect: 'text/html' }),
      d('tagList.maxItems', 'accepted-invalid', { ok: true }),
      d('answer.contentType', 'malformed-answer', { effect: 'text/html' }),
      d('answer.contentType', 'malformed-answer', { effect: 'text/plain' }),
      d('answer.contentType', 'malformed-answer', { effect: 'text/html' }, 2),
      d('tagList.maxItems', 'accepted-invalid', { ok: true }),
    ];
    const kept = list.filter(createRepeatFolder());
    expect(kept).toEqual([
      d('answer.contentType', 'malformed-answer', { effect: 'text/html' }, 4),
      d('tagList.maxItems', 'accepted-invalid', { ok: true }),
      d('answer.contentType', 'malformed-answer', { effect: 'text/plain' }),
      d('tagList.maxItems', 'accepted-invalid', { ok: true }),
    ]);
    expect(countFindings(kept)).toBe(list.length + 2);
  });
});
