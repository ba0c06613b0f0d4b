import { openTarget, UnknownTargetError, type OpenTargetOptions } from '../targets/open-target';
import type { Target } from '../targets/target';
import { TargetError } from '../targets/target';

export interface TargetArgs {
  target: string;
  endpoint?: string;
  region?: string;
  name?: string;
  quirks?: string[];
  aws?: OpenTargetOptions['aws'];
  callTimeoutMs?: number;
}

/** Opens the target the command line names; a target that cannot start becomes a one-line TargetError. */
export async function openNamedTarget(args: TargetArgs): Promise<Target> {
  // In compare, a side may be given as a URL: an endpoint target.
  const asUrl = /^https?:\/\//.test(args.target);
  const options = { quirks: args.quirks, endpoint: asUrl ? args.target : args.endpoint, region: args.region, label: args.name ?? (asUrl ? args.target : undefined), aws: args.aws, callTimeoutMs: args.callTimeoutMs };
  const target = await openTarget(asUrl ? 'endpoint' : args.target, options).catch((e: Error) => {
    throw e instanceof UnknownTargetError ? e : new TargetError(e.message);
  });
  return yieldBeforeCalls(target);
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Gives the event loop a turn before every call. The in-process mock answers through promises alone, so a run on it
 * would otherwise never let a Ctrl-C or SIGTERM listener run before its last case.
 */
export function yieldBeforeCalls(target: Target): Target {
  const sendRaw = target.sendRaw;
  return {
    ...target,
    start: async (request) => (await turn(), target.start(request)),
    ...(sendRaw ? { sendRaw: async (wire) => (await turn(), sendRaw.call(target, wire)) } : {}),
    readEffects: async (domain, workflowId, runId) => (await turn(), target.readEffects(domain, workflowId, runId)),
    terminate: async (domain, workflowId, runId) => (await turn(), target.terminate(domain, workflowId, runId)),
  };
}
