// Reading report files the way people really have them: UTF-8 (with or without BOM), GB18030 from old Word/Windows
// tools, or something that is not a report at all — which gets a one-line reason instead of a stack trace.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export const maxInputBytes = 4 * 1024 * 1024;
const reportExtensions = new Set(['.md', '.markdown', '.txt', '.text']);

export type ReadResult =
  | { ok: true; path: string; text: string; format: 'markdown' | 'plaintext'; note?: string }
  | { ok: false; path: string; reason: string };

export function formatForPath(path: string): 'markdown' | 'plaintext' {
  return ['.md', '.markdown'].includes(extname(path).toLowerCase()) ? 'markdown' : 'plaintext';
}

/** Files named on the command line; a directory stands for the report files directly inside it. */
export function expandInputs(paths: string[]): { files: string[]; problems: ReadResult[] } {
  const files: string[] = [];
  const problems: ReadResult[] = [];
  for (const path of paths) {
    if (path === '-') { files.push(path); continue; }
    let isDirectory = false;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      problems.push({ ok: false, path, reason: '文件不存在或无法访问' });
      continue;
    }
    if (!isDirectory) { files.push(path); continue; }
    const inside = readdirSync(path).filter((name) => reportExtensions.has(extname(name).toLowerCase())).sort();
    if (!inside.length) problems.push({ ok: false, path, reason: '是目录，其中没有 .md 或 .txt 报告文件' });
    files.push(...inside.map((name) => join(path, name)));
  }
  return { files, problems };
}

export function readReport(path: string, readStdin: () => Buffer = () => readFileSync(0)): ReadResult {
  let bytes: Buffer;
  try {
    if (path !== '-') {
      const size = statSync(path).size;
      if (size > maxInputBytes) return { ok: false, path, reason: `文件过大（${(size / 1048576).toFixed(1)} MB），超过 ${maxInputBytes / 1048576} MB 上限，未检查` };
    }
    bytes = path === '-' ? readStdin() : readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, path, reason: code === 'EISDIR' ? '是目录，不是文件' : code === 'ENOENT' ? '文件不存在' : `无法读取（${code ?? String(error)}）` };
  }
  if (bytes.length > maxInputBytes) return { ok: false, path, reason: `输入过大，超过 ${maxInputBytes / 1048576} MB 上限，未检查` };
  if (bytes.length === 0) return { ok: false, path, reason: '是空文件，没有可检查的内容' };
  // Windows Notepad's "Unicode" is UTF-16 with a byte-order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, path, format: formatForPath(path), text: new TextDecoder('utf-16le').decode(bytes), note: 'UTF-16 编码，已转换读取' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, path, format: formatForPath(path), text: new TextDecoder('utf-16be').decode(bytes), note: 'UTF-16 编码，已转换读取' };
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, path, reason: '是二进制文件（如 .docx、.pdf），请先另存为纯文本或 Markdown' };
  const format = formatForPath(path);
  try {
    return { ok: true, path, format, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    try {
      const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      return { ok: true, path, format, text, note: '不是 UTF-8 编码，已按 GB18030 读取' };
    } catch {
      return { ok: false, path, reason: '不是有效的 UTF-8 或 GB18030 文本' };
    }
  }
}
