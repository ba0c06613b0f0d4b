import fc from 'fast-check';
import { jsonBody, validWireRequest, wireCase } from './wire-case.ts';
import type { RuleGenerator } from './rule-generator.ts';

// Names no version of the model uses: a prefix keeps a random name off every real member.
const unknownName = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,11}$/).map((s) => `swfc${s[0].toUpperCase()}${s.slice(1)}`);

/** Yields valid requests with one member the model does not define, at the top or inside workflowType. */
export const wireRequestWithUnknownMember: RuleGenerator = (rule, c, world) =>
  fc
    .tuple(
      validWireRequest(rule, c, world),
      unknownName,
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom('top', 'workflowType'),
    )
    .map(([request, name, value, where]) => {
      const sent: Record<string, unknown> = { ...request };
      if (where === 'top') sent[name] = value;
      else sent.workflowType = { ...(request.workflowType as object), [name]: value };
      return wireCase(rule, request, jsonBody(sent), { where });
    });
