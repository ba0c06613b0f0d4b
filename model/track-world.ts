import type { Observation } from './observation.ts';
import type { Step } from './case.ts';
import type { World } from './world.ts';

/** Updates what the harness knows is open on the target after a call, from what the target answered. */
export function trackWorld(world: World, step: Step, observed: Observation): void {
  if (!observed.ok) return;
  // An accepted start whose answer named no run still opened one: '' stands for its unknown runId.
  if (step.op === 'start') {
    world.open.push({
      domain: String(step.request.domain),
      workflowId: String(step.request.workflowId),
      runId: observed.runId ?? '',
    });
  }
  if (step.op === 'terminate') {
    const ends = (e: { domain: string; workflowId: string; runId: string }) =>
      e.domain === step.domain && e.workflowId === step.workflowId && (!step.runId || e.runId === step.runId);
    world.closed.push(...world.open.filter(ends));
    world.open = world.open.filter((e) => !ends(e));
  }
}
