// A caller policy's Condition block, read into plain conditions. Written for the mock alone (it must not share the
// oracle's evaluator), so that a mistake in either shows up as a divergence.

import { isObject } from './is-object.ts';

/** The condition keys the mock puts in a StartWorkflowExecution request's context, as AWS spells them. */
export const CONDITION_KEYS: readonly string[] = [
  ...[0, 1, 2, 3, 4].map((n) => `swf:tagList.member.${n}`),
  'swf:taskList.name',
  'swf:workflowType.name',
  'swf:workflowType.version',
];

/** One condition on one key: `<qualifier>:String<Not><Equals|Like><IfExists>` with its values. */
export interface PolicyCondition {
  /** The operator as written, for messages. */
  operator: string;
  match: 'equals' | 'like';
  /** StringNotEquals, StringNotLike. */
  negated: boolean;
  ifExists: boolean;
  qualifier?: 'ForAllValues' | 'ForAnyValue';
  /** The key in lower case: key names are case-insensitive. */
  key: string;
  values: readonly string[];
}

const OPERATOR = /^(?:(ForAllValues|ForAnyValue):)?String(Not)?(Equals|Like)(IfExists)?$/;
const KNOWN_OPERATORS =
  'StringEquals, StringNotEquals, StringLike, StringNotLike, each optionally with IfExists after and ForAllValues: or ForAnyValue: before';
const KEYS_BY_LOWER = new Map(CONDITION_KEYS.map((key) => [key.toLowerCase(), key]));

/** The error for a policy the mock cannot judge, on one line. */
export function policyError(where: string, problem: string): Error {
  return new Error(`mock SWF caller policy: ${where} ${problem}`.replace(/\s+/g, ' '));
}

/** A string or a non-empty array of strings, as a list; throws naming `where` otherwise. */
export function stringList(value: unknown, where: string): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0 || !list.every((s) => typeof s === 'string')) {
    throw policyError(where, `must be a string or a non-empty array of strings, got ${JSON.stringify(value)}`);
  }
  return list;
}

/** Reads `{ <Operator>: { <key>: string | string[] } }`; throws on an unknown operator or key, or a malformed block. */
export function parseConditionBlock(block: unknown, where: string): PolicyCondition[] {
  if (!isObject(block)) throw policyError(where, `must be an object of operators, got ${JSON.stringify(block)}`);
  return Object.entries(block).flatMap(([operator, keys]) => {
    const form = OPERATOR.exec(operator);
    if (!form) throw policyError(`${where}:`, `unknown condition operator '${operator}' (known: ${KNOWN_OPERATORS})`);
    if (!isObject(keys) || Object.keys(keys).length === 0) {
      throw policyError(
        `${where}.${operator}`,
        `must be a non-empty object of condition keys, got ${JSON.stringify(keys)}`,
      );
    }
    return Object.entries(keys).map(([key, values]): PolicyCondition => {
      if (!KEYS_BY_LOWER.has(key.toLowerCase())) {
        throw policyError(
          `${where}.${operator}:`,
          `unknown condition key '${key}' (known: ${CONDITION_KEYS.join(', ')})`,
        );
      }
      return {
        operator,
        match: form[3] === 'Equals' ? 'equals' : 'like',
        negated: form[2] === 'Not',
        ifExists: form[4] === 'IfExists',
        qualifier: form[1] as PolicyCondition['qualifier'],
        key: key.toLowerCase(),
        values: stringList(values, `${where}.${operator}.${key}`),
      };
    });
  });
}
