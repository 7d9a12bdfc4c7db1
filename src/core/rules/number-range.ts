// number/range — ranges written as GB/T 15835 / 15834 want them: both ends carry % or 万/亿 ("15%～30%",
// "5万～10万人"), and time spans use the em dash, not a hyphen ("2021—2025年", "1—12月").
import type { ParsedNumber } from '../numbers';
import { defineCodes, report, type Rule } from '../rule';
import type { Finding, Span } from '../types';
import { q } from './number-scope';

const CONNECTORS = new Set(['~', '～', '-', '－', '—', '–', '至', '到']);
const HYPHENS = new Set(['-', '－', '–', '−']);
const YEAR_AFTER_OK = /^(?:[年)）》\]」,，。;；、\s]|$)/;

const CODES = defineCodes({
  'number/range-unit': {
    severity: 'warning',
    fixable: true,
    description: '数值范围两端都要写“%”或“万”“亿”（“15%～30%”“5万～10万人”）',
    descriptionEn: 'Both ends of a range carry % or 万/亿 ("15%～30%", "5万～10万人")',
  },
  'number/range-dash': {
    severity: 'information',
    fixable: true,
    description: '年份、月份的起止用一字线“—”，不用连字符“-”',
    descriptionEn: 'Year and month spans take the em dash "—", not a hyphen',
  },
});

export const numberRange: Rule = {
  id: 'number/range',
  codes: CODES,
  meta: {
    description: '数值范围两端都写单位（“15%～30%”“5万～10万人”），时间起止用一字线（“2021—2025年”）',
    descriptionEn: 'Ranges: % and 万/亿 on both ends ("15%～30%"); time spans take the em dash ("2021—2025年")',
    locality: 'block',
  },
  check(doc, ctx) {
    const out: Finding[] = [];
    const numbers = ctx.numbers();
    for (let k = 0; k + 1 < numbers.length; k++) {
      const a = numbers[k];
      const b = numbers[k + 1];
      const lowEnd = Math.max(a.end, a.unitEnd ?? a.end);
      const connector = doc.text.slice(lowEnd, b.start);
      if (!CONNECTORS.has(connector) || a.form !== 'arabic' || b.form !== 'arabic') continue;
      const range: Span = { start: a.start, end: Math.max(b.end, b.unitEnd ?? b.end) };
      const found = doc.text.slice(range.start, range.end);
      const dash = HYPHENS.has(connector) ? '～' : connector;
      const missing = missingUnit(doc.text, a, b);
      if (missing) {
        const fixed = `${doc.text.slice(a.start, a.end)}${missing}${dash}${doc.text.slice(b.start, range.end)}`;
        out.push(report('number/range-unit', {
          message: `数值范围的两端都应带${q(missing)}（GB/T 15835）：${q(found)}应写作${q(fixed)}`,
          span: range,
          fixes: [{ kind: 'certain', title: `改为${q(fixed)}`, preferred: true, edits: [{ span: range, newText: fixed }] }],
        }));
        continue;
      }
      if (!HYPHENS.has(connector) || !isTimeSpan(doc.text, a, b)) continue;
      const connectorSpan = { start: lowEnd, end: b.start };
      const fixed = `${doc.text.slice(a.start, lowEnd)}—${doc.text.slice(b.start, range.end)}`;
      out.push(report('number/range-dash', {
        message: `表示时间起止应使用一字线“—”，不用连字符${q(connector)}（GB/T 15834）：${q(found)}应写作${q(fixed)}`,
        span: range,
        fixes: [{ kind: 'certain', title: `改为${q(fixed)}`, preferred: true, edits: [{ span: connectorSpan, newText: '—' }] }],
      }));
    }
    return out;
  },
};

/** "%" when only the upper end has it ("15~30%"), "万"/"亿" likewise ("5~10万人"); undefined otherwise. */
function missingUnit(text: string, a: ParsedNumber, b: ParsedNumber): string | undefined {
  const plainLow = a.unit === undefined && a.multiplier === 1 && !a.percent && !a.dateRole && a.approx.length === 0;
  if (!plainLow || b.approx.length > 0) return undefined;
  if (b.percent && !b.percentPoint && text[b.numeralEnd] !== ' ' && a.value < b.value) return '%';
  if (b.multiplier === 1e4 || b.multiplier === 1e8) {
    const big = b.multiplier === 1e8 ? '亿' : '万';
    if (text[b.numeralEnd] === big && a.value < b.value / b.multiplier) return big;
  }
  return undefined;
}

/** Years (1900–2100, four digits, a < b ≤ a+50: "2018-2020", "2015年-2020年") or months ("1-12月"). */
function isTimeSpan(text: string, a: ParsedNumber, b: ParsedNumber): boolean {
  const digitsA = text.slice(a.numeralStart, a.numeralEnd);
  const digitsB = text.slice(b.numeralStart, b.numeralEnd);
  const prev = text[a.start - 1] ?? '';
  if (/[A-Za-z0-9/\-._:]/.test(prev)) return false; // codes and ISO dates: szfb/2024-00352, 2020-01-21
  const years = /^(19|20)\d\d$/.test(digitsA) && /^(19|20)\d\d$/.test(digitsB) && a.value < b.value && b.value - a.value <= 50;
  if (years) {
    const unitsOk = (a.unit === undefined || a.unit === '年') && (b.unit === undefined || b.unit === '年' || b.unit === '年度');
    return unitsOk && a.multiplier === 1 && b.multiplier === 1 && YEAR_AFTER_OK.test(text.slice(b.end, b.end + 1));
  }
  return a.dateRole === 'month' && b.dateRole === 'month' && a.value < b.value;
}
