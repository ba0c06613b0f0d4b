// Rules SWF documents in prose only (the model has no pattern traits): names, integer strings, durations.

/** One broken rule: the check-id suffix and the constraint text. */
export interface Problem {
  kind: string;
  constraint: string;
}

/** A documented rule on the string at a dotted path of the input. */
export interface ValueRule {
  path: string;
  problems(value: string): Problem[];
}

const INT32_MIN = -2147483648n;
const INT32_MAX = 2147483647n;
// eslint-disable-next-line no-control-regex -- control characters are what the rule forbids
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;

/** The character rule of domain, workflowId, task list and type names: no ':' '/' '|', no control characters, not 'arn'. */
export function nameRule(path: string): ValueRule {
  return {
    path,
    problems: (value) => [
      ...(value.includes(':') ? [{ kind: 'colon', constraint: "Member must not contain ':' (colon)" }] : []),
      ...(value.includes('/') ? [{ kind: 'slash', constraint: "Member must not contain '/' (slash)" }] : []),
      ...(value.includes('|') ? [{ kind: 'pipe', constraint: "Member must not contain '|' (vertical bar)" }] : []),
      ...(CONTROL.test(value)
        ? [
            {
              kind: 'control',
              constraint: 'Member must not contain control characters (\\u0000-\\u001f, \\u007f-\\u009f)',
            },
          ]
        : []),
      ...(value === 'arn' ? [{ kind: 'arn', constraint: "Member must not be the literal string 'arn'" }] : []),
    ],
  };
}

/** The name rule of RegisterDomain, which also forbids leading and trailing whitespace. */
export function domainNameRule(path: string): ValueRule {
  const base = nameRule(path);
  return {
    path,
    problems: (value) => [
      ...base.problems(value),
      ...(value.trim() !== value
        ? [{ kind: 'whitespace', constraint: 'Member must not start or end with whitespace' }]
        : []),
    ],
  };
}

/** A priority: a signed decimal integer within Java's int range. */
export function int32Rule(path: string): ValueRule {
  return {
    path,
    problems: (value) =>
      /^[+-]?\d+$/.test(value) && BigInt(value) >= INT32_MIN && BigInt(value) <= INT32_MAX
        ? []
        : [{ kind: 'int32', constraint: 'Member must be an integer between -2147483648 and 2147483647' }],
  };
}

/** A duration in seconds: decimal digits, "NONE" only where documented, at most `max` when given. */
export function durationRule(path: string, options: { none: boolean; max?: number }): ValueRule {
  return {
    path,
    problems: (value) => {
      if (value === 'NONE') return options.none ? [] : [{ kind: 'none', constraint: 'Member must not be NONE' }];
      if (!/^\d+$/.test(value))
        return [{ kind: 'format', constraint: `Member must be a number of seconds${options.none ? ' or NONE' : ''}` }];
      if (options.max !== undefined && Number(value) > options.max)
        return [{ kind: 'range', constraint: `Member must be at most ${options.max} seconds` }];
      return [];
    },
  };
}

/** A domain's retention period: 0 to 90 days, or "NONE". */
export function retentionRule(path: string): ValueRule {
  return {
    path,
    problems: (value) => {
      if (value === 'NONE') return [];
      if (!/^\d+$/.test(value)) return [{ kind: 'format', constraint: 'Member must be a number of days or NONE' }];
      return Number(value) > 90 ? [{ kind: 'range', constraint: 'Member must be at most 90 days' }] : [];
    },
  };
}
