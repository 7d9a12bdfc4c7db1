// punctuation/half-width — GB/T 15834: Chinese text takes full-width ，；：（）？！. Pasted or web-normalised reports
// often carry hundreds of half-width marks, so each class of mark is ONE finding (at its first occurrence, with the
// count) whose fix converts every occurrence in Chinese context. Heading markers such as "(一)" are left to
// structure/numbering-style; URLs, code, HTML, link targets and ASCII-only stretches ("1,234", "9:30") are skipped.
import { defineCodes, report, type Rule } from '../rule';
import type { Block, Finding, ReportDocument, Span, TextEdit } from '../types';
import { isSkipped, proseBlocks, q } from './number-scope';

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
    const found = new Map<MarkClass, TextEdit[]>();
    for (const b of proseBlocks(doc)) {
      for (const edit of blockEdits(doc.text, b, (at) => isSkipped(skipped, at) || isSkipped(markers, at))) {
        const cls = CLASS_OF[doc.text[edit.span.start]];
        const list = found.get(cls) ?? [];
        list.push(edit);
        found.set(cls, list);
      }
    }
    const out: Finding[] = [];
    for (const cls of CLASSES) {
      const edits = found.get(cls);
      if (!edits) continue;
      const count = cls.half.length === 2 ? `${edits.length}个` : `${edits.length}处`;
      const halfShown = cls.half.split('').map(q).join('');
      const fullShown = cls.full.split('').map(q).join('');
      // Not one full-width mark of this kind anywhere: the whole text was converted (web pages do this), a
      // clean-up task rather than a slip to point out.
      const converted = edits.length >= 3 && !proseHas(doc, cls.full);
      out.push(report('punctuation/half-width', {
        severity: converted ? 'information' : 'warning',
        message: `中文语境应使用全角${cls.name}${fullShown}，文中有半角${halfShown}共${count}${converted ? '（全文均为半角，可能经过转换）' : ''}（GB/T 15834）`,
        span: edits[0].span,
        fixes: [{ kind: 'certain', title: `将全部${count}半角${cls.name}改为全角`, preferred: true, edits }],
      }));
    }
    return out;
  },
};

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

/** Heading markers ("(一)": structure/numbering-style) and the colon closing the 主送机关 (meta/addressee-colon). */
function headingMarkerSpans(doc: ReportDocument): Span[] {
  const spans = doc.headings.flatMap((h) => (h.heading ? [h.heading.markerSpan] : []));
  const a = doc.addressee;
  if (a && doc.text[a.contentSpan.end - 1] === ':') spans.push({ start: a.contentSpan.end - 1, end: a.contentSpan.end });
  return spans.sort((x, y) => x.start - y.start);
}

const OPEN = 0x28; // (
const CLOSE = 0x29; // )
const BRACKET_CLOSE = 0x5d; // ]
const HALF_MARK = /[,;:?!()]/g;
const FULL_OF: Record<string, string> = Object.fromEntries(CLASSES.flatMap((k) => [...k.half].map((h, n) => [h, k.full[n]])));
const CLASS_OF: Record<string, MarkClass> = Object.fromEntries(CLASSES.flatMap((k) => [...k.half].map((h) => [h, k])));

/** Edits converting the half-width marks of one block that stand in Chinese context. */
function blockEdits(text: string, block: Block, skip: (at: number) => boolean): TextEdit[] {
  const { start, end } = block.span;
  // The regex finds the few marks; a loop over every character of the report was most of this rule's time.
  // test() moves lastIndex past each mark (one character) without making a match array: 7,000 of them in a converted
  // 200k report.
  const marks: number[] = [];
  const blockText = text.slice(start, end);
  HALF_MARK.lastIndex = 0;
  while (HALF_MARK.test(blockText)) marks.push(start + HALF_MARK.lastIndex - 1);
  if (!marks.length) return [];
  const edits: TextEdit[] = [];
  const open: number[] = [];
  const pairs = new Map<number, number>();
  for (const i of marks) {
    const c = text.charCodeAt(i);
    if (c === OPEN && text.charCodeAt(i - 1) !== BRACKET_CLOSE) open.push(i);
    else if (c === CLOSE && open.length) pairs.set(open.pop()!, i);
  }
  const pairedClose = new Set(pairs.values());
  for (const i of marks) {
    if (skip(i)) continue;
    const c = text[i];
    if (c === '(' || c === ')') {
      if (pairedClose.has(i)) continue; // converted with its opening bracket
      const close = c === '(' ? pairs.get(i) : undefined;
      if (close !== undefined && skip(close)) continue;
      const chinese = close !== undefined
        ? hasCjk(text, i + 1, close) || isCjk(neighbour(text, i, -1, start)) || isCjk(neighbour(text, close, 1, end))
        : inChineseContext(text, i, start, end);
      if (!chinese) continue;
      edits.push({ span: { start: i, end: i + 1 }, newText: c === '(' ? '（' : '）' });
      if (close !== undefined) edits.push({ span: { start: close, end: close + 1 }, newText: '）' });
      continue;
    }
    if (c === '!' && text[i + 1] === '[') continue; // Markdown image
    if (c === ':' && text[i - 1] === ']') continue; // Markdown footnote / link definition
    if (!inChineseContext(text, i, start, end)) continue;
    edits.push({ span: { start: i, end: i + 1 }, newText: FULL_OF[c] });
  }
  // Parentheses were pushed out of order (pairs): keep edits sorted so the first finding points at the first mark.
  return pairs.size ? edits.sort((a, b) => a.span.start - b.span.start) : edits;
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
