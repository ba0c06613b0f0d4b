import fc from 'fast-check';
import { codePointLength } from '../model/request.ts';
import { validRequest } from './valid-request.ts';
import { withMember } from './with-member.ts';
import { forbiddenChar } from './forbidden-char.ts';
import { validName } from './valid-name.ts';
import type { RuleGenerator } from './rule-generator.ts';

/** Yields valid requests whose member has one forbidden character at any position (start, middle or end). */
export const requestWithForbiddenChar: RuleGenerator = (rule, c, world) => {
  const member = rule.check.member!;
  const limits = c.strings[member];
  // One code point of room for the inserted character, so no length rule breaks too.
  const host = validName(c.spec, { ...limits, minLength: 0, maxLength: limits.maxLength - 1 });
  return fc.tuple(validRequest(c, world), host, forbiddenChar(c.spec), fc.nat()).map(([request, text, bad, at]) => {
    const chars = [...text];
    const index = at % (chars.length + 1);
    chars.splice(index, 0, bad);
    const position = index === 0 ? 'start' : index === chars.length - 1 ? 'end' : 'middle';
    return {
      rule: rule.id,
      before: [],
      request: withMember(request, member, chars.join('')),
      facets: {
        member,
        char: `U+${bad.codePointAt(0)!.toString(16).padStart(4, '0').toUpperCase()}`,
        position,
        length: codePointLength(chars.join('')),
      },
    };
  });
};
