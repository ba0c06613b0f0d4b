import type { Spec } from '../spec/spec-types.ts';
import { buildWorld } from '../model/build-world.ts';
import type { Target } from '../targets/target.ts';
import type { Divergence, Replay } from '../model/divergence.ts';
import { replayCase } from './replay-case.ts';
import type { RunKnowledge } from '../model/world.ts';
import { runCase } from './run-case.ts';
import type { TraceEntry } from '../model/trace-entry.ts';
import { findCorruption } from './find-corruption.ts';
import { corruptionOf } from '../oracle/corruption-of.ts';
import { runLifecycleCase } from './lifecycle/run-lifecycle.ts';
import { checkHealth } from './check-health.ts';

/** Runs one recorded case again on a target from an empty state, health check included; returns its divergences and answers. */
export async function replayOnTarget(
  spec: Spec,
  target: Target,
  replay: Replay,
  knowledge: RunKnowledge = {},
): Promise<{ divergences: Array<Omit<Divergence, 'id'>>; trace: TraceEntry[] }> {
  const world = { ...buildWorld(spec, replay.runTag), ...knowledge };
  await target.reset?.();
  await target.createFixtures(world);
  const kase = replayCase(spec, replay, knowledge);
  if (kase.lifecycle) {
    // A lifecycle case is checked for the damage it did whatever it found, as its round would be.
    const outcome = await runLifecycleCase(spec, target, world, kase, replay);
    const failure = await checkHealth(target, world, 0);
    return {
      divergences: failure ? [...outcome.divergences, corruptionOf(kase, replay, failure)] : outcome.divergences,
      trace: outcome.trace,
    };
  }
  const outcome = await runCase(spec, target, world, kase, replay);
  const corrupted = await findCorruption(target, world, kase, replay, outcome, 0);
  return { divergences: corrupted ? [...outcome.divergences, corrupted] : outcome.divergences, trace: outcome.trace };
}
