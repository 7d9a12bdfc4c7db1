// Where an export goes and how it is written: pure decisions plus an atomic file write (node fs only, no vscode),
// unit-tested in test/unit/preview-export.test.ts.
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import * as path from 'node:path';

export type ExportFormat = 'html' | 'docx';

export const exportExtension: Record<ExportFormat, string> = { html: '.html', docx: '.docx' };

/** Characters Windows, macOS or Linux refuse in a file name, plus control characters. */
const unsafeFileNameChars = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

/** A file name made from a report title (for untitled documents); never empty, never a path. */
export function fileNameFromTitle(title: string | undefined, fallback = '法治政府建设年度报告'): string {
  const cleaned = (title ?? '').replace(unsafeFileNameChars, '').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  return Array.from(cleaned || fallback).slice(0, 80).join('');
}

/**
 * Default target: next to the source file with the format's extension ("报告.md" → "报告.html");
 * for a document not saved yet, `fallbackDir` + a name from the report title.
 */
export function defaultExportPath(
  source: { fsPath?: string; title?: string },
  format: ExportFormat,
  fallbackDir: string,
): string {
  const extension = exportExtension[format];
  if (source.fsPath) {
    const parsed = path.parse(source.fsPath);
    return path.join(parsed.dir, parsed.name + extension);
  }
  return path.join(fallbackDir, fileNameFromTitle(source.title) + extension);
}

export type TargetDecision =
  /** Nothing there: write. */
  | 'write'
  /** A file exists: ask (覆盖/取消) before writing. */
  | 'confirm-overwrite'
  /** The target is the report itself: never overwrite the source with its own export. */
  | 'refuse-source';

export function decideTarget(target: string, sourceFsPath: string | undefined, targetExists: boolean): TargetDecision {
  if (sourceFsPath && samePath(target, sourceFsPath)) return 'refuse-source';
  return targetExists ? 'confirm-overwrite' : 'write';
}

function samePath(a: string, b: string): boolean {
  const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';
  const norm = (p: string) => (caseInsensitive ? path.resolve(p).toLowerCase() : path.resolve(p));
  return norm(a) === norm(b);
}

/** Temporary sibling of `target`: same directory (so the rename is atomic), hidden, unique. */
export function temporaryPathFor(target: string): string {
  const { dir, base } = path.parse(target);
  return path.join(dir, `.${base}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes `data` to a temporary file next to `target`, flushes it, then renames it over `target`, so readers see
 * either the old file or the complete new one — never a half-written export. The temporary file is removed on failure.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const temporary = temporaryPathFor(target);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
