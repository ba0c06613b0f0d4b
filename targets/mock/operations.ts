import type { Behaviour } from './behaviour';
import { countClosedWorkflowExecutions } from './count-closed-workflow-executions';
import { countOpenWorkflowExecutions } from './count-open-workflow-executions';
import { countPendingDecisionTasks } from './count-pending-decision-tasks';
import { deleteWorkflowType } from './delete-workflow-type';
import { deprecateDomain } from './deprecate-domain';
import { deprecateWorkflowType } from './deprecate-workflow-type';
import { describeDomain } from './describe-domain';
import { describeWorkflowExecution } from './describe-workflow-execution';
import { describeWorkflowType } from './describe-workflow-type';
import { getWorkflowExecutionHistory } from './get-workflow-execution-history';
import { listClosedWorkflowExecutions } from './list-closed-workflow-executions';
import { listOpenWorkflowExecutions } from './list-open-workflow-executions';
import { listWorkflowTypes } from './list-workflow-types';
import { pollForDecisionTask } from './poll-for-decision-task';
import { registerDomain } from './register-domain';
import { registerWorkflowType } from './register-workflow-type';
import { respondDecisionTaskCompleted } from './respond-decision-task-completed';
import { startWorkflowExecution } from './start-workflow-execution';
import type { SwfState } from './swf-state';
import { terminateWorkflowExecution } from './terminate-workflow-execution';

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
