import type { Rule } from '../spec/spec-types.ts';
import type { Case } from '../model/case.ts';
import type { Request } from '../model/request.ts';
import type { WireBody, WireForm } from '../model/wire.ts';
import type { World } from '../model/world.ts';
import type { Constraints } from './constraints.ts';
import { validRequest } from './valid-request.ts';

/** A wire case: no preparation, the request it means, and the raw form it goes out in (signed, SDK headers by default). */
export function wireCase(
  rule: Rule,
  request: Request,
  body: WireBody,
  facets: Case['facets'],
  changes: Partial<WireForm> = {},
): Case {
  return { rule: rule.id, before: [], request, wire: { body, signing: 'sigv4', ...changes }, facets };
}

/** The request as the SDK would serialize it. */
export const jsonBody = (value: unknown): WireBody => ({ kind: 'json', value });

/**
 * Valid requests whose workflowId starts with the rule's defect: the same seed gives every rule the same requests,
 * and a valid wire case must not reuse a workflowId an earlier case closed (that is another rule's business).
 */
export const validWireRequest = (rule: Rule, c: Constraints, world: World) =>
  validRequest(c, world).map((request) => ({
    ...request,
    workflowId: [...`${rule.check.defect}-${request.workflowId}`].slice(0, c.strings.workflowId.maxLength).join(''),
  }));
