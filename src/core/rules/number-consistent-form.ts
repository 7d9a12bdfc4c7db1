// number/consistent-form — GB/T 15835 "同类别同形式": a large count written in Chinese numerals ("三万余册", "百余场")
// where the same report writes the same kind of quantity in Arabic digits ("3.5万余份", "100余场").
// Small counts (两次, 三项制度, 一名) and names are left alone: they are usually Chinese on purpose.
import type { ParsedNumber } from '../numbers';
import type { Rule } from '../rule';
import type { Block, Finding } from '../types';
import { proseBlocks, proseNumbers, q } from './number-scope';

const MIN_VALUE = 100;

export const numberConsistentForm: Rule = {
  id: 'number/consistent-form',
  codes: ['number/consistent-form'],
  meta: {
    severity: 'information',
    description: '同类数量应使用同一种数字形式（如“3.5万余份”与“三万余册”）',
    descriptionEn: 'One kind of quantity uses one numeral form throughout ("3.5万余份" beside "三万余册")',
  },
  check(doc, ctx) {
    const out: Finding[] = [];
    const numbers = proseNumbers(doc, ctx);
    const counts = numbers.filter(isCount);
    const arabic = counts.filter((n) => n.form === 'arabic');
    if (arabic.length === 0) return out;
    const blocks = proseBlocks(doc);
    for (const n of counts) {
      if (n.form !== 'chinese' || n.value < MIN_VALUE || insideQuotesOrTitle(doc.text, blockOf(blocks, n.start), n.start)) continue;
      // Same measure word anywhere; or approximate amounts of the same scale in the same part (3.5万余份 … 三万余册).
      const part = doc.sections.find((s) => s.span.start <= n.start && n.start < s.span.end)?.span ?? doc.bodySpan;
      const ref =
        nearest(n, arabic.filter((a) => a.unit === n.unit)) ??
        (n.approx.length > 0
          ? nearest(n, arabic.filter((a) => a.approx.length > 0 && a.multiplier === n.multiplier && a.start >= part.start && a.start < part.end))
          : undefined);
      if (!ref) continue;
      const numeral = { start: n.numeralStart, end: n.numeralEnd };
      const digits = arabicNumeral(doc.text.slice(numeral.start, numeral.end), n);
      const found = doc.text.slice(n.start, n.unitEnd ?? n.end);
      const fixed = doc.text.slice(n.start, numeral.start) + digits + doc.text.slice(numeral.end, n.unitEnd ?? n.end);
      const refText = doc.text.slice(ref.start, ref.unitEnd ?? ref.end);
      out.push({
        code: 'number/consistent-form',
        severity: 'information',
        message: `同类数量应使用同一种数字形式（GB/T 15835）：此处${q(found)}用汉字数字，文中${q(refText)}用阿拉伯数字，建议写作${q(fixed)}`,
        span: { start: n.start, end: n.unitEnd ?? n.end },
        fixes: [{ kind: 'certain', title: `改为${q(fixed)}`, preferred: true, edits: [{ span: numeral, newText: digits }] }],
        related: [{ span: { start: ref.start, end: ref.unitEnd ?? ref.end }, message: `阿拉伯数字写法：${q(refText)}` }],
      });
    }
    return out;
  },
};

/** A count with a measure word: not a year, date, ordinal or percentage. */
function isCount(n: ParsedNumber): boolean {
  return n.unit !== undefined && !n.isYear && !n.dateRole && !n.ordinal && !n.percent && !n.percentPoint && !/^[年月日天周]/.test(n.unit);
}

/** The Arabic digits for a Chinese numeral: "三" of 三万 → "3", bare "万" → "1万", "百" → "100". */
function arabicNumeral(numeral: string, n: ParsedNumber): string {
  if (numeral === '万' || numeral === '亿') return `1${numeral}`;
  return String(n.value / n.multiplier);
}

function nearest(n: ParsedNumber, list: ParsedNumber[]): ParsedNumber | undefined {
  let best: ParsedNumber | undefined;
  for (const a of list) if (!best || Math.abs(a.start - n.start) < Math.abs(best.start - n.start)) best = a;
  return best;
}

function blockOf(blocks: Block[], offset: number): Block | undefined {
  return blocks.find((b) => b.span.start <= offset && offset < b.span.end);
}

/** Inside “…” or 《…》 in its block: a name such as “百千万工程”, not a count. */
function insideQuotesOrTitle(text: string, block: Block | undefined, offset: number): boolean {
  if (!block) return true;
  const before = text.slice(block.span.start, offset);
  const open = (s: string, o: string, c: string) => s.split(o).length - s.split(c).length > 0;
  return open(before, '“', '”') || open(before, '《', '》');
}
