// The built CLI (dist/cli.js) loads only what a command needs — Word, Excel, OpenCC and the language server are bundles
// of their own, loaded on first use; `export` never loads the segmenter — and its code cache changes no output.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sampleReport, tempDir } from './helpers';

const root = resolve(__dirname, '../..');
const cli = join(root, 'dist', 'cli.js');
const examples = join(root, 'examples');

/** Runs the built CLI with `cacheDir` as its code cache; `loads`: the files of dist/ it required or read. */
function runBuilt(args: string[], cacheDir = '') {
  const record = join(tempDir(), 'loads.json');
  const run = spawnSync(process.execPath, ['--require', join(__dirname, 'record-loads.cjs'), cli, ...args], {
    encoding: 'utf8', env: { ...process.env, FAZHI_REPORT_CACHE_DIR: cacheDir, RECORD_LOADS_FILE: record, NO_COLOR: '1' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, loads: (JSON.parse(readFileSync(record, 'utf8')) as string[]).filter((f) => f !== 'cli.js') };
}

describe('built CLI: lean start and code cache', function () {
  this.timeout(120000);

  before(async () => {
    const build = (await import(pathToFileURL(join(root, 'scripts', 'build.mjs')).href)) as { buildAll(names: string[], o: { quiet: boolean }): Promise<void> };
    await build.buildAll(['cli'], { quiet: true });
  });

  it('check of a text report loads the CLI and the segmenter only; a Word draft or a traditional-script copy loads its reader', () => {
    const dir = tempDir();
    const report = join(dir, 'report.txt');
    copyFileSync(sampleReport, report);
    assert.deepEqual(runBuilt(['check', '--no-config', report]).loads, ['cli-main.js', 'jieba.dict']);
    assert.deepEqual(runBuilt(['check', '--no-config', join(examples, 'sample-report.docx')]).loads, ['cli-main.js', 'docx-reader.js', 'jieba.dict']);
    const traditional = join(dir, 'traditional.txt');
    writeFileSync(traditional, '某市人民政府關於2023年度法治政府建設情況的報告\n\n一、主要舉措和成效\n\n全面推進依法行政，加強規範性文件審查，審議通過11件。\n');
    assert.ok(runBuilt(['check', '--no-config', traditional]).loads.includes('opencc-t2cn.js'));
  });

  it('export loads no segmenter, and the Word writer only for --to docx; --annotate and .xlsx load theirs', () => {
    const dir = tempDir();
    const report = join(examples, 'sample-report-corrected.md');
    const html = runBuilt(['export', report, '--to', 'html', '-o', join(dir, 'r.html')]);
    assert.equal(html.code, 0, html.stderr);
    assert.deepEqual(html.loads, ['cli-main.js']);
    const docx = runBuilt(['export', report, '--to', 'docx', '-o', join(dir, 'r.docx')]);
    assert.equal(docx.code, 0, docx.stderr);
    assert.deepEqual(docx.loads, ['cli-main.js', 'docx-writer.js']);
    const annotated = runBuilt(['check', '--no-config', join(examples, 'sample-report.docx'), '--annotate', '-o', join(dir, 'a.docx')]);
    assert.ok(annotated.loads.includes('docx-annotate.js'), annotated.stderr);
    const xlsx = runBuilt(['summary', '--no-config', '-o', join(dir, 's.xlsx'), sampleReport]);
    assert.equal(xlsx.code, 0, xlsx.stderr);
    assert.ok(xlsx.loads.includes('xlsx-writer.js'));
  });

  it('lsp starts the language server bundle', async () => {
    const child = spawn(process.execPath, [cli, 'lsp', '--stdio'], { env: { ...process.env, FAZHI_REPORT_CACHE_DIR: '' } });
    const message = (body: object) => { const json = JSON.stringify(body); return `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`; };
    let out = '';
    const answered = new Promise<void>((done) => child.stdout.on('data', (chunk: Buffer) => { out += chunk; if (out.includes('"capabilities"')) done(); }));
    child.stdin.write(message({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
    await answered;
    const exited = new Promise<number | null>((done) => child.on('exit', done));
    child.stdin.write(message({ jsonrpc: '2.0', id: 2, method: 'shutdown' }) + message({ jsonrpc: '2.0', method: 'exit' }));
    assert.equal(await exited, 0);
  });

  it('the code cache changes nothing: the same output from no cache, a fresh one, a damaged one and an unwritable directory; a usage error, --help or a batch in threads leaves none', () => {
    const cacheDir = join(tempDir(), 'cache');
    const args = ['check', '--no-config', '--format', 'json', sampleReport];
    const uncached = runBuilt(args);
    assert.equal(runBuilt(['check', '--no-such-option', sampleReport], cacheDir).code, 2);
    assert.equal(existsSync(cacheDir), false, 'a run stopped by a usage error leaves no cache');
    assert.equal(runBuilt(['check', '--help'], cacheDir).code, 0);
    assert.equal(existsSync(cacheDir), false, 'a request for the usage compiles none of the command: it leaves no cache');
    const batch = runBuilt(['check', '--no-config', '--format', 'json', '--jobs', '2', sampleReport, join(dirname(sampleReport), '001_cb69d81650a98de4.txt')], cacheDir);
    assert.ok(batch.code === 0 || batch.code === 1);
    assert.equal(existsSync(cacheDir), false, 'a batch checked in worker threads too leaves no cache (a later check of one report would start slower)');
    const first = runBuilt(args, cacheDir);
    const [cacheFile] = readdirSync(cacheDir);
    assert.match(cacheFile, /^cli-main\.check-.+\.v8$/);
    const second = runBuilt(args, cacheDir);
    const bytes = readFileSync(join(cacheDir, cacheFile));
    bytes[bytes.length >> 1] ^= 0xff;
    writeFileSync(join(cacheDir, cacheFile), bytes);
    const damaged = runBuilt(args, cacheDir);
    const blocker = join(tempDir(), 'a-file');
    writeFileSync(blocker, '');
    const unwritable = runBuilt(args, join(blocker, 'cache'));
    for (const run of [first, second, damaged, unwritable]) {
      assert.deepEqual([run.code, run.stdout, run.stderr], [uncached.code, uncached.stdout, uncached.stderr]);
    }
    assert.ok(JSON.parse(uncached.stdout).files[0].diagnostics.length > 0);
  });
});
