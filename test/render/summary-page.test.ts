// The folder summary page in a real browser (headless chromium through the test harness): it runs under its own CSP,
// sorts by a clicked column, links each row to its findings, and runs nothing from the reports.
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import type { ReportSummary } from '../../src/core/summary';
import { renderSummaryHtml } from '../../src/render/summary';

const origin = 'https://summary.test';
const harnessModule = '../harness/code-server.mjs';
type LaunchBrowser = (options: { viewport: { width: number; height: number } }) =>
  Promise<{ context: BrowserContext; close(): Promise<void> }>;

function summary(path: string, issuer: string, figureErrors: number, shortcomings: boolean): ReportSummary {
  return {
    path, issuer, year: 2023, docType: '报告', title: `${issuer}关于2023年法治政府建设情况的报告`,
    items: [
      { item: 'measures', present: true, where: ['一、主要举措和成效'] },
      { item: 'shortcomings', present: shortcomings, where: shortcomings ? ['二、存在的不足和原因<img src=x onerror=alert(2)>'] : [] },
      { item: 'leadership', present: true, where: ['段落：落实第一责任人职责'] },
      { item: 'plans', present: true, where: ['四、2024年工作安排'] },
      { item: 'other', present: false, where: [] },
    ],
    date: '2024年2月28日', dateStatus: 'by-march-1', figureErrors, wordingFindings: 0, placeholders: 0,
    counts: { error: figureErrors, warning: 0, information: 0, hint: 0 },
    findings: Array.from({ length: figureErrors }, (_, k) => ({ where: `${k + 3}:5`, severity: 'error' as const, code: 'figure/sum', message: `分项之和与总数不符<script>alert(3)</script>${k}` })),
  };
}

describe('summary page (chromium)', function () {
  this.timeout(60_000);
  let page: Page;
  let close: () => Promise<void>;
  const problems: string[] = [];
  const rowsBy = (column: number) => page.$$eval('#summary tbody tr', (rows, c) => rows.map((r) => (r as HTMLTableRowElement).cells[c].textContent ?? ''), column);

  before(async () => {
    const summaries = [
      summary('乙县.docx', '乙县人民政府', 0, true),
      summary('甲市.md', '甲市人民政府<script>alert(1)</script>', 3, false),
      summary('丙区.txt', '丙区人民政府', 1, true),
    ];
    const html = renderSummaryHtml(summaries, { nonce: 'testnonce123', source: '收到的报告' });
    const { launchBrowser } = (await import(harnessModule)) as { launchBrowser: LaunchBrowser };
    const browser = await launchBrowser({ viewport: { width: 1200, height: 800 } });
    close = () => browser.close();
    page = await browser.context.newPage();
    page.on('dialog', (dialog) => { problems.push(`dialog ${dialog.message()}`); void dialog.dismiss(); });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
    page.on('request', (request) => { if (!request.url().startsWith(`${origin}/index.html`)) problems.push(`request ${request.url()}`); });
    await page.route(`${origin}/**`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto(`${origin}/index.html`);
  });

  after(async () => close?.());

  it('loads under its CSP: styled, no script from the reports, nothing fetched', async () => {
    assert.equal(await page.$eval('.absent', (e) => getComputedStyle(e).fontWeight), '700', 'the nonce-tagged style applies');
    assert.match(await page.textContent('#summary') ?? '', /甲市人民政府<script>alert\(1\)<\/script>/);
    assert.deepEqual(problems, []);
  });

  it('sorts by a clicked column, numbers by value, and back on a second click', async () => {
    const figureErrors = 10;
    await page.click(`#summary th:nth-child(${figureErrors + 1})`);
    assert.deepEqual(await rowsBy(figureErrors), ['0', '1', '3']);
    assert.equal(await page.getAttribute(`#summary th:nth-child(${figureErrors + 1})`, 'aria-sort'), 'ascending');
    await page.click(`#summary th:nth-child(${figureErrors + 1})`);
    assert.deepEqual(await rowsBy(figureErrors), ['3', '1', '0']);
    // ● before ○ descending on an item column; file names in Chinese order.
    await page.click('#summary th:nth-child(6)');
    await page.click('#summary th:nth-child(6)');
    assert.deepEqual((await rowsBy(5)).map((c) => c[0]), ['●', '●', '○']);
    await page.focus('#summary th:nth-child(1)');
    await page.keyboard.press('Enter');
    assert.deepEqual(await rowsBy(0), ['丙区.txt', '甲市.md', '乙县.docx']);
  });

  it('links each report to its findings section', async () => {
    await page.click('#summary a:text("甲市.md")');
    assert.equal(new URL(page.url()).hash, '#report-2');
    assert.equal(await page.$$eval('#report-2 tbody tr', (rows) => rows.length), 3);
    assert.match(await page.textContent('#report-2') ?? '', /分项之和与总数不符<script>alert\(3\)<\/script>0/);
    assert.deepEqual(problems, []);
  });
});
