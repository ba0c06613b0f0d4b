import { describe, expect, it } from 'vitest';
import type { CallAnswer } from '../../model/lifecycle.ts';
import { shareRequestInput } from './share-request-input.ts';

// Built at run time, so that equal inputs are distinct string objects, as parsed answers are.
const long = (c: string, n = 2000) => [...Array(n)].map(() => c).join('');
const started = (input: unknown) => ({
  eventType: 'WorkflowExecutionStarted',
  workflowExecutionStartedEventAttributes: { input, taskList: { name: 'l' } },
});
const history = (...events: unknown[]): CallAnswer => ({ ok: true, status: 200, output: { events } });

describe('shareRequestInput', () => {
  it("counts every event attribute holding the case's own long input, and only those", () => {
    // Made afresh each time, so that the answer and what it is compared with hold distinct strings.
    const events = () => [
      started(long('é')),
      { eventType: 'DecisionTaskScheduled', decisionTaskScheduledEventAttributes: { taskList: { name: 'l' } } },
      started(long('a')),
      {
        eventType: 'WorkflowExecutionContinuedAsNew',
        workflowExecutionContinuedAsNewEventAttributes: { input: long('é') },
      },
      null,
      'not an event',
    ];
    const answer = history(...events());
    expect(shareRequestInput(answer, long('é'))).toBe(2);
    expect(answer).toEqual(history(...events()));
  });

  it('shares nothing for a short or absent input, a refused call, or an answer without events', () => {
    expect(shareRequestInput(history(started('x')), 'x')).toBe(0);
    expect(shareRequestInput(history(started(long('é'))), undefined)).toBe(0);
    expect(shareRequestInput({ ok: false, code: 'UnknownResourceFault' }, long('é'))).toBe(0);
    expect(shareRequestInput({ ok: true, status: 200, output: { events: 'none' } }, long('é'))).toBe(0);
    expect(shareRequestInput(history(started(long('é', 1999))), long('é'))).toBe(0);
  });
});
