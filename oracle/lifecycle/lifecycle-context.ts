import type { Spec } from '../../spec/spec-types.ts';
import type { Case } from '../../model/case.ts';
import type { CallAnswer, LifecycleAnswers } from '../../model/lifecycle.ts';
import type { EffectiveConfig } from '../../model/effective-config.ts';

/** One thing a started execution did not do as the contract says, found in the answer named by `call`. */
export interface LifecycleFault {
  rule: string;
  kind: 'wrong-behaviour' | 'server-error' | 'timeout';
  /** The answer's name (LifecycleAnswers key) and what was looked for in it. */
  source: string;
  expected: unknown;
  observed: unknown;
}

/** What a lifecycle judge reads: the case, what its start must have set, every answer so far, and whether the wait is over. */
export interface LifecycleContext {
  spec: Spec;
  kase: Case;
  config: EffectiveConfig;
  runId: string;
  answers: LifecycleAnswers;
  /** True once the run's wait is over: what must not happen within it (a NONE time-out, an abandoned child closing) is judged then. */
  final: boolean;
}

/** A judge of one behaviour: every fault the answers show so far (none: the behaviour holds, as far as it has been seen). */
export type LifecycleJudge = (ctx: LifecycleContext) => LifecycleFault[];

// A task token is a secret of the execution: reports say whether one came, never what it was.
const masked = (output: Record<string, unknown>) =>
  'taskToken' in output ? { ...output, taskToken: output.taskToken ? '(present)' : output.taskToken } : output;

/** What an answer shows in a report: its output, or its failure. */
export function shownAnswer(answer: CallAnswer | undefined): unknown {
  if (!answer) return '(not asked: an earlier step did not happen)';
  return answer.ok ? masked(answer.output) : { status: answer.status, code: answer.code, message: answer.message };
}

/** A fault of the case's rule; a 5xx or an unanswered call is a server error or a timeout whatever was looked for. */
export function faultOf(
  ctx: LifecycleContext,
  key: string,
  what: string,
  expected: unknown,
  observed: unknown,
): LifecycleFault {
  const answer = ctx.answers[key];
  const kind =
    answer && !answer.ok
      ? answer.timedOut
        ? 'timeout'
        : answer.status === undefined || answer.status >= 500
          ? 'server-error'
          : 'wrong-behaviour'
      : 'wrong-behaviour';
  return { rule: ctx.kase.rule, kind, source: `${key}: ${what}`, expected, observed };
}

/** The output of a successful answer; otherwise a fault saying the call had to succeed is added to `faults`. */
export function outputOf(
  ctx: LifecycleContext,
  key: string,
  faults: LifecycleFault[],
): Record<string, unknown> | undefined {
  const answer = ctx.answers[key];
  if (answer?.ok) return answer.output;
  faults.push(faultOf(ctx, key, 'the call succeeds', 'a successful answer', shownAnswer(answer)));
  return undefined;
}
