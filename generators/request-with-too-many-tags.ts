import fc from 'fast-check';
import { validRequest } from './valid-request.ts';
import { withMember } from './with-member.ts';
import { tag } from './tag-list.ts';
import type { RuleGenerator } from './rule-generator.ts';

/** Yields valid requests carrying more tags than allowed: maxTags + 1 (six) or a few more, each tag itself valid. */
export const requestWithTooManyTags: RuleGenerator = (rule, c, world) =>
  fc
    .tuple(validRequest(c, world), fc.array(tag(c), { minLength: c.maxTags + 1, maxLength: c.maxTags + 5 }))
    .map(([request, tags]) => ({
      rule: rule.id,
      before: [],
      request: withMember(request, 'tagList', tags),
      facets: { tags: tags.length },
    }));
