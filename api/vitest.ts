// `swf-conformance/vitest`: the contract inside a user's own vitest suite, one test per rule, in its reporters.
import { beforeAll, describe, test } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import type { Family } from '../spec/spec-types.ts';
import { FAMILIES } from '../spec/families.ts';
import { openTarget, type OpenTargetOptions } from '../targets/open-target.ts';
import { runConformance } from '../runner/run-conformance.ts';
import type { RunResult } from '../runner/run-result.ts';
import { applyBaseline, loadBaseline } from '../reports/baseline.ts';
import type { Divergence } from '../model/divergence.ts';
import { makeRedactor } from '../reports/redact.ts';

// A failing test's message goes to the user's reporters and CI logs: no secret of the environment in it.
const redact = makeRedactor([process.env.AWS_SECRET_ACCESS_KEY, process.env.AWS_SESSION_TOKEN]);

export interface ConformanceSuiteOptions extends OpenTargetOptions {
  /** 'mock', 'moto' (a managed moto server), 'endpoint' (with `endpoint`) or 'aws'. */
  target: string;
  /** Cases per rule (default 5). */
  runs?: number;
  /** fast-check seed (default 1): the same seed sends the same cases. */
  seed?: number;
  /** Rule families to run (default all). */
  families?: Family[];
  /** A baseline file: the divergences it lists for this target do not fail their rule's test. */
  baseline?: string;
  /** The whole run's time limit in ms (default 10 minutes); it runs once, before the first rule's test. */
  timeoutMs?: number;
}

/** One line per divergence: what a failing rule's test says. */
const describeDivergence = (d: Divergence) =>
  `${d.kind} (${d.call}): expected ${JSON.stringify(d.expected)}, observed ${JSON.stringify(d.observed)}; replay seed ${d.replay.seed} path ${d.replay.path}`;

/**
 * Declares a describe block with one test per rule of the spec: the run happens once in beforeAll, and each rule's
 * test fails with its new divergences, is skipped (with the reason) when the target could not run it, and passes otherwise.
 */
export function describeConformance(options: ConformanceSuiteOptions): void {
  const { target: name, runs = 5, seed = 1, families, baseline, timeoutMs = 600_000, ...targetOptions } = options;
  const unknown = families?.filter((f) => !(FAMILIES as readonly string[]).includes(f));
  if (unknown?.length)
    throw new Error(`describeConformance: unknown family ${unknown.join(', ')} (families: ${FAMILIES.join(', ')})`);
  const spec = loadSpec();
  const rules = spec.rules.filter((r) => !families || families.includes(r.family));
  let result: RunResult | undefined;
  let failure: unknown;
  let excused = new Map<Divergence, string>();
  describe(`swf-conformance: ${spec.operation} on ${name}`, () => {
    beforeAll(async () => {
      const target = await openTarget(name, targetOptions);
      try {
        result = await runConformance({ spec, target, seed, runs, families });
        if (baseline)
          excused = applyBaseline(
            loadBaseline(baseline),
            target.name,
            result.divergences,
            new Date().toISOString().slice(0, 10),
          ).reasons;
      } catch (e) {
        failure = e;
      } finally {
        await target.close();
      }
    }, timeoutMs);
    for (const rule of rules)
      test(rule.id, (context) => {
        if (!result) throw new Error(`the conformance run did not complete: ${String(failure)}`);
        const notRun = result.notRun.find((n) => n.rule === rule.id);
        if (notRun) context.skip(`not run on ${name}: ${notRun.reason}`);
        const fresh = result.divergences.filter((d) => d.rule === rule.id && !excused.has(d));
        if (fresh.length)
          throw new Error(
            redact(
              `${rule.id}: ${fresh.length} divergence(s) from the contract (${rule.summary})\n${fresh.map(describeDivergence).join('\n')}`,
            ),
          );
      });
  });
}
