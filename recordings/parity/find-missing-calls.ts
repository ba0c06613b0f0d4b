import type { RecordedInteraction } from '../interaction-recording.ts';
import { asObject as obj } from '../as-object.ts';

/** Members of a recorded answer that rest on calls the recording lacks, and why: they are left out of the comparison. */
export interface MissingCalls {
  reason: string;
  /** The members left out, in words (`events[3..]`, `openCounts`). */
  excluded: string;
  skip: (path: string) => boolean;
}

// The call each history event follows from; an event whose call the recording lacks was made by someone else.
const CAUSE: Record<string, string> = {
  DecisionTaskStarted: 'PollForDecisionTask',
  DecisionTaskCompleted: 'RespondDecisionTaskCompleted',
  ActivityTaskStarted: 'PollForActivityTask',
  ActivityTaskCompleted: 'RespondActivityTaskCompleted',
  ActivityTaskFailed: 'RespondActivityTaskFailed',
  ActivityTaskCanceled: 'RespondActivityTaskCanceled',
  WorkflowExecutionSignaled: 'SignalWorkflowExecution',
  WorkflowExecutionCancelRequested: 'RequestCancelWorkflowExecution',
  WorkflowExecutionTerminated: 'TerminateWorkflowExecution',
};
const LISTINGS = new Set([
  'ListOpenWorkflowExecutions',
  'ListClosedWorkflowExecutions',
  'CountOpenWorkflowExecutions',
  'CountClosedWorkflowExecutions',
  'CountPendingDecisionTasks',
  'CountPendingActivityTasks',
]);
const WORKER_STATE = [
  'executionInfo.executionStatus',
  'executionInfo.closeStatus',
  'executionInfo.closeTimestamp',
  'openCounts',
  'latestActivityTaskTimestamp',
  'latestExecutionContext',
];

const under = (prefixes: string[]) => (path: string) =>
  prefixes.some((p) => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`));

/**
 * Whether a recorded answer shows what calls the recording lacks made happen (a decider or an activity worker in
 * another process, or time the replay does not wait for), and which of its members rest on them. `made` holds the
 * operations of this call and the calls before it; `workedElsewhere`, whether any execution of the recording was.
 */
export function findMissingCalls(
  i: RecordedInteraction,
  made: ReadonlySet<string>,
  workedElsewhere: boolean,
): MissingCalls | undefined {
  const answer = obj(i.response.body.json);
  if (Array.isArray(answer.events)) return missingInEvents(answer.events, made);
  if (i.operation === 'DescribeWorkflowExecution') {
    const why = workerStateShown(answer, made);
    return why ? { reason: why, excluded: WORKER_STATE.join(', '), skip: under(WORKER_STATE) } : undefined;
  }
  if (LISTINGS.has(i.operation) && workedElsewhere) {
    const members = ['executionInfos', 'count', 'truncated', 'nextPageToken'];
    return {
      reason: 'the recording shows executions worked on by calls it lacks, which open, close and count them',
      excluded: members.join(', '),
      skip: under(members),
    };
  }
  if (i.operation === 'PollForActivityTask' && !made.has('RespondDecisionTaskCompleted')) {
    return {
      reason: 'an activity task is scheduled by a decision the recording lacks',
      excluded: 'the whole answer',
      skip: () => true,
    };
  }
  return undefined;
}

/** Events from the first one that follows a call the recording lacks (or time passing) on. */
function missingInEvents(events: unknown[], made: ReadonlySet<string>): MissingCalls | undefined {
  const first = events.findIndex((e) => {
    const type = String(obj(e).eventType);
    return type.endsWith('TimedOut') || (CAUSE[type] !== undefined && !made.has(CAUSE[type]));
  });
  if (first < 0) return undefined;
  const type = String(obj(events[first]).eventType);
  const why = type.endsWith('TimedOut')
    ? 'time passing, which the replay does not wait for'
    : `a ${CAUSE[type]} the recording lacks (a worker in another process)`;
  const skip = (path: string) =>
    path === 'events.length' || path === 'nextPageToken' || Number(/^events\[(\d+)\]/.exec(path)?.[1] ?? -1) >= first;
  return {
    reason: `events from #${first + 1} (${type}) on follow ${why}`,
    excluded: `events[${first}..], nextPageToken`,
    skip,
  };
}

/** Why a recorded Describe answer shows an execution's state that only calls the recording lacks produce, if it does. */
function workerStateShown(answer: Record<string, unknown>, made: ReadonlySet<string>): string | undefined {
  const info = obj(answer.executionInfo);
  const counts = obj(answer.openCounts);
  const decided = made.has('RespondDecisionTaskCompleted');
  const close = String(info.closeStatus ?? '');
  if (info.executionStatus === 'CLOSED' && close === 'TIMED_OUT')
    return 'it timed out: time passing, which the replay does not wait for';
  if (info.executionStatus === 'CLOSED' && close === 'TERMINATED' && !made.has('TerminateWorkflowExecution'))
    return 'it was terminated by a call the recording lacks';
  if (decided) return undefined;
  if (info.executionStatus === 'CLOSED' && close !== 'TERMINATED')
    return `it closed (${close}) through a decision the recording lacks`;
  const worked = ['openActivityTasks', 'openTimers', 'openChildWorkflowExecutions', 'openLambdaFunctions'].some(
    (k) => Number(counts[k] ?? 0) > 0,
  );
  const noTask =
    info.executionStatus === 'OPEN' && counts.openDecisionTasks !== undefined && Number(counts.openDecisionTasks) === 0;
  if (
    worked ||
    noTask ||
    answer.latestExecutionContext !== undefined ||
    answer.latestActivityTaskTimestamp !== undefined
  ) {
    return 'its open counts show decisions the recording lacks';
  }
  return undefined;
}
