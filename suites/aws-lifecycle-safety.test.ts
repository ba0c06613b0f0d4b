// The lifecycle family on the aws target touches only what the run owns: its domain, its task lists, its executions.
// The in-process mock stands in for AWS here (MSW intercepts the aws target's clients like any other), so the test
// can read every call the family made and the state it left.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RegisterDomainCommand,
  RegisterWorkflowTypeCommand,
  StartWorkflowExecutionCommand,
  SWFClient,
} from '@aws-sdk/client-swf';
import { loadSpec } from '../spec/load-spec.ts';
import { openMockSwf, MOCK_SWF_ENDPOINT, type MockSwf } from '../targets/mock/open-mock-swf.ts';
import { MOCK_CREDENTIALS } from '../targets/mock/mock-credentials.ts';
import { openTarget } from '../targets/open-target.ts';
import { runConformance } from '../runner/run-conformance.ts';
import type { Target } from '../targets/target.ts';
import type { RunResult } from '../runner/run-result.ts';

describe('the lifecycle family on the aws target', () => {
  let mock: MockSwf;
  let result: RunResult;
  const calls: Array<[string, Record<string, unknown>]> = [];

  beforeAll(async () => {
    mock = await openMockSwf();
    process.env.AWS_ACCESS_KEY_ID = MOCK_CREDENTIALS.accessKeyId;
    process.env.AWS_SECRET_ACCESS_KEY = MOCK_CREDENTIALS.secretAccessKey;
    const swf = new SWFClient({
      endpoint: MOCK_SWF_ENDPOINT,
      region: 'us-east-1',
      credentials: MOCK_CREDENTIALS,
      maxAttempts: 1,
    });
    // Someone else's workflow in the very domain the run may use, with a decision task waiting on their list.
    await swf.send(new RegisterDomainCommand({ name: 'team', workflowExecutionRetentionPeriodInDays: '1' }));
    await swf.send(
      new RegisterWorkflowTypeCommand({
        domain: 'team',
        name: 'billing',
        version: '1',
        defaultTaskList: { name: 'their-tasks' },
        defaultChildPolicy: 'TERMINATE',
        defaultExecutionStartToCloseTimeout: '600',
        defaultTaskStartToCloseTimeout: '60',
      }),
    );
    await swf.send(
      new StartWorkflowExecutionCommand({
        domain: 'team',
        workflowId: 'invoice-1',
        workflowType: { name: 'billing', version: '1' },
      }),
    );
    swf.destroy();
    const aws = await openTarget('aws', {
      aws: { domain: 'team', allow: true, endpoint: MOCK_SWF_ENDPOINT, rate: 1000 },
    });
    const target: Target = {
      ...aws,
      call: (operation, input) => {
        calls.push([operation, input]);
        return aws.call!(operation, input);
      },
    };
    try {
      result = await runConformance({
        spec: loadSpec(),
        target,
        seed: 4,
        runs: 3,
        families: ['lifecycle'],
        lifecycleMarginMs: 500,
        lifecycleIntervalMs: 50,
      });
    } finally {
      await target.close();
    }
  }, 120_000);
  afterAll(async () => mock?.close());

  it('runs every lifecycle rule there and finds the stand-in conforming', () => {
    const lifecycle = loadSpec().rules.filter((r) => r.family === 'lifecycle');
    for (const rule of lifecycle)
      expect(result.rules.find((r) => r.id === rule.id)?.cases ?? 0, rule.id).toBeGreaterThan(0);
    expect(result.divergences.map((d) => `${d.rule} ${d.kind}`)).toEqual([]);
  });

  it('polls and counts only task lists named after the run, in its one domain', () => {
    const lists = calls.flatMap(([, input]) => (input.taskList as { name?: string } | undefined)?.name ?? []);
    expect(lists.length).toBeGreaterThan(0);
    // The aws target's run tag is its run-specific type version, swfc-<time><random>.
    const runVersion = /^swfc-[0-9a-z]+-/.exec(lists[0])?.[0];
    expect(runVersion).toBeDefined();
    for (const name of lists) expect(name.startsWith(runVersion!), name).toBe(true);
    for (const [, input] of calls) if ('domain' in input) expect(input.domain).toBe('team');
  });

  it("refuses, before sending, a lifecycle call outside the run's own domain or task lists", async () => {
    const aws = await openTarget('aws', {
      aws: { domain: 'team', allow: true, endpoint: MOCK_SWF_ENDPOINT, rate: 1000 },
    });
    try {
      await expect(
        aws.call!('PollForDecisionTask', { domain: 'team', taskList: { name: 'their-tasks' } }),
      ).rejects.toThrow(/refusing to send PollForDecisionTask/);
      await expect(
        aws.call!('CountOpenWorkflowExecutions', { domain: 'precious', startTimeFilter: { oldestDate: new Date(0) } }),
      ).rejects.toThrow(/outside the run's own domain team/);
    } finally {
      await aws.close();
    }
  });

  it("leaves the other workflow's execution open and its decision task unpolled", () => {
    const theirs = mock.state.executions.find((e) => e.workflowId === 'invoice-1')!;
    expect(theirs.status).toBe('OPEN');
    expect(theirs.events.map((e) => e.eventType)).toEqual(['WorkflowExecutionStarted', 'DecisionTaskScheduled']);
    // Nothing of the run's is left open: its executions, siblings, restarts and children were all terminated.
    expect(mock.state.executions.filter((e) => e.status === 'OPEN').map((e) => e.workflowId)).toEqual(['invoice-1']);
  });
});
