// The language server: wires documents, settings and the lint worker to LSP features (one module per feature).
// Checks run in a worker thread (lint-host.ts): requests answer from the last finished check, mapped onto the text as
// it is now, and never wait for one. Never crashes on bad input: every handler is guarded and logs to the client.
import { basename, dirname, isAbsolute, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind, type CodeAction, CompletionTriggerKind, type Diagnostic, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, type DidChangeWatchedFilesParams, MarkupKind,
  TextDocumentSyncKind, TextDocuments, type Connection, TextDocumentContentChangeEvent, type InitializeResult, type Range, type TextEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { configFileName } from '../core/config';
import type { Span } from '../core/types';
import {
  deferredFixData, fixAllActionData, fixAllFazhiKind, fixSummaryCommand, provideCodeActions, workspaceEdit,
} from './codeActions';
import { completionsAt, snippetCompletionsAt } from './completion';
import { figuresRequest, type FiguresParams, type FiguresReply } from './figures-protocol';
import { figureSections } from './figures-model';
import { foldingRanges } from './folding';
import { hoverAt } from './hover';
import type { OneEdit } from './lint-deltas';
import { LintHost } from './lint-host';
import type { StartedLintWorker } from './lint-worker-start';
import { reportStatusNotification, type ReportStatus } from './report-status';
import { encodeTokens, semanticTokenTypes } from './semantic-tokens';
import { ignoreInConfigEdit } from './ignore-config';
import { ConfigCache, defaultDebounceMs, resolveSettings, settingsSection, type DocumentSettings } from './settings';
import type { FixAllOutcome, FixTarget, LintJob, Snapshot } from './snapshot';
import { toDocumentSymbols } from './symbols';
import { TextShift } from './text-shift';
import { isReportLanguage } from '../languages';

export const fixAllCommand = 'fazhiReport.server.fixAll';
/**
 * Typing "fz-" asks for the fz-… snippets. ("-" ends a word: VS Code ignores a trigger character inside a word and
 * leaves it to quick suggestions, which are off in Markdown and plain text.)
 */
const snippetTriggers = ['-'];

export interface ServerOptions {
  /** A module exporting `rules` to run instead of the registered rules (tests; loaded in the lint worker). */
  rulesModule?: string;
  /** Load the segmenter before the first check (default true; tests of the fast path turn it off). */
  loadSegmenter?: boolean;
  /** A check running longer is stopped and its worker replaced (default 10 s). */
  lintTimeoutMs?: number;
  /** Log uncaught exceptions instead of dying (default true; off when the server runs inside a test process). */
  guardProcess?: boolean;
  /** The lint worker, already started by the server's launcher (with its own `rulesModule` and `loadSegmenter`). */
  lintWorker?: StartedLintWorker;
}

/** The last finished check of a document and the text it checked. */
interface Checked {
  snapshot: Snapshot;
  text: string;
  settings: DocumentSettings;
  /** The map onto the current text, kept while the document stays at this version. */
  shift?: { version: number; map: TextShift };
}

interface DocumentState {
  /** Cancels the scheduled check. */
  cancelScheduled?: () => void;
  /** Bumped by every new request to lint the document: a run that finds it changed publishes nothing. */
  generation: number;
  checked?: Checked;
  /** Highest version whose diagnostics were published: an older one is never published after it. */
  publishedVersion: number;
  /** The version whose check hung or crashed the worker: not checked again until the document changes. */
  abortedVersion?: number;
  /** Resolved by the next finished check (then replaced): the outline and folding wait for the current version's. */
  nextCheck: Promise<void>;
  /**
   * Set while a check's diagnostics are out and the rest of its snapshot is on its way (milliseconds): requests wait
   * for it, so that a hover or a code action never answers from an older check than the diagnostics shown.
   */
  snapshotDue?: Promise<void>;
  markChecked(): void;
}

const configurationTimeoutMs = 2000;
const currentCheckWaitMs = 5000;
const defaultLintTimeoutMs = 10_000;

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  // Each change is noted for the lint worker's text delta: a one-edit change passes as that edit (lint-deltas.ts).
  const documents = new TextDocuments<TextDocument>({
    create: TextDocument.create,
    update: (document, changes, version) => {
      host.noteEdit(document.uri, document.version, version, oneEdit(document, changes));
      return TextDocument.update(document, changes, version);
    },
  });
  const states = new Map<string, DocumentState>();
  const editorSettings = new Map<string, Promise<unknown>>();
  const configs = new ConfigCache();
  let workspaceFolders: string[] = [];
  let canPullConfiguration = false;
  let canRegisterConfiguration = false;
  let canRefreshSemanticTokens = false;
  let canRegisterWatchers = false;
  let supportsDocumentChanges = false;
  let supportsWorkspaceFolders = false;
  let resolvesCodeActions = false;
  /** What the last fix-all of each document changed, for the message shown after the editor applied it. */
  const fixSummaries = new Map<string, string>();
  const reportedProblems = new Set<string>();
  /** "uri notice" pairs already shown: each notice is shown once per document, however often it is re-checked. */
  const shownNotices = new Set<string>();
  const lintTimeoutMs = options.lintTimeoutMs ?? defaultLintTimeoutMs;

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

  const host = new LintHost({
    loadSegmenter: options.loadSegmenter !== false,
    rulesModule: options.rulesModule,
    started: options.lintWorker,
    timeoutMs: lintTimeoutMs,
    onSegmenterError(error) {
      log(`[fazhi-report] 分词器加载失败，依赖分词的规则将不运行：${error}`);
    },
  });
  connection.onShutdown(() => host.dispose());

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
    host.prestart();
    const caps = params?.capabilities ?? {};
    canPullConfiguration = caps.workspace?.configuration === true;
    canRegisterConfiguration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    canRefreshSemanticTokens = caps.workspace?.semanticTokens?.refreshSupport === true;
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
        completionProvider: { triggerCharacters: ['（', '(', ...snippetTriggers] },
        semanticTokensProvider: { legend: { tokenTypes: [...semanticTokenTypes], tokenModifiers: [] }, full: true },
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
      // Reports too: last year's report may change or appear beside an open one.
      await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.fazhirc.json' }, { globPattern: '**/*.{md,txt,docx}' }] });
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
    configs.clear();
    relintAll();
  }));
  // A .fazhirc.json was created, changed or deleted: which file applies to a folder may have changed too.
  // A report changed on disk: the open reports of its folder are checked again (it may be their last year's report).
  connection.onDidChangeWatchedFiles(guard('didChangeWatchedFiles', undefined, (params: DidChangeWatchedFilesParams) => {
    const paths = params.changes.map((c) => uriToPath(c.uri)).filter((p): p is string => !!p);
    if (!paths.length || paths.some((p) => basename(p) === configFileName)) {
      configs.clear();
      relintAll();
      return;
    }
    const folders = new Set(paths.map((p) => dirname(p)));
    for (const document of documents.all()) {
      const path = uriToPath(document.uri);
      if (path && folders.has(dirname(path)) && !paths.includes(path)) schedule(document.uri, 0);
    }
  }));

  documents.onDidChangeContent((event) => {
    try {
      const uri = event.document.uri;
      // A check of an older version would publish nothing: the worker is freed for the new one at once.
      host.supersede(uri);
      // The first version is checked at once (fast first diagnostics); edits wait for typing to pause.
      const known = states.get(uri);
      schedule(uri, known ? known.checked?.settings.debounceMs ?? defaultDebounceMs : 0);
    } catch (error) {
      log(`[fazhi-report] didChange 失败：${describe(error)}`);
    }
  });

  documents.onDidClose((event) => {
    try {
      const uri = event.document.uri;
      const state = states.get(uri);
      state?.cancelScheduled?.();
      host.close(uri);
      state?.markChecked();
      states.delete(uri);
      editorSettings.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    } catch (error) {
      log(`[fazhi-report] didClose 失败：${describe(error)}`);
    }
  });

  function stateOf(uri: string): DocumentState {
    let state = states.get(uri);
    if (!state) {
      const fresh: DocumentState = { generation: 0, publishedVersion: -1, nextCheck: Promise.resolve(), markChecked: () => {} };
      const arm = () => {
        fresh.nextCheck = new Promise<void>((resolve) => {
          fresh.markChecked = () => { resolve(); arm(); };
        });
      };
      arm();
      state = fresh;
      states.set(uri, state);
    }
    return state;
  }

  function schedule(uri: string, delay: number): void {
    const state = stateOf(uri);
    state.cancelScheduled?.();
    const generation = ++state.generation;
    const run = () => {
      state.cancelScheduled = undefined;
      void publish(uri, generation);
    };
    // No debounce: at once (a timer of 0 ms waits 1 ms).
    if (delay > 0) {
      const timer = setTimeout(run, delay);
      state.cancelScheduled = () => clearTimeout(timer);
    } else {
      const immediate = setImmediate(run);
      state.cancelScheduled = () => clearImmediate(immediate);
    }
  }

  function relintAll(): void {
    for (const document of documents.all()) schedule(document.uri, 0);
  }

  async function jobFor(document: TextDocument): Promise<LintJob> {
    return {
      uri: document.uri, version: document.version, text: document.getText(), languageId: document.languageId,
      path: uriToPath(document.uri), settings: withPreviousResolved(await settingsFor(document), uriToPath(document.uri)), workspaceFolders,
    };
  }

  /** fazhiReport.previousReport is relative to the document's workspace folder (a .fazhirc.json's is already absolute). */
  function withPreviousResolved(settings: DocumentSettings, path: string | undefined): DocumentSettings {
    const named = settings.lint.previous;
    if (named === undefined || !path || isAbsolute(named)) return settings;
    const folder = workspaceFolders.find((f) => path.startsWith(f + sep)) ?? dirname(path);
    return { ...settings, lint: { ...settings.lint, previous: resolve(folder, named) } };
  }

  /** Checks the current version in the worker and publishes it, unless a newer version or request superseded it. */
  async function publish(uri: string, generation: number): Promise<void> {
    try {
      const document = documents.get(uri);
      const state = states.get(uri);
      if (!document || !state) return;
      const version = document.version;
      if (state.abortedVersion === version) return;
      const isCurrent = () => states.get(uri) === state && state.generation === generation && documents.get(uri)?.version === version;
      const job = await jobFor(document);
      if (!isCurrent()) return;
      // The diagnostics go out as soon as the worker has them; the rest of the snapshot follows.
      const sendDiagnostics = (diagnostics: Diagnostic[]) => {
        state.publishedVersion = version;
        return connection.sendDiagnostics({ uri, version, diagnostics });
      };
      let sentEarly = false;
      let snapshotArrived: (() => void) | undefined;
      let due: Promise<void> | undefined;
      const outcome = await host.check(job, !state.checked, (early) => {
        if (!early.isReport || !isCurrent() || version < state.publishedVersion) return;
        sentEarly = true;
        due = state.snapshotDue = new Promise<void>((resolve) => { snapshotArrived = resolve; });
        // The worker builds the rest of the snapshot once they are written (lint-host.ts).
        return sendDiagnostics(early.diagnostics).catch((error: unknown) => log(`[fazhi-report] 发布 ${uri} 的诊断失败：${describe(error)}`));
      });
      try {
        if (states.get(uri) !== state) return;
        if (outcome.kind === 'aborted') {
          state.abortedVersion = version;
          notify(uri, outcome.reason === 'timeout'
            ? `检查超过 ${Math.round(lintTimeoutMs / 1000)} 秒未完成，已中止并重启检查线程；此版本不再检查，修改文档后将重新检查`
            : '检查线程意外退出，已重启；此版本不再检查，修改文档后将重新检查');
          return;
        }
        if (outcome.kind === 'failed') {
          log(`[fazhi-report] 检查 ${uri} 失败：${outcome.error}`);
          return;
        }
        if (outcome.kind === 'superseded') return;
        const { snapshot } = outcome;
        const previousTokens = (state.checked?.snapshot.tokens.length ?? 0) > 0;
        // A newer request may be on its way, but this check is still the best view of the document until it arrives.
        if (!state.checked || state.checked.snapshot.version <= snapshot.version) {
          state.checked = { snapshot, text: job.text, settings: job.settings };
          state.markChecked();
        }
        for (const notice of snapshot.notices) notify(uri, notice);
        for (const failure of snapshot.failures) log(`[fazhi-report] 规则 ${failure.rule} 出错（已跳过）：${failure.error}`);
        if (!isCurrent() || version < state.publishedVersion) return;
        if (!sentEarly) await sendDiagnostics(snapshot.isReport ? snapshot.diagnostics : []);
        const status: ReportStatus = {
          uri, version, isReport: snapshot.isReport, excluded: snapshot.excluded,
          ...(snapshot.profile ? { profile: snapshot.profile.profile, profileSource: snapshot.profile.source, issuer: snapshot.profile.issuer } : {}),
        };
        await connection.sendNotification(reportStatusNotification, status);
        // The tokens VS Code asked for on the edit came from the previous check: ask again (plain-text reports only).
        if (canRefreshSemanticTokens && (snapshot.tokens.length || previousTokens)) void connection.languages.semanticTokens.refresh();
      } finally {
        // Whatever became of the check, requests waiting for the rest of it go on.
        if (due && state.snapshotDue === due) state.snapshotDue = undefined;
        snapshotArrived?.();
      }
    } catch (error) {
      log(`[fazhi-report] 检查 ${uri} 失败：${describe(error)}`);
    }
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
    const settings = resolveSettings(await editor, uriToPath(uri), configs.lookup);
    reportProblems(settings.problems);
    return settings;
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

  /** The document, its last finished check (when it is a report) and the map from that check onto the text now. */
  function viewOf(uri: unknown): {
    document: TextDocument; checked: Checked; shift: TextShift; toRange: (span: Span) => Range; toExactRange: (span: Span) => Range | undefined;
  } | undefined {
    if (typeof uri !== 'string') return undefined;
    const document = documents.get(uri);
    const checked = states.get(uri)?.checked;
    if (!document || !checked?.snapshot.isReport) return undefined;
    if (checked.shift?.version !== document.version) checked.shift = { version: document.version, map: new TextShift(checked.text, document.getText()) };
    const shift = checked.shift.map;
    const toRange = (span: Span) => {
      const now = shift.spanToCurrent(span);
      return { start: document.positionAt(now.start), end: document.positionAt(now.end) };
    };
    /** A span untouched since the check, in the current text (undefined when an edit reached into it: it may say otherwise now). */
    const toExactRange = (span: Span): Range | undefined => {
      const now = shift.untouchedSpanToCurrent(span);
      return now && { start: document.positionAt(now.start), end: document.positionAt(now.end) };
    };
    return { document, checked, shift, toRange, toExactRange };
  }

  /** The view of the last check, once the snapshot of diagnostics already shown has arrived (see snapshotDue). */
  async function currentView(uri: unknown): Promise<ReturnType<typeof viewOf>> {
    if (typeof uri === 'string') await states.get(uri)?.snapshotDue;
    return viewOf(uri);
  }

  /** The outline and folding are asked for once on opening: the first check is worth waiting for (briefly). */
  /**
   * VS Code asks for the outline and the folding once per version (and keeps the answer). The last finished check of
   * a report, mapped onto the current text, answers at once; with none yet, or one that found no report (a new
   * report's first version is empty), wait up to a limit for the check of the version asked about.
   */
  async function viewAfterCurrentCheck(uri: unknown) {
    const state = typeof uri === 'string' ? states.get(uri) : undefined;
    const deadline = Date.now() + currentCheckWaitMs;
    const answerable = () => state?.checked?.snapshot.isReport || state?.checked?.snapshot.version === documents.get(uri as string)?.version;
    while (state && typeof uri === 'string' && states.get(uri) === state && !answerable()) {
      const left = deadline - Date.now();
      if (left <= 0) break;
      await Promise.race([state.nextCheck, new Promise((r) => setTimeout(r, left))]);
    }
    return currentView(uri);
  }

  async function fixAllFor(document: TextDocument, code?: string): Promise<FixAllOutcome> {
    const reply = await host.fixAll(await jobFor(document), code);
    if (reply.kind === 'fixAll') return reply.outcome;
    if (reply.kind === 'failed') log(`[fazhi-report] 修复全部失败：${reply.error}`);
    return { edits: [], summary: '', count: 0 };
  }

  async function fixEditsFor(document: TextDocument, target: FixTarget): Promise<TextEdit[]> {
    const reply = await host.fix(await jobFor(document), target);
    if (reply.kind === 'fix') return reply.edits;
    if (reply.kind === 'failed') log(`[fazhi-report] 计算修复失败：${reply.error}`);
    return [];
  }

  connection.onCodeAction(guard('codeAction', [], async (params) => {
    const view = await currentView(params.textDocument.uri);
    if (!view) return [];
    const { document, checked, shift } = view;
    const fresh = checked.snapshot.version === document.version;
    const fileOffset = shift.toCurrent(checked.snapshot.fileDirectiveOffset) ?? 0;
    const path = uriToPath(document.uri);
    return provideCodeActions({
      uri: document.uri, version: document.version, context: params.context ?? { diagnostics: [] },
      documentChanges: supportsDocumentChanges, resolveEdits: resolvesCodeActions,
      certainFixes: fresh ? checked.snapshot.certainFixes : undefined,
      fixAll: (code) => fixAllFor(document, code),
      fixEdits: (target) => fixEditsFor(document, target),
      lineCount: document.lineCount,
      eol: /\r\n|\r|\n/.exec(document.getText())?.[0] ?? '\n',
      filePosition: document.positionAt(fileOffset),
      ...(document.languageId === 'plaintext' && path ? {
        ignoreInConfig: (diagnostic: Diagnostic) => ignoreInConfigEdit(document.getText(), path, diagnostic, supportsDocumentChanges),
      } : {}),
    });
  }));

  // On failure the action comes back as it was: without an edit the editor applies nothing.
  connection.onCodeActionResolve((action) => guard('codeActionResolve', action, resolveAction)(action));

  /** Fix-all and fixes of many places get their edits when chosen, for the version they were offered on. */
  async function resolveAction(action: CodeAction): Promise<CodeAction> {
    const data = fixAllActionData(action) ?? deferredFixData(action);
    const document = data && documents.get(data.uri);
    // The document moved on since the action was offered (before or while the edits were computed): no edit, and
    // the editor then applies nothing.
    const unchanged = () => !!data && documents.get(data.uri)?.version === data.version;
    if (!data || !document || !unchanged() || !states.get(data.uri)?.checked?.snapshot.isReport) return action;
    const target = deferredFixData(action);
    let edits: TextEdit[];
    if (target) edits = await fixEditsFor(document, target);
    else {
      const outcome = await fixAllFor(document, fixAllActionData(action)?.code);
      fixSummaries.set(data.uri, outcome.summary);
      edits = outcome.edits;
    }
    if (!unchanged() || !edits.length) return action;
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
    const view = await viewAfterCurrentCheck(params.arguments?.[0]);
    if (!view) return null;
    const { document } = view;
    const version = document.version;
    const outcome = await fixAllFor(document);
    if (!outcome.edits.length || documents.get(document.uri)?.version !== version) return { summary: '' };
    const applied = await connection.workspace.applyEdit({
      label: '修复全部',
      edit: workspaceEdit({ uri: document.uri, version, documentChanges: supportsDocumentChanges }, outcome.edits),
    });
    return { summary: applied.applied ? outcome.summary : '' };
  }));

  connection.onDocumentSymbol(guard('documentSymbol', [], async (params) => {
    const view = await viewAfterCurrentCheck(params.textDocument.uri);
    return view ? toDocumentSymbols(view.checked.snapshot.symbols, view.toRange) : [];
  }));

  connection.onFoldingRanges(guard('foldingRange', [], async (params) => {
    const view = await viewAfterCurrentCheck(params.textDocument.uri);
    return view ? foldingRanges(view.checked.snapshot.folds, view.toRange) : [];
  }));

  connection.onHover(guard('hover', null, async (params) => {
    // From the last snapshot in, at once (also while a check runs); only a report's first snapshot is waited for.
    const uri = params.textDocument.uri;
    const view = states.get(uri)?.checked ? viewOf(uri) : await currentView(uri);
    if (!view) return null;
    // Looked up in the checked text: a cursor inside the region edited since then gets no hover until the next check.
    const offset = view.shift.toChecked(view.document.offsetAt(params.position));
    const hover = offset === undefined ? null : hoverAt(view.checked.snapshot.hover, view.checked.snapshot.figures.table, view.checked.text, offset);
    const range = hover && view.toExactRange(hover.span);
    return hover && range ? { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range } : null;
  }));

  connection.onRequest(figuresRequest, guard('figures', null as FiguresReply | null, async (params: FiguresParams) => {
    const view = await currentView(params?.uri);
    if (!view) return null;
    // A figure inside the region edited since the check may be gone or changed: left out until the next check.
    const sections = figureSections(view.checked.snapshot.figures, view.checked.text, view.toExactRange)
      .map(({ title, heading, figures }) => ({ title, ...(heading ? { range: view.toRange(heading) } : {}), figures }));
    return { version: view.document.version, sections };
  }));

  connection.onCompletion(guard('completion', [], async (params) => {
    // Typing "fz-": the snippets. On Ctrl+Space VS Code lists the contributed ones itself (no twins).
    if (params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter && snippetTriggers.includes(params.context.triggerCharacter ?? '')) {
      const document = documents.get(params.textDocument.uri);
      return document && isReportLanguage(document.languageId) ? snippetCompletionsAt(document, params.position) : [];
    }
    const view = await currentView(params.textDocument.uri);
    if (!view) return [];
    const { completion } = view.checked.snapshot;
    const headings = completion.headings.map((h) => ({ ...h, start: view.shift.spanToCurrent({ start: h.start, end: h.start }).start }));
    return completionsAt({ ...completion, headings }, view.document, params.position, view.checked.snapshot.profile?.profile ?? 'government');
  }));

  connection.languages.semanticTokens.on(guard('semanticTokens', { data: [] }, async (params) => {
    const view = await currentView(params.textDocument.uri);
    if (!view || !view.checked.snapshot.tokens.length) return { data: [] };
    const { document, shift } = view;
    const text = document.getText();
    const lineEndAt = (line: number) => {
      let end = line + 1 < document.lineCount ? document.offsetAt({ line: line + 1, character: 0 }) : text.length;
      while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
      return end;
    };
    const checkedTokens = view.checked.snapshot.tokens;
    const tokens = new Int32Array(checkedTokens.length);
    let size = 0;
    for (let k = 0; k < checkedTokens.length; k += 3) {
      const start = shift.toCurrent(checkedTokens[k]);
      const end = shift.toCurrent(checkedTokens[k + 1]);
      // A token inside the region edited since the check is dropped until the next check.
      if (start === undefined || end === undefined || end <= start) continue;
      tokens[size++] = start;
      tokens[size++] = end;
      tokens[size++] = checkedTokens[k + 2];
    }
    return { data: encodeTokens(tokens.subarray(0, size), (offset) => document.positionAt(offset), lineEndAt) };
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

/** A change of one range as offsets of the text before it, or undefined for several changes or a whole new text. */
function oneEdit(document: TextDocument, changes: TextDocumentContentChangeEvent[]): OneEdit | undefined {
  const change = changes.length === 1 ? changes[0] : undefined;
  if (!change || !TextDocumentContentChangeEvent.isIncremental(change)) return undefined;
  const a = document.offsetAt(change.range.start);
  const b = document.offsetAt(change.range.end);
  return { start: Math.min(a, b), end: Math.max(a, b), insert: change.text };
}
