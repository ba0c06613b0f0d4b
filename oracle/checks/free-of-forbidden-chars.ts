import type { Spec } from '../../spec/spec-types.ts';
import { stringValues } from './member-values.ts';
import type { CheckFn } from './check-context.ts';

/** True when a character is one the spec's character rule forbids. */
export function isForbiddenChar(spec: Spec, char: string): boolean {
  const cp = char.codePointAt(0)!;
  return (
    spec.characterRule.forbiddenChars.includes(char) ||
    spec.characterRule.forbiddenRanges.some(([lo, hi]) => cp >= lo && cp <= hi)
  );
}

/** The member contains no character the character rule forbids. */
export const freeOfForbiddenChars: CheckFn = ({ spec, check, request }) => {
  const values = stringValues(request, check.member!);
  return values.length ? values.every((v) => ![...v].some((c) => isForbiddenChar(spec, c))) : undefined;
};
