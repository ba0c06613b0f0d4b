import { readFileSync } from 'node:fs';
import type { Family } from '../spec/spec-types.ts';
import { parsePolicy } from '../oracle/policy/parse-policy.ts';
import { loadSpec } from '../spec/load-spec.ts';
import { openTarget } from '../targets/open-target.ts';
import { runConformance } from '../runner/run-conformance.ts';
import type { RunResult } from '../runner/run-result.ts';

/** The target the suites run on: SWF_TARGET (default mock). */
export const SUITE_TARGET = process.env.SWF_TARGET ?? 'mock';
/** A fixed seed by default so that the suites are repeatable; SWF_SEED changes it. */
export const SUITE_SEED = Number(process.env.SWF_SEED ?? 20261124);
export const SUITE_RUNS = Number(process.env.SWF_RUNS ?? 25);

export interface SuiteRunOptions {
  families?: Family[];
  quirks?: string[];
  runs?: number;
  seed?: number;
  /** Shorter than the default 10 s where a broken target hangs on purpose. */
  callTimeoutMs?: number;
  /** A policy under examples/ the caller carries (the mock enforces it; case requests are judged by it). */
  policy?: string;
  /** The open-executions quota per domain: the mock's, and the one family limits checks. */
  openExecutionQuota?: number;
  /** Lifecycle cases: the wait past a time-out, shorter than the CLI's 2 s where the target's timers are exact (the mock). */
  lifecycleMarginMs?: number;
}

/** Reads an example policy: its document for the target, its parsed form for the oracle (the mock's account). */
export function examplePolicy(file: string) {
  const document = JSON.parse(readFileSync(new URL(`../examples/${file}`, import.meta.url), 'utf8')) as object;
  return {
    document,
    parsed: parsePolicy(loadSpec().access, document, {
      partition: 'aws',
      region: 'us-east-1',
      account: '123456789012',
    }),
  };
}

/** Runs rule families on a freshly opened target and closes it, whatever happens. */
export async function runOnTarget(options: SuiteRunOptions = {}, targetName = SUITE_TARGET): Promise<RunResult> {
  const policy = options.policy ? examplePolicy(options.policy) : undefined;
  const quotas =
    options.openExecutionQuota === undefined ? undefined : { openExecutionsPerDomain: options.openExecutionQuota };
  const target = await openTarget(targetName, {
    quirks: options.quirks,
    callTimeoutMs: options.callTimeoutMs,
    callerPolicy: policy?.document,
    limits: quotas,
  });
  try {
    return await runConformance({
      spec: loadSpec(),
      target,
      seed: options.seed ?? SUITE_SEED,
      runs: options.runs ?? SUITE_RUNS,
      families: options.families,
      policy: policy?.parsed,
      quotas,
      lifecycleMarginMs: options.lifecycleMarginMs,
    });
  } finally {
    await target.close();
  }
}
