// A minimal LSP client for the tests: talks JSON-RPC to the server either in a child process over stdio (the real
// dist/server.js) or in this process over a pair of streams (to run the server with test rules).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import type {
  ApplyWorkspaceEditParams, InitializeResult, PublishDiagnosticsParams, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { reportStatusNotification, type ReportStatus } from '../../src/server/report-status';
import { startServer, type ServerOptions } from '../../src/server/server';

export interface ClientSetup {
  /** Value returned for workspace/configuration section "fazhiReport" (any scope). */
  settings?: unknown;
  rootUri?: string | null;
  documentChanges?: boolean;
  /** Announce codeAction/resolve support for `edit` (as VS Code does): fix-all edits then come on resolve. */
  resolveCodeActions?: boolean;
}

export class TestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  readonly shownMessages: string[] = [];
  readonly logs: string[] = [];
  /** fazhiReport/status notifications (the client's status bar). */
  readonly statuses: ReportStatus[] = [];
  readonly texts = new Map<string, { text: string; version: number; languageId: string }>();
  settings: unknown;
  private waiters: (() => void)[] = [];

  private constructor(readonly connection: MessageConnection, readonly child?: ChildProcessWithoutNullStreams) {
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.wake();
    });
    connection.onNotification(reportStatusNotification, (p: ReportStatus) => { this.statuses.push(p); this.wake(); });
    connection.onNotification('window/logMessage', (p: { message: string }) => { this.logs.push(p.message); this.wake(); });
    connection.onNotification('window/showMessage', (p: { message: string }) => { this.shownMessages.push(p.message); this.wake(); });
    connection.onRequest('window/showMessageRequest', (p: { message: string }) => { this.shownMessages.push(p.message); return null; });
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((item) => (item.section === 'fazhiReport' ? this.settings ?? null : null)));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/applyEdit', (p: ApplyWorkspaceEditParams) => {
      this.appliedEdits.push(p);
      this.wake();
      return { applied: true };
    });
    connection.listen();
  }

  /** The built server (dist/server.js) in a child process over stdio, as an editor starts it. */
  static spawnBuilt(serverPath: string, env: NodeJS.ProcessEnv = process.env): TestClient {
    const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: 'pipe', env });
    child.stderr.resume();
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    return new TestClient(connection, child);
  }

  /** The server in this process (with the given rules) over in-memory streams. */
  static inProcess(options: ServerOptions): TestClient {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const serverConnection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    startServer(serverConnection, { guardProcess: false, ...options });
    return new TestClient(createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer)));
  }

  async initialize(setup: ClientSetup = {}): Promise<InitializeResult> {
    this.settings = setup.settings;
    const result = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: null,
      rootUri: setup.rootUri ?? null,
      capabilities: {
        workspace: {
          configuration: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceEdit: { documentChanges: setup.documentChanges ?? true },
          applyEdit: true,
        },
        textDocument: {
          publishDiagnostics: { versionSupport: true, relatedInformation: true },
          ...(setup.resolveCodeActions ? { codeAction: { dataSupport: true, resolveSupport: { properties: ['edit'] } } } : {}),
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1): void {
    this.texts.set(uri, { text, version, languageId });
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Replaces the whole text (a content change without a range). */
  change(uri: string, text: string): number {
    const entry = this.texts.get(uri)!;
    entry.text = text;
    entry.version++;
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: entry.version }, contentChanges: [{ text }] });
    return entry.version;
  }

  close(uri: string): void {
    this.texts.delete(uri);
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  /** The first publication for `uri` (after `since` publications in total) that satisfies `accept`. */
  async diagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10000, since = 0): Promise<PublishDiagnosticsParams> {
    const found = () => this.published.slice(since).find((p) => p.uri === uri && accept(p));
    return this.waitFor(found, timeoutMs, `diagnostics for ${uri}`);
  }

  async waitFor<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  async stop(): Promise<void> {
    if (this.child && this.child.exitCode === null) {
      const exited = new Promise((resolve) => this.child!.once('exit', resolve));
      try {
        await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 1000))]);
        await this.connection.sendNotification('exit');
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
      if (this.child.exitCode === null) this.child.kill();
    } else if (!this.child) {
      // In process: shutdown stops the server's lint worker.
      await Promise.race([this.request('shutdown', null).catch(() => undefined), new Promise((r) => setTimeout(r, 1000))]);
    }
    this.connection.dispose();
  }
}

/** Text after applying the edits a workspace edit makes to `uri`. */
export function applyWorkspaceEdit(text: string, edit: WorkspaceEdit | undefined, uri: string): string {
  const edits: TextEdit[] = [];
  for (const change of edit?.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === uri) edits.push(...(change.edits as TextEdit[]));
  }
  edits.push(...(edit?.changes?.[uri] ?? []));
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 0, text), edits);
}
