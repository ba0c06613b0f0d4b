import fc from 'fast-check';
import { tag } from './tag-list.ts';
import { jsonBody, validWireRequest, wireCase } from './wire-case.ts';
import type { RuleGenerator } from './rule-generator.ts';

/**
 * Yields valid requests whose tagList holds JSON null items among valid tags, within the tag count: [null] most often,
 * the one form the real service was seen to accept (2016, swf-facts §7).
 */
export const wireRequestWithNullListItem: RuleGenerator = (rule, c, world) => {
  const tags = fc.oneof(
    { weight: 2, arbitrary: fc.constant<Array<string | null>>([null]) },
    // Built with a null at some place, so that shrinking keeps the case on its rule.
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.array(fc.option(tag(c), { nil: null }), { maxLength: c.maxTags - 1 }), fc.nat())
        .map(([others, at]): Array<string | null> => {
          const place = at % (others.length + 1);
          return [...others.slice(0, place), null, ...others.slice(place)];
        }),
    },
  );
  return fc.tuple(validWireRequest(rule, c, world), tags).map(([request, tagList]) => {
    const sent = { ...request, tagList };
    return wireCase(rule, sent as object, jsonBody(sent), {
      nulls: tagList.filter((t) => t === null).length,
      tags: tagList.length,
    });
  });
};
