import fc from 'fast-check';
import type { CallerPolicy, PolicyStatement } from '../model/policy/caller-policy.ts';

// Plain characters only: values built here must be valid for every member a key reads (tags, task list names).
const plain = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-'),
  minLength: 0,
  maxLength: 6,
});

/** Yields a value that a pattern or literal of the policy matches: each `*` a short run, each `?` one character. */
function instanceOf(pattern: string, wildcards: boolean): fc.Arbitrary<string> {
  if (!wildcards) return fc.constant(pattern);
  const parts = pattern.split(/([*?])/);
  return fc
    .tuple(
      ...parts.map((p) => (p === '*' ? plain : p === '?' ? plain.map((s) => s.slice(0, 1) || 'q') : fc.constant(p))),
    )
    .map((xs) => xs.join(''));
}

/** Values just off a listed one: one more or one less character, another letter case. */
function nearMisses(value: string): string[] {
  return [`${value}x`, `x${value}`, value.slice(0, -1), value.toUpperCase(), value.toLowerCase()].filter(
    (v) => v !== '' && v !== value,
  );
}

/** Yields values of a key that the given statement's conditions on it accept (absent when it names none). */
export function valueInside(statement: PolicyStatement, key: string): fc.Arbitrary<string | undefined> {
  const positive = statement.conditions.filter((c) => c.key === key && !c.operator.negated);
  if (!positive.length)
    return fc.oneof(
      plain.map((s) => `v${s}`),
      fc.constant(undefined),
    );
  return fc
    .constantFrom(...positive.flatMap((c) => c.values.map((v) => instanceOf(v, c.operator.wildcards))))
    .chain((a) => a);
}

/** Yields values of a key around every condition the policy puts on it: inside, just outside, elsewhere, absent. */
export function valueAround(policy: CallerPolicy, key: string): fc.Arbitrary<string | undefined> {
  const conditions = policy.statements.flatMap((s) => s.conditions).filter((c) => c.key === key);
  const listed = conditions.flatMap((c) => c.values.map((v) => ({ v, wildcards: c.operator.wildcards })));
  const inside = listed.length
    ? fc.constantFrom(...listed).chain(({ v, wildcards }) => instanceOf(v, wildcards))
    : plain.map((s) => `v${s}`);
  const misses = listed.flatMap(({ v }) => nearMisses(v.replace(/[*?]/g, 'z')));
  return fc.oneof(
    { weight: 3, arbitrary: inside },
    { weight: 3, arbitrary: misses.length ? fc.constantFrom(...misses) : plain.map((s) => `w${s}`) },
    { weight: 1, arbitrary: plain.map((s) => `v${s}`) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}
