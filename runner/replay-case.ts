import fc from 'fast-check';
import type { Spec } from '../spec/spec-types';
import type { Case } from '../model/case';
import { buildWorld } from '../model/build-world';
import { constraintsFromSpec } from '../generators/constraints';
import { caseForRule } from '../generators/case-for-rule';
import type { Replay } from './divergence';

/** Regenerates a recorded case with fast-check's own replay: the rule's arbitrary, the seed and the path. */
export function replayCase(spec: Spec, replay: Pick<Replay, 'rule' | 'seed' | 'path' | 'runTag'>): Case {
  const rule = spec.rules.find((r) => r.id === replay.rule);
  if (!rule) throw new Error(`the spec has no rule ${replay.rule}`);
  const arb = caseForRule(rule, constraintsFromSpec(spec), buildWorld(spec, replay.runTag));
  let found: Case | undefined;
  fc.check(fc.property(arb, (c) => { found = c; return false; }), { seed: replay.seed, path: replay.path, endOnFailure: true });
  if (!found) throw new Error(`no case at path ${replay.path} for rule ${replay.rule}`);
  return found;
}
