// Helpers shared by the extension-host suites: the extension's API, the temp workspace's files, waiting for
// the server's diagnostics.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FazhiReportApi } from '../../../src/extension';

export const extensionId = 'fazhi-report.fazhi-report';
export const diagnosticSource = 'fazhi-report';

export async function activateExtension(): Promise<FazhiReportApi> {
  const extension = vscode.extensions.getExtension<FazhiReportApi>(extensionId);
  assert.ok(extension, `extension ${extensionId} is not loaded`);
  const api = await extension.activate();
  await api.ready;
  return api;
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is not open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openFile(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document);
}

export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === diagnosticSource);
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code ?? '');
}

/** Resolves with the server's diagnostics once `accept` holds for them; fails with what was there after `timeoutMs`. */
export async function waitForDiagnostics(
  uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean, timeoutMs = 15000,
): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const diagnostics = ourDiagnostics(uri);
    if (accept(diagnostics)) return diagnostics;
    if (Date.now() > deadline) {
      assert.fail(`diagnostics for ${uri.toString()} did not reach the expected state in ${timeoutMs} ms; found:\n` +
        diagnostics.map((d) => `  ${codeOf(d)} ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`).join('\n'));
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(finish, 200);
      const listener = vscode.languages.onDidChangeDiagnostics(finish);
      function finish(): void {
        clearTimeout(timer);
        listener.dispose();
        resolve();
      }
    });
  }
}

export function withCode(code: string): (diagnostics: vscode.Diagnostic[]) => boolean {
  return (diagnostics) => diagnostics.some((d) => codeOf(d) === code);
}

export function withoutCode(code: string): (diagnostics: vscode.Diagnostic[]) => boolean {
  return (diagnostics) => !diagnostics.some((d) => codeOf(d) === code);
}

/**
 * Runs an editor request again when it was cancelled: a request made while the server republishes diagnostics
 * can be cancelled by the client.
 */
export async function retryIfCanceled<T>(request: () => Thenable<T>, attempts = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await request();
    } catch (error) {
      if (i >= attempts || !(error instanceof Error) || error.message !== 'Canceled') throw error;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}
