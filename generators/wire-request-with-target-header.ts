import fc from 'fast-check';
import { jsonBody, validWireRequest, wireCase } from './wire-case.ts';
import type { RuleGenerator } from './rule-generator.ts';

// Never another SWF operation's name: those are valid calls of something else, not unknown targets.
const UNKNOWN_TARGETS = fc.oneof(
  fc.constantFrom(
    'SimpleWorkflowService.StartWorkflowExecutions',
    'SimpleWorkflowService.',
    'SimpleWorkflowService',
    'DynamoDB_20120810.PutItem',
    'StartWorkflowExecution',
    '',
  ),
  fc.stringMatching(/^[A-Za-z0-9_]{1,24}$/).map((s) => `SimpleWorkflowService.Swfc${s}`),
);

/** Yields valid requests sent with no X-Amz-Target, an unknown one, or the long form the spec names (by the rule's defect). */
export const wireRequestWithTargetHeader: RuleGenerator = (rule, c, world) => {
  const defect = rule.check.defect;
  const value: fc.Arbitrary<string | null> =
    defect === 'targetMissing'
      ? fc.constant(null)
      : defect === 'targetLongForm'
        ? fc.constant(rule.check.value!)
        : UNKNOWN_TARGETS;
  return fc
    .tuple(validWireRequest(rule, c, world), value)
    .map(([request, target]) =>
      wireCase(
        rule,
        request,
        jsonBody(request),
        { target: target ?? '(none)' },
        { headers: { 'x-amz-target': target } },
      ),
    );
};
