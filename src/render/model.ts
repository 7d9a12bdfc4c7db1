// The report as the renderers see it: 公文 elements in reading order, each a list of styled runs that keep their
// source offsets, so HTML and Word lay out the same thing and the preview can point back into the source.
import { isLineEnd, positionAt } from '../core/text';
import type { Finding, HeadingLevel, ReportDocument, Section, Span } from '../core/types';
import { cellWidth, type FontRole, fontSizePt, type Letterhead, signatureColumns, textWidthMm } from './gbt9704';

export interface InlineRun {
  /** Display text: control characters and lone surrogates removed (they would corrupt XML). */
  text: string;
  /** Source offsets of the run in ReportDocument.text. */
  start: number;
  end: number;
  font: FontRole;
  bold: boolean;
  italic: boolean;
  /** Indices into the findings given to buildRenderModel that cover this run. */
  findings: number[];
}

export type RenderBlockKind =
  | 'title' | 'subtitle' | 'addressee' | 'heading' | 'paragraph' | 'table' | 'attachment' | 'signature' | 'date'
  | 'imprint' | 'appendix-label' | 'appendix-title';

export interface RenderBlock {
  kind: RenderBlockKind;
  /** For headings: 一、 → 1, （一） → 2, 1. → 3, （1） → 4. */
  level?: HeadingLevel;
  /**
   * For headings with body text run in after them ("（一）夯实基础。高规格完成…"): the index in `lines[0]` of the first
   * run of that body text; the runs before it are the heading proper, the only text an outline or a TOC should show.
   */
  runInAt?: number;
  /** Lines of runs: several for a broken title or a joint 落款, one otherwise; empty for a table. */
  lines: InlineRun[][];
  /** For tables: rows of cells, each a list of runs; the first row is the header. */
  rows?: InlineRun[][][];
  /** For 落款 and 成文日期: the column (in character cells from the left of the 版心) where each line starts. */
  column?: number;
  /**
   * For 附件说明 lines, in character cells: wrapped lines start at `left` (under the attachment's name), the first
   * line `hanging` cells further left (under "附件：" or the number).
   */
  hang?: { left: number; hanging: number };
  /** GB/T 9704 wants one blank line before this block (主送机关 after the title, 落款 after the body). */
  blankBefore: boolean;
  /** Room for the seal: two blank lines before a sealed 落款 instead of one (its top within a line of the text). */
  sealRoom?: boolean;
  span: Span;
  /** 0-based source line of the block's start. */
  line: number;
}

export interface RenderModel {
  blocks: RenderBlock[];
  letterhead?: Letterhead;
  sealed: boolean;
  /** The title as one line of plain text, for <title> and document properties. */
  titleText: string;
  findings: Finding[];
}

export interface ModelOptions {
  findings?: Finding[];
  /** Bold 1. headings (local practice, not GB/T 9704). */
  boldLevel3?: boolean;
  /** The 落款 laid out for a seal (GB/T 9704 7.3.5.1) instead of without one (7.3.5.2). */
  sealed?: boolean;
  /** A 版头 above the title, unless the front matter names one (发文机关标志, 发文字号, 签发人), which comes first. */
  letterhead?: Letterhead;
}

const headingFont: Record<HeadingLevel, FontRole> = { 1: 'heiti', 2: 'kaiti', 3: 'fangsong', 4: 'fangsong' };

export function buildRenderModel(doc: ReportDocument, options: ModelOptions = {}): RenderModel {
  const findings = options.findings ?? [];
  const ctx: InlineContext = { doc, findings: findings.filter((f) => f.span.end > f.span.start), hidden: directiveSpans(doc) };
  const titleEnds = headingTitleEnds(doc.sections);
  const blocks: RenderBlock[] = [];
  const lineOf = (offset: number) => lineIndex(doc.lineStarts, offset);
  let signature: RenderBlock | undefined;
  let date: RenderBlock | undefined;
  let attachmentLabelWidth = 3; // "附件："

  for (const block of doc.blocks) {
    const base = { span: block.span, line: lineOf(block.span.start), blankBefore: false };
    switch (block.kind) {
      case 'title': {
        const runs = inlineRuns(ctx, block.contentSpan, 'title', false);
        const breaks = titleBreaks(doc.text, block.contentSpan);
        blocks.push({ ...base, kind: 'title', lines: splitRuns(runs, breaks) });
        break;
      }
      case 'addressee':
        blocks.push({ ...base, kind: 'addressee', lines: [inlineRuns(ctx, block.contentSpan, 'fangsong', false)] });
        break;
      case 'subtitle': // "——在……会议上" and the speaker, centred in 楷体 under the title
        blocks.push({ ...base, kind: 'subtitle', lines: [inlineRuns(ctx, block.contentSpan, 'kaiti', false)] });
        break;
      case 'heading': {
        const marker = block.heading!;
        if (block.listItem) { // a Markdown list item, marker and all: body text, not an outline entry
          blocks.push({ ...base, kind: 'paragraph', lines: [inlineRuns(ctx, { start: marker.markerSpan.start, end: block.contentSpan.end }, 'fangsong', false)] });
          break;
        }
        const level = marker.level;
        const bold = level === 3 && Boolean(options.boldLevel3);
        const titleEnd = titleEnds.get(block.index) ?? block.contentSpan.end;
        // A heading set in bold ("**一、……**", "**（一）……。**正文"): its closing mark is Markdown, not text, and
        // the heading font already sets the heading off; the opening mark lies before the marker anyway.
        const pieces = withoutBoldClose(doc, block.span.start, marker.markerSpan.start, block.contentSpan.end);
        const title = pieces({ start: marker.markerSpan.start, end: titleEnd }).flatMap((span) => inlineRuns(ctx, span, headingFont[level], bold));
        const body = pieces({ start: titleEnd, end: block.contentSpan.end }).flatMap((span) => inlineRuns(ctx, span, 'fangsong', false));
        blocks.push({ ...base, kind: 'heading', level, runInAt: body.length ? title.length : undefined, lines: [[...title, ...body]] });
        break;
      }
      case 'paragraph': {
        // A Markdown heading without a 层次序数 ("## 附件") keeps the level its writer gave it.
        if (block.markdownDepth && block.markdownDepth > 1) {
          const level = Math.min(4, block.markdownDepth - 1) as HeadingLevel;
          blocks.push({ ...base, kind: 'heading', level, lines: [inlineRuns(ctx, block.contentSpan, headingFont[level], false)] });
        } else {
          blocks.push({ ...base, kind: 'paragraph', lines: [inlineRuns(ctx, block.contentSpan, 'fangsong', false)] });
        }
        break;
      }
      case 'code':
        for (const line of codeLines(doc.text, block.span)) {
          blocks.push({ ...base, span: line, line: lineOf(line.start), kind: 'paragraph', lines: [plainRuns(ctx, line, 'fangsong')] });
        }
        break;
      case 'table':
        blocks.push({
          ...base, kind: 'table', lines: [],
          rows: (block.rows ?? []).map((row) => row.map((cell) => inlineRuns(ctx, cell.span, 'fangsong', false))),
        });
        break;
      case 'attachment': {
        // GB/T 9704 7.3.3: "附件" 左空二字, then "：" and the names; a wrapped name lines up with its first character.
        const content = doc.text.slice(block.contentSpan.start, block.contentSpan.end);
        const label = /^附\s*件\s*[:：]?/.exec(content)?.[0];
        if (label) attachmentLabelWidth = cellWidth(label);
        const number = /^\s*(?:[0-9０-９]{1,2}\s*[.、．]|[（(][0-9０-９]{1,2}[)）])\s*/.exec(content.slice(label?.length ?? 0))?.[0] ?? '';
        const hanging = (label ? attachmentLabelWidth : 0) + cellWidth(number);
        blocks.push({
          ...base, kind: 'attachment', blankBefore: Boolean(label), hang: { left: 2 + attachmentLabelWidth + cellWidth(number), hanging },
          lines: [inlineRuns(ctx, block.contentSpan, 'fangsong', false)],
        });
        break;
      }
      case 'imprint': {
        // GB/T 9704 7.4: "抄送：……" on one line; "××办公室  2024年2月28日印发" with the office left and the date right.
        const { start, end } = block.contentSpan;
        const issued = /\s+((?:19|20)[0-9]{2}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*印\s*发)$/.exec(doc.norm.slice(start, end));
        const lines = issued
          ? [inlineRuns(ctx, { start, end: start + issued.index }, 'fangsong', false), inlineRuns(ctx, { start: end - issued[1].length, end }, 'fangsong', false)]
          : [inlineRuns(ctx, block.contentSpan, 'fangsong', false)];
        blocks.push({ ...base, kind: 'imprint', lines, blankBefore: blocks[blocks.length - 1]?.kind !== 'imprint' });
        break;
      }
      // GB/T 9704 8: each attachment on a new page, "附件2" in 3号黑体 顶格, its title centred like the document's.
      case 'appendix-label':
        blocks.push({ ...base, kind: 'appendix-label', lines: [inlineRuns(ctx, block.contentSpan, 'heiti', false)] });
        break;
      case 'appendix-title': {
        // GB/T 9704 8: on the third line, a blank line under the label; broken at word boundaries like the title.
        const runs = inlineRuns(ctx, block.contentSpan, 'title', false);
        const breaks = titleBreaks(doc.text, block.contentSpan);
        blocks.push({ ...base, kind: 'appendix-title', lines: splitRuns(runs, breaks), blankBefore: true });
        break;
      }
      case 'signature': {
        const lines = signatureLines(doc.text, block.contentSpan).map((span) => inlineRuns(ctx, span, 'fangsong', false));
        signature = { ...base, kind: 'signature', lines, blankBefore: true };
        blocks.push(signature);
        break;
      }
      case 'date': {
        const span = doc.date?.span ?? block.contentSpan;
        date = { ...base, kind: 'date', lines: [inlineRuns(ctx, span, 'fangsong', false)], blankBefore: !signature };
        blocks.push(date);
        break;
      }
      case 'html': {
        // A raw HTML block's words are the report's: shown as a paragraph, without the tags. A lone comment or
        // tag shows nothing.
        const lines = trimRuns(inlineRuns(ctx, block.contentSpan, 'fangsong', false));
        if (lines.length) blocks.push({ ...base, kind: 'paragraph', lines: [lines] });
        break;
      }
      default: // chrome (web-page furniture) and front matter are not part of the 公文.
    }
  }

  const titleIndex = blocks.findIndex((b) => b.kind === 'title');
  let afterTitle = titleIndex + 1;
  while (blocks[afterTitle]?.kind === 'subtitle') afterTitle++;
  if (titleIndex >= 0 && blocks[afterTitle]) blocks[afterTitle].blankBefore = true;
  const widthOf = (b: RenderBlock | undefined) => Math.max(0, ...(b?.lines ?? []).map((l) => cellWidth(runsText(l))));
  const sealed = options.sealed === true && !!signature && signature.lines.length === 1;
  const columns = signatureColumns(widthOf(signature), widthOf(date), sealed);
  if (sealed && signature) signature.sealRoom = true;
  if (signature) signature.column = columns.signature;
  if (date) date.column = columns.date;

  const title = doc.title ? sanitize(doc.title.content) : '';
  return { blocks, titleText: title, findings, sealed, letterhead: frontMatterLetterhead(doc) ?? options.letterhead };
}

/** A 版头 named in the front matter: 发文机关标志 (or letterhead), 发文字号 (or number), 签发人 (or signer). */
function frontMatterLetterhead(doc: ReportDocument): Letterhead | undefined {
  const data = doc.frontMatter?.data ?? {};
  const field = (...keys: string[]) => keys.map((k) => sanitize(data[k] ?? '').trim()).find(Boolean);
  const mark = field('发文机关标志', 'letterhead');
  return mark ? { mark, number: field('发文字号', 'number'), signer: field('签发人', 'signer') } : undefined;
}

export function runsText(runs: InlineRun[]): string {
  return runs.map((r) => r.text).join('');
}

/** XML 1.0 forbids C0 controls (except tab/LF/CR) and lone surrogates; neither means anything in a report. */
export function sanitize(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|\r(?=\n)/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/[\t\n\r]/g, ' ');
}

function lineIndex(lineStarts: number[], offset: number): number {
  return positionAt(lineStarts, offset).line;
}

interface InlineContext {
  doc: ReportDocument;
  findings: Finding[];
  /** Source that is never shown: fazhi-disable comments. */
  hidden: Span[];
}

/** Splits a span of a bold-set heading around the mark that closes the bold (no-op for other headings). */
function withoutBoldClose(doc: ReportDocument, blockStart: number, markerStart: number, contentEnd: number): (span: Span) => Span[] {
  const open = markerStart - 2 >= blockStart && doc.format === 'markdown' ? doc.text.slice(markerStart - 2, markerStart) : '';
  const close = open === '**' || open === '__' ? doc.text.indexOf(open, markerStart) : -1;
  if (close < 0 || close + 2 > contentEnd) return (span) => [span];
  return (span) => [{ start: span.start, end: Math.min(span.end, close) }, { start: Math.max(span.start, close + 2), end: span.end }]
    .filter((piece) => piece.end > piece.start);
}

function directiveSpans(doc: ReportDocument): Span[] {
  return doc.directives.map((d) => d.span);
}

interface Markup {
  hidden: Span[];
  bold: Span[];
  italic: Span[];
}

// Inline Markdown, minimally: **strong**, *emphasis*, `code`, [text](url) and ![alt](url) → their text, <https://…>
// autolinks → the address, backslash escapes. Inline HTML tags and comments are markup too: their text is shown, never
// the tags (a <script> or <style> element goes whole — it holds no words of the report).
const inlineMarkup = new RegExp([
  /\\([\\`*_[\]#+\-.!()<>])/.source, // 1 escaped character
  /\*\*(?=\S)([^*]{1,2000}?)(?<=\S)\*\*/.source, // 2 strong
  /\*(?=[^\s*])([^*]{1,2000}?)(?<=[^\s*])\*/.source, // 3 emphasis
  /`([^`]{1,2000})`/.source, // 4 code
  /!?\[([^\]]{1,300})\]\((?:[^()\s]|\([^()\s]{0,300}\)){0,300}(?:\s+"[^"]{0,300}")?\)/.source, // 5 link or image
  /<((?:https?|ftp|mailto):[^\s<>]{1,500})>/.source, // 6 autolink
  '<(script|style)\\b[^>]{0,300}>[\\s\\S]{0,20000}?<\\/\\7\\s*>', // 7 element with no words
  /<!--[\s\S]{0,20000}?-->|<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,500})?\/?>/.source, // tag or comment
].join('|'), 'gi');

function markdownMarkup(text: string, span: Span): Markup {
  const out: Markup = { hidden: [], bold: [], italic: [] };
  const slice = text.slice(span.start, span.end);
  inlineMarkup.lastIndex = 0;
  for (let m = inlineMarkup.exec(slice); m; m = inlineMarkup.exec(slice)) {
    const at = span.start + m.index;
    const end = at + m[0].length;
    if (m[1] !== undefined) out.hidden.push({ start: at, end: at + 1 });
    else if (m[2] !== undefined) {
      out.hidden.push({ start: at, end: at + 2 }, { start: end - 2, end });
      out.bold.push({ start: at + 2, end: end - 2 });
    } else if (m[3] !== undefined) {
      out.hidden.push({ start: at, end: at + 1 }, { start: end - 1, end });
      out.italic.push({ start: at + 1, end: end - 1 });
    } else if (m[4] !== undefined || m[6] !== undefined) {
      out.hidden.push({ start: at, end: at + 1 }, { start: end - 1, end });
    } else if (m[5] !== undefined) {
      const textStart = at + m[0].indexOf('[') + 1;
      const textEnd = textStart + m[5].length;
      out.hidden.push({ start: at, end: textStart }, { start: textEnd, end });
    } else out.hidden.push({ start: at, end }); // tag, comment, or a script/style element
  }
  return out;
}

/** For each atomic interval [points[k], points[k+1]), whether some span covers it (spans start and end on points). */
function coverage(points: number[], index: Map<number, number>, spans: Span[]): boolean[] {
  const depth = new Array<number>(points.length).fill(0);
  for (const s of spans) {
    const a = index.get(s.start);
    const b = index.get(s.end);
    if (a === undefined || b === undefined || b <= a) continue;
    depth[a]++;
    depth[b]--;
  }
  const out: boolean[] = [];
  let running = 0;
  for (let k = 0; k + 1 < points.length; k++) out.push((running += depth[k]) > 0);
  return out;
}

function inlineRuns(ctx: InlineContext, span: Span, font: FontRole, bold: boolean): InlineRun[] {
  if (span.end <= span.start) return [];
  const { doc } = ctx;
  const markup = doc.format === 'markdown' ? markdownMarkup(doc.text, span) : { hidden: [], bold: [], italic: [] };
  const clip = (s: Span): Span => ({ start: Math.min(span.end, Math.max(span.start, s.start)), end: Math.min(span.end, Math.max(span.start, s.end)) });
  const hidden = [...markup.hidden, ...ctx.hidden.filter((h) => h.end > span.start && h.start < span.end).map(clip)];
  const findingIndices: number[] = [];
  ctx.findings.forEach((f, i) => {
    if (f.span.end > span.start && f.span.start < span.end) findingIndices.push(i);
  });
  const findingSpans = findingIndices.map((i) => clip(ctx.findings[i].span));
  const cuts = new Set<number>([span.start, span.end]);
  for (const s of [...hidden, ...markup.bold, ...markup.italic, ...findingSpans]) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const index = new Map(points.map((p, k) => [p, k]));
  const isHidden = coverage(points, index, hidden);
  const isBold = coverage(points, index, markup.bold);
  const isItalic = coverage(points, index, markup.italic);
  const activeFindings = points.slice(1).map((): number[] => []);
  findingSpans.forEach((s, n) => {
    for (let k = index.get(s.start)!; k < index.get(s.end)!; k++) activeFindings[k].push(findingIndices[n]);
  });
  const runs: InlineRun[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k], points[k + 1]];
    if (isHidden[k]) continue;
    const run: InlineRun = {
      text: sanitize(doc.text.slice(a, b)), start: a, end: b, font,
      bold: bold || isBold[k], italic: isItalic[k], findings: activeFindings[k],
    };
    const last = runs[runs.length - 1];
    if (last && last.end === a && last.bold === run.bold && last.italic === run.italic && sameList(last.findings, run.findings)) {
      last.text += run.text;
      last.end = b;
    } else runs.push(run);
  }
  return runs.filter((r) => r.text.length > 0);
}

/** Runs without the white space that opened or closed their source lines (an HTML block's text between its tags). */
function trimRuns(runs: InlineRun[]): InlineRun[] {
  const out = runs.map((r) => ({ ...r }));
  if (out.length) out[0].text = out[0].text.trimStart();
  if (out.length) out[out.length - 1].text = out[out.length - 1].text.trimEnd();
  return out.filter((r) => r.text.length > 0);
}

function plainRuns(ctx: InlineContext, span: Span, font: FontRole): InlineRun[] {
  const text = sanitize(ctx.doc.text.slice(span.start, span.end));
  return text ? [{ text, start: span.start, end: span.end, font, bold: false, italic: false, findings: [] }] : [];
}

const sameList = (a: number[], b: number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Where each heading's title ends (its first sentence end, the terminator included); the rest is run-in body text. */
function headingTitleEnds(sections: Section[]): Map<number, number> {
  const ends = new Map<number, number>();
  const walk = (list: Section[]) => {
    for (const s of list) {
      const content = s.heading.contentSpan;
      let end = s.titleSpan.end;
      if (end < content.end && /[。．.!?！？]/.test(s.heading.content.charAt(end - content.start))) end++;
      ends.set(s.heading.index, end);
      walk(s.children);
    }
  };
  walk(sections);
  return ends;
}

/** A fenced code block's lines without the fences. */
function codeLines(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i === span.end || isLineEnd(text, i)) {
      const line = text.slice(start, i).replace(/\r$/, '');
      if (line.trim() && !/^\s*(```|~~~)/.test(line)) out.push({ start, end: start + line.length });
      start = i + 1;
    }
  }
  return out;
}

/** A joint 落款 ("中共海宁市委 海宁市人民政府") puts each body on its own line, the lead body first. */
function signatureLines(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const re = /\S+/g;
  const slice = text.slice(span.start, span.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
  // Spaced-out short names ("司 法 局") are one body, not several.
  return out.length > 1 && out.every((s) => s.end - s.start >= 4) ? out : [span];
}

/** Splits a run list at the given source offsets (each becomes the start of a new line). */
export function splitRuns(runs: InlineRun[], breaks: number[]): InlineRun[][] {
  const lines: InlineRun[][] = [[]];
  let next = 0;
  for (const run of runs) {
    let rest = run;
    while (next < breaks.length && breaks[next] <= rest.start) { if (lines[lines.length - 1].length) lines.push([]); next++; }
    while (next < breaks.length && breaks[next] > rest.start && breaks[next] < rest.end) {
      const cut = breaks[next] - rest.start;
      lines[lines.length - 1].push({ ...rest, text: rest.text.slice(0, cut), end: breaks[next] });
      lines.push([]);
      rest = { ...rest, text: rest.text.slice(cut), start: breaks[next] };
      next++;
    }
    lines[lines.length - 1].push(rest);
  }
  return lines.filter((l) => l.length);
}

/** 2号 characters per line of the 版心 (156 mm / 22 pt ≈ 20). */
export const titleCellsPerLine = Math.floor(textWidthMm / (fontSizePt.title * 25.4 / 72));

// A title breaks only at the edges of words certain in a report title — the words of its type and topic, of issuing
// bodies and of places — matched left to right (earlier alternatives first). No segmenter: export must not load
// jieba's dictionary (4 MB) to set a title of a few dozen characters.
const titleWordPattern = new RegExp([
  '关于', '[0-9]{4}\\s*年度?', '法治政府建设', '法治建设', '依法行政', '全面', '依法治[国省市县区]', '工作', '情况', '年度', '报告',
  '中共', '人民政府', '委员会', '办公室', '领导小组', '党组', '司法局', '[\\u4e00-\\u9fff]{2,3}?[省市县区旗镇乡](?=[\\u4e00-\\u9fff])',
  '（[^）]{1,20}）', '\\([^)]{1,20}\\)',
  // An attachment's title names tables and data: a conjunction starts a word, and these nouns are words.
  '[和及与暨](?![时谐平会])', '行政复议', '行政执法', '行政应诉', '行政决策', '重大', '数据', '事项', '完成', '统计表', '一览表', '清单',
].join('|'), 'g');

/**
 * Source offsets where a long title breaks: at word boundaries, lines as even as possible and never wider than the
 * 版心, preferring a trapezoid or diamond over an hourglass. Empty when the title fits or no safe break exists.
 */
export function titleBreaks(text: string, span: Span): number[] {
  const title = text.slice(span.start, span.end);
  const total = cellWidth(title);
  if (total <= titleCellsPerLine || title.length > 200) return [];
  const candidates = new Set<number>();
  for (const m of title.matchAll(titleWordPattern)) {
    if (m.index! > 0) candidates.add(m.index!);
    if (m.index! + m[0].length < title.length) candidates.add(m.index! + m[0].length);
  }
  // Never start a line with closing punctuation, end one with opening punctuation, or split "2023年".
  const positions = [...candidates].filter((p) => !/^[，。、；：！？）》”’,.;:!?)年月日]/.test(title.slice(p)) && !/[（《“‘(]$/.test(title.slice(0, p))).sort((a, b) => a - b);
  const lineCount = Math.ceil(total / titleCellsPerLine);
  if (lineCount > 4 || positions.length < lineCount - 1) return [];
  let best: { cost: number; cuts: number[] } | undefined;
  const consider = (cuts: number[]) => {
    const bounds = [0, ...cuts, title.length];
    const w = bounds.slice(1).map((end, i) => cellWidth(title.slice(bounds[i], end)));
    if (w.some((x) => x > titleCellsPerLine)) return;
    const mean = total / w.length;
    let cost = w.reduce((s, x) => s + (x - mean) ** 2, 0);
    // An hourglass (middle line shortest) or an inverted trapezoid reads worse than a trapezoid or diamond.
    if (w.length === 2 && w[0] > w[1] + 1) cost += 2;
    if (w.length >= 3 && w[1] < w[0] && w[1] < w[w.length - 1]) cost += 4;
    if (!best || cost < best.cost) best = { cost, cuts: [...cuts] };
  };
  const choose = (from: number, cuts: number[]) => {
    if (cuts.length === lineCount - 1) return consider(cuts);
    for (let k = from; k < positions.length; k++) choose(k + 1, [...cuts, positions[k]]);
  };
  if (positions.length <= 40) choose(0, []);
  return best ? best.cuts.map((c) => span.start + c) : [];
}
