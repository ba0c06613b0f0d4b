import { openTarget, UnknownTargetError, type OpenTargetOptions } from '../targets/open-target.ts';
import type { Target } from '../targets/target.ts';
import { TargetError } from '../targets/target.ts';

export interface TargetArgs {
  target: string;
  endpoint?: string;
  region?: string;
  name?: string;
  quirks?: string[];
  aws?: OpenTargetOptions['aws'];
  callTimeoutMs?: number;
  callerPolicy?: OpenTargetOptions['callerPolicy'];
  limits?: OpenTargetOptions['limits'];
}

/** Opens the target the command line names; a target that cannot start becomes a one-line TargetError. */
export async function openNamedTarget(args: TargetArgs): Promise<Target> {
  // In compare, a side may be given as a URL: an endpoint target.
  const asUrl = /^https?:\/\//.test(args.target);
  const options = {
    quirks: args.quirks,
    endpoint: asUrl ? args.target : args.endpoint,
    region: args.region,
    label: args.name ?? (asUrl ? args.target : undefined),
    aws: args.aws,
    callTimeoutMs: args.callTimeoutMs,
    callerPolicy: args.callerPolicy,
    limits: args.limits,
  };
  return openTarget(asUrl ? 'endpoint' : args.target, options).catch((e: Error) => {
    throw e instanceof UnknownTargetError ? e : new TargetError(e.message);
  });
}
