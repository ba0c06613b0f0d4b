import type { Spec } from '../spec/spec-types.ts';
import type { RunResult } from '../runner/run-result.ts';
import type { Report } from './report.ts';
import type { BaselineVerdict } from './baseline.ts';
import { reproduce } from './reproduction.ts';
import { countFindings } from '../model/fold-repeats.ts';
import { countByKind } from './count-by-kind.ts';
import { maskRunIds } from './mask-run-ids.ts';
import { clipLargeValues } from '../model/clip-large-values.ts';
import type { Divergence } from '../model/divergence.ts';
import type { SoftFinding } from '../model/soft-finding.ts';

/**
 * A divergence (or a soft finding) as a report stores it: runIds masked and long strings clipped (length, sha256,
 * head), so that the report stays small and two runs of one seed write the same one; replay regenerates the whole case.
 */
const stored = (d: Divergence): Divergence => clipLargeValues(maskRunIds(d));
const storedSoft = (f: SoftFinding): SoftFinding => clipLargeValues(maskRunIds(f));

/** Shapes a run's result into report.json's format. */
export function buildReport(
  spec: Spec,
  result: RunResult,
  version: string,
  verdict?: BaselineVerdict & { file: string },
  reportPath?: string,
): Report {
  return {
    tool: { name: 'swf-conformance', version },
    operation: spec.operation,
    target: result.target,
    seed: result.seed,
    runs: result.runs,
    runTag: result.runTag,
    families: result.families,
    ...(result.shard ? { shard: result.shard } : {}),
    startedAt: result.startedAt,
    durationMs: result.durationMs,
    ...(result.stoppedEarly ? { stoppedEarly: result.stoppedEarly } : {}),
    // A partial report must say so: what it lacks was never run, not found to conform.
    ...(result.interrupted ? { interrupted: result.interrupted } : {}),
    notRun: result.notRun,
    inconclusive: result.inconclusive,
    summary: {
      cases: result.cases,
      calls: result.calls,
      rules: result.rules.length,
      // Rules the target cannot run are listed in notRun with their reason, not here.
      rulesWithoutCases: result.rules
        .filter((r) => r.cases === 0 && !result.notRun.some((n) => n.rule === r.id))
        .map((r) => r.id),
      rulesDiverging: result.rules.filter((r) => r.divergences > 0).length,
      divergences: countFindings(result.divergences),
      byKind: countByKind(result.divergences),
      softFindings: countFindings(result.softFindings ?? []),
    },
    ...(verdict
      ? {
          baseline: {
            file: verdict.file,
            baselined: countFindings(verdict.baselined),
            new: countFindings(verdict.fresh),
            stale: verdict.stale,
            expired: verdict.expired,
          },
        }
      : {}),
    rules: result.rules,
    // Reproductions come from the whole divergence: one that would embed a clipped value says how to regenerate it.
    divergences: result.divergences.map((d) => ({
      ...stored(d),
      ...(verdict ? { baselined: verdict.reasons.has(d) } : {}),
      ...(verdict?.reasons.has(d) ? { baselineReason: verdict.reasons.get(d) } : {}),
      reproduce: reproduce(d, reportPath),
    })),
    // Beside the divergences, never judged by the baseline: a soft finding is never new and never fails the run.
    softFindings: (result.softFindings ?? []).map(storedSoft),
  };
}
