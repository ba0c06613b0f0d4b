import { isObject } from './is-object.ts';
import type { PolicyRequest } from './evaluate-caller-policy.ts';

/** The account the mock pretends to be: the one in every ARN it names. */
export const MOCK_ACCOUNT_ID = '123456789012';

// Operations whose domain is their `name` member; every other operation names it in `domain`.
const DOMAIN_IN_NAME = new Set(['RegisterDomain', 'DeprecateDomain', 'UndeprecateDomain', 'DescribeDomain']);

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * The ARN a call is authorized against: its domain's, `arn:aws:swf:<region>:123456789012:/domain/<name>`. A call that
 * names no domain (ListDomains, or one whose domain member is missing or not a string) gets `/domain/*`, which only
 * a wildcard Resource covers: the mock's simplification.
 */
export function domainArnOf(operation: string, input: Record<string, unknown>, region: string): string {
  const domain = text(DOMAIN_IN_NAME.has(operation) ? input.name : input.domain);
  return `arn:aws:swf:${region}:${MOCK_ACCOUNT_ID}:/domain/${domain ?? '*'}`;
}

/**
 * The condition keys of a StartWorkflowExecution request, lower-case: the first five tags by position, and the names
 * the request itself gives. swf:taskList.name is absent when the request omits taskList, even when the type has a
 * default task list: the mock's choice, since AWS does not document whether the key sees a default. Keys of values
 * that are not strings (JSON null) are absent too.
 */
function startContext(input: Record<string, unknown>): Map<string, string> {
  const keys = new Map<string, string | undefined>();
  const tags = Array.isArray(input.tagList) ? input.tagList : [];
  for (let n = 0; n < 5; n++) keys.set(`swf:taglist.member.${n}`, text(tags[n]));
  keys.set('swf:tasklist.name', isObject(input.taskList) ? text(input.taskList.name) : undefined);
  const type = isObject(input.workflowType) ? input.workflowType : {};
  keys.set('swf:workflowtype.name', text(type.name));
  keys.set('swf:workflowtype.version', text(type.version));
  return new Map([...keys].filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/**
 * What the caller's policy judges a call on: action `swf:<operation>`, the domain's ARN in the region of the
 * signature's credential scope, and the condition keys (StartWorkflowExecution only) minus those a quirk hides.
 */
export function policyRequestOf(
  operation: string,
  input: Record<string, unknown>,
  region: string,
  hiddenKeys: ReadonlySet<string> = new Set(),
): PolicyRequest {
  const context = operation === 'StartWorkflowExecution' ? startContext(input) : new Map<string, string>();
  for (const key of hiddenKeys) context.delete(key.toLowerCase());
  return { action: `swf:${operation}`, resource: domainArnOf(operation, input, region), context };
}
