import type { Behaviour } from './behaviour.ts';
import { enforce } from './enforce.ts';
import type { StartRequest } from './start-request.ts';
import type { EffectiveConfig, WorkflowTypeRecord } from './swf-state.ts';

// The members that must come from the request or the type's default, in the order SWF is said to check them (moto's note).
const MUST_BE_DEFINED = ['executionStartToCloseTimeout', 'taskList', 'taskStartToCloseTimeout', 'childPolicy'] as const;

/** Upper-cases the first letter: taskList → TaskList, for the default's name. */
function capitalise(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}

/** Merges a start request with its type's defaults; DefaultUndefinedFault for a member neither defines. */
export function resolveEffectiveConfig(
  request: StartRequest,
  type: WorkflowTypeRecord,
  behaviour: Behaviour,
): EffectiveConfig {
  const d = type.defaults;
  const requestTaskList = request.taskList ?? undefined;
  const config: EffectiveConfig = {
    // A task list without a name (only reachable when a quirk skips validation) falls back to the default, or stays as sent.
    taskList:
      requestTaskList?.name != null
        ? { name: requestTaskList.name }
        : d.defaultTaskList
          ? { ...d.defaultTaskList }
          : requestTaskList && {},
    executionStartToCloseTimeout: request.executionStartToCloseTimeout ?? d.defaultExecutionStartToCloseTimeout,
    taskStartToCloseTimeout: request.taskStartToCloseTimeout ?? d.defaultTaskStartToCloseTimeout,
    childPolicy: request.childPolicy ?? d.defaultChildPolicy,
    // No '0' stands in: real answers leave taskPriority out when neither sets it (100 of 100, swf-facts §7).
    taskPriority: request.taskPriority ?? d.defaultTaskPriority,
    lambdaRole: request.lambdaRole ?? d.defaultLambdaRole,
  };
  for (const member of MUST_BE_DEFINED) {
    const message = `No ${member} in the request and no default${capitalise(member)} registered for WorkflowType=[name=${type.name}, version=${type.version}]`;
    enforce(
      behaviour,
      `StartWorkflowExecution:${member}.default-undefined`,
      config[member] !== undefined,
      'DefaultUndefinedFault',
      message,
    );
  }
  return behaviour.alterEffective(config, request, d);
}
