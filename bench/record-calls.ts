import type { Request } from '../model/request.ts';
import type { WireForm } from '../model/wire.ts';
import type { World } from '../model/world.ts';
import type { Target } from '../targets/target.ts';

/** One call the harness made through its target, as data (what the replay part sends again, with no harness). */
export type RecordedCall =
  | { m: 'reset' }
  | { m: 'createFixtures'; world: World }
  | { m: 'start'; request: Request }
  | { m: 'sendRaw'; wire: WireForm }
  | { m: 'readEffects'; domain: string; workflowId: string }
  | { m: 'terminate'; domain: string; workflowId: string };

/** Wraps a target so that every call made through it is kept, in order, in `calls`. */
export function recordCalls(target: Target): { target: Target; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const keep = <T>(call: RecordedCall, send: () => Promise<T>) => (calls.push(call), send());
  return {
    calls,
    target: {
      ...target,
      name: target.name,
      reset: target.reset && (() => keep({ m: 'reset' }, () => target.reset!())),
      createFixtures: (world) =>
        keep({ m: 'createFixtures', world: structuredClone(world) }, () => target.createFixtures(world)),
      start: (request, as) => keep({ m: 'start', request }, () => target.start(request, as)),
      sendRaw: target.sendRaw && ((wire) => keep({ m: 'sendRaw', wire }, () => target.sendRaw!(wire))),
      readEffects: (domain, workflowId, runId) =>
        keep({ m: 'readEffects', domain, workflowId }, () => target.readEffects(domain, workflowId, runId)),
      // Replayed without a runId: SWF then terminates the current open run, the one the replay started.
      terminate: (domain, workflowId, runId) =>
        keep({ m: 'terminate', domain, workflowId }, () => target.terminate(domain, workflowId, runId)),
      close: () => target.close(),
    },
  };
}

/**
 * Sends recorded calls again, in order, through a fresh target with nothing around them: no generation, no oracle,
 * no bookkeeping. runIds are this target's own, taken from its answers. Returns the seconds it took.
 */
export async function replayCalls(target: Target, calls: RecordedCall[]): Promise<number> {
  const runIds = new Map<string, string>();
  const started = performance.now();
  for (const c of calls) {
    if (c.m === 'reset') await target.reset?.();
    else if (c.m === 'createFixtures') await target.createFixtures(c.world);
    else if (c.m === 'start') {
      const o = await target.start(c.request);
      if (o.ok && o.runId) runIds.set(`${String(c.request.domain)} ${String(c.request.workflowId)}`, o.runId);
    } else if (c.m === 'sendRaw') await target.sendRaw!(c.wire);
    else if (c.m === 'readEffects')
      await target.readEffects(c.domain, c.workflowId, runIds.get(`${c.domain} ${c.workflowId}`) ?? '');
    else await target.terminate(c.domain, c.workflowId);
  }
  return (performance.now() - started) / 1000;
}
