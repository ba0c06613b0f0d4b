import type { Spec } from '../spec/spec-types.ts';
import type { Case } from '../model/case.ts';
import type { World } from '../model/world.ts';
import { trackWorld } from '../model/track-world.ts';
import { expectOutcome } from './expect-outcome.ts';
import { expectCaseOutcome } from './expect-case-outcome.ts';
import type { Expected } from '../model/expected.ts';

/**
 * Plays a case against a conforming target in the oracle's head: the expectation of every start step and of the
 * case's request, with the world updated as a conforming target would be. Used to test generators and the oracle.
 */
export function simulateCase(
  spec: Spec,
  world: World,
  c: Case,
): { steps: Array<Expected | 'terminate'>; final: Expected } {
  const w: World = structuredClone(world);
  let n = 0;
  const steps: Array<Expected | 'terminate'> = [];
  for (const step of c.before) {
    if (step.op === 'terminate') {
      steps.push('terminate');
      trackWorld(w, step, { ok: true, status: 200 });
      continue;
    }
    const expected = expectOutcome(spec, w, step.request);
    steps.push(expected);
    if (expected.outcome === 'success') trackWorld(w, step, { ok: true, status: 200, runId: `simulated-${n++}` });
  }
  return { steps, final: expectCaseOutcome(spec, w, c) };
}
