// What a pool of targets must find as one target does (suites/pool.test.ts, suites/moto.test.ts, npm run bench).
interface Finding {
  id: string;
  rule: string;
  kind: string;
  repeats?: number;
  call?: unknown;
  request?: unknown;
  expected?: unknown;
}
interface Run {
  rules: Array<{ id: string; divergences: number; coverage: unknown }>;
  divergences: Finding[];
  inconclusive: unknown[];
  stoppedEarly?: string;
}

const lifecycle = (d: Finding) => d.rule.startsWith('lifecycle.');

/**
 * A run's findings, to compare two: every rule's divergences and coverage, and every divergence as listed (id, rule, kind, repeats,
 * request, expectation). Of the lifecycle family, the coverage and each rule's kinds: whether a rule's cases meet a
 * time-out in time depends on when the target's timers fire against the run's own (moto closes a timed-out execution
 * when it is next called): the full default run on one moto found 4 divergences of lifecycle.executionTimeout.closes
 * where the same family run alone found 3, three times out of three, and two servers found 3. So of that family only
 * which rules diverge, how, and the coverage of their cases are compared.
 */
export function sameFindings(run: Run): unknown {
  const listed = run.divergences
    .filter((d) => !lifecycle(d))
    .map(({ id, rule, kind, repeats, call, request, expected }) => ({
      id,
      rule,
      kind,
      repeats,
      call,
      request,
      expected,
    }));
  const timed = [...new Set(run.divergences.filter(lifecycle).map((d) => `${d.rule} ${d.kind}`))].sort();
  // A rule's cases are not compared: other rules' cases count for it when the world holds what it is about (another
  // domain's open execution of the same workflowId), and each server holds its own share of the world. Its
  // divergences and its own cases' coverage are; coverage by value, since its keys come in the order each part met them.
  const rules = run.rules.map(({ id, divergences, coverage }) => ({
    id,
    ...(id.startsWith('lifecycle.') ? {} : { divergences }),
    coverage: JSON.parse(JSON.stringify(coverage, (_key, value: unknown) => sortedKeys(value))) as unknown,
  }));
  return { rules, listed, timed, inconclusive: run.inconclusive, stoppedEarly: run.stoppedEarly };
}

const sortedKeys = (value: unknown): unknown =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
    : value;
