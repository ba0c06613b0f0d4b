import type { RuleTally, RunResult } from '../runner/run-result.ts';
import type { Divergence } from '../model/divergence.ts';
import type { SoftFinding } from '../model/soft-finding.ts';
import type { BaselineEntry } from './baseline.ts';
import type { Reproduction } from './reproduction.ts';
import type { StatefulResult } from '../runner/stateful/run-stateful.ts';
import type { SpecDivergence } from '../model/recording-verdict.ts';
import type { ArnContext } from '../model/policy/arn-context.ts';
import type { World } from '../model/world.ts';

/** The report.json format; `summary`, `rules` and `divergences` are what CI and people read. */
export interface Report extends Pick<
  RunResult,
  | 'target'
  | 'seed'
  | 'runs'
  | 'runTag'
  | 'families'
  | 'shard'
  | 'startedAt'
  | 'durationMs'
  | 'stoppedEarly'
  | 'interrupted'
  | 'notRun'
  | 'inconclusive'
> {
  tool: { name: 'swf-conformance'; version: string };
  operation: string;
  summary: {
    cases: number;
    calls: number;
    rules: number;
    rulesWithoutCases: string[];
    rulesDiverging: number;
    divergences: number;
    byKind: Record<string, number>;
    /** Soft findings, repeats included: counted apart from divergences, never a failure. Absent in reports before them. */
    softFindings?: number;
  };
  /** Present when the run was judged against a baseline file. */
  baseline?: { file: string; baselined: number; new: number; stale: BaselineEntry[]; expired: BaselineEntry[] };
  /** Present with --evidence: what a recording (of the real service) says about the spec itself. */
  evidence?: { file: string; target: string; unusableCases: number; specDivergences: SpecDivergence[] };
  /** With --stateful: sequences run, and the shortest failing one. */
  stateful?: StatefulResult;
  rules: Array<RuleTally & { observedOn?: { target: string; cases: number }; specDivergences?: number }>;
  /** With run --policy: the document the caller carried and where its ARNs pointed; replay regenerates access cases from it. */
  caller?: { policy: object; arn: ArnContext };
  /** With run --open-execution-quota: the quota the target was said to have; replay regenerates limits cases from it. */
  quotas?: World['quotas'];
  /**
   * `blamedOn: 'spec'` where the evidence recording contradicts the spec for that rule: the target is not blamed.
   * Stored as build-report makes them: any string longer than MAX_STORED_CHARS is a ClippedString
   * (model/clip-large-values.ts), and the target's runIds in `expected` and `observed` are `<runId:n>`.
   */
  divergences: Array<
    Divergence & {
      baselined?: boolean;
      /** For a baselined divergence: the reason its baseline entry gives. */
      baselineReason?: string;
      blamedOn?: 'spec';
      reproduce?: Reproduction;
    }
  >;
  /**
   * Refusals the contract allows but not with the likely code (UnknownResourceFault where ValidationException is
   * likely): the first of each rule and code, the others in its `repeats`. Stored clipped and masked like divergences.
   */
  softFindings?: SoftFinding[];
}
