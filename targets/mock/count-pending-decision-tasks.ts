import type { Behaviour } from './behaviour.ts';
import { pendingDecisionTasks } from './decision-tasks.ts';
import { requireDomain } from './lookups.ts';
import type { SwfState } from './swf-state.ts';

interface CountPendingRequest {
  domain: string;
  taskList: { name: string };
}

/** Counts the decision tasks scheduled and not yet started on a task list, of the domain's open executions. */
export function countPendingDecisionTasks(
  state: SwfState,
  request: CountPendingRequest,
  behaviour: Behaviour,
): { count: number; truncated: boolean } {
  requireDomain(state, request.domain, 'CountPendingDecisionTasks');
  const list = behaviour.countsPendingOnEveryList ? undefined : request.taskList.name;
  return { count: pendingDecisionTasks(state, request.domain, list).length, truncated: false };
}
