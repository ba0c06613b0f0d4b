import type { Case } from '../model/case.ts';

/** A case as the runner schedules it: its index in the rule's cases and the case. */
export interface Scheduled {
  index: number;
  kase: Case;
}

// Two cases naming the same execution would race for it: only one may be open at a time.
const executionOf = (kase: Case) => `${String(kase.request.domain)}\u0000${String(kase.request.workflowId)}`;

/**
 * Splits a rule's cases, in order, into batches that may run side by side and still give what a sequential run gives:
 * at most `size` cases, no two naming the same execution, and a case with preparation steps (which sets up state the
 * next cases may meet) always alone. Lazy: a batch is planned when it is taken, so cases may be drawn as they run.
 */
export function* planBatches(cases: Iterable<Scheduled>, size: number): Generator<Scheduled[]> {
  let current: Scheduled[] = [];
  let names = new Set<string>();
  // Set after a case with preparation steps: its batch is closed by whatever case comes next.
  let sealed = false;
  for (const c of cases) {
    const alone = c.kase.before.length > 0;
    const name = executionOf(c.kase);
    if (current.length && (sealed || alone || current.length >= size || names.has(name))) {
      yield current;
      current = [];
      names = new Set();
    }
    current.push(c);
    names.add(name);
    sealed = alone;
  }
  if (current.length) yield current;
}
