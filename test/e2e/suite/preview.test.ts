// Extension-host tests of the preview panel and the export commands (run inside a real VS Code by test/e2e/run.mjs).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';

const hostileReport = [
  '# 某市2023年度法治政府建设情况报告<script>alert(1)</script>',
  '',
  '市人民政府：',
  '',
  '一、主要举措<img src=x onerror=alert(1)>',
  '',
  '共清理规范性文件325件，保留204件，修改52件，废止36件，失效33件。[链接](javascript:alert(1))</style>',
  '',
  '二、存在的不足和原因',
  '',
  '<iframe src="javascript:alert(3)"></iframe>',
  '',
  '某市人民政府',
  '',
  '2024年2月28日',
  '',
].join('\n');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('fazhiReport.preview'));
}

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('preview and export', function () {
  let dir: string;
  let reportUri: vscode.Uri;

  before(async () => {
    const extension = vscode.extensions.all.find((e) => e.packageJSON?.name === 'fazhi-report');
    assert.ok(extension, 'the extension is installed');
    await extension.activate();
    dir = mkdtempSync(path.join(tmpdir(), 'fazhi-preview-e2e-'));
    const file = path.join(dir, '某市2023年度报告.md');
    writeFileSync(file, hostileReport);
    reportUri = vscode.Uri.file(file);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(dir, { recursive: true, force: true });
  });

  it('declares its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['fazhiReport.openPreview', 'fazhiReport.exportHtml', 'fazhiReport.exportDocx']) {
      assert.ok(commands.includes(id), id);
    }
  });

  it('opens the preview beside a hostile report, follows edits, and nothing throws', async () => {
    const draft = path.join(dir, '草稿.md');
    writeFileSync(draft, hostileReport);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(draft));
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    assert.equal(await vscode.commands.executeCommand('fazhiReport.openPreview'), true);
    const tab = await waitFor('the preview tab', () => previewTabs()[0]);
    assert.equal(tab.label, '预览：草稿.md');
    assert.notEqual(tab.group.viewColumn, vscode.ViewColumn.One, 'opened beside the editor');
    // Live update and scroll sync run on edits and scrolling; they must not throw or open a second panel.
    await editor.edit((edit) => edit.insert(new vscode.Position(6, 0), '<script>alert("typed")</script>'));
    editor.revealRange(new vscode.Range(12, 0, 12, 0), vscode.TextEditorRevealType.AtTop);
    await sleep(500);
    assert.equal(previewTabs().length, 1);
    // Opening again reuses the panel.
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    assert.equal(await vscode.commands.executeCommand('fazhiReport.openPreview', document.uri), true);
    await sleep(200);
    assert.equal(previewTabs().length, 1);
  });

  it('follows the active report editor', async () => {
    const other = path.join(dir, '另一份报告.txt');
    writeFileSync(other, '另一市2023年法治政府建设工作报告\n\n一、主要举措和成效\n共办理复议案件18件。\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(other)), vscode.ViewColumn.One);
    await waitFor('the preview to follow', () => previewTabs().find((tab) => tab.label === '预览：另一份报告.txt'));
  });

  it('exports HTML: escaped, self-contained, written atomically with nothing left behind', async () => {
    const target = vscode.Uri.file(path.join(dir, 'out.html'));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('fazhiReport.exportHtml', reportUri, { target });
    assert.equal(written?.fsPath, target.fsPath);
    const html = readFileSync(target.fsPath, 'utf8');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) {
      assert.doesNotMatch(tag, /^<(script|img|iframe)\b|\son[a-z]+\s*=|javascript:/i, tag);
    }
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
  });

  it('exports Word (.docx), adding the extension when missing', async () => {
    const target = vscode.Uri.file(path.join(dir, 'word-export'));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('fazhiReport.exportDocx', reportUri, { target });
    assert.equal(written?.fsPath, target.fsPath + '.docx');
    const bytes = readFileSync(written!.fsPath);
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a zip container');
    assert.ok(bytes.includes(Buffer.from('word/document.xml')));
  });

  it('never overwrites the report with its own export', async () => {
    // Given the report's own name, the export gets the format's extension appended…
    const beside = await vscode.commands.executeCommand<vscode.Uri | undefined>('fazhiReport.exportHtml', reportUri, { target: reportUri });
    assert.equal(beside?.fsPath, reportUri.fsPath + '.html');
    assert.equal(readFileSync(reportUri.fsPath, 'utf8'), hostileReport);
    // …and a source that already has it is refused.
    const htmlSource = vscode.Uri.file(path.join(dir, 'draft.html'));
    writeFileSync(htmlSource.fsPath, '报告草稿');
    assert.equal(await vscode.commands.executeCommand('fazhiReport.exportHtml', htmlSource, { target: htmlSource }), undefined);
    assert.equal(readFileSync(htmlSource.fsPath, 'utf8'), '报告草稿');
  });

  it('asks once before replacing an existing file: the save dialog asked already', async () => {
    const existing = vscode.Uri.file(path.join(dir, 'already.html'));
    writeFileSync(existing.fsPath, '旧的导出');
    const dialog = vscode.window.showSaveDialog;
    const warning = vscode.window.showWarningMessage;
    const asked: string[] = [];
    vscode.window.showSaveDialog = async () => existing;
    vscode.window.showWarningMessage = (async (message: string, ...rest: unknown[]) => {
      asked.push(message);
      // The remaining-errors question (if the report has errors) is answered 仍要导出.
      return rest.find((item) => (item as vscode.MessageItem | undefined)?.title === '仍要导出');
    }) as typeof warning;
    try {
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('fazhiReport.exportHtml', reportUri);
      assert.equal(written?.fsPath, existing.fsPath);
    } finally {
      vscode.window.showSaveDialog = dialog;
      vscode.window.showWarningMessage = warning;
    }
    assert.deepEqual(asked.filter((m) => m.includes('已存在')), [], 'no second overwrite prompt after the dialog');
    assert.ok(readFileSync(existing.fsPath, 'utf8').includes('<html'));
  });

  it('asks before exporting a report that still has errors; 不再询问 turns the question off', async () => {
    const file = path.join(dir, '有错误的报告.md');
    writeFileSync(file, '# 某县2023年度法治政府建设情况报告\n\n共办理案件10件，其中行政处罚5件，行政许可6件。\n');
    const uri = vscode.Uri.file(file);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    await waitFor('the figure error', () => vscode.languages.getDiagnostics(uri)
      .some((d) => d.source === 'fazhi-report' && d.severity === vscode.DiagnosticSeverity.Error) || undefined, 15000);
    const target = vscode.Uri.file(path.join(dir, '有错误的报告.html'));
    const dialog = vscode.window.showSaveDialog;
    const warning = vscode.window.showWarningMessage;
    const config = vscode.workspace.getConfiguration('fazhiReport');
    const asked: string[] = [];
    let answer = '取消';
    vscode.window.showSaveDialog = async () => target;
    vscode.window.showWarningMessage = (async (message: string, ...rest: unknown[]) => {
      asked.push(message);
      return rest.find((item) => (item as vscode.MessageItem | undefined)?.title === answer);
    }) as typeof warning;
    try {
      assert.equal(await vscode.commands.executeCommand('fazhiReport.exportHtml', uri), undefined);
      assert.match(asked[0] ?? '', /^报告仍有 \d+ 个错误，仍要导出吗？$/);
      assert.ok(!existsSync(target.fsPath), '取消 exports nothing');
      answer = '仍要导出，不再询问';
      assert.equal((await vscode.commands.executeCommand<vscode.Uri | undefined>('fazhiReport.exportHtml', uri))?.fsPath, target.fsPath);
      assert.equal(vscode.workspace.getConfiguration('fazhiReport').get('export.warnOnErrors'), false);
      rmSync(target.fsPath);
      asked.length = 0;
      assert.equal((await vscode.commands.executeCommand<vscode.Uri | undefined>('fazhiReport.exportHtml', uri))?.fsPath, target.fsPath);
      assert.deepEqual(asked, [], 'not asked again');
    } finally {
      vscode.window.showSaveDialog = dialog;
      vscode.window.showWarningMessage = warning;
      await config.update('export.warnOnErrors', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('the preview does not follow into a document that is not a report', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(reportUri));
    assert.equal(await vscode.commands.executeCommand('fazhiReport.openPreview'), true);
    await waitFor('the preview tab', () => previewTabs()[0]);
    const notes = path.join(dir, 'notes.md');
    writeFileSync(notes, '# 会议纪要\n\n下周一讨论 figure/sum 规则的说明页。\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(notes)), vscode.ViewColumn.One);
    await sleep(500);
    assert.deepEqual(previewTabs().map((tab) => tab.label), ['预览：某市2023年度报告.md']);
  });

  it('the preview closes cleanly and can be reopened', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor('the preview to close', () => previewTabs().length === 0 || undefined);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(reportUri));
    assert.equal(await vscode.commands.executeCommand('fazhiReport.openPreview'), true);
    await waitFor('the preview tab', () => previewTabs()[0]);
    assert.ok(existsSync(reportUri.fsPath));
  });
});
