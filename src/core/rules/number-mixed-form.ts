// number/mixed-form — GB/T 15835: one number is written either in Arabic or in Chinese numerals, never both ("4千人",
// "5百余人"). Arabic digits followed by 万/亿 are correct ("2.09亿元") and are not reported.
import type { ParsedNumber } from '../numbers';
import { defineCodes, report, type Rule } from '../rule';
import type { Finding } from '../types';
import { q } from './number-scope';

const CODES = defineCodes({
  'number/mixed-form': {
    severity: 'warning',
    fixable: true,
    description: '同一个数字不应混用阿拉伯数字和汉字数字（如“4千”应写作“4000”）',
    descriptionEn: 'Do not mix Arabic digits with 十/百/千 inside one number ("4千" → "4000")',
  },
});

export const numberMixedForm: Rule = {
  id: 'number/mixed-form',
  codes: CODES,
  meta: {
    description: '同一个数字不应混用阿拉伯数字和汉字数字（如“4千”应写作“4000”）',
    descriptionEn: 'Do not mix Arabic digits with 十/百/千 inside one number ("4千" → "4000")',
    locality: 'block',
  },
  check(doc, ctx) {
    const out: Finding[] = [];
    for (const n of ctx.numbers()) {
      if (n.form !== 'mixed') continue;
      const span = multiplierSpan(doc.text, n);
      const found = doc.text.slice(span.start, span.end);
      const fixed = arabicForm(found, n.value);
      out.push(report('number/mixed-form', {
        message: `同一数字不应混用阿拉伯数字和汉字数字（GB/T 15835）：${q(found)}应写作${q(fixed)}`,
        span,
        // Only a plain result that stands apart from the numerals beside it is certain.
        fixes: /^[0-9.]+[万亿]?$/.test(fixed) && !besideNumerals(doc.text, span)
          ? [{ kind: 'certain', title: `改为${q(fixed)}`, preferred: true, edits: [{ span, newText: fixed }] }]
          : [],
      }));
    }
    return out;
  },
};

/** The digits plus the Chinese 十/百/千/万/亿 run after them ("4千", "3千万"), without 余/多 or the unit. */
function multiplierSpan(text: string, n: ParsedNumber): { start: number; end: number } {
  let end = n.numeralEnd;
  while (end < n.end && '十百千万亿'.includes(text[end])) end++;
  return { start: n.numeralStart, end };
}

/** Digits or Chinese numerals right before or after the span: rewriting it would merge it with them. */
function besideNumerals(text: string, span: { start: number; end: number }): boolean {
  return /[0-9０-９.．零〇一二两三四五六七八九十百千万亿]$/.test(text.slice(Math.max(0, span.start - 1), span.start)) ||
    /^[0-9０-９零〇一二两三四五六七八九十百千万亿]/.test(text.slice(span.end, span.end + 1));
}

/** "4千" → "4000", "3千万" → "3000万": the 万/亿 the writer chose stays (GB/T 15835 allows it). */
function arabicForm(found: string, value: number): string {
  const big = found.endsWith('亿') ? 1e8 : found.endsWith('万') ? 1e4 : 1;
  const digits = String(Number((value / big).toPrecision(12)));
  return big === 1e8 ? `${digits}亿` : big === 1e4 ? `${digits}万` : digits;
}
