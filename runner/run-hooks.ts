import type { Rule } from '../spec/spec-types.ts';
import type { Case } from '../model/case.ts';
import type { Divergence } from '../model/divergence.ts';
import type { SoftFinding } from '../model/soft-finding.ts';
import type { TraceEntry } from '../model/trace-entry.ts';
import type { RuleTally, RunResult } from './run-result.ts';

/** One case's result, as the run hands it to its observers (in the order of the rule's cases). */
export interface CaseResult {
  rule: Rule;
  index: number;
  kase: Case;
  /** The divergences the case produced, with their ids. */
  divergences: Divergence[];
  /** Its soft findings: none for most cases. */
  softFindings: SoftFinding[];
  /** Every answer the target gave to the case. */
  trace: TraceEntry[];
}

/**
 * Optional observers of a run, for progress output, streaming and recording: lifecycle hooks in pairs, each with one
 * object argument. Every onRuleStart is followed by its onRuleEnd, with the rule's case results in between; onRunEnd
 * comes once at the end, also when the run stopped early or was interrupted.
 */
export interface RunHooks {
  /** Called once before the first case, with how many rules and cases the run plans (some may turn out not to run). */
  onRunStart?(plan: { rules: number; cases: number }): void;
  /** Called once when the run is over, with what it found. */
  onRunEnd?(end: { result: RunResult }): void;
  /** Called when a rule's cases are about to run, with how many it has. */
  onRuleStart?(start: { rule: Rule; cases: number }): void;
  /** Called when a rule's cases are done, with its tally so far (cases of other rules may still count for it). */
  onRuleEnd?(end: { rule: Rule; tally: RuleTally }): void;
  /** Called after each case. */
  onCaseResult?(result: CaseResult): void;
}
