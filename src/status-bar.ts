// The status bar item of the active report: its own error and warning counts, the profile it is checked with, and
// "检查已关闭" when the writer turned checking off for it. Click: the Problems panel (or, when off, turn it back on).
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isReportLanguage } from './languages';
import { reportStatusNotification, type ReportStatus } from './server/report-status';

export const toggleCheckingCommand = 'fazhiReport.toggleChecking';
const diagnosticSource = 'fazhi-report';

export function registerStatusBar(context: vscode.ExtensionContext, client: LanguageClient, ready: Promise<void>): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('fazhiReport.status', vscode.StatusBarAlignment.Left, 10);
  item.name = vscode.l10n.t('Fazhi Report');
  const statuses = new Map<string, ReportStatus>();
  const keyOf = (uri: vscode.Uri) => client.code2ProtocolConverter.asUri(uri);
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    const status = document && isReportLanguage(document.languageId) ? statuses.get(keyOf(document.uri)) : undefined;
    if (!document || !status || (!status.isReport && !status.excluded)) {
      item.hide();
      return;
    }
    Object.assign(item, describe(status, document));
    item.show();
  };
  const wrapped = new Set<string>();
  ready.then(() => {
    context.subscriptions.push(client.onNotification(reportStatusNotification, (status: ReportStatus) => {
      statuses.set(status.uri, status);
      update();
      void wrapPlainTextReport(wrapped, status);
    }));
  }, () => undefined);
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      update();
      const status = editor && statuses.get(keyOf(editor.document.uri));
      if (status) void wrapPlainTextReport(wrapped, status);
    }),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && event.uris.some((uri) => uri.toString() === active)) update();
    }),
    vscode.workspace.onDidCloseTextDocument((document) => statuses.delete(keyOf(document.uri))),
    vscode.commands.registerCommand(toggleCheckingCommand, (uri?: unknown) => toggleChecking(uri instanceof vscode.Uri ? uri : undefined)),
  );
  return item;
}

/**
 * A plain-text report is one line per paragraph: without word wrap each runs off screen. Markdown wraps by default
 * (VS Code's own [markdown] default); for a .txt report, wrapping is turned on in its editor once per session — only
 * for reports, only when the writer's wordWrap is "off", never in other .txt files (fazhiReport.wrapPlainText).
 */
async function wrapPlainTextReport(wrapped: Set<string>, status: ReportStatus): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !status.isReport || editor.document.languageId !== 'plaintext' || wrapped.has(status.uri)) return;
  if (editor.document.uri.toString() !== vscode.Uri.parse(status.uri).toString()) return;
  if (vscode.workspace.getConfiguration('fazhiReport', editor.document.uri).get('wrapPlainText') === false) return;
  if (vscode.workspace.getConfiguration('editor', editor.document).get('wordWrap') !== 'off') return;
  wrapped.add(status.uri);
  await vscode.commands.executeCommand('editor.action.toggleWordWrap');
}

type ItemLook = Pick<vscode.StatusBarItem, 'text' | 'tooltip' | 'command' | 'backgroundColor'>;

function describe(status: ReportStatus, document: vscode.TextDocument): ItemLook {
  if (status.excluded) {
    return {
      text: `$(circle-slash) ${vscode.l10n.t('Checking off')}`,
      tooltip: vscode.l10n.t('Fazhi Report: checking is turned off for this file (fazhiReport.exclude). Click to turn it back on.'),
      command: { title: vscode.l10n.t('Turn Checking Off/On for This File'), command: toggleCheckingCommand, arguments: [document.uri] },
      backgroundColor: undefined,
    };
  }
  const ours = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === diagnosticSource);
  const errors = ours.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
  const warnings = ours.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
  const others = ours.length - errors - warnings;
  const profile = status.profile === 'department' ? vscode.l10n.t('department') : vscode.l10n.t('government');
  const counts = errors + warnings === 0 ? '$(check)' : `$(error) ${errors} $(warning) ${warnings}`;
  const how = status.profileSource === 'setting'
    ? vscode.l10n.t('Checked as a {0} report (fazhiReport.profile).', profile)
    : status.issuer
      ? vscode.l10n.t('Checked as a {0} report: the issuer is “{1}” (set fazhiReport.profile to change).', profile, status.issuer)
      : vscode.l10n.t('Checked as a {0} report: no issuer found in the title or the signature (set fazhiReport.profile to change).', profile);
  const tooltip = new vscode.MarkdownString([
    vscode.l10n.t('Fazhi Report: {0} errors, {1} warnings and {2} other findings in this file.', errors, warnings, others),
    how,
    vscode.l10n.t('Click to open the Problems panel.'),
  ].join('\n\n'));
  return {
    text: `$(law) ${counts} · ${profile}`,
    tooltip,
    command: 'workbench.actions.view.problems',
    backgroundColor: errors > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined,
  };
}

/** 关闭/开启本文件的检查: adds the file to fazhiReport.exclude (of its workspace folder), or takes it out again. */
async function toggleChecking(target?: vscode.Uri): Promise<boolean> {
  const uri = target ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri || uri.scheme !== 'file') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Checking can be turned off for a saved file only.'));
    return false;
  }
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  // A glob with "/" matches the path relative to a workspace folder ("./" keeps a top-level file from matching
  // every file of that name); without a folder, the absolute path.
  const glob = folder ? `./${path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join('/')}` : uri.fsPath.split(path.sep).join('/');
  if (/[*?{}[\]]/.test(glob)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The file name contains glob characters: add it to fazhiReport.exclude by hand.'));
    return false;
  }
  const config = vscode.workspace.getConfiguration('fazhiReport', uri);
  const scope = folder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global;
  const inspected = config.inspect<string[]>('exclude');
  const current = (folder ? inspected?.workspaceFolderValue : inspected?.globalValue) ?? [];
  const turningOff = !current.includes(glob);
  const next = turningOff ? [...current, glob] : current.filter((g) => g !== glob);
  await config.update('exclude', next.length ? next : undefined, scope);
  void vscode.window.setStatusBarMessage(turningOff
    ? vscode.l10n.t('Fazhi Report: checking turned off for {0}', path.basename(uri.fsPath))
    : vscode.l10n.t('Fazhi Report: checking turned on for {0}', path.basename(uri.fsPath)), 3000);
  return turningOff;
}
