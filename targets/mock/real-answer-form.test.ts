// The mock answers in the form recorded real answers have (spec/evidence/swf-facts.md §7, §8), checked on the raw
// wire, since the SDK fills in or drops what the tests are about (members it does not know, null list items).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMockSwf, type MockSwf } from './open-mock-swf.ts';
import { sendRaw } from './raw-request.ts';

const LONG = 'com.amazonaws.swf.service.model.SimpleWorkflowService.';
const BOTO2 = 'application/json; charset=UTF-8';
// Raw answers are read loosely: the tests name the members they look at.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw answers, read member by member
type Json = Record<string, any>;

describe('the mock in the form of the recorded real answers', () => {
  let mock: MockSwf;
  const call = (operation: string, body: object, contentType?: string) =>
    sendRaw(mock.endpoint, {
      target: `${contentType === BOTO2 ? LONG : 'SimpleWorkflowService.'}${operation}`,
      body: JSON.stringify(body),
      headers: contentType ? { 'content-type': contentType } : {},
    });
  const json = async (operation: string, body: object) => (await call(operation, body)).json() as Promise<Json>;
  const start = async (workflowId: string, extra: object = {}) => {
    const { runId } = await json('StartWorkflowExecution', {
      domain: 'd',
      workflowId,
      workflowType: { name: 't', version: '1' },
      ...extra,
    });
    return { workflowId, runId: runId as string };
  };
  const historyOf = async (execution: object) =>
    (await json('GetWorkflowExecutionHistory', { domain: 'd', execution })).events as Json[];

  beforeAll(async () => {
    mock = await openMockSwf();
    await call('RegisterDomain', { name: 'd', workflowExecutionRetentionPeriodInDays: '1' });
    // No defaultTaskPriority: a start that sets none has no priority at all.
    await call('RegisterWorkflowType', {
      domain: 'd',
      name: 't',
      version: '1',
      defaultTaskList: { name: 'l' },
      defaultExecutionStartToCloseTimeout: '600',
      defaultTaskStartToCloseTimeout: '30',
      defaultChildPolicy: 'TERMINATE',
    });
  });
  afterAll(() => mock.close());

  it('leaves taskPriority out of Describe, the Started event and DecisionTaskScheduled when neither request nor type sets one', async () => {
    const run = await start('no-priority');
    const described = await json('DescribeWorkflowExecution', { domain: 'd', execution: run });
    expect(described.executionConfiguration).toEqual({
      taskList: { name: 'l' },
      executionStartToCloseTimeout: '600',
      taskStartToCloseTimeout: '30',
      childPolicy: 'TERMINATE',
    });
    const [started, scheduled] = await historyOf(run);
    expect(started.workflowExecutionStartedEventAttributes).not.toHaveProperty('taskPriority');
    expect(scheduled.decisionTaskScheduledEventAttributes).not.toHaveProperty('taskPriority');
    const set = await start('priority-set', { taskPriority: '3' });
    expect((await historyOf(set))[1].decisionTaskScheduledEventAttributes.taskPriority).toBe('3');
  });

  it('answers the latest (2023) form: scheduleToStartTimeout in DecisionTaskScheduled, reopenGenerationId and reopenable in executionInfo', async () => {
    const run = await start('latest-form');
    expect((await historyOf(run))[1].decisionTaskScheduledEventAttributes).toEqual({
      taskList: { name: 'l' },
      startToCloseTimeout: '30',
      scheduleToStartTimeout: 'NONE',
    });
    const described = await json('DescribeWorkflowExecution', { domain: 'd', execution: run });
    expect(described.executionInfo).toMatchObject({ reopenGenerationId: 0, reopenable: false });
    const listed = await json('ListOpenWorkflowExecutions', {
      domain: 'd',
      startTimeFilter: { oldestDate: 0 },
      executionFilter: { workflowId: 'latest-form' },
    });
    expect(listed.executionInfos[0]).toMatchObject({ reopenGenerationId: 0, reopenable: false });
  });

  it('accepts tagList [null] and echoes [null] in Describe and the Started event, as the real service did in 2016', async () => {
    const run = await start('null-tag', { tagList: [null] });
    expect(run.runId).toEqual(expect.any(String));
    expect((await json('DescribeWorkflowExecution', { domain: 'd', execution: run })).executionInfo.tagList).toEqual([
      null,
    ]);
    expect((await historyOf(run))[0].workflowExecutionStartedEventAttributes.tagList).toEqual([null]);
  });

  it('answers application/json to requests sent as application/json, success or error, and JSON 1.0 to the rest', async () => {
    for (const [sent, answered] of [
      [BOTO2, 'application/json'],
      ['application/json', 'application/json'],
      ['application/x-amz-json-1.0', 'application/x-amz-json-1.0'],
    ]) {
      const ok = await call('DescribeDomain', { name: 'd' }, sent);
      const refused = await call('DescribeDomain', { name: 'nowhere' }, sent);
      const empty = await call('TerminateWorkflowExecution', { domain: 'd', workflowId: 'nobody-runs-this' }, sent);
      expect([ok.status, refused.status, empty.status]).toEqual([200, 400, 400]);
      expect([ok, refused, empty].map((r) => r.headers.get('content-type'))).toEqual([answered, answered, answered]);
    }
    const terminated = await call(
      'TerminateWorkflowExecution',
      { domain: 'd', workflowId: (await start('ct-empty')).workflowId },
      BOTO2,
    );
    expect([terminated.status, terminated.headers.get('content-type')]).toEqual([200, 'application/json']);
  });

  it('words missing members as the live service does (getmoto/moto#10262), several clauses joined by "; "', async () => {
    expect(await json('DescribeWorkflowExecution', { domain: 'd', execution: { workflowId: 'w' } })).toEqual({
      __type: 'com.amazon.coral.validate#ValidationException',
      message:
        "1 validation error detected: Value null at 'execution.runId' failed to satisfy constraint: Member must not be null",
    });
    expect((await json('GetWorkflowExecutionHistory', { execution: {} })).message).toBe(
      '3 validation errors detected: ' +
        "Value null at 'domain' failed to satisfy constraint: Member must not be null; " +
        "Value null at 'execution.workflowId' failed to satisfy constraint: Member must not be null; " +
        "Value null at 'execution.runId' failed to satisfy constraint: Member must not be null",
    );
  });
});
