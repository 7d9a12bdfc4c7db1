// The VS Code client: starts the language server (dist/server.js over IPC) for Markdown and plain-text documents,
// and registers the commands 新建年度报告, 修复全部, (through src/preview) 预览/导出, (through src/word) the Word ones,
// (through src/summary-view) 检查文件夹中的全部报告, the status bar item and the 数字核对 view (src/figures-view.ts).
// Activation stays cheap: the server starts in the background and loads the segmenter itself, off this path.
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { buildSkeleton, skeletonFileName, defaultReportYear, validateIssuer, validateYear } from './core/skeleton';
import { registerFiguresView, type FiguresView } from './figures-view';
import { registerPreviewAndExport } from './preview/register';
import { registerStatusBar } from './status-bar';
import { registerFolderSummary } from './summary-view';
import { docxScheme, registerWordCommands } from './word/register';
import { isReportLanguage, reportLanguageIds } from './languages';

/** Must match src/server/server.ts `fixAllCommand`. */
const serverFixAllCommand = 'fazhiReport.server.fixAll';
/** Opens a rule's doc page rendered and read-only; the Problems panel's rule-code links point at it. */
const openRuleDocCommand = 'fazhiReport.openRuleDoc';
const ruleCodeRe = /^[a-z]+\/[a-z0-9-]+$/;

/** What activate() returns: lets tests (and other extensions) wait until the server answers. */
export interface FazhiReportApi {
  /** Resolves once the language server has started (rejects if it could not). */
  ready: Promise<void>;
  /** How long activate() itself took, in ms (module loading not included). */
  activationMs: number;
  newReport(input?: { issuer: string; year: number }): Promise<vscode.TextDocument | undefined>;
  /** The status bar item of the active report (tests read its text). */
  statusBar: Pick<vscode.StatusBarItem, 'text' | 'tooltip'>;
  /** The figures view of the active report (tests read its tree). */
  figures: FiguresView;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): FazhiReportApi {
  const started = performance.now();
  const outputChannel = vscode.window.createOutputChannel(vscode.l10n.t('Fazhi Report'));
  context.subscriptions.push(outputChannel);
  const languageClient = createClient(context, outputChannel);
  client = languageClient;
  const ready = languageClient.start().catch((error: unknown) => {
    outputChannel.appendLine(`${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Fazhi Report: the checker could not start. See the "Fazhi Report" output for details.'));
    throw error;
  });
  // Nobody may await `ready` (normal use): keep its rejection from being reported as unhandled.
  ready.catch(() => undefined);

  context.subscriptions.push(
    vscode.commands.registerCommand('fazhiReport.newReport', (input?: unknown) => newReport(isReportInput(input) ? input : undefined)),
    vscode.commands.registerCommand('fazhiReport.fixAll', (uri?: unknown) => fixAll(languageClient, ready, uri)),
    vscode.commands.registerCommand(openRuleDocCommand, (code?: unknown) => openRuleDoc(context, code)),
  );
  registerPreviewAndExport(context);
  registerWordCommands(context);
  const statusBar = registerStatusBar(context, languageClient, ready);
  const figures = registerFiguresView(context, languageClient, ready);
  registerFolderSummary(context);
  return { ready, activationMs: performance.now() - started, newReport, statusBar, figures };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}

function createClient(context: vscode.ExtensionContext, outputChannel: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...reportLanguageIds.flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      // A Word draft opened read-only (src/word): its converted text.
      { scheme: docxScheme, language: 'markdown' },
    ],
    // Settings: the server pulls the "fazhiReport" section per document (workspace/configuration) and registers
    // for its changes itself, so no `synchronize.configurationSection` (it would re-check every report twice).
    outputChannel,
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => next(uri, diagnostics.map((d) => withRuleDocLink(context, d))),
    },
  };
  return new LanguageClient('fazhiReport', vscode.l10n.t('Fazhi Report'), serverOptions, clientOptions);
}

function isReportInput(value: unknown): value is { issuer: string; year: number } {
  if (typeof value !== 'object' || value === null) return false;
  const { issuer, year } = value as Record<string, unknown>;
  return typeof issuer === 'string' && typeof year === 'number' &&
    validateIssuer(issuer) === undefined && validateYear(String(year)) === undefined;
}

/** 新建年度报告: asks the issuing body and the year, then opens the whole skeleton in a new Markdown document. */
async function newReport(input?: { issuer: string; year: number }): Promise<vscode.TextDocument | undefined> {
  let answers = input;
  if (!answers) {
    const issuer = await vscode.window.showInputBox({
      title: vscode.l10n.t('New Annual Report (1/2)'),
      prompt: vscode.l10n.t('Issuing body, full name (it goes into the title and the signature)'),
      placeHolder: '明湖市人民政府',
      ignoreFocusOut: true,
      validateInput: (value) => validateIssuer(value),
    });
    if (issuer === undefined) return undefined;
    const year = await vscode.window.showInputBox({
      title: vscode.l10n.t('New Annual Report (2/2)'),
      prompt: vscode.l10n.t('Report year (the sections on next year\'s plans use the year after it)'),
      value: String(defaultReportYear()),
      ignoreFocusOut: true,
      validateInput: (value) => validateYear(value),
    });
    if (year === undefined) return undefined;
    answers = { issuer: issuer.trim(), year: Number(year.trim()) };
  }
  // An untitled document named after the title, so Save As offers "…报告.md" (the first line, "# …", otherwise).
  // (A second report of the same name while the first is still unsaved gets an unnamed document instead.)
  const content = buildSkeleton(answers, 'markdown');
  const named = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'untitled', path: skeletonFileName(answers, 'markdown') }));
  const fresh = named.getText() === '' ? named : await vscode.workspace.openTextDocument({ language: 'markdown', content });
  const editor = await vscode.window.showTextDocument(fresh);
  if (fresh === named) await editor.edit((e) => e.insert(new vscode.Position(0, 0), content));
  return fresh.languageId === 'markdown' ? fresh : vscode.languages.setTextDocumentLanguage(fresh, 'markdown');
}

/** 修复全部: applies every certain fix the server offers for the document (the server's source.fixAll). */
async function fixAll(languageClient: LanguageClient, ready: Promise<void>, target?: unknown): Promise<boolean> {
  const document = target instanceof vscode.Uri
    ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString())
    : vscode.window.activeTextEditor?.document;
  if (!document || !isReportLanguage(document.languageId)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Fix All works on an open Markdown or plain-text report.'));
    return false;
  }
  await ready;
  const before = document.version;
  const answer: unknown = await languageClient.sendRequest(ExecuteCommandRequest.type, {
    command: serverFixAllCommand,
    arguments: [languageClient.code2ProtocolConverter.asUri(document.uri)],
  });
  const changed = document.version !== before;
  const summary = (answer as { summary?: unknown } | null)?.summary;
  if (!changed) void vscode.window.setStatusBarMessage(vscode.l10n.t('Fazhi Report: nothing to fix automatically'), 3000);
  // "已修复 N 处：标点 x，层次序数 y" — figures are never among them: those wait for the writer's choice.
  else if (typeof summary === 'string' && summary) void vscode.window.showInformationMessage(summary);
  return changed;
}

/**
 * The server links each code to its doc page as a file: URI, which VS Code would open as an editable tab (and the
 * preview would then follow it as if it were a report): point the link at openRuleDoc instead.
 */
function withRuleDocLink(context: vscode.ExtensionContext, diagnostic: vscode.Diagnostic): vscode.Diagnostic {
  const code = diagnostic.code;
  if (typeof code !== 'object' || code.target.scheme !== 'file') return diagnostic;
  const value = String(code.value);
  if (!ruleCodeRe.test(value) || code.target.fsPath !== ruleDocPath(context, value).fsPath) return diagnostic;
  diagnostic.code = { value, target: vscode.Uri.parse(`command:${openRuleDocCommand}?${encodeURIComponent(JSON.stringify([value]))}`) };
  return diagnostic;
}

function ruleDocPath(context: vscode.ExtensionContext, code: string): vscode.Uri {
  return vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${code.replace(/\//g, '-')}.md`);
}

/** fazhiReport.openRuleDoc: the rule's page in the Markdown preview (read-only), never as an editable document. */
async function openRuleDoc(context: vscode.ExtensionContext, code: unknown): Promise<boolean> {
  if (typeof code !== 'string' || !ruleCodeRe.test(code)) return false;
  const page = ruleDocPath(context, code);
  try {
    await vscode.workspace.fs.stat(page);
  } catch {
    void vscode.window.showWarningMessage(vscode.l10n.t('No documentation page for rule {0}.', code));
    return false;
  }
  await vscode.commands.executeCommand('markdown.showPreview', page);
  return true;
}
