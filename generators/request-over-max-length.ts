import fc from 'fast-check';
import { codePointLength } from '../model/request.ts';
import { validRequest } from './valid-request.ts';
import { withMember } from './with-member.ts';
import { overMaxLengthValue } from './over-max-length-value.ts';
import { tagList } from './tag-list.ts';
import type { RuleGenerator } from './rule-generator.ts';

/** Yields valid requests with one member (or one tag) longer than its maximum, often by exactly one. */
export const requestOverMaxLength: RuleGenerator = (rule, c, world) => {
  const member = rule.check.member!;
  if (member === 'tagList[]') {
    const tags = fc
      .tuple(tagList(c), overMaxLengthValue(c, member), fc.nat())
      .filter(([list]) => list.length < c.maxTags)
      .map(([list, long, at]) => {
        const out = [...list];
        out.splice(at % (list.length + 1), 0, long);
        return out;
      });
    return fc.tuple(validRequest(c, world), tags).map(([request, list]) => ({
      rule: rule.id,
      before: [],
      request: withMember(request, 'tagList', list),
      facets: { member, tags: list.length },
    }));
  }
  return fc.tuple(validRequest(c, world), overMaxLengthValue(c, member)).map(([request, value]) => ({
    rule: rule.id,
    before: [],
    request: withMember(request, member, value),
    facets: { member, over: codePointLength(value) - c.strings[member].maxLength },
  }));
};
