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
