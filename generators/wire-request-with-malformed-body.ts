import fc from 'fast-check';
import { validWireRequest, wireCase } from './wire-case.ts';
import type { RuleGenerator } from './rule-generator.ts';

// Near-JSON that JSON.parse refuses: the mistakes hand-written clients make.
const NOT_JSON = [
  'hello',
  '{domain: "d"}',
  "{'domain':'d'}",
  '{"domain":"d",}',
  '<StartWorkflowExecution/>',
  '{"domain":"d"}}',
  'nul',
  '{"a":1 "b":2}',
];

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** Yields bodies that are not well-formed JSON: a valid request's JSON cut short, or text that only looks like JSON. */
export const wireRequestWithMalformedBody: RuleGenerator = (rule, c, world) =>
  fc
    .tuple(
      validWireRequest(rule, c, world),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.constantFrom(...NOT_JSON),
      fc.boolean(),
    )
    .map(([request, at, garbage, truncate]) => {
      const json = JSON.stringify(request);
      // Cut inside the object: at least the opening brace stays, the closing one never does.
      const text = truncate ? json.slice(0, 1 + Math.floor(at * (json.length - 2))) : garbage;
      return wireCase(rule, request, { kind: 'text', text }, { form: truncate ? 'truncated' : 'not-json' });
    })
    .filter((kase) => !isJson((kase.wire!.body as { text: string }).text));
