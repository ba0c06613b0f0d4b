import { validWireRequest, wireCase } from './wire-case.ts';
import type { RuleGenerator } from './rule-generator.ts';

/** Yields requests whose body is empty; the request is what the headers and signature were made for. */
export const wireRequestWithEmptyBody: RuleGenerator = (rule, c, world) =>
  validWireRequest(rule, c, world).map((request) => wireCase(rule, request, { kind: 'text', text: '' }, {}));
