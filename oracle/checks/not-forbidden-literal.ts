import { stringValues } from './member-values.ts';
import type { CheckFn } from './check-context.ts';

/** The member is not the forbidden literal (the check's value, else the character rule's 'arn'); exact match only. */
export const notForbiddenLiteral: CheckFn = ({ spec, check, request }) => {
  const literal = check.value ?? spec.characterRule.forbiddenLiteral;
  const values = stringValues(request, check.member!);
  return values.length ? values.every((v) => v !== literal) : undefined;
};
