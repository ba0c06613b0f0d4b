import type { Case } from '../../model/case.ts';
import type { CallAnswer, LifecycleAnswers } from '../../model/lifecycle.ts';
import type { Target } from '../../targets/target.ts';
import type { LifecycleExpectation } from '../../oracle/lifecycle/judge-lifecycle.ts';
import { shareRequestInput } from './share-request-input.ts';
import { keepOwnInfos } from './keep-own-infos.ts';

/** An execution a lifecycle case started (its own, a sibling, a restart, a child), terminated at the end of its round. */
export interface Started {
  domain: string;
  workflowId: string;
  runId: string;
}

/** One lifecycle case in flight: what it was told to do, what the target answered so far, and when its wait ends. */
export interface LifecycleSession {
  kase: Case;
  index: number;
  expectation: LifecycleExpectation;
  runId: string;
  /** Epoch seconds when the start was sent, by the harness's clock. */
  startedAt: number;
  /** Epoch milliseconds after which nothing more is awaited. */
  deadline: number;
  answers: LifecycleAnswers;
  started: Started[];
  calls: number;
  done: boolean;
}

// Pages a listing or a history may take before the harness stops following nextPageToken (a runaway target).
const MAX_PAGES = 10;

/** Sends one call and keeps its answer under `key`; list and history pages are followed and merged into one output. */
export async function ask(
  target: Target,
  s: LifecycleSession,
  key: string,
  operation: string,
  input: Record<string, unknown>,
): Promise<CallAnswer> {
  let answer = await target.call!(operation, input);
  s.calls++;
  const listKey =
    answer.ok && Array.isArray(answer.output.events)
      ? 'events'
      : answer.ok && Array.isArray(answer.output.executionInfos)
        ? 'executionInfos'
        : undefined;
  for (
    let page = 1;
    listKey && answer.ok && typeof answer.output.nextPageToken === 'string' && page < MAX_PAGES;
    page++
  ) {
    const next = await target.call!(operation, { ...input, nextPageToken: answer.output.nextPageToken });
    s.calls++;
    if (!next.ok) {
      answer = next;
      break;
    }
    const items = [...(answer.output[listKey] as unknown[]), ...(next.output[listKey] as unknown[])];
    answer = { ...next, output: { ...next.output, [listKey]: items } };
  }
  shareRequestInput(answer, s.kase.request.input);
  keepOwnInfos(answer, new Set([s.runId, ...s.started.map((e) => e.runId)]));
  s.answers[key] = answer;
  return answer;
}

/** The execution of a session as SWF names it. */
export const executionOf = (s: LifecycleSession) => ({ workflowId: String(s.kase.request.workflowId), runId: s.runId });

/** The effective task list of the session's start. */
export const taskListOf = (s: LifecycleSession) => ({ name: s.expectation.config.taskList ?? '' });

/** The whole history of an execution of the session's domain. */
export const readHistory = (target: Target, s: LifecycleSession, key: string, execution = executionOf(s)) =>
  ask(target, s, key, 'GetWorkflowExecutionHistory', {
    domain: s.kase.request.domain,
    execution,
    maximumPageSize: 1000,
  });

/** DescribeWorkflowExecution of an execution of the session's domain. */
export const describe = (target: Target, s: LifecycleSession, key: string, execution = executionOf(s)) =>
  ask(target, s, key, 'DescribeWorkflowExecution', { domain: s.kase.request.domain, execution });

/** One PollForDecisionTask on the session's list: only ever sent when the oracle's model says a task is pending there. */
export const poll = (target: Target, s: LifecycleSession, key: string) =>
  ask(target, s, key, 'PollForDecisionTask', {
    domain: s.kase.request.domain,
    taskList: taskListOf(s),
    identity: 'swf-conformance',
  });
