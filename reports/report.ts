import type { RuleTally } from '../runner/run-result';
import type { Divergence } from '../runner/divergence';

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
  rules: RuleTally[];
  divergences: Divergence[];
}
