// Where the number and punctuation rules may look: the prose of the report, minus inline code, HTML comments and
// tags, URLs and Markdown link targets. Shared by number-* and punctuation-* rules so they agree on what is prose.
import type { ParsedNumber } from '../numbers';
import { report } from '../rule';
import type { Block, BlockKind, Finding, ReportDocument, Span, TextEdit } from '../types';
import type { DocumentUnit } from '../units';

const PROSE_KINDS: ReadonlySet<BlockKind> = new Set(['title', 'addressee', 'heading', 'paragraph', 'table', 'attachment', 'signature', 'date']);

export const isProseBlock = (b: Block): boolean => PROSE_KINDS.has(b.kind);

/** The blocks of prose kinds, in order: filtered once per document, however many rules ask (a model is never changed). */
export function proseBlocks(doc: ReportDocument): readonly Block[] {
  let blocks = proseBlocksOf.get(doc);
  if (!blocks) proseBlocksOf.set(doc, (blocks = doc.blocks.filter(isProseBlock)));
  return blocks;
}

const proseBlocksOf = new WeakMap<ReportDocument, readonly Block[]>();

// Inline code, HTML comments/tags, entities, URLs (with or without scheme), Markdown link/image targets "](…)".
// Every alternative starts with a literal, so a long run of digits or letters cannot make it backtrack.
const INLINE_SKIP = /`[^`\n]*`|<!--[\s\S]*?-->|<\/?[A-Za-z][^<>\n]*>|&#?[A-Za-z0-9]+;|(?:https?|ftp):\/\/[^\s\u3000-\u303f\uff01-\uff5e\u4e00-\u9fff]+|www\.[A-Za-z0-9.-]+[^\s\u3000-\u303f\uff01-\uff5e\u4e00-\u9fff]*|\]\([^()\s]*\)/g;
// E-mail addresses are found from their "@" outwards: a regex starting with a character class would rescan long runs.
const EMAIL_PART = /[A-Za-z0-9._%+-]/;

/** Sorted, non-overlapping spans inside prose blocks that rules must not touch (read through `ctx.skipped()`). */
export function findSkippedSpans(doc: ReportDocument): Span[] {
  const out: Span[] = [];
  for (const b of proseBlocks(doc)) {
    const slice = doc.text.slice(b.span.start, b.span.end);
    INLINE_SKIP.lastIndex = 0;
    for (let m = INLINE_SKIP.exec(slice); m; m = INLINE_SKIP.exec(slice)) {
      if (m[0].length === 0) {
        INLINE_SKIP.lastIndex++;
        continue;
      }
      out.push({ start: b.span.start + m.index, end: b.span.start + m.index + m[0].length });
    }
    for (let at = slice.indexOf('@'); at >= 0; at = slice.indexOf('@', at + 1)) {
      let from = at;
      let to = at + 1;
      while (from > 0 && EMAIL_PART.test(slice[from - 1])) from--;
      while (to < slice.length && EMAIL_PART.test(slice[to])) to++;
      if (from < at && /\.[A-Za-z]{2,}$/.test(slice.slice(at, to))) out.push({ start: b.span.start + from, end: b.span.start + to });
    }
  }
  out.sort((a, b) => a.start - b.start);
  // Merge overlaps (an address inside a URL) so the binary search in isSkipped stays exact.
  const merged: Span[] = [];
  for (const s of out) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/** Whether [start, end) overlaps a skipped span (binary search). */
export function isSkipped(skipped: Span[], start: number, end: number = start + 1): boolean {
  let lo = 0;
  let hi = skipped.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = skipped[mid];
    if (s.end <= start) lo = mid + 1;
    else if (s.start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}

/**
 * The spans (sorted) that start within `within`, moved back by `base`: a block unit's skipped spans or markers, which
 * its reading by a report-wide rule (ctx.unitReadings) depends on besides its text.
 */
export function spansWithin(spans: Span[], within: Span, base: number): Span[] {
  const out: Span[] = [];
  for (let k = firstFrom(spans, within.start); k < spans.length && spans[k].start < within.end; k++) {
    out.push({ start: spans[k].start - base, end: spans[k].end - base });
  }
  return out;
}

/** Whether `kept` are the spans of `spans` within `within`, moved back by `base` (spansWithin, without the copies). */
export function sameSpans(kept: Span[], spans: Span[], within: Span, base: number): boolean {
  let n = 0;
  for (let k = firstFrom(spans, within.start); k < spans.length && spans[k].start < within.end; k++, n++) {
    if (n >= kept.length || kept[n].start !== spans[k].start - base || kept[n].end !== spans[k].end - base) return false;
  }
  return n === kept.length;
}

/** The index of the first of the sorted spans that starts at or after `at`. */
function firstFrom(spans: Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans of a block unit's prose blocks, moved back by `base` (its window's start). */
export function unitProseSpans(doc: ReportDocument, unit: DocumentUnit, base: number): Span[] {
  const out: Span[] = [];
  for (let b = unit.first; b <= unit.last; b++) {
    if (isProseBlock(doc.blocks[b])) out.push({ start: doc.blocks[b].span.start - base, end: doc.blocks[b].span.end - base });
  }
  return out;
}

/**
 * The numbers of the text (read once per check, shared with the figures) that stand in the prose blocks, not in code,
 * chrome, front matter or URLs (read through `ctx.numbers()`).
 */
export function findProseNumbers(doc: ReportDocument, numbers: readonly ParsedNumber[], skipped: Span[]): ParsedNumber[] {
  const out: ParsedNumber[] = [];
  let k = 0;
  for (const b of proseBlocks(doc)) {
    while (k < numbers.length && numbers[k].start < b.span.start) k++;
    for (; k < numbers.length && numbers[k].start < b.span.end; k++) {
      const n = numbers[k];
      if (Math.max(n.end, n.unitEnd ?? n.end) <= b.span.end && !isSkipped(skipped, n.start, n.end)) out.push(n);
    }
  }
  return out;
}

/** Han ideograph (BMP unified + extension A). */
export function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** "“A”" with Chinese quotes: used to quote a number in messages without confusion. */
export function q(s: string): string {
  return `“${s}”`;
}

/** One place where a rule would report, with its own correction. */
export interface Occurrence {
  span: Span;
  /** Message for this place alone. */
  message: string;
  edits: TextEdit[];
  fixTitle: string;
}

/**
 * Reports up to `individually` occurrences one by one; beyond that, one finding at the first occurrence whose message
 * gives the count and whose fix corrects every occurrence (a style slip repeated through a report must not flood).
 */
export function reportOccurrences(
  code: string,
  list: Occurrence[],
  grouped: (count: number, first: Occurrence) => { message: string; fixTitle: string },
  individually = 3,
): Finding[] {
  if (list.length === 0) return [];
  if (list.length <= individually) {
    return list.map((o) => report(code, {
      message: o.message,
      span: o.span,
      fixes: o.edits.length ? [{ kind: 'certain', title: o.fixTitle, edits: o.edits, preferred: true }] : [],
    }));
  }
  const g = grouped(list.length, list[0]);
  return [report(code, {
    message: g.message,
    span: list[0].span,
    fixes: [{ kind: 'certain', title: g.fixTitle, edits: list.flatMap((o) => o.edits), preferred: true }],
    related: list.slice(1, 50).map((o) => ({ span: o.span, message: o.message })),
  })];
}
