import type { DecisionContext } from './decision-context.ts';
import { appendEvent } from './history-events.ts';

interface ScheduleLambdaAttributes {
  id: string;
  name: string;
  input?: string;
  startToCloseTimeout?: string;
  control?: string;
}

// The StartWorkflowExecution page documents that without an IAM role "any attempt to schedule a Lambda task fails", with
// a ScheduleLambdaFunctionFailed event, but not its cause, and the model's enum has none for it: this one is a guess.
export const NO_LAMBDA_ROLE_CAUSE = 'LAMBDA_SERVICE_NOT_AVAILABLE_IN_REGION';

/**
 * ScheduleLambdaFunction: ScheduleLambdaFunctionFailed without an effective lambdaRole or for an id still open, else
 * LambdaFunctionScheduled. The mock runs no Lambda: the task stays scheduled (open) until the execution closes.
 */
export function scheduleLambda(c: DecisionContext, a: ScheduleLambdaAttributes): boolean {
  const { execution: e, at, completedEventId } = c;
  const failed = (cause: string) => {
    appendEvent(e, at, 'ScheduleLambdaFunctionFailed', {
      id: a.id,
      name: a.name,
      cause,
      decisionTaskCompletedEventId: completedEventId,
    });
    return true;
  };
  if (!e.config.lambdaRole && !c.behaviour.schedulesLambdaWithoutRole) return failed(NO_LAMBDA_ROLE_CAUSE);
  if (e.lambdas?.includes(a.id)) return failed('ID_ALREADY_IN_USE');
  appendEvent(e, at, 'LambdaFunctionScheduled', {
    id: a.id,
    name: a.name,
    control: a.control,
    input: a.input,
    startToCloseTimeout: a.startToCloseTimeout,
    decisionTaskCompletedEventId: completedEventId,
  });
  (e.lambdas ??= []).push(a.id);
  return false;
}
