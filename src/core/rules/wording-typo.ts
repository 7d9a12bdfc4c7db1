// wording/typo — 公文易错词 with no legitimate reading (截止目前 → 截至目前, 按步就班 → 按部就班, 布署 → 部署):
// one right form each, so the fix is certain.
import typoData from '../data/wording-typos.json';
import type { Rule } from '../rule';
import { PhraseIndex, prosePhrases, replacementFixes, wordingFinding } from './wording-shared';

export const typoPairs = typoData.pairs as [string, string][];
let index: PhraseIndex<string> | undefined;

export const wordingTypo: Rule = {
  id: 'wording/typo',
  codes: ['wording/typo'],
  meta: {
    severity: 'warning',
    description: '公文易错词（只收没有正确读法的写法，如“截止目前”“按步就班”“布署”）',
    descriptionEn: 'Common misspellings in official documents that have no correct reading (截止目前, 按步就班, 布署)',
  },
  check(doc, ctx) {
    index ??= new PhraseIndex(typoPairs);
    return [...prosePhrases(doc, ctx, index)].map((m) => {
      const span = { start: m.start, end: m.end };
      return wordingFinding('wording/typo', 'warning', span, `“${m.phrase}”应为“${m.value}”`, replacementFixes(span, [m.value], true));
    });
  },
};
