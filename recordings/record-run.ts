import type { Spec } from '../spec/spec-types.ts';
import type { Target } from '../targets/target.ts';
import { runConformance, type RunOptions } from '../runner/run-conformance.ts';
import type { RunResult } from '../runner/run-result.ts';
import { RECORDING_FORMAT, type RecordedCase, type Recording } from './recording.ts';
import { recordHooks } from './record-hooks.ts';
import { combineHooks } from '../runner/combine-hooks.ts';

/** Runs the cases on a target and returns both the run's result and its recording; `hooks` see the run too (progress). */
export async function recordRun(
  spec: Spec,
  target: Target,
  options: Omit<RunOptions, 'spec' | 'target'>,
): Promise<{ result: RunResult; recording: Recording }> {
  const cases: RecordedCase[] = [];
  const result = await runConformance({
    ...options,
    spec,
    target,
    hooks: combineHooks(options.hooks, recordHooks(cases)),
  });
  const recording: Recording = {
    format: RECORDING_FORMAT,
    target: result.target,
    seed: result.seed,
    runs: result.runs,
    runTag: result.runTag,
    families: result.families,
    cases,
  };
  return { result, recording };
}
