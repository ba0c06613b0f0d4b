import { readJsonFile } from '../spec/read-json-file.ts';
import { writeOutput } from './write-output.ts';
import { DIVERGENCE_KINDS, type DivergenceKind } from '../model/divergence-kind.ts';
import type { Divergence } from '../model/divergence.ts';

/** A divergence the team has accepted for a target, with why, until when. */
export interface BaselineEntry {
  rule: string;
  kind: DivergenceKind;
  target: string;
  /** What the target does and what the contract expects. */
  reason: string;
  /** YYYY-MM-DD; after it, the entry no longer excuses the divergence and fails the run. */
  expires?: string;
}

export interface Baseline {
  description?: string;
  entries: BaselineEntry[];
}

/** A baseline file that cannot be used; its message is one line. */
export class BaselineError extends Error {}

const KINDS: readonly string[] = DIVERGENCE_KINDS;

/** Reads and checks a baseline file. */
export function loadBaseline(path: string): Baseline {
  const raw = readJsonFile(path, 'baseline', BaselineError);
  const entries = (raw as Baseline)?.entries;
  if (!Array.isArray(entries)) throw new BaselineError(`baseline ${path}: needs an "entries" array`);
  entries.forEach((e, i) => {
    const bad =
      typeof e?.rule !== 'string'
        ? 'rule'
        : !KINDS.includes(e.kind)
          ? 'kind'
          : typeof e.target !== 'string'
            ? 'target'
            : typeof e.reason !== 'string' || !e.reason.trim()
              ? 'reason'
              : e.expires !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(e.expires)
                ? 'expires'
                : undefined;
    if (bad) throw new BaselineError(`baseline ${path}: entries[${i}].${bad} is missing or invalid`);
  });
  return raw as Baseline;
}

/** How a run's divergences stand against a baseline. */
export interface BaselineVerdict {
  /** Divergences no live entry excuses: they fail the run. */
  fresh: Divergence[];
  baselined: Divergence[];
  /** Entries for this target that matched nothing: fixed upstream, or no longer reached. */
  stale: BaselineEntry[];
  /** Entries past their date: they excuse nothing and fail the run. */
  expired: BaselineEntry[];
  /** Why each baselined divergence is accepted: its entry's reason, by divergence. */
  reasons: Map<Divergence, string>;
}

const key = (x: { rule: string; kind: string; target: string }) => `${x.target}\u0000${x.rule}\u0000${x.kind}`;

/** Sorts divergences into baselined and new, and finds stale and expired entries. */
export function applyBaseline(
  baseline: Baseline,
  target: string,
  divergences: Divergence[],
  today: string,
): BaselineVerdict {
  const mine = baseline.entries.filter((e) => e.target === target);
  const expired = mine.filter((e) => e.expires !== undefined && e.expires < today);
  const live = new Map(mine.filter((e) => !expired.includes(e)).map((e) => [key(e), e.reason]));
  const found = new Set(divergences.map((d) => key({ ...d, target })));
  const reasons = new Map<Divergence, string>();
  for (const d of divergences) {
    const reason = live.get(key({ ...d, target }));
    if (reason !== undefined) reasons.set(d, reason);
  }
  return {
    fresh: divergences.filter((d) => !reasons.has(d)),
    baselined: divergences.filter((d) => reasons.has(d)),
    stale: mine.filter((e) => !found.has(key(e))),
    expired,
    reasons,
  };
}

/** Rewrites a baseline to the divergences found: reasons kept for entries that still occur, stale ones dropped. */
export function updateBaseline(
  path: string,
  baseline: Baseline | undefined,
  target: string,
  divergences: Divergence[],
): Baseline {
  const others = (baseline?.entries ?? []).filter((e) => e.target !== target);
  const known = new Map((baseline?.entries ?? []).map((e) => [key(e), e]));
  const entries = new Map<string, BaselineEntry>();
  for (const d of divergences) {
    const k = key({ ...d, target });
    if (!entries.has(k))
      entries.set(
        k,
        known.get(k) ?? {
          rule: d.rule,
          kind: d.kind,
          target,
          reason: 'TODO: say what the target does and what the contract expects',
        },
      );
  }
  const next: Baseline = {
    ...(baseline ?? {}),
    entries: [...others, ...[...entries.values()].sort((a, b) => key(a).localeCompare(key(b)))],
  };
  writeOutput(path, JSON.stringify(next, null, 2) + '\n');
  return next;
}
