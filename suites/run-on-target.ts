import type { Family } from '../spec/spec-types';
import { loadSpec } from '../spec/load-spec';
import { openTarget } from '../targets/open-target';
import { runConformance } from '../runner/run-conformance';
import type { RunResult } from '../runner/run-result';

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
}

/** Runs rule families on a freshly opened target and closes it, whatever happens. */
export async function runOnTarget(options: SuiteRunOptions = {}, targetName = SUITE_TARGET): Promise<RunResult> {
  const target = await openTarget(targetName, { quirks: options.quirks, callTimeoutMs: options.callTimeoutMs });
  try {
    return await runConformance({
      spec: loadSpec(), target, seed: options.seed ?? SUITE_SEED, runs: options.runs ?? SUITE_RUNS, families: options.families,
    });
  } finally {
    await target.close();
  }
}
