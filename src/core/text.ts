// Text utilities shared by the document model, the rules and the renderers.
import type { Span } from './types';

/**
 * Folds full-width ASCII to half-width and U+3000 / BOM to a space, keeping the length (each is one UTF-16 unit),
 * so offsets found in the folded text are offsets in the original.
 */
export function foldWidth(text: string): string {
  // A long text (a report) in one replace, which builds one flat string: appending the text between folded characters
  // (a report has thousands of ，：（）) built a string of thousands of pieces, which its first search then copied into
  // one (0.5 against 0.1 ms at 200k). Words, folded thousands of times a check, by a scan: a replace costs them more.
  if (text.length > FOLD_BY_REPLACE) return text.replace(FOLDED, foldOne);
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const r = folded(text.charCodeAt(i));
    if (r >= 0) {
      out += text.slice(last, i) + String.fromCharCode(r);
      last = i + 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

const FOLD_BY_REPLACE = 1024;
const FOLDED = /[\uff01-\uff5e\u3000\ufeff]/g;

/** The half-width code a character folds to, or -1 for one that stays. */
function folded(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  return c === 0x3000 || c === 0xfeff ? 0x20 : -1;
}

function foldOne(c: string): string {
  return String.fromCharCode(folded(c.charCodeAt(0)));
}

/**
 * How many characters a and b have alike from the start: a binary search over native comparisons of their beginnings
 * (a loop over 200,000 characters took milliseconds a keystroke): where an edit left two versions of a text alike.
 */
/** Every character of `short` stands in `long` in order, others perhaps between ("农民工法律援助案件" in "涉及农民工群体的法律援助案件"). */
export function inOrderWithin(short: string, long: string): boolean {
  let at = -1;
  for (const c of short) {
    at = long.indexOf(c, at + 1);
    if (at < 0) return false;
  }
  return true;
}

export function commonHead(a: string, b: string): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Characters alike at the ends of both, not reaching into the first `head` of either (as commonHead). */
export function commonTail(a: string, b: string, head: number): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length) - head;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const FULL_WIDTH_DIGIT = /[０-９]/g;

/** Folds full-width digits only ("２０２３" → "2023"), keeping the length and every other character. */
/**
 * A copy of `s` that holds no reference to a longer string it was cut from: V8 keeps the whole of a slice's parent
 * alive, so a cache that keeps a slice of a report keeps that version of the report. (A short slice is copied anyway.)
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

export function foldDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** Whether a line ends at `i`: "\n", a lone "\r", or the "\n" of "\r\n" (LSP counts all three as line ends). */
export function isLineEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10);
}

/**
 * Calls `visit` with each i in [from, to) where isLineEnd(text, i), in order. Native searches find them (a loop testing
 * every character runs cold in a process's first check, about a millisecond per 20,000 characters), and indexOf makes
 * no match object per line as a regex did.
 */
export function forEachLineEnd(text: string, from: number, to: number, visit: (i: number) => void): void {
  let lf = text.indexOf('\n', from);
  let cr = text.indexOf('\r', from);
  for (;;) {
    // A "\r" before "\n" is part of that line end; a lone "\r" ends a line of its own.
    while (cr >= 0 && cr + 1 === lf) cr = text.indexOf('\r', cr + 1);
    const at = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
    if (at < 0 || at >= to) return;
    visit(at);
    if (at === lf) lf = text.indexOf('\n', at + 1);
    else cr = text.indexOf('\r', at + 1);
  }
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  forEachLineEnd(text, 0, text.length, (i) => starts.push(i + 1));
  return starts;
}

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 code unit offset in the line. */
  character: number;
}

export function positionAt(lineStarts: number[], offset: number): Position {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - lineStarts[lo] };
}

export function offsetAt(lineStarts: number[], textLength: number, pos: Position): number {
  if (pos.line >= lineStarts.length) return textLength;
  const start = lineStarts[Math.max(0, pos.line)];
  const next = pos.line + 1 < lineStarts.length ? lineStarts[pos.line + 1] : textLength;
  return Math.min(start + Math.max(0, pos.character), next);
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/**
 * The last match of a global pattern in a text. Exec from the start rather than matchAll, which clones the pattern and
 * makes an iterator per call: the figure rules ask it of every figure's words. The pattern's lastIndex ends at 0.
 */
export function lastMatch(pattern: RegExp, text: string): RegExpExecArray | undefined {
  if (!pattern.global) throw new TypeError(`lastMatch needs a global pattern: ${pattern}`);
  let last: RegExpExecArray | undefined;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    last = m;
    if (m[0] === '') pattern.lastIndex++;
  }
  return last;
}

/** The character codes of a set of (BMP) characters: scans test norm.charCodeAt(p), not norm[p], which makes a string per
 * Han character — most of a check's garbage. */
/** A set of UTF-16 code units, tested with one typed-array read (scans test every character of a report). */
export interface CharCodeSet {
  has(code: number): boolean;
}

export function charCodes(chars: string): CharCodeSet {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return { has: (code) => table[code] === 1 };
}

/** The characters /\s/ matches. */
export const WHITE_SPACE_CHARS = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
export const WHITE_SPACE = charCodes(WHITE_SPACE_CHARS);

/** Whether any character of the text is one of `chars` (a cheap test before looking for words that start with one). */
export function holdsAny(text: string, chars: CharCodeSet): boolean {
  for (let k = 0; k < text.length; k++) if (chars.has(text.charCodeAt(k))) return true;
  return false;
}

/** The text without the run of `chars` it ends in: what replacing /[…]+$/ leaves, without trying the pattern at every character. */
export function trimEndOf(text: string, chars: CharCodeSet): string {
  let end = text.length;
  while (end > 0 && chars.has(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

export function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u3000' || c === '\ufeff' || c === '\u00a0';
}

/** Shrinks [start, end) past surrounding white space (including line breaks). */
export function trimSpan(text: string, start: number, end: number): Span {
  // By char code: text[k] made a string of each CJK character tested.
  while (start < end && WHITE_SPACE.has(text.charCodeAt(start))) start++;
  while (end > start && WHITE_SPACE.has(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

const cnDigits: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Chinese ordinal 一…九十九 as used in 层次序数 and 一是/二是; undefined for anything else. */
export function chineseOrdinal(s: string): number | undefined {
  if (!s || s.length > 3) return undefined;
  if (s.length === 1) return s === '十' ? 10 : s === '两' || s === '〇' || s === '零' ? undefined : cnDigits[s];
  const ten = s.indexOf('十');
  if (ten < 0) return undefined;
  const tens = ten === 0 ? 1 : cnDigits[s[0]];
  const ones = ten === s.length - 1 ? 0 : cnDigits[s[ten + 1]];
  if (tens === undefined || ones === undefined || tens === 0 || (ten > 1) || s.length - ten > 2) return undefined;
  return tens * 10 + ones;
}

const cnOrdinalChars = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export function toChineseOrdinal(n: number): string {
  if (n <= 0 || n >= 100) return String(n);
  if (n < 10) return cnOrdinalChars[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : cnOrdinalChars[tens]) + '十' + cnOrdinalChars[ones];
}

// A pinyin gloss a mirror site puts after a character ("環(huán)比", "服務(wù)"): lowercase letters with a tone mark, in brackets.
const PINYIN_GLOSS = /(?<=[\u3400-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/g;

/** Words without pinyin glosses (most have none: a quick test first). */
export function withoutPinyin(words: string): string {
  return words.includes('(') || words.includes('（') ? words.replace(PINYIN_GLOSS, '') : words;
}
