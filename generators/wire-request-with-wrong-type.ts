import fc from 'fast-check';
import { withMember } from './with-member.ts';
import { jsonBody, validWireRequest, wireCase } from './wire-case.ts';
import type { RuleGenerator } from './rule-generator.ts';

// A JSON value of every type but the one the member has.
const NOT_STRING = [42, 1.5, true, { value: 'x' }, ['x']];
const NOT_OBJECT = ['x', 7, [], false];
const NOT_LIST = ['tag', 3, { tag: 'x' }];

/** Yields valid requests with one member of the wrong JSON type (a number for a string, tags as a string or numbers), or a body that is no object. */
export const wireRequestWithWrongType: RuleGenerator = (rule, c, world) => {
  const targets = fc.oneof(
    fc.record({
      member: fc.constantFrom(
        'domain',
        'workflowId',
        'workflowType.name',
        'workflowType.version',
        'input',
        'taskPriority',
        'childPolicy',
      ),
      value: fc.constantFrom(...NOT_STRING),
    }),
    fc.record({ member: fc.constantFrom('workflowType', 'taskList'), value: fc.constantFrom(...NOT_OBJECT) }),
    fc.record({
      member: fc.constant('tagList'),
      value: fc.oneof(fc.constantFrom(...NOT_LIST), fc.array(fc.integer(), { minLength: 1, maxLength: 5 })),
    }),
    fc.record({ member: fc.constant('(body)'), value: fc.constantFrom<unknown>([], 'request', 5, null) }),
  );
  return fc.tuple(validWireRequest(rule, c, world), targets).map(([request, { member, value }]) => {
    const sent = member === '(body)' ? value : withMember(request, member, value);
    const jsonType = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
    return wireCase(rule, member === '(body)' ? request : (sent as object), jsonBody(sent), { member, jsonType });
  });
};
