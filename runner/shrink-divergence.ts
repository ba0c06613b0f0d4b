import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import type { Spec } from '../spec/spec-types.ts';
import type { Case } from '../model/case.ts';
import { knowledgeOf, type World } from '../model/world.ts';
import { constraintsFromSpec } from '../generators/constraints.ts';
import { caseForRule } from '../generators/case-for-rule.ts';
import { intendedBreaks, rulesBrokenByCase } from '../oracle/rules-broken-by-case.ts';
import { replayCase } from './replay-case.ts';
import type { Target } from '../targets/target.ts';
import type { Divergence, Shrunk } from '../model/divergence.ts';
import { runCase } from './run-case.ts';
import { findCorruption } from './find-corruption.ts';

/**
 * Shrinks a divergent case on the live target with fast-check, from its seed and path. A candidate counts only if it
 * still breaks exactly the same rule (or none, for an allowance) and the target still answers with the same
 * divergence kind on the same rule: a step that makes the request valid, or changes the error, is rejected.
 */
export async function shrinkDivergence(
  spec: Spec,
  target: Target,
  initial: World,
  world: { current: World },
  d: Divergence,
  recover: () => Promise<void>,
): Promise<Shrunk | undefined> {
  const rule = spec.rules.find((r) => r.id === d.replay.rule)!;
  // A combination case's pair of rules comes from the case itself: shrinking must keep that pair.
  const intended = intendedBreaks(rule, replayCase(spec, d.replay, knowledgeOf(initial)));
  let tries = 0;
  const property = fc.asyncProperty(caseForRule(rule, constraintsFromSpec(spec), initial), async (kase) => {
    if (!isDeepStrictEqual(rulesBrokenByCase(spec, initial, kase), intended)) return true;
    tries++;
    const outcome = await runCase(spec, target, world.current, kase, d.replay);
    const corrupted = await findCorruption(target, world.current, kase, d.replay, outcome, tries);
    if (corrupted) await recover();
    return ![...outcome.divergences, ...(corrupted ? [corrupted] : [])].some(
      (x) => x.rule === d.rule && x.kind === d.kind,
    );
  });
  const result = await fc.check(property, { seed: d.replay.seed, path: d.replay.path, endOnFailure: false });
  if (!result.failed || !result.counterexample) return undefined;
  const [smallest] = result.counterexample as [Case];
  return {
    request: smallest.request,
    before: smallest.before,
    path: result.counterexamplePath ?? d.replay.path,
    tries,
  };
}
