// The report model: from Markdown or pasted plain text to title, 主送机关, lead, sections, sentences, 落款 and 成文日期,
// with exact offsets into the original text and a reason for every element that is not found. The stages are one file
// each under parse/: segmentation (segments.ts), head (head.ts), tail (tail.ts), outline (outline.ts); their line
// patterns are one catalogue (patterns.ts).
import type {
  Block, DateValue, DisableDirective, ReportDocument, Section, Sentence, Span, YearInfo, YearVote,
} from './types';
import { readHead } from './parse/head';
import { buildSections, findEnumerations } from './parse/outline';
import { classifySegments, type Classified, type MarkdownChunkStore, type ParseLines } from './parse/segments';
import { ParseMemory, ParseReuse } from './parse/reuse';
import { readTail } from './parse/tail';
import { headingPatterns } from './sections';
import { headInTraditional, toSimplified } from './script';
import { charCodes, computeLineStarts, foldWidth, positionAt, trimSpan } from './text';

export interface ParseOptions {
  format?: 'markdown' | 'plaintext';
  /** The Markdown chunks read in earlier versions of the same document (UnitCache.markdownChunks): read again only when changed. */
  markdownChunks?: MarkdownChunkStore;
  /**
   * The document's last parse (UnitCache.parse): the blocks and sentences an edit left alone are moved from it, not
   * built again (parse/reuse.ts) — read a document before the next parse with the same memory.
   */
  memory?: ParseMemory;
}

export function parseReport(input: string, options: ParseOptions = {}): ReportDocument {
  const text = input;
  // Folding changes no Han character: the text is traditional exactly when its folded form is.
  const traditional = headInTraditional(text);
  const folded = foldWidth(text);
  const norm = traditional ? toSimplified(folded) : folded;
  const reading = traditional ? toSimplified(text) : text;
  const format = options.format ?? 'plaintext';
  const lineStarts = computeLineStarts(text);
  const notices: string[] = [];
  const reuse = ParseReuse.of(options.memory, text, format, traditional);
  // The last parse's blocks are moved in place: should this parse stop half-way, the next one starts afresh.
  if (options.memory) options.memory.last = undefined;
  const items = classifySegments(text, norm, format, notices, options.markdownChunks, reuse);
  // What the next parse of plain text takes of these: as they are now, before the head and tail stages rename some (a
  // segment is replaced, never changed, once classified).
  const classified = options.memory && format === 'plaintext' ? items.map((c) => ({ ...c })) : undefined;
  const p: ParseLines = { text, norm, format, items, missing: [] };
  const missing = p.missing;
  const prose = (c: Classified) => c.kind === 'paragraph' || c.kind === 'heading';

  const head = readHead(p);
  const tail = readTail(p, head.end);
  const { date } = tail;

  // Build blocks.
  const blocks: Block[] = items.map((c, index) => {
    const content = trimSpan(text, c.contentStart, c.seg.end);
    const kept = reuse?.block(c, index, items.length, content);
    if (kept) return kept;
    const block: Block = {
      kind: c.kind,
      span: { start: c.seg.start, end: c.seg.end },
      contentSpan: content,
      content: text.slice(content.start, content.end),
      enumerations: [],
      index,
    };
    if (c.heading) block.heading = c.heading;
    if (c.seg.markdownDepth) block.markdownDepth = c.seg.markdownDepth;
    if (c.seg.listItem) block.listItem = true;
    if (c.seg.rows) block.rows = c.seg.rows.map((r) => r.map((cell) => ({ span: cell.span, text: text.slice(cell.span.start, cell.span.end) })));
    if (prose(c)) block.enumerations = findEnumerations(text, norm, content);
    return block;
  });

  const bodyBlocks = blocks.slice(head.end, tail.bodyLast + 1);
  const lead = bodyBlocks.find((b) => b.kind === 'paragraph' && b.content.length > 0);
  if (!lead || (bodyBlocks[0] !== lead && bodyBlocks.indexOf(lead) > bodyBlocks.findIndex((b) => b.kind === 'heading') && bodyBlocks.some((b) => b.kind === 'heading'))) {
    missing.push({ element: 'lead', reason: '第一个层次序数标题之前未见导语段' });
  }
  const leadBlock = lead && !missing.some((m) => m.element === 'lead') ? lead : undefined;

  const bodyStart = bodyBlocks[0]?.span.start ?? text.length;
  const bodyEnd = bodyBlocks.length ? bodyBlocks[bodyBlocks.length - 1].span.end : bodyStart;
  const headings = bodyBlocks.filter((b) => b.kind === 'heading');
  const sections = buildSections(text, norm, headings, bodyBlocks, bodyEnd);
  const continued = runOnLines(text, norm, items, format);
  const ownSentences: ([number, number] | undefined)[] = [];
  const sentences = splitSentences(text, norm, blocks.filter((b) => b.kind === 'heading' || b.kind === 'paragraph' || b.kind === 'title'), continued, reuse, ownSentences);
  if (options.memory) options.memory.last = { text, format, traditional, items: classified, blocks, sentences, ownSentences };

  const titleBlock = head.title ? blocks[items.indexOf(head.title)] : undefined;
  const frontMatter = parseFrontMatter(text, blocks.find((b) => b.kind === 'frontmatter'));
  const year = findYear(norm, titleBlock, leadBlock, frontMatter, yearVotes(norm, titleBlock, leadBlock, date, sections));
  if (!year) missing.push({ element: 'year', reason: '标题、导语和前置元数据中均未见报告年度（如“2023年”）' });

  return {
    text, norm, reading, format, lineStarts, blocks, sections, headings, sentences,
    title: titleBlock,
    addressee: head.addressee ? blocks[items.indexOf(head.addressee)] : undefined,
    lead: leadBlock,
    signature: tail.signature ? blocks[items.indexOf(tail.signature)] : undefined,
    date,
    year,
    frontMatter,
    directives: findDirectives(text, lineStarts),
    missing,
    notices,
    bodySpan: { start: bodyStart, end: bodyEnd },
  };
}

// A line that ends a sentence, or a clause a paragraph may end with.
const LINE_CLOSED = /[。!?;:…”’"')）」』》】]$/;
// Hard-wrapped lines are about equally wide: within this many columns (a Han character is two) of the median.
const WRAP_WIDTH_SLACK = 3;
const MIN_WRAPPED_LINES = 3;
// A row of a table written as text ("投诉 | 13572 | 12736 | ↑6.56%", cells between tabs): rows are alike in width and end
// without punctuation, yet are no wrapped sentence.
const TABLE_ROW = /[|｜\t].*[|｜\t]/;

/**
 * A plain-text file hard-wrapped at a fixed width (copied from a PDF or an e-mail): most long lines end inside a
 * sentence, and those lines are about equally wide. A file pasted from Word has one paragraph per line instead, each
 * ending its last sentence.
 */
function isHardWrapped(lines: string[]): boolean {
  const long = lines.filter((t) => t.length >= 20 && !TABLE_ROW.test(t));
  const open = long.filter((t) => !LINE_CLOSED.test(t));
  if (open.length < MIN_WRAPPED_LINES || open.length * 2 < long.length) return false;
  const widths = open.map(displayWidth).sort((a, b) => a - b);
  const median = widths[widths.length >> 1];
  return widths.filter((w) => Math.abs(w - median) <= WRAP_WIDTH_SLACK).length * 3 >= widths.length * 2;
}

function displayWidth(line: string): number {
  let width = 0;
  for (const c of line) width += c.charCodeAt(0) < 0x1100 ? 1 : 2;
  return width;
}

// No paragraph ends with a comma: a plain-text line that does was broken inside its sentence.
const LINE_INSIDE_CLAUSE = /[,、]$/;

/**
 * The items whose last sentence runs on into the next line: a soft line break inside a Markdown paragraph (CommonMark:
 * not a break at all); in plain text, where a line is a paragraph (as pasted from Word), a line break with no indent
 * after it in a hard-wrapped file or after a line ending in ，、. Only between two lines of body text, the second
 * without a Markdown prefix; a sentence still ends at 。！？.
 */
function runOnLines(text: string, norm: string, items: Classified[], format: 'markdown' | 'plaintext'): Set<number> {
  const out = new Set<number>();
  const hardWrapped = format === 'plaintext' && isHardWrapped(items.filter((c) => c.kind === 'paragraph').map((c) => norm.slice(c.contentStart, c.seg.end).trim()));
  for (let k = 0; k + 1 < items.length; k++) {
    const [a, b] = [items[k], items[k + 1]];
    if (a.kind !== 'paragraph' || b.kind !== 'paragraph' || b.contentStart !== b.seg.start) continue;
    const gap = text.slice(a.seg.end, b.seg.start);
    const softBreak = a.seg.paragraph !== undefined && a.seg.paragraph === b.seg.paragraph && /^[ \t]*(?:\r\n|\r|\n)[ \t]*$/.test(gap);
    const wrapped = format === 'plaintext' && (hardWrapped || LINE_INSIDE_CLAUSE.test(norm.slice(a.seg.start, a.seg.end))) &&
      /^[ \t]*(?:\r\n|\r|\n)$/.test(gap);
    if (softBreak || wrapped) out.add(k);
  }
  return out;
}

// Where the next sentence may end: a regular expression finds it far faster than a test of every character.
const SENTENCE_END = /[。!?]/g;
const SENTENCE_CLOSERS = charCodes('”’"\')）」』');

/**
 * Sentences end at 。！？ and at the end of a block, unless the block's last sentence runs on into the next one. A block
 * whose sentences are its own (none runs into it or on out of it) has them at `own[its index]` in the list; such a
 * block taken from the last parse (`reuse`) has its sentences from there.
 */
function splitSentences(
  text: string, norm: string, blocks: Block[], continued: Set<number>, reuse: ParseReuse | undefined, own: ([number, number] | undefined)[],
): Sentence[] {
  const out: Sentence[] = [];
  let runOn: { start: number; blockIndex: number } | undefined;
  // The next sentence end at or after where the search last started: blocks without one do not search the rest of the
  // text again (a report of thousands of headings would be quadratic).
  let next = -1;
  let searchedFrom = Infinity;
  const nextEnd = (k: number): number => {
    if (k >= searchedFrom && (next < 0 || next >= k)) return next;
    SENTENCE_END.lastIndex = k;
    // test(), not exec(): no match object per sentence.
    next = SENTENCE_END.test(norm) ? SENTENCE_END.lastIndex - 1 : -1;
    searchedFrom = k;
    return next;
  };
  for (const b of blocks) {
    const alone = !runOn && !continued.has(b.index);
    const from = out.length;
    const kept = alone ? reuse?.sentences(b) : undefined;
    if (kept) {
      for (const x of kept) out.push(x);
      own[b.index] = [from, out.length];
      continue;
    }
    let s = runOn?.start ?? b.contentSpan.start;
    const blockIndex = runOn?.blockIndex ?? b.index;
    runOn = undefined;
    const end = b.contentSpan.end;
    for (let k = b.contentSpan.start; ;) {
      const found = nextEnd(k);
      const atEnd = found < 0 || found >= end;
      k = atEnd ? end : found;
      // Keep closing quotes/brackets with the sentence they close.
      let e = atEnd ? k : k + 1;
      while (!atEnd && e < end && SENTENCE_CLOSERS.has(text.charCodeAt(e))) e++;
      const span = trimSpan(text, s, e);
      if (atEnd && continued.has(b.index) && span.end > span.start) {
        runOn = { start: span.start, blockIndex: s < b.contentSpan.start ? blockIndex : b.index };
        break;
      }
      if (span.end > span.start) out.push({ span, text: text.slice(span.start, span.end), blockIndex: s < b.contentSpan.start ? blockIndex : b.index });
      if (atEnd) break;
      s = e;
      k = e;
    }
    if (alone) own[b.index] = [from, out.length];
  }
  return out;
}

function parseFrontMatter(text: string, block: Block | undefined): ReportDocument['frontMatter'] {
  if (!block) return undefined;
  const data: Record<string, string> = {};
  for (const line of text.slice(block.span.start, block.span.end).split(/\r?\n/)) {
    const m = /^([A-Za-z_][\w-]*|[\u4e00-\u9fff]+)\s*:\s*(.*)$/.exec(line.trim());
    if (m) data[m[1]] = m[2].replace(/^["']|["']$/g, '').trim();
  }
  return { span: block.span, data };
}

function findYear(norm: string, title: Block | undefined, lead: Block | undefined, fm: ReportDocument['frontMatter'], votes: YearVote[]): YearInfo | undefined {
  const byTitle = votes.find((v) => v.source === 'title');
  if (byTitle) {
    // Two other places agreeing on another year, and none on the title's, outvote the title.
    const others = votes.filter((v) => v.source !== 'title');
    if (!others.some((v) => v.value === byTitle.value)) {
      const counts = new Map<number, YearVote[]>();
      for (const v of others) counts.set(v.value, [...(counts.get(v.value) ?? []), v]);
      const agreeing = [...counts.values()].filter((vs) => vs.length >= 2);
      if (agreeing.length === 1) {
        const shown = agreeing[0].find((v) => v.source === 'lead') ?? agreeing[0].find((v) => v.source === 'date') ?? agreeing[0][0];
        return { value: shown.value, span: shown.span, source: shown.source, votes };
      }
    }
  }
  const yearRe = /((?:19|20)[0-9]{2})\s*年/;
  const titleYear = title && yearRe.exec(norm.slice(title.contentSpan.start, title.contentSpan.end));
  if (title && titleYear) {
    const at = title.contentSpan.start + titleYear.index;
    return { value: Number(titleYear[1]), span: { start: at, end: at + 4 }, source: 'title', votes };
  }
  // Without one in the title, the lead's year ("2023年，……", not the end of "《……纲要（2023—2027年）》").
  const byLead = lead && leadYear(norm, lead.contentSpan);
  if (byLead) return { ...byLead, source: 'lead', votes };
  const fy = fm?.data.year ?? fm?.data['年度'];
  if (fy && /^(19|20)[0-9]{2}$/.test(fy)) return { value: Number(fy), span: fm!.span, source: 'frontmatter', votes };
  return undefined;
}

// A year that stands for one year: not an end of a span ("2021—2025年", "2023至2025年"), not "2021年以来", not the
// base of a comparison ("与2023年相比", "较2023年").
const singleYear = /(?<![0-9—–~至与较比同-])((?:19|20)[0-9]{2})\s*年(?!\s*(?:以来|以前|之前|相比|同期|[—–~至-]|[0-9]))/g;

/** The single years in norm[span], in order, outside 《》 and quotation marks (the name of another document). */
export function singleYears(norm: string, span: Span): { value: number; span: Span }[] {
  const slice = norm.slice(span.start, span.end);
  const out: { value: number; span: Span }[] = [];
  // One pass over the span, whatever the number of years in it: inside 《》 or “” when the last of 《》 (of “”) before
  // the year opens.
  let p = 0;
  let inTitle = false;
  let inQuote = false;
  for (const m of slice.matchAll(singleYear)) {
    for (; p < m.index; p++) {
      const c = slice.charCodeAt(p);
      if (c === 0x300a || c === 0x300b) inTitle = c === 0x300a; // 《 》
      else if (c === 0x201c || c === 0x201d) inQuote = c === 0x201c; // “ ”
    }
    if (inTitle || inQuote) continue;
    const start = span.start + m.index!;
    out.push({ value: Number(m[1]), span: { start, end: start + 4 } });
  }
  return out;
}

/** The year a lead opens on ("2024年以来，……" is the report's year so far), else its first single year. */
function leadYear(norm: string, span: Span): { value: number; span: Span } | undefined {
  const since = /^((?:19|20)[0-9]{2})\s*年度?以来/.exec(norm.slice(span.start, span.end));
  if (since) return { value: Number(since[1]), span: { start: span.start, end: span.start + 4 } };
  return singleYears(norm, span)[0];
}

/** Where the report names its year: title, the lead's first sentence, the results heading, the 成文日期, the next-year plan's heading. */
function yearVotes(norm: string, title: Block | undefined, lead: Block | undefined, date: DateValue | undefined, sections: Section[]): YearVote[] {
  const votes: YearVote[] = [];
  const first = title && singleYears(norm, title.contentSpan)[0];
  if (first) votes.push({ ...first, source: 'title' });
  if (lead) {
    const end = norm.indexOf('。', lead.contentSpan.start);
    // "2023年以来" may span more than the year: it names the report year when nothing else does, but casts no vote.
    const sentence = { start: lead.contentSpan.start, end: end < 0 || end > lead.contentSpan.end ? lead.contentSpan.end : end };
    // A line with no mark of a sentence ("2023年工作思路" under a title that runs on: "…工作报告和") is no lead.
    const opening = /[，,。；;：:]/.test(norm.slice(sentence.start, sentence.end)) ? singleYears(norm, sentence)[0] : undefined;
    if (opening) votes.push({ ...opening, source: 'lead' });
  }
  // Reports are dated early in the next year (or, too early, late in their own).
  if (date && date.form !== 'placeholder' && date.form !== 'partial') {
    const value = date.month >= 1 && date.month <= 6 ? date.year - 1 : date.month >= 11 ? date.year : undefined;
    if (value) votes.push({ value, span: date.span, source: 'date' });
  }
  // The one results heading that names a year ("一、2024年推进法治政府建设的主要举措和成效"); two naming years compare them.
  const results = sections.filter((s) => {
    const title = norm.slice(s.titleSpan.start, s.titleSpan.end);
    return headingPatterns.measures.test(title) && !headingPatterns.plans.test(title);
  }).map((s) => singleYears(norm, s.titleSpan)).filter((ys) => ys.length);
  if (results.length === 1 && results[0].length === 1) votes.push({ ...results[0][0], source: 'results' });
  const plan = sections.find((s) => headingPatterns.plans.test(norm.slice(s.titleSpan.start, s.titleSpan.end)));
  const planYears = plan ? singleYears(norm, plan.titleSpan) : [];
  if (planYears.length === 1) votes.push({ value: planYears[0].value - 1, span: planYears[0].span, source: 'plan' });
  return votes;
}

function findDirectives(text: string, lineStarts: number[]): DisableDirective[] {
  const out: DisableDirective[] = [];
  const re = /<!--\s*fazhi-disable(-next-line)?((?:\s+[\w/-]+)*)\s*-->/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const codes = m[2].trim() ? m[2].trim().split(/\s+/) : [];
    if (m[1]) out.push({ kind: 'next-line', codes, span, targetLine: positionAt(lineStarts, span.end).line + 1 });
    else out.push({ kind: 'file', codes, span });
  }
  return out;
}
