import type { RuleTally } from '../runner/run-result';
import type { Divergence } from '../runner/divergence';
import type { BaselineEntry } from './baseline';

/** The report.json format; `summary`, `rules` and `divergences` are what CI and people read. */
export interface Report {
  tool: { name: 'swf-conformance'; version: string };
  operation: string;
  target: string;
  seed: number;
  runs: number;
  runTag: string;
  families: string[];
  startedAt: string;
  durationMs: number;
  stoppedEarly?: string;
  summary: {
    cases: number;
    calls: number;
    rules: number;
    rulesWithoutCases: string[];
    rulesDiverging: number;
    divergences: number;
    byKind: Record<string, number>;
  };
  /** Present when the run was judged against a baseline file. */
  baseline?: { file: string; baselined: number; new: number; stale: BaselineEntry[]; expired: BaselineEntry[] };
  rules: RuleTally[];
  divergences: Array<Divergence & { baselined?: boolean }>;
}
