import type { RunHooks } from '../runner/run-hooks.ts';
import type { RecordedCase } from './recording.ts';
import { normalizeTrace } from './normalize-trace.ts';
import { clipLargeValues } from '../model/clip-large-values.ts';

/** Run hooks that collect every case's normalized answers into `into`, long strings clipped (the case regenerates them). */
export function recordHooks(into: RecordedCase[]): RunHooks {
  return {
    onCaseResult({ rule, index, kase, trace }) {
      const path = String(index);
      into.push({
        key: `${rule.id}#${path}`,
        rule: rule.id,
        path,
        request: clipLargeValues(kase.request),
        trace: clipLargeValues(normalizeTrace(trace)),
      });
    },
  };
}
