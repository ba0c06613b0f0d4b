import type { Observation } from '../model/observation.ts';
import { domainOfRole, typeOfRole, type World } from '../model/world.ts';
import type { Target } from '../targets/target.ts';

/**
 * Asks whether the target still works after a suspicious case: a valid start on the main domain and its
 * termination must both succeed. Returns the failed call's observation, or undefined when healthy.
 */
export async function checkHealth(target: Target, world: World, probe: number): Promise<Observation | undefined> {
  const type = typeOfRole(world, 'full');
  const domain = domainOfRole(world, 'main').name;
  const workflowId = `${world.runTag}-health-${probe}`;
  const started = await target.start({ domain, workflowId, workflowType: { name: type.name, version: type.version } });
  if (!started.ok) return started;
  const ended = await target.terminate(domain, workflowId, started.runId);
  return ended.ok ? undefined : ended;
}
