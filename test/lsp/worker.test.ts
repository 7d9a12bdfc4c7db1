// The lint worker seen from the editor: a newer version supersedes a running check, requests answer while a check
// runs, a hanging check is stopped and its worker replaced, .fazhirc.json is read once per folder until the file
// watcher reports a change, and one folder's words never reach another folder's segmentation.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, DocumentSymbol, Hover, MarkupContent, PublishDiagnosticsParams } from 'vscode-languageserver';
import { applyWorkspaceEdit, TestClient } from './client';
import { LintHost } from '../../src/server/lint-host';
import { WORKER_SIGNAL_BYTES } from '../../src/server/lint-protocol';
import { startLintWorker } from '../../src/server/lint-worker-start';
import { LintCancelled } from '../../src/core/lint';
import { allRules } from '../../src/core/rules/index';
import { checkDocument, type EarlyDiagnostics } from '../../src/server/snapshot';

const slowRules = join(__dirname, 'rules', 'slow.ts');

const report = `# 明湖市2023年法治政府建设情况的报告

2023年，我市扎实推进法治政府建设，现将有关情况报告如下。

## 一、主要举措和成效

全年共收到行政复议申请12件，其中受理10件、不予受理3件。

执法检查覆盖全市,成效明显。
`;

const settings = { lint: {}, include: [], exclude: [], debounceMs: 0, problems: [] };
const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => String(d.code));
const versionsOf = (client: TestClient, uri: string) => client.published.filter((p) => p.uri === uri).map((p) => p.version);

describe('language server lint worker', function () {
  this.timeout(30000);
  let client: TestClient;
  afterEach(async () => client?.stop());

  it('a newer version supersedes a running check: the older one is never published, and never after the newer', async () => {
    client = TestClient.inProcess({ rulesModule: slowRules, loadSegmenter: false });
    await client.initialize({ settings: { debounceMs: 0 } });
    const uri = 'file:///ws/slow.md';
    client.open(uri, `${report}慢速检查。\n`);
    await new Promise((r) => setTimeout(r, 300)); // the slow check of version 1 is running now
    const version = client.change(uri, report);
    const latest = await client.diagnostics(uri, (p) => p.version === version);
    assert.deepEqual(codes(latest), ['test/sum', 'test/comma']);
    await new Promise((r) => setTimeout(r, 2500)); // long enough for the first check to have finished
    assert.deepEqual(versionsOf(client, uri), [version], 'version 1 was stopped and never published');
  });

  it('after a long report is checked the warm-up gives way to the next edit, whose diagnostics are those of a fresh check', async () => {
    client = TestClient.inProcess({ loadSegmenter: false });
    await client.initialize({ settings: { debounceMs: 0 } });
    const uri = 'file:///ws/long.md';
    const long = report + '全年共收到行政复议申请12件，其中受理10件、不予受理3件。执法检查覆盖全市,成效明显。\n\n'.repeat(600);
    assert.ok(long.length > 20_000);
    client.open(uri, long);
    await client.diagnostics(uri);
    await new Promise((r) => setTimeout(r, 20)); // the warm-up runs now, on the report itself with a character added
    const edited = long.replace('受理10件', '受理9件');
    const version = client.change(uri, edited);
    const latest = await client.diagnostics(uri, (p) => p.version === version);
    const other = 'file:///ws/fresh.md';
    client.open(other, edited);
    const fresh = await client.diagnostics(other);
    const shape = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character} ${d.message}`);
    assert.deepEqual(shape(latest), shape(fresh));
    assert.ok(latest.diagnostics.length > 0);
  });

  it('a newly opened document is checked before the re-checks a settings change queued for the others', async () => {
    client = TestClient.inProcess({ rulesModule: slowRules, loadSegmenter: false });
    await client.initialize({ settings: { debounceMs: 0 } });
    const slow = ['a', 'b', 'c'].map((n) => `file:///ws/${n}.md`);
    for (const uri of slow) client.open(uri, `${report}慢速检查。\n`);
    for (const uri of slow) await client.diagnostics(uri);
    const before = client.published.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { fazhiReport: { debounceMs: 0 } } });
    await new Promise((r) => setTimeout(r, 300)); // the re-check of the first is running, the others queued
    client.open('file:///ws/new.md', report);
    await client.diagnostics('file:///ws/new.md');
    const after = client.published.slice(before).map((p) => p.uri);
    assert.ok(after.filter((u) => slow.includes(u)).length <= 1, `re-checks published before the new document: ${after.join(', ')}`);
  });

  it('the outline of a document that was no report until now waits for the check of the version asked about', async () => {
    client = TestClient.inProcess({ rulesModule: slowRules, loadSegmenter: false });
    await client.initialize({ settings: { debounceMs: 0 } });
    const uri = 'file:///ws/new-report.md';
    client.open(uri, ''); // 新建年度报告 opens an empty document, then writes the skeleton into it
    await client.diagnostics(uri);
    client.change(uri, `${report}慢速检查。\n`);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.some((s) => s.name === '明湖市2023年法治政府建设情况的报告'), symbols.map((s) => s.name).join(' | '));
  });

  it('hover and outline answer while a long check runs, from the last finished one', async () => {
    client = TestClient.inProcess({ rulesModule: slowRules, loadSegmenter: false });
    await client.initialize({ settings: { debounceMs: 0 } });
    const uri = 'file:///ws/hover.md';
    client.open(uri, report);
    await client.diagnostics(uri);
    // An edit above the figures (a line inserted) that makes the next check take about two seconds.
    const version = client.change(uri, report.replace('2023年，我市', '慢速检查。\n\n2023年，我市'));
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 20 } });
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const elapsed = Date.now() - started;
    assert.ok(!client.published.some((p) => p.version === version), 'the check of the edit is still running');
    assert.ok(elapsed < 1000, `answered in ${elapsed} ms`);
    assert.match((hover.contents as MarkupContent).value, /数字\*\*“10件”：数值 10/);
    assert.equal(hover.range?.start.line, 8, 'the range is in the text as it is now (two lines further down)');
    assert.equal(symbols.find((s) => s.name.startsWith('一、'))?.range.start.line, 6);
    await client.diagnostics(uri, (p) => p.version === version);
  });

  it('a check that hangs is stopped, the worker replaced, the writer told once; the next version is checked', async () => {
    client = TestClient.inProcess({ rulesModule: slowRules, loadSegmenter: false, lintTimeoutMs: 1500 });
    await client.initialize({ settings: { debounceMs: 0 } });
    const uri = 'file:///ws/hang.md';
    client.open(uri, `${report}死循环。\n`);
    const message = await client.waitFor(() => client.shownMessages.find((m) => m.includes('hang.md')), 10000, 'the notice');
    assert.match(message, /检查超过 2 秒未完成，已中止并重启检查线程/);
    const other = 'file:///ws/other.md';
    client.open(other, report);
    assert.deepEqual(codes(await client.diagnostics(other)), ['test/sum', 'test/comma'], 'the new worker checks other documents');
    const version = client.change(uri, report);
    assert.deepEqual(codes(await client.diagnostics(uri, (p) => p.version === version)), ['test/sum', 'test/comma']);
    assert.equal(client.shownMessages.filter((m) => m.includes('hang.md')).length, 1);
  });

  it('.fazhirc.json is read once per folder and again when the file watcher reports a change', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-worker-'));
    try {
      client = TestClient.inProcess({ rulesModule: slowRules, loadSegmenter: false });
      await client.initialize({ settings: { debounceMs: 0 } });
      const uri = pathToFileURL(join(dir, 'report.md')).href;
      client.open(uri, report);
      assert.deepEqual(codes(await client.diagnostics(uri)), ['test/sum', 'test/comma']);
      writeFileSync(join(dir, '.fazhirc.json'), JSON.stringify({ rules: { 'test/comma': 'off' } }));
      const edited = client.change(uri, `${report}\n`);
      assert.deepEqual(codes(await client.diagnostics(uri, (p) => p.version === edited)), ['test/sum', 'test/comma'], 'cached until the watcher speaks');
      const before = client.published.length;
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, '.fazhirc.json')).href, type: 1 }] });
      assert.deepEqual(codes(await client.diagnostics(uri, () => true, 10000, before)), ['test/sum']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("one folder's words never reach another folder's segmentation", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-words-'));
    try {
      mkdirSync(join(dir, 'a'));
      mkdirSync(join(dir, 'b'));
      writeFileSync(join(dir, 'a', '.fazhirc.json'), JSON.stringify({ words: ['明湖市法治办'] }));
      client = TestClient.inProcess({ rulesModule: join(__dirname, 'rules', 'words.ts') });
      await client.initialize({ settings: { debounceMs: 0 } });
      const text = `${report}明湖市法治办牵头开展督察。\n`;
      const [a, b] = ['a', 'b'].map((d) => pathToFileURL(join(dir, d, 'report.md')).href);
      client.open(a, text);
      const withWords = await client.diagnostics(a, (p) => codes(p).includes('test/segmented'), 20000);
      assert.ok(codes(withWords).includes('test/word'), 'folder a keeps its word whole');
      client.open(b, text);
      const without = await client.diagnostics(b, (p) => codes(p).includes('test/segmented'), 20000);
      assert.ok(!codes(without).includes('test/word'), 'folder b is cut without it');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a fix of many places is published without its edits, and computed when chosen (resolve) or asked for', async () => {
    const uri = 'file:///ws/commas.md';
    const text = `${report}${'执法,'.repeat(80)}完成。\n`;
    for (const resolveCodeActions of [true, false]) {
      client = TestClient.inProcess({ rulesModule: join(__dirname, 'rules', 'many.ts'), loadSegmenter: false });
      await client.initialize({ settings: { debounceMs: 0 }, resolveCodeActions });
      client.open(uri, text);
      const published = await client.diagnostics(uri);
      const [diagnostic] = published.diagnostics;
      assert.deepEqual(diagnostic.data, { version: 1, fixes: [{ title: '将全部81处半角逗号改为全角', edits: [], deferred: true }] });
      assert.ok(JSON.stringify(published).length < 2000, 'the publication stays small');
      const ask = () => client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
      const [action] = await ask();
      let edit = action.edit;
      if (resolveCodeActions) {
        assert.equal(edit, undefined, 'no edits until the fix is chosen');
        edit = (await client.request<CodeAction>('codeAction/resolve', action)).edit;
      }
      const fixed = applyWorkspaceEdit(text, edit, uri);
      assert.equal(fixed, text.replace(/,/g, '，'));
      if (resolveCodeActions) {
        // Resolved after the document changed: no edit (the editor then applies nothing).
        client.change(uri, `${text}\n`);
        assert.equal((await client.request<CodeAction>('codeAction/resolve', action)).edit, undefined);
        await client.stop(); // the second client is stopped after the test
      }
    }
  });
});

describe('lint host', function () {
  this.timeout(30000);

  it('checks with the worker started ahead (the launcher\'s), and stops its running check through that worker\'s memory', async () => {
    const started = startLintWorker({ cancel: new SharedArrayBuffer(WORKER_SIGNAL_BYTES), loadSegmenter: false, rulesModule: slowRules });
    const replies: string[] = [];
    started.worker.on('message', (reply: { kind: string }) => replies.push(reply.kind));
    const host = new LintHost({ loadSegmenter: false, timeoutMs: 20000, onSegmenterError: () => undefined, started });
    try {
      const job = (version: number, text: string) => ({ uri: 'file:///ws/ahead.md', version, text, languageId: 'markdown', settings, workspaceFolders: [] });
      // Posted at once: the worker takes it as soon as it has started, and is told to stop it by then.
      const slow = host.check(job(1, `${report}慢速检查。\n`), true);
      const fast = host.check(job(2, report));
      assert.equal((await slow).kind, 'superseded');
      const outcome = await fast;
      assert.ok(outcome.kind === 'snapshot');
      assert.deepEqual(outcome.snapshot.diagnostics.map((d) => String(d.code)), ['test/sum', 'test/comma']);
      assert.deepEqual(replies.filter((kind) => kind !== 'diagnostics'), ['ready', 'cancelled', 'snapshot'], 'both jobs went to the worker started ahead');
    } finally {
      host.dispose();
    }
  });

  it("a check's diagnostics arrive ahead of its snapshot, the same ones", async () => {
    const host = new LintHost({ loadSegmenter: false, timeoutMs: 20000, onSegmenterError: () => undefined });
    try {
      const events: string[] = [];
      let early: EarlyDiagnostics | undefined;
      const outcome = await host.check({ uri: 'file:///ws/early.md', version: 3, text: report, languageId: 'markdown', settings, workspaceFolders: [] }, true, (d) => {
        early = d;
        events.push('diagnostics');
      });
      events.push(outcome.kind);
      assert.deepEqual(events, ['diagnostics', 'snapshot']);
      assert.ok(outcome.kind === 'snapshot');
      assert.equal(early?.version, 3);
      assert.equal(early?.isReport, true);
      assert.ok(early.diagnostics.length > 0);
      assert.deepEqual(early.diagnostics, outcome.snapshot.diagnostics);
    } finally {
      host.dispose();
    }
  });

  it("the rest of a check's snapshot follows once its diagnostics are published, or soon when they never are", async () => {
    const host = new LintHost({ loadSegmenter: false, timeoutMs: 20000, onSegmenterError: () => undefined });
    try {
      const job = (version: number) => ({ uri: 'file:///ws/stalled.md', version, text: report, languageId: 'markdown', settings, workspaceFolders: [] });
      const events: string[] = [];
      const published = await host.check(job(1), true, () => new Promise<void>((resolve) => setTimeout(() => { events.push('published'); resolve(); }, 100)));
      events.push(published.kind);
      assert.deepEqual(events, ['published', 'snapshot']);
      // A client that never takes what is written: the snapshot comes all the same, well inside the time box.
      const stalled = await host.check(job(2), false, () => new Promise<void>(() => undefined));
      assert.equal(stalled.kind, 'snapshot');
    } finally {
      host.dispose();
    }
  });

  it("once a check's diagnostics are out, a newer version drops the rest of its snapshot", () => {
    let newerVersionWaits = false;
    let early: EarlyDiagnostics | undefined;
    const job = { uri: 'file:///ws/typing.md', version: 4, text: report, languageId: 'markdown', settings, workspaceFolders: [] };
    assert.throws(() => checkDocument(job, { rules: allRules, cancelled: () => newerVersionWaits }, (d) => {
      early = d;
      newerVersionWaits = true;
    }), LintCancelled);
    assert.equal(early?.version, 4);
    assert.ok(early.diagnostics.length > 0);
  });

  it("a document's first check keeps its snapshot when a newer version arrives after its diagnostics", async () => {
    const host = new LintHost({ loadSegmenter: false, timeoutMs: 20000, onSegmenterError: () => undefined });
    try {
      const job = (version: number, text: string) => ({ uri: 'file:///ws/typing.md', version, text, languageId: 'markdown', settings, workspaceFolders: [] });
      let newer: ReturnType<LintHost['check']> | undefined;
      const first = await host.check(job(1, report), true, () => {
        newer = host.check(job(2, `${report}\n执法检查覆盖全市,成效明显。\n`));
      });
      assert.ok(first.kind === 'snapshot', 'requests need one finished check to read');
      assert.ok(first.snapshot.symbols.length > 0);
      const latest = await newer!;
      assert.ok(latest.kind === 'snapshot');
      assert.equal(latest.snapshot.version, 2);
    } finally {
      host.dispose();
    }
  });
});
