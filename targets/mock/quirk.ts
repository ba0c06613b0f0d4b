import type { DescribeOutput, ExecutionInfo } from './describe-output.ts';
import type { ScheduledAttributes, StartedAttributes } from './history-events.ts';
import type { StartRequest } from './start-request.ts';
import type { SwfFault } from './swf-fault.ts';
import type { CloseStatus, EffectiveConfig, ExecutionRecord, TypeDefaults } from './swf-state.ts';
import type { WireRequest } from './wire-request.ts';

/** A deliberately broken behaviour, to prove the harness notices when a target diverges from SWF. */
export interface Quirk {
  name: string;
  description: string;
  /** Ids of checks the mock then skips, as if SWF did not make them. */
  skipChecks?: string[];
  /** True makes an earlier run block a new start with its workflowId, even a closed one. */
  blocksReuse?(run: ExecutionRecord): boolean;
  /** Changes what an accepted start records. */
  alterEffective?(config: EffectiveConfig, request: StartRequest, defaults: TypeDefaults): EffectiveConfig;
  /** Changes the error answered for a refused call. */
  replaceFault?(fault: SwfFault, operation: string | undefined, request: unknown): SwfFault;
  /** Answers a fault not at all: 'hang' never answers (until the mock closes), 'drop' drops the connection. */
  answerInstead?(fault: SwfFault): 'hang' | 'drop' | undefined;
  /** Refuses a readable call the real service accepts, with the fault returned. */
  refuseCall?(operation: string, request: WireRequest, body: Record<string, unknown>): SwfFault | undefined;
  /** Changes the WorkflowExecutionStarted attributes as recorded in the history. */
  alterStartedEvent?(attributes: StartedAttributes): StartedAttributes;
  /** Changes a DescribeWorkflowExecution answer. */
  alterDescribe?(output: DescribeOutput): DescribeOutput;
  /** True makes TerminateWorkflowExecution answer 200 but leave the execution open. */
  keepsOpenOnTerminate?: boolean;
  /** True makes the service's state checks (domain, type, defaults, open workflowId) come before input validation. */
  stateChecksFirst?: boolean;
  /** Replaces the answer to a call (the operation has run, or failed): other bytes, or 'hang' for none until the mock closes. */
  replaceAnswer?(
    operation: string | undefined,
    input: unknown,
    reply: Response,
  ): Response | 'hang' | undefined | Promise<Response | undefined>;
  /** True when an accepted call leaves the service broken for every later call, as some emulators are. */
  corrupts?(operation: string, input: unknown): boolean;
  /** A condition key (`swf:taskList.name`) never put in a request's context, as by an emulator that does not know it. */
  hidesConditionKey?: string;
  /** True makes the caller policy's Deny statements not apply. */
  ignoresDeny?: boolean;
  /** Changes what an execution's first DecisionTaskScheduled event shows (not the task itself). */
  alterFirstScheduled?(attributes: ScheduledAttributes, defaults: TypeDefaults): ScheduledAttributes;
  /** Changes the WorkflowExecutionStarted attributes in a PollForDecisionTask answer (the history keeps them). */
  alterPolledStartedEvent?(attributes: StartedAttributes): StartedAttributes;
  /** Changes an execution info in a ListClosedWorkflowExecutions answer. */
  alterClosedInfo?(info: ExecutionInfo): ExecutionInfo;
  /** True makes CountPendingDecisionTasks count the pending tasks of every task list of the domain. */
  countsPendingOnEveryList?: boolean;
  /** True makes PollForDecisionTask hand out tasks in the order they were scheduled, whatever their priority. */
  pollIgnoresPriority?: boolean;
  /** The close status an execution time-out gives instead of TIMED_OUT. */
  timedOutCloseStatus?: CloseStatus;
  /** True makes started decision tasks never time out. */
  decisionTasksNeverTimeOut?: boolean;
  /** True makes ListOpenWorkflowExecutions and CountOpenWorkflowExecutions ignore tagFilter. */
  ignoresOpenTagFilter?: boolean;
  /** True leaves the children of an execution that timed out alone, whatever its child policy. */
  ignoresChildPolicyOnTimeOut?: boolean;
  /** True makes TerminateWorkflowExecution ignore its childPolicy member (the execution's own applies). */
  ignoresTerminateChildPolicy?: boolean;
  /** True makes ScheduleLambdaFunction schedule the Lambda task even when the execution has no lambdaRole. */
  schedulesLambdaWithoutRole?: boolean;
}
