import type { Report } from '../report.ts';
import { clip } from '../../model/text/clip.ts';
import { clipJson } from '../../model/text/clip-json.ts';
import { escapeHtml as h } from './escape-html.ts';

type ReportDivergence = Report['divergences'][number];

// A curl or snippet carries the whole request; past this the view keeps the start and report.json has it all.
const REPRODUCTION_MAX = 3000;

const field = (name: string, value: string, cls = '') => `<dt>${h(name)}</dt><dd class="${cls}">${value}</dd>`;
const code = (value: unknown) => `<code>${h(clipJson(value))}</code>`;

/** One divergence of the list: what was sent, expected and observed, and how to replay it. */
export function renderDivergence(d: ReportDivergence, index: number, target: string, family: string): string {
  const r = d.reproduce;
  const flags = [
    d.baselined ? '<span class="tag baselined">baselined</span>' : '',
    d.blamedOn === 'spec' ? '<span class="tag spec">spec in doubt, target not blamed</span>' : '',
  ].join('');
  const wire = d.wire
    ? // The body of a JSON wire case is usually the request itself: not shown twice.
      {
        ...d.wire,
        body:
          d.wire.body.kind === 'json' && JSON.stringify(d.wire.body.value) === JSON.stringify(d.request)
            ? { ...d.wire.body, value: '(the request)' }
            : d.wire.body,
      }
    : undefined;
  const replay = `seed ${d.replay.seed} · path ${d.replay.path} · run tag ${d.replay.runTag} · case rule ${d.replay.rule}`;
  return `<article class="divergence" id="div-${index}" data-id="${h(d.id)}" data-kind="${h(d.kind)}" data-rule="${h(d.rule)}" data-family="${h(family)}" data-target="${h(target)}" data-baselined="${d.baselined ? 'true' : 'false'}">
<h3><span class="kind k-${h(d.kind)}">${h(d.kind)}</span> <b>${h(d.rule)}</b> on <b>${h(target)}</b> <span class="muted">${h(d.id)} · ${h(d.call)}</span>${flags}</h3>
${d.baselined && d.baselineReason ? `<p class="baseline-reason"><b>baselined because</b> ${h(d.baselineReason)}</p>` : ''}
<dl>
${field('request', code(d.request), 'json')}
${wire ? field('sent raw', code(wire), 'json') : ''}
${field('expected', code(d.expected), 'json')}
${d.repeats ? field('repeats', h(`${d.repeats} more case${d.repeats === 1 ? '' : 's'} of this rule and kind, not listed (every case is in results.jsonl)`)) : ''}
${field('observed', code(d.observed), 'json')}
${d.explanation ? field('why', h(d.explanation)) : ''}
${d.shrunk ? field(`shrunk (path ${d.shrunk.path})`, code(d.shrunk.request), 'json') : ''}
${field('replay', `<code>${h(r?.command ?? '')}</code> <span class="muted">${h(replay)}</span>`)}
</dl>
${r ? `<details><summary>curl and TypeScript</summary><pre>${h(clip(r.curl, REPRODUCTION_MAX, { codePoints: true }))}</pre><pre>${h(clip(r.typescript, REPRODUCTION_MAX, { codePoints: true }))}</pre></details>` : ''}
</article>`;
}
