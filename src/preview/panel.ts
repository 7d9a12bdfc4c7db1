// The live preview panel: one webview beside the editor that follows the active report, re-renders as you type
// (debounced), marks the findings the Problems panel shows, and keeps its scroll position in step with the editor.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseReport } from '../core/document';
import { looksLikeReport } from '../core/report-detection';
import type { Finding } from '../core/types';
import { findingsFromDiagnostics } from './findings';
import { buildPreviewPage, createNonce, noticePage } from './page';
import { parseWebviewMessage, type HostMessage, type PreviewState, type WebviewMessage } from './protocol';
import type { FindingsProvider } from './register';
import { debounceMs, renderSettings } from './settings';
import { isReportLanguage } from '../languages';

export const PREVIEW_VIEW_TYPE = 'fazhiReport.preview';
/** After moving one side because the other scrolled, ignore that side's scroll events this long (no echo loop). */
const ECHO_SUPPRESS_MS = 150;
/** Workspace memento key of the last shown report and reading position (fallback when the webview saved no state). */
const LAST_STATE_KEY = 'fazhiReport.preview.lastState';
const SAVE_STATE_DELAY_MS = 300;
// fazhi-docx: a Word draft's text, opened read-only by src/word.
const documentSchemes = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'fazhi-docx']);

export function isReportDocument(document: vscode.TextDocument): boolean {
  return isReportLanguage(document.languageId) && documentSchemes.has(document.uri.scheme);
}

/** A report by its content too (title, lead, front matter): the preview never follows into notes or rule docs. */
export function isReportContent(document: vscode.TextDocument): boolean {
  return isReportDocument(document) && looksLikeReport(parseReport(document.getText(), { format: reportFormat(document) }));
}

export function reportFormat(document: vscode.TextDocument): 'markdown' | 'plaintext' {
  return document.languageId === 'markdown' ? 'markdown' : 'plaintext';
}

export function documentTitle(document: vscode.TextDocument): string {
  return document.isUntitled ? document.uri.path : path.basename(document.uri.fsPath || document.uri.path);
}

/** Findings for `document`: the provider's if it has them, else the language server's published diagnostics. */
export function findingsFor(document: vscode.TextDocument, getFindings?: FindingsProvider): readonly Finding[] {
  const provided = getFindings?.(document.uri);
  if (provided) return provided;
  return findingsFromDiagnostics(vscode.languages.getDiagnostics(document.uri),
    (position) => document.offsetAt(new vscode.Position(position.line, position.character)));
}

export class ReportPreview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly nonce = createNonce();
  private renderTimer: ReturnType<typeof setTimeout> | undefined;
  private version = 0;
  /** A render was skipped while the panel was hidden. */
  private stale = false;
  private suppressEditorScrollUntil = 0;
  private lastOffset = 0;
  private disposed = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private source: vscode.TextDocument,
    private readonly getFindings: FindingsProvider | undefined,
    private readonly onDisposed: () => void,
    initialOffset = 0,
    private readonly saveState: (state: PreviewState) => void = () => undefined,
  ) {
    this.lastOffset = initialOffset;
    this.rememberPosition();
    panel.webview.options = { enableScripts: true, localResourceRoots: [this.distUri()] };
    this.updateTitle();
    panel.webview.html = this.page();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw) => this.receive(parseWebviewMessage(raw))),
      panel.onDidChangeViewState(() => {
        if (panel.visible && this.stale) this.render();
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.source) this.scheduleRender();
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((uri) => uri.toString() === this.source.uri.toString())) this.scheduleRender();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('fazhiReport')) this.scheduleRender();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && editor.document !== this.source && isReportContent(editor.document)) this.follow(editor);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => this.editorScrolled(event)),
    );
  }

  get sourceUri(): vscode.Uri {
    return this.source.uri;
  }

  /** Show `document` (a newly active report) in this panel. */
  showDocument(document: vscode.TextDocument, offset = 0): void {
    this.source = document;
    this.lastOffset = offset;
    this.rememberPosition();
    this.updateTitle();
    this.render();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.renderTimer) clearTimeout(this.renderTimer);
    if (this.saveTimer) clearTimeout(this.saveTimer);
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.panel.dispose();
    this.onDisposed();
  }

  /** Keeps report and reading position in the workspace too: a reload restores the preview even when the webview saved nothing. */
  private rememberPosition(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      if (!this.disposed) this.saveState({ uri: this.source.uri.toString(), offset: this.lastOffset });
    }, SAVE_STATE_DELAY_MS);
  }

  private follow(editor: vscode.TextEditor): void {
    this.showDocument(editor.document, topOffset(editor));
  }

  private distUri(): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'dist');
  }

  private updateTitle(): void {
    this.panel.title = `预览：${documentTitle(this.source)}`;
  }

  private page(): string {
    const webview = this.panel.webview;
    const common = {
      cspSource: webview.cspSource,
      nonce: this.nonce,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.distUri(), 'preview-webview.js')).toString(),
    };
    try {
      const config = vscode.workspace.getConfiguration('fazhiReport', this.source.uri);
      return buildPreviewPage(this.source.getText(), reportFormat(this.source), {
        ...common,
        ...renderSettings(config.get('export.boldLevel3'), config.get('export.fonts'), config.get('export.sealed'), config.get('export.letterhead')),
        findings: findingsFor(this.source, this.getFindings),
      });
    } catch (error) {
      return noticePage(`预览生成失败：${error instanceof Error ? error.message : String(error)}`, common);
    }
  }

  private scheduleRender(): void {
    if (this.renderTimer) clearTimeout(this.renderTimer);
    const delay = debounceMs(vscode.workspace.getConfiguration('fazhiReport', this.source.uri).get('preview.debounceMs'));
    this.renderTimer = setTimeout(() => {
      this.renderTimer = undefined;
      this.render();
    }, delay);
  }

  private render(): void {
    if (this.disposed) return;
    if (!this.panel.visible) {
      this.stale = true;
      return;
    }
    this.stale = false;
    this.post({ type: 'render', html: this.page(), version: ++this.version, uri: this.source.uri.toString(), offset: this.lastOffset });
  }

  private post(message: HostMessage): void {
    void this.panel.webview.postMessage(message);
  }

  private scrollSyncEnabled(): boolean {
    return vscode.workspace.getConfiguration('fazhiReport', this.source.uri).get('preview.scrollSync') !== false;
  }

  private editorScrolled(event: vscode.TextEditorVisibleRangesChangeEvent): void {
    if (event.textEditor.document !== this.source || event.visibleRanges.length === 0) return;
    this.lastOffset = topOffset(event.textEditor);
    this.rememberPosition();
    if (Date.now() < this.suppressEditorScrollUntil || !this.scrollSyncEnabled()) return;
    this.post({ type: 'scrollTo', offset: this.lastOffset });
  }

  private receive(message: WebviewMessage | undefined): void {
    if (!message) return;
    switch (message.type) {
      case 'ready':
        this.render();
        break;
      case 'reveal':
        this.lastOffset = Math.min(message.offset, this.source.getText().length);
        this.rememberPosition();
        if (this.scrollSyncEnabled()) this.revealInEditor(this.lastOffset);
        break;
      case 'jump':
        void this.jumpTo(message.start, message.end);
        break;
    }
  }

  private editorForSource(): vscode.TextEditor | undefined {
    return vscode.window.visibleTextEditors.find((editor) => editor.document === this.source);
  }

  private revealInEditor(offset: number): void {
    const editor = this.editorForSource();
    if (!editor) return;
    const position = this.source.positionAt(offset);
    this.suppressEditorScrollUntil = Date.now() + ECHO_SUPPRESS_MS;
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
  }

  private async jumpTo(start: number, end: number): Promise<void> {
    const length = this.source.getText().length;
    const range = new vscode.Range(this.source.positionAt(Math.min(start, length)), this.source.positionAt(Math.min(end, length)));
    const column = this.editorForSource()?.viewColumn ?? editorColumnBeside(this.panel.viewColumn);
    const editor = await vscode.window.showTextDocument(this.source, { viewColumn: column, selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

function topOffset(editor: vscode.TextEditor): number {
  const first = editor.visibleRanges[0];
  return first ? editor.document.offsetAt(new vscode.Position(first.start.line, 0)) : 0;
}

function editorColumnBeside(previewColumn: vscode.ViewColumn | undefined): vscode.ViewColumn {
  return previewColumn && previewColumn > vscode.ViewColumn.One ? previewColumn - 1 : vscode.ViewColumn.One;
}

/** Owns the single preview panel; restores it after a window reload. */
export class PreviewManager implements vscode.Disposable, vscode.WebviewPanelSerializer<PreviewState> {
  private preview: ReportPreview | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly getFindings?: FindingsProvider,
    private readonly memento?: vscode.Memento,
  ) {}

  get current(): ReportPreview | undefined {
    return this.preview;
  }

  /** fazhiReport.openPreview: the given report, else the active one, in a panel beside it. */
  async open(uri?: vscode.Uri): Promise<ReportPreview | undefined> {
    const active = vscode.window.activeTextEditor;
    const document = uri instanceof vscode.Uri
      ? await vscode.workspace.openTextDocument(uri)
      : active && isReportDocument(active.document) ? active.document : undefined;
    if (!document) {
      void vscode.window.showWarningMessage('没有可预览的报告：请先打开一个 Markdown 或纯文本格式的报告。');
      return undefined;
    }
    if (!isReportContent(document)) {
      const anyway = '仍要预览';
      const answer = await vscode.window.showWarningMessage(
        `“${documentTitle(document)}”看起来不是法治政府建设年度报告（标题、导语中未见相关字样），仍要按公文格式预览吗？`, anyway);
      if (answer !== anyway) return undefined;
    }
    const offset = active?.document === document ? topOffset(active) : 0;
    if (this.preview) {
      this.preview.showDocument(document, offset);
      this.preview.panel.reveal(undefined, true);
      return this.preview;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      '预览',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableFindWidget: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist')] },
    );
    return this.adopt(panel, document, offset);
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, webviewState: PreviewState | undefined): Promise<void> {
    // The webview's own state is the newest; the workspace copy covers a webview that never got to save one.
    const state = isPreviewState(webviewState) ? webviewState : this.memento?.get<unknown>(LAST_STATE_KEY);
    try {
      const document = isPreviewState(state) ? await vscode.workspace.openTextDocument(vscode.Uri.parse(state.uri)) : undefined;
      if (!document || !isPreviewState(state) || this.preview) {
        panel.dispose();
        return;
      }
      this.adopt(panel, document, state.offset);
    } catch {
      panel.dispose(); // the report was deleted or moved since the window closed
    }
  }

  dispose(): void {
    this.preview?.dispose();
  }

  private adopt(panel: vscode.WebviewPanel, document: vscode.TextDocument, offset: number): ReportPreview {
    const preview: ReportPreview = new ReportPreview(panel, this.extensionUri, document, this.getFindings, () => {
      if (this.preview === preview) this.preview = undefined;
    }, offset, (state) => void this.memento?.update(LAST_STATE_KEY, state));
    this.preview = preview;
    return preview;
  }
}

function isPreviewState(value: unknown): value is PreviewState {
  if (typeof value !== 'object' || value === null) return false;
  const { uri, offset } = value as Record<string, unknown>;
  return typeof uri === 'string' && uri !== '' && typeof offset === 'number' && Number.isSafeInteger(offset) && offset >= 0;
}
