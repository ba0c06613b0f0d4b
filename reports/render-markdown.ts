import type { Report } from './report';

const clip = (value: unknown, max = 300) => {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
};
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Renders a report for people: the summary, every rule with its evidence, then each divergence with its replay. */
export function renderMarkdown(report: Report): string {
  const s = report.summary;
  const lines = [
    `# swf-conformance: ${report.operation} on \`${report.target}\``,
    '',
    `Seed ${report.seed}, ${report.runs} runs per rule, fixtures tagged \`${report.runTag}\`, ${report.startedAt} (${(report.durationMs / 1000).toFixed(1)} s).`,
    '',
    `**${s.divergences} divergences** in ${s.rulesDiverging} of ${s.rules} rules, from ${s.cases} cases (${s.calls} SWF calls).`,
    ...Object.entries(s.byKind).map(([kind, n]) => `- ${kind}: ${n}`),
    ...(s.rulesWithoutCases.length ? ['', `Rules without cases: ${s.rulesWithoutCases.join(', ')}`] : []),
    ...(report.stoppedEarly ? ['', `**The run stopped early:** ${report.stoppedEarly}.`] : []),
    ...(report.baseline ? [
      '', `Baseline \`${report.baseline.file}\`: ${report.baseline.baselined} divergences baselined, **${report.baseline.new} new**.`,
      ...report.baseline.stale.map((e) => `- stale (no longer seen): ${e.rule} ${e.kind}`),
      ...report.baseline.expired.map((e) => `- expired ${e.expires}: ${e.rule} ${e.kind}`),
    ] : []),
    '',
    '## Rules',
    '',
    'Evidence: the rule\'s own level / the level for its exact outcome (DOC, REAL, CLAIM, INFER, UNKNOWN).',
    '',
    '| rule | family | evidence | cases | divergences | what must hold |',
    '| --- | --- | --- | ---: | ---: | --- |',
    ...report.rules.map((r) => `| ${r.divergences ? '**' + r.id + '**' : r.id} | ${r.family} | ${r.evidence.rule.level} / ${r.evidence.outcome.level} | ${r.cases} | ${r.divergences} | ${cell(r.summary)} |`),
  ];
  if (report.divergences.length) lines.push('', '## Divergences', '');
  for (const d of report.divergences) {
    lines.push(
      `### ${d.id}: ${d.kind} (${d.call})${d.baselined ? ' (baselined)' : ''}`,
      '',
      `- request: \`${cell(clip(d.request))}\``,
      `- expected: \`${cell(clip(d.expected))}\``,
      `- observed: \`${cell(clip(d.observed))}\``,
      `- replay: rule \`${d.replay.rule}\`, seed ${d.replay.seed}, path \`${d.replay.path}\`, run tag \`${d.replay.runTag}\``,
      '',
    );
  }
  return lines.join('\n') + '\n';
}
