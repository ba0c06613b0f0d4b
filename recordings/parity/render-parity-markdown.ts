import type { ParityResult } from './parity-result.ts';
import { clipJson } from '../../model/text/clip-json.ts';
import { markdownCell as cell } from '../../model/text/markdown-cell.ts';

const shown = (v: unknown) => (v === undefined ? '(absent)' : `\`${cell(clipJson(v, 80, 200))}\``);

/** report.md of a parity run: the summary, the differences grouped, then what was compared only in part and why. */
export function renderParityMarkdown(r: ParityResult): string {
  const s = r.summary;
  const lines = [
    `# Parity: ${r.target} against ${r.recording}`,
    '',
    `${s.interactions} recorded interactions from ${r.sources.map((x) => `${x.file} (${x.kind})`).join(', ')}; ${s.sent} replayed, ${s.notSent} not sent.`,
    `**${s.differences} differences** in ${s.differing} answers; ${s.partial} answers compared only in part (they rest on calls the recording lacks).`,
    ...(r.stateNotReset ? ['', `State: ${r.stateNotReset}.`] : []),
    ...(r.interrupted
      ? ['', `Interrupted (${r.interrupted}): the interactions after the last one listed were not replayed.`]
      : []),
    '',
    `Registered first, from what the recording's answers show: domains ${r.registered.domains.join(', ') || 'none'}; types ${r.registered.types.join(', ') || 'none'}.`,
    '',
    '## Differences by operation',
    '',
  ];
  if (!r.groups.length) lines.push('None.');
  else {
    lines.push(
      '| operation | difference | member | count | recorded | replayed | interactions |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const g of r.groups) {
      const ids =
        g.interactions.slice(0, 8).join(', ') + (g.interactions.length > 8 ? ` … (${g.interactions.length})` : '');
      lines.push(
        `| ${g.operation} | ${g.kind} | ${cell(g.path ?? '')} | ${g.count} | ${shown(g.example.recorded)} | ${shown(g.example.observed)} | ${ids} |`,
      );
    }
  }
  const partial = r.interactions.filter((i) => i.partial || i.notSent || i.note);
  if (partial.length) {
    lines.push(
      '',
      '## Compared in part, or not sent',
      '',
      '| interaction | operation | left out | why |',
      '| --- | --- | --- | --- |',
    );
    for (const i of partial)
      lines.push(
        `| ${i.id} | ${i.operation} | ${cell(i.notSent ? 'not sent' : (i.partial?.excluded ?? 'nothing'))} | ${cell([i.notSent ?? i.partial?.reason, i.note].filter(Boolean).join('; '))} |`,
      );
  }
  return lines.join('\n') + '\n';
}
