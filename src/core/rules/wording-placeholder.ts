// wording/placeholder — text left to be filled in: xx镇, ××市, 某某局, X月X日, （年）, 【请填写…】 (the skeleton's own
// prompts too). Not inside quotes (“××”) or code, not an anonymised name (张某某, 李××), not the 成文日期 placeholder
// (meta/date-missing reports it). No fix: only the writer knows what goes there.
import { defineCodes, type Rule } from '../rule';
import type { Finding, Span } from '../types';
import { inProse, proseSpans, wordingFinding } from './wording-shared';

// X before 年/月/日 (X月X日, 20XX年), runs of x/X/×, 某某, an empty （年）, and 【…】 prompts.
const PLACEHOLDER = /(?<![A-Za-z])(?:[xX×ｘＸ]{1,4}[年月日])+|[xX×ｘＸ]{2,}|某某|[（(][ \u3000]*[年月日][ \u3000]*[）)]|【[^【】\n]{0,40}?(?:请|填写|待补|待定|此处)[^【】\n]{0,40}?】/g;
// An anonymised person (张某某, 李××) is a surname, then the placeholder, then no unit word.
const SURNAMES = new Set([...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤']);
const UNIT_AFTER = /^[省市县区镇乡村街道局委办厅部所院队公司单位集团社会中心站年月日号个件项人家次名条]/;

const CODES = defineCodes({
  'wording/placeholder': {
    severity: 'warning',
    fixable: false,
    description: '未填写的占位内容：xx、××、某某、X月X日、（年）、【请填写…】',
    descriptionEn: 'Placeholders left in the text: xx, ××, 某某, X月X日, （年）, 【请填写…】',
  },
});

export const wordingPlaceholder: Rule = {
  id: 'wording/placeholder',
  codes: CODES,
  meta: {
    description: '未填写的占位内容：xx、××、某某、X月X日、（年）、【请填写…】',
    descriptionEn: 'Placeholders left in the text: xx, ××, 某某, X月X日, （年）, 【请填写…】',
  },
  check(doc, ctx) {
    const dateSpan = doc.date?.form === 'placeholder' ? doc.date.span : undefined;
    const out: Finding[] = [];
    for (const b of proseSpans(doc)) {
      const slice = doc.text.slice(b.start, b.end);
      PLACEHOLDER.lastIndex = 0;
      for (let m = PLACEHOLDER.exec(slice); m; m = PLACEHOLDER.exec(slice)) {
        const span: Span = { start: b.start + m.index, end: b.start + m.index + m[0].length };
        if (!inProse(doc, ctx, span.start, span.end) || (dateSpan && span.start >= dateSpan.start && span.end <= dateSpan.end)) continue;
        if (quoted(slice, m.index) || anonymised(doc.text, span) || latinWord(doc.text, span)) continue;
        out.push(wordingFinding('wording/placeholder', span,
          `“${m[0]}”是未填写的占位内容，请填写实际${m[0].startsWith('【') ? '内容' : '名称、数字或日期'}后再印发`, []));
      }
    }
    return out;
  },
};

/** Inside “…” or 「…」 on the same paragraph: an example or a quoted form, not a blank. */
function quoted(slice: string, at: number): boolean {
  const open = Math.max(slice.lastIndexOf('“', at), slice.lastIndexOf('「', at));
  if (open < 0) return false;
  const close = Math.max(slice.lastIndexOf('”', at), slice.lastIndexOf('」', at));
  return close < open;
}

function anonymised(text: string, span: Span): boolean {
  if (!/^(?:某某|[xX×ｘＸ]+)$/.test(text.slice(span.start, span.end))) return false;
  return SURNAMES.has(text[span.start - 1] ?? '') && !UNIT_AFTER.test(text.slice(span.end, span.end + 1));
}

/** xx inside a Latin word (box, XXL) is not a placeholder; 20XX年 is. */
function latinWord(text: string, span: Span): boolean {
  return /[A-Za-z]/.test(text[span.start - 1] ?? '') || /[A-Za-z]/.test(text[span.end] ?? '');
}
