// Word drafts in the editor. Opening a .docx from the explorer shows the report's text read-only — converted as the
// CLI converts it (automatic numbering, tables, accepted tracked changes) — with the usual diagnostics, hovers and
// preview; 从 Word 导入 writes that text as a Markdown file beside the .docx to edit, fix and export again.
// Why a read-only text view rather than a webview: diagnostics, the Problems panel, hovers and the preview all work
// on text documents, so the writer gets exactly what a Markdown report gets, and can copy from it.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DocxError, readDocx } from '../import/docx';
import { exists } from '../preview/export';
import { escapeHtml } from '../render/html';

export const docxScheme = 'fazhi-docx';
const customEditorViewType = 'fazhiReport.docx';

/** Programmatic use (tests): write here without asking, and do not open the result. */
export interface ImportCommandOptions {
  target?: vscode.Uri;
}

function wordFile(uri: vscode.Uri): vscode.Uri {
  return uri.scheme === docxScheme ? uri.with({ scheme: 'file' }) : uri;
}

async function convert(uri: vscode.Uri): Promise<string> {
  try {
    return readDocx(await vscode.workspace.fs.readFile(wordFile(uri))).markdown;
  } catch (error) {
    if (error instanceof DocxError) throw new Error(vscode.l10n.t('{0}: {1}', path.basename(uri.path), error.message));
    throw error;
  }
}

/** The converted text of `fazhi-docx:/…/报告.docx`, refreshed when the Word file changes on disk. */
class DocxContentProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  readonly onDidChange = this.changed.event;

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    this.watch(uri);
    try {
      return await convert(uri);
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  private watch(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.watchers.has(key)) return;
    const file = wordFile(uri);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(path.dirname(file.fsPath)), path.basename(file.fsPath)));
    const fire = () => this.changed.fire(uri);
    watcher.onDidChange(fire);
    watcher.onDidCreate(fire);
    this.watchers.set(key, watcher);
  }

  dispose(): void {
    this.watchers.forEach((w) => w.dispose());
    this.changed.dispose();
  }
}

/** 检查 Word 文档: the .docx as a read-only Markdown document the language server checks. */
export async function openWordReport(uri: vscode.Uri, viewColumn?: vscode.ViewColumn): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(wordFile(uri).with({ scheme: docxScheme }));
  const markdown = document.languageId === 'markdown' ? document : await vscode.languages.setTextDocumentLanguage(document, 'markdown');
  return vscode.window.showTextDocument(markdown, { viewColumn, preview: false });
}

async function pickWordFile(title: string): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active?.scheme === docxScheme) return wordFile(active);
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    filters: { [vscode.l10n.t('Word documents')]: ['docx'] },
    title,
  });
  return picked?.[0];
}

/** 从 Word 导入: writes 报告.md beside 报告.docx (numbering and tables kept) and opens it. */
export async function importWordReport(uri: unknown, options?: ImportCommandOptions): Promise<vscode.Uri | undefined> {
  try {
    const source = uri instanceof vscode.Uri ? wordFile(uri) : await pickWordFile(vscode.l10n.t('Import from Word'));
    if (!source) return undefined;
    const markdown = await convert(source);
    const target = options?.target ?? source.with({ path: source.path.replace(/\.docx$/i, '') + '.md' });
    if (!options?.target && await exists(target)) {
      const overwrite: vscode.MessageItem = { title: vscode.l10n.t('Overwrite') };
      const answer = await vscode.window.showWarningMessage(
        vscode.l10n.t('"{0}" already exists. Replace it with the text imported from Word?', path.basename(target.path)),
        { modal: true }, overwrite,
      );
      if (answer !== overwrite) return undefined;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(markdown));
    if (!options?.target) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
    return target;
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Import from Word failed: {0}', error instanceof Error ? error.message : String(error)));
    return undefined;
  }
}

/**
 * The default editor for *.docx (VS Code cannot show one otherwise): it hands over at once to the read-only report
 * text, so a double-click in the explorer lands on the checked report.
 */
class WordEditorProvider implements vscode.CustomReadonlyEditorProvider {
  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => undefined };
  }

  async resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): Promise<void> {
    panel.webview.html = `<!DOCTYPE html><meta charset="utf-8"><p>${vscode.l10n.t('Opening the report text of {0}…', path.basename(document.uri.path))}</p>`;
    try {
      await openWordReport(document.uri, panel.viewColumn);
      panel.dispose();
    } catch (error) {
      panel.webview.html = `<!DOCTYPE html><meta charset="utf-8"><p>${escapeHtml(error instanceof Error ? error.message : String(error))}</p>`;
    }
  }
}

export function registerWordCommands(context: vscode.ExtensionContext): void {
  const provider = new DocxContentProvider();
  context.subscriptions.push(
    provider,
    vscode.workspace.registerTextDocumentContentProvider(docxScheme, provider),
    vscode.window.registerCustomEditorProvider(customEditorViewType, new WordEditorProvider(), { supportsMultipleEditorsPerDocument: true }),
    vscode.commands.registerCommand('fazhiReport.importDocx', (uri?: unknown, options?: ImportCommandOptions) => importWordReport(uri, options)),
    vscode.commands.registerCommand('fazhiReport.openDocx', async (uri?: unknown) => {
      const source = uri instanceof vscode.Uri ? uri : await pickWordFile(vscode.l10n.t('Check a Word Document'));
      return source ? openWordReport(source).then((editor) => editor.document) : undefined;
    }),
  );
}
