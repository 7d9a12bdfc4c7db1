// The built server reports the year-over-year findings when last year's report is in the workspace: found in the same
// folder, or named by fazhiReport.previousReport; and checks again when last year's report changes on disk.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { TestClient } from './client';

const root = resolve(__dirname, '../..');
const serverPath = join(root, 'dist', 'server.js');
const fixtures = join(root, 'test', 'fixtures', 'yoy');
const lastYear = '青川县2024年法治政府建设情况的报告.md';
const thisYear = '青川县2025年法治政府建设情况的报告.md';

const yearCodes = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => String(d.code).startsWith('year/')).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`);
const all = ['7:6 year/plan-forgotten', '13:37 year/change-mismatch', '15:4 year/copied', '23:1 year/copied'];

describe('language server: year over year (dist/server.js)', function () {
  this.timeout(40000);
  let client: TestClient;
  let dir: string;

  before(async () => {
    const build = (await import(pathToFileURL(join(root, 'scripts', 'build.mjs')).href)) as { buildAll(names: string[], o: { quiet: boolean }): Promise<void> };
    await build.buildAll(['server', 'lint-worker'], { quiet: true });
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fazhi-yoy-'));
  });
  afterEach(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function openThisYear(settings?: unknown): Promise<string> {
    client = TestClient.spawnBuilt(serverPath);
    await client.initialize({ rootUri: pathToFileURL(dir).href, settings });
    copyFileSync(join(fixtures, thisYear), join(dir, thisYear));
    const uri = pathToFileURL(join(dir, thisYear)).href;
    client.open(uri, readFileSync(join(fixtures, thisYear), 'utf8'));
    return uri;
  }

  it('reports a wrong 较上年, a copied paragraph and a forgotten plan item when last year\'s report is in the same folder', async () => {
    copyFileSync(join(fixtures, lastYear), join(dir, lastYear));
    const uri = await openThisYear();
    const p = await client.diagnostics(uri, (d) => yearCodes(d).length === all.length, 30000);
    assert.deepEqual(yearCodes(p), all);
    const change = p.diagnostics.find((d) => d.code === 'year/change-mismatch')!;
    assert.match(change.message, /上年报告（青川县2024年法治政府建设情况的报告\.md）第13行为120件/);
    const copied = p.diagnostics.find((d) => d.code === 'year/copied')!;
    assert.equal(copied.relatedInformation?.length, 2, 'related ranges at each copied sentence');
  });

  it('uses fazhiReport.previousReport, relative to the workspace folder', async () => {
    // In another folder: only the setting can name it.
    mkdirSync(join(dir, '上年'));
    copyFileSync(join(fixtures, lastYear), join(dir, '上年', lastYear));
    const uri = await openThisYear({ previousReport: '上年/' + lastYear });
    const p = await client.diagnostics(uri, (d) => yearCodes(d).length === all.length, 30000);
    assert.deepEqual(yearCodes(p), all);
  });

  it('without last year\'s report: no year findings; it appears on disk: checked again with it', async () => {
    const uri = await openThisYear();
    const first = await client.diagnostics(uri);
    assert.deepEqual(yearCodes(first), []);
    writeFileSync(join(dir, lastYear), readFileSync(join(fixtures, lastYear)));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, lastYear)).href, type: 1 }] });
    const p = await client.diagnostics(uri, (d) => yearCodes(d).length === all.length, 30000);
    assert.deepEqual(yearCodes(p), all);
  });
});
