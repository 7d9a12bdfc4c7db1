// punctuation/dun-between-quotes and punctuation/nested-title — GB/T 15834: no 顿号 between adjacent items that are
// each in quotes or 书名号 ("《A》、《B》" → "《A》《B》"); a title inside a title takes 〈〉 ("《关于〈A〉的通知》").
import { defineCodes, report, type Rule } from '../rule';
import type { Finding } from '../types';
import { isSkipped, proseBlocks, q, reportOccurrences, type Occurrence } from './number-scope';

// A closing quote/书名号, the 顿号, and an opening one right after it (a 括注 in between makes the 顿号 correct).
// Stray spaces after the 顿号 (pasted from the web) go with it.
const DUN_BETWEEN = /([”》])、([ \t\u3000]*)(?=[“《])/g;
const MAX_DEPTH = 8;
// Longer quoted items are shown clipped in the message.
const MAX_ITEM = 30;

const CODES = defineCodes({
  'punctuation/dun-between-quotes': {
    severity: 'information',
    fixable: true,
    description: '并列的引号、书名号之间通常不用顿号',
    descriptionEn: 'No 顿号 between adjacent quoted or 《》 items',
  },
  'punctuation/nested-title': {
    severity: 'warning',
    fixable: true,
    description: '书名号内再用书名号时，里层改用单书名号〈〉',
    descriptionEn: 'A title inside 《》 takes 〈〉',
  },
});

export const punctuationTitles: Rule = {
  id: 'punctuation/titles',
  codes: CODES,
  meta: {
    description: '并列的引号、书名号之间通常不用顿号；书名号内再用书名号时改用单书名号〈〉',
    descriptionEn: 'No 顿号 between adjacent quoted or 《》 items; a title inside 《》 takes 〈〉',
  },
  check(doc, ctx) {
    const skipped = ctx.skipped();
    const dun: Occurrence[] = [];
    const out: Finding[] = [];
    for (const b of proseBlocks(doc)) {
      const slice = doc.text.slice(b.span.start, b.span.end);
      DUN_BETWEEN.lastIndex = 0;
      for (let m = DUN_BETWEEN.exec(slice); m; m = DUN_BETWEEN.exec(slice)) {
        const at = b.span.start + m.index + 1;
        if (isSkipped(skipped, at)) continue;
        const pair = m[1] === '》' ? '《》' : '“”';
        // A few characters either side, widened so that neither quoted item (of at most MAX_ITEM) is cut in the middle.
        const local = at - b.span.start;
        const openFrom = Math.max(0, local - MAX_ITEM);
        const open = slice.slice(openFrom, local).lastIndexOf(m[1] === '》' ? '《' : '“');
        const next = local + 1 + m[2].length;
        const close = slice.slice(next, local + MAX_ITEM + 1).indexOf(slice[next] === '《' ? '》' : '”');
        const from = open >= 0 ? Math.min(at - 6, b.span.start + openFrom + open) : at - 6;
        const to = close >= 0 ? Math.max(at + 7, b.span.start + next + close + 1) : at + 7;
        const context = doc.text.slice(Math.max(b.span.start, from), Math.min(b.span.end, to));
        dun.push({
          span: { start: at, end: at + 1 },
          message: `并列的${pair === '《》' ? '书名号' : '引号'}之间通常不用顿号（GB/T 15834）：${q(context)}中的顿号可删去`,
          fixTitle: '删除顿号',
          edits: [{ span: { start: at, end: at + 1 + m[2].length }, newText: '' }],
        });
      }
      out.push(...nestedTitles(doc.text, b.span.start, b.span.end, skipped));
    }
    out.push(...reportOccurrences('punctuation/dun-between-quotes', dun, (count, first) => ({
      message: `${first.message}；全文共${count}处并列的引号或书名号之间用了顿号`,
      fixTitle: `删除全部${count}处顿号`,
    })));
    return out.sort((a, b) => a.span.start - b.span.start);
  },
};

const TITLE_OPEN = 0x300a; // 《
const TITLE_CLOSE = 0x300b; // 》

/** 《…《…》…》: the inner pair should be 〈〉. */
function nestedTitles(text: string, start: number, end: number, skipped: { start: number; end: number }[]): Finding[] {
  const out: Finding[] = [];
  const stack: number[] = [];
  // By char code: text[i] made a string of every CJK character of the report's prose.
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === TITLE_OPEN) {
      if (stack.length >= MAX_DEPTH) return out;
      stack.push(i);
    } else if (c === TITLE_CLOSE) {
      const open = stack.pop();
      if (open === undefined) continue;
      // Only the second level: a third level goes back to 《》.
      if (stack.length !== 1 || isSkipped(skipped, open, i + 1)) continue;
      const inner = text.slice(open, i + 1);
      const fixed = `〈${inner.slice(1, -1)}〉`;
      out.push(report('punctuation/nested-title', {
        message: `书名号内再用书名号时，里层应改用单书名号〈〉（GB/T 15834）：${q(inner)}应写作${q(fixed)}`,
        span: { start: open, end: i + 1 },
        fixes: [{
          kind: 'certain',
          title: `改为${q(fixed)}`,
          preferred: true,
          edits: [{ span: { start: open, end: open + 1 }, newText: '〈' }, { span: { start: i, end: i + 1 }, newText: '〉' }],
        }],
      }));
    }
  }
  return out;
}
