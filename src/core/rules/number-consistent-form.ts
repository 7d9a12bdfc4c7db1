// number/consistent-form — GB/T 15835 "同类别同形式": a large count written in Chinese numerals ("三万余册", "百余场")
// where the same report writes the same kind of quantity in Arabic digits ("3.5万余份", "100余场").
// Small counts (两次, 三项制度, 一名) and names are left alone: they are usually Chinese on purpose.
import { firstIndexFrom, groupBy } from '../collections';
import type { ParsedNumber } from '../numbers';
import { defineCodes, report, type Rule } from '../rule';
import type { Block, Finding, ReportDocument, Span } from '../types';
import { proseBlocks, q } from './number-scope';

const MIN_VALUE = 100;

const CODES = defineCodes({
  'number/consistent-form': {
    severity: 'information',
    fixable: true,
    description: '同类数量应使用同一种数字形式（如“3.5万余份”与“三万余册”）',
    descriptionEn: 'One kind of quantity uses one numeral form throughout ("3.5万余份" beside "三万余册")',
  },
});

export const numberConsistentForm: Rule = {
  id: 'number/consistent-form',
  codes: CODES,
  meta: {
    description: '同类数量应使用同一种数字形式（如“3.5万余份”与“三万余册”）',
    descriptionEn: 'One kind of quantity uses one numeral form throughout ("3.5万余份" beside "三万余册")',
  },
  check(doc, ctx) {
    const out: Finding[] = [];
    const numbers = ctx.numbers();
    const counts = numbers.filter(isCount);
    const arabic = counts.filter((n) => n.form === 'arabic');
    if (arabic.length === 0) return out;
    const quoted = quotedReader(doc.text, proseBlocks(doc));
    const partAt = partReader(doc);
    const byUnit = groupBy(arabic, (a) => a.unit ?? '');
    const approxByScale = groupBy(arabic.filter((a) => a.approx.length > 0), (a) => a.multiplier);
    for (const n of counts) {
      if (n.form !== 'chinese' || n.value < MIN_VALUE || quoted(n.start)) continue;
      // Same measure word anywhere; or approximate amounts of the same scale in the same part (3.5万余份 … 三万余册).
      const part = partAt(n.start);
      const ref =
        nearest(n, byUnit.get(n.unit ?? '') ?? [], doc.bodySpan, true) ??
        (n.approx.length > 0 ? nearest(n, approxByScale.get(n.multiplier) ?? [], part) : undefined);
      if (!ref) continue;
      const numeral = { start: n.numeralStart, end: n.numeralEnd };
      const digits = arabicNumeral(doc.text.slice(numeral.start, numeral.end), n);
      const found = doc.text.slice(n.start, n.unitEnd ?? n.end);
      const fixed = doc.text.slice(n.start, numeral.start) + digits + doc.text.slice(numeral.end, n.unitEnd ?? n.end);
      const refText = doc.text.slice(ref.start, ref.unitEnd ?? ref.end);
      out.push(report('number/consistent-form', {
        message: `同类数量应使用同一种数字形式（GB/T 15835）：此处${q(found)}用汉字数字，文中${q(refText)}用阿拉伯数字，建议写作${q(fixed)}`,
        span: { start: n.start, end: n.unitEnd ?? n.end },
        // Digits right after "3." or another digit would join that number ("3.百余场" → "3.100余场" reads 3.1): no fix.
        fixes: joinsNumber(doc.text, numeral) || !/^[0-9.]+[万亿]?$/.test(digits) ? [] : [{ kind: 'certain', title: `改为${q(fixed)}`, preferred: true, edits: [{ span: numeral, newText: digits }] }],
        related: [{ span: { start: ref.start, end: ref.unitEnd ?? ref.end }, message: `阿拉伯数字写法：${q(refText)}` }],
      }));
    }
    return out;
  },
};

/** Whether digits written at `numeral` would run into a number beside it (across spaces and line breaks too). */
function joinsNumber(text: string, numeral: Span): boolean {
  // A numeral that already holds digits ("98.6百") is no Chinese numeral to rewrite.
  if (/[0-9０-９.．]/.test(text.slice(numeral.start, numeral.end))) return true;
  return /[0-9０-９][.．]?\s*$/.test(text.slice(Math.max(0, numeral.start - 8), numeral.start)) || /^\s*[0-9０-９]/.test(text.slice(numeral.end, numeral.end + 8));
}

/** A count with a measure word: not a year, date, ordinal or percentage. */
function isCount(n: ParsedNumber): boolean {
  return n.unit !== undefined && !n.isYear && !n.dateRole && !n.ordinal && !n.percent && !n.percentPoint && !/^[年月日天周]/.test(n.unit);
}

/** The Arabic digits for a Chinese numeral: "三" of 三万 → "3", bare "万" → "1万", "百" → "100". */
function arabicNumeral(numeral: string, n: ParsedNumber): string {
  if (numeral === '万' || numeral === '亿') return `1${numeral}`;
  return String(n.value / n.multiplier);
}


/**
 * The number of `list` (in text order) nearest to n, the earlier of two as near; only one starting inside `part`
 * unless `anywhere`. Found by binary search.
 */
function nearest(n: ParsedNumber, list: ParsedNumber[], part: Span, anywhere = false): ParsedNumber | undefined {
  const lo = firstIndexFrom(list, n.start, (a) => a.start);
  const within = (a: ParsedNumber | undefined) => (a && (anywhere || (a.start >= part.start && a.start < part.end)) ? a : undefined);
  const before = within(list[lo - 1]);
  const after = within(list[lo]);
  if (!before || !after) return before ?? after;
  return n.start - before.start <= after.start - n.start ? before : after;
}

/** The top-level section an offset lies in (else the body), for offsets asked in increasing order. */
function partReader(doc: ReportDocument): (offset: number) => Span {
  let k = 0;
  return (offset) => {
    while (k < doc.sections.length && doc.sections[k].span.end <= offset) k++;
    const s = doc.sections[k];
    return s && s.span.start <= offset ? s.span : doc.bodySpan;
  };
}

const QUOTE_OPEN = 0x201c; // “
const QUOTE_CLOSE = 0x201d; // ”
const TITLE_OPEN = 0x300a; // 《
const TITLE_CLOSE = 0x300b; // 》

/**
 * Inside “…” or 《…》 in its block — a name such as “百千万工程”, not a count — or in no prose block at all; for
 * offsets asked in increasing order (one pass over each block).
 */
function quotedReader(text: string, blocks: readonly Block[]): (offset: number) => boolean {
  let k = 0;
  let p = -1;
  let quotes = 0;
  let titles = 0;
  return (offset) => {
    while (k < blocks.length && blocks[k].span.end <= offset) k++;
    const block = blocks[k];
    if (!block || block.span.start > offset) return true;
    if (p < block.span.start) {
      p = block.span.start;
      quotes = 0;
      titles = 0;
    }
    // By char code: text[p] made a string of every CJK character read.
    for (; p < offset; p++) {
      const c = text.charCodeAt(p);
      if (c === QUOTE_OPEN) quotes++;
      else if (c === QUOTE_CLOSE) quotes--;
      else if (c === TITLE_OPEN) titles++;
      else if (c === TITLE_CLOSE) titles--;
    }
    return quotes > 0 || titles > 0;
  };
}
