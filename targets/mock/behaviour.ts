import type { DescribeOutput, ExecutionInfo } from './describe-output.ts';
import type { ScheduledAttributes, StartedAttributes } from './history-events.ts';
import type { Quirk } from './quirk.ts';
import { QUIRK_NAMES, QUIRKS } from './quirks.ts';
import type { StartRequest } from './start-request.ts';
import type { SwfFault } from './swf-fault.ts';
import type { CloseStatus, EffectiveConfig, ExecutionRecord, TypeDefaults } from './swf-state.ts';
import type { WireRequest } from './wire-request.ts';

/** How this mock instance behaves: faithful SWF, bent by the selected quirks. */
export interface Behaviour {
  /** Names of the selected quirks. */
  quirks: readonly string[];
  /** Ids of checks not made. */
  skip: ReadonlySet<string>;
  blocksReuse(run: ExecutionRecord): boolean;
  alterEffective(config: EffectiveConfig, request: StartRequest, defaults: TypeDefaults): EffectiveConfig;
  replaceFault(fault: SwfFault, operation: string | undefined, request: unknown): SwfFault;
  /** A fault answered not at all: 'hang' never answers, 'drop' drops the connection; undefined answers it. */
  answerInstead(fault: SwfFault): 'hang' | 'drop' | undefined;
  /** The fault refusing a readable call SWF accepts, if a quirk refuses it. */
  refuseCall(operation: string, request: WireRequest, body: Record<string, unknown>): SwfFault | undefined;
  alterStartedEvent(attributes: StartedAttributes): StartedAttributes;
  alterDescribe(output: DescribeOutput): DescribeOutput;
  corrupts(operation: string, input: unknown): boolean;
  /** The answer to send instead of `reply`, or 'hang' for none; the reply itself when no quirk replaces it. */
  replaceAnswer(operation: string | undefined, input: unknown, reply: Response): Promise<Response | 'hang'>;
  keepsOpenOnTerminate: boolean;
  stateChecksFirst: boolean;
  /** Condition keys (lower-case) never put in a request's context for the caller policy. */
  hiddenConditionKeys: ReadonlySet<string>;
  /** True when the caller policy's Deny statements are not applied. */
  ignoresDeny: boolean;
  alterFirstScheduled(attributes: ScheduledAttributes, defaults: TypeDefaults): ScheduledAttributes;
  alterPolledStartedEvent(attributes: StartedAttributes): StartedAttributes;
  alterClosedInfo(info: ExecutionInfo): ExecutionInfo;
  countsPendingOnEveryList: boolean;
  pollIgnoresPriority: boolean;
  /** TIMED_OUT, unless a quirk gives time-outs another close status. */
  timedOutCloseStatus: CloseStatus;
  decisionTasksNeverTimeOut: boolean;
  ignoresOpenTagFilter: boolean;
  ignoresChildPolicyOnTimeOut: boolean;
  ignoresTerminateChildPolicy: boolean;
  schedulesLambdaWithoutRole: boolean;
}

/** Finds quirks by name; throws an Error listing the known names when one is unknown. */
function selectQuirks(names: readonly string[]): Quirk[] {
  return names.map((name) => {
    const quirk = QUIRKS.find((q) => q.name === name);
    if (!quirk) throw new Error(`unknown mock quirk '${name}' (known: ${QUIRK_NAMES.join(', ')})`);
    return quirk;
  });
}

/** Builds the behaviour of a mock with the named quirks (none: behave like SWF). */
export function behaviourOf(quirkNames: readonly string[] = []): Behaviour {
  const quirks = selectQuirks(quirkNames);
  return {
    quirks: quirks.map((q) => q.name),
    skip: new Set(quirks.flatMap((q) => q.skipChecks ?? [])),
    // Only one open execution per workflowId and domain; closed runs may be reused (a "logical restart").
    blocksReuse: (run) => run.status === 'OPEN' || quirks.some((q) => q.blocksReuse?.(run)),
    alterEffective: (config, request, defaults) =>
      quirks.reduce((c, q) => q.alterEffective?.(c, request, defaults) ?? c, config),
    replaceFault: (fault, operation, request) =>
      quirks.reduce((f, q) => q.replaceFault?.(f, operation, request) ?? f, fault),
    answerInstead: (fault) => quirks.map((q) => q.answerInstead?.(fault)).find(Boolean),
    refuseCall: (operation, request, body) => quirks.map((q) => q.refuseCall?.(operation, request, body)).find(Boolean),
    alterStartedEvent: (attributes) => quirks.reduce((a, q) => q.alterStartedEvent?.(a) ?? a, attributes),
    alterDescribe: (output) => quirks.reduce((o, q) => q.alterDescribe?.(o) ?? o, output),
    corrupts: (operation, input) => quirks.some((q) => q.corrupts?.(operation, input)),
    async replaceAnswer(operation, input, reply) {
      for (const q of quirks) {
        const instead = await q.replaceAnswer?.(operation, input, reply);
        if (instead) return instead;
      }
      return reply;
    },
    keepsOpenOnTerminate: quirks.some((q) => q.keepsOpenOnTerminate),
    stateChecksFirst: quirks.some((q) => q.stateChecksFirst),
    hiddenConditionKeys: new Set(
      quirks.flatMap((q) => (q.hidesConditionKey ? [q.hidesConditionKey.toLowerCase()] : [])),
    ),
    ignoresDeny: quirks.some((q) => q.ignoresDeny),
    alterFirstScheduled: (attributes, defaults) =>
      quirks.reduce((a, q) => q.alterFirstScheduled?.(a, defaults) ?? a, attributes),
    alterPolledStartedEvent: (attributes) => quirks.reduce((a, q) => q.alterPolledStartedEvent?.(a) ?? a, attributes),
    alterClosedInfo: (info) => quirks.reduce((i, q) => q.alterClosedInfo?.(i) ?? i, info),
    countsPendingOnEveryList: quirks.some((q) => q.countsPendingOnEveryList),
    pollIgnoresPriority: quirks.some((q) => q.pollIgnoresPriority),
    timedOutCloseStatus: quirks.map((q) => q.timedOutCloseStatus).find(Boolean) ?? 'TIMED_OUT',
    decisionTasksNeverTimeOut: quirks.some((q) => q.decisionTasksNeverTimeOut),
    ignoresOpenTagFilter: quirks.some((q) => q.ignoresOpenTagFilter),
    ignoresChildPolicyOnTimeOut: quirks.some((q) => q.ignoresChildPolicyOnTimeOut),
    ignoresTerminateChildPolicy: quirks.some((q) => q.ignoresTerminateChildPolicy),
    schedulesLambdaWithoutRole: quirks.some((q) => q.schedulesLambdaWithoutRole),
  };
}
