// The extension in a real VS Code: activation, diagnostics on the examples and corpus reports, quick fix, outline,
// settings, the commands and the snippets. The workspace is a temp folder prepared by test/e2e/run.mjs.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { buildSkeleton } from '../../../src/core/skeleton';
import type { FazhiReportApi } from '../../../src/extension';
import {
  activateExtension, codeOf, extensionId, openFile, workspaceFile, ourDiagnostics, retryIfCanceled, waitForDiagnostics, withCode, withoutCode,
} from './util';

describe('activation', () => {
  it('activates without eager heavy work (the < 200 ms target itself is measured by npm run bench)', async () => {
    const extension = vscode.extensions.getExtension<FazhiReportApi>(extensionId);
    assert.ok(extension, `extension ${extensionId} is not loaded`);
    const api = await extension.activate();
    await api.ready;
    // The host may have activated it already (onLanguage:markdown fires for documents other extensions open),
    // so time fresh evaluations of the bundle and add activate()'s own measurement. The best of three, because the
    // host shares two cores with code-server and the browser: a timing here can only catch gross regressions
    // (loading the segmenter at activation costs seconds), not measure the target.
    const main = path.join(extension.extensionPath, 'dist', 'extension.js');
    const cached = require.cache[main];
    const loads: number[] = [];
    for (let k = 0; k < 3; k++) {
      delete require.cache[main];
      const loadStarted = performance.now();
      require(main);
      loads.push(performance.now() - loadStarted);
    }
    if (cached) require.cache[main] = cached;
    const loadMs = Math.min(...loads);
    const total = loadMs + api.activationMs;
    console.log(`activation: load ${loadMs.toFixed(0)} ms + activate() ${api.activationMs.toFixed(0)} ms`);
    assert.ok(total < 1000, `activation took ${total.toFixed(0)} ms (load ${loadMs.toFixed(0)} ms, activate() ${api.activationMs.toFixed(0)} ms)`);
  });

  it('registers its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['fazhiReport.newReport', 'fazhiReport.fixAll', 'fazhiReport.openPreview', 'fazhiReport.exportHtml', 'fazhiReport.exportDocx']) {
      assert.ok(commands.includes(id), `${id} is not registered`);
    }
  });
});

describe('diagnostics', () => {
  before(activateExtension);

  it('reports the deliberate mistakes of examples/sample-report.md with their arithmetic', async () => {
    const { document } = await openFile('sample-report.md');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => withCode('figure/sum')(d) && withCode('meta/plan-year')(d));
    const sum = diagnostics.find((d) => codeOf(d) === 'figure/sum');
    assert.ok(sum);
    assert.match(sum.message, /92\+21\+12=125.*126/);
    assert.strictEqual(document.getText(sum.range).replace(/件$/, ''), '126');
    assert.strictEqual(sum.severity, vscode.DiagnosticSeverity.Error);
  });

  it('links a rule code to its doc page, opened rendered and read-only (never as an editable tab)', async () => {
    const { document } = await openFile('sample-report.md');
    const diagnostics = await waitForDiagnostics(document.uri, withCode('figure/sum'));
    const code = diagnostics.find((d) => codeOf(d) === 'figure/sum')?.code;
    assert.ok(typeof code === 'object' && code !== null);
    assert.strictEqual(code.target.scheme, 'command');
    assert.strictEqual(code.target.path, 'fazhiReport.openRuleDoc');
    assert.deepStrictEqual(JSON.parse(decodeURIComponent(code.target.query)), ['figure/sum']);
    assert.strictEqual(await vscode.commands.executeCommand('fazhiReport.openRuleDoc', 'figure/sum'), true);
    const tabs = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs);
    const deadline = Date.now() + 10000;
    while (!tabs().some((tab) => tab.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType))) {
      assert.ok(Date.now() < deadline, `no Markdown preview tab; tabs: ${tabs().map((tab) => tab.label).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(!tabs().some((tab) => tab.input instanceof vscode.TabInputText && /docs\/rules\/figure-sum\.md$/.test(tab.input.uri.path)),
      'the doc page is open as an editable text tab');
    assert.strictEqual(await vscode.commands.executeCommand('fazhiReport.openRuleDoc', '../../etc/passwd'), false);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the status bar shows this file\'s counts and profile; checking can be turned off and on for the file', async () => {
    const api = await activateExtension();
    const { document } = await openFile('sample-report.md');
    await waitForDiagnostics(document.uri, withCode('figure/sum'));
    const until = async (what: string, accept: (text: string) => boolean) => {
      const deadline = Date.now() + 15000;
      while (!accept(api.statusBar.text)) {
        assert.ok(Date.now() < deadline, `status bar: waited for ${what}, shows "${api.statusBar.text}"`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const errors = ourDiagnostics(document.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    await until('the counts', (text) => text.includes(`$(error) ${errors} `) && /government|政府/.test(text));
    assert.strictEqual(await vscode.commands.executeCommand('fazhiReport.toggleChecking'), true);
    await until('checking off', (text) => /Checking off|检查已关闭/.test(text));
    await waitForDiagnostics(document.uri, (d) => d.length === 0);
    assert.deepStrictEqual(vscode.workspace.getConfiguration('fazhiReport', document.uri).get('exclude'), ['./sample-report.md']);
    assert.strictEqual(await vscode.commands.executeCommand('fazhiReport.toggleChecking'), false);
    await waitForDiagnostics(document.uri, withCode('figure/sum'));
    await until('the counts again', (text) => text.includes('$(error)'));
  });

  it('checks a pasted plain-text corpus report (慈溪: 411 ≠ 410, no 不足和原因 section)', async () => {
    const { document } = await openFile('cixi.txt');
    assert.strictEqual(document.languageId, 'plaintext');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => withCode('figure/sum')(d) && withCode('structure/missing-section')(d));
    const sum = diagnostics.find((d) => codeOf(d) === 'figure/sum' && /411/.test(d.message));
    assert.ok(sum, 'no figure/sum finding about the total 411');
    assert.match(sum.message, /19\+360\+19\+11\+1=410/);
    assert.match(document.getText(sum.range), /^411/);
  });

  it('turns word wrap on for a plain-text report once, and leaves other .txt files alone', async () => {
    const calls: string[] = [];
    const execute = vscode.commands.executeCommand;
    (vscode.commands as { executeCommand: typeof execute }).executeCommand = ((command: string, ...rest: unknown[]) => {
      calls.push(command);
      return execute(command, ...rest);
    }) as typeof execute;
    try {
      const cixi = await vscode.workspace.fs.readFile(workspaceFile('cixi.txt'));
      await vscode.workspace.fs.writeFile(workspaceFile('wrap-report.txt'), cixi);
      await vscode.workspace.fs.writeFile(workspaceFile('wrap-notes.txt'), new TextEncoder().encode('会议纪要：下周讨论。\n'));
      const { document } = await openFile('wrap-notes.txt');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.deepStrictEqual(calls.filter((c) => c === 'editor.action.toggleWordWrap'), [], 'not for notes');
      const report = (await openFile('wrap-report.txt')).document;
      await waitForDiagnostics(report.uri, withCode('figure/sum'));
      const deadline = Date.now() + 5000;
      while (!calls.includes('editor.action.toggleWordWrap')) {
        assert.ok(Date.now() < deadline, 'word wrap was not turned on for the .txt report');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await vscode.window.showTextDocument(document);
      await vscode.window.showTextDocument(report);
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.strictEqual(calls.filter((c) => c === 'editor.action.toggleWordWrap').length, 1, 'once, not toggled back');
    } finally {
      (vscode.commands as { executeCommand: typeof execute }).executeCommand = execute;
    }
  });

  it('leaves an ordinary Markdown file alone', async () => {
    const { document } = await openFile('notes.md');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.deepStrictEqual(ourDiagnostics(document.uri).map(codeOf), []);
  });

  it('applies a quick fix through the code action provider and the finding goes away', async () => {
    const { document } = await openFile('sample-report.md');
    const diagnostics = await waitForDiagnostics(document.uri, withCode('meta/plan-year'));
    const planYear = diagnostics.find((d) => codeOf(d) === 'meta/plan-year');
    assert.ok(planYear);
    // Ask until the server answers for the diagnostics on screen (a request racing a republish gets nothing).
    const isFix = (a: vscode.CodeAction) => a.kind?.value === vscode.CodeActionKind.QuickFix.value && /2025/.test(a.title) && !!a.edit;
    const deadline = Date.now() + 10000;
    let actions: vscode.CodeAction[] = [];
    while (!actions.some(isFix) && Date.now() < deadline) {
      const range = ourDiagnostics(document.uri).find((d) => codeOf(d) === 'meta/plan-year')?.range ?? planYear.range;
      actions = await retryIfCanceled(() => vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider', document.uri, range, vscode.CodeActionKind.QuickFix.value)) ?? [];
      if (!actions.some(isFix)) await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const fix = actions.find(isFix);
    assert.ok(fix?.edit, `no quick fix for meta/plan-year among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.match(fix.title, /2025/);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(document.getText(), /四、2025年工作安排/);
    await waitForDiagnostics(document.uri, withoutCode('meta/plan-year'));
  });

  it('honours the fazhiReport.rules setting', async () => {
    const { document } = await openFile('cixi.txt');
    await waitForDiagnostics(document.uri, withCode('meta/relative-year'));
    const config = vscode.workspace.getConfiguration('fazhiReport');
    await config.update('rules', { 'meta/relative-year': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitForDiagnostics(document.uri, (d) => withoutCode('meta/relative-year')(d) && withCode('figure/sum')(d));
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(document.uri, withCode('meta/relative-year'));
  });
});

describe('outline', () => {
  before(activateExtension);

  it('lists the title, the 一、 sections with their （一） children, and the 落款', async () => {
    const { document } = await openFile('sample-report-corrected.md');
    const symbols = await retryIfCanceled(() => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri));
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('明湖市人民政府关于2024年法治政府建设情况的报告'), names.join(' | '));
    const measures = symbols.find((s) => s.name.startsWith('二、2024年推进法治政府建设的主要举措和成效'));
    assert.ok(measures, names.join(' | '));
    assert.ok(measures.children.some((c) => c.name.startsWith('（一）依法全面履行政府职能')), measures.children.map((c) => c.name).join(' | '));
    assert.ok(names.some((n) => n.startsWith('落款：明湖市人民政府')), names.join(' | '));
  });
});

describe('commands', () => {
  before(activateExtension);

  it('新建年度报告 asks for the issuing body and the year, validates them, and opens the skeleton', async () => {
    const answers = ['明湖市司法局', '2024'];
    const asked: vscode.InputBoxOptions[] = [];
    const original = vscode.window.showInputBox;
    vscode.window.showInputBox = async (options?: vscode.InputBoxOptions) => {
      asked.push(options ?? {});
      return answers.shift();
    };
    let document: vscode.TextDocument | undefined;
    try {
      document = await vscode.commands.executeCommand<vscode.TextDocument>('fazhiReport.newReport');
    } finally {
      vscode.window.showInputBox = original;
    }
    assert.strictEqual(asked.length, 2);
    assert.match(String(await asked[0].validateInput?.('   ')), /发文机关/);
    assert.strictEqual(await asked[0].validateInput?.('明湖市司法局'), undefined);
    assert.match(String(await asked[1].validateInput?.('24')), /四位数/);
    assert.strictEqual(await asked[1].validateInput?.('2024'), undefined);
    assert.ok(document);
    assert.strictEqual(vscode.window.activeTextEditor?.document, document);
    assert.strictEqual(document.languageId, 'markdown');
    assert.strictEqual(document.uri.scheme, 'untitled');
    // Save As offers the title as the file name, not the first line's "# …".
    assert.strictEqual(path.basename(document.uri.path), '明湖市司法局关于2024年法治政府建设情况的报告.md');
    assert.strictEqual(document.getText(), buildSkeleton({ issuer: '明湖市司法局', year: 2024 }, 'markdown'));
    // The server serves untitled reports too (its outline shows the title as a File symbol; Markdown's own
    // outline has no such symbol), and the skeleton has every required section.
    const title = '明湖市司法局关于2024年法治政府建设情况的报告';
    const deadline = Date.now() + 10000;
    let symbols: vscode.DocumentSymbol[] = [];
    while (!symbols.some((s) => s.kind === vscode.SymbolKind.File && s.name === title) && Date.now() < deadline) {
      symbols = await retryIfCanceled(() => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri)) ?? [];
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.ok(symbols.some((s) => s.kind === vscode.SymbolKind.File && s.name === title), symbols.map((s) => s.name).join(' | '));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.deepStrictEqual(ourDiagnostics(document.uri).filter((d) => codeOf(d).startsWith('structure/missing')).map((d) => d.message), []);
  });

  it('新建年度报告 does nothing when the input box is cancelled', async () => {
    const original = vscode.window.showInputBox;
    vscode.window.showInputBox = async () => undefined;
    try {
      assert.strictEqual(await vscode.commands.executeCommand('fazhiReport.newReport'), undefined);
    } finally {
      vscode.window.showInputBox = original;
    }
  });

  it('修复全部 applies the certain fixes through the server, says what it changed, and leaves every figure alone', async () => {
    const { document } = await openFile('sample-fixall.md');
    await waitForDiagnostics(document.uri, (d) => withCode('figure/sum')(d) && withCode('structure/numbering-sequence')(d));
    const before = document.getText();
    const shown: string[] = [];
    const original = vscode.window.showInformationMessage;
    vscode.window.showInformationMessage = (async (message: string) => { shown.push(message); return undefined; }) as typeof original;
    let changed: boolean | undefined;
    try {
      changed = await vscode.commands.executeCommand<boolean>('fazhiReport.fixAll');
    } finally {
      vscode.window.showInformationMessage = original;
    }
    assert.strictEqual(changed, true);
    const text = document.getText();
    assert.match(text, /### （六）加强行政权力制约和监督/);
    // Figures and years are the writer's choice: the sum, the conflicting counts and the plan year stay as written.
    assert.match(text, /共清理规范性文件126件/);
    assert.match(text, /四、2026年工作安排/);
    assert.strictEqual(text.match(/[0-9]+个乡镇（街道）/g)?.join(), before.match(/[0-9]+个乡镇（街道）/g)?.join());
    assert.deepStrictEqual(shown, ['已修复 2 处：层次序数 1，相对年份 1']);
    await waitForDiagnostics(document.uri, (d) => withCode('figure/sum')(d) && withoutCode('structure/numbering-sequence')(d));
    // A second 修复全部 has nothing left to do.
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('fazhiReport.fixAll'), false);
  });

  it('fix on save (source.fixAll.fazhi) applies the certain fixes once and never touches a figure', async () => {
    const editorConfig = vscode.workspace.getConfiguration('editor');
    await editorConfig.update('codeActionsOnSave', { 'source.fixAll.fazhi': 'explicit' }, vscode.ConfigurationTarget.Workspace);
    try {
      const { document } = await openFile('sample-fixonsave.md');
      await waitForDiagnostics(document.uri, (d) => withCode('figure/conflict')(d) && withCode('structure/numbering-sequence')(d));
      const figures = (text: string) => text.match(/[0-9.]+(?:%|个|件|人|卷)/g)?.join();
      const before = document.getText();
      // Saved as a writer saves (Ctrl+S): save participants such as codeActionsOnSave run for that, not for the API's save().
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.save');
      const once = document.getText();
      assert.match(once, /### （六）加强行政权力制约和监督/);
      assert.strictEqual(figures(once), figures(before), 'fix on save changed a figure');
      // The writer's numbers do not flip on the next save (they used to swap 13 and 14 on every save).
      await waitForDiagnostics(document.uri, withoutCode('structure/numbering-sequence'));
      const editor = await vscode.window.showTextDocument(document);
      await editor.edit((e) => e.insert(new vscode.Position(document.lineCount, 0), '\n'));
      await vscode.commands.executeCommand('workbench.action.files.save');
      assert.strictEqual(document.getText(), `${once}\n`);
    } finally {
      await editorConfig.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('typing "fz-" at the start of a line asks the server for the snippets (trigger character)', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'fz-' });
    await vscode.window.showTextDocument(document);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 3), '-');
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.includes('fz-report'), labels.join(', '));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('inserts the contributed snippets (层次序数 and the 落款 block)', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: '层次序数：第二层 （一）' });
    assert.match(document.getText(), /^### （一）标题\n/);
    await vscode.commands.executeCommand('leaveSnippet');
    await editor.edit((e) => e.delete(new vscode.Range(0, 0, document.lineCount, 0)));
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: '落款和成文日期' });
    assert.match(document.getText(), /^××市人民政府\n\n××××年×月×日\n/);
  });
});

describe('检查文件夹中的全部报告', () => {
  it('shows the summary of the workspace folder in a webview: a row and a findings section per report', async () => {
    await activateExtension();
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel | undefined>('fazhiReport.summarizeFolder');
    assert.ok(panel, 'a summary panel');
    try {
      const html = panel.webview.html;
      assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-/);
      assert.match(html, /<a href="#report-\d+">cixi\.txt<\/a>/);
      assert.match(html, /<a href="#report-\d+">cixi\.docx<\/a>/);
      assert.match(html, /<td>慈溪市司法局<\/td>/);
      assert.match(html, /<section id="report-\d+"><h2>cixi\.txt<\/h2>/);
    } finally {
      panel.dispose();
    }
  });
});
