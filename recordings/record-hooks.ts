import type { RunHooks } from '../runner/run-hooks';
import type { RecordedCase } from './recording';
import { normalizeTrace } from './normalize-trace';

/** Run hooks that collect every case's normalized answers into `into`. */
export function recordHooks(into: RecordedCase[]): RunHooks {
  return {
    onCaseTrace(rule, index, kase, trace) {
      const path = String(index);
      into.push({ key: `${rule.id}#${path}`, rule: rule.id, path, request: kase.request, trace: normalizeTrace(trace) });
    },
  };
}
