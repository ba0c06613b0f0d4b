import type { RunHooks } from './run-hooks';

/** One set of hooks that calls each of the given ones in turn (absent ones skipped). */
export function combineHooks(...all: Array<RunHooks | undefined>): RunHooks {
  const hooks = all.filter((h): h is RunHooks => !!h);
  return {
    onRunStart: (plan) => hooks.forEach((h) => h.onRunStart?.(plan)),
    onRuleStart: (rule, cases) => hooks.forEach((h) => h.onRuleStart?.(rule, cases)),
    onCaseDone: (rule, index, divergences, soft) =>
      hooks.forEach((h) => h.onCaseDone?.(rule, index, divergences, soft)),
    onCaseTrace: (rule, index, kase, trace) => hooks.forEach((h) => h.onCaseTrace?.(rule, index, kase, trace)),
  };
}
