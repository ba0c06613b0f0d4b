import { jsonBody, validWireRequest, wireCase } from './wire-case.ts';
import type { RuleGenerator } from './rule-generator.ts';

/** Yields valid requests sent unsigned (signatureMissing) or with a signature made with the wrong secret (signatureBad). */
export const wireRequestWithSigning: RuleGenerator = (rule, c, world) => {
  const signing = rule.check.defect === 'signatureMissing' ? 'none' : 'bad';
  return validWireRequest(rule, c, world).map((request) =>
    wireCase(rule, request, jsonBody(request), { signing }, { signing }),
  );
};
