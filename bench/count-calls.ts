import type { Target } from '../targets/target.ts';

/** Wraps a target so that every SDK call the harness makes through it is counted (set-up included). */
export function countCalls(target: Target): { target: Target; calls: () => number } {
  let calls = 0;
  const counted: Target = {
    ...target,
    name: target.name,
    async createFixtures(world) {
      // One call a domain and a type registered, one a deprecation.
      calls +=
        world.domains.length +
        world.types.length +
        world.domains.filter((d) => d.status === 'DEPRECATED').length +
        world.types.filter((t) => t.status === 'DEPRECATED').length;
      return target.createFixtures(world);
    },
    start: (request, as) => (calls++, target.start(request, as)),
    sendRaw: target.sendRaw && ((wire) => (calls++, target.sendRaw!(wire))),
    terminate: (domain, workflowId, runId) => (calls++, target.terminate(domain, workflowId, runId)),
    readEffects: (domain, workflowId, runId) => ((calls += 2), target.readEffects(domain, workflowId, runId)),
    close: () => target.close(),
  };
  return { target: counted, calls: () => calls };
}
