import { describe, expect, it } from 'vitest';
import { renderHtml } from './render-html.ts';
import { fakeDivergence, fakeReport, fakeSoftFinding } from './fake-report.ts';

const DATA = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/;
const withoutData = (html: string) => html.replace(DATA, '');
const attr = (html: string, name: string) => [...html.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((m) => m[1]);

const mock = fakeReport('mock', [{ id: 'tagList.maxItems' }, { id: 'domain.maxLength', family: 'lengths' }]);
const quirky = fakeReport('mock+accept-six-tags', [{ id: 'tagList.maxItems' }, { id: 'tagList.member.maxLength' }], {
  divergences: [fakeDivergence('tagList.maxItems', 'accepted-invalid')],
});

describe('renderHtml', () => {
  it('has one row per rule of any report and one column per target', () => {
    const html = renderHtml([mock, quirky]);
    expect(attr(html, 'class="rule-row" id="row-\\d+" data-rule')).toEqual([
      'tagList.maxItems',
      'domain.maxLength',
      'tagList.member.maxLength',
    ]);
    expect(html.match(/<th class="col"/g)).toHaveLength(2);
    expect(attr(html, 'data-status')).toEqual(['conforms', 'diverges', 'conforms', 'not run', 'not run', 'conforms']);
    expect(attr(html, 'td class="col[^"]*" data-rule="[^"]*" data-target')).toEqual([
      'mock',
      'mock+accept-six-tags',
      'mock',
      'mock+accept-six-tags',
      'mock',
      'mock+accept-six-tags',
    ]);
    expect(html.match(/<article class="divergence"/g)).toHaveLength(1);
    const single = renderHtml([mock]);
    expect(single.match(/<th class="col"/g)).toHaveLength(1);
    expect(single.match(/<tr class="rule-row"/g)).toHaveLength(2);
  });

  it('counts divergences with their repeats, and says how many are listed', () => {
    const folded = fakeReport('moto', [{ id: 'tagList.maxItems' }], {
      divergences: [fakeDivergence('tagList.maxItems', 'accepted-invalid', { repeats: 24 })],
    });
    const html = withoutData(renderHtml([folded]));
    expect(html).toContain('25 divergences (1 listed)');
    expect(html).toContain('<option value="accepted-invalid">accepted-invalid (25)</option>');
    expect(html).toContain('<h2>Divergences (25, 1 listed)</h2>');
  });

  it('loads nothing from outside the file', () => {
    const html = renderHtml([mock, quirky]);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
    for (const outside of ['src=', 'href=', '@import', 'url(', 'http://', 'https://', '<link', '<iframe', '<img'])
      expect(html, outside).not.toContain(outside);
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  it('escapes every text and keeps the embedded data intact', () => {
    const hostile = '</script><script>alert(1)</script><i onclick="x">\'&amp;" 🾷\u2028\u0004';
    const report = fakeReport('<i onclick="t">', [{ id: 'tagList.maxItems' }], {
      divergences: [
        fakeDivergence('tagList.maxItems', 'accepted-invalid', {
          request: { workflowId: hostile, tagList: [hostile] },
          observed: { ok: false, code: 'X', message: hostile },
          reproduce: { command: hostile, curl: hostile, typescript: hostile },
        }),
      ],
    });
    const html = renderHtml([report]);
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toContain('<i onclick');
    expect(html).not.toContain('alert(1)</script>');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)');
    expect(DATA.exec(html)![1]).not.toContain('<');
    expect(JSON.parse(DATA.exec(html)![1])).toEqual([report]);
  });

  it('clips long values in the view but keeps them whole in the data', () => {
    const input = 'x'.repeat(32_768);
    const report = fakeReport('mock', [{ id: 'input.maxLength', family: 'lengths' }], {
      divergences: [
        fakeDivergence('input.maxLength', 'accepted-invalid', {
          request: { input },
          reproduce: { command: 'replay', curl: input, typescript: input },
        }),
      ],
    });
    const html = renderHtml([report]);
    expect(withoutData(html)).not.toContain('x'.repeat(3001));
    expect(withoutData(html)).toContain('(32768 chars)');
    expect(JSON.parse(DATA.exec(html)![1])[0].divergences[0].request.input).toBe(input);
  });

  it('lists soft findings apart, counted with their repeats, beside the cell status they leave alone', () => {
    const soft = fakeReport('mock', [{ id: 'domain.maxLength', family: 'lengths' }, { id: 'tagList.maxItems' }], {
      softFindings: [fakeSoftFinding('domain.maxLength', 'UnknownResourceFault', { repeats: 2 })],
    });
    const html = withoutData(renderHtml([soft]));
    expect(html).toContain('0 divergences (0 listed) · 3 soft findings (not divergences)');
    expect(html).toContain('<h2>Soft findings (3, 1 listed)</h2>');
    expect(html).toMatch(
      /<td class="col st st-conforms" data-rule="domain.maxLength" data-target="mock" data-status="conforms" data-kinds="" data-soft="3" data-first="soft-0">✓ conforms · 3 soft<\/td>/,
    );
    expect(html).toMatch(
      /<article class="soft" id="soft-0" data-rule="domain.maxLength" data-family="lengths" data-target="mock" data-code="UnknownResourceFault">/,
    );
    expect(html).toContain('UnknownResourceFault (400) where ValidationException is likely');
    expect(html).toContain('2 more cases of this rule answered UnknownResourceFault, not listed');
    expect(html).not.toContain('<article class="divergence"');
    expect(withoutData(renderHtml([mock]))).toContain('<h2>Soft findings (0, 0 listed)</h2>');
  });
});
