import {
  DescribeWorkflowExecutionCommand, GetWorkflowExecutionHistoryCommand, StartWorkflowExecutionCommand,
  SWFClient, TerminateWorkflowExecutionCommand, type SWFClientConfig,
} from '@aws-sdk/client-swf';
import type { Effects } from '../model/observation';
import type { Target } from './target';
import { toObservation } from './to-observation';
import { viewOfDescribe, viewOfStartedEvent } from './effect-views';
import { createFixtures } from './create-fixtures';
import { sendWire } from './send-wire';

export interface SdkTargetOptions {
  name: string;
  client: Pick<SWFClientConfig, 'endpoint' | 'region' | 'credentials' | 'profile'>;
  /** Awaited before every call, to pace a target that must not be flooded (the real service). */
  beforeCall?: () => Promise<void>;
  /** Empties what backs the target; absent when it cannot be done. */
  reset?: () => Promise<void>;
  /** How long a raw (wire-level) call may take before it counts as a hang; default 10 s. */
  callTimeoutMs?: number;
  /** Called after the client is destroyed, to stop what backs the target. */
  onClose?: () => Promise<void>;
}

/** Makes every call of a client wait for `beforeCall` first. */
export function paceClient(client: SWFClient, beforeCall: () => Promise<void>): void {
  client.middlewareStack.add((next) => async (args) => {
    await beforeCall();
    return next(args);
  }, { step: 'initialize', name: 'swfConformancePace' });
}

/** A target reached through the real @aws-sdk/client-swf: the mock, an emulator or AWS differ only in the endpoint. */
export function createSdkTarget(options: SdkTargetOptions): Target {
  // One attempt per call: a retried case would hide throttling and 5xx answers, which are findings.
  const client = new SWFClient({ ...options.client, maxAttempts: 1 });
  if (options.beforeCall) paceClient(client, options.beforeCall);
  // Resolved on the first raw call; credentials are asked for every time, since their provider may refresh them.
  let wireTarget: Promise<{ region: string; endpoint: string }> | undefined;
  return {
    name: options.name,
    createFixtures: (world) => createFixtures(client, options.name, world),
    async start(request) {
      try {
        const out = await client.send(new StartWorkflowExecutionCommand(request as never));
        return { ok: true, status: out.$metadata.httpStatusCode ?? 200, runId: out.runId };
      } catch (error) {
        return toObservation(error);
      }
    },
    async sendRaw(wire) {
      await options.beforeCall?.();
      // The same endpoint, region and credentials as the SDK's own calls; only the serializer is bypassed.
      wireTarget ??= client.config.region().then((region) => ({
        region, endpoint: typeof options.client.endpoint === 'string' ? options.client.endpoint : `https://swf.${region}.amazonaws.com`,
      }));
      const credentials = await client.config.credentials();
      return sendWire({ ...(await wireTarget), credentials, timeoutMs: options.callTimeoutMs ?? 10_000 }, wire);
    },
    async readEffects(domain, workflowId, runId) {
      const execution = { workflowId, runId };
      const effects: Effects = {};
      try {
        effects.describe = viewOfDescribe(await client.send(new DescribeWorkflowExecutionCommand({ domain, execution })));
        const history = await client.send(new GetWorkflowExecutionHistoryCommand({ domain, execution, maximumPageSize: 100 }));
        effects.started = viewOfStartedEvent(history.events);
        if (!effects.started) effects.readError = { ok: false, status: 200, code: 'NoStartedEvent', call: 'GetWorkflowExecutionHistory' };
      } catch (error) {
        effects.readError = { ...toObservation(error), call: effects.describe ? 'GetWorkflowExecutionHistory' : 'DescribeWorkflowExecution' };
      }
      return effects;
    },
    async terminate(domain, workflowId, runId) {
      try {
        const out = await client.send(new TerminateWorkflowExecutionCommand({ domain, workflowId, runId, reason: 'swf-conformance clean-up' }));
        return { ok: true, status: out.$metadata.httpStatusCode ?? 200 };
      } catch (error) {
        return toObservation(error);
      }
    },
    reset: options.reset,
    async close() {
      client.destroy();
      await options.onClose?.();
    },
  };
}
