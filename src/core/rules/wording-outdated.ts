// wording/outdated-name — an institution or a law by the name it had before a reform or a replacement: 国务院法制办
// (司法部 since 2018), 工商局/食药监局/质监局 (市场监督管理局), 卫计委, 国土资源局, 安监局, 环保局, 领导小组 → 委员会;
// 《合同法》 and the eight other laws the 民法典 replaced (2021), 《信访条例》 (信访工作条例 from 2022-05-01),
// 《环境噪声污染防治法》 (噪声污染防治法 from 2022-06-05). Only when the report's whole year comes after the change,
// and not where the sentence itself tells the history (原工商局, “同时废止”, “更名为”).
import outdatedData from '../data/outdated-names.json';
import { defineCodes, type Rule } from '../rule';
import type { Finding, Span } from '../types';
import {
  appliesToYear, inProse, insideTitle, isException, PhraseIndex, prosePhrases, replacementFixes, reportYear, sentenceAround,
  titleSpans, wordingFinding,
} from './wording-shared';

export interface OutdatedEntry {
  kind: 'institution' | 'law';
  wrong: string[];
  right?: string[];
  forms?: Record<string, string>;
  certain?: boolean;
  from: string;
  until?: string;
  except?: string[];
  basis: string;
}

export const outdatedEntries = outdatedData.entries as OutdatedEntry[];
const NATIONAL_PREFIX = '中华人民共和国';
// A sentence that tells the history names the old body or law on purpose; so does 原 just before it (原市工商局).
const HISTORY = /前身|更名|改名|改为|改称|撤销|撤并|并入|划入|组建|不再保留|机构改革前|废止|失效|取代|代替|替代|施行前|实施前/;
const FORMER = /原[^\s，。；、,;]{0,4}$/;

let institutions: PhraseIndex<OutdatedEntry> | undefined;
let laws: Map<string, OutdatedEntry[]> | undefined;

const CODES = defineCodes({
  'wording/outdated-name': {
    severity: 'warning',
    fixable: true,
    description: '机构改革后已更名的机构、已被取代的法律法规（按报告年度）',
    descriptionEn: 'Bodies renamed by a reform and laws replaced by new ones, by the report year',
  },
});

export const wordingOutdated: Rule = {
  id: 'wording/outdated-name',
  codes: CODES,
  meta: {
    description: '机构改革后已更名的机构、已被取代的法律法规（按报告年度）',
    descriptionEn: 'Bodies renamed by a reform and laws replaced by new ones, by the report year',
    locality: 'block',
  },
  check(doc, ctx) {
    const year = reportYear(doc);
    if (year === undefined) return [];
    const applies = (e: OutdatedEntry) => appliesToYear(year, e.from, e.until);
    institutions ??= new PhraseIndex(outdatedEntries.filter((e) => e.kind === 'institution').flatMap((e) => e.wrong.map((w): [string, OutdatedEntry] => [w, e])));
    if (!laws) {
      laws = new Map();
      for (const e of outdatedEntries) if (e.kind === 'law') for (const w of e.wrong) laws.set(w, [...(laws.get(w) ?? []), e]);
    }
    const titles = titleSpans(ctx);
    const out: Finding[] = [];
    const report = (span: Span, found: string, e: OutdatedEntry, forms: string[]) => {
      if (FORMER.test(doc.text.slice(Math.max(0, span.start - 6), span.start)) || HISTORY.test(sentenceAround(doc.text, span.start, span.end))) return;
      const shown = forms.map((f) => `“${f}”`).join('或');
      out.push(wordingFinding('wording/outdated-name', span,
        `“${found}”已不再使用，${year}年度报告应写${shown}（${e.basis}）`,
        replacementFixes(span, forms, e.certain === true)));
    };
    for (const m of prosePhrases(doc, ctx, institutions)) {
      const e = m.value;
      // An old document keeps its name (《国土资源部关于…的通知》).
      if (!applies(e) || insideTitle(titles, m.start, m.end) || isException(doc.text, m.start, m.phrase, e.except)) continue;
      report({ start: m.start, end: m.end }, m.phrase, e, e.forms ? [e.forms[m.phrase]] : e.right ?? []);
    }
    for (const t of titles) {
      if (!inProse(doc, ctx, t.start, t.end)) continue;
      const inner = doc.text.slice(t.start, t.end);
      const national = inner.startsWith(NATIONAL_PREFIX);
      const name = national ? inner.slice(NATIONAL_PREFIX.length) : inner;
      const e = laws.get(name)?.find(applies);
      if (!e) continue;
      const nameSpan = { start: t.start + (national ? NATIONAL_PREFIX.length : 0), end: t.end };
      report(nameSpan, `《${inner}》`, e, e.right ?? []);
    }
    return out;
  },
};

