// 检查文件夹中的全部报告: checks the reports of a folder (the workspace folder, or one chosen in the Explorer) and shows
// the summary table — the page `fazhi-report summary -o x.html` writes — in a webview. Its CSP (in the page) lets only
// the page's own nonce-tagged style and script run; report text in it is escaped.
import { basename } from 'node:path';
import * as vscode from 'vscode';

export const summaryViewType = 'fazhiReport.summary';

type FolderSummaryModule = typeof import('./folder-summary');

export function registerFolderSummary(context: vscode.ExtensionContext): void {
  // The engine is bundled apart (dist/folder-summary.js) and loaded on first use.
  let engine: FolderSummaryModule | undefined;
  const load = () => (engine ??= require(context.asAbsolutePath('dist/folder-summary.js')) as FolderSummaryModule);
  context.subscriptions.push(vscode.commands.registerCommand('fazhiReport.summarizeFolder',
    (uri?: unknown) => showFolderSummary(load, uri instanceof vscode.Uri ? uri : undefined)));
}

/** Resolves to the panel it opened (tests look at its HTML), or undefined when there was nothing to show. */
async function showFolderSummary(load: () => FolderSummaryModule, target?: vscode.Uri): Promise<vscode.WebviewPanel | undefined> {
  const folder = target ?? await chooseWorkspaceFolder();
  if (!folder) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder with reports first.'));
    return undefined;
  }
  if (folder.scheme !== 'file') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Only folders on this computer can be checked.'));
    return undefined;
  }
  const name = basename(folder.fsPath);
  const title = vscode.l10n.t('Reports in {0}', name);
  const summary = await vscode.window.withProgress({
    location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking the reports in {0}', name), cancellable: true,
  }, (progress, token) => load().summarizeFolder(folder.fsPath, vscode.workspace.getConfiguration('fazhiReport', folder), title, {
    cancelled: () => token.isCancellationRequested,
    progress: (k, path, total) => {
      if (k < total) progress.report({ increment: k ? 100 / total : 0, message: `${k + 1}/${total} ${basename(path)}` });
      // Let the window update and the Cancel button work between reports.
      return new Promise<void>((resolve) => setImmediate(resolve));
    },
  }));
  if (!summary) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No .md, .txt or .docx reports directly inside {0}.', name));
    return undefined;
  }
  if (summary.troubles.length) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} report(s) could not be checked completely: {1}', summary.troubles.length, summary.troubles[0]));
  }
  const panel = vscode.window.createWebviewPanel(summaryViewType, title, vscode.ViewColumn.Active, {
    enableScripts: true, enableFindWidget: true, localResourceRoots: [],
  });
  panel.webview.html = summary.html;
  return panel;
}

async function chooseWorkspaceFolder(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0]?.uri;
  return (await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Which folder\'s reports?') }))?.uri;
}
