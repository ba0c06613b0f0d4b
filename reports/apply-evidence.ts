import type { RecordingVerdict } from '../model/recording-verdict.ts';
import type { Report } from './report.ts';
import { countByKind } from './count-by-kind.ts';
import { countFindings } from '../model/fold-repeats.ts';
import { clipLargeValues } from '../model/clip-large-values.ts';

/**
 * Folds what an evidence recording says into a report: rules it covers are marked observed on its target, and where it
 * contradicts the spec, the spec is reported wrong for that rule and the target's divergences there are not counted.
 */
export function applyEvidence(report: Report, file: string, target: string, verdict: RecordingVerdict): Report {
  const doubted = new Set(verdict.specDivergences.map((d) => d.rule));
  const rules = report.rules.map((r) => ({
    ...r,
    ...(verdict.rulesObserved[r.id] ? { observedOn: { target, cases: verdict.rulesObserved[r.id] } } : {}),
    ...(doubted.has(r.id) ? { specDivergences: verdict.specDivergences.filter((d) => d.rule === r.id).length } : {}),
  }));
  const divergences = report.divergences.map((d) => (doubted.has(d.rule) ? { ...d, blamedOn: 'spec' as const } : d));
  const counted = divergences.filter((d) => !d.blamedOn);
  return {
    ...report,
    rules,
    divergences,
    summary: {
      ...report.summary,
      divergences: countFindings(counted),
      rulesDiverging: new Set(counted.map((d) => d.rule)).size,
      byKind: countByKind(counted),
    },
    // What the spec expected holds the case's values, 32 KB inputs among them: clipped like the divergences.
    evidence: {
      file,
      target,
      unusableCases: verdict.unusable.length,
      specDivergences: clipLargeValues(verdict.specDivergences),
    },
  };
}
