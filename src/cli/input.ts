// Reading report files the way people really have them: UTF-8 (with or without BOM), UTF-16 with BOM from Notepad,
// GB18030 from old Word/Windows tools, a Word draft (.docx), or something that is not a report at all — which gets a
// one-line reason instead of a stack trace (or a hang, for a FIFO or a device).
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { readBounded } from '../core/bounded-read';
import type { DocxImport } from '../import/docx';

export const maxInputBytes = 4 * 1024 * 1024;
/** A Word file carries its pictures: only its XML is read, so it may be larger than a text report. */
export const maxDocxBytes = 64 * 1024 * 1024;
const reportExtensions = new Set(['.md', '.markdown', '.txt', '.text', '.docx']);

/** How the bytes were decoded — `--fix` writes the text back the same way. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** A text report as read: `bytes` and `encoding` let `--fix` write it back the same way. */
export interface TextReport { ok: true; path: string; text: string; format: 'markdown' | 'plaintext'; encoding: TextEncodingName; bytes: Buffer; note?: string; word?: undefined }

/** A Word draft: its accepted text as Markdown, the map back into the document, and its bytes for the annotated copy. */
export interface WordReport { ok: true; path: string; text: string; format: 'markdown'; bytes: Buffer; word: DocxImport; note?: undefined }

export type ReadResult = TextReport | WordReport | { ok: false; path: string; reason: string };

export function isDocxPath(path: string): boolean {
  return extname(path).toLowerCase() === '.docx';
}

export function formatForPath(path: string): 'markdown' | 'plaintext' {
  return ['.md', '.markdown'].includes(extname(path).toLowerCase()) ? 'markdown' : 'plaintext';
}

/** Files named on the command line; a directory stands for the regular report files directly inside it. */
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
    // A FIFO or device named like a report would block or never end: only regular files (or links to them) count.
    // "~$报告.docx" is the lock file Word keeps beside a document it has open, not a report.
    const inside = readdirSync(path)
      .filter((name) => reportExtensions.has(extname(name).toLowerCase()) && !name.startsWith('~$') && isRegularFile(join(path, name)))
      .sort();
    if (!inside.length) problems.push({ ok: false, path, reason: '是目录，其中没有 .md、.txt 或 .docx 报告文件' });
    files.push(...inside.map((name) => join(path, name)));
  }
  return { files, problems };
}

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return true; // a dangling link or a vanished file: reading it reports why
  }
}

/** `-` is standard input, always read as text; a file named .docx is read as a Word document. */
export function readReport(path: string, stdin: number = 0): ReadResult {
  const fail = (reason: string): ReadResult => ({ ok: false, path, reason });
  const docx = path !== '-' && isDocxPath(path);
  const limit = docx ? maxDocxBytes : maxInputBytes;
  let bytes: Buffer;
  try {
    const read = readBounded(path === '-' ? stdin : path, limit);
    if (!read.ok) {
      const size = read.tooLarge === true ? '' : `（${(read.tooLarge / 1048576).toFixed(1)} MB）`;
      return fail(`${path === '-' ? '输入' : '文件'}过大${size}，超过 ${limit / 1048576} MB 上限，未检查`);
    }
    bytes = read.bytes;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'EISDIR' ? '是目录，不是文件' : code === 'ENOENT' ? '文件不存在' : `无法读取（${code ?? String(error)}）`);
  }
  if (bytes.length === 0) return fail('是空文件，没有可检查的内容');
  if (docx) return wordReport(path, bytes);
  const decoded = decode(bytes);
  if (typeof decoded === 'string') return fail(decoded);
  if (!decoded.text.trim()) return fail('只有空白，没有可检查的内容');
  return { ok: true, path, format: formatForPath(path), bytes, ...decoded };
}

function wordReport(path: string, bytes: Buffer): ReadResult {
  // Loaded here, for a Word file only (its own bundle in the CLI: a text report never compiles the zip and XML reader).
  const { DocxError, readDocx } = require('../import/docx') as typeof import('../import/docx');
  let word: DocxImport;
  try {
    word = readDocx(bytes);
  } catch (error) {
    if (error instanceof DocxError) return { ok: false, path, reason: error.message };
    throw error;
  }
  if (word.markdown.length > maxInputBytes) return { ok: false, path, reason: `正文过长，超过 ${maxInputBytes / 1048576} MB 上限，未检查` };
  if (!word.markdown.trim()) return { ok: false, path, reason: 'Word 文档中没有文字，没有可检查的内容' };
  return { ok: true, path, text: word.markdown, format: 'markdown', bytes, word };
}

/** "报告.docx" → "报告.批注.docx": where the annotated copy goes unless -o names another file. */
export function annotatedPath(path: string): string {
  return join(dirname(path), `${basename(path, extname(path))}.批注.docx`);
}

const utf16Note = 'UTF-16 编码，已转换读取';

function decode(bytes: Buffer): { text: string; encoding: TextEncodingName; note?: string } | string {
  // UTF-32's byte-order marks begin like UTF-16's (FF FE 00 00): read as UTF-16 they would give text full of NULs.
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) return '是 UTF-32 编码，不支持；请另存为 UTF-8';
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', note: utf16Note };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', note: utf16Note };
  if (bytes.subarray(0, 8192).includes(0)) {
    // A .docx is a ZIP archive ("PK"): one renamed to .txt is recognised and named.
    return startsWith(bytes, [0x50, 0x4b])
      ? '是 ZIP 格式的二进制文件；若是 Word 文档，请把扩展名改为 .docx'
      : '是二进制文件（如 .pdf、.doc），请先另存为 .docx、纯文本或 Markdown';
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 'utf-8-bom' : 'utf-8' };
  } catch {
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030', note: '不是 UTF-8 编码，已按 GB18030 读取' };
    } catch {
      return '不是有效的 UTF-8 或 GB18030 文本';
    }
  }
}

function startsWith(bytes: Buffer, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, k) => bytes[k] === b);
}

/**
 * The text as bytes in the encoding it was read in (BOM kept), or undefined where that cannot be done without loss:
 * GB18030 (Node has no encoder for it), or input that did not decode losslessly (an odd UTF-16 byte, a lone surrogate).
 */
export function encodeLike(text: string, original: { encoding: TextEncodingName; bytes: Buffer; text: string }): Buffer | undefined {
  const encode = encoders[original.encoding];
  if (!encode || !encode(original.text).equals(original.bytes)) return undefined;
  return encode(text);
}

const encoders: Record<TextEncodingName, ((text: string) => Buffer) | undefined> = {
  'utf-8': (text) => Buffer.from(text, 'utf8'),
  'utf-8-bom': (text) => Buffer.from('\ufeff' + text, 'utf8'),
  'utf-16le': (text) => Buffer.from('\ufeff' + text, 'utf16le'),
  'utf-16be': (text) => Buffer.from('\ufeff' + text, 'utf16le').swap16(),
  gb18030: undefined,
};
