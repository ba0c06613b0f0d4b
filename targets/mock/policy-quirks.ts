import { CONDITION_KEYS } from './parse-policy-condition.ts';
import type { Quirk } from './quirk.ts';

/**
 * Quirks in the caller policy's enforcement (they matter only to a mock given a callerPolicy): an emulator that does
 * not know a condition key leaves it out of the request context, one per key; and one that never applies Deny.
 */
export const POLICY_QUIRKS: readonly Quirk[] = [
  ...CONDITION_KEYS.map((key): Quirk => ({
    name: `policy-ignores-${key.replace(/^swf:/, '')}`,
    description: `The caller policy's conditions never see ${key}: it is absent from every request's context, as if the key were unknown.`,
    hidesConditionKey: key,
  })),
  {
    name: 'policy-ignores-deny',
    description:
      "The caller policy's Deny statements are not applied: a call is allowed whenever an Allow statement applies.",
    ignoresDeny: true,
  },
];
