// The server's LSP features, run in this process over JSON-RPC streams with small test rules, so every behaviour
// (fixes, related locations, segmenter pass, failures) is exercised regardless of which real rules exist.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CodeAction, CompletionItem, Diagnostic, DocumentSymbol, FoldingRange, Hover, MarkupContent, PublishDiagnosticsParams,
} from 'vscode-languageserver';
import { figuresRequest, type FiguresReply } from '../../src/server/figures-protocol';
import { applyWorkspaceEdit, TestClient } from './client';

const rules = join(__dirname, 'rules', 'basic.ts');

const report = [
  '# 明湖市2023年法治政府建设情况的报告',
  '',
  '市人民政府：',
  '',
  '2023年，我市扎实推进法治政府建设，现将有关情况报告如下。',
  '',
  '## 一、主要举措和成效',
  '',
  '### （一）行政复议',
  '',
  '全年共收到行政复议申请12件，其中受理10件、不予受理3件。',
  '',
  '### （二）行政执法',
  '',
  '执法检查覆盖全市,成效明显,群众满意。',
  '',
  '## 二、存在的不足和原因',
  '',
  '队伍力量不足。',
  '',
  '明湖市人民政府',
  '',
  '2024年2月28日',
  '',
].join('\n');

const uri = 'file:///virtual/mh-report.md';

function codes(p: PublishDiagnosticsParams): string[] {
  return p.diagnostics.map((d) => String(d.code));
}

async function codeActions(client: TestClient, docUri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: docUri }, range, context: { diagnostics, only } });
}

/** Applies an action's edit as the editor would, sends the change, and returns the next publication. */
async function applyAction(client: TestClient, docUri: string, action: CodeAction): Promise<PublishDiagnosticsParams> {
  const next = applyWorkspaceEdit(client.texts.get(docUri)!.text, action.edit, docUri);
  const version = client.change(docUri, next);
  return client.diagnostics(docUri, (p) => p.version === version);
}

describe('language server features (in process, test rules)', function () {
  let client: TestClient;

  beforeEach(async () => {
    client = TestClient.inProcess({ rulesModule: rules, loadSegmenter: false });
    await client.initialize();
  });
  afterEach(async () => client.stop());

  it('initialize announces the features', async () => {
    const fresh = TestClient.inProcess({ rulesModule: rules, loadSegmenter: false });
    const result = await fresh.initialize();
    const caps = result.capabilities;
    assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll', 'source.fixAll.fazhi']);
    assert.ok(caps.documentSymbolProvider && caps.foldingRangeProvider && caps.hoverProvider && caps.completionProvider);
    await fresh.stop();
  });

  it('didOpen publishes diagnostics with code, source, severity, version, related information and fixes', async () => {
    client.open(uri, report);
    const p = await client.diagnostics(uri);
    assert.equal(p.version, 1);
    assert.deepEqual(codes(p).sort(), ['test/comma', 'test/comma', 'test/sum']);
    const sum = p.diagnostics.find((d) => d.code === 'test/sum')!;
    assert.equal(sum.source, 'fazhi-report');
    assert.equal(sum.severity, 1);
    assert.equal(sum.message, '10+3 = 13，与总数12不符');
    assert.deepEqual(sum.range, { start: { line: 10, character: 11 }, end: { line: 10, character: 13 } });
    assert.deepEqual(sum.relatedInformation?.map((r) => [r.message, r.location.uri, r.location.range.start.character]), [['分项10', uri, 19], ['分项3', uri, 27]]);
    assert.equal((sum.data as { fixes: unknown[] }).fixes.length, 1);
    // The broken rule is skipped and logged; the others still report.
    await client.waitFor(() => client.logs.find((l) => l.includes('test/broken') && l.includes('boom')), 2000, 'log of the broken rule');
  });

  it('debounces edits and publishes only the latest version', async () => {
    client.open(uri, report);
    await client.diagnostics(uri);
    const before = client.published.length;
    client.change(uri, report.replace('覆盖全市,', '覆盖全市，'));
    client.change(uri, report.replace(/,/g, '，'));
    const last = client.change(uri, report.replace(/,/g, '，').replace('共收到行政复议申请12件', '共收到行政复议申请13件'));
    const p = await client.diagnostics(uri, (x) => x.version === last, 5000, before);
    assert.deepEqual(codes(p), []);
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(client.published.slice(before).map((x) => x.version), [last], 'intermediate versions are never published');
  });

  it('a quick fix applied to the text removes its finding', async () => {
    client.open(uri, report);
    const p = await client.diagnostics(uri);
    const sum = p.diagnostics.find((d) => d.code === 'test/sum')!;
    const actions = await codeActions(client, uri, [sum]);
    assert.deepEqual(actions.map((a) => a.title), ['将总数改为13', '在此行忽略“test/sum”', '在本文件中忽略“test/sum”']);
    const after = await applyAction(client, uri, actions[0]);
    assert.ok(client.texts.get(uri)!.text.includes('共收到行政复议申请13件'));
    assert.deepEqual(codes(after).sort(), ['test/comma', 'test/comma']);
  });

  it('offers the preferred fix first, and "fix all of this kind" fixes every finding of that code, then says so', async () => {
    client.open(uri, report);
    const p = await client.diagnostics(uri);
    const comma = p.diagnostics.find((d) => d.code === 'test/comma')!;
    const actions = await codeActions(client, uri, [comma]);
    assert.equal(actions[0].isPreferred, true);
    const all = actions.find((a) => a.title.startsWith('修复本文档中全部“test/comma”'))!;
    assert.match(all.title, /（2 处）/);
    const after = await applyAction(client, uri, all);
    assert.deepEqual(codes(after), ['test/sum']);
    assert.ok(client.texts.get(uri)!.text.includes('执法检查覆盖全市，成效明显，群众满意。'));
    assert.equal(all.command?.command, 'fazhiReport.server.fixSummary');
    await client.request('workspace/executeCommand', { command: all.command!.command, arguments: all.command!.arguments });
    assert.deepEqual(client.shownMessages, ['已修复 2 处：test/comma 2']);
  });

  it('never offers to fix a figure in bulk: no "fix all" for choice fixes', async () => {
    const twoSums = report.replace('队伍力量不足。', '共办理案件9件，其中行政处罚4件、行政许可4件。');
    client.open(uri, twoSums);
    const p = await client.diagnostics(uri);
    const sums = p.diagnostics.filter((d) => d.code === 'test/sum');
    assert.equal(sums.length, 2);
    const titles = (await codeActions(client, uri, [sums[0]])).map((a) => a.title);
    assert.ok(!titles.some((t) => t.startsWith('修复本文档中全部')), titles.join('|'));
  });

  it('source.fixAll.fazhi (fix on save) and the fix-all command apply the certain fixes only, never a figure', async () => {
    client.open(uri, report);
    await client.diagnostics(uri);
    for (const only of [['source.fixAll'], ['source.fixAll.fazhi'], ['source']]) {
      const actions = await codeActions(client, uri, [], only);
      assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.fazhi'], `only=${only}`);
    }
    assert.deepEqual(await codeActions(client, uri, []), [], 'source actions only when asked for');
    const [fixAll] = await codeActions(client, uri, [], ['source.fixAll']);
    assert.match(fixAll.title, /2 处/);
    assert.equal(fixAll.command, undefined, 'fix on save says nothing');
    const after = await applyAction(client, uri, fixAll);
    assert.deepEqual(codes(after), ['test/sum'], 'the figure is left for the writer');
    assert.ok(client.texts.get(uri)!.text.includes('申请12件'));
    const [again] = [...await codeActions(client, uri, [], ['source.fixAll'])];
    assert.equal(again, undefined, 'a second fix-all has nothing left to do');

    const second = 'file:///virtual/second.md';
    client.open(second, report);
    await client.diagnostics(second);
    const answer = await client.request<{ summary: string }>('workspace/executeCommand', { command: 'fazhiReport.server.fixAll', arguments: [second] });
    const applied = await client.waitFor(() => client.appliedEdits[0], 2000, 'workspace/applyEdit');
    assert.equal(applied.label, '修复全部');
    assert.equal(answer.summary, '已修复 2 处：test/comma 2');
    const fixed = applyWorkspaceEdit(report, applied.edit, second);
    assert.ok(fixed.includes('申请12件') && !fixed.includes(','));
  });

  it('with codeAction/resolve, fix-all edits are computed only when chosen, for the version offered', async () => {
    const resolving = TestClient.inProcess({ rulesModule: rules, loadSegmenter: false });
    await resolving.initialize({ resolveCodeActions: true });
    try {
      resolving.open(uri, report);
      await resolving.diagnostics(uri);
      const [fixAll] = await codeActions(resolving, uri, [], ['source.fixAll']);
      assert.equal(fixAll.edit, undefined, 'no edit before resolve');
      const resolved = await resolving.request<CodeAction>('codeAction/resolve', fixAll);
      assert.ok(!applyWorkspaceEdit(report, resolved.edit, uri).includes(','));
      const version = resolving.change(uri, report.replace('队伍力量不足。', '队伍力量严重不足。'));
      await resolving.diagnostics(uri, (x) => x.version === version);
      const stale = await resolving.request<CodeAction>('codeAction/resolve', fixAll);
      assert.equal(stale.edit, undefined, 'an action of an older version resolves to nothing');
    } finally {
      await resolving.stop();
    }
  });

  it('ignore actions write disable comments the engine honours', async () => {
    const text = report.replace('队伍力量不足。', '队伍力量不足,培训不够。');
    client.open(uri, text);
    const p = await client.diagnostics(uri);
    const [first] = p.diagnostics.filter((d) => d.code === 'test/comma');
    const lineAction = (await codeActions(client, uri, [first])).find((a) => a.title === '在此行忽略“test/comma”')!;
    const afterLine = await applyAction(client, uri, lineAction);
    assert.ok(client.texts.get(uri)!.text.includes('<!-- fazhi-disable-next-line test/comma -->\n执法检查覆盖全市,'));
    assert.deepEqual(codes(afterLine).sort(), ['test/comma', 'test/sum'], 'the other line still reports');

    const remaining = afterLine.diagnostics.find((d) => d.code === 'test/comma')!;
    const fileAction = (await codeActions(client, uri, [remaining])).find((a) => a.title === '在本文件中忽略“test/comma”')!;
    const afterFile = await applyAction(client, uri, fileAction);
    assert.ok(client.texts.get(uri)!.text.startsWith('<!-- fazhi-disable test/comma -->\n# 明湖市'));
    assert.deepEqual(codes(afterFile), ['test/sum']);
  });

  it('in a plain-text report, "ignore here" adds {code, text} to .fazhirc.json (no comment in the text), and the engine honours it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-lsp-ignore-'));
    try {
      const txtUri = pathToFileURL(join(dir, '报告.txt')).href;
      const text = report.replace(/#+ /g, '').replace('队伍力量不足。', '队伍力量不足,培训不够。');
      client.open(txtUri, text, 'plaintext');
      const p = await client.diagnostics(txtUri);
      const [first] = p.diagnostics.filter((d) => d.code === 'test/comma');
      const actions = await codeActions(client, txtUri, [first]);
      assert.deepEqual(actions.filter((a) => a.title.includes('忽略')).map((a) => a.title), ['在此处忽略“test/comma”（记入 .fazhirc.json（新建））']);
      const edit = actions.find((a) => a.title.startsWith('在此处忽略'))!.edit!;
      const configUri = pathToFileURL(join(dir, '.fazhirc.json')).href;
      const changes = edit.documentChanges as { kind?: string; uri?: string; textDocument?: { uri: string }; edits?: { newText: string }[] }[];
      assert.deepEqual(changes[0], { kind: 'create', uri: configUri, options: { ignoreIfExists: true } });
      assert.equal(changes[1].textDocument!.uri, configUri);
      const written = JSON.parse(changes[1].edits![0].newText) as { ignore: { code: string; text: string }[] };
      assert.equal(written.ignore.length, 1);
      assert.equal(written.ignore[0].code, 'test/comma');
      assert.ok(text.includes(written.ignore[0].text) && written.ignore[0].text.includes(','), written.ignore[0].text);
      // The editor writes the file; the watcher tells the server, which re-reads it.
      writeFileSync(join(dir, '.fazhirc.json'), changes[1].edits![0].newText);
      const before = p.diagnostics.filter((d) => d.code === 'test/comma').length;
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 1 }] });
      const latest = () => client.published.filter((x) => x.uri === txtUri).at(-1)!;
      // Every test/comma inside the quoted text goes (like 在此行忽略 for the whole line); the others stay.
      await client.waitFor(() => (latest().diagnostics.filter((d) => d.code === 'test/comma').length < before) || undefined, 5000, 'the ignored finding to go');
      assert.ok(latest().diagnostics.some((d) => d.code === 'test/comma'), 'a comma elsewhere still reports');
      assert.deepEqual(latest().diagnostics.filter((d) => d.range.start.line === first.range.start.line && d.code === 'test/comma'), []);
      // An existing file is edited in place, keeping what it had.
      const again = latest().diagnostics.find((d) => d.code === 'test/comma')!;
      const second = (await codeActions(client, txtUri, [again])).find((a) => a.title.startsWith('在此处忽略'))!;
      assert.equal(second.title, '在此处忽略“test/comma”（记入 .fazhirc.json）');
      const secondChanges = second.edit!.documentChanges as { textDocument?: { uri: string }; edits?: { newText: string }[] }[];
      assert.equal(secondChanges.length, 1);
      assert.equal((JSON.parse(secondChanges[0].edits![0].newText) as { ignore: unknown[] }).ignore.length, 2);
      // A config file that is not JSON is never rewritten: no action.
      writeFileSync(join(dir, '.fazhirc.json'), '{ not json');
      assert.deepEqual((await codeActions(client, txtUri, [again])).filter((a) => a.title.startsWith('在此处忽略')), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the file-level ignore goes after front matter', async () => {
    const text = `---\nfazhi: true\n---\n${report}`;
    client.open(uri, text);
    const p = await client.diagnostics(uri);
    const action = (await codeActions(client, uri, [p.diagnostics[0]])).find((a) => a.title.startsWith('在本文件中忽略'))!;
    const next = applyWorkspaceEdit(text, action.edit, uri);
    assert.ok(next.startsWith('---\nfazhi: true\n---\n<!-- fazhi-disable '));
  });

  it('offers no quick fix from a diagnostic of an older version', async () => {
    client.open(uri, report);
    const p = await client.diagnostics(uri);
    const sum = p.diagnostics.find((d) => d.code === 'test/sum')!;
    const version = client.change(uri, report.replace('队伍力量不足。', '队伍力量严重不足。'));
    await client.diagnostics(uri, (x) => x.version === version);
    const titles = (await codeActions(client, uri, [sum])).map((a) => a.title);
    assert.ok(!titles.includes('将总数改为13'), titles.join('|'));
  });

  it('outline and folding follow the 层次序数 tree', async () => {
    client.open(uri, report);
    await client.diagnostics(uri);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const tree = (s: DocumentSymbol): unknown => (s.children?.length ? { [s.name]: s.children.map(tree) } : s.name);
    assert.deepEqual(symbols.map(tree), [
      '明湖市2023年法治政府建设情况的报告',
      { '一、主要举措和成效': ['（一）行政复议', '（二）行政执法'] },
      '二、存在的不足和原因',
      '落款：明湖市人民政府 2024年2月28日',
    ]);
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(folds.map((f) => [f.startLine, f.endLine]), [[6, 14], [8, 10], [12, 14], [16, 18]]);
  });

  it('outline lists the 附件说明 between the sections and the 落款, and the attachments after it', async () => {
    const withNote = report.replace('\n明湖市人民政府', '\n附件：1.行政复议案件统计表\n2.行政执法数据统计表\n\n明湖市人民政府');
    assert.notEqual(withNote, report);
    client.open(uri, withNote);
    await client.diagnostics(uri);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.slice(-2).map((s) => s.name), ['附件：1.行政复议案件统计表 2.行政执法数据统计表', '落款：明湖市人民政府 2024年2月28日']);
    const appended = `${withNote.trimEnd()}\n\n附件1\n\n行政复议案件统计表\n\n全年受理218件。\n\n附件2\n\n行政执法数据统计表\n\n全年办理1200件。\n`;
    client.change(uri, appended);
    const p = await client.diagnostics(uri, (x) => x.version === 2);
    assert.ok(!p.diagnostics.some((d) => d.code === 'meta/signature-missing'));
    const after = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(after.slice(-3).map((s) => s.name), ['落款：明湖市人民政府 2024年2月28日', '附件1 行政复议案件统计表', '附件2 行政执法数据统计表']);
  });

  it('outline also works for one-line pasted text', async () => {
    const oneLine = '明湖市2023年法治政府建设情况的报告 2023年，我市推进法治政府建设。 一、主要举措 （一）复议工作 开展复议。 （二）执法工作 开展执法。 二、存在不足 不足较多。'.repeat(1);
    const plainUri = 'file:///virtual/pasted.txt';
    client.open(plainUri, oneLine.padEnd(700, '。'), 'plaintext');
    await client.diagnostics(plainUri);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: plainUri } });
    for (const s of symbols) {
      assert.ok(s.name.length > 0);
      assert.equal(s.range.start.line, 0);
    }
  });

  it('hover on a figure shows how the number was read and the findings elsewhere it takes part in, not the one at the cursor', async () => {
    client.open(uri, report);
    await client.diagnostics(uri);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 10, character: 20 } });
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /10\+3 = 13，与总数12不符/);
    assert.match(value, /此处：分项10/);
    assert.match(value, /数字\*\*“10件”：数值 10；单位“件”/);
    const nothing = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 10, character: 2 } });
    assert.equal(nothing, null);
    // On the total itself the editor already shows the diagnostic in the same popup: only how the number was read.
    const onTotal = (await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 10, character: 12 } })).contents as MarkupContent;
    assert.match(onTotal.value, /数字\*\*“12件”：数值 12/);
    assert.doesNotMatch(onTotal.value, /与总数12不符/);
  });

  it('after an edit, hover, the figures view and the tokens read that edit\'s check (its models passed column by column)', async () => {
    const plainUri = 'file:///ws/edited.txt';
    const plain = report.replace(/#+ /g, '');
    client.open(plainUri, plain, 'plaintext');
    await client.diagnostics(plainUri);
    // Asked at once, before the edit's check: the last check, mapped onto the text as it is now.
    const version = client.change(plainUri, plain.replace('受理10件', '受理11件'));
    const before = await client.request<Hover>('textDocument/hover', { textDocument: { uri: plainUri }, position: { line: 10, character: 12 } });
    assert.match((before.contents as MarkupContent).value, /数字\*\*“12件”：数值 12/);
    await client.diagnostics(plainUri, (p) => p.version === version);
    // The figures view waits for the snapshot of the diagnostics shown; hover and tokens then read it too.
    const figures = await client.request<FiguresReply>(figuresRequest, { uri: plainUri });
    assert.equal(figures.version, version);
    const eleven = figures.sections.flatMap((s) => s.figures).find((f) => f.text === '11件');
    assert.deepEqual([eleven?.value, eleven?.unit, eleven?.range.start.line], [11, '件', 10]);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: plainUri }, position: { line: 10, character: 20 } });
    assert.match((hover.contents as MarkupContent).value, /数字\*\*“11件”：数值 11；单位“件”/);
    const { data } = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: plainUri } });
    const starts: string[] = [];
    for (let i = 0, line = 0, char = 0; i < data.length; i += 5) {
      line += data[i];
      char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
      starts.push(`${line}:${char}:${data[i + 2]}`);
    }
    assert.ok(starts.includes(`10:${plain.split('\n')[10].indexOf('10件')}:2`), starts.join(' '));
  });

  it('offers the fz-… snippets while "fz-" is typed at the start of a line, also in a new empty file', async () => {
    const typed = async (uri: string, text: string, languageId: string, character: number, triggerCharacter: string) => {
      client.open(uri, text, languageId);
      return client.request<CompletionItem[]>('textDocument/completion', {
        textDocument: { uri }, position: { line: 0, character }, context: { triggerKind: 2, triggerCharacter },
      });
    };
    const items = await typed('file:///ws/new.md', 'fz-', 'markdown', 3, '-');
    assert.ok(items.length >= 8);
    const report = items.find((i) => i.label === 'fz-report');
    assert.ok(report, 'fz-report');
    assert.equal(report.insertTextFormat, 2);
    assert.deepEqual((report.textEdit as { range: unknown }).range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
    assert.match((report.textEdit as { newText: string }).newText, /^# \$\{1:/);
    assert.ok(items.some((i) => i.label === 'fz-level2'));
    const plain = await typed('file:///ws/new.txt', 'fz-', 'plaintext', 3, '-');
    assert.doesNotMatch((plain.find((i) => i.label === 'fz-report')!.textEdit as { newText: string }).newText, /^#/, 'no Markdown marks in .txt');
    assert.deepEqual(await typed('file:///ws/mid.md', '依法行政fz-', 'markdown', 7, '-'), [], 'only at the start of a line');
    assert.deepEqual(await typed('file:///ws/list.md', '- ', 'markdown', 1, '-'), [], 'a list item is not a snippet prefix');
    assert.deepEqual(await typed('file:///ws/a.js', 'fz-', 'javascript', 3, '-'), []);
  });

  it('completes the next 层次序数 at the start of a line', async () => {
    const text = report.replace('执法检查覆盖全市,成效明显,群众满意。', '执法检查覆盖全市,成效明显,群众满意。\n\n');
    client.open(uri, text);
    await client.diagnostics(uri);
    const labels = async (line: number, character: number) =>
      (await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line, character } })).map((i) => i.label);
    assert.deepEqual(await labels(15, 0), ['（三）', '1.', '二、',
      '补写必备内容：上一年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      '补写必备内容：下一年度推进法治政府建设的主要安排',
      '补写可选内容：其他需要报告的情况']);
    const all = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 15, character: 0 } });
    const plans = all.find((i) => i.label.endsWith('主要安排'))!;
    assert.equal(plans.insertTextFormat, 2);
    assert.match((plans.textEdit as { newText: string }).newText, /^## 二、\$\{3:2024\}年推进法治政府建设的主要安排\n\n\$\{\d+:【请填写本部分内容】\}/);
    assert.deepEqual(await labels(2, 0), ['一、']);
    assert.deepEqual(await labels(14, 4), [], 'not in the middle of a sentence');
    // A typed "（" is replaced by the whole marker.
    const typed = text.split('\n').map((l, i) => (i === 15 ? '（' : l)).join('\n');
    client.change(uri, typed);
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 15, character: 1 } });
    const edit = items[0].textEdit as { range: { start: { character: number }; end: { character: number } }; newText: string };
    assert.deepEqual([edit.range.start.character, edit.range.end.character, edit.newText], [0, 1, '（三）']);
  });

  it('settings: editor severities, then .fazhirc.json overrides them; configuration changes re-lint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-lsp-'));
    try {
      const fileUri = pathToFileURL(join(dir, 'report.md')).href;
      const configured = TestClient.inProcess({ rulesModule: rules, loadSegmenter: false });
      await configured.initialize({ settings: { rules: { 'test/comma': 'warning', 'test/sum': 'off' } } });
      configured.open(fileUri, report);
      const p = await configured.diagnostics(fileUri);
      assert.deepEqual(p.diagnostics.map((d) => [d.code, d.severity]), [['test/comma', 2], ['test/comma', 2]]);

      writeFileSync(join(dir, '.fazhirc.json'), JSON.stringify({ rules: { 'test/comma': 'off', 'test/sum': 'error' } }));
      const before = configured.published.length;
      await configured.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, '.fazhirc.json')).href, type: 1 }] });
      const q = await configured.diagnostics(fileUri, () => true, 5000, before);
      assert.deepEqual(codes(q), ['test/sum'], '.fazhirc.json wins over editor settings');

      writeFileSync(join(dir, '.fazhirc.json'), '{"rules": {"test/comma": "loud"}}');
      configured.settings = { rules: { 'test/sum': 'off' } };
      const mark = configured.published.length;
      await configured.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const r = await configured.diagnostics(fileUri, () => true, 5000, mark);
      assert.deepEqual(codes(r), ['test/comma', 'test/comma'], 'the invalid file setting is dropped, editor settings apply');
      await configured.waitFor(() => configured.shownMessages.find((m) => m.includes('test/comma') && m.includes('.fazhirc.json')), 2000, 'config problem message');
      await configured.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('unrelated Markdown gets no diagnostics; include globs and front matter opt documents in', async () => {
    const readme = '# 项目说明\n\n本工具用于整理会议纪要,支持导出。\n';
    client.open('file:///ws/README.md', readme);
    assert.deepEqual((await client.diagnostics('file:///ws/README.md')).diagnostics, []);
    client.open('file:///ws/fm.md', `---\nfazhi: true\n---\n${readme}`);
    assert.deepEqual(codes(await client.diagnostics('file:///ws/fm.md')), ['test/comma']);
    client.open('file:///ws/off.md', `---\nfazhi: false\n---\n${report}`);
    assert.deepEqual((await client.diagnostics('file:///ws/off.md')).diagnostics, []);

    const included = TestClient.inProcess({ rulesModule: rules, loadSegmenter: false });
    await included.initialize({ settings: { include: ['drafts/**/*.md'] }, rootUri: 'file:///ws' });
    included.open('file:///ws/drafts/2024/a.md', readme);
    assert.deepEqual(codes(await included.diagnostics('file:///ws/drafts/2024/a.md')), ['test/comma']);
    included.open('file:///ws/other/a.md', readme);
    assert.deepEqual((await included.diagnostics('file:///ws/other/a.md')).diagnostics, []);
    await included.stop();
  });

  it('exclude globs turn checking off for a file (over include and content); the status says so, with the profile', async () => {
    const excluding = TestClient.inProcess({ rulesModule: rules, loadSegmenter: false });
    await excluding.initialize({ settings: { include: ['**/*.md'], exclude: ['./drafts/old.md'] }, rootUri: 'file:///ws' });
    excluding.open('file:///ws/drafts/old.md', report);
    assert.deepEqual((await excluding.diagnostics('file:///ws/drafts/old.md')).diagnostics, []);
    excluding.open('file:///ws/old.md', report);
    assert.ok(codes(await excluding.diagnostics('file:///ws/old.md')).includes('test/sum'), 'a top-level old.md is not ./drafts/old.md');
    const statusOf = (uri: string) => excluding.waitFor(() => excluding.statuses.filter((s) => s.uri === uri).at(-1), 5000, `the status of ${uri}`);
    assert.deepEqual(await statusOf('file:///ws/drafts/old.md'), { uri: 'file:///ws/drafts/old.md', version: 1, isReport: false, excluded: true });
    const checked = await statusOf('file:///ws/old.md');
    assert.equal(checked.isReport, true);
    assert.equal(checked.excluded, false);
    assert.ok(checked.profile === 'government' || checked.profile === 'department');
    assert.ok(checked.profileSource);
    await excluding.stop();
  });

  it('colours the 层次序数 and the figures of a plain-text report with semantic tokens (not Markdown, not other .txt)', async () => {
    const init = await TestClient.inProcess({ rulesModule: rules, loadSegmenter: false });
    const result = await init.initialize({ rootUri: 'file:///ws' });
    const legend = (result.capabilities.semanticTokensProvider as { legend: { tokenTypes: string[] } }).legend.tokenTypes;
    await init.stop();
    const tokensOf = async (uri: string, text: string, languageId: string) => {
      client.open(uri, text, languageId);
      await client.diagnostics(uri);
      const { data } = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
      const lines = text.split('\n');
      const out: string[] = [];
      for (let i = 0, line = 0, char = 0; i < data.length; i += 5) {
        line += data[i];
        char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
        out.push(`${legend[data[i + 3]]}:${lines[line].slice(char, char + data[i + 2])}`);
      }
      return out;
    };
    const plain = report.replace(/#+ /g, '');
    const tokens = await tokensOf('file:///ws/colours.txt', plain, 'plaintext');
    assert.ok(tokens.includes('keyword:一、'), tokens.join(' '));
    assert.ok(tokens.some((t) => t.startsWith('number:')), tokens.join(' '));
    assert.deepEqual(await tokensOf('file:///ws/colours.md', report, 'markdown'), [], 'Markdown has its grammar');
    assert.deepEqual(await tokensOf('file:///ws/notes.txt', '会议纪要：共12人参加。\n', 'plaintext'), [], 'not a report');
  });

  it('plain text reports are checked too; other languages are not', async () => {
    client.open('file:///ws/report.txt', report.replace(/#+ /g, ''), 'plaintext');
    assert.ok(codes(await client.diagnostics('file:///ws/report.txt')).includes('test/sum'));
    client.open('file:///ws/report.js', report, 'javascript');
    assert.deepEqual((await client.diagnostics('file:///ws/report.js')).diagnostics, []);
  });

  it('Markdown too deeply nested is checked as plain text, its notice logged and shown once; others keep publishing', async () => {
    const deep = 'file:///ws/deep.md';
    client.open(deep, `${report}\n${'> '.repeat(8000)}\n`);
    assert.ok(codes(await client.diagnostics(deep)).includes('test/sum'));
    const shown = await client.waitFor(() => client.shownMessages.find((m) => m.includes('deep.md')), 5000, 'the notice');
    assert.match(shown, /嵌套 8000 层.*已按纯文本逐行检查/);
    assert.ok(client.logs.some((l) => l.includes('已按纯文本逐行检查')));
    const version = client.change(deep, `${client.texts.get(deep)!.text}，`);
    await client.diagnostics(deep, (p) => p.version === version);
    assert.equal(client.shownMessages.filter((m) => m.includes('deep.md')).length, 1);
    client.open(uri, report);
    assert.ok(codes(await client.diagnostics(uri)).includes('test/sum'));
  });

  it('a document far longer than any report is not checked, and says so', async () => {
    const long = 'file:///ws/long.md';
    client.open(long, `${report}\n${'正文。'.repeat(140000)}\n`);
    assert.deepEqual((await client.diagnostics(long)).diagnostics, []);
    assert.match(await client.waitFor(() => client.shownMessages.find((m) => m.includes('long.md')), 5000, 'the notice'), /文档过长.*未检查/);
  });

  it('closing a document clears its diagnostics', async () => {
    client.open(uri, report);
    await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
    const before = client.published.length;
    client.close(uri);
    const cleared = await client.diagnostics(uri, () => true, 2000, before);
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('the first diagnostics already hold the rules that need the segmenter (it loads before the first check)', async () => {
    const withSegmenter = TestClient.inProcess({ rulesModule: join(__dirname, 'rules', 'segmented.ts') });
    await withSegmenter.initialize();
    withSegmenter.open(uri, report);
    const first = await withSegmenter.diagnostics(uri, () => true, 15000);
    assert.equal(first.version, 1);
    assert.ok(codes(first).includes('test/segmented'), codes(first).join(', '));
    await withSegmenter.stop();
  });

  it('bad requests get errors or empty answers, and the server keeps working', async () => {
    client.open(uri, report);
    await client.diagnostics(uri);
    assert.equal(await client.request('textDocument/hover', {}), null);
    assert.deepEqual(await client.request('textDocument/codeAction', { textDocument: { uri }, range: null, context: { diagnostics: [{ code: 'test/sum', source: 'fazhi-report', data: { version: 1, fixes: [{ title: 'x', edits: [{}] }] }, range: { start: { line: -5 } } }] } }), []);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: 42 } }), []);
    assert.deepEqual(await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 9999, character: -3 } }), []);
    await assert.rejects(client.request('fazhi/noSuchMethod', {}), /Unhandled method|not found/i);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.length > 0);
  });
});
