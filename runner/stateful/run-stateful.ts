import fc from 'fast-check';
import type { Spec } from '../../spec/spec-types.ts';
import { buildWorld } from '../../model/build-world.ts';
import type { Target } from '../../targets/target.ts';
import { commandArbitrary } from './command-arbitrary.ts';
import { runSequence } from './run-sequence.ts';

export interface StatefulOptions {
  seed: number;
  runs: number;
  runTag?: string;
  /** Waits past a time-out a sequence may make (default 1; 0: none), each a few seconds of real time. */
  maxWaits?: number;
}

export interface StatefulResult {
  runs: number;
  /** The shortest command sequence fast-check found that shows a difference from the model, and what differed. */
  failure?: { commands: string; length: number; error: string; seed: number; path?: string };
}

/**
 * Model-based testing: random sequences of SWF calls on the target (starts, terminations, describes, deprecations,
 * polls, decisions that complete or start a child, waits past a time-out), each compared with the oracle's model
 * after it runs. The target is reset and given the fixtures before every sequence, so sequences are independent.
 */
export async function runStateful(spec: Spec, target: Target, options: StatefulOptions): Promise<StatefulResult> {
  if (!target.reset)
    throw new Error(`${target.name} cannot be reset, which the stateful suite needs between sequences`);
  const initial = buildWorld(spec, options.runTag ?? `swfc-${options.seed}-stateful`);
  const commands = fc.commands([commandArbitrary()], { maxCommands: 20, size: 'max' });
  const property = fc.asyncProperty(commands, (cmds) => runSequence(spec, target, initial, cmds, options.maxWaits));
  const result = await fc.check(property, { seed: options.seed, numRuns: options.runs });
  if (!result.failed) return { runs: result.numRuns };
  // fast-check prints the sequence with a trailing /*replayPath=...*/ comment; the path is kept apart.
  const shown = String(result.counterexample?.[0] ?? '').replace(/\s*\/\*.*\*\/\s*$/, '');
  return {
    runs: result.numRuns,
    failure: {
      commands: shown,
      length: (shown.match(/\w+\(/g) ?? []).length,
      error: String((result.errorInstance as Error | undefined)?.message ?? result.errorInstance).split('\n')[0],
      seed: options.seed,
      path: result.counterexamplePath ?? undefined,
    },
  };
}
