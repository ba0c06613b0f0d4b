import type { RunHooks } from './run-hooks.ts';

/** One set of hooks that calls each of the given ones in turn (absent ones skipped). */
export function combineHooks(...all: Array<RunHooks | undefined>): RunHooks {
  const hooks = all.filter((h): h is RunHooks => !!h);
  return {
    onRunStart: (plan) => hooks.forEach((h) => h.onRunStart?.(plan)),
    onRunEnd: (end) => hooks.forEach((h) => h.onRunEnd?.(end)),
    onRuleStart: (start) => hooks.forEach((h) => h.onRuleStart?.(start)),
    onRuleEnd: (end) => hooks.forEach((h) => h.onRuleEnd?.(end)),
    onCaseResult: (result) => hooks.forEach((h) => h.onCaseResult?.(result)),
  };
}
