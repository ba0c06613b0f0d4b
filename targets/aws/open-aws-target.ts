import { DescribeDomainCommand, RegisterDomainCommand, SWFClient } from '@aws-sdk/client-swf';
import type { Target } from '../target.ts';
import { TargetError } from '../target.ts';
import { openSdkTarget, paceClient } from '../open-sdk-target.ts';
import { toObservation } from '../to-observation.ts';
import { createPacer } from './pace.ts';
import { retryThrottled } from './retry-throttled.ts';
import { AWS_VERSION_PREFIX } from './aws-version-prefix.ts';
import { cleanUpSwfcTypes } from './clean-up-swfc-types.ts';
import { createDomainGuard } from './guard-domain.ts';
import { domainsOfWire } from './domain-of-wire.ts';
import { isSignalFallback, markSignalFallback } from '../moto/open-managed-moto.ts';
import { assumeCallerRole } from './assume-caller-role.ts';

export interface AwsTargetOptions {
  domain: string;
  region?: string;
  profile?: string;
  /** Calls per second at most, set-up and clean-up included. */
  rate: number;
  /** Only for testing the safety rules against a stand-in (the mock, a moto): the real service has no endpoint flag. */
  endpoint?: string;
  label?: string;
  /** How long one call may go unanswered (default 10 s). */
  callTimeoutMs?: number;
  /** The role case requests are sent as (it carries the run's --policy); assumed through STS, for those calls only. */
  roleArn?: string;
}

/**
 * Thrown into a run when Ctrl-C or SIGTERM arrives and nothing else in the process handles it, so that it stops
 * sending and its caller's close() cleans up. Under the CLI, which handles both, the run stops through its abort
 * signal instead and the report is written.
 */
export class RunInterrupted extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(`interrupted by ${signal}: no more calls are sent; close() cleans up what the run started`);
  }
}

/**
 * The real service, safe by construction: one domain only, run-specific type versions, paced calls, and a clean-up
 * of every execution started and type registered, at the end, on failure, on SIGINT/SIGTERM, and of leftovers first.
 */
export async function openAwsTarget(o: AwsTargetOptions): Promise<Target> {
  const config = {
    region: o.region ?? process.env.AWS_REGION ?? 'us-east-1',
    profile: o.profile,
    ...(o.endpoint ? { endpoint: o.endpoint } : {}),
  };
  const pace = createPacer(o.rate);
  const admin = new SWFClient({ ...config, maxAttempts: 1 });
  paceClient(admin, pace);
  const version = `${AWS_VERSION_PREFIX}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  // A stand-in (--aws-endpoint) answers STS too, as moto does: the role is never assumed at the real STS then.
  const callerCredentials = o.roleArn
    ? assumeCallerRole({ roleArn: o.roleArn, region: config.region, profile: o.profile, endpoint: o.endpoint })
    : undefined;
  const inner = openSdkTarget({
    name: o.label ?? 'aws',
    client: config,
    beforeCall: pace,
    callTimeoutMs: o.callTimeoutMs,
    callerCredentials,
  });
  const guard = createDomainGuard(admin, o.domain);
  let stopping: NodeJS.Signals | undefined;
  // Without a real handler Node's default would end the process before close(): stop sending instead. A real handler
  // (the CLI's) owns the signal: it stops the run after the case in flight and calls close() itself.
  const onSignal = (signal: NodeJS.Signals) =>
    markSignalFallback(() => {
      if (!process.listeners(signal).some((l) => !isSignalFallback(l))) stopping = signal;
    });
  const handlers = { SIGINT: onSignal('SIGINT'), SIGTERM: onSignal('SIGTERM') };
  process.on('SIGINT', handlers.SIGINT);
  process.on('SIGTERM', handlers.SIGTERM);
  const check = () => {
    if (stopping) throw new RunInterrupted(stopping);
  };
  let closed = false;

  return {
    name: inner.name,
    confinement: { domain: o.domain, version },
    async createFixtures(world) {
      await ensureDomain(admin, o.domain);
      // Leftovers of a run that was killed before it could clean up.
      await cleanUpSwfcTypes(admin, o.domain).catch((e) => {
        throw new TargetError(`aws: clean-up of leftovers failed: ${toObservation(e).code}`);
      });
      await retryThrottled(() => inner.createFixtures(world));
    },
    async start(request, as) {
      check();
      return (await guard(request.domain)) ?? inner.start(request, as);
    },
    async sendRaw(wire) {
      check();
      // The guard reads every domain the body could name; a body that names none can start nothing anywhere.
      for (const domain of domainsOfWire(wire)) {
        const refused = await guard(domain);
        if (refused) return refused;
      }
      return inner.sendRaw!(wire);
    },
    async readEffects(domain, workflowId, runId) {
      check();
      return inner.readEffects(domain, workflowId, runId);
    },
    async call(operation, input) {
      check();
      refuseForeign(o.domain, version, operation, input);
      return inner.call!(operation, input);
    },
    async terminate(domain, workflowId, runId) {
      if (domain !== o.domain)
        return { ok: false, code: 'NotSent', inconclusive: `not sent: only '${o.domain}' may be touched` };
      return inner.terminate(domain, workflowId, runId);
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await cleanUpSwfcTypes(admin, o.domain).catch((e) => {
          throw new TargetError(
            `aws clean-up in domain ${o.domain} failed (${toObservation(e).status ?? 'no answer'} ${toObservation(e).code}): look for open executions and types of version ${AWS_VERSION_PREFIX}*; the next run cleans them up first`,
          );
        });
      } finally {
        process.off('SIGINT', handlers.SIGINT);
        process.off('SIGTERM', handlers.SIGTERM);
        admin.destroy();
        await inner.close();
      }
    },
  };
}

/**
 * The lifecycle calls touch only the run's own domain and task lists (every list a case polls or counts is named after
 * the run's version): anything else is a harness bug, and the run stops before it is sent.
 */
function refuseForeign(domain: string, version: string, operation: string, input: Record<string, unknown>): void {
  const list = (input.taskList as { name?: string } | undefined)?.name;
  const foreignDomain = 'domain' in input && input.domain !== domain;
  if (foreignDomain || (list !== undefined && !list.startsWith(version))) {
    throw new Error(
      `aws: refusing to send ${operation} outside the run's own domain ${domain} and task lists ${version}-*`,
    );
  }
}

/** Makes sure the named domain exists: it is the one domain the run may register, never any other. */
async function ensureDomain(client: SWFClient, name: string): Promise<void> {
  try {
    await retryThrottled(() => client.send(new DescribeDomainCommand({ name })));
  } catch (e) {
    const o = toObservation(e);
    if (o.code !== 'UnknownResourceFault')
      throw new TargetError(`aws: cannot read domain ${name}: ${o.status ?? 'no answer'} ${o.code}`);
    await retryThrottled(() =>
      client.send(new RegisterDomainCommand({ name, workflowExecutionRetentionPeriodInDays: '1' })),
    );
  }
}
