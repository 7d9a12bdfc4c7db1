// The language server: wires documents, settings and the lint engine to LSP features (one module per feature).
// Never crashes on bad input: every handler is guarded and logs to the client's output channel.
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind, type CodeAction, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, TextDocumentSyncKind,
  TextDocuments, type Connection, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseReport } from '../core/document';
import { lintDocument, lintText, type LintRun } from '../core/lint';
import type { Rule } from '../core/rule';
import type { Finding } from '../core/types';
import { allRules } from '../core/rules/index';
import { loadSegmenter, segmenterIfLoaded } from '../core/segmenter';
import {
  fixAllActionData, fixAllFazhiKind, fixAllTextEdits, fixSummaryCommand, provideCodeActions, workspaceEdit,
} from './codeActions';
import { completionsAt } from './completion';
import { toDiagnostic } from './diagnostics';
import { foldingRanges } from './folding';
import { hoverAt } from './hover';
import { toOffset, toRange } from './ranges';
import { looksLikeReport } from '../core/report-detection';
import { defaultDebounceMs, matchesInclude, resolveSettings, settingsSection, type DocumentSettings } from './settings';
import { documentSymbols } from './symbols';

export const fixAllCommand = 'fazhiReport.server.fixAll';

export interface ServerOptions {
  /** Rules to run (tests); defaults to every registered rule. */
  rules?: Rule[];
  /** Load the segmenter after the first diagnostics (default true; tests of the fast path turn it off). */
  loadSegmenter?: boolean;
  /** Log uncaught exceptions instead of dying (default true; off when the server runs inside a test process). */
  guardProcess?: boolean;
}

interface Analysis {
  version: number;
  /** Whether the document is checked at all (looks like a report, or matches fazhiReport.include). */
  isReport: boolean;
  run: LintRun;
  settings: DocumentSettings;
  /** Whether the segmenter-dependent rules ran. */
  withSegmenter: boolean;
}

interface Scheduled {
  timer?: ReturnType<typeof setTimeout>;
  /** Bumped by every new request to lint the document: a run that finds it changed publishes nothing. */
  generation: number;
}

const checkedLanguages = new Set(['markdown', 'plaintext']);
const configurationTimeoutMs = 2000;
// Linting runs on the server's main thread: a document far longer than any report (a few tens of thousands of
// characters) is not read at all, so that it cannot hold up hovers and diagnostics in every other document.
export const maxCheckedLength = 200_000;

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const rules = options.rules ?? allRules;
  const documents = new TextDocuments(TextDocument);
  const analyses = new Map<string, Analysis>();
  const scheduled = new Map<string, Scheduled>();
  const editorSettings = new Map<string, Promise<unknown>>();
  let workspaceFolders: string[] = [];
  let canPullConfiguration = false;
  let canRegisterConfiguration = false;
  let canRegisterWatchers = false;
  let supportsDocumentChanges = false;
  let supportsWorkspaceFolders = false;
  let resolvesCodeActions = false;
  /** What the last fix-all of each document changed, for the message shown after the editor applied it. */
  const fixSummaries = new Map<string, string>();
  let segmenterRequested = options.loadSegmenter === false;
  const reportedProblems = new Set<string>();
  /** "uri notice" pairs already shown: each notice is shown once per document, however often it is re-checked. */
  const shownNotices = new Set<string>();

  const log = (message: string) => {
    try {
      connection.console.error(message);
    } catch {
      // The connection itself is gone: nothing left to tell.
    }
  };
  const describe = (error: unknown) => (error instanceof Error ? error.stack ?? error.message : String(error));
  if (options.guardProcess !== false) {
    process.on('uncaughtException', (error) => log(`[fazhi-report] 未捕获的异常：${describe(error)}`));
    process.on('unhandledRejection', (error) => log(`[fazhi-report] 未处理的 Promise 拒绝：${describe(error)}`));
  }

  /** Runs a handler; a throw becomes a log line and `fallback`, never a dead server. */
  function guard<P, R>(name: string, fallback: R, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
    return async (params: P) => {
      try {
        return await handler(params);
      } catch (error) {
        log(`[fazhi-report] ${name} 失败：${describe(error)}`);
        return fallback;
      }
    };
  }

  connection.onInitialize(guard('initialize', { capabilities: {} } as InitializeResult, (params) => {
    const caps = params?.capabilities ?? {};
    canPullConfiguration = caps.workspace?.configuration === true;
    canRegisterConfiguration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    canRegisterWatchers = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    supportsDocumentChanges = caps.workspace?.workspaceEdit?.documentChanges === true;
    supportsWorkspaceFolders = caps.workspace?.workspaceFolders === true;
    const codeActionCaps = caps.textDocument?.codeAction;
    resolvesCodeActions = codeActionCaps?.dataSupport === true && codeActionCaps.resolveSupport?.properties?.includes('edit') === true;
    const folders = params?.workspaceFolders?.map((f) => f.uri) ?? (params?.rootUri ? [params.rootUri] : []);
    workspaceFolders = folders.map(uriToPath).filter((p): p is string => !!p);
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: {
          codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, fixAllFazhiKind],
          resolveProvider: resolvesCodeActions,
        },
        documentSymbolProvider: { label: '法治政府建设年度报告' },
        foldingRangeProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['（', '('] },
        executeCommandProvider: { commands: [fixAllCommand, fixSummaryCommand] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'fazhi-report' },
    };
    return result;
  }));

  connection.onInitialized(guard('initialized', undefined, async () => {
    if (canRegisterConfiguration) await connection.client.register(DidChangeConfigurationNotification.type, { section: settingsSection });
    if (canRegisterWatchers) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.fazhirc.json' }] });
    }
    if (supportsWorkspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => uriToPath(f.uri)));
        workspaceFolders = [...workspaceFolders.filter((p) => !removed.has(p)), ...event.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p)];
        relintAll();
      });
    }
  }));
  connection.onDidChangeConfiguration(guard('didChangeConfiguration', undefined, () => {
    editorSettings.clear();
    relintAll();
  }));
  connection.onDidChangeWatchedFiles(guard('didChangeWatchedFiles', undefined, () => relintAll()));

  documents.onDidChangeContent((event) => {
    try {
      const uri = event.document.uri;
      // The first version is checked at once (fast first diagnostics); edits wait for typing to pause.
      const delay = scheduled.has(uri) ? analyses.get(uri)?.settings.debounceMs ?? defaultDebounceMs : 0;
      schedule(uri, delay);
    } catch (error) {
      log(`[fazhi-report] didChange 失败：${describe(error)}`);
    }
  });

  documents.onDidClose((event) => {
    try {
      const uri = event.document.uri;
      const pending = scheduled.get(uri);
      if (pending?.timer) clearTimeout(pending.timer);
      scheduled.delete(uri);
      analyses.delete(uri);
      editorSettings.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    } catch (error) {
      log(`[fazhi-report] didClose 失败：${describe(error)}`);
    }
  });

  function schedule(uri: string, delay: number): void {
    const state = scheduled.get(uri) ?? { generation: 0 };
    scheduled.set(uri, state);
    if (state.timer) clearTimeout(state.timer);
    const generation = ++state.generation;
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void publish(uri, generation);
    }, delay);
  }

  function relintAll(): void {
    for (const document of documents.all()) schedule(document.uri, 0);
  }

  /** Lints the current version and publishes it, unless a newer version or request superseded this one. */
  async function publish(uri: string, generation: number): Promise<void> {
    try {
      const document = documents.get(uri);
      if (!document) return;
      const version = document.version;
      const isCurrent = () => scheduled.get(uri)?.generation === generation && documents.get(uri)?.version === version;
      const settings = await settingsFor(document);
      if (!isCurrent()) return;
      const analysis = analyse(document, settings);
      if (!isCurrent()) return;
      const diagnostics = analysis.isReport ? analysis.run.findings.map((f) => toDiagnostic(analysis.run.doc, uri, version, f)) : [];
      await connection.sendDiagnostics({ uri, version, diagnostics });
      if (!segmenterRequested) {
        segmenterRequested = true;
        setTimeout(loadSegmenterInBackground, 0);
      }
    } catch (error) {
      log(`[fazhi-report] 检查 ${uri} 失败：${describe(error)}`);
    }
  }

  /** The segmenter costs ~250 ms: it loads after the first diagnostics are out, then the rules that need it run. */
  function loadSegmenterInBackground(): void {
    try {
      loadSegmenter();
    } catch (error) {
      log(`[fazhi-report] 分词器加载失败，依赖分词的规则将不运行：${describe(error)}`);
      return;
    }
    // Besides the rules that need it, others read words more precisely with it (e.g. section matching): re-lint all.
    relintAll();
  }

  function analyse(document: TextDocument, settings: DocumentSettings): Analysis {
    const segmenter = segmenterIfLoaded();
    const cached = analyses.get(document.uri);
    if (cached?.version === document.version && cached.settings === settings && cached.withSegmenter === !!segmenter) return cached;
    const text = document.getText();
    const format = document.languageId === 'markdown' ? 'markdown' : 'plaintext';
    const path = uriToPath(document.uri);
    const included = matchesInclude(settings.include, path, workspaceFolders);
    const tooLong = text.length > maxCheckedLength;
    // An over-long document is not read: an empty model stands in.
    const doc = parseReport(tooLong ? '' : text, { format });
    const isReport = !tooLong && (included || (checkedLanguages.has(document.languageId) && looksLikeReport(doc)));
    if (tooLong && (included || checkedLanguages.has(document.languageId))) {
      notify(document.uri, `文档过长（${text.length} 字符），超过 ${maxCheckedLength} 字符的检查上限，未检查`);
    }
    if (isReport) for (const notice of doc.notices) notify(document.uri, notice);
    if (segmenter && settings.lint.words?.length) segmenter.addWords(settings.lint.words);
    const run = lintDocument(doc, { options: settings.lint, rules: isReport ? rules : [], segmenter });
    for (const failure of run.failures) log(`[fazhi-report] 规则 ${failure.rule} 出错（已跳过）：${failure.error}`);
    const analysis: Analysis = { version: document.version, isReport, run, settings, withSegmenter: !!segmenter };
    analyses.set(document.uri, analysis);
    return analysis;
  }

  async function settingsFor(document: TextDocument): Promise<DocumentSettings> {
    const uri = document.uri;
    let editor = editorSettings.get(uri);
    if (!editor) {
      // A client that never answers must not stall checking: after a while the defaults apply.
      editor = canPullConfiguration
        ? Promise.race([
          connection.workspace.getConfiguration({ scopeUri: uri, section: settingsSection }),
          new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), configurationTimeoutMs)),
        ]).catch((error: unknown) => {
          log(`[fazhi-report] 读取编辑器设置失败：${describe(error)}`);
          return undefined;
        })
        : Promise.resolve(undefined);
      editorSettings.set(uri, editor);
    }
    const settings = resolveSettings(await editor, uriToPath(uri));
    const previous = analyses.get(uri)?.settings;
    reportProblems(settings.problems);
    // Same effective settings → same object, so the analysis cache stays valid.
    return previous && JSON.stringify(previous) === JSON.stringify(settings) ? previous : settings;
  }

  /** A one-line notice about how a document was read: logged, and shown once per document. */
  function notify(uri: string, notice: string): void {
    const key = `${uri} ${notice}`;
    if (shownNotices.has(key)) return;
    shownNotices.add(key);
    log(`[fazhi-report] ${uri}：${notice}`);
    void connection.window.showWarningMessage(`法治报告助手：${basename(uriToPath(uri) ?? uri)}：${notice}`);
  }

  function reportProblems(problems: string[]): void {
    for (const problem of problems) {
      if (reportedProblems.has(problem)) continue;
      reportedProblems.add(problem);
      log(`[fazhi-report] 配置问题：${problem}`);
      void connection.window.showWarningMessage(`法治报告助手配置问题：${problem}`);
    }
  }

  /** The analysis of the document as it is now (cached per version), or undefined when it is not open. */
  async function current(uri: unknown): Promise<(Analysis & { document: TextDocument }) | undefined> {
    if (typeof uri !== 'string') return undefined;
    const document = documents.get(uri);
    if (!document) return undefined;
    return { ...analyse(document, await settingsFor(document)), document };
  }

  /** Checks another text as this document is checked: fix-all re-checks its own output until it is stable. */
  function relinter(state: Analysis): (text: string) => Finding[] {
    return (text) => lintText(text, { format: state.run.doc.format }, { options: state.settings.lint, rules, segmenter: segmenterIfLoaded() }).findings;
  }

  connection.onCodeAction(guard('codeAction', [], async (params) => {
    const state = await current(params.textDocument.uri);
    if (!state?.isReport) return [];
    return provideCodeActions({
      uri: state.document.uri, version: state.version, run: state.run,
      context: params.context ?? { diagnostics: [] }, documentChanges: supportsDocumentChanges,
      relint: relinter(state), resolveEdits: resolvesCodeActions,
    });
  }));

  // On failure the action comes back as it was: without an edit the editor applies nothing.
  connection.onCodeActionResolve((action) => guard('codeActionResolve', action, resolveFixAll)(action));

  async function resolveFixAll(action: CodeAction): Promise<CodeAction> {
    const data = fixAllActionData(action);
    const state = data && await current(data.uri);
    // The document moved on since the action was offered: no edit (the editor then applies nothing).
    if (!data || !state?.isReport || state.version !== data.version) return action;
    const { edits, result } = fixAllTextEdits({ run: state.run, relint: relinter(state) }, data.code);
    fixSummaries.set(data.uri, result.summary);
    return { ...action, edit: workspaceEdit({ uri: data.uri, version: data.version, documentChanges: supportsDocumentChanges }, edits) };
  }

  connection.onExecuteCommand(guard('executeCommand', null, async (params) => {
    if (params.command === fixSummaryCommand) {
      const [uri, summary] = params.arguments ?? [];
      const message = typeof summary === 'string' ? summary : typeof uri === 'string' ? fixSummaries.get(uri) : undefined;
      if (typeof uri === 'string') fixSummaries.delete(uri);
      if (message) void connection.window.showInformationMessage(message);
      return null;
    }
    if (params.command !== fixAllCommand) return null;
    const state = await current(params.arguments?.[0]);
    if (!state?.isReport) return null;
    const { edits, result } = fixAllTextEdits({ run: state.run, relint: relinter(state) });
    if (!edits.length) return { summary: '' };
    const applied = await connection.workspace.applyEdit({
      label: '修复全部',
      edit: workspaceEdit({ uri: state.document.uri, version: state.version, documentChanges: supportsDocumentChanges }, edits),
    });
    return { summary: applied.applied ? result.summary : '' };
  }));

  connection.onDocumentSymbol(guard('documentSymbol', [], async (params) => {
    const state = await current(params.textDocument.uri);
    return state?.isReport ? documentSymbols(state.run.doc) : [];
  }));

  connection.onFoldingRanges(guard('foldingRange', [], async (params) => {
    const state = await current(params.textDocument.uri);
    return state?.isReport ? foldingRanges(state.run.doc) : [];
  }));

  connection.onHover(guard('hover', null, async (params) => {
    const state = await current(params.textDocument.uri);
    if (!state?.isReport) return null;
    return hoverAt(state.run, toOffset(state.run.doc, params.position));
  }));

  connection.onCompletion(guard('completion', [], async (params) => {
    const state = await current(params.textDocument.uri);
    if (!state?.isReport) return [];
    return completionsAt(state.run.doc, params.position, { segmenter: segmenterIfLoaded(), profile: state.run.profile.profile });
  }));

  documents.listen(connection);
  connection.listen();
}

function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
