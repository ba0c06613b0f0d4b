import fc from 'fast-check';
import { asRecord } from '../model/request.ts';
import { validWireRequest, wireCase } from './wire-case.ts';
import type { RuleGenerator } from './rule-generator.ts';

/**
 * Yields valid requests with one top-level key written twice. Keys that name what the run tracks (domain,
 * workflowId, workflowType) repeat their own value; input gets a different first value, so a target may take either.
 */
export const wireRequestWithDuplicateKey: RuleGenerator = (rule, c, world) =>
  fc
    .tuple(
      validWireRequest(rule, c, world),
      fc.constantFrom('domain', 'workflowId', 'workflowType', 'input'),
      fc.string({ maxLength: 20 }),
    )
    .map(([request, key, other]) => {
      const sent = key === 'input' ? { ...request, input: request.input ?? 'swfc-input' } : request;
      const first = key === 'input' ? other : asRecord(sent)[key];
      return wireCase(rule, sent, { kind: 'json', value: sent, duplicate: { key, first } }, { key });
    });
