// punctuation/half-width — GB/T 15834: Chinese text takes full-width ，；：（）？！. Pasted or web-normalised reports
// often carry hundreds of half-width marks, so each class of mark is ONE finding (at its first occurrence, with the
// count) whose fix converts every occurrence in Chinese context. Heading markers such as "(一)" are left to
// structure/numbering-style; URLs, code, HTML, link targets and ASCII-only stretches ("1,234", "9:30") are skipped.
import { defineCodes, report, type Rule } from '../rule';
import type { Finding, Fix, ReportDocument, Span, TextEdit } from '../types';
import { isSkipped, proseBlocks, q, sameSpans, spansWithin, unitProseSpans } from './number-scope';

interface MarkClass {
  name: string;
  half: string;
  full: string;
}

const CLASSES: MarkClass[] = [
  { name: '逗号', half: ',', full: '，' },
  { name: '分号', half: ';', full: '；' },
  { name: '冒号', half: ':', full: '：' },
  { name: '括号', half: '()', full: '（）' },
  { name: '问号', half: '?', full: '？' },
  { name: '叹号', half: '!', full: '！' },
];

const CODES = defineCodes({
  'punctuation/half-width': {
    severity: 'warning',
    fixable: true,
    description: '中文语境应使用全角标点“，；：（）？！”（每类标点全文合并为一条）',
    descriptionEn: 'Chinese text takes full-width ，；：（）？！ (one finding per kind of mark per document)',
  },
});

export const punctuationHalfWidth: Rule = {
  id: 'punctuation/half-width',
  codes: CODES,
  meta: {
    description: '中文语境应使用全角标点“，；：（）？！”（每类标点全文合并为一条）',
    descriptionEn: 'Chinese text takes full-width ，；：（）？！ (one finding per kind of mark per document)',
  },
  check(doc, ctx) {
    const skipped = ctx.skipped();
    const markers = headingMarkerSpans(doc);
    // Per class, where its marks to convert stand: numbers, not edits — a converted report has thousands of marks, and
    // their edits are built only when a fix is applied or shown (markFix).
    const found: number[][] = CLASSES.map(() => []);
    // In the editor, each block unit's marks are read while it is unchanged (every mark's context lies in its block).
    const units = ctx.unitReadings(UNIT_MARKS, (unit, base, window) => {
      const own: UnitMarks = { skipped: spansWithin(skipped, unit.span, base), markers: spansWithin(markers, unit.span, base), found: CLASSES.map((): number[] => []) };
      readMarks(window, unitProseSpans(doc, unit, base), own.skipped, own.markers, own.found);
      return own;
    }, (kept, unit, base) => sameSpans(kept.skipped, skipped, unit.span, base) && sameSpans(kept.markers, markers, unit.span, base));
    if (units) {
      for (const { base, value } of units) {
        value.found.forEach((marks, k) => {
          for (const at of marks) found[k].push(at + base);
        });
      }
    } else readMarks(doc.text, proseBlocks(doc).map((b) => b.span), skipped, markers, found);
    const out: Finding[] = [];
    CLASSES.forEach((cls, k) => {
      const marks = found[k];
      if (!marks.length) return;
      const count = cls.half.length === 2 ? `${marks.length}个` : `${marks.length}处`;
      const halfShown = cls.half.split('').map(q).join('');
      const fullShown = cls.full.split('').map(q).join('');
      // Not one full-width mark of this kind anywhere: the whole text was converted (web pages do this), a
      // clean-up task rather than a slip to point out.
      const converted = marks.length >= 3 && !proseHas(doc, cls.full);
      out.push(report('punctuation/half-width', {
        severity: converted ? 'information' : 'warning',
        message: `中文语境应使用全角${cls.name}${fullShown}，文中有半角${halfShown}共${count}${converted ? '（全文均为半角，可能经过转换）' : ''}（GB/T 15834）`,
        span: { start: marks[0], end: marks[0] + 1 },
        fixes: [markFix(doc.text, `将全部${count}半角${cls.name}改为全角`, marks)],
      }));
    });
    return out;
  },
};

/** The fix converting the marks at `marks`, its edits built when first read. */
function markFix(text: string, title: string, marks: number[]): Fix {
  let edits: TextEdit[] | undefined;
  return {
    kind: 'certain', title, preferred: true, editCount: marks.length,
    get edits() {
      return (edits ??= marks.map((at) => ({ span: { start: at, end: at + 1 }, newText: FULL_OF[text[at]] })));
    },
  };
}

/** Whether one of `chars` stands in a prose block: one forward search per character, no copy of the blocks. */
function proseHas(doc: ReportDocument, chars: string): boolean {
  const blocks = proseBlocks(doc);
  for (const ch of chars) {
    let at = doc.text.indexOf(ch);
    for (let k = 0; at >= 0 && k < blocks.length;) {
      const { start, end } = blocks[k].span;
      if (at < start) at = doc.text.indexOf(ch, start);
      else if (at >= end) k++;
      else return true;
    }
  }
  return false;
}

/** A block unit's marks to convert, in its window's offsets, with the skipped spans and heading markers they were read with. */
interface UnitMarks {
  skipped: Span[];
  markers: Span[];
  found: number[][];
}

/** The key of the units' marks (unitReadings). */
const UNIT_MARKS = {};

/** Each class's marks to convert in the blocks (`blocks`: their spans in `text`, in order), added to `found`. */
function readMarks(text: string, blocks: readonly Span[], skipped: Span[], markers: Span[], found: number[][]): void {
  const marks = halfMarks(text);
  let next = 0;
  for (const b of blocks) {
    while (next < marks.length && marks[next] < b.start) next++;
    let to = next;
    while (to < marks.length && marks[to] < b.end) to++;
    if (to > next) blockMarks(text, b, marks, next, to, skipped, markers, found);
    next = to;
  }
}

/** Heading markers ("(一)": structure/numbering-style) and the colon closing the 主送机关 (meta/addressee-colon). */
function headingMarkerSpans(doc: ReportDocument): Span[] {
  const spans = doc.headings.flatMap((h) => (h.heading ? [h.heading.markerSpan] : []));
  const a = doc.addressee;
  if (a && doc.text[a.contentSpan.end - 1] === ':') spans.push({ start: a.contentSpan.end - 1, end: a.contentSpan.end });
  return spans.sort((x, y) => x.start - y.start);
}

const OPEN = 0x28; // (
const CLOSE = 0x29; // )
const BANG = 0x21; // !
const COLON = 0x3a; // :
const BRACKET_OPEN = 0x5b; // [
const BRACKET_CLOSE = 0x5d; // ]
const HALF_MARK = /[,;:?!()]/g;
const FULL_OF: Record<string, string> = Object.fromEntries(CLASSES.flatMap((k) => [...k.half].map((h, n) => [h, k.full[n]])));
/** The index in CLASSES of each half-width mark, by char code. */
const CLASS_INDEX: Record<number, number> = Object.fromEntries(CLASSES.flatMap((k, index) => [...k.half].map((h) => [h.charCodeAt(0), index])));
const PAREN_CLASS = CLASS_INDEX[OPEN];

/** Where the text's half-width marks stand, in order. */
function halfMarks(text: string): number[] {
  // The regex finds the few marks; a loop over every character of the report was most of this rule's time.
  // test() moves lastIndex past each mark (one character) without making a match array: 7,000 of them in a converted
  // 200k report.
  const marks: number[] = [];
  HALF_MARK.lastIndex = 0;
  while (HALF_MARK.test(text)) marks.push(HALF_MARK.lastIndex - 1);
  return marks;
}

/**
 * Of one block's half-width marks (marks[from, to)), those that stand in Chinese context, outside `skipped` and
 * `markers`, each added to its class's list (CLASSES) in order of position. Indexed loops over the text's marks: no copy
 * or iterator per block.
 */
function blockMarks(text: string, block: Span, marks: number[], from: number, to: number, skipped: Span[], markers: Span[], found: number[][]): void {
  const { start, end } = block;
  const open: number[] = [];
  // Each "(" with the ")" that closes it: that ")" is converted with its "(" or not at all.
  let pairs: Map<number, number> | undefined;
  let closing: Set<number> | undefined;
  let converted: Set<number> | undefined;
  for (let m = from; m < to; m++) {
    const i = marks[m];
    const c = text.charCodeAt(i);
    if (c === OPEN && text.charCodeAt(i - 1) !== BRACKET_CLOSE) open.push(i);
    else if (c === CLOSE && open.length) {
      (pairs ??= new Map()).set(open.pop()!, i);
      (closing ??= new Set()).add(i);
    }
  }
  for (let m = from; m < to; m++) {
    const i = marks[m];
    if (isSkipped(skipped, i) || isSkipped(markers, i)) continue;
    const c = text.charCodeAt(i);
    if (c === OPEN || c === CLOSE) {
      const close = c === OPEN ? pairs?.get(i) : undefined;
      if (closing?.has(i)) {
        if (converted?.has(i)) found[PAREN_CLASS].push(i);
        continue;
      }
      if (close !== undefined && (isSkipped(skipped, close) || isSkipped(markers, close))) continue;
      const chinese = close !== undefined
        ? hasCjk(text, i + 1, close) || isCjk(neighbour(text, i, -1, start)) || isCjk(neighbour(text, close, 1, end))
        : inChineseContext(text, i, start, end);
      if (!chinese) continue;
      found[PAREN_CLASS].push(i);
      if (close !== undefined) (converted ??= new Set()).add(close);
      continue;
    }
    if (c === BANG && text.charCodeAt(i + 1) === BRACKET_OPEN) continue; // Markdown image
    if (c === COLON && text.charCodeAt(i - 1) === BRACKET_CLOSE) continue; // Markdown footnote / link definition
    if (!inChineseContext(text, i, start, end)) continue;
    found[CLASS_INDEX[c]].push(i);
  }
}

/** A mark is in Chinese context when a neighbour (spaces skipped) is Chinese, unless both are ASCII alphanumerics. */
function inChineseContext(text: string, i: number, start: number, end: number): boolean {
  const prev = neighbour(text, i, -1, start);
  const next = neighbour(text, i, 1, end);
  if (isAsciiAlphanumeric(prev) && isAsciiAlphanumeric(next)) return false;
  return isCjk(prev) || isCjk(next);
}

/** The char code of the nearest character that is no space or tab (at most four away), -1 when there is none. */
function neighbour(text: string, i: number, step: 1 | -1, limit: number): number {
  for (let k = i + step, n = 0; step < 0 ? k >= limit : k < limit; k += step, n++) {
    if (n > 4) return -1;
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09) return c;
  }
  return -1;
}

const isAsciiAlphanumeric = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Han, CJK punctuation (、。“”《》…) or full-width forms. */
function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xffef) || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2014 || c === 0x2026;
}

function hasCjk(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isCjk(text.charCodeAt(k))) return true;
  return false;
}
