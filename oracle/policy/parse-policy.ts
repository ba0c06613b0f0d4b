import type { AccessSpec } from '../../spec/spec-types.ts';
import type { CallerPolicy, Condition, ConditionOperator, PolicyStatement } from '../../model/policy/caller-policy.ts';
import type { ArnContext } from '../../model/policy/arn-context.ts';

/** A policy the harness cannot judge by; its message is one line, fit for the CLI (exit 2). */
export class PolicyError extends Error {}

const TOP_KEYS = new Set(['Version', 'Id', 'Statement']);
const STATEMENT_KEYS = new Set(['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition']);
const VERSIONS = new Set(['2012-10-17', '2008-10-17']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string or a non-empty list of non-empty strings, as a list. */
function stringList(value: unknown, where: string): string[] {
  const list = Array.isArray(value) ? value : [value];
  if (!list.length || list.some((v) => typeof v !== 'string' || v === ''))
    throw new PolicyError(`${where} must be a string or a non-empty list of strings`);
  return list as string[];
}

/** Splits an operator into prefix, base and IfExists, refusing any the spec does not list. */
function parseOperator(access: AccessSpec, text: string, where: string): ConditionOperator {
  const m = /^(?:(ForAllValues|ForAnyValue):)?(.*?)(IfExists)?$/.exec(text)!;
  const known = [
    ...access.operators.base,
    ...(access.operators.ifExists ? access.operators.base.map((b) => `${b}IfExists`) : []),
  ];
  if (
    // The spec's lists are typed by their enums; the operator read from the policy is any text.
    !(access.operators.base as readonly string[]).includes(m[2]) ||
    (m[1] && !(access.operators.setPrefixes as readonly string[]).includes(m[1])) ||
    (m[3] && !access.operators.ifExists)
  ) {
    throw new PolicyError(
      `${where}: unknown condition operator '${text}' (the spec knows ${known.join(', ')}, optionally prefixed ${access.operators.setPrefixes.map((p) => `${p}:`).join(' or ')})`,
    );
  }
  const set = m[1] as ConditionOperator['set'];
  return {
    base: m[2],
    negated: m[2].includes('Not'),
    wildcards: m[2].endsWith('Like'),
    ifExists: !!m[3],
    ...(set ? { set } : {}),
    text,
  };
}

/** The conditions of a statement, keys spelled as the spec spells them. */
function parseConditions(access: AccessSpec, block: unknown, where: string): Condition[] {
  if (block === undefined) return [];
  if (!isObject(block)) throw new PolicyError(`${where}.Condition must be an object of operators`);
  const out: Condition[] = [];
  for (const [opText, keys] of Object.entries(block)) {
    const operator = parseOperator(access, opText, `${where}.Condition`);
    if (!isObject(keys) || !Object.keys(keys).length)
      throw new PolicyError(`${where}.Condition.${opText} must be an object of condition keys`);
    for (const [keyText, values] of Object.entries(keys)) {
      // Condition keys are case-insensitive in IAM.
      const key = access.conditionKeys.find((k) => k.key.toLowerCase() === keyText.toLowerCase())?.key;
      if (!key)
        throw new PolicyError(
          `${where}.Condition.${opText}: unknown condition key '${keyText}' (the spec knows ${access.conditionKeys.map((k) => k.key).join(', ')} for ${access.action})`,
        );
      out.push({ operator, key, values: stringList(values, `${where}.Condition.${opText}.${keyText}`) });
    }
  }
  return out;
}

/** One statement, checked and normalized. */
function parseStatement(access: AccessSpec, raw: unknown, where: string): PolicyStatement {
  if (!isObject(raw)) throw new PolicyError(`${where} must be an object`);
  const extra = Object.keys(raw).find((k) => !STATEMENT_KEYS.has(k));
  if (extra)
    throw new PolicyError(
      `${where}: unknown element '${extra}' (an identity policy has ${[...STATEMENT_KEYS].join(', ')})`,
    );
  if (raw.Effect !== 'Allow' && raw.Effect !== 'Deny')
    throw new PolicyError(`${where}.Effect must be "Allow" or "Deny"`);
  const pick = (yes: string, no: string) => {
    if ((raw[yes] === undefined) === (raw[no] === undefined))
      throw new PolicyError(`${where} needs exactly one of ${yes} and ${no}`);
    const not = raw[yes] === undefined;
    return { patterns: stringList(raw[not ? no : yes], `${where}.${not ? no : yes}`), not };
  };
  return {
    ...(typeof raw.Sid === 'string' ? { sid: raw.Sid } : {}),
    effect: raw.Effect,
    actions: pick('Action', 'NotAction'),
    resources: pick('Resource', 'NotResource'),
    conditions: parseConditions(access, raw.Condition, where),
  };
}

/** Checks an IAM policy document against what the spec knows; throws PolicyError on anything it cannot judge. */
export function parsePolicy(access: AccessSpec, raw: unknown, arn: ArnContext, where = 'policy'): CallerPolicy {
  if (!isObject(raw)) throw new PolicyError(`${where}: a policy document is a JSON object with a Statement`);
  const extra = Object.keys(raw).find((k) => !TOP_KEYS.has(k));
  if (extra)
    throw new PolicyError(`${where}: unknown element '${extra}' (a policy document has Version, Id, Statement)`);
  if (raw.Version !== undefined && !VERSIONS.has(raw.Version as string))
    throw new PolicyError(`${where}: Version must be "2012-10-17" or "2008-10-17"`);
  if (raw.Statement === undefined) throw new PolicyError(`${where}: no Statement`);
  const list = Array.isArray(raw.Statement) ? raw.Statement : [raw.Statement];
  if (!list.length) throw new PolicyError(`${where}: Statement is empty`);
  return {
    statements: list.map((s, i) => parseStatement(access, s, `${where}: Statement[${i}]`)),
    action: access.action,
    arnTemplate: access.resourceArn,
    ...arn,
  };
}
