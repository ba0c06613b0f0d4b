import type { DivergenceKind } from '../model/divergence-kind.ts';

/** The divergences of one report on one (target, rule, kind): how many (repeats included), and which distinct answers the listed ones gave. */
export interface DivergenceGroup {
  target: string;
  rule: string;
  kind: DivergenceKind;
  /** Cases of the group, the repeats folded into listed divergences included. */
  count: number;
  /** Distinct observed answers, sorted: `500 HTTP500`, `400 ValidationException`, `200 accepted`, `describe: absent`. */
  observed: string[];
  /** Every divergence of the group was excused by the run's baseline. */
  baselined: boolean;
}

/** What identifies a run in a diff. */
export interface DiffedRun {
  target: string;
  seed: number;
  runs: number;
  version: string;
  startedAt: string;
  divergences: number;
  /** Soft findings, repeats included (0 for a report written before they existed). */
  softFindings: number;
}

/** The soft findings of one (target, rule, code answered) in both reports: how many cases each had. */
export interface SoftGroup {
  target: string;
  rule: string;
  code: string;
  /** Where the likely code differs from the code answered: the codes the broken rules name. */
  likelyCodes: string[];
  before: number;
  now: number;
}

/** How two reports differ, divergence group by divergence group; ids and seeds play no part in the matching. */
export interface ReportDiff {
  old: DiffedRun;
  next: DiffedRun;
  /** Groups only in the newer report. */
  appeared: DivergenceGroup[];
  /** Groups only in the older report. */
  disappeared: DivergenceGroup[];
  /** Groups in both whose count or set of observed answers differs. */
  changed: Array<{ old: DivergenceGroup; next: DivergenceGroup }>;
  /** Groups in both, alike (as in the newer report). */
  unchanged: DivergenceGroup[];
  /** Soft findings whose count differs between the reports (appeared: before 0; gone: now 0). Never a regression. */
  soft: SoftGroup[];
}
