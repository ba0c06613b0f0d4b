import type { Behaviour } from './behaviour.ts';
import { countClosedWorkflowExecutions } from './count-closed-workflow-executions.ts';
import { countOpenWorkflowExecutions } from './count-open-workflow-executions.ts';
import { countPendingDecisionTasks } from './count-pending-decision-tasks.ts';
import { deleteWorkflowType } from './delete-workflow-type.ts';
import { deprecateDomain } from './deprecate-domain.ts';
import { deprecateWorkflowType } from './deprecate-workflow-type.ts';
import { describeDomain } from './describe-domain.ts';
import { describeWorkflowExecution } from './describe-workflow-execution.ts';
import { describeWorkflowType } from './describe-workflow-type.ts';
import { getWorkflowExecutionHistory } from './get-workflow-execution-history.ts';
import { listClosedWorkflowExecutions } from './list-closed-workflow-executions.ts';
import { listOpenWorkflowExecutions } from './list-open-workflow-executions.ts';
import { listWorkflowTypes } from './list-workflow-types.ts';
import { pollForDecisionTask } from './poll-for-decision-task.ts';
import { registerDomain } from './register-domain.ts';
import { registerWorkflowType } from './register-workflow-type.ts';
import { respondDecisionTaskCompleted } from './respond-decision-task-completed.ts';
import { startWorkflowExecution } from './start-workflow-execution.ts';
import type { SwfState } from './swf-state.ts';
import { terminateWorkflowExecution } from './terminate-workflow-execution.ts';

/** Runs one call on validated input; undefined means an empty answer body. */
export type Operation = (state: SwfState, input: unknown, behaviour: Behaviour) => object | void;

/** Adapts an operation typed for its own input: the body has passed the model's checks before it gets here. */
function operation<T>(run: (state: SwfState, input: T, behaviour: Behaviour) => object | void): Operation {
  return (state, input, behaviour) => run(state, input as T, behaviour);
}

/** The SWF operations the mock implements, by X-Amz-Target name. */
export const OPERATIONS: Readonly<Record<string, Operation>> = {
  RegisterDomain: operation(registerDomain),
  DeprecateDomain: operation(deprecateDomain),
  DescribeDomain: operation(describeDomain),
  RegisterWorkflowType: operation(registerWorkflowType),
  DeprecateWorkflowType: operation(deprecateWorkflowType),
  DeleteWorkflowType: operation(deleteWorkflowType),
  DescribeWorkflowType: operation(describeWorkflowType),
  ListWorkflowTypes: operation(listWorkflowTypes),
  StartWorkflowExecution: operation(startWorkflowExecution),
  DescribeWorkflowExecution: operation(describeWorkflowExecution),
  ListOpenWorkflowExecutions: operation(listOpenWorkflowExecutions),
  GetWorkflowExecutionHistory: operation(getWorkflowExecutionHistory),
  TerminateWorkflowExecution: operation(terminateWorkflowExecution),
  ListClosedWorkflowExecutions: operation(listClosedWorkflowExecutions),
  CountOpenWorkflowExecutions: operation(countOpenWorkflowExecutions),
  CountClosedWorkflowExecutions: operation(countClosedWorkflowExecutions),
  PollForDecisionTask: operation(pollForDecisionTask),
  RespondDecisionTaskCompleted: operation(respondDecisionTaskCompleted),
  CountPendingDecisionTasks: operation(countPendingDecisionTasks),
};
