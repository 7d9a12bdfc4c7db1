// wording/term — 规范表述 that changed on a known date: 法制政府 → 法治政府, 法制宣传教育 → 法治宣传教育 (from 2016),
// 法制副校长 → 法治副校长 (from 2022), 《法制日报》 → 《法治日报》 …, and the reverse slip 法治审核 for 法制审核.
// Only for a report whose whole year comes after the change; never inside a 《》 title (an old document keeps its
// name) unless the entry is itself a title.
import termData from '../data/wording-terms.json';
import { defineCodes, type Rule } from '../rule';
import type { Finding } from '../types';
import {
  appliesToYear, insideTitle, isException, PhraseIndex, prosePhrases, replacementFixes, reportYear, titleSpans, wordingFinding,
} from './wording-shared';

export interface TermEntry {
  wrong: string[];
  right: string;
  /** Per wrong form, when the forms differ (民主法制示范村 → 民主法治示范村, 民主法制示范社区 → 民主法治示范社区). */
  forms?: Record<string, string>;
  from: string;
  except?: string[];
  title?: boolean;
  basis: string;
}

export const termEntries = termData.entries as TermEntry[];
let index: PhraseIndex<TermEntry> | undefined;

const CODES = defineCodes({
  'wording/term': {
    severity: 'warning',
    fixable: true,
    description: '规范表述：法治与法制等自某日起改用的说法（按报告年度）',
    descriptionEn: 'Standard wording that changed on a known date (法制 → 法治 …), by the report year',
  },
});

export const wordingTerm: Rule = {
  id: 'wording/term',
  codes: CODES,
  meta: {
    description: '规范表述：法治与法制等自某日起改用的说法（按报告年度）',
    descriptionEn: 'Standard wording that changed on a known date (法制 → 法治 …), by the report year',
    locality: 'block',
  },
  check(doc, ctx) {
    const year = reportYear(doc);
    if (year === undefined) return [];
    index ??= new PhraseIndex(termEntries.flatMap((e) => e.wrong.map((w): [string, TermEntry] => [w, e])));
    const titles = titleSpans(ctx);
    const out: Finding[] = [];
    for (const m of prosePhrases(doc, ctx, index)) {
      const e = m.value;
      if (!appliesToYear(year, e.from) || isException(doc.text, m.start, m.phrase, e.except)) continue;
      if (!e.title && insideTitle(titles, m.start, m.end)) continue;
      const right = e.forms?.[m.phrase] ?? e.right;
      out.push(wordingFinding('wording/term', { start: m.start, end: m.end },
        `“${m.phrase}”应为“${right}”（${e.basis}；本报告为${year}年度）`,
        replacementFixes({ start: m.start, end: m.end }, [right], true)));
    }
    return out;
  },
};
