import type { Rule } from '../spec/spec-types';
import type { Divergence } from './divergence';

/** Optional observers of a run, for progress output and streaming. */
export interface RunHooks {
  /** Called when a rule's cases are about to run. */
  onRuleStart?(rule: Rule, cases: number): void;
  /** Called after each case with the divergences it produced. */
  onCaseDone?(rule: Rule, index: number, divergences: Divergence[]): void;
}
