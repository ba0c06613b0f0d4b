import fc from 'fast-check';
import { jsonBody, validWireRequest, wireCase } from './wire-case.ts';
import type { RuleGenerator } from './rule-generator.ts';

const JSON_TYPES = ['application/json; charset=UTF-8', 'application/json', 'application/json;charset=utf-8'];
const OTHER_TYPES = [
  null,
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'application/x-amz-json-1.1',
  'application/octet-stream',
];

/** Yields valid requests sent as application/json (contentTypeJson) or with another or no Content-Type (contentTypeOther). */
export const wireRequestWithContentType: RuleGenerator = (rule, c, world) => {
  const types = rule.check.defect === 'contentTypeJson' ? JSON_TYPES : OTHER_TYPES;
  return fc
    .tuple(validWireRequest(rule, c, world), fc.constantFrom(...types))
    .map(([request, type]) =>
      wireCase(
        rule,
        request,
        jsonBody(request),
        { contentType: type ?? '(none)' },
        { headers: { 'content-type': type } },
      ),
    );
};
