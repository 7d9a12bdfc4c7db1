// 导出为 HTML / 导出为 Word in the editor: ask where (default next to the report), confirm before overwriting,
// render with src/render, write atomically, then offer to open the result.
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseReport } from '../core/document';
import { renderDocx } from '../render/docx';
import { renderHtml } from '../render/html';
import { decideTarget, defaultExportPath, exportExtension, temporaryPathFor, writeFileAtomic, type ExportFormat } from './export-target';
import { DIAGNOSTIC_SOURCE } from './findings';
import { isReportDocument, reportFormat } from './panel';
import { renderSettings } from './settings';

/** Programmatic use (tests, tasks): skip the save dialog and write here. */
export interface ExportCommandOptions {
  target?: vscode.Uri;
}

const formatLabel: Record<ExportFormat, string> = { html: 'HTML', docx: 'Word' };
const dialogFilters: Record<ExportFormat, Record<string, string[]>> = {
  html: { 'HTML 网页': ['html', 'htm'] },
  docx: { 'Word 文档': ['docx'] },
};

/**
 * The report to export: the URI given (explorer/editor title menus pass one), else the active editor's report,
 * else the report shown in the preview.
 */
async function reportToExport(uri: unknown, previewSource: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  const active = vscode.window.activeTextEditor?.document;
  if (active && isReportDocument(active)) return active;
  return previewSource ? vscode.workspace.openTextDocument(previewSource) : undefined;
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function render(document: vscode.TextDocument, format: ExportFormat): Promise<Uint8Array | string> {
  const config = vscode.workspace.getConfiguration('fazhiReport', document.uri);
  const settings = renderSettings(config.get('export.boldLevel3'), config.get('export.fonts'), config.get('export.sealed'), config.get('export.letterhead'));
  const doc = parseReport(document.getText(), { format: reportFormat(document) });
  return format === 'html' ? renderHtml(doc, { mode: 'export', ...settings }) : renderDocx(doc, settings);
}

/** Atomic for every scheme: node fs for local files, else a temporary sibling renamed through vscode.workspace.fs. */
async function writeAtomically(target: vscode.Uri, data: Uint8Array | string): Promise<void> {
  if (target.scheme === 'file') return writeFileAtomic(target.fsPath, data);
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const temporary = target.with({ path: temporaryPathFor(target.path).split(path.sep).join('/') });
  try {
    await vscode.workspace.fs.writeFile(temporary, bytes);
    await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
  } catch (error) {
    await Promise.resolve(vscode.workspace.fs.delete(temporary)).catch(() => undefined);
    throw error;
  }
}

async function chooseTarget(document: vscode.TextDocument, format: ExportFormat): Promise<vscode.Uri | undefined> {
  const fallbackDir = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file')?.uri.fsPath ?? os.homedir();
  const title = parseReport(document.getText(), { format: reportFormat(document) }).title?.content;
  const sourcePath = document.uri.scheme === 'file' ? document.uri.fsPath : undefined;
  const defaultPath = defaultExportPath({ fsPath: sourcePath, title }, format, fallbackDir);
  return vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.file(defaultPath),
    filters: dialogFilters[format],
    saveLabel: '导出',
    title: `导出为 ${formatLabel[format]}`,
  });
}

/**
 * Returns false when the user declined or the target is the report itself. `confirmedByDialog`: the save dialog
 * already asked about replacing this very file, so it is not asked twice.
 */
async function confirmTarget(document: vscode.TextDocument, target: vscode.Uri, confirmedByDialog: boolean): Promise<boolean> {
  // A Word draft's text (src/word) stands for the .docx itself: never export over it.
  const source = document.uri.scheme === 'fazhi-docx' ? document.uri.with({ scheme: 'file' }) : document.uri;
  const sameScheme = target.scheme === source.scheme;
  const sourcePath = sameScheme && !document.isUntitled ? (target.scheme === 'file' ? source.fsPath : source.path) : undefined;
  const targetPath = target.scheme === 'file' ? target.fsPath : target.path;
  switch (decideTarget(targetPath, sourcePath, await exists(target))) {
    case 'write':
      return true;
    case 'refuse-source':
      void vscode.window.showErrorMessage(`不能用导出结果覆盖报告原文“${path.basename(targetPath)}”：请换一个文件名。`);
      return false;
    case 'confirm-overwrite': {
      if (confirmedByDialog) return true;
      const overwrite: vscode.MessageItem = { title: '覆盖' };
      const cancel: vscode.MessageItem = { title: '取消', isCloseAffordance: true };
      const answer = await vscode.window.showWarningMessage(
        `“${path.basename(targetPath)}”已存在，要覆盖它吗？`,
        { modal: true, detail: `原文件将被替换为新导出的内容：${targetPath}` },
        overwrite,
        cancel,
      );
      return answer === overwrite;
    }
  }
}

/** "报告仍有 N 个错误，仍要导出吗？" — unless there are none or the writer said 不再询问 (fazhiReport.export.warnOnErrors). */
async function confirmDespiteErrors(document: vscode.TextDocument): Promise<boolean> {
  const config = vscode.workspace.getConfiguration('fazhiReport', document.uri);
  if (config.get('export.warnOnErrors') === false) return true;
  const errors = vscode.languages.getDiagnostics(document.uri)
    .filter((d) => d.source === DIAGNOSTIC_SOURCE && d.severity === vscode.DiagnosticSeverity.Error).length;
  if (errors === 0) return true;
  const exportAnyway: vscode.MessageItem = { title: '仍要导出' };
  const neverAsk: vscode.MessageItem = { title: '仍要导出，不再询问' };
  const cancel: vscode.MessageItem = { title: '取消', isCloseAffordance: true };
  const answer = await vscode.window.showWarningMessage(
    `报告仍有 ${errors} 个错误，仍要导出吗？`,
    { modal: true, detail: '错误列在“问题”面板中（Ctrl+Shift+M）。导出的文件照报告现在的文字排版。' },
    exportAnyway, neverAsk, cancel,
  );
  if (answer === neverAsk) await config.update('export.warnOnErrors', false, vscode.ConfigurationTarget.Global);
  return answer === exportAnyway || answer === neverAsk;
}

async function offerToOpen(target: vscode.Uri): Promise<void> {
  const open = '打开';
  const reveal = '在文件夹中显示';
  const answer = await vscode.window.showInformationMessage(`已导出：${path.basename(target.path)}`, open, reveal);
  if (answer === open) {
    await vscode.env.openExternal(target);
  } else if (answer === reveal) {
    // revealFileInOS exists only for local files on desktop; the Explorer is the fallback (remote, web).
    await vscode.commands.executeCommand('revealFileInOS', target)
      .then(undefined, () => vscode.commands.executeCommand('revealInExplorer', target));
  }
}

/** fazhiReport.exportHtml / fazhiReport.exportDocx. Resolves to the written file, or undefined if nothing was written. */
export async function exportReport(
  format: ExportFormat,
  uri: unknown,
  options: ExportCommandOptions | undefined,
  previewSource: vscode.Uri | undefined,
): Promise<vscode.Uri | undefined> {
  try {
    const document = await reportToExport(uri, previewSource);
    if (!document) {
      void vscode.window.showWarningMessage('没有可导出的报告：请先打开一个 Markdown 或纯文本格式的报告。');
      return undefined;
    }
    const given = options?.target instanceof vscode.Uri ? options.target : undefined;
    // Asked only of a person choosing where to export (programmatic calls pass a target and are not interrupted).
    if (!given && !(await confirmDespiteErrors(document))) return undefined;
    let target = given ?? await chooseTarget(document, format);
    if (!target) return undefined;
    // The dialog asked about the name it returned; a name we extend is another file, so that one is asked about here.
    let confirmedByDialog = !given;
    if (!target.path.toLowerCase().endsWith(exportExtension[format]) && !(format === 'html' && /\.htm$/i.test(target.path))) {
      target = target.with({ path: target.path + exportExtension[format] });
      confirmedByDialog = false;
    }
    if (!(await confirmTarget(document, target, confirmedByDialog))) return undefined;
    const written = target;
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `正在导出为 ${formatLabel[format]}…` },
      async () => writeAtomically(written, await render(document, format)),
    );
    if (!options?.target) void offerToOpen(written);
    return written;
  } catch (error) {
    void vscode.window.showErrorMessage(`导出失败：${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
