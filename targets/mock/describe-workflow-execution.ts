import type { Behaviour } from './behaviour.ts';
import { describeExecution, type DescribeOutput } from './describe-output.ts';
import { requireDomain, requireExecution } from './lookups.ts';
import type { SwfState } from './swf-state.ts';

interface DescribeRequest {
  domain: string;
  execution: { workflowId: string; runId: string };
}

/** Describes an open or closed execution; deprecated domains stay readable (visibility calls still work). */
export function describeWorkflowExecution(
  state: SwfState,
  request: DescribeRequest,
  behaviour: Behaviour,
): DescribeOutput {
  requireDomain(state, request.domain, 'DescribeWorkflowExecution');
  const execution = requireExecution(
    state,
    request.domain,
    request.execution.workflowId,
    request.execution.runId,
    'DescribeWorkflowExecution',
  );
  return behaviour.alterDescribe(describeExecution(state, execution));
}
