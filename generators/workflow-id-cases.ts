import fc from 'fast-check';
import { domainOfRole } from '../model/world.ts';
import type { Case } from '../model/case.ts';
import { validRequest } from './valid-request.ts';
import type { RuleGenerator } from './rule-generator.ts';

// Each scenario starts a first execution, then the case's request reuses its workflowId.

/** Yields a start followed by a second start of the same workflowId in the same domain while the first is open. */
export const duplicateOpenCase: RuleGenerator = (rule, c, world) =>
  fc
    .tuple(validRequest(c, world, { domains: ['main'] }), validRequest(c, world, { domains: ['main'] }))
    .map(([first, second]): Case => ({
      rule: rule.id,
      before: [{ op: 'start', request: first }],
      request: { ...second, workflowId: first.workflowId },
      facets: {},
    }));

/** Yields a start, its termination, and a new start of the same workflowId in the same domain. */
export const reuseAfterCloseCase: RuleGenerator = (rule, c, world) =>
  fc
    .tuple(validRequest(c, world, { domains: ['main'] }), validRequest(c, world, { domains: ['main'] }))
    .map(([first, second]): Case => ({
      rule: rule.id,
      before: [
        { op: 'start', request: first },
        { op: 'terminate', domain: first.domain, workflowId: first.workflowId },
      ],
      request: { ...second, workflowId: first.workflowId },
      facets: {},
    }));

/** Yields a start in the main domain and a start of the same workflowId in another domain while the first is open. */
export const otherDomainCase: RuleGenerator = (rule, c, world) => {
  const other = domainOfRole(world, 'other').name;
  return fc
    .tuple(validRequest(c, world, { domains: ['main'] }), validRequest(c, world, { domains: ['other'] }))
    .map(([first, second]): Case => ({
      rule: rule.id,
      before: [{ op: 'start', request: first }],
      request: { ...second, domain: other, workflowId: first.workflowId },
      facets: {},
    }));
};

/** Yields single valid requests over the whole valid space. */
export const validRequestCase: RuleGenerator = (rule, c, world) =>
  validRequest(c, world).map((request): Case => ({
    rule: rule.id,
    before: [],
    request,
    facets: { type: String((request.workflowType as { name: string }).name), tags: request.tagList?.length ?? 0 },
  }));
