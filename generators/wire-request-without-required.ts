import fc from 'fast-check';
import { withMember } from './with-member.ts';
import { jsonBody, validWireRequest, wireCase } from './wire-case.ts';
import type { RuleGenerator } from './rule-generator.ts';

// taskList.name is left to the required-members family: the SDK can already send a taskList without it.
const REQUIRED = ['domain', 'workflowId', 'workflowType', 'workflowType.name', 'workflowType.version'];

/**
 * Yields raw bodies with one required member left out (rule requiredOmitted) or sent as JSON null (requiredNull).
 * The SDK never sends null, so these exist only on the wire.
 */
export const wireRequestWithoutRequired: RuleGenerator = (rule, c, world) => {
  const asNull = rule.check.defect === 'requiredNull';
  return fc.tuple(validWireRequest(rule, c, world), fc.constantFrom(...REQUIRED)).map(([request, member]) => {
    const sent = withMember(request, member, asNull ? null : undefined);
    return wireCase(rule, sent, jsonBody(sent), { member });
  });
};
