import fc from 'fast-check';
import type { Spec } from '../../spec/spec-types.ts';
import type { World } from '../../model/world.ts';
import type { Target } from '../../targets/target.ts';
import type { Command } from './commands.ts';
import { modelOf } from './stateful-model.ts';

/**
 * Runs one command sequence on the target (which must have reset), reset and given the fixtures first so that sequences are independent; each
 * command is compared with the model as it runs, and the first mismatch throws (ModelMismatch).
 */
export async function runSequence(
  spec: Spec,
  target: Target,
  initial: World,
  commands: Iterable<Command>,
  maxWaits = 1,
): Promise<void> {
  await target.reset!();
  const model = modelOf(spec, initial, { maxWaits, canCall: !!target.call });
  await target.createFixtures(model.world);
  await fc.asyncModelRun(() => ({ model, real: target }), commands);
}
