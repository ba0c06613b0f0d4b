import {
  DescribeWorkflowExecutionCommand,
  GetWorkflowExecutionHistoryCommand,
  StartWorkflowExecutionCommand,
  SWFClient,
  TerminateWorkflowExecutionCommand,
  type SWFClientConfig,
} from '@aws-sdk/client-swf';
import type { Effects } from '../model/observation.ts';
import type { Target } from './target.ts';
import { toObservation } from './to-observation.ts';
import { viewOfDescribe, viewOfStartedEvent } from './effect-views.ts';
import { createFixtures } from './create-fixtures.ts';
import { sendWire } from './send-wire.ts';
import { sendExchange } from './send-exchange.ts';
import { captureAnswerForm } from './capture-answer-form.ts';
import { sendOperation } from './send-operation.ts';
import type { AnswerForm, Observation } from '../model/observation.ts';

export interface SdkTargetOptions {
  name: string;
  client: Pick<SWFClientConfig, 'endpoint' | 'region' | 'credentials' | 'profile'>;
  /** Awaited before every call, to pace a target that must not be flooded (the real service). */
  beforeCall?: () => Promise<void>;
  /** Empties what backs the target; absent when it cannot be done. */
  reset?: () => Promise<void>;
  /** How long any call (SDK or raw) may go unanswered before it is a timeout; default 10 s. */
  callTimeoutMs?: number;
  /** The identity case requests are sent as (the one carrying the run's policy); absent: the client's own. */
  callerCredentials?: SWFClientConfig['credentials'];
  /** Called after the client is destroyed, to stop what backs the target. */
  onClose?: () => Promise<void>;
}

/** Makes every call of a client wait for `beforeCall` first. */
export function paceClient(client: SWFClient, beforeCall: () => Promise<void>): void {
  client.middlewareStack.add(
    (next) => async (args) => {
      await beforeCall();
      return next(args);
    },
    { step: 'initialize', name: 'swfConformancePace' },
  );
}

/** A target reached through the real @aws-sdk/client-swf: the mock, an emulator or AWS differ only in the endpoint. */
export function openSdkTarget(options: SdkTargetOptions): Target {
  // One attempt per call: a retried case would hide throttling and 5xx answers, which are findings.
  const timeoutMs = options.callTimeoutMs ?? 10_000;
  // A plain timer per request (not the socket's idle timeout, which an interceptor such as MSW never trips), and at
  // most 5 s to connect, so that an unreachable endpoint is named within 5 s whatever the call timeout.
  const requestHandler = {
    requestTimeout: timeoutMs,
    throwOnRequestTimeout: true,
    connectionTimeout: Math.min(timeoutMs, 5000),
  };
  const client = new SWFClient({ ...options.client, maxAttempts: 1, requestHandler });
  // Set-up errors name the endpoint, so that "unreachable" says where.
  const where =
    typeof options.client.endpoint === 'string' && options.client.endpoint !== options.name
      ? `${options.name} (${options.client.endpoint})`
      : options.name;
  // Same endpoint, pace and timeouts; only who signs differs.
  const caller = options.callerCredentials
    ? new SWFClient({ ...options.client, credentials: options.callerCredentials, maxAttempts: 1, requestHandler })
    : client;
  if (options.beforeCall) paceClient(client, options.beforeCall);
  if (options.beforeCall && caller !== client) paceClient(caller, options.beforeCall);
  // Resolved on the first raw call; credentials are asked for every time, since their provider may refresh them.
  let wireTarget: Promise<{ region: string; endpoint: string }> | undefined;
  // The same endpoint, region and credentials as the SDK's own calls; only the serializer is bypassed.
  const wireOptions = async () => {
    await options.beforeCall?.();
    wireTarget ??= client.config.region().then((region) => ({
      region,
      endpoint:
        typeof options.client.endpoint === 'string' ? options.client.endpoint : `https://swf.${region}.amazonaws.com`,
    }));
    return { ...(await wireTarget), credentials: await client.config.credentials(), timeoutMs };
  };
  return {
    name: options.name,
    createFixtures: (world) => createFixtures(client, where, world),
    async start(request, as) {
      const command = new StartWorkflowExecutionCommand(request as never);
      const seen: { form?: AnswerForm } = {};
      captureAnswerForm(command.middlewareStack, seen);
      try {
        const out = await (as === 'caller' ? caller : client).send(command);
        return { ok: true, status: out.$metadata.httpStatusCode ?? 200, runId: out.runId, ...withForm(seen.form) };
      } catch (error) {
        return observeFailedStart(error, seen.form);
      }
    },
    async sendRaw(wire) {
      return sendWire(await wireOptions(), wire);
    },
    async exchange(call) {
      return sendExchange(await wireOptions(), call);
    },
    async readEffects(domain, workflowId, runId) {
      const execution = { workflowId, runId };
      const effects: Effects = {};
      try {
        effects.describe = viewOfDescribe(
          await client.send(new DescribeWorkflowExecutionCommand({ domain, execution })),
        );
        const history = await client.send(
          new GetWorkflowExecutionHistoryCommand({ domain, execution, maximumPageSize: 100 }),
        );
        effects.started = viewOfStartedEvent(history.events);
        if (!effects.started)
          effects.readError = { ok: false, status: 200, code: 'NoStartedEvent', call: 'GetWorkflowExecutionHistory' };
      } catch (error) {
        effects.readError = {
          ...toObservation(error),
          call: effects.describe ? 'GetWorkflowExecutionHistory' : 'DescribeWorkflowExecution',
        };
      }
      return effects;
    },
    async terminate(domain, workflowId, runId) {
      try {
        const out = await client.send(
          new TerminateWorkflowExecutionCommand({ domain, workflowId, runId, reason: 'swf-conformance clean-up' }),
        );
        return { ok: true, status: out.$metadata.httpStatusCode ?? 200 };
      } catch (error) {
        return toObservation(error);
      }
    },
    call: (operation, input) => sendOperation(client, operation, input),
    reset: options.reset,
    async close() {
      client.destroy();
      if (caller !== client) caller.destroy();
      await options.onClose?.();
    },
  };
}

const withForm = (form: AnswerForm | undefined) => (form ? { answer: form } : {});

/** A start the SDK could not complete; a 2xx it could not read was still accepted, and its form says what was wrong. */
function observeFailedStart(error: unknown, form: AnswerForm | undefined): Observation {
  const failed = toObservation(error);
  if (failed.status !== undefined && failed.status >= 200 && failed.status < 300)
    return { ok: true, status: failed.status, ...withForm(form) };
  return { ...failed, ...withForm(form) };
}
