// The engine behind 检查文件夹中的全部报告 (src/folder-summary.ts, without the editor): the reports directly inside a
// folder, the editor's settings beneath each .fazhirc.json, the shared summary page.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarizeFolder } from '../../src/folder-summary';

const corpus = join(__dirname, '..', 'fixtures', 'corpus');

describe('folder summary (editor command)', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'fazhi-folder-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('summarises the reports directly inside the folder, named relative to it, with progress and the shared page', async () => {
    copyFileSync(join(corpus, '000_f822e31e0fec2d8c.txt'), join(dir, '慈溪.txt'));
    copyFileSync(join(corpus, '004_7bf61fff27766dcc.txt'), join(dir, '海宁.txt'));
    mkdirSync(join(dir, 'sub'));
    copyFileSync(join(corpus, '001_cb69d81650a98de4.txt'), join(dir, 'sub', '商洛.txt'));
    const seen: string[] = [];
    const summary = await summarizeFolder(dir, {}, '“x”中的报告汇总', { progress: (k, path, total) => { seen.push(`${k}/${total}`); } });
    assert.ok(summary);
    assert.equal(summary.reports, 2);
    assert.deepEqual(summary.troubles, []);
    assert.deepEqual(seen, ['0/2', '1/2']);
    assert.match(summary.html, /<a href="#report-1">慈溪\.txt<\/a>/);
    assert.match(summary.html, /<title>“x”中的报告汇总<\/title>/);
    assert.match(summary.html, /Content-Security-Policy" content="default-src 'none'; style-src 'nonce-/);
    assert.doesNotMatch(summary.html, /商洛/, 'not the subfolder');
  });

  it('applies the editor settings, and a .fazhirc.json in the folder over them', async () => {
    copyFileSync(join(corpus, '000_f822e31e0fec2d8c.txt'), join(dir, '慈溪.txt'));
    const figureErrors = (html: string) => Number(/<td class="num" data-sort="(\d+)">\d+<\/td>(?:<td class="num"[^>]*>\d+<\/td>){3}<\/tr>/.exec(html)![1]);
    assert.equal(figureErrors((await summarizeFolder(dir, {}, 't', {}))!.html), 2);
    assert.equal(figureErrors((await summarizeFolder(dir, { rules: { figure: 'off' } }, 't', {}))!.html), 0);
    writeFileSync(join(dir, '.fazhirc.json'), JSON.stringify({ rules: { figure: 'on' } }));
    assert.equal(figureErrors((await summarizeFolder(dir, { rules: { figure: 'off' } }, 't', {}))!.html), 2);
  });

  it('stops between reports when cancelled, and is undefined for a folder without reports', async () => {
    copyFileSync(join(corpus, '000_f822e31e0fec2d8c.txt'), join(dir, 'a.txt'));
    copyFileSync(join(corpus, '004_7bf61fff27766dcc.txt'), join(dir, 'b.txt'));
    let calls = 0;
    const summary = await summarizeFolder(dir, {}, 't', { cancelled: () => calls++ > 0 });
    assert.equal((summary!.html.match(/<section id=/g) ?? []).length, 1);
    const empty = mkdtempSync(join(tmpdir(), 'fazhi-folder-empty-'));
    try {
      assert.equal(await summarizeFolder(empty, {}, 't', {}), undefined);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
