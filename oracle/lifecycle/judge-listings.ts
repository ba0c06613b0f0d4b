import { isDeepStrictEqual } from 'node:util';
import { listingProbes } from '../../model/listing-probes.ts';
import {
  faultOf,
  outputOf,
  shownAnswer,
  type LifecycleContext,
  type LifecycleFault,
  type LifecycleJudge,
} from './lifecycle-context.ts';
import { infosOf } from './judge-timeouts.ts';

/** The faults of every listing probe: found (listed with its tags; counted at least once) or absent (not listed; counted 0). */
function listingFaults(ctx: LifecycleContext, closed: boolean): LifecycleFault[] {
  const faults: LifecycleFault[] = [];
  const tags = (ctx.kase.request.tagList as string[] | undefined) ?? [];
  const startedAt = ctx.answers.start?.ok ? Number(ctx.answers.start.output.startedAt) : 0;
  for (const probe of listingProbes(ctx.kase, startedAt, closed)) {
    const out = outputOf(ctx, probe.key, faults);
    if (!out) continue;
    if (probe.operation.startsWith('Count')) {
      const count = out.count as number | undefined;
      const holds = probe.expect === 'found' ? typeof count === 'number' && count >= 1 : count === 0;
      if (!holds) faults.push(faultOf(ctx, probe.key, 'count', probe.expect === 'found' ? 'at least 1' : 0, count));
      continue;
    }
    const mine = infosOf(out).find((i) => i.execution?.runId === ctx.runId);
    if (probe.expect === 'absent' && mine)
      faults.push(faultOf(ctx, probe.key, 'the execution is not listed', '(not listed)', mine));
    if (probe.expect === 'found' && !mine)
      faults.push(
        faultOf(
          ctx,
          probe.key,
          'the execution is listed',
          ctx.runId,
          infosOf(out).map((i) => i.execution?.runId),
        ),
      );
    if (probe.expect === 'found' && mine && !isDeepStrictEqual(mine.tagList ?? [], tags)) {
      faults.push(faultOf(ctx, probe.key, 'executionInfo.tagList', tags, mine.tagList ?? '(absent)'));
    }
  }
  return faults;
}

/** ListOpen/CountOpen find the open execution by its tags, type and workflowId, and not by what it lacks. */
export const openListingsFindIt: LifecycleJudge = (ctx) => listingFaults(ctx, false);

/** After its termination, ListClosed/CountClosed find it the same way, and by its close status. */
export const closedListingsFindIt: LifecycleJudge = (ctx) => {
  const faults: LifecycleFault[] = [];
  if (!outputOf(ctx, 'terminate', faults)) return faults;
  return listingFaults(ctx, true);
};

/** Two exclusive filters at once are refused with a client error. */
export const twoFiltersAreRefused: LifecycleJudge = (ctx) => {
  const answer = ctx.answers['two filters'];
  const refused = answer && !answer.ok && answer.status !== undefined && answer.status >= 400 && answer.status < 500;
  return refused
    ? []
    : [
        faultOf(
          ctx,
          'two filters',
          `${ctx.kase.lifecycle?.exclusive?.filters.join(' and ')} at once`,
          'a client error (4xx)',
          shownAnswer(answer),
        ),
      ];
};
