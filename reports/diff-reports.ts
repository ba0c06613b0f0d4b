import type { Report } from './report.ts';
import type { DiffedRun, DivergenceGroup, ReportDiff, SoftGroup } from './report-diff.ts';
import { countFindings } from '../model/fold-repeats.ts';
import { countSoftFindings } from './render-soft-findings.ts';
import { clippedAsText } from '../model/clip-large-values.ts';
import { clip } from '../model/text/clip.ts';
import { markdownCell as cell } from '../model/text/markdown-cell.ts';

type Div = Report['divergences'][number];
type Answer = Extract<Div['observed'], { ok: boolean }>;

const isAnswer = (v: unknown): v is Answer =>
  typeof v === 'object' && v !== null && typeof (v as Answer).ok === 'boolean';
// Status and code only: messages, runIds and request ids change from run to run without the behaviour changing.
const answerText = (o: Answer) => (o.ok ? `${o.status} accepted` : `${o.status ?? 'no answer'} ${o.code}`);

/** What the target answered, in a form that compares across runs and seeds. */
function observedText(observed: Div['observed']): string {
  if (!('effect' in observed)) return answerText(observed);
  const { effect, source } = observed;
  // A health check's failure is an answer; any other effect is the value the target showed.
  return `${source}: ${isAnswer(effect) ? answerText(effect) : effect === undefined ? 'absent' : clip(JSON.stringify(effect, clippedAsText), 120, { tail: () => '…' })}`;
}

const keyOf = (g: { target: string; rule: string; kind: string }) => `${g.target}\u0000${g.rule}\u0000${g.kind}`;

/** Groups a report's divergences by (target, rule, kind). */
function groups(report: Report): Map<string, DivergenceGroup> {
  const out = new Map<string, DivergenceGroup & { seen: Set<string> }>();
  for (const d of report.divergences) {
    const k = keyOf({ target: report.target, rule: d.rule, kind: d.kind });
    const g = out.get(k) ?? {
      target: report.target,
      rule: d.rule,
      kind: d.kind,
      count: 0,
      observed: [],
      baselined: true,
      seen: new Set<string>(),
    };
    // A listed divergence stands for itself and its repeats: 3 listed of 25 is 25, not 3.
    g.count += 1 + (d.repeats ?? 0);
    g.seen.add(observedText(d.observed));
    g.baselined &&= d.baselined === true;
    out.set(k, g);
  }
  return new Map(
    [...out]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, { seen, ...g }]) => [k, { ...g, observed: [...seen].sort() }]),
  );
}

const run = (r: Report): DiffedRun => ({
  target: r.target,
  seed: r.seed,
  runs: r.runs,
  version: r.tool.version,
  startedAt: r.startedAt,
  divergences: countFindings(r.divergences),
  softFindings: countSoftFindings(r),
});

/** Soft findings by (target, rule, code answered) whose count differs between the reports, sorted. */
function softChanges(old: Report, next: Report): SoftGroup[] {
  const out = new Map<string, SoftGroup>();
  for (const [r, side] of [
    [old, 'before'],
    [next, 'now'],
  ] as const) {
    for (const f of r.softFindings ?? []) {
      const k = `${r.target}\u0000${f.rule}\u0000${f.observed.code}`;
      const g = out.get(k) ?? {
        target: r.target,
        rule: f.rule,
        code: f.observed.code,
        likelyCodes: f.likelyCodes,
        before: 0,
        now: 0,
      };
      g[side] += 1 + (f.repeats ?? 0);
      out.set(k, g);
    }
  }
  return [...out]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, g]) => g)
    .filter((g) => g.before !== g.now);
}

/** Compares two reports (an older release's and a newer one's) by (target, rule, kind), whatever their seeds. */
export function diffReports(old: Report, next: Report): ReportDiff {
  const before = groups(old);
  const after = groups(next);
  const diff: ReportDiff = {
    old: run(old),
    next: run(next),
    appeared: [],
    disappeared: [],
    changed: [],
    unchanged: [],
    soft: softChanges(old, next),
  };
  for (const [k, g] of after) {
    const was = before.get(k);
    if (!was) diff.appeared.push(g);
    else if (was.count !== g.count || was.observed.join('\n') !== g.observed.join('\n'))
      diff.changed.push({ old: was, next: g });
    else diff.unchanged.push(g);
  }
  for (const [k, g] of before) if (!after.has(k)) diff.disappeared.push(g);
  return diff;
}

/** Whether the newer report is worse: divergences appeared, or known ones changed (the exit policy of `report diff`); soft findings never count. */
export function hasRegressions(diff: ReportDiff): boolean {
  return diff.appeared.length > 0 || diff.changed.length > 0;
}

const answers = (list: string[]) =>
  cell(list.length > 5 ? `${list.slice(0, 5).join('; ')}; … ${list.length - 5} more` : list.join('; '));
const name = (g: DivergenceGroup) => `${cell(g.target)} | ${g.rule} | ${g.kind}${g.baselined ? ' (baselined)' : ''}`;
const runText = (r: DiffedRun) =>
  `\`${cell(r.target)}\`, seed ${r.seed}, ${r.runs} runs per rule, swf-conformance ${r.version}, ${r.startedAt}: ${r.divergences} divergences${r.softFindings ? `, ${r.softFindings} soft findings` : ''}`;

/** Renders a report diff as Markdown: what appeared, disappeared and changed, with the observed answers. */
export function renderReportDiff(diff: ReportDiff): string {
  const section = (title: string, header: string, rows: string[]) =>
    rows.length
      ? ['', `## ${title} (${rows.length})`, '', header, `|${' --- |'.repeat(header.split(' | ').length)}`, ...rows]
      : [];
  return [
    '# swf-conformance: report diff',
    '',
    `- old: ${runText(diff.old)}`,
    `- new: ${runText(diff.next)}`,
    ...(diff.old.target !== diff.next.target
      ? [
          '',
          `**The reports are of different targets** (\`${cell(diff.old.target)}\`, \`${cell(diff.next.target)}\`): every divergence differs.`,
        ]
      : []),
    '',
    `**${diff.appeared.length} appeared, ${diff.disappeared.length} disappeared, ${diff.changed.length} changed**, ${diff.unchanged.length} unchanged (groups of target, rule, kind).`,
    ...section(
      'Appeared',
      '| target | rule | kind | count | observed |',
      diff.appeared.map((g) => `| ${name(g)} | ${g.count} | ${answers(g.observed)} |`),
    ),
    ...section(
      'Changed',
      '| target | rule | kind | count | observed before | observed now |',
      diff.changed.map(
        ({ old, next }) =>
          `| ${name(next)} | ${old.count === next.count ? next.count : `${old.count} → ${next.count}`} | ${answers(old.observed)} | ${answers(next.observed)} |`,
      ),
    ),
    ...section(
      'Disappeared',
      '| target | rule | kind | count | observed before |',
      diff.disappeared.map((g) => `| ${name(g)} | ${g.count} | ${answers(g.observed)} |`),
    ),
    ...section(
      'Soft findings that changed (not regressions)',
      '| target | rule | answered | likely | before | now |',
      diff.soft.map(
        (g) => `| ${cell(g.target)} | ${g.rule} | ${g.code} | ${g.likelyCodes.join(' or ')} | ${g.before} | ${g.now} |`,
      ),
    ),
    '',
  ].join('\n');
}
