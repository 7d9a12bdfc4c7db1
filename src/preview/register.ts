// Entry point of the preview and export features, called once from src/extension.ts on activation.
import * as vscode from 'vscode';
import type { Finding } from '../core/types';
import { exportReport, type ExportCommandOptions } from './export';
import { PREVIEW_VIEW_TYPE, PreviewManager } from './panel';

/**
 * Optional source of findings for a document (e.g. the language client's latest results).
 * When absent, the preview maps `vscode.languages.getDiagnostics(uri)` (what Problems shows) to offsets.
 */
export type FindingsProvider = (uri: vscode.Uri) => readonly Finding[] | undefined;

/**
 * Registers fazhiReport.openPreview (打开预览), fazhiReport.exportHtml (导出为 HTML), fazhiReport.exportDocx (导出为 Word)
 * and the preview panel serializer (restores the preview after a reload; activation event onWebviewPanel:fazhiReport.preview).
 * Returns the preview manager (tests use `current` to reach the open panel).
 */
export function registerPreviewAndExport(context: vscode.ExtensionContext, getFindings?: FindingsProvider): PreviewManager {
  const previews = new PreviewManager(context.extensionUri, getFindings, context.workspaceState);
  const exporter = (format: 'html' | 'docx') => (uri?: unknown, options?: ExportCommandOptions) =>
    exportReport(format, uri, options, previews.current?.sourceUri);
  context.subscriptions.push(
    previews,
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, previews),
    vscode.commands.registerCommand('fazhiReport.openPreview', (uri?: unknown) =>
      previews.open(uri instanceof vscode.Uri ? uri : undefined).then((preview) => preview !== undefined)),
    vscode.commands.registerCommand('fazhiReport.exportHtml', exporter('html')),
    vscode.commands.registerCommand('fazhiReport.exportDocx', exporter('docx')),
  );
  return previews;
}
