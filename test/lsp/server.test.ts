// The built server (dist/server.js) as an editor runs it: a child process over stdio, the real rules, corpus reports.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, DocumentSymbol, PublishDiagnosticsParams } from 'vscode-languageserver';
import { applyWorkspaceEdit, TestClient } from './client';

const root = resolve(__dirname, '../..');
const serverPath = join(root, 'dist', 'server.js');
const corpus = join(root, 'test', 'fixtures', 'corpus');
const cixi = '000_f822e31e0fec2d8c.txt'; // 慈溪: 411 调委会 parts sum to 410, half-width punctuation, …

function fixesOf(d: Diagnostic): { title: string; preferred?: boolean }[] {
  return (d.data as { fixes: { title: string; preferred?: boolean }[] }).fixes;
}

async function actions(client: TestClient, uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } });
}

async function applyAndRelint(client: TestClient, uri: string, action: CodeAction): Promise<PublishDiagnosticsParams> {
  const version = client.change(uri, applyWorkspaceEdit(client.texts.get(uri)!.text, action.edit, uri));
  return client.diagnostics(uri, (p) => p.version === version);
}

describe('language server over stdio (dist/server.js, real rules)', function () {
  this.timeout(30000);
  let client: TestClient;

  before(async () => {
    // Build the bundle under test (esbuild, ~0.2 s) so the suite never runs a stale server.
    const build = (await import(pathToFileURL(join(root, 'scripts', 'build.mjs')).href)) as { buildAll(names: string[], o: { quiet: boolean }): Promise<void> };
    await build.buildAll(['server', 'lint-worker'], { quiet: true });
  });
  beforeEach(async () => {
    client = TestClient.spawnBuilt(serverPath);
    await client.initialize();
  });
  afterEach(async () => client.stop());

  it('publishes diagnostics for a corpus report soon after start', async () => {
    const started = Date.now();
    const uri = pathToFileURL(join(corpus, cixi)).href;
    client.open(uri, readFileSync(join(corpus, cixi), 'utf8'), 'plaintext');
    const p = await client.diagnostics(uri);
    const elapsed = Date.now() - started;
    assert.ok(elapsed < 3000, `first diagnostics after ${elapsed} ms`);
    assert.equal(p.version, 1);
    assert.ok(p.diagnostics.length > 0);
    assert.ok(p.diagnostics.every((d) => d.source === 'fazhi-report' && typeof d.code === 'string' && d.message.length > 0));
    const sum = p.diagnostics.find((d) => d.code === 'figure/sum');
    assert.ok(sum, 'the 411 vs 410 调委会 sum is reported');
    assert.match(sum.message, /410/);
    assert.ok((sum.relatedInformation ?? []).length > 0, 'related information points at the parts');
  });

  it('a quick fix on a real finding removes it; source.fixAll removes every fixable finding it can', async () => {
    const uri = pathToFileURL(join(corpus, cixi)).href;
    client.open(uri, readFileSync(join(corpus, cixi), 'utf8'), 'plaintext');
    const p = await client.diagnostics(uri);
    const target = p.diagnostics.find((d) => fixesOf(d).some((f) => f.preferred)) ?? p.diagnostics.find((d) => fixesOf(d).length)!;
    const quick = (await actions(client, uri, [target])).find((a) => a.diagnostics?.length && a.title === (fixesOf(target).find((f) => f.preferred) ?? fixesOf(target)[0]).title)!;
    assert.ok(quick, 'the fix is offered as a quick fix');
    const after = await applyAndRelint(client, uri, quick);
    assert.ok(!after.diagnostics.some((d) => d.code === target.code && d.message === target.message &&
      d.range.start.line === target.range.start.line && d.range.start.character === target.range.start.character),
    `${target.code} “${target.message}” is gone`);

    const fixableBefore = after.diagnostics.filter((d) => fixesOf(d).length).length;
    const [fixAll] = await actions(client, uri, [], ['source.fixAll']);
    assert.equal(fixAll.kind, 'source.fixAll.fazhi');
    const fixed = await applyAndRelint(client, uri, fixAll);
    const fixableAfter = fixed.diagnostics.filter((d) => fixesOf(d).length).length;
    assert.ok(fixableAfter < fixableBefore, `fixable findings ${fixableBefore} → ${fixableAfter}`);
  });

  it('outline of a corpus report lists its 一、 sections', async () => {
    const file = '004_7bf61fff27766dcc.txt';
    const uri = pathToFileURL(join(corpus, file)).href;
    client.open(uri, readFileSync(join(corpus, file), 'utf8'), 'plaintext');
    await client.diagnostics(uri);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const sections = symbols.filter((s) => /^[一二三四五六七八九十]+、/.test(s.name));
    assert.ok(sections.length >= 3, symbols.map((s) => s.name).join(' | '));
  });

  it('reads .fazhirc.json above the document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-lsp-'));
    try {
      copyFileSync(join(corpus, cixi), join(dir, 'report.txt'));
      writeFileSync(join(dir, '.fazhirc.json'), JSON.stringify({ rules: { punctuation: 'off', 'figure/sum': 'hint' } }));
      const uri = pathToFileURL(join(dir, 'report.txt')).href;
      client.open(uri, readFileSync(join(dir, 'report.txt'), 'utf8'), 'plaintext');
      const p = await client.diagnostics(uri);
      assert.ok(!p.diagnostics.some((d) => String(d.code).startsWith('punctuation/')));
      assert.deepEqual(p.diagnostics.filter((d) => d.code === 'figure/sum').map((d) => d.severity), [4]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves unrelated Markdown alone and clears diagnostics on close', async () => {
    const readme = 'file:///ws/README.md';
    client.open(readme, '# Project\n\nSome notes, with 1 5 items and (a) list.\n\n一、第一点\n\n三、第三点\n');
    assert.deepEqual((await client.diagnostics(readme)).diagnostics, []);

    const uri = pathToFileURL(join(corpus, cixi)).href;
    client.open(uri, readFileSync(join(corpus, cixi), 'utf8'), 'plaintext');
    await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
    const before = client.published.length;
    client.close(uri);
    assert.deepEqual((await client.diagnostics(uri, () => true, 5000, before)).diagnostics, []);
  });

  it('survives invalid JSON, unknown methods and bad params', async () => {
    const uri = pathToFileURL(join(corpus, cixi)).href;
    client.open(uri, readFileSync(join(corpus, cixi), 'utf8'), 'plaintext');
    await client.diagnostics(uri);
    const garbage = '{"jsonrpc":"2.0","id":99,"method":';
    client.child!.stdin.write(`Content-Length: ${Buffer.byteLength(garbage)}\r\n\r\n${garbage}`);
    await assert.rejects(client.request('fazhi/noSuchMethod', { x: 1 }), /Unhandled method|not found/i);
    assert.equal(await client.request('textDocument/hover', { textDocument: {}, position: 'here' }), null);
    await assert.rejects(client.request('textDocument/codeAction', null), /parameters/);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 5 }, contentChanges: 'x' });
    await client.connection.sendNotification('textDocument/didOpen', {});
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.length > 0, 'still answering');
    assert.equal(client.child!.exitCode, null, 'still running');
  });

  it('exits cleanly on shutdown and exit', async () => {
    const exited = new Promise<number | null>((r) => client.child!.once('exit', (code) => r(code)));
    await client.request('shutdown', null);
    await client.connection.sendNotification('exit');
    assert.equal(await exited, 0);
  });
});

describe("language server: the lint worker's code cache (dist/server.js)", function () {
  this.timeout(90000);

  it('changes no diagnostic: no cache, the first start (which writes it), a start from it, a damaged one, an unwritable directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-lsp-cache-'));
    const cacheDir = join(dir, 'cache');
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, '');
    const uri = pathToFileURL(join(corpus, cixi)).href;
    const text = readFileSync(join(corpus, cixi), 'utf8');
    const caches = () => (existsSync(cacheDir) ? readdirSync(cacheDir).filter((f) => f.endsWith('.v8')) : []);
    /** The first diagnostics of a server started with `cache`; `written`: wait until the worker has stored its cache. */
    const diagnosticsWith = async (cache: string, written = false) => {
      const client = TestClient.spawnBuilt(serverPath, { ...process.env, FAZHI_REPORT_CACHE_DIR: cache });
      try {
        await client.initialize();
        client.open(uri, text, 'plaintext');
        const { diagnostics } = await client.diagnostics(uri);
        if (written) await client.waitFor(() => (caches().length ? true : undefined), 20000, 'the code cache');
        return diagnostics;
      } finally {
        await client.stop();
      }
    };
    try {
      const uncached = await diagnosticsWith('');
      assert.ok(uncached.length > 0);
      assert.deepEqual(await diagnosticsWith(cacheDir, true), uncached);
      const [cacheFile] = caches();
      assert.match(cacheFile, /^lint-worker-main\.lsp-.+\.v8$/);
      assert.deepEqual(await diagnosticsWith(cacheDir), uncached, 'from the cache');
      const bytes = readFileSync(join(cacheDir, cacheFile));
      bytes[bytes.length - 100] ^= 0xff;
      writeFileSync(join(cacheDir, cacheFile), bytes);
      assert.deepEqual(await diagnosticsWith(cacheDir), uncached, 'a damaged cache');
      assert.deepEqual(await diagnosticsWith(join(blocker, 'cache')), uncached, 'an unwritable directory');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
