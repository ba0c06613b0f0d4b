import fc from 'fast-check';
import { RuleNotApplicable } from '../model/world.ts';
import type { Step } from '../model/case.ts';
import type { Request } from '../model/request.ts';
import { usableTypes, validRequest } from './valid-request.ts';
import type { RuleGenerator } from './rule-generator.ts';

// More preparation starts than this make one case too slow to be worth it; a larger quota is not reached.
const MAX_QUOTA = 1000;

/**
 * Yields a start in a domain whose open executions are already at the quota the harness was told of: as many valid
 * starts as the quota (distinct workflowIds, the same domain) as preparation, then one more.
 */
export const requestBeyondQuota: RuleGenerator = (rule, c, world) => {
  const quota = world.quotas?.openExecutionsPerDomain;
  if (quota === undefined)
    throw new RuleNotApplicable(
      "no --open-execution-quota given: the harness does not guess a target's quota, and AWS's 100,000 is not reachable",
    );
  if (quota > MAX_QUOTA)
    throw new RuleNotApplicable(
      `an open-execution quota of ${quota} is more than the ${MAX_QUOTA} starts a case may prepare`,
    );
  // The main domain's types: the preparation fills the very domain the last start names.
  const types = usableTypes(world, ['main']);
  const start = validRequest(c, world, { types });
  return start.chain((request) =>
    fc.array(start, { minLength: quota, maxLength: quota }).map((fill) => {
      // Distinct ids, none the final request's: a duplicate would be refused for its workflowId, not the quota.
      const before: Step[] = fill.map((r, i) => ({
        op: 'start',
        request: {
          ...r,
          workflowId: `quota-${i}-${[...String(request.workflowId)].slice(0, 200).join('')}`,
        } as Request,
      }));
      return { rule: rule.id, before, request, facets: { quota } };
    }),
  );
};
