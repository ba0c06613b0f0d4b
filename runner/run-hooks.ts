import type { Rule } from '../spec/spec-types';
import type { Case } from '../model/case';
import type { Divergence } from './divergence';
import type { SoftFinding } from './soft-finding';
import type { TraceEntry } from './run-case';

/** Optional observers of a run, for progress output and streaming. */
export interface RunHooks {
  /** Called once before the first case, with how many rules and cases the run plans (some may turn out not to run). */
  onRunStart?(plan: { rules: number; cases: number }): void;
  /** Called when a rule's cases are about to run. */
  onRuleStart?(rule: Rule, cases: number): void;
  /** Called after each case with the divergences it produced, and its soft findings (none for most cases). */
  onCaseDone?(rule: Rule, index: number, divergences: Divergence[], softFindings?: SoftFinding[]): void;
  /** Called after each case with the case and every answer the target gave to it. */
  onCaseTrace?(rule: Rule, index: number, kase: Case, trace: TraceEntry[]): void;
}
