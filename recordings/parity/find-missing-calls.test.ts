import { describe, expect, it } from 'vitest';
import { findMissingCalls } from './find-missing-calls.ts';
import type { RecordedInteraction } from '../interaction-recording.ts';

const interaction = (operation: string, json: unknown): RecordedInteraction => ({
  id: '0:0',
  operation,
  request: { target: `SimpleWorkflowService.${operation}`, body: { json: {} } },
  response: { status: 200, body: { json } },
});
const events = (...types: string[]) => ({ events: types.map((eventType, i) => ({ eventId: i + 1, eventType })) });
const made = (...ops: string[]) => new Set(ops);

describe('findMissingCalls', () => {
  it('leaves out the events from the first one a missing call made on', () => {
    const m = findMissingCalls(
      interaction(
        'GetWorkflowExecutionHistory',
        events('WorkflowExecutionStarted', 'DecisionTaskScheduled', 'DecisionTaskStarted', 'DecisionTaskCompleted'),
      ),
      made('StartWorkflowExecution'),
      false,
    )!;
    expect(m.reason).toMatch(/#3 \(DecisionTaskStarted\).*PollForDecisionTask/);
    expect([
      m.skip('events[1].eventType'),
      m.skip('events[2]'),
      m.skip('events[3].eventId'),
      m.skip('events.length'),
    ]).toEqual([false, true, true, true]);
  });

  it('finds nothing missing when the recording made the calls, and names time-outs', () => {
    expect(
      findMissingCalls(
        interaction(
          'PollForDecisionTask',
          events('WorkflowExecutionStarted', 'DecisionTaskScheduled', 'DecisionTaskStarted'),
        ),
        made('PollForDecisionTask'),
        false,
      ),
    ).toBeUndefined();
    expect(
      findMissingCalls(
        interaction('GetWorkflowExecutionHistory', events('WorkflowExecutionStarted', 'WorkflowExecutionTimedOut')),
        made(),
        false,
      )!.reason,
    ).toMatch(/time passing/);
  });

  it('leaves out the worker state of a Describe that shows decisions the recording lacks, not one it can explain', () => {
    const describe = (status: string, counts: object, close?: string) =>
      interaction('DescribeWorkflowExecution', {
        executionInfo: { executionStatus: status, ...(close ? { closeStatus: close } : {}) },
        openCounts: counts,
      });
    const fresh = { openDecisionTasks: 1, openActivityTasks: 0, openTimers: 0, openChildWorkflowExecutions: 0 };
    expect(findMissingCalls(describe('OPEN', fresh), made('StartWorkflowExecution'), false)).toBeUndefined();
    expect(
      findMissingCalls(describe('OPEN', { ...fresh, openChildWorkflowExecutions: 1 }), made(), false)!.skip(
        'openCounts.openChildWorkflowExecutions',
      ),
    ).toBe(true);
    expect(findMissingCalls(describe('CLOSED', fresh, 'COMPLETED'), made(), false)!.reason).toMatch(/COMPLETED/);
    expect(
      findMissingCalls(describe('CLOSED', fresh, 'TERMINATED'), made('TerminateWorkflowExecution'), false),
    ).toBeUndefined();
    expect(
      findMissingCalls(describe('CLOSED', fresh, 'COMPLETED'), made('RespondDecisionTaskCompleted'), false),
    ).toBeUndefined();
  });

  it('leaves out what listings say of executions worked on elsewhere, only then', () => {
    const list = interaction('ListOpenWorkflowExecutions', { executionInfos: [] });
    expect(findMissingCalls(list, made(), false)).toBeUndefined();
    expect(findMissingCalls(list, made(), true)!.skip('executionInfos[0].executionStatus')).toBe(true);
  });
});
