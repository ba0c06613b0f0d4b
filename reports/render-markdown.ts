import type { Report } from './report.ts';
import { clippedAsText } from '../model/clip-large-values.ts';
import { clip } from '../model/text/clip.ts';
import { markdownCell as cell } from '../model/text/markdown-cell.ts';
import { countFindings } from '../model/fold-repeats.ts';
import { renderSoftFindings, softFindingsSummary } from './render-soft-findings.ts';

// A value the report holds clipped shows as its head, length and hash.
const clipValue = (value: unknown, max = 300) => clip(JSON.stringify(value, clippedAsText) ?? 'undefined', max);

/** Renders a report for people: the summary, every rule with its evidence, then each divergence with its replay. */
export function renderMarkdown(report: Report): string {
  const s = report.summary;
  const lines = [
    `# swf-conformance: ${report.operation} on \`${report.target}\``,
    '',
    `Seed ${report.seed}, ${report.runs} runs per rule, fixtures tagged \`${report.runTag}\`, ${report.startedAt} (${(report.durationMs / 1000).toFixed(1)} s).`,
    ...(report.caller
      ? [
          '',
          `Case requests were sent as a caller carrying a policy of ${[(report.caller.policy as { Statement?: unknown }).Statement].flat().length} statement(s); every case's request is judged by it (report.json \`caller\`).`,
        ]
      : []),
    ...(report.quotas?.openExecutionsPerDomain !== undefined
      ? [
          '',
          `The target was said to allow ${report.quotas.openExecutionsPerDomain} open executions a domain (family limits).`,
        ]
      : []),
    ...(report.interrupted
      ? [
          '',
          `**Partial report: the run was ${report.interrupted}.** It covers only the ${s.cases} cases done before that; the rest never ran.`,
        ]
      : []),
    '',
    `**${s.divergences} divergences** in ${s.rulesDiverging} of ${s.rules} rules, from ${s.cases} cases (${s.calls} SWF calls).`,
    ...Object.entries(s.byKind).map(([kind, n]) => `- ${kind}: ${n}`),
    ...softFindingsSummary(report).flatMap((line) => ['', line]),
    ...(s.rulesWithoutCases.length ? ['', `Rules without cases: ${s.rulesWithoutCases.join(', ')}`] : []),
    ...(report.stoppedEarly ? ['', `**The run stopped early:** ${report.stoppedEarly}.`] : []),
    ...(report.notRun.length
      ? ['', 'Not run on this target:', ...report.notRun.map((n) => `- ${n.rule}: ${n.reason}`)]
      : []),
    ...(report.inconclusive.length
      ? [
          '',
          `${report.inconclusive.length} cases inconclusive (not judged): ${[...new Set(report.inconclusive.map((i) => i.why))].join('; ')}.`,
        ]
      : []),
    ...(report.baseline
      ? [
          '',
          `Baseline \`${report.baseline.file}\`: ${report.baseline.baselined} divergences baselined, **${report.baseline.new} new**.`,
          ...report.baseline.stale.map((e) => `- stale (no longer seen): ${e.rule} ${e.kind}`),
          ...report.baseline.expired.map((e) => `- expired ${e.expires}: ${e.rule} ${e.kind}`),
        ]
      : []),
    '',
    '## Rules',
    '',
    "Evidence: the rule's own level / the level for its exact outcome (DOC, REAL, CLAIM, INFER, UNKNOWN).",
    '',
    '| rule | family | evidence | cases | divergences | what must hold |',
    '| --- | --- | --- | ---: | ---: | --- |',
    ...report.rules.map(
      (r) =>
        `| ${r.divergences ? '**' + r.id + '**' : r.id} | ${r.family} | ${r.evidence.rule.level} / ${r.evidence.outcome.level} | ${r.cases} | ${r.divergences} | ${cell(r.summary)} |`,
    ),
  ];
  if (report.stateful) {
    const f = report.stateful.failure;
    lines.push(
      '',
      '## Stateful sequences',
      '',
      f
        ? `**Out of step with the model** after \`${f.commands}\` (${f.length} commands): ${f.error}. fast-check seed ${f.seed}, path \`${f.path ?? ''}\`.`
        : `${report.stateful.runs} sequences, all in step with the model.`,
    );
  }
  if (report.evidence) {
    const ev = report.evidence;
    lines.push(
      '',
      `## Evidence from \`${ev.file}\` (recorded on \`${ev.target}\`)`,
      '',
      `${report.rules.filter((r) => r.observedOn).length} rules observed; ${ev.unusableCases} recorded cases no longer match the generators.`,
    );
    if (ev.specDivergences.length) {
      lines.push(
        '',
        `**The spec is contradicted by the recording for: ${[...new Set(ev.specDivergences.map((d) => d.rule))].join(', ')}.** The target is not blamed for those rules.`,
        '',
      );
      for (const d of ev.specDivergences.slice(0, 50))
        lines.push(
          `- ${d.rule} (${d.kind}) at ${d.key} ${d.call}: spec expects \`${cell(clipValue(d.expected, 160))}\`, recording shows \`${cell(clipValue(d.recorded, 160))}\``,
        );
    }
  }
  if (report.divergences.length)
    lines.push('', `## Divergences (${report.divergences.length} listed of ${countFindings(report.divergences)})`, '');
  for (const d of report.divergences) {
    lines.push(
      `### ${d.id}: ${d.kind} (${d.call})${d.baselined ? ' (baselined)' : ''}${d.blamedOn === 'spec' ? ' (the spec is in doubt here, not the target)' : ''}`,
      '',
      `- request: \`${cell(clipValue(d.request))}\``,
      ...(d.wire
        ? [
            `- sent raw: \`${cell(clipValue({ ...d.wire, body: d.wire.body.kind === 'json' && JSON.stringify(d.wire.body.value) === JSON.stringify(d.request) ? { ...d.wire.body, value: '(the request)' } : d.wire.body }))}\` (curl in report.json)`,
          ]
        : []),
      `- expected: \`${cell(clipValue(d.expected))}\``,
      `- observed: \`${cell(clipValue(d.observed))}\``,
      ...(d.explanation ? [`- why: ${cell(d.explanation)}`] : []),
      ...(d.repeats
        ? [
            `- and ${d.repeats} more case${d.repeats === 1 ? '' : 's'} of this rule and kind, not listed (every case is in results.jsonl)`,
          ]
        : []),
      ...(d.shrunk
        ? [`- shrunk (path \`${d.shrunk.path}\`, ${d.shrunk.tries} tries): \`${cell(clipValue(d.shrunk.request))}\``]
        : []),
      `- replay: \`${d.reproduce?.command ?? ''}\` (rule \`${d.replay.rule}\`, seed ${d.replay.seed}, path \`${d.replay.path}\`, run tag \`${d.replay.runTag}\`)`,
      '',
    );
  }
  // After the divergences, which fail the run; these never do.
  lines.push(...renderSoftFindings(report));
  return lines.join('\n') + '\n';
}
