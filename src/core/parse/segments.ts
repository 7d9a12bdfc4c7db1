// Segmentation stage: the source as segments (Markdown through remark, or line by line; a whole report pasted on one
// line split at its sentence ends), each classified as heading or paragraph with its Markdown prefix read.
import type { BlockKind, HeadingMarker, MissingElement, Span, TableCellModel } from '../types';
import { charCodes, forEachLineEnd, isLineEnd, trimSpan, WHITE_SPACE } from '../text';
import type { MdNode } from './markdown-tree';
import { matchHeadingMarker } from './outline';
import type { ParseReuse } from './reuse';

export interface RawSegment {
  start: number;
  end: number;
  kind?: 'code' | 'html' | 'frontmatter' | 'table';
  markdownDepth?: number;
  rows?: TableCellModel[][];
  /** For a line of a Markdown paragraph: which paragraph (its lines are joined by soft breaks). */
  paragraph?: number;
  /** The line opens an item of a Markdown ordered list ("1. …", "2) …"). */
  listItem?: boolean;
}

/** A segment and what the stages have read it as so far. */
export interface Classified {
  seg: RawSegment;
  kind: BlockKind;
  heading?: HeadingMarker;
  contentStart: number;
}

/** What the head and tail stages work on: the classified segments of one text, and the elements found missing. */
export interface ParseLines {
  text: string;
  norm: string;
  format: 'markdown' | 'plaintext';
  items: Classified[];
  missing: MissingElement[];
}

/** A segment's content (after Markdown prefix and heading marker), width-folded and trimmed. */
export function lineText(p: ParseLines, c: Classified): string {
  return p.norm.slice(c.contentStart, c.seg.end).trim();
}

/**
 * The text's segments, each classified as heading or paragraph (code, HTML, tables and front matter as they are).
 * `chunks`: the Markdown read of each chunk of an earlier version of the same document (the language server's worker
 * keeps one per document), so that an edit is read again by remark in its chunk only.
 */
export function classifySegments(
  text: string, norm: string, format: 'markdown' | 'plaintext', notices: string[], chunks?: MarkdownChunkStore, reuse?: ParseReuse,
): Classified[] {
  // Plain text is read line by line: the lines an edit left alone are the last parse's.
  if (format === 'plaintext') {
    const read = (from: number, to: number) => classified(text, norm, format, lineSegments(text, from, to));
    return reuse?.classified(read) ?? read(0, text.length);
  }
  return classified(text, norm, format, readMarkdown(text.replace(/^\ufeff/, ' '), notices, chunks));
}

/** Segments split where a long line runs on, each classified as heading or paragraph (or as what it is already). */
function classified(text: string, norm: string, format: 'markdown' | 'plaintext', segments: RawSegment[]): Classified[] {
  const raw = segments.flatMap((seg) => splitRunOn(text, norm, seg));

  // Heading recognition and markdown prefixes.
  return raw.map((seg) => {
    if (seg.kind) return { seg, kind: seg.kind, contentStart: seg.start };
    const prefix = markdownPrefixLength(norm, seg.start, seg.end);
    let at = seg.start + prefix.length;
    while (at < seg.end && norm[at] === ' ') at++;
    // A heading set in bold ("**一、……**", "**（一）……。**正文…"), as web pages copied to Markdown write it.
    const bold = format === 'markdown' && /^(\*\*|__)/.test(norm.slice(at, at + 2));
    const heading = matchHeadingMarker(text, norm, at) ?? (bold ? matchHeadingMarker(text, norm, at + 2) : undefined);
    const markdownDepth = seg.markdownDepth ?? prefix.depth;
    if (markdownDepth) seg.markdownDepth = markdownDepth;
    if (heading) return { seg, kind: 'heading', heading, contentStart: heading.markerSpan.end };
    return { seg, kind: 'paragraph', contentStart: at };
  });

}

// remark recurses once per nested container, resolves emphasis, links and code spans in time that grows with the
// square of their marks in one paragraph, and slows down more than linearly on thousands of lines without a blank
// line: Markdown nested or marked far beyond any report ("> > > …" ten thousand deep, a run of unmatched "*", ten
// thousand list items in a row) would overflow the stack or take seconds to minutes. Such a file is read line by line,
// as plain text is.
const MAX_MARKDOWN_NESTING = 16;
const MAX_MARKS_IN_PARAGRAPH = 2000;
const MAX_LINES_WITHOUT_BLANK = 4000;
const INLINE_MARKS = charCodes('*_~`[]');
const LIST_MARKER = /^(?:[-+*]|[0-9]{1,9}[.)])(?=[ \t]|$)/;

/** Why this Markdown is not given to remark (a notice for the user), or undefined when it is safe to parse. */
function markdownHazard(text: string): string | undefined {
  // Σ over paragraphs of marks², so that many paragraphs cannot add up to what one huge one would cost.
  let load = 0;
  let marks = 0;
  let run = 0;
  let lineNumber = 0;
  for (let start = 0; start <= text.length; lineNumber++) {
    // By char code, no string per line: a string per character (then per line) of the report was most of an edit's
    // Markdown parse.
    let end = start;
    let blank = true;
    let lineMarks = 0;
    for (; end < text.length && !isLineEnd(text, end); end++) {
      const c = text.charCodeAt(end);
      if (blank && !WHITE_SPACE.has(c)) blank = false;
      if (INLINE_MARKS.has(c)) lineMarks++;
    }
    const from = start;
    start = end + 1;
    if (blank) {
      load += marks * marks;
      marks = 0;
      run = 0;
      continue;
    }
    if (++run > MAX_LINES_WITHOUT_BLANK) return `Markdown 第 ${lineNumber + 1} 行之前有 ${MAX_LINES_WITHOUT_BLANK} 多行未以空行分隔，远超报告所需，已按纯文本逐行检查`;
    marks += lineMarks;
    // Only a line opening with a container's marker (after its indent) nests: the others are not cut out to be read.
    if (!opensContainer(text, from, end)) continue;
    const depth = containerDepth(text.slice(from, end));
    if (depth > MAX_MARKDOWN_NESTING) return `Markdown 第 ${lineNumber + 1} 行嵌套 ${depth} 层（引用、列表），远超报告所需，已按纯文本逐行检查`;
  }
  load += marks * marks;
  if (load > MAX_MARKS_IN_PARAGRAPH ** 2) return 'Markdown 中强调、链接、代码等标记符号（* _ ~ ` [ ]）过多，远超报告所需，已按纯文本逐行检查';
  return undefined;
}

/** Whether the line's first character past its indent may open a block quote or a list item (>, -, +, *, a digit). */
function opensContainer(text: string, from: number, end: number): boolean {
  let p = from;
  while (p < end && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  const c = text.charCodeAt(p);
  return c === 62 || c === 45 || c === 43 || c === 42 || (c >= 48 && c <= 57);
}

/** Block quotes and list items a line opens: "> - > 1. …"; a list item indented by 2n columns is nested n deeper. */
function containerDepth(line: string): number {
  let p = 0;
  let indent = 0;
  for (; p < line.length && (line[p] === ' ' || line[p] === '\t'); p++) indent += line[p] === '\t' ? 4 : 1;
  let depth = 0;
  for (;;) {
    while (p < line.length && (line[p] === ' ' || line[p] === '\t')) p++;
    if (line[p] === '>') {
      depth++;
      p++;
      continue;
    }
    const marker = LIST_MARKER.exec(line.slice(p, p + 11));
    if (!marker) break;
    depth++;
    p += marker[0].length;
  }
  return depth ? depth + Math.floor(indent / 2) : 0;
}

const LESS_THAN = 0x3c;
const DISABLE_LINE = /^<!--\s*fazhi-disable[^\n]*-->$/;

/**
 * The lines of text[from, to) (`from` starts a line, `to` ends the text or follows a line end), trimmed, a disable
 * comment on its own line (written by the editor's "ignore" action) set apart.
 */
function lineSegments(text: string, from: number, to: number): RawSegment[] {
  const raw: RawSegment[] = [];
  pushLines(text, from, to, raw);
  // Only a line opening with "<" is cut out and tried: a slice of every line was most of what this loop made.
  for (const seg of raw) if (text.charCodeAt(seg.start) === LESS_THAN && DISABLE_LINE.test(text.slice(seg.start, seg.end))) seg.kind = 'html';
  return raw;
}

/** Markdown through remark, or line by line with a notice when remark cannot be trusted with it. */
function readMarkdown(text: string, notices: string[], chunks: MarkdownChunkStore | undefined): RawSegment[] {
  const hazard = markdownHazard(text);
  if (!hazard) {
    try {
      return markdownSegments(text, chunks);
    } catch (error) {
      notices.push(`Markdown 解析失败（${error instanceof Error ? error.message : String(error)}），已按纯文本逐行检查`);
    }
  } else notices.push(hazard);
  return lineSegments(text, 0, text.length);
}

/** The Markdown segments of one chunk of a text, in offsets from the chunk, and how many paragraphs it holds. */
export interface ChunkSegments {
  segments: RawSegment[];
  paragraphs: number;
}

/** Where the segments of each chunk are kept between parses of one document (UnitCache.markdownChunks). */
export interface MarkdownChunkStore {
  get(key: string): ChunkSegments | undefined;
  set(key: string, chunk: ChunkSegments): void;
}

/**
 * The text's Markdown segments: with a store, chunk by chunk (markdownChunks), each read by remark only when the store
 * does not have it; without one, the whole text at once.
 */
function markdownSegments(text: string, store: MarkdownChunkStore | undefined): RawSegment[] {
  return segmentsByChunks(text, store ? markdownChunks(text) : [{ start: 0, end: text.length }], store);
}

/** The Markdown segments of a text read in the given chunks (consecutive, covering it), each from the store if there. */
export function segmentsByChunks(text: string, chunks: Span[], store?: MarkdownChunkStore): RawSegment[] {
  const out: RawSegment[] = [];
  let paragraphs = 0;
  for (const { start, end } of chunks) {
    const chunk = text.slice(start, end);
    // Front matter is read at the start of the text only.
    const key = `${start === 0 ? 'head' : 'body'}\u0001${chunk}`;
    let read = store?.get(key);
    if (!read) {
      read = chunkSegments(chunk, start === 0);
      store?.set(key, read);
    }
    for (const seg of read.segments) out.push(movedSegment(seg, start, paragraphs));
    paragraphs += read.paragraphs;
  }
  return out;
}

/** A chunk's segment in the text's offsets (a copy: the stages after this one write to segments). */
function movedSegment(seg: RawSegment, by: number, paragraphsBefore: number): RawSegment {
  const out: RawSegment = { ...seg, start: seg.start + by, end: seg.end + by };
  if (seg.paragraph !== undefined) out.paragraph = seg.paragraph + paragraphsBefore;
  if (seg.rows) out.rows = seg.rows.map((row) => row.map((cell) => ({ ...cell, span: { start: cell.span.start + by, end: cell.span.end + by } })));
  return out;
}

// A chunk starts at a line that nothing before it can continue: after a blank line, at the line's first column, with a
// Han character, CJK or full-width punctuation (（、《、“ …), an ideographic space, "(", "#" or digits that are no list
// marker ("2023年", not "1." or "2)") (no list item, quote, indented code, table, HTML or fence goes on there) — and only where no
// fenced code, multi-line HTML block or front matter may be open. Where one may be (a line with a fence or such HTML),
// the rest of the text is one chunk. A chunk also ends only at such a line whose first characters hash to a boundary, so
// that a chunk holds a few paragraphs and an edit moves no boundary but its own.
const CHUNK_START = /^(?:[#(\u201c\u2018\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]|[0-9]{1,9}(?![0-9.)]))/;
const MAY_OPEN_BLOCK = /```|~~~|<(?:script|pre|style|textarea)(?![\w-])|<\?|<!\[|<![A-Za-z]/i;
const FRONT_MATTER_FENCE = /^ ?---[ \t]*\r?$/;
const CHUNK_SPREAD = 4;
const BLANK_LINE = /^[ \t]*\r?$/;

/**
 * The chunks of a Markdown text that remark reads alike alone and within the whole text (a test compares them): one
 * in `spread` of the lines that may start one does.
 */
export function markdownChunks(text: string, spread = CHUNK_SPREAD): Span[] {
  const chunks: Span[] = [];
  let start = 0;
  let blankBefore = false;
  // Front matter (from a "---" first line to the next "---" line) is the first chunk's.
  let inFrontMatter = false;
  for (let at = 0; at < text.length;) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    if (MAY_OPEN_BLOCK.test(line) || (line.includes('<!--') && !/<!--.*-->/.test(line))) break;
    if (FRONT_MATTER_FENCE.test(line)) inFrontMatter = at === 0;
    if (blankBefore && !inFrontMatter && at > start && CHUNK_START.test(line) && lineHash(line) % spread === 0) {
      chunks.push({ start, end: at });
      start = at;
    }
    // Blank as CommonMark has it: spaces and tabs only (a line of ideographic spaces is a paragraph's).
    blankBefore = BLANK_LINE.test(line);
    at = end + 1;
  }
  chunks.push({ start, end: text.length });
  return chunks;
}

/** A cheap hash of a line's first characters: which candidate lines start a chunk. */
function lineHash(line: string): number {
  let h = 0;
  for (let k = 0; k < Math.min(line.length, 8); k++) h = (h * 31 + line.charCodeAt(k)) | 0;
  return h >>> 0;
}

let markdown: typeof import('./markdown-tree') | undefined;

/** One chunk read by remark: its top-level blocks as segments, in offsets from the chunk. */
function chunkSegments(text: string, head: boolean): ChunkSegments {
  // Loaded on first use: a plain-text report never needs remark (markdown-tree.ts).
  markdown ??= require('./markdown-tree') as typeof import('./markdown-tree');
  const tree = markdown.markdownTree(text, head);
  const segments: RawSegment[] = [];
  for (const node of tree.children ?? []) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    switch (node.type) {
      case 'yaml': segments.push({ start, end, kind: 'frontmatter' }); break;
      case 'code': segments.push({ start, end, kind: 'code' }); break;
      case 'html': segments.push({ start, end, kind: 'html' }); break;
      case 'thematicBreak': case 'definition': break;
      case 'table': segments.push({ start, end, kind: 'table', rows: tableRows(node) }); break;
      case 'heading': segments.push({ start, end, markdownDepth: node.depth }); break;
      default: pushLines(text, start, end, segments); // paragraphs, lists, quotes: line by line, markers kept
    }
  }
  const paragraphs = paragraphSpans(tree);
  tagParagraphLines(segments, paragraphs);
  const items = orderedListItemStarts(tree);
  for (const seg of segments) {
    let at = seg.start; // past the quote marks a list inside a block quote stands behind
    while (at < seg.end && /[> \t]/.test(text[at])) at++;
    if (items.has(at)) seg.listItem = true;
  }
  return { segments, paragraphs: paragraphs.length };
}

/** A rough size: the key, two bytes a character, and a fixed cost per segment and table cell. */
export function chunkSegmentsBytes(key: string, chunk: ChunkSegments): number {
  return 2 * key.length + 64 + chunk.segments.reduce((sum, seg) => sum + 96 + 64 * (seg.rows?.flat().length ?? 0), 0);
}

/** Where each item of an ordered list starts (its marker), nested lists and block quotes included. */
function orderedListItemStarts(node: MdNode, out = new Set<number>()): Set<number> {
  for (const child of node.children ?? []) {
    if (child.type === 'listItem' && node.type === 'list' && node.ordered && child.position?.start.offset !== undefined) out.add(child.position.start.offset);
    orderedListItemStarts(child, out);
  }
  return out;
}

/** The spans of the Markdown paragraphs, in document order, inside lists and block quotes too. */
function paragraphSpans(node: MdNode, out: Span[] = []): Span[] {
  for (const child of node.children ?? []) {
    if (child.type === 'paragraph') {
      out.push({ start: child.position?.start.offset ?? 0, end: child.position?.end.offset ?? 0 });
    } else if (child.type === 'list' || child.type === 'listItem' || child.type === 'blockquote') paragraphSpans(child, out);
  }
  return out;
}

/** Marks each line of a paragraph with the paragraph's number (both lists are in document order). */
function tagParagraphLines(segments: RawSegment[], paragraphs: Span[]): void {
  let k = 0;
  for (const seg of segments) {
    if (seg.kind || seg.markdownDepth) continue;
    while (k < paragraphs.length && paragraphs[k].end <= seg.start) k++;
    if (k < paragraphs.length && paragraphs[k].start <= seg.start && seg.end <= paragraphs[k].end) seg.paragraph = k;
  }
}

function tableRows(table: MdNode): TableCellModel[][] {
  return (table.children ?? []).map((row) =>
    (row.children ?? []).map((cell) => {
      const inner = cell.children ?? [];
      const start = inner[0]?.position?.start.offset ?? cell.position?.start.offset ?? 0;
      const end = inner[inner.length - 1]?.position?.end.offset ?? start;
      return { span: { start, end }, text: '' };
    }),
  );
}

function pushLines(text: string, start: number, end: number, out: RawSegment[]): void {
  let lineStart = start;
  const push = (i: number) => {
    const s = trimSpan(text, lineStart, i);
    if (s.end > s.start) out.push({ start: s.start, end: s.end });
    lineStart = i + 1;
  };
  forEachLineEnd(text, start, end, push);
  push(end);
}

/** Long pasted lines (a whole report on one line) are split at "terminator + space" and before spaced markers. */
function splitRunOn(text: string, norm: string, seg: RawSegment): RawSegment[] {
  if (seg.kind || seg.end - seg.start < 600) return [seg];
  const cuts: number[] = [];
  for (let i = seg.start + 1; i < seg.end; i++) {
    if (norm[i] !== ' ') continue;
    let j = i;
    while (j < seg.end && norm[j] === ' ') j++;
    const before = norm[i - 1];
    if (/[。!?:;]/.test(before) || (j < seg.end && matchHeadingMarker(text, norm, j))) cuts.push(j);
    i = j - 1;
  }
  if (cuts.length < 3) return [seg];
  const out: RawSegment[] = [];
  let s = seg.start;
  for (const c of [...cuts, seg.end]) {
    const span = trimSpan(text, s, c);
    if (span.end > span.start) out.push({ start: span.start, end: span.end });
    s = c;
  }
  return out;
}

function markdownPrefixLength(norm: string, start: number, end: number): { length: number; depth?: number } {
  const m = /^(#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+)/.exec(norm.slice(start, Math.min(end, start + 8)));
  if (!m) return { length: 0 };
  return { length: m[0].length, depth: m[0].startsWith('#') ? m[0].trim().length : undefined };
}
