// punctuation/dun-between-quotes and punctuation/nested-title — GB/T 15834: no 顿号 between adjacent items that are
// each in quotes or 书名号 ("《A》、《B》" → "《A》《B》"); a title inside a title takes 〈〉 ("《关于〈A〉的通知》").
import { defineCodes, report, type Rule } from '../rule';
import type { Finding, Span } from '../types';
import { shiftFinding, shiftSpan } from '../unit-cache';
import { isSkipped, proseBlocks, q, reportOccurrences, sameSpans, spansWithin, unitProseSpans, type Occurrence } from './number-scope';

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
    // In the editor, each block unit's places are read while it is unchanged (each lies in its block).
    const units = ctx.unitReadings(UNIT_TITLES, (unit, base, window) => {
      const own: UnitTitles = { skipped: spansWithin(skipped, unit.span, base), dun: [], nested: [] };
      readTitles(window, unitProseSpans(doc, unit, base), own.skipped, own.dun, own.nested);
      return own;
    }, (kept, unit, base) => sameSpans(kept.skipped, skipped, unit.span, base));
    if (units) {
      for (const { base, value } of units) {
        for (const o of value.dun) dun.push({ ...o, span: shiftSpan(o.span, base), edits: o.edits.map((e) => ({ ...e, span: shiftSpan(e.span, base) })) });
        for (const f of value.nested) out.push(shiftFinding(f, base));
      }
    } else readTitles(doc.text, proseBlocks(doc).map((b) => b.span), skipped, dun, out);
    out.push(...reportOccurrences('punctuation/dun-between-quotes', dun, (count, first) => ({
      message: `${first.message}；全文共${count}处并列的引号或书名号之间用了顿号`,
      fixTitle: `删除全部${count}处顿号`,
    })));
    return out.sort((a, b) => a.span.start - b.span.start);
  },
};

/** A block unit's places, in its window's offsets, with the skipped spans they were read with. */
interface UnitTitles {
  skipped: Span[];
  dun: Occurrence[];
  nested: Finding[];
}

/** The key of the units' places (unitReadings). */
const UNIT_TITLES = {};

/** The 顿号 between quoted items and the nested titles of the blocks (`blocks`: their spans in `text`), added to `dun` and `out`. */
function readTitles(text: string, blocks: readonly Span[], skipped: Span[], dun: Occurrence[], out: Finding[]): void {
  for (const b of blocks) {
    const slice = text.slice(b.start, b.end);
    DUN_BETWEEN.lastIndex = 0;
    for (let m = DUN_BETWEEN.exec(slice); m; m = DUN_BETWEEN.exec(slice)) {
      const at = b.start + m.index + 1;
      if (isSkipped(skipped, at)) continue;
      const pair = m[1] === '》' ? '《》' : '“”';
      // A few characters either side, widened so that neither quoted item (of at most MAX_ITEM) is cut in the middle.
      const local = at - b.start;
      const openFrom = Math.max(0, local - MAX_ITEM);
      const open = slice.slice(openFrom, local).lastIndexOf(m[1] === '》' ? '《' : '“');
      const next = local + 1 + m[2].length;
      const close = slice.slice(next, local + MAX_ITEM + 1).indexOf(slice[next] === '《' ? '》' : '”');
      const from = open >= 0 ? Math.min(at - 6, b.start + openFrom + open) : at - 6;
      const to = close >= 0 ? Math.max(at + 7, b.start + next + close + 1) : at + 7;
      const context = text.slice(Math.max(b.start, from), Math.min(b.end, to));
      dun.push({
        span: { start: at, end: at + 1 },
        message: `并列的${pair === '《》' ? '书名号' : '引号'}之间通常不用顿号（GB/T 15834）：${q(context)}中的顿号可删去`,
        fixTitle: '删除顿号',
        edits: [{ span: { start: at, end: at + 1 + m[2].length }, newText: '' }],
      });
    }
    out.push(...nestedTitles(text, b.start, b.end, skipped));
  }
}

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
