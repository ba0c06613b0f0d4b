import {
  DescribeWorkflowExecutionCommand,
  GetWorkflowExecutionHistoryCommand,
  StartWorkflowExecutionCommand,
  TerminateWorkflowExecutionCommand,
  type StartWorkflowExecutionCommandInput,
  type SWFClient,
} from '@aws-sdk/client-swf';
import { describe, expect, it } from 'vitest';
import { QUIRK_NAMES } from './quirks.ts';
import { expectQuirkCase, observeMock, type QuirkCase } from './test-support.ts';
import { WIRE_QUIRKS } from './wire-quirks.ts';
import { ANSWER_QUIRKS } from './answer-quirks.ts';
import { POLICY_QUIRKS } from './policy-quirks.ts';
import { LIMIT_QUIRKS } from './limit-quirks.ts';
import { LIFECYCLE_QUIRKS } from './lifecycle-quirks.ts';

/** What a probe saw: an error's name and status, or a start's recorded configuration, tags and Started event. */
type Seen = Record<string, unknown>;
type Probe = (client: SWFClient) => Promise<Seen>;

let ids = 0;
const type = (name: string) => ({ name, version: '1' });
const BARE_BUT_TASK_LIST = {
  executionStartToCloseTimeout: '60',
  taskStartToCloseTimeout: '5',
  childPolicy: 'TERMINATE',
} as const;

/** Starts with a fresh workflowId unless given one, then reads back what the execution recorded. */
async function start(client: SWFClient, input: Partial<StartWorkflowExecutionCommandInput>): Promise<Seen> {
  const request = { domain: 'main', workflowId: `wf-${++ids}`, workflowType: type('full'), ...input };
  try {
    const { runId } = await client.send(new StartWorkflowExecutionCommand(request));
    const execution = { workflowId: request.workflowId, runId: runId! };
    const described = await client.send(new DescribeWorkflowExecutionCommand({ domain: request.domain, execution }));
    const history = await client.send(new GetWorkflowExecutionHistoryCommand({ domain: request.domain, execution }));
    const started = history.events?.[0].workflowExecutionStartedEventAttributes;
    return {
      ok: true,
      config: described.executionConfiguration,
      tags: described.executionInfo?.tagList,
      startedTags: started?.tagList,
    };
  } catch (error) {
    const e = error as Error & { $metadata?: { httpStatusCode?: number } };
    return { ok: false, name: e.name, status: e.$metadata?.httpStatusCode };
  }
}

/** Starts twice with one workflowId, terminating the first run in between when asked; returns the second start. */
const startTwice =
  (closeFirst: boolean, domains: [string, string] = ['main', 'main']): Probe =>
  async (client) => {
    const workflowId = `twice-${++ids}`;
    await start(client, { workflowId, domain: domains[0] });
    if (closeFirst) await client.send(new TerminateWorkflowExecutionCommand({ domain: domains[0], workflowId }));
    return start(client, { workflowId, domain: domains[1] });
  };

const refused = (name: string, status = 400) => ({ ok: false, name, status });
const accepted = (extra: Seen = {}) => ({ ok: true, ...extra });

const CASES: Array<QuirkCase<Probe>> = [
  {
    quirk: 'terminate-keeps-open',
    probe: startTwice(true),
    faithful: accepted(),
    quirky: refused('WorkflowExecutionAlreadyStartedFault'),
    controls: [startTwice(false), (c) => start(c, {})],
  },
  {
    quirk: 'corrupt-after-non-numeric-timeout',
    // The broken behaviour shows on the call after the bad one: a valid start then fails.
    probe: async (c) => {
      await start(c, { executionStartToCloseTimeout: 'ten' });
      return start(c, {});
    },
    faithful: accepted(),
    quirky: refused('InternalFailure', 500),
    controls: [(c) => start(c, {}), (c) => start(c, { executionStartToCloseTimeout: '600' })],
  },
  {
    quirk: 'accept-tasklist-without-name',
    probe: (c) => start(c, { taskList: {} as never }),
    faithful: refused('ValidationException'),
    quirky: accepted({ config: expect.objectContaining({ taskList: { name: 'default-tasks' } }) }),
    controls: [
      (c) => start(c, { workflowType: { name: 'full' } as never }),
      (c) => start(c, { taskList: { name: 'a|b' } }),
    ],
  },
  {
    quirk: 'no-input-limit',
    probe: (c) => start(c, { input: 'x'.repeat(32769) }),
    faithful: refused('ValidationException'),
    quirky: accepted(),
    controls: [(c) => start(c, { input: 'x'.repeat(32768) }), (c) => start(c, { workflowId: 'w'.repeat(257) })],
  },
  {
    quirk: 'allow-colon-in-workflow-id',
    probe: (c) => start(c, { workflowId: `a:b-${++ids}` }),
    faithful: refused('ValidationException'),
    quirky: accepted(),
    controls: [
      (c) => start(c, { workflowId: 'a/b' }),
      (c) => start(c, { workflowId: 'a|b' }),
      (c) => start(c, { workflowId: 'arn' }),
      (c) => start(c, { taskList: { name: 'a:b' } }),
    ],
  },
  {
    quirk: 'accept-six-tags',
    probe: (c) => start(c, { tagList: ['1', '2', '3', '4', '5', '6'] }),
    faithful: refused('ValidationException'),
    quirky: accepted({ tags: ['1', '2', '3', '4', '5', '6'] }),
    controls: [
      (c) => start(c, { tagList: ['1', '2', '3', '4', '5'] }),
      (c) => start(c, { tagList: ['t'.repeat(257)] }),
    ],
  },
  {
    quirk: 'accept-none-execution-timeout',
    probe: (c) => start(c, { executionStartToCloseTimeout: 'NONE' }),
    faithful: refused('ValidationException'),
    quirky: accepted({ config: expect.objectContaining({ executionStartToCloseTimeout: 'NONE' }) }),
    controls: [
      (c) => start(c, { executionStartToCloseTimeout: '31536001' }),
      (c) => start(c, { taskStartToCloseTimeout: 'NONE' }),
    ],
  },
  {
    quirk: 'never-default-undefined-child-policy',
    probe: (c) => start(c, { workflowType: type('no-child-policy') }),
    faithful: refused('DefaultUndefinedFault'),
    quirky: accepted({ config: expect.not.objectContaining({ childPolicy: expect.anything() }) }),
    controls: [
      (c) => start(c, { workflowType: type('no-task-list') }),
      (c) => start(c, { workflowType: type('bare'), childPolicy: 'ABANDON' }),
    ],
  },
  {
    quirk: 'default-undefined-as-validation-for-task-list',
    probe: (c) => start(c, { workflowType: type('bare'), ...BARE_BUT_TASK_LIST }),
    faithful: refused('DefaultUndefinedFault'),
    quirky: refused('ValidationException'),
    controls: [
      (c) =>
        start(c, {
          workflowType: type('bare'),
          ...BARE_BUT_TASK_LIST,
          taskList: { name: 'l' },
          taskStartToCloseTimeout: undefined,
        }),
      (c) => start(c, { workflowType: type('no-child-policy') }),
    ],
  },
  {
    quirk: 'accept-deprecated-type',
    probe: (c) => start(c, { workflowType: type('deprecated') }),
    faithful: refused('TypeDeprecatedFault'),
    quirky: accepted(),
    controls: [(c) => start(c, { domain: 'old' }), (c) => start(c, { workflowType: type('ghost') })],
  },
  {
    quirk: 'unknown-domain-500',
    probe: (c) => start(c, { domain: 'nowhere' }),
    faithful: refused('UnknownResourceFault'),
    quirky: refused('InternalFailure', 500),
    controls: [(c) => start(c, { workflowType: type('ghost') }), (c) => start(c, { domain: 'old' })],
  },
  {
    quirk: 'overlong-domain-unknown-resource',
    probe: (c) => start(c, { domain: 'd'.repeat(257) }),
    faithful: refused('ValidationException'),
    quirky: refused('UnknownResourceFault'),
    controls: [
      (c) => start(c, { domain: 'nowhere' }),
      (c) => start(c, { workflowId: 'w'.repeat(257) }),
      (c) => start(c, { domain: '' }),
    ],
  },
  {
    quirk: 'allow-duplicate-open',
    probe: startTwice(false),
    faithful: refused('WorkflowExecutionAlreadyStartedFault'),
    quirky: accepted(),
    controls: [startTwice(true), startTwice(false, ['main', 'other'])],
  },
  {
    quirk: 'refuse-reuse-after-close',
    probe: startTwice(true),
    faithful: accepted(),
    quirky: refused('WorkflowExecutionAlreadyStartedFault'),
    controls: [startTwice(false), startTwice(false, ['main', 'other'])],
  },
  {
    quirk: 'ignore-tasklist-override',
    probe: (c) => start(c, { taskList: { name: 'mine' } }),
    faithful: accepted({ config: expect.objectContaining({ taskList: { name: 'mine' } }) }),
    quirky: accepted({ config: expect.objectContaining({ taskList: { name: 'default-tasks' } }) }),
    controls: [
      (c) => start(c, { workflowType: type('no-task-list'), taskList: { name: 'mine' } }),
      (c) => start(c, { taskList: { name: 'a:b' } }),
    ],
  },
  {
    quirk: 'state-checks-first',
    probe: (c) => start(c, { domain: 'no-such-domain', tagList: ['a', 'b', 'c', 'd', 'e', 'f'] }),
    faithful: refused('ValidationException'),
    quirky: refused('UnknownResourceFault'),
    // Invalid alone, or unknown alone, or valid: the same answer either way; and nothing of the dry run is kept.
    controls: [
      (c) => start(c, { tagList: ['a', 'b', 'c', 'd', 'e', 'f'] }),
      (c) => start(c, { domain: 'no-such-domain' }),
      (c) => start(c, { workflowId: 'kept', tagList: Array(6).fill('t') }),
      (c) => start(c, { workflowId: 'kept' }),
    ],
  },
  {
    quirk: 'drop-tags-from-started-event',
    probe: (c) => start(c, { tagList: ['a', 'b'] }),
    faithful: accepted({ tags: ['a', 'b'], startedTags: ['a', 'b'] }),
    quirky: accepted({ tags: ['a', 'b'], startedTags: undefined }),
    controls: [(c) => start(c, { tagList: ['a', 'b', 'c', 'd', 'e', 'f'] }), (c) => start(c, {})],
  },
];

/** Runs probes on a fresh mock with the given quirks and the usual fixtures. */
const observe = (quirks: string[], probes: Probe[]): Promise<Seen[]> => observeMock(quirks, probes);

describe('quirks', () => {
  it('has a test case for every quirk but the wire, answer, policy, limit and lifecycle ones (wire-quirks.test.ts, answer-quirks.test.ts, policy-quirks.test.ts, mock-limits.test.ts, lifecycle-quirks.test.ts)', () => {
    const wire = new Set(
      [...WIRE_QUIRKS, ...ANSWER_QUIRKS, ...POLICY_QUIRKS, ...LIMIT_QUIRKS, ...LIFECYCLE_QUIRKS].map((q) => q.name),
    );
    expect(CASES.map((c) => c.quirk).sort()).toEqual(QUIRK_NAMES.filter((name) => !wire.has(name)).sort());
  });

  it.each(CASES)('$quirk breaks its behaviour and leaves its neighbours alone', (c) => expectQuirkCase(c, observe));
});

describe('accept-tasklist-without-name on a type without a default task list', () => {
  it('records the task list nameless instead of answering DefaultUndefinedFault', async () => {
    const [seen] = await observe(
      ['accept-tasklist-without-name'],
      [(c) => start(c, { workflowType: type('bare'), ...BARE_BUT_TASK_LIST, taskList: {} as never })],
    );
    expect(seen).toMatchObject(accepted({ config: expect.objectContaining({ taskList: {} }) }));
  });
});
