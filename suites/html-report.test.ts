// The HTML report opened in Debian's headless chromium: its matrix agrees with report.json, filters work, nothing
// leaves the file, and a screenshot shows what a laptop screen shows.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadSpec } from '../spec/load-spec.ts';
import { openTarget } from '../targets/open-target.ts';
import { runConformance } from '../runner/run-conformance.ts';
import { buildReport } from '../reports/build-report.ts';
import { applyBaseline } from '../reports/baseline.ts';
import type { Report } from '../reports/report.ts';
import { renderHtml } from '../reports/html/render-html.ts';
import { CHROMIUM_AVAILABLE, CHROMIUM_PATH, CHROMIUM_REQUIRED } from './chromium-available.ts';

// Where to keep the screenshot past the run (a CI artifact, say); by default it goes with the run's temporary folder.
const KEEP = process.env.SWFC_SCREENSHOT_DIR;
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** One target's report, from a real run of two families on the mock (only one mock may be open at a time). */
async function reportOf(quirks: string[]): Promise<Report> {
  const spec = loadSpec();
  const target = await openTarget('mock', { quirks });
  try {
    return buildReport(
      spec,
      await runConformance({ spec, target, seed: 20261124, runs: 5, families: ['tag-list', 'lengths'] }),
      '0.0.0',
    );
  } finally {
    await target.close();
  }
}

/** What a cell must say, worked out from report.json alone (not with the renderer's own cell-status.ts). */
function expectedStatus(report: Report, rule: string): string {
  const mine = report.divergences.filter((d) => d.rule === rule);
  if (mine.some((d) => !d.baselined)) return 'diverges';
  if (mine.length) return 'baselined';
  const tally = report.rules.find((r) => r.id === rule);
  if (!tally || !tally.cases || report.notRun.some((n) => n.rule === rule)) return 'not run';
  return report.inconclusive.some((i) => i.rule === rule) ? 'inconclusive' : 'conforms';
}

// The test's TypeScript has no DOM types: in-page code goes as text.
const statuses = (page: Page) =>
  page.evaluate<Array<[string, string, string]>>(
    `Array.from(document.querySelectorAll('td[data-status]')).map((c) => [c.dataset.rule, c.dataset.target, c.dataset.status])`,
  );
const shown = (page: Page, selector: string) =>
  page.evaluate<string[]>(
    `Array.from(document.querySelectorAll(${JSON.stringify(selector)})).filter((e) => e.offsetParent !== null).map((e) => e.dataset.rule)`,
  );

describe('chromium is installed (CI=true requires it)', () => {
  it.runIf(CHROMIUM_REQUIRED)(`finds ${CHROMIUM_PATH}`, () => expect(CHROMIUM_AVAILABLE).toBe(true));
});

// Skipped, with a console warning from chromium-available.ts, only outside CI on a machine without chromium.
describe.runIf(CHROMIUM_AVAILABLE)('the HTML report in headless chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'swfc-html-'));
  const file = join(dir, 'report.html');
  const requests: string[] = [];
  let reports: Report[];
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    reports = [await reportOf([]), await reportOf(['accept-six-tags'])];
    writeFileSync(file, renderHtml(reports));
    for (const [i, r] of reports.entries()) writeFileSync(join(dir, `report-${i}.json`), JSON.stringify(r));
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS });
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.on('request', (r) => requests.push(r.url()));
    await page.route('**', (r) => (r.request().url().startsWith('file:') ? r.continue() : r.abort()));
    await page.goto(pathToFileURL(file).href);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows, for every rule of each report, the status report.json gives it', async () => {
    expect(reports.map((r) => r.target)).toEqual(['mock', 'mock+accept-six-tags']);
    // The matrix has a row for every rule either report has (a rule one run did not reach is not run there).
    const ids = [...new Set(reports.flatMap((r) => r.rules.map((rule) => rule.id)))];
    const expected = reports.flatMap((r) => ids.map((id) => [id, r.target, expectedStatus(r, id)]));
    const cells = await statuses(page);
    expect(cells).toHaveLength(expected.length);
    expect(cells).toEqual(expect.arrayContaining(expected));
    expect(cells.find(([rule, target]) => rule === 'tagList.maxItems' && target === 'mock+accept-six-tags')?.[2]).toBe(
      'diverges',
    );
    expect(cells.filter(([, target]) => target === 'mock').map(([, , s]) => s)).not.toContain('diverges');
    expect(await page.locator('article.divergence').count()).toBe(
      reports[0].divergences.length + reports[1].divergences.length,
    );
    expect(await page.locator('article.divergence').count()).toBeGreaterThan(0);
    // The embedded data is the reports themselves, whatever their requests hold.
    expect(JSON.parse((await page.locator('#report-data').textContent())!)).toEqual(
      JSON.parse(JSON.stringify(reports)),
    );
  });

  it('saves a screenshot of the matrix as a laptop shows it', async () => {
    expect(await page.locator('#matrix').isVisible()).toBe(true);
    expect(await page.locator('td[data-rule="tagList.maxItems"][data-target="mock+accept-six-tags"]').isVisible()).toBe(
      true,
    );
    await page.screenshot({ path: join(dir, 'html-report.png') });
    expect(readFileSync(join(dir, 'html-report.png')).subarray(1, 4).toString()).toBe('PNG');
    if (KEEP) copyFileSync(join(dir, 'html-report.png'), join(KEEP, 'html-report.png'));
  });

  it('filters rows and divergences by family, kind and target', async () => {
    const rules = reports[1].rules;
    const lengths = rules.filter((r) => r.family === 'lengths').map((r) => r.id);
    await page.selectOption('#filter-family', 'lengths');
    expect(await shown(page, 'tr.rule-row')).toEqual(lengths);
    expect(await shown(page, 'article.divergence')).toEqual([]);

    await page.selectOption('#filter-family', '');
    await page.selectOption('#filter-kind', 'accepted-invalid');
    expect(await shown(page, 'tr.rule-row')).toEqual(['tagList.maxItems']);
    expect(await shown(page, 'article.divergence')).toHaveLength(
      reports[1].divergences.filter((d) => d.kind === 'accepted-invalid').length,
    );

    await page.selectOption('#filter-target', 'mock');
    expect(await shown(page, 'tr.rule-row')).toEqual([]);
    expect(await shown(page, 'td[data-status]')).toEqual([]);
    await page.selectOption('#filter-kind', '');
    expect(await shown(page, 'td[data-status]')).toEqual(rules.map((r) => r.id));
    expect(await page.locator('td[data-target="mock+accept-six-tags"]').first().isVisible()).toBe(false);
    expect(await page.locator('#shown-count').textContent()).toBe(
      `${rules.length} of ${rules.length} rules, 0 of ${reports[1].divergences.length} divergences shown`,
    );
    await page.selectOption('#filter-target', '');
  });

  it('asks for nothing outside the file', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
  });
});

// A run judged by a baseline, shrunk: the page opens with the picture, and tells new from baselined and why.
describe.runIf(CHROMIUM_AVAILABLE)('the HTML report of a baselined run in headless chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'swfc-html-baselined-'));
  const REASON = 'accepts a sixth tag (moto#0000, a made-up entry for this test)';
  let report: Report;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const spec = loadSpec();
    const target = await openTarget('mock', { quirks: ['accept-six-tags', 'no-input-limit'] });
    try {
      const result = await runConformance({
        spec,
        target,
        seed: 7,
        runs: 5,
        families: ['tag-list', 'lengths'],
        shrink: true,
      });
      const entries = [
        { rule: 'tagList.maxItems', kind: 'accepted-invalid' as const, target: target.name, reason: REASON },
      ];
      const verdict = applyBaseline({ entries }, target.name, result.divergences, '2026-12-03');
      report = buildReport(spec, result, '0.0.0', { ...verdict, file: 'baseline.json' });
    } finally {
      await target.close();
    }
    writeFileSync(join(dir, 'report.html'), renderHtml([report]));
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS });
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.route('**', (r) => (r.request().url().startsWith('file:') ? r.continue() : r.abort()));
    await page.goto(pathToFileURL(join(dir, 'report.html')).href);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  const cases = (ds: Report['divergences']) => ds.reduce((n, d) => n + 1 + (d.repeats ?? 0), 0);

  it('opens with the summary: new against baselined, and bars by kind and family that add up to report.json', async () => {
    const baselined = report.divergences.filter((d) => d.baselined);
    const fresh = report.divergences.filter((d) => !d.baselined);
    expect([baselined.length, fresh.length].every((n) => n > 0)).toBe(true);
    const headline = page.locator('#summary-headline');
    expect(await headline.isVisible()).toBe(true);
    const box = await headline.boundingBox();
    expect(box!.y + box!.height).toBeLessThan(768);
    expect(await headline.textContent()).toContain(`${cases(fresh)} new · ${cases(baselined)} baselined`);
    const bar = (axis: string, key: string) =>
      page
        .locator(`#chart-${axis} .bar-row[data-${axis}="${key}"]`)
        .evaluate((e) => [e.dataset.new, e.dataset.baselined].map(Number));
    const ofKind = report.divergences.filter((d) => d.kind === 'accepted-invalid');
    expect(await bar('kind', 'accepted-invalid')).toEqual([
      cases(ofKind.filter((d) => !d.baselined)),
      cases(ofKind.filter((d) => d.baselined)),
    ]);
    expect(await bar('family', 'tag-list')).toEqual([0, cases(baselined)]);
    // The bars are drawn: the baselined segment of tag-list has a width on the screen.
    const seg = await page.locator('#chart-family .bar-row[data-family="tag-list"] .seg-baselined').boundingBox();
    expect(seg!.width).toBeGreaterThan(10);
  });

  it('filters new or baselined findings, and gives each baselined one its reason', async () => {
    await page.selectOption('#filter-status', 'baselined');
    const shownIds = () =>
      page.evaluate<string[]>(
        `Array.from(document.querySelectorAll('article.divergence')).filter((e) => e.offsetParent !== null).map((e) => e.dataset.id)`,
      );
    expect(await shownIds()).toEqual(report.divergences.filter((d) => d.baselined).map((d) => d.id));
    expect(await shown(page, 'tr.rule-row')).toEqual(['tagList.maxItems']);
    for (const text of await page.locator('article.divergence:visible .baseline-reason').allTextContents())
      expect(text).toBe(`baselined because ${REASON}`);
    expect(await page.locator('article.divergence:visible .baseline-reason').count()).toBe(
      report.divergences.filter((d) => d.baselined).length,
    );
    await page.selectOption('#filter-status', 'new');
    expect(await shownIds()).toEqual(report.divergences.filter((d) => !d.baselined).map((d) => d.id));
    expect(await page.locator('article.divergence:visible .baseline-reason').count()).toBe(0);
    await page.selectOption('#filter-status', '');
  });

  it('shows the shrunk request of a shrunk divergence', async () => {
    const shrunk = report.divergences.filter((d) => d.shrunk);
    expect(shrunk.length).toBeGreaterThan(0);
    for (const d of shrunk) {
      const article = page.locator(`article.divergence[data-id="${d.id}"]`);
      expect(await article.locator('dt', { hasText: `shrunk (path ${d.shrunk!.path})` }).count()).toBe(1);
    }
  });
});
