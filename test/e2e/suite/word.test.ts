// Word drafts in a real VS Code: opening a .docx from the explorer shows its report text read-only with the
// server's diagnostics; 从 Word 导入 writes the text as Markdown beside it. The workspace's cixi.docx is the
// LibreOffice conversion of the 慈溪 corpus report (test/fixtures/docx).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, codeOf, waitForDiagnostics, withCode, workspaceFile } from './util';

async function waitForActiveEditor(accept: (editor: vscode.TextEditor) => boolean, timeoutMs = 15000): Promise<vscode.TextEditor> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const editor = vscode.window.activeTextEditor;
    if (editor && accept(editor)) return editor;
    assert.ok(Date.now() < deadline, `the expected editor did not open; active: ${editor?.document.uri.toString() ?? 'none'}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('Word drafts', () => {
  before(activateExtension);

  it('从 Word 导入 writes the report as Markdown beside the .docx and opens it, findings and all', async () => {
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('fazhiReport.importDocx', workspaceFile('cixi.docx'));
    assert.ok(written, 'the import wrote nothing');
    assert.strictEqual(written.toString(), workspaceFile('cixi.md').toString());
    const editor = await waitForActiveEditor((e) => e.document.uri.toString() === written.toString());
    assert.strictEqual(editor.document.languageId, 'markdown');
    assert.match(editor.document.getText(), /^一、全面履行市委依法治市办职责/m);
    const diagnostics = await waitForDiagnostics(editor.document.uri, withCode('figure/sum'));
    const sum = diagnostics.find((d) => codeOf(d) === 'figure/sum' && /411/.test(d.message));
    assert.ok(sum, 'no figure/sum finding about the total 411');
    assert.match(editor.document.getText(sum.range), /^411/);
  });

  it('writes to the target it is given without asking or opening it', async () => {
    const target = workspaceFile('imported-elsewhere.md');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('fazhiReport.importDocx', workspaceFile('cixi.docx'), { target });
    assert.strictEqual(written?.toString(), target.toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(text, /^慈溪市司法局关于2019年法治政府建设情况的报告$/m);
  });

  it('opening a .docx shows its report text (a read-only virtual document), checked like a Markdown report', async () => {
    await vscode.commands.executeCommand('vscode.open', workspaceFile('cixi.docx'));
    const editor = await waitForActiveEditor((e) => e.document.uri.scheme === 'fazhi-docx');
    assert.strictEqual(editor.document.uri.path, workspaceFile('cixi.docx').path);
    assert.strictEqual(editor.document.languageId, 'markdown');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (d) => withCode('figure/sum')(d) && withCode('structure/missing-section')(d));
    const sum = diagnostics.find((d) => codeOf(d) === 'figure/sum' && /411/.test(d.message));
    assert.ok(sum);
    assert.match(editor.document.getText(sum.range), /^411/);
  });
});
