// number/space — GB/T 15835: no space inside a number, before its measure word or %, nor between the Chinese text
// and a number glued to its measure word ("131 件", "1 5起", "应诉案件 18件").
import type { ParsedNumber } from '../numbers';
import { defineCodes, type Rule } from '../rule';
import type { ReportDocument, Span } from '../types';
import { isHan, q, reportOccurrences, type Occurrence } from './number-scope';

const INLINE_SPACE = /[ \u3000\u00a0]/;

const CODES = defineCodes({
  'number/space': {
    severity: 'information',
    fixable: true,
    description: '数字内部、数字与计量单位之间不应加空格',
    descriptionEn: 'No space inside a number or between a number and its measure word',
  },
});

export const numberSpace: Rule = {
  id: 'number/space',
  codes: CODES,
  meta: {
    description: '数字内部、数字与计量单位之间不应加空格',
    descriptionEn: 'No space inside a number or between a number and its measure word',
  },
  check(doc, ctx) {
    const runInStarts = runInBodyStarts(doc);
    const list: Occurrence[] = [];
    for (const n of ctx.numbers()) {
      if (n.form !== 'arabic' && n.form !== 'mixed') continue;
      const spaces = spacesOf(doc.text, n, runInStarts);
      if (spaces.length === 0) continue;
      const span: Span = { start: Math.min(spaces[0], n.numeralStart), end: Math.max(n.unitEnd ?? n.end, n.end) };
      // Show the character before a leading space, so the message reads "案件 18件", not " 18件".
      const from = span.start < n.numeralStart ? span.start - 1 : span.start;
      const found = doc.text.slice(from, span.end);
      let fixed = '';
      for (let k = from; k < span.end; k++) if (!spaces.includes(k)) fixed += doc.text[k];
      list.push({
        span,
        message: `数字前后及数字与计量单位之间不应加空格（GB/T 15835）：${q(found)}应写作${q(fixed)}`,
        fixTitle: `删除空格，改为${q(fixed)}`,
        edits: spaces.map((s) => ({ span: { start: s, end: s + 1 }, newText: '' })),
      });
    }
    return reportOccurrences('number/space', list, (count, first) => ({
      message: `${first.message}；全文共${count}处数字前后或内部加了空格`,
      fixTitle: `删除全部${count}处数字中的空格`,
    }));
  },
};

/** Offsets of the stray spaces around and inside `n`, or none. */
function spacesOf(text: string, n: ParsedNumber, runInStarts: Set<number>): number[] {
  const spaces: number[] = [];
  for (let k = n.numeralStart; k < n.numeralEnd; k++) if (INLINE_SPACE.test(text[k])) spaces.push(k);
  if (n.spaceBeforeUnit) {
    const to = n.unitStart ?? n.end;
    for (let k = n.numeralEnd; k < to; k++) if (INLINE_SPACE.test(text[k])) spaces.push(k);
  }
  // "案件 18件": a lone space between Chinese text and a count. Not a date ("原因 2022年"), and not where a heading
  // title ends and run-in body text starts.
  const before = n.start - 1;
  const counts = n.unit !== undefined && !n.dateRole && !n.isYear && !n.ordinal && !n.percent;
  if (counts && before > 0 && INLINE_SPACE.test(text[before]) && isHan(text[before - 1]) && !runInStarts.has(n.start)) {
    spaces.unshift(before);
  }
  return spaces;
}

/** Offsets where run-in body text starts after a heading title: a space there separates, it is not a typo. */
function runInBodyStarts(doc: ReportDocument): Set<number> {
  const out = new Set<number>();
  const walk = (sections: ReportDocument['sections']) => {
    for (const s of sections) {
      let p = s.titleSpan.end;
      while (p < doc.text.length && INLINE_SPACE.test(doc.text[p])) p++;
      out.add(p);
      walk(s.children);
    }
  };
  walk(doc.sections);
  return out;
}
