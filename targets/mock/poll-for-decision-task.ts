import type { Behaviour } from './behaviour.ts';
import { pendingDecisionTasks, previousStartedEventId, requireTaskToken, startDecisionTask } from './decision-tasks.ts';
import { executionRef, type StartedAttributes } from './history-events.ts';
import { requireDomain } from './lookups.ts';
import { pageOf, positionOf, type PagingRequest } from './page-of.ts';
import { nowInSeconds, type ExecutionRecord, type HistoryEventRecord, type SwfState } from './swf-state.ts';

const OP = 'PollForDecisionTask';

interface PollRequest extends PagingRequest {
  domain: string;
  taskList: { name: string };
  identity?: string | null;
  startAtPreviousStartedEvent?: boolean | null;
}

/** A DecisionTask answer. */
interface DecisionTask {
  taskToken: string;
  startedEventId: number;
  previousStartedEventId: number;
  workflowExecution: { workflowId: string; runId: string };
  workflowType: { name: string; version: string };
  events: HistoryEventRecord[];
  nextPageToken?: string;
}

// What the real service answers when no task came within its 60 s: ids 0 and no taskToken at all (brendanhay/amazonka#257).
const NO_TASK = { previousStartedEventId: 0, startedEventId: 0 } as const;

/** A priority as the integer it stands for; none, or a value no check refused (a child's is not checked), counts as 0. */
function priorityOf(e: ExecutionRecord): number {
  return Number.parseInt(e.config.taskPriority ?? '0', 10) || 0;
}

/** The pending task a poll gets: highest priority first, then first scheduled (a quirk may ignore the priority). */
function nextTask(pending: ExecutionRecord[], behaviour: Behaviour): ExecutionRecord | undefined {
  const order = (a: ExecutionRecord, b: ExecutionRecord) =>
    (behaviour.pollIgnoresPriority ? 0 : priorityOf(b) - priorityOf(a)) || a.decision!.sequence - b.decision!.sequence;
  return [...pending].sort(order)[0];
}

/** The events a task carries, as sent: copies, from the previous started task's moment on when asked, newest first if reversed. */
function eventsOf(e: ExecutionRecord, request: PollRequest, behaviour: Behaviour): HistoryEventRecord[] {
  const previous = previousStartedEventId(e);
  const from = request.startAtPreviousStartedEvent && previous ? e.events[previous - 1].eventTimestamp : -Infinity;
  const events = e.events.filter((event) => event.eventTimestamp >= from).map((event) => structuredClone(event));
  for (const event of events) {
    const started = event.workflowExecutionStartedEventAttributes as StartedAttributes | undefined;
    if (started) event.workflowExecutionStartedEventAttributes = behaviour.alterPolledStartedEvent(started);
  }
  return request.reverseOrder ? events.reverse() : events;
}

/** The answer for an execution's started task: its ids, and one page of its history. */
function taskAnswer(e: ExecutionRecord, request: PollRequest, behaviour: Behaviour): DecisionTask {
  const { token, eventId } = e.decision!.started!;
  const page = pageOf(eventsOf(e, request, behaviour), request, OP, token);
  return {
    taskToken: token,
    startedEventId: eventId,
    previousStartedEventId: previousStartedEventId(e),
    workflowExecution: executionRef(e),
    workflowType: { ...e.workflowType },
    events: page.items,
    nextPageToken: page.nextPageToken,
  };
}

/**
 * Hands out the next pending decision task of a task list, recording DecisionTaskStarted; with a nextPageToken, the
 * next page of the history of the task it came with. The real service holds the connection up to 60 s when nothing is
 * pending; an in-process fake has nothing to wait for, so it answers at once, with what SWF sends after the wait.
 */
export function pollForDecisionTask(
  state: SwfState,
  request: PollRequest,
  behaviour: Behaviour,
): DecisionTask | typeof NO_TASK {
  requireDomain(state, request.domain, OP);
  if (request.nextPageToken) {
    const task = positionOf(request.nextPageToken, OP).task;
    return taskAnswer(requireTaskToken(state, task ?? '', OP), request, behaviour);
  }
  const execution = nextTask(pendingDecisionTasks(state, request.domain, request.taskList.name), behaviour);
  if (!execution) return NO_TASK;
  startDecisionTask(execution, nowInSeconds(state), request.identity ?? undefined);
  return taskAnswer(execution, request, behaviour);
}
