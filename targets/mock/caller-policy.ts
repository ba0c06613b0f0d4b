import { isObject } from './is-object.ts';
import { parseConditionBlock, policyError, stringList, type PolicyCondition } from './parse-policy-condition.ts';

/** Patterns of Action or Resource, or of NotAction or NotResource (`not`: the statement covers what matches none). */
export interface PatternSet {
  patterns: readonly string[];
  not: boolean;
}

/** One statement of a caller policy, read. */
export interface PolicyStatement {
  effect: 'Allow' | 'Deny';
  action: PatternSet;
  resource: PatternSet;
  /** All must hold for the statement to apply. */
  conditions: readonly PolicyCondition[];
}

/** An IAM identity policy as the mock judges it. */
export interface CallerPolicy {
  statements: readonly PolicyStatement[];
}

const DOCUMENT_MEMBERS = ['Version', 'Id', 'Statement'];
const STATEMENT_MEMBERS = ['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'];

/** Throws when `value` has a member not in `known`. */
function refuseUnknownMembers(value: Record<string, unknown>, known: readonly string[], where: string): void {
  const unknown = Object.keys(value).find((name) => !known.includes(name));
  if (unknown !== undefined) throw policyError(where, `has unknown member '${unknown}' (known: ${known.join(', ')})`);
}

/** Reads Action/NotAction or Resource/NotResource: exactly one of the two. */
function patternSet(statement: Record<string, unknown>, positive: string, negative: string, where: string): PatternSet {
  const not = Object.hasOwn(statement, negative);
  if (not === Object.hasOwn(statement, positive))
    throw policyError(where, `must have exactly one of ${positive} and ${negative}`);
  const name = not ? negative : positive;
  return { patterns: stringList(statement[name], `${where}.${name}`), not };
}

/** Reads one statement; throws on anything the mock cannot judge. */
function parseStatement(statement: unknown, where: string): PolicyStatement {
  if (!isObject(statement)) throw policyError(where, `must be an object, got ${JSON.stringify(statement)}`);
  refuseUnknownMembers(statement, STATEMENT_MEMBERS, where);
  const { Effect: effect } = statement;
  if (effect !== 'Allow' && effect !== 'Deny')
    throw policyError(`${where}.Effect`, `must be "Allow" or "Deny", got ${JSON.stringify(effect)}`);
  return {
    effect,
    action: patternSet(statement, 'Action', 'NotAction', where),
    resource: patternSet(statement, 'Resource', 'NotResource', where),
    conditions: statement.Condition === undefined ? [] : parseConditionBlock(statement.Condition, `${where}.Condition`),
  };
}

/**
 * Reads a parsed IAM policy document `{ Version?, Id?, Statement }` for the mock to judge the caller's calls by;
 * throws an Error with a one-line message on a malformed document, an unknown Effect, operator or condition key.
 */
export function parseCallerPolicy(document: unknown): CallerPolicy {
  if (!isObject(document)) throw policyError('the document', `must be a JSON object, got ${JSON.stringify(document)}`);
  refuseUnknownMembers(document, DOCUMENT_MEMBERS, 'the document');
  if (document.Version !== undefined && typeof document.Version !== 'string') {
    throw policyError('Version', `must be a string, got ${JSON.stringify(document.Version)}`);
  }
  const { Statement: statement } = document;
  if (Array.isArray(statement)) {
    if (statement.length === 0) throw policyError('Statement', 'must not be empty');
    return { statements: statement.map((s, i) => parseStatement(s, `Statement[${i}]`)) };
  }
  if (statement === undefined) throw policyError('the document', 'has no Statement');
  return { statements: [parseStatement(statement, 'Statement')] };
}
