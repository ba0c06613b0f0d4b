import fc from 'fast-check';
import type { Spec } from '../spec/spec-types.ts';
import type { Case } from '../model/case.ts';
import { buildWorld } from '../model/build-world.ts';
import type { RunKnowledge } from '../model/world.ts';
import { constraintsFromSpec } from '../generators/constraints.ts';
import { caseForRule } from '../generators/case-for-rule.ts';
import type { Replay } from '../model/divergence.ts';

// Judging a whole recording replays every case: each rule's arbitrary is built once per spec and run tag.
const arbitraries = new WeakMap<Spec, Map<string, fc.Arbitrary<Case>>>();

/** The arbitrary of a rule's cases for a run tag (and what the run knew), built once. */
function arbitraryFor(spec: Spec, ruleId: string, runTag: string, knowledge: RunKnowledge): fc.Arbitrary<Case> {
  const cache = arbitraries.get(spec) ?? new Map<string, fc.Arbitrary<Case>>();
  arbitraries.set(spec, cache);
  const key = `${ruleId}\u0000${runTag}\u0000${JSON.stringify(knowledge)}`;
  if (!cache.has(key)) {
    const rule = spec.rules.find((r) => r.id === ruleId);
    if (!rule) throw new Error(`the spec has no rule ${ruleId}`);
    cache.set(key, caseForRule(rule, constraintsFromSpec(spec), { ...buildWorld(spec, runTag), ...knowledge }));
  }
  return cache.get(key)!;
}

/** Regenerates a recorded case with fast-check's own replay: the rule's arbitrary, the seed and the path. */
export function replayCase(
  spec: Spec,
  replay: Pick<Replay, 'rule' | 'seed' | 'path' | 'runTag'>,
  knowledge: RunKnowledge = {},
): Case {
  const arb = arbitraryFor(spec, replay.rule, replay.runTag, knowledge);
  let found: Case | undefined;
  fc.check(
    fc.property(arb, (c) => {
      found = c;
      return false;
    }),
    { seed: replay.seed, path: replay.path, endOnFailure: true },
  );
  if (!found) throw new Error(`no case at path ${replay.path} for rule ${replay.rule}`);
  return found;
}
