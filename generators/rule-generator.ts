import type fc from 'fast-check';
import type { Rule } from '../spec/spec-types';
import type { Case } from '../model/case';
import type { World } from '../model/world';
import type { Constraints } from './constraints';

/** Builds the arbitrary of the cases that exercise one rule. */
export type RuleGenerator = (rule: Rule, c: Constraints, world: World) => fc.Arbitrary<Case>;
