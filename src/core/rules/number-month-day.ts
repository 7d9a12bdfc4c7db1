// number/month-day — GB/T 15835: a name made of month and day in Arabic digits takes the middle dot U+00B7
// ("12·4"宪法宣传日), not a full stop ("12.4") nor a bullet ("12•4").
import { defineCodes, report, type Rule } from '../rule';
import type { Finding } from '../types';
import { isSkipped, proseBlocks, q } from './number-scope';

const MIDDLE_DOT = '\u00b7';
// month, wrong separator, day — with or without quotes around it.
const MONTH_DAY = /(^|[^0-9.．])(1[0-2]|[1-9])([.．•・‧∙])([12][0-9]|3[01]|[1-9])(?![0-9.．%％])/g;
const OPEN_QUOTES = '“"「『‘\'';
const CLOSE_QUOTES = '”"」』’\'';
// What a month-day name is followed by: 宪法宣传日, 司法日, 国际禁毒日, 消费者权益保护日, 宣传周, 系列活动 …
const NAME_AFTER = /^[\u4e00-\u9fff]{0,10}?(?:日|节|周|活动|宣传|纪念|晚会)/;
// Unquoted, only names we know (a bare "1.5日" is a decimal duration).
const KNOWN_NAME_AFTER = /^(?:国家宪法日|宪法宣传|宪法日|国际|全民国家安全|国家安全|消费者权益|司法日|思廉日|禁毒日|法治宣传|普法)/;
// Quoted and listed with 、 beside a quoted month-day written with the middle dot ("“3·15”、“6.26”"): the writer
// lists day names. (Beside "“9.5”" alone it may be a score.)
const QUOTED_MD = '["“](?:1[0-2]|[1-9])·(?:[12][0-9]|3[01]|[1-9])["”]';
const LISTED_BEFORE = new RegExp(`${QUOTED_MD}、[ \u3000]*$`);
const LISTED_AFTER = new RegExp(`^、[ \u3000]*${QUOTED_MD}`);

const CODES = defineCodes({
  'number/month-day': {
    severity: 'error',
    fixable: true,
    description: '月日专名用间隔号“·”：“12·4”国家宪法日，不写“12.4”',
    descriptionEn: 'Month-day names take the middle dot U+00B7: "12·4", not "12.4" or "12•4"',
  },
});

export const numberMonthDay: Rule = {
  id: 'number/month-day',
  codes: CODES,
  meta: {
    description: '月日专名用间隔号“·”：“12·4”国家宪法日，不写“12.4”',
    descriptionEn: 'Month-day names take the middle dot U+00B7: "12·4", not "12.4" or "12•4"',
    locality: 'block',
  },
  check(doc, ctx) {
    const out: Finding[] = [];
    const skipped = ctx.skipped();
    for (const b of proseBlocks(doc)) {
      const slice = doc.norm.slice(b.span.start, b.span.end);
      MONTH_DAY.lastIndex = 0;
      for (let m = MONTH_DAY.exec(slice); m; m = MONTH_DAY.exec(slice)) {
        const start = m.index + m[1].length;
        const end = start + m[2].length + 1 + m[4].length;
        const before = slice[start - 1] ?? '';
        const after = slice[end] ?? '';
        const quoted = OPEN_QUOTES.includes(before) && before !== '' && CLOSE_QUOTES.includes(after) && after !== '';
        const rest = slice.slice(quoted ? end + 1 : end, end + 14);
        const listed = quoted && (LISTED_BEFORE.test(slice.slice(Math.max(0, start - 16), start - 1)) || LISTED_AFTER.test(slice.slice(end + 1, end + 16)));
        if (quoted ? !NAME_AFTER.test(rest) && !listed : !KNOWN_NAME_AFTER.test(rest)) continue;
        const span = { start: b.span.start + start, end: b.span.start + end };
        if (isSkipped(skipped, span.start, span.end)) continue;
        const found = doc.text.slice(span.start, span.end);
        const dot = { start: span.start + m[2].length, end: span.start + m[2].length + 1 };
        const fixed = `${doc.text.slice(span.start, dot.start)}${MIDDLE_DOT}${doc.text.slice(dot.end, span.end)}`;
        out.push(report('number/month-day', {
          message: `月日专名中月和日之间应使用间隔号“·”（GB/T 15835）：${q(found)}应写作${q(fixed)}`,
          span,
          fixes: [{ kind: 'certain', title: `改为${q(fixed)}`, preferred: true, edits: [{ span: dot, newText: MIDDLE_DOT }] }],
        }));
      }
    }
    return out;
  },
};
