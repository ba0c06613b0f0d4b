import type { Family, Rule, Spec } from '../spec/spec-types.ts';
import type { Case } from '../model/case.ts';
import { createRepeatFolder, createSoftFolder } from '../model/fold-repeats.ts';
import type { Divergence } from '../model/divergence.ts';
import type { SoftFinding } from '../model/soft-finding.ts';
import type { CaseOutcome } from './run-case.ts';
import type { RuleTally, RunResult } from './run-result.ts';

/** What a run has found so far: the rules' tallies, the divergences and soft findings listed (repeats folded), counts. */
export interface RunTally {
  readonly spec: Spec;
  readonly rules: Map<string, RuleTally>;
  readonly divergences: Divergence[];
  readonly softFindings: SoftFinding[];
  readonly inconclusive: RunResult['inconclusive'];
  cases: number;
  calls: number;
  /** True the first time a divergence of its rule and form is seen: only then is it listed. */
  readonly listed: (d: Divergence) => boolean;
  readonly softListed: (f: SoftFinding) => boolean;
}

/** An empty tally with one entry for every rule of the spec. */
export function createRunTally(spec: Spec): RunTally {
  const rules = new Map<string, RuleTally>(
    spec.rules.map((r) => [
      r.id,
      { id: r.id, family: r.family, summary: r.summary, evidence: r.evidence, cases: 0, divergences: 0, coverage: {} },
    ]),
  );
  return {
    spec,
    rules,
    divergences: [],
    softFindings: [],
    inconclusive: [],
    cases: 0,
    calls: 0,
    listed: createRepeatFolder<Divergence>(),
    softListed: createSoftFolder<SoftFinding>(),
  };
}

/** Counts a finished case of `rule`; returns its divergences (with ids) and soft findings, as the hooks get them. */
export function recordCase(
  tally: RunTally,
  rule: Rule,
  index: number,
  kase: Case,
  outcome: CaseOutcome,
): { divergences: Divergence[]; softFindings: SoftFinding[] } {
  tally.cases++;
  tally.calls += outcome.calls;
  if (outcome.inconclusive) tally.inconclusive.push({ rule: rule.id, path: String(index), why: outcome.inconclusive });
  countCase(tally.rules.get(rule.id), { ...kase.facets, ...outcome.facets });
  for (const id of new Set(outcome.alsoExercised)) countCase(tally.rules.get(id), undefined);
  // Ids name the case (its rule and index), which is unique in a run; the divergence's own rule may differ.
  const divergences = outcome.divergences.map((d, i) => ({ ...d, id: `${rule.id}#${index}.${i}` }));
  for (const d of divergences) {
    tally.rules.get(d.rule)!.divergences++;
    if (tally.listed(d)) tally.divergences.push(d);
  }
  const softFindings = outcome.softFindings ?? [];
  for (const f of softFindings) if (tally.softListed(f)) tally.softFindings.push(f);
  return { divergences, softFindings };
}

/** The rule tallies a run reports: its families' rules, and others when this run's cases exercised them (effect rules, mostly). */
export function reportedTallies(tally: RunTally, families: Family[]): RuleTally[] {
  return [...tally.rules.values()].filter((t) => families.includes(t.family) || t.cases > 0);
}

/** Adds one case to a rule's tally and its facet counts. */
function countCase(tally: RuleTally | undefined, facets: Record<string, string | number> | undefined): void {
  if (!tally) return;
  tally.cases++;
  for (const [name, value] of Object.entries(facets ?? {})) {
    const counts = (tally.coverage[name] ??= {});
    counts[String(value)] = (counts[String(value)] ?? 0) + 1;
  }
}
