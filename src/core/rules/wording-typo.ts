// wording/typo — 公文易错词 with no legitimate reading (截止目前 → 截至目前, 按步就班 → 按部就班, 布署 → 部署), and a
// year range that lost its 连接号 ("（20212025年）", as pasted from a PDF): one right form each, so the fix is certain.
import typoData from '../data/wording-typos.json';
import { defineCodes, type Rule } from '../rule';
import type { Finding } from '../types';
import { inProse, PhraseIndex, proseSpans, prosePhrases, replacementFixes, wordingFinding } from './wording-shared';

export const typoPairs = typoData.pairs as [string, string][];
let index: PhraseIndex<string> | undefined;

/** "20212025年": two years run together, the second later by at most 10 (a plan period), before 年. */
export const JOINED_YEARS = /(?<![0-9])((?:19|20)[0-9]{2})((?:19|20)[0-9]{2})(?=年)/g;

export function joinedYearRange(first: string, second: string): boolean {
  const gap = Number(second) - Number(first);
  return gap > 0 && gap <= 10;
}

const CODES = defineCodes({
  'wording/typo': {
    severity: 'warning',
    fixable: true,
    description: '公文易错词（只收没有正确读法的写法，如“截止目前”“按步就班”“布署”）和缺连接号的年份范围',
    descriptionEn: 'Common misspellings with no correct reading (截止目前, 按步就班, 布署) and year ranges missing their dash',
  },
});

export const wordingTypo: Rule = {
  id: 'wording/typo',
  codes: CODES,
  meta: {
    description: '公文易错词（只收没有正确读法的写法，如“截止目前”“按步就班”“布署”）和缺连接号的年份范围',
    descriptionEn: 'Common misspellings with no correct reading (截止目前, 按步就班, 布署) and year ranges missing their dash',
    locality: 'block',
  },
  check(doc, ctx) {
    index ??= new PhraseIndex(typoPairs);
    const out: Finding[] = [...prosePhrases(doc, ctx, index)].map((m) => {
      const span = { start: m.start, end: m.end };
      return wordingFinding('wording/typo', span, `“${m.phrase}”应为“${m.value}”`, replacementFixes(span, [m.value], true));
    });
    for (const b of proseSpans(doc)) {
      const slice = doc.text.slice(b.start, b.end);
      JOINED_YEARS.lastIndex = 0;
      for (let m = JOINED_YEARS.exec(slice); m; m = JOINED_YEARS.exec(slice)) {
        const span = { start: b.start + m.index, end: b.start + m.index + 8 };
        if (!joinedYearRange(m[1], m[2]) || !inProse(doc, ctx, span.start, span.end)) continue;
        const range = `${m[1]}—${m[2]}`;
        out.push(wordingFinding('wording/typo', span, `“${m[0]}年”缺少连接号，应为“${range}年”`, replacementFixes(span, [range], true)));
      }
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  },
};
