import type { Request } from '../model/request.ts';
import type { Effects, Observation } from '../model/observation.ts';
import type { World } from '../model/world.ts';
import type { WireForm } from '../model/wire.ts';
import type { WorldConfinement } from '../model/confine-world.ts';
import type { CallAnswer } from '../model/lifecycle.ts';
import type { Exchange, ExchangeAnswer } from './exchange.ts';

/**
 * Something that answers SWF calls: the mock, an emulator, the real service. Sending is decoupled from generation:
 * the same case runs against any target.
 */
export interface Target {
  /** The name reports use ('mock', 'moto', an endpoint URL). */
  readonly name: string;
  /** The one domain (and type version) a run may touch on this target; absent: the full world of model/build-world.ts. */
  readonly confinement?: WorldConfinement;
  /** Registers the world's domains and types, and deprecates those marked deprecated. Throws TargetError when it cannot. */
  createFixtures(world: World): Promise<void>;
  /**
   * Sends one StartWorkflowExecution request as it is, invalid members included; as the harness itself, or `as`
   * 'caller': the identity that carries the run's policy (the same one when the run has none).
   */
  start(request: Request, as?: 'caller'): Promise<Observation>;
  /** Sends a StartWorkflowExecution as raw HTTP, bypassing the SDK: bad bodies, headers, signatures. Absent: no wire cases. */
  sendRaw?(wire: WireForm): Promise<Observation>;
  /** Reads back an execution: DescribeWorkflowExecution and its WorkflowExecutionStarted event. */
  readEffects(domain: string, workflowId: string, runId: string): Promise<Effects>;
  /** Terminates an execution (the current open run when runId is absent). */
  terminate(domain: string, workflowId: string, runId?: string): Promise<Observation>;
  /**
   * Sends any other SWF operation the lifecycle family needs (PollForDecisionTask, RespondDecisionTaskCompleted, the
   * listings and counts, GetWorkflowExecutionHistory...) as the harness. Absent: lifecycle cases are inconclusive.
   */
  call?(operation: string, input: Record<string, unknown>): Promise<CallAnswer>;
  /** Sends one call exactly as a recording holds it (any operation, X-Amz-Target form, Content-Type), signed as the harness. */
  exchange?(call: Exchange): Promise<ExchangeAnswer>;
  /** Returns the target to an empty state (moto's reset, a restart); absent where that is impossible. */
  reset?(): Promise<void>;
  /** Releases whatever the target holds (servers, interceptors). */
  close(): Promise<void>;
}

/** The run cannot happen on this target (unreachable, refused set-up); its message is one line. */
export class TargetError extends Error {}
