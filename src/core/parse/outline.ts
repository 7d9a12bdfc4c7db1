// Outline stage: 层次序数 markers (一、 （一） 1. （1） and the variants writers type), 一是/二是 enumerations, and the
// section tree the headings make.
import type { Block, EnumerationItem, HeadingLevel, HeadingMarker, NumberingStyle, Section, Span } from '../types';
import { charCodes, chineseOrdinal, trimSpan } from '../text';

const styleLevel: Record<NumberingStyle, HeadingLevel> = {
  'cn-dun': 1, 'cn-dot': 1,
  'cn-paren': 2, 'cn-paren-half': 2, 'cn-paren-dun': 2,
  'ar-dot': 3, 'ar-dun': 3,
  'ar-paren': 4, 'ar-paren-half': 4, 'ar-paren-dun': 4,
};

const cnNumeral = '[一二三四五六七八九十]{1,3}';
const CN_NUMERALS = charCodes('一二三四五六七八九十');
const OPEN_PAREN = 0x28;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
// Matched against the width-folded text, so （ ） ． are already ( ) . here.
const markerPatterns: { re: RegExp; family: 'cn' | 'cn-paren' | 'ar' | 'ar-paren' }[] = [
  { re: new RegExp(`^\\((${cnNumeral})\\)(、)?`), family: 'cn-paren' },
  { re: new RegExp(`^(${cnNumeral})(、|\\.(?![0-9]))`), family: 'cn' },
  { re: /^\(([0-9]{1,2})\)(、)?/, family: 'ar-paren' },
  { re: /^([0-9]{1,2})(、|\.(?![0-9]))/, family: 'ar' },
];

export function canonicalMarker(level: HeadingLevel, ordinal: number): string {
  const cn = toCn(ordinal);
  switch (level) {
    case 1: return `${cn}、`;
    case 2: return `（${cn}）`;
    case 3: return `${ordinal}.`;
    case 4: return `（${ordinal}）`;
  }
}

function toCn(n: number): string {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return d[n];
  return (n >= 20 ? d[Math.floor(n / 10)] : '') + '十' + d[n % 10];
}

/** Recognises a 层次序数 at `at` (an offset in the document). */
export function matchHeadingMarker(text: string, norm: string, at: number): HeadingMarker | undefined {
  // Every marker opens with "(", a digit or a Chinese numeral: most lines are ruled out without a slice or a match.
  const first = norm.charCodeAt(at);
  if (first !== OPEN_PAREN && !(first >= DIGIT_0 && first <= DIGIT_9) && !CN_NUMERALS.has(first)) return undefined;
  const head = norm.slice(at, at + 8);
  for (const { re, family } of markerPatterns) {
    const m = re.exec(head);
    if (!m) continue;
    const ordinal = family.startsWith('cn') ? chineseOrdinal(m[1]) : Number(m[1]);
    if (!ordinal) return undefined;
    const raw = text.slice(at, at + m[0].length);
    let style: NumberingStyle;
    if (family === 'cn') style = m[2] === '、' ? 'cn-dun' : 'cn-dot';
    else if (family === 'ar') style = m[2] === '、' ? 'ar-dun' : 'ar-dot';
    else {
      const base = family === 'cn-paren' ? 'cn-paren' : 'ar-paren';
      if (m[2]) style = `${base}-dun` as NumberingStyle;
      else style = raw.startsWith('(') || raw.includes(')') ? (`${base}-half` as NumberingStyle) : base;
    }
    // "1." followed by a measure word or 年/月 is a number in prose, not a heading.
    const after = norm.charAt(at + m[0].length);
    if (family === 'ar' && /[年月日%万亿个件项人名次]/.test(after)) return undefined;
    const level = styleLevel[style];
    return {
      level, ordinal, style, markerText: raw,
      markerSpan: { start: at, end: at + m[0].length },
      canonicalText: canonicalMarker(level, ordinal),
    };
  }
  return undefined;
}

export function findEnumerations(text: string, norm: string, span: Span): EnumerationItem[] {
  const out = scanEnumerationMarkers(text, norm, span);
  // "一是…" must open the run: a lone "二是" after "一是" elsewhere is still part of the run, a stray "是" is not.
  return out[0]?.ordinal === 1 || out.length > 1 ? out : [];
}

/** Every "一是/二是…" marker in `span`, unfiltered (a run may continue across paragraphs). */
export function scanEnumerationMarkers(text: string, norm: string, span: Span): EnumerationItem[] {
  const out: EnumerationItem[] = [];
  const re = /(^|[。;:,!?\s])([一二三四五六七八九十]{1,3})是/g;
  const slice = norm.slice(span.start, span.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const ordinal = chineseOrdinal(m[2]);
    if (!ordinal) continue;
    const start = span.start + m.index + m[1].length;
    const end = start + m[2].length + 1;
    out.push({ ordinal, markerText: text.slice(start, end), markerSpan: { start, end } });
  }
  return out;
}

export function buildSections(text: string, norm: string, headings: Block[], body: Block[], bodyEnd: number): Section[] {
  const roots: Section[] = [];
  const stack: Section[] = [];
  let blockCursor = 0;
  const close = (until: number) => {
    const s = stack.pop()!;
    s.span.end = until;
  };
  for (const h of headings) {
    const level = h.heading!.level;
    while (stack.length && stack[stack.length - 1].level >= level) close(h.span.start);
    const marker = h.heading!.markerSpan.start;
    const titleEnd = headingTitleEnd(norm, h.contentSpan, norm.slice(marker - 2, marker) === '**');
    const titleSpan = trimSpan(text, h.contentSpan.start, titleEnd);
    const section: Section = {
      heading: h, level, title: text.slice(titleSpan.start, titleSpan.end), titleSpan,
      span: { start: h.span.start, end: bodyEnd }, children: [], blocks: [],
    };
    (stack.length ? stack[stack.length - 1].children : roots).push(section);
    stack.push(section);
    // Attach the non-heading blocks that follow this heading.
    blockCursor = h.index - body[0].index + 1; // body is a run of consecutive blocks
    while (blockCursor < body.length && body[blockCursor].kind !== 'heading') {
      if (body[blockCursor].kind === 'paragraph' || body[blockCursor].kind === 'table') section.blocks.push(body[blockCursor]);
      blockCursor++;
    }
  }
  while (stack.length) close(bodyEnd);
  return roots;
}

/** A heading's title runs to its first sentence end (or the end of its bold); the rest of the line is run-in body text. */
function headingTitleEnd(norm: string, span: Span, bold: boolean): number {
  // By char code: norm[k] made a string of each CJK character read.
  for (let k = span.start; k < span.end; k++) {
    const c = norm.charCodeAt(k);
    if (c === FULL_STOP || c === EXCLAMATION || c === QUESTION || (bold && c === ASTERISK && norm.charCodeAt(k + 1) === ASTERISK)) return k;
    // In one-line pasted text a space separates the heading from the run-in body that follows it.
    if (c === SPACE && k > span.start && span.end - k > 20 && norm.charCodeAt(k - 1) !== SPACE) return k;
  }
  return span.end;
}

const FULL_STOP = 0x3002; // 。
const EXCLAMATION = 0x21; // ! (the width-folded ！)
const QUESTION = 0x3f; // ? (the width-folded ？)
const ASTERISK = 0x2a;
const SPACE = 0x20;
