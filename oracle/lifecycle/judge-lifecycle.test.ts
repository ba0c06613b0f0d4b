import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../spec/load-spec.ts';
import { buildWorld } from '../../model/build-world.ts';
import type { Case } from '../../model/case.ts';
import type { CallAnswer, LifecycleAnswers, LifecyclePlan } from '../../model/lifecycle.ts';
import { listingProbes } from '../../model/listing-probes.ts';
import { expectLifecycle, judgeLifecycle } from './judge-lifecycle.ts';

const spec = loadSpec();
const world = buildWorld(spec, 't');
const RUN = 'run-1';
const ok = (output: Record<string, unknown>): CallAnswer => ({ ok: true, status: 200, output });
const event = (eventId: number, eventType: string, attributes: Record<string, unknown> = {}) => ({
  eventId,
  eventType,
  [`${eventType[0].toLowerCase()}${eventType.slice(1)}EventAttributes`]: attributes,
});
const history = (...events: object[]) => ok({ events });

/** A lifecycle case of the main domain's 'bare' type (no defaults), everything given in the request. */
function kase(
  behaviour: LifecyclePlan['behaviour'],
  plan: Partial<LifecyclePlan> = {},
  request: Record<string, unknown> = {},
): Case {
  const rule = spec.rules.find((r) => r.check.behaviour === behaviour)!.id;
  return {
    rule,
    before: [],
    lifecycle: { behaviour, ...plan },
    request: {
      domain: 't-main',
      workflowId: 'w',
      workflowType: { name: 'bare', version: '1' },
      taskList: { name: 'tl' },
      executionStartToCloseTimeout: '600',
      taskStartToCloseTimeout: '30',
      childPolicy: 'TERMINATE',
      input: 'in',
      ...request,
    },
  };
}
const judge = (k: Case, answers: LifecycleAnswers, final = true) => judgeLifecycle(spec, world, k, RUN, answers, final);
const rules = (k: Case, answers: LifecycleAnswers, final = true) =>
  judge(k, answers, final).map((f) => `${f.rule} ${f.kind} ${f.source}`);

describe('the first decision task', () => {
  const k = kase('decisionTaskScheduled', {}, { taskPriority: '4' });
  const scheduled = (a: Record<string, unknown>) =>
    history(
      event(1, 'WorkflowExecutionStarted'),
      event(2, 'DecisionTaskScheduled', {
        taskList: { name: 'tl' },
        taskPriority: '4',
        startToCloseTimeout: '30',
        ...a,
      }),
    );
  const describe1 = ok({ openCounts: { openDecisionTasks: 1 } });

  it('holds when event 2 is DecisionTaskScheduled on the effective list, priority and time-out, and Describe counts it', () => {
    expect(judge(k, { history: scheduled({}), describe: describe1 })).toEqual([]);
  });
  it('fails on another list, another time-out, another priority, or no open decision task', () => {
    for (const wrong of [{ taskList: { name: 'other' } }, { startToCloseTimeout: 'NONE' }, { taskPriority: '0' }]) {
      expect(rules(k, { history: scheduled(wrong), describe: describe1 })).toEqual([
        'lifecycle.decisionTask.scheduled wrong-behaviour history: event 2',
      ]);
    }
    expect(rules(k, { history: scheduled({}), describe: ok({ openCounts: { openDecisionTasks: 0 } }) })).toHaveLength(
      1,
    );
  });
  it('accepts an absent priority only where "0" is expected (the equivalence table)', () => {
    const none = kase('decisionTaskScheduled');
    expect(judge(none, { history: scheduled({ taskPriority: undefined }), describe: describe1 })).toEqual([]);
    expect(judge(k, { history: scheduled({ taskPriority: undefined }), describe: describe1 })).toHaveLength(1);
  });
  it('calls a 5xx a server error and a missing answer a wrong behaviour', () => {
    const failed: CallAnswer = { ok: false, status: 500, code: 'InternalFailure' };
    expect(judge(k, { history: failed, describe: describe1 }).map((f) => f.kind)).toEqual(['server-error']);
    expect(judge(k, { describe: describe1 }).map((f) => f.kind)).toEqual(['wrong-behaviour']);
  });
});

describe('counts and polls', () => {
  it('counts one on its list and none on the other', () => {
    const k = kase('decisionTaskCounted', { otherList: 'x' });
    expect(judge(k, { 'count on its list': ok({ count: 1 }), 'count on another list': ok({ count: 0 }) })).toEqual([]);
    expect(judge(k, { 'count on its list': ok({ count: 2 }), 'count on another list': ok({ count: 0 }) })).toHaveLength(
      1,
    );
    expect(judge(k, { 'count on its list': ok({ count: 1 }), 'count on another list': ok({ count: 1 }) })).toHaveLength(
      1,
    );
  });
  it('a poll delivers a token, the execution, its type and the Started input', () => {
    const k = kase('decisionTaskPolled');
    const task = (input: string | undefined, token = 'tok') =>
      ok({
        taskToken: token,
        workflowExecution: { workflowId: 'w', runId: RUN },
        workflowType: { name: 'bare', version: '1' },
        events: [event(1, 'WorkflowExecutionStarted', { input })],
      });
    expect(judge(k, { poll: task('in') })).toEqual([]);
    expect(judge(k, { poll: task(undefined) })).toHaveLength(1);
    expect(judge(k, { poll: task('in', '') })).toHaveLength(1);
    // A fault never shows the token itself.
    expect(JSON.stringify(judge(k, { poll: task(undefined, 'secret-token') }))).not.toContain('secret-token');
  });
  it('delivers the highest priority first, ties in any order', () => {
    const k = kase(
      'priorityOrder',
      {
        siblings: [
          { workflowId: 's0', taskPriority: '9' },
          { workflowId: 's1', taskPriority: '1' },
        ],
      },
      { taskPriority: '1' },
    );
    const delivered = (...runs: string[]) =>
      Object.fromEntries(runs.map((runId, i) => [`poll ${i}`, ok({ taskToken: 't', workflowExecution: { runId } })]));
    const starts = { 'start sibling 0': ok({ runId: 'r9' }), 'start sibling 1': ok({ runId: 'r1' }) };
    expect(judge(k, { ...starts, ...delivered('r9', RUN, 'r1') })).toEqual([]);
    expect(judge(k, { ...starts, ...delivered('r9', 'r1', RUN) })).toEqual([]);
    expect(rules(k, { ...starts, ...delivered(RUN, 'r9', 'r1') })).toEqual([
      'lifecycle.priority.order wrong-behaviour poll 0: the priorities in the order the polls delivered them',
    ]);
  });
});

describe('time-outs', () => {
  it('an execution time-out closes it as TIMED_OUT, lists it so, and frees its workflowId', () => {
    const k = kase('executionTimeout', {}, { executionStartToCloseTimeout: '2' });
    const good = {
      describe: ok({ executionInfo: { executionStatus: 'CLOSED', closeStatus: 'TIMED_OUT' } }),
      history: history(
        event(1, 'WorkflowExecutionStarted'),
        event(3, 'WorkflowExecutionTimedOut', { timeoutType: 'START_TO_CLOSE', childPolicy: 'TERMINATE' }),
      ),
      'closed as TIMED_OUT': ok({ executionInfos: [{ execution: { runId: RUN } }] }),
      'start again': ok({ runId: 'r2' }),
    };
    expect(judge(k, good)).toEqual([]);
    expect(
      judge(k, { ...good, describe: ok({ executionInfo: { executionStatus: 'CLOSED', closeStatus: 'TERMINATED' } }) }),
    ).toHaveLength(1);
    expect(
      judge(k, {
        ...good,
        history: history(
          event(3, 'WorkflowExecutionTimedOut', { timeoutType: 'START_TO_CLOSE', childPolicy: 'ABANDON' }),
        ),
      }),
    ).toHaveLength(1);
    expect(judge(k, { ...good, 'closed as TIMED_OUT': ok({ executionInfos: [] }) })).toHaveLength(1);
    expect(
      judge(k, { ...good, 'start again': { ok: false, status: 400, code: 'WorkflowExecutionAlreadyStartedFault' } }),
    ).toHaveLength(1);
    expect(expectLifecycle(spec, world, k)).toMatchObject({ timerSeconds: 2, watchToEnd: false });
  });
  it('a polled decision task times out and is scheduled again; with NONE it must not time out, judged at the end', () => {
    const seconds = kase('decisionTimeout', {}, { taskStartToCloseTimeout: '1' });
    const none = kase('decisionTimeout', {}, { taskStartToCloseTimeout: 'NONE' });
    const poll = ok({ taskToken: 't' });
    const timedOut = history(
      event(3, 'DecisionTaskStarted'),
      event(4, 'DecisionTaskTimedOut', { timeoutType: 'START_TO_CLOSE' }),
      event(5, 'DecisionTaskScheduled'),
    );
    const quiet = history(event(3, 'DecisionTaskStarted'));
    expect(judge(seconds, { poll, history: timedOut })).toEqual([]);
    expect(judge(seconds, { poll, history: quiet })).toHaveLength(1);
    expect(judge(none, { poll, history: quiet })).toEqual([]);
    expect(judge(none, { poll, history: timedOut }, false)).toEqual([]);
    expect(judge(none, { poll, history: timedOut }, true)).toHaveLength(1);
    expect(expectLifecycle(spec, world, none)).toMatchObject({ watchToEnd: true });
  });
});

describe('listings', () => {
  const k = kase(
    'openListings',
    { lacking: { tag: 'absent', workflowId: 'nobody', typeName: 'full' } },
    { tagList: ['a', 'b'] },
  );
  /** Answers every probe as a conforming target would; `bend` changes the answer of one. */
  const answers = (closed: boolean, bend: (key: string, found: boolean) => CallAnswer | undefined = () => undefined) =>
    Object.fromEntries(
      listingProbes(k, 0, closed).map((p) => [
        p.key,
        bend(p.key, p.expect === 'found') ??
          (p.operation.startsWith('Count')
            ? ok({ count: p.expect === 'found' ? 1 : 0 })
            : ok({ executionInfos: p.expect === 'found' ? [{ execution: { runId: RUN }, tagList: ['a', 'b'] }] : [] })),
      ]),
    );
  it('finds the execution by each tag, type and workflowId, and not by what it lacks', () => {
    expect(judge(k, answers(false))).toEqual([]);
    expect(
      rules(
        k,
        answers(false, (key) =>
          key === 'ListOpenWorkflowExecutions by absent tag'
            ? ok({ executionInfos: [{ execution: { runId: RUN } }] })
            : undefined,
        ),
      ),
    ).toEqual([
      'lifecycle.listings.open wrong-behaviour ListOpenWorkflowExecutions by absent tag: the execution is not listed',
    ]);
    expect(
      judge(
        k,
        answers(false, (key) => (key === 'CountOpenWorkflowExecutions by type name' ? ok({ count: 0 }) : undefined)),
      ),
    ).toHaveLength(1);
    expect(
      judge(
        k,
        answers(false, (key) =>
          key === 'ListOpenWorkflowExecutions by tag 1'
            ? ok({ executionInfos: [{ execution: { runId: RUN } }] })
            : undefined,
        ),
      ),
    ).toHaveLength(1);
  });
  it('closed listings need the termination first, then the same and the close status', () => {
    const closed = {
      ...k,
      rule: 'lifecycle.listings.closed',
      lifecycle: { ...k.lifecycle!, behaviour: 'closedListings' as const },
    };
    expect(judge(closed, { terminate: ok({}), ...answers(true) })).toEqual([]);
    expect(judge(closed, answers(true))).toHaveLength(1);
    expect(listingProbes(closed, 0, true).some((p) => p.key.includes('close status'))).toBe(true);
  });
  it('two filters at once must be a client error', () => {
    const two = kase('exclusiveFilters', {
      exclusive: { operation: 'ListOpenWorkflowExecutions', filters: ['typeFilter', 'tagFilter'] },
    });
    expect(judge(two, { 'two filters': { ok: false, status: 400, code: 'ValidationException' } })).toEqual([]);
    expect(judge(two, { 'two filters': ok({ executionInfos: [] }) }).map((f) => f.kind)).toEqual(['wrong-behaviour']);
    expect(
      judge(two, { 'two filters': { ok: false, status: 500, code: 'InternalFailure' } }).map((f) => f.kind),
    ).toEqual(['server-error']);
  });
});

describe('children and Lambda', () => {
  const child = { workflowId: 'c', taskList: 'ctl', workflowType: { name: 'bare', version: '1' } };
  const started = history(event(5, 'ChildWorkflowExecutionStarted'));
  const base = { poll: ok({ taskToken: 't' }), respond: ok({}), history: started, terminate: ok({}) };
  const childSees = (status: string, closeStatus: string | undefined, ...events: object[]) => ({
    'child describe': ok({ executionInfo: { executionStatus: status, closeStatus } }),
    'child history': history(...events),
  });
  const terminated = childSees(
    'CLOSED',
    'TERMINATED',
    event(3, 'WorkflowExecutionTerminated', { cause: 'CHILD_POLICY_APPLIED' }),
  );
  const cancelRequested = childSees(
    'OPEN',
    undefined,
    event(3, 'WorkflowExecutionCancelRequested', { cause: 'CHILD_POLICY_APPLIED' }),
  );
  const alone = childSees('OPEN', undefined, event(1, 'WorkflowExecutionStarted'));

  it('applies each effective child policy to the open child', () => {
    const of = (childPolicy: string) => kase('childPolicy', { child, closeBy: 'terminate' }, { childPolicy });
    expect(judge(of('TERMINATE'), { ...base, ...terminated })).toEqual([]);
    expect(judge(of('TERMINATE'), { ...base, ...alone })).toHaveLength(1);
    expect(judge(of('REQUEST_CANCEL'), { ...base, ...cancelRequested })).toEqual([]);
    expect(judge(of('REQUEST_CANCEL'), { ...base, ...alone })).toHaveLength(1);
    expect(judge(of('ABANDON'), { ...base, ...alone })).toEqual([]);
    expect(judge(of('ABANDON'), { ...base, ...terminated })).toHaveLength(1);
    expect(expectLifecycle(spec, world, of('ABANDON')).watchToEnd).toBe(true);
  });
  it("a child that never started is the rule's fault", () => {
    const k = kase(
      'childPolicy',
      { child, closeBy: 'timeout' },
      { childPolicy: 'TERMINATE', executionStartToCloseTimeout: '2' },
    );
    expect(rules(k, { ...base, history: history(event(1, 'WorkflowExecutionStarted')) })).toEqual([
      'lifecycle.childPolicy.applied wrong-behaviour history: the child started (ChildWorkflowExecutionStarted)',
    ]);
    expect(expectLifecycle(spec, world, k).timerSeconds).toBe(2);
  });
  it("judges by TerminateWorkflowExecution's own childPolicy when it overrides", () => {
    const k = kase(
      'childPolicyOverride',
      { child, closeBy: 'terminate', terminateChildPolicy: 'TERMINATE' },
      { childPolicy: 'ABANDON' },
    );
    expect(judge(k, { ...base, ...terminated })).toEqual([]);
    expect(judge(k, { ...base, ...alone })).toHaveLength(1);
  });
  it('fails ScheduleLambdaFunction without a role, and not for that with one', () => {
    const none = kase('lambdaRole', { lambda: { id: 'l', name: 'f' } });
    const role = kase(
      'lambdaRole',
      { lambda: { id: 'l', name: 'f' } },
      { lambdaRole: 'arn:aws:iam::123456789012:role/r' },
    );
    const failed = (cause: string) => ({
      ...base,
      history: history(event(5, 'ScheduleLambdaFunctionFailed', { cause })),
    });
    const scheduled = { ...base, history: history(event(5, 'LambdaFunctionScheduled')) };
    expect(judge(none, failed('ANY_CAUSE'))).toEqual([]);
    expect(judge(none, scheduled)).toHaveLength(1);
    expect(judge(role, scheduled)).toEqual([]);
    expect(judge(role, failed('LAMBDA_SERVICE_NOT_AVAILABLE_IN_REGION'))).toEqual([]);
    expect(judge(role, failed('ID_ALREADY_IN_USE'))).toHaveLength(1);
  });
});

// What recorded real answers look like (spec/evidence/swf-facts.md §7 and §8): the judges must take them as they come.
describe("answers in the real service's form", () => {
  const EMPTY_POLL = ok({ previousStartedEventId: 0, startedEventId: 0 });
  it('orders by the effective priority, a case with none set counting as 0', () => {
    const k = kase('priorityOrder', {
      siblings: [
        { workflowId: 's0', taskPriority: '1' },
        { workflowId: 's1', taskPriority: '-1' },
      ],
    });
    const delivered = (...runs: string[]) =>
      Object.fromEntries(runs.map((runId, i) => [`poll ${i}`, ok({ taskToken: 't', workflowExecution: { runId } })]));
    const starts = { 'start sibling 0': ok({ runId: 'r1' }), 'start sibling 1': ok({ runId: 'r-1' }) };
    expect(judge(k, { ...starts, ...delivered('r1', RUN, 'r-1') })).toEqual([]);
    expect(judge(k, { ...starts, ...delivered(RUN, 'r1', 'r-1') })).toHaveLength(1);
  });
  it('takes an empty poll without a taskToken member (brendanhay/amazonka#257) as no task, like an empty one', () => {
    expect(judge(kase('decisionTaskPolled'), { poll: EMPTY_POLL })).toHaveLength(1);
    const timeout = judge(kase('decisionTimeout', {}, { taskStartToCloseTimeout: '1' }), { poll: EMPTY_POLL });
    expect(timeout.map((f) => `${f.rule} ${f.source}`)).toEqual(['lifecycle.decisionTimeout poll: a delivered task']);
    const child = kase(
      'childPolicy',
      {
        child: { workflowId: 'c', taskList: 'ctl', workflowType: { name: 'bare', version: '1' } },
        closeBy: 'terminate',
      },
      { childPolicy: 'TERMINATE' },
    );
    expect(judge(child, { poll: EMPTY_POLL }).map((f) => f.source)).toEqual(['poll: a delivered task']);
  });
  it('accepts a DecisionTaskScheduled with scheduleToStartTimeout (2023) and one without (2016-2020)', () => {
    const k = kase('decisionTaskScheduled');
    const of = (extra: object) =>
      history(
        event(1, 'WorkflowExecutionStarted'),
        event(2, 'DecisionTaskScheduled', { taskList: { name: 'tl' }, startToCloseTimeout: '30', ...extra }),
      );
    const describe1 = ok({
      openCounts: { openDecisionTasks: 1 },
      executionInfo: { reopenGenerationId: 0, reopenable: false },
    });
    expect(judge(k, { history: of({ scheduleToStartTimeout: 'NONE' }), describe: describe1 })).toEqual([]);
    expect(judge(k, { history: of({}), describe: describe1 })).toEqual([]);
  });
});
