import { expect, it } from 'vitest';
import type { RunHooks } from './run-hooks.ts';
import { combineHooks } from './combine-hooks.ts';

it('combineHooks hands every hook’s one argument to each set of hooks in turn, skipping absent ones', () => {
  const calls: string[] = [];
  const named = (name: string): RunHooks => ({
    onRunStart: (a) => calls.push(`${name} run-start ${JSON.stringify(a)}`),
    onRunEnd: (a) => calls.push(`${name} run-end ${JSON.stringify(a)}`),
    onRuleStart: (a) => calls.push(`${name} rule-start ${JSON.stringify(a)}`),
    onRuleEnd: (a) => calls.push(`${name} rule-end ${JSON.stringify(a)}`),
    onCaseResult: (a) => calls.push(`${name} case ${JSON.stringify(a)}`),
  });
  const hooks = combineHooks(named('a'), undefined, { onCaseResult: () => calls.push('b case') }, named('c'));
  const arg = { x: 1 } as never;
  hooks.onRunStart?.(arg);
  hooks.onRuleStart?.(arg);
  hooks.onCaseResult?.(arg);
  hooks.onRuleEnd?.(arg);
  hooks.onRunEnd?.(arg);
  const x = '{"x":1}';
  expect(calls).toEqual([
    `a run-start ${x}`,
    `c run-start ${x}`,
    `a rule-start ${x}`,
    `c rule-start ${x}`,
    `a case ${x}`,
    'b case',
    `c case ${x}`,
    `a rule-end ${x}`,
    `c rule-end ${x}`,
    `a run-end ${x}`,
    `c run-end ${x}`,
  ]);
});
