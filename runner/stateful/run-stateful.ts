import fc from 'fast-check';
import type { Spec } from '../../spec/spec-types';
import { buildWorld } from '../../model/build-world';
import type { Target } from '../../targets/target';
import type { StatefulModel } from './stateful-model';
import { DOMAIN_ROLES, WORKFLOW_IDS } from './stateful-model';
import { DeprecateDomainCommand, DeprecateTypeCommand, DescribeCommand, StartCommand, TerminateCommand } from './commands';

export interface StatefulResult {
  runs: number;
  /** The shortest command sequence fast-check found that shows a difference from the model, and what differed. */
  failure?: { commands: string; length: number; error: string; seed: number; path?: string };
}

/**
 * Model-based testing: random sequences of SWF calls on the target, each compared with the oracle's model after it
 * runs. The target is reset and given the fixtures before every sequence, so sequences are independent.
 */
export async function runStateful(spec: Spec, target: Target, options: { seed: number; runs: number; runTag?: string }): Promise<StatefulResult> {
  if (!target.reset) throw new Error(`${target.name} cannot be reset, which the stateful suite needs between sequences`);
  const initial = buildWorld(spec, options.runTag ?? `swfc-${options.seed}-stateful`);
  const role = fc.constantFrom(...DOMAIN_ROLES);
  const id = fc.constantFrom(...WORKFLOW_IDS);
  const commands = fc.commands([
    fc.tuple(role, id).map(([r, w]) => new StartCommand(r, w)),
    fc.tuple(role, id).map(([r, w]) => new TerminateCommand(r, w)),
    fc.tuple(role, id).map(([r, w]) => new DescribeCommand(r, w)),
    role.map((r) => new DeprecateTypeCommand(r)),
    fc.constant(new DeprecateDomainCommand()),
  ], { maxCommands: 10 });
  const property = fc.asyncProperty(commands, async (cmds) => {
    await target.reset!();
    const world = structuredClone(initial);
    await target.createFixtures(world);
    await fc.asyncModelRun(() => ({ model: { spec, world } satisfies StatefulModel, real: target }), cmds);
  });
  const result = await fc.check(property, { seed: options.seed, numRuns: options.runs });
  if (!result.failed) return { runs: result.numRuns };
  // fast-check prints the sequence with a trailing /*replayPath=...*/ comment; the path is kept apart.
  const shown = String(result.counterexample?.[0] ?? '').replace(/\s*\/\*.*\*\/\s*$/, '');
  return {
    runs: result.numRuns,
    failure: {
      commands: shown, length: (shown.match(/\w+\(/g) ?? []).length,
      error: String((result.errorInstance as Error | undefined)?.message ?? result.errorInstance).split('\n')[0],
      seed: options.seed, path: result.counterexamplePath ?? undefined,
    },
  };
}
