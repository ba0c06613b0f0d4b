import type { Report } from '../report.ts';
import { clip } from '../../model/text/clip.ts';
import { clipJson } from '../../model/text/clip-json.ts';
import { escapeHtml as h } from './escape-html.ts';
import { softFindingPhrase } from '../render-soft-findings.ts';

type Soft = NonNullable<Report['softFindings']>[number];

const field = (name: string, value: string, cls = '') => `<dt>${h(name)}</dt><dd class="${cls}">${value}</dd>`;
const code = (value: unknown) => `<code>${h(clipJson(value))}</code>`;

/** One soft finding of the list: the code answered where another was likely, the request, how to regenerate it. */
export function renderSoftFinding(f: Soft, index: number, target: string, family: string): string {
  const answered = `${f.observed.status} ${f.observed.code}${f.observed.message === undefined ? '' : `: ${clip(f.observed.message, 300, { codePoints: true })}`}`;
  const replay = `rule ${f.replay.rule} · seed ${f.replay.seed} · path ${f.replay.path} · run tag ${f.replay.runTag}`;
  return `<article class="soft" id="soft-${index}" data-rule="${h(f.rule)}" data-family="${h(family)}" data-target="${h(target)}" data-code="${h(f.observed.code)}">
<h3><span class="kind k-soft">soft</span> <b>${h(f.rule)}</b> on <b>${h(target)}</b> <span class="muted">${h(softFindingPhrase(f))} · ${h(f.call)}</span></h3>
<dl>
${field('answered', `<code>${h(answered)}</code>`)}
${f.broken ? field('broke', h(f.broken.join(', '))) : ''}
${field('likely', h(f.likelyCodes.join(' or ')))}
${field('request', code(f.request), 'json')}
${f.repeats ? field('repeats', h(`${f.repeats} more case${f.repeats === 1 ? '' : 's'} of this rule answered ${f.observed.code}, not listed (every case is in results.jsonl)`)) : ''}
${field('regenerate', `<span class="muted">${h(replay)}</span>`)}
</dl>
</article>`;
}
