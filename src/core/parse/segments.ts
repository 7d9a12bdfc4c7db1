// Segmentation stage: the source as segments (Markdown through remark, or line by line; a whole report pasted on one
// line split at its sentence ends), each classified as heading or paragraph with its Markdown prefix read.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { BlockKind, HeadingMarker, MissingElement, Span, TableCellModel } from '../types';
import { isLineEnd, trimSpan } from '../text';
import { matchHeadingMarker } from './outline';

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

interface MdNode {
  type: string;
  depth?: number;
  ordered?: boolean;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
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

/** The text's segments, each classified as heading or paragraph (code, HTML, tables and front matter as they are). */
export function classifySegments(text: string, norm: string, format: 'markdown' | 'plaintext', notices: string[]): Classified[] {
  let raw = format === 'markdown' ? readMarkdown(text.replace(/^\ufeff/, ' '), notices) : lineSegments(text);
  raw = raw.flatMap((seg) => splitRunOn(text, norm, seg));

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
const INLINE_MARKS = new Set(['*', '_', '~', '`', '[', ']']);
const LIST_MARKER = /^(?:[-+*]|[0-9]{1,9}[.)])(?=[ \t]|$)/;

/** Why this Markdown is not given to remark (a notice for the user), or undefined when it is safe to parse. */
function markdownHazard(text: string): string | undefined {
  // Σ over paragraphs of marks², so that many paragraphs cannot add up to what one huge one would cost.
  let load = 0;
  let marks = 0;
  let run = 0;
  let lineNumber = 0;
  for (let start = 0; start <= text.length; lineNumber++) {
    let end = start;
    while (end < text.length && !isLineEnd(text, end)) end++;
    const line = text.slice(start, end);
    start = end + 1;
    if (!line.trim()) {
      load += marks * marks;
      marks = 0;
      run = 0;
      continue;
    }
    if (++run > MAX_LINES_WITHOUT_BLANK) return `Markdown 第 ${lineNumber + 1} 行之前有 ${MAX_LINES_WITHOUT_BLANK} 多行未以空行分隔，远超报告所需，已按纯文本逐行检查`;
    for (const c of line) if (INLINE_MARKS.has(c)) marks++;
    const depth = containerDepth(line);
    if (depth > MAX_MARKDOWN_NESTING) return `Markdown 第 ${lineNumber + 1} 行嵌套 ${depth} 层（引用、列表），远超报告所需，已按纯文本逐行检查`;
  }
  load += marks * marks;
  if (load > MAX_MARKS_IN_PARAGRAPH ** 2) return 'Markdown 中强调、链接、代码等标记符号（* _ ~ ` [ ]）过多，远超报告所需，已按纯文本逐行检查';
  return undefined;
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

/** The text line by line, a disable comment on its own line (written by the editor's "ignore" action) set apart. */
function lineSegments(text: string): RawSegment[] {
  const raw: RawSegment[] = [];
  pushLines(text, 0, text.length, raw);
  for (const seg of raw) if (/^<!--\s*fazhi-disable[^\n]*-->$/.test(text.slice(seg.start, seg.end))) seg.kind = 'html';
  return raw;
}

/** Markdown through remark, or line by line with a notice when remark cannot be trusted with it. */
function readMarkdown(text: string, notices: string[]): RawSegment[] {
  const hazard = markdownHazard(text);
  if (!hazard) {
    try {
      return markdownSegments(text);
    } catch (error) {
      notices.push(`Markdown 解析失败（${error instanceof Error ? error.message : String(error)}），已按纯文本逐行检查`);
    }
  } else notices.push(hazard);
  return lineSegments(text);
}

function markdownSegments(text: string): RawSegment[] {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(text) as MdNode;
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
  tagParagraphLines(segments, paragraphSpans(tree));
  const items = orderedListItemStarts(tree);
  for (const seg of segments) {
    let at = seg.start; // past the quote marks a list inside a block quote stands behind
    while (at < seg.end && /[> \t]/.test(text[at])) at++;
    if (items.has(at)) seg.listItem = true;
  }
  return segments;
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
  for (let i = start; i <= end; i++) {
    if (i === end || isLineEnd(text, i)) {
      const s = trimSpan(text, lineStart, i);
      if (s.end > s.start) out.push({ start: s.start, end: s.end });
      lineStart = i + 1;
    }
  }
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
