import type { Report } from '../report.ts';
import { countFindings } from '../../model/fold-repeats.ts';

/** What the HTML matrix shows for one rule on one target. */
export type CellStatus = 'conforms' | 'diverges' | 'baselined' | 'not run' | 'inconclusive';

/** A cell of the matrix: its status, and the counts behind it. */
export interface Cell {
  status: CellStatus;
  /** Divergences blamed on the rule that no baseline accepts. */
  diverging: number;
  baselined: number;
  /** The rule's cases whose answer said nothing about the contract (throttled, not sent for safety). */
  inconclusive: number;
  /** Kinds of all the rule's divergences, baselined ones included, for the kind filter. */
  kinds: string[];
}

/**
 * The status of a rule on one target's report. A divergence counts for the rule it blames (`d.rule`), not the case's
 * rule. Divergences come first because they prove the rule ran; then a rule the target could not run, or that got
 * no case (its family was not run), is `not run` rather than a conformance nobody tested.
 */
export function cellStatus(report: Report, ruleId: string): Cell {
  const mine = report.divergences.filter((d) => d.rule === ruleId);
  const baselined = countFindings(mine.filter((d) => d.baselined === true));
  const diverging = countFindings(mine) - baselined;
  const inconclusive = report.inconclusive.filter((i) => i.rule === ruleId).length;
  const kinds = [...new Set(mine.map((d) => d.kind))].sort();
  const tally = report.rules.find((r) => r.id === ruleId);
  const notRun = !tally || tally.cases === 0 || report.notRun.some((n) => n.rule === ruleId);
  const status: CellStatus =
    diverging > 0
      ? 'diverges'
      : baselined > 0
        ? 'baselined'
        : notRun
          ? 'not run'
          : inconclusive > 0
            ? 'inconclusive'
            : 'conforms';
  return { status, diverging, baselined, inconclusive, kinds };
}
