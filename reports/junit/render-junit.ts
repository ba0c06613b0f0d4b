import type { Report } from '../report.ts';
import { countFindings } from '../../model/fold-repeats.ts';
import { clippedAsText } from '../../model/clip-large-values.ts';
import { clip } from '../../model/text/clip.ts';
import { xmlAttr as attr, xmlText as text } from '../../model/text/xml-escape.ts';
import { countSoftFindings, softFindingPhrase } from '../render-soft-findings.ts';

// A rule as a testcase needs; `family` is a string so unlisted rules can have one.
type Rule = { id: string; family: string; cases: number };
type Div = Report['divergences'][number];
type Soft = NonNullable<Report['softFindings']>[number];

const attrs = (a: Record<string, string | number | undefined>) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${attr(String(v))}"`)
    .join('');

const json = (v: unknown) => clip(JSON.stringify(v, clippedAsText) ?? 'undefined', 400);
const seconds = (ms: number) => (Number.isFinite(ms) && ms > 0 ? ms / 1000 : 0).toFixed(3);
// The schema wants the start without a zone; report.json's startedAt is UTC.
const timestamp = (iso: string) =>
  Number.isNaN(Date.parse(iso)) ? undefined : new Date(iso).toISOString().slice(0, 19);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const LISTED = 20;
const FAILURE_TEXT = 16_000;

/** The failure's text: each divergence with what to run to see it again, bounded so CI pages stay readable. */
function failureText(divs: Div[]): string {
  const lines = divs
    .slice(0, LISTED)
    .flatMap((d) => [
      `${d.id}: ${d.kind} on ${d.call}`,
      `  expected: ${json(d.expected)}`,
      `  observed: ${json(d.observed)}`,
      `  request:  ${json(d.request)}`,
      ...(d.shrunk ? [`  shrunk:   ${json(d.shrunk.request)}`] : []),
      `  replay:   ${d.reproduce?.command ?? `rule ${d.replay.rule}, seed ${d.replay.seed}, path ${d.replay.path}`}`,
    ]);
  if (divs.length > LISTED) lines.push(`… and ${divs.length - LISTED} more (see report.md)`);
  return clip(lines.join('\n'), FAILURE_TEXT);
}

interface Tally {
  tests: number;
  failures: number;
  skipped: number;
}

/** A rule's soft findings as system-out lines: never a failure, but shown where CI shows the rule. */
function softText(soft: Soft[]): string[] {
  if (!soft.length) return [];
  return [
    `${plural(countFindings(soft), 'soft finding')} (not a failure: a client error other than the likely code)`,
    ...soft.map(
      (f) =>
        `  ${softFindingPhrase(f)}: ${plural(countFindings([f]), 'case')}, the first at seed ${f.replay.seed}, path ${f.replay.path}${f.observed.message === undefined ? '' : `; message: ${clip(f.observed.message, 200)}`}`,
    ),
  ];
}
const systemOut = (lines: string[]) =>
  lines.length ? `\n      <system-out>${text(lines.join('\n'))}</system-out>` : '';

/** One rule's testcase: failed by divergences nothing excuses, skipped when it never ran, passed otherwise. */
function renderCase(report: Report, rule: Rule, mine: Div[], tally: Tally, soft: Soft[] = []): string {
  const open = `    <testcase${attrs({
    classname: `${report.target}.${rule.family}`,
    name: rule.id,
    time: seconds(report.summary.cases ? (report.durationMs * rule.cases) / report.summary.cases : 0),
  })}`;
  tally.tests++;
  // Baselined divergences are accepted; those the evidence pins on the spec are not the target's (as the CLI counts).
  const failing = mine.filter((d) => !d.baselined && !d.blamedOn);
  if (failing.length) {
    tally.failures++;
    const kinds = [...new Set(failing.map((d) => d.kind))].sort();
    const message = `${plural(countFindings(failing), 'divergence')} on ${rule.id}: ${kinds.join(', ')}`;
    return `${open}>\n      <failure${attrs({ message, type: kinds.join(',') })}>${text(failureText(failing))}</failure>${systemOut(softText(soft))}\n    </testcase>`;
  }
  const notRun = report.notRun.find((n) => n.rule === rule.id);
  if (notRun || rule.cases === 0) {
    tally.skipped++;
    const message = notRun
      ? `not run on ${report.target}: ${notRun.reason}`
      : 'no case was generated for this rule: the run cannot vouch for it';
    return `${open}>\n      <skipped${attrs({ message })}/>${systemOut(softText(soft))}\n    </testcase>`;
  }
  const baselined = countFindings(mine.filter((d) => d.baselined));
  const doubted = countFindings(mine.filter((d) => !d.baselined && d.blamedOn));
  const notes = [
    ...(baselined ? [`${plural(baselined, 'baselined divergence')}`] : []),
    ...(doubted ? [`${plural(doubted, 'divergence')} not counted: the evidence recording contradicts the spec`] : []),
    ...softText(soft),
  ];
  return notes.length ? `${open}>${systemOut(notes)}\n    </testcase>` : `${open}/>`;
}

/** Facts about the run that belong to no rule. */
function runNotes(report: Report): string[] {
  const s = report.stateful?.failure;
  return [
    ...(report.stoppedEarly ? [`stopped early: ${report.stoppedEarly}`] : []),
    ...(report.interrupted ? [`partial report, ${report.interrupted}`] : []),
    ...(report.inconclusive.length ? [`${plural(report.inconclusive.length, 'case')} inconclusive (not judged)`] : []),
    ...(s ? [`stateful sequence out of step with the model: ${s.commands} -> ${s.error}`] : []),
    ...(report.baseline?.stale.map((e) => `baseline entry stale: ${e.rule} ${e.kind}`) ?? []),
    ...(report.baseline?.expired.map((e) => `baseline entry expired ${e.expires}: ${e.rule} ${e.kind}`) ?? []),
  ];
}

/** One target's testsuite, with its counts. */
function renderSuite(report: Report): Tally & { xml: string } {
  const tally: Tally = { tests: 0, failures: 0, skipped: 0 };
  const listed = new Set(report.rules.map((r) => r.id));
  // A divergence on a rule the report does not list must still fail the run visibly.
  const unlisted: Rule[] = [...new Set(report.divergences.map((d) => d.rule).filter((id) => !listed.has(id)))].map(
    (id) => ({ id, family: 'unlisted', cases: countFindings(report.divergences.filter((d) => d.rule === id)) }),
  );
  const cases = [...report.rules, ...unlisted].map((r) =>
    renderCase(
      report,
      r,
      report.divergences.filter((d) => d.rule === r.id),
      tally,
      (report.softFindings ?? []).filter((f) => f.rule === r.id),
    ),
  );
  const properties = Object.entries({
    'tool.version': report.tool.version,
    operation: report.operation,
    seed: report.seed,
    runs: report.runs,
    runTag: report.runTag,
    families: report.families.join(','),
    shard: report.shard && `${report.shard.index}/${report.shard.count}`,
    baseline: report.baseline?.file,
    // Counted apart from failures: a client error other than the likely code is within the contract.
    softFindings: report.softFindings ? countSoftFindings(report) : undefined,
  })
    .filter(([, v]) => v !== undefined)
    .map(([name, value]) => `      <property${attrs({ name, value })}/>`);
  const notes = runNotes(report);
  const xml = [
    `  <testsuite${attrs({
      name: `swf-conformance ${report.target}`,
      tests: tally.tests,
      failures: tally.failures,
      errors: 0,
      skipped: tally.skipped,
      time: seconds(report.durationMs),
      timestamp: timestamp(report.startedAt),
      package: 'swf-conformance',
    })}>`,
    '    <properties>',
    ...properties,
    '    </properties>',
    ...cases,
    ...(notes.length ? [`    <system-out>${text(notes.join('\n'))}</system-out>`] : []),
    '  </testsuite>',
  ].join('\n');
  return { ...tally, xml };
}

/** Renders reports (one per target) as JUnit XML, the Ant/Surefire format CI systems read: a testcase per rule. */
export function renderJunit(reports: Report[]): string {
  const suites = reports.map(renderSuite);
  const sum = (k: keyof Tally) => suites.reduce((n, s) => n + s[k], 0);
  // Jenkins' schema has no skipped count on testsuites; each testsuite carries its own.
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({ name: 'swf-conformance', tests: sum('tests'), failures: sum('failures'), errors: 0, time: seconds(reports.reduce((n, r) => n + r.durationMs, 0)) })}>`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
}
