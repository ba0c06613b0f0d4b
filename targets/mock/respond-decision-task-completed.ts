import type { Behaviour } from './behaviour.ts';
import { requireTaskToken, wakeDecider } from './decision-tasks.ts';
import { DECISIONS } from './decisions.ts';
import { appendEvent } from './history-events.ts';
import { loadServiceModel } from './service-model.ts';
import { nowInSeconds, type SwfState } from './swf-state.ts';
import { validationFault, type Violation } from './violation.ts';

const OP = 'RespondDecisionTaskCompleted';

interface Decision {
  decisionType: string;
  [attributes: string]: unknown;
}

interface RespondRequest {
  taskToken: string;
  decisions?: Decision[] | null;
  executionContext?: string | null;
}

/** The member holding a decision's attributes: StartTimer → startTimerDecisionAttributes. */
const attributesMember = (decisionType: string) =>
  `${decisionType[0].toLowerCase()}${decisionType.slice(1)}DecisionAttributes`;

/**
 * Refuses, with ValidationException and before anything is recorded, decisions without the attributes their type
 * requires (the model makes them optional in Decision; those with required members cannot be carried out without).
 */
function checkAttributes(decisions: readonly Decision[]): void {
  const model = loadServiceModel();
  const decisionShape =
    model.shapes[model.shapes[model.shapes.RespondDecisionTaskCompletedInput.members!.decisions.shape].member!.shape];
  const missing: Violation[] = decisions.flatMap((d, i) => {
    const member = attributesMember(d.decisionType);
    const shape = model.shapes[decisionShape.members![member]?.shape ?? ''];
    return shape?.required?.length && d[member] == null
      ? [
          {
            check: `${OP}:decisions.member.${member}.required`,
            path: `decisions.${i + 1}.member.${member}`,
            value: null,
            constraint: 'Member must not be null',
          },
        ]
      : [];
  });
  if (missing.length) throw validationFault(missing);
}

/**
 * Completes a started decision task: DecisionTaskCompleted, then each decision in order (none after one that closed
 * the execution). A new decision task follows when the decisions recorded something for the decider, or when events
 * came while the task was started; otherwise none. The token is used up.
 */
export function respondDecisionTaskCompleted(state: SwfState, request: RespondRequest, behaviour: Behaviour): void {
  const execution = requireTaskToken(state, request.taskToken, OP);
  const decisions = request.decisions ?? [];
  checkAttributes(decisions);
  const at = nowInSeconds(state);
  const task = execution.decision!;
  execution.decision = undefined;
  const completedEventId = appendEvent(execution, at, 'DecisionTaskCompleted', {
    scheduledEventId: task.scheduledEventId,
    startedEventId: task.started!.eventId,
    executionContext: request.executionContext ?? undefined,
  });
  const missedEvents = task.missedEvents ?? false;
  let wake = missedEvents;
  for (const decision of decisions) {
    if (execution.status !== 'OPEN') break;
    const context = { state, execution, at, completedEventId, behaviour, missedEvents };
    wake =
      DECISIONS[decision.decisionType](context, decision[attributesMember(decision.decisionType)] as never) || wake;
  }
  if (wake) wakeDecider(state, execution, at);
}
