import { describe, expect, it } from 'vitest';
import { renderSummaryChart } from './render-summary-chart.ts';
import { fakeDivergence, fakeReport } from './fake-report.ts';

const FAMILY: Record<string, string> = { 'tagList.maxItems': 'tag-list', 'domain.maxLength': 'lengths' };
const familyOf = (rule: string) => FAMILY[rule] ?? '';
/** Each bar of a chart as [key, new, baselined], read back from the markup. */
const bars = (html: string, axis: string) =>
  [...html.matchAll(new RegExp(`data-${axis}="([^"]*)" data-new="(\\d+)" data-baselined="(\\d+)"`, 'g'))].map((m) => [
    m[1],
    Number(m[2]),
    Number(m[3]),
  ]);

describe('renderSummaryChart', () => {
  const report = fakeReport('moto', [{ id: 'tagList.maxItems' }, { id: 'domain.maxLength' }], {
    baseline: { file: 'b.json', baselined: 3, new: 2, stale: [], expired: [] },
    divergences: [
      { ...fakeDivergence('tagList.maxItems', 'accepted-invalid', { repeats: 2 }), baselined: true },
      { ...fakeDivergence('domain.maxLength', 'accepted-invalid'), baselined: false },
      { ...fakeDivergence('domain.maxLength', 'wrong-error'), baselined: false },
    ],
  });

  it('counts cases by kind and by family, repeats included, new apart from baselined, largest first', () => {
    const html = renderSummaryChart([report], familyOf);
    expect(bars(html, 'kind')).toEqual([
      ['accepted-invalid', 1, 3],
      ['wrong-error', 1, 0],
    ]);
    expect(bars(html, 'family')).toEqual([
      ['tag-list', 0, 3],
      ['lengths', 2, 0],
    ]);
    expect(html).toMatch(/<b>5<\/b> diverging cases of \d+: .*<b>2<\/b> new · .*<b>3<\/b> baselined<\/p>/);
  });

  it('draws each bar against the largest, and says when nothing diverged or no baseline judged the run', () => {
    const html = renderSummaryChart([report], familyOf);
    expect(html).toContain('class="seg seg-baselined" style="width:75.0%"');
    expect(html).toContain('class="seg seg-new" style="width:25.0%"');
    const clean = renderSummaryChart([fakeReport('mock', [{ id: 'tagList.maxItems' }])], familyOf);
    expect(clean).toContain('No divergences.');
    expect(clean).toContain('no baseline judged this run');
    expect(html).not.toContain('no baseline judged this run');
  });
});
