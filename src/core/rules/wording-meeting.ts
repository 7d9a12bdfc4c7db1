// wording/meeting — 全会届次: "二十大三中全会" for 二十届三中全会 (always wrong), and a congress or plenary session
// that had not been held when the report was written (a 2023 report citing 二十届三中全会, held in July 2024).
import meetingData from '../data/party-meetings.json';
import { defineCodes, type Rule } from '../rule';
import type { Finding, ReportDocument } from '../types';
import { inProse, proseSpans, replacementFixes, reportYear, wordingFinding } from './wording-shared';

const held = new Map(meetingData.meetings.map((m) => [m.name, m.held]));
// 十九届四中全会, 二十大三中全会 (届 written 大), 党的二十大.
const MEETING = /(十[八九]|二十)([届大])([一二三四五六七八九])中全会|党的(十[八九]|二十)大(?![一二三四五六七八九]中全会)/g;

/** The date the report was written: its 成文日期, or the latest day it may be published (1 April of the next year). */
function writtenBy(doc: ReportDocument, year: number): string {
  const d = doc.date;
  if (d && d.year >= year && d.month >= 1 && d.day >= 1) return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  return `${year + 1}-04-01`;
}

function chineseDate(iso: string): string {
  return iso.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');
}

const CODES = defineCodes({
  'wording/meeting': {
    severity: 'warning',
    fixable: true,
    description: '党的代表大会、中央全会的届次写法，以及报告成文时尚未召开的会议',
    descriptionEn: 'Party congress and plenary session names, and sessions not yet held when the report was written',
  },
});

export const wordingMeeting: Rule = {
  id: 'wording/meeting',
  codes: CODES,
  meta: {
    description: '党的代表大会、中央全会的届次写法，以及报告成文时尚未召开的会议',
    descriptionEn: 'Party congress and plenary session names, and sessions not yet held when the report was written',
  },
  check(doc, ctx) {
    const year = reportYear(doc);
    const out: Finding[] = [];
    for (const b of proseSpans(doc)) {
      const slice = doc.text.slice(b.start, b.end);
      MEETING.lastIndex = 0;
      for (let m = MEETING.exec(slice); m; m = MEETING.exec(slice)) {
        const start = b.start + m.index;
        const span = { start, end: start + m[0].length };
        if (!inProse(doc, ctx, span.start, span.end)) continue;
        const name = m[4] ? `${m[4]}大` : `${m[1]}届${m[3]}中全会`;
        if (m[2] === '大') {
          out.push(wordingFinding('wording/meeting', span, `“${m[0]}”应为“${name}”：中央全会按届次称“${m[1]}届”`,
            replacementFixes(span, [name], true)));
          continue;
        }
        const date = held.get(name);
        if (year === undefined || !date) continue;
        const by = writtenBy(doc, year);
        if (date <= by) continue;
        // The latest session of the same kind held by then is the likeliest intended one: offered, never applied.
        const kind = name.endsWith('大') ? '大' : '全会';
        const latest = meetingData.meetings.filter((x) => x.name.endsWith(kind) && x.held <= by).pop();
        const fixSpan = m[4] ? { start: span.start + 2, end: span.end } : span;
        out.push(wordingFinding('wording/meeting', span,
          `${name}于${chineseDate(date)}闭幕，晚于本报告（${year}年度）的成文时间（${chineseDate(by)}），届次可能写错` +
          (latest ? `；此前最近的是${latest.name}（${chineseDate(latest.held)}）` : ''),
          latest ? replacementFixes(fixSpan, [latest.name], false) : []));
      }
    }
    return out;
  },
};
