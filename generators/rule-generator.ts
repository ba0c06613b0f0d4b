import type fc from 'fast-check';
import type { Rule } from '../spec/spec-types.ts';
import type { Case } from '../model/case.ts';
import type { World } from '../model/world.ts';
import type { Constraints } from './constraints.ts';

/** Builds the arbitrary of the cases that exercise one rule. */
export type RuleGenerator = (rule: Rule, c: Constraints, world: World) => fc.Arbitrary<Case>;
