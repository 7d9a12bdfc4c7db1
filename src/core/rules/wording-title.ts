// wording/document-title and wording/law-title — a title in 《》 one or two characters away from the exact title of
// a central document (《法制政府建设实施纲要（2021—2025年）》, 督查 for 督察, a missing 年 or 连接号) or of a
// national law or administrative regulation (missing 中华人民共和国 is fine; a wrong word is not). Titles that
// differ only in bracket or dash width are left to the punctuation and number rules; a title that merely adds a
// place (《浙江省信访条例》) is a local one and is never flagged.
import documentData from '../data/central-documents.json';
import lawData from '../data/national-laws.json';
import { defineCodes, type Rule } from '../rule';
import type { Finding, Span } from '../types';
import { inProse, replacementFixes, titleSpans, wordingFinding } from './wording-shared';
import { JOINED_YEARS, joinedYearRange } from './wording-typo';

const NATIONAL_PREFIX = '中华人民共和国';
const LAW_SUFFIX = /(法|条例|规定|办法|细则|决定|规则)$/;
// A trailing revision note: 《行政复议法（2023年修订）》 names the same law.
const REVISION_NOTE = /（\d{4}年[^（）]{0,6}）$/;

const FOLDABLE = /[()\-－–~～―— \u30000-9]/;

/**
 * Brackets and dashes folded to one width, spaces dropped, a year range's missing dash put back: what the punctuation,
 * number and typo rules check is not compared here.
 */
export function foldTitle(title: string): string {
  // Most titles hold none of what is folded: they are compared as they are (the index folds 1,000 titles on first use).
  if (!FOLDABLE.test(title)) return title;
  return title.replace(/[()]/g, (c) => (c === '(' ? '（' : '）')).replace(/[-－–~～―]|—{1,2}/g, '—').replace(/[ \u3000]/g, '')
    .replace(JOINED_YEARS, (all, first: string, second: string) => (joinedYearRange(first, second) ? `${first}—${second}` : all));
}

/** Levenshtein distance of a and b if it is at most `max`, else max + 1 (banded: O(max · length)). */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(b.length, i + max);
    cur.fill(max + 1);
    cur[0] = i;
    let best = cur[0];
    for (let j = lo; j <= hi; j++) {
      const v = Math.min(prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), (prev[j] ?? max + 1) + 1, cur[j - 1] + 1);
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length], max + 1);
}

interface Known {
  folded: Set<string>;
  /** Folded title → titles of the same length bucket, for the fuzzy comparison. */
  byLength: Map<number, string[]>;
}

function known(titles: string[]): Known {
  const folded = new Set(titles.map(foldTitle));
  const byLength = new Map<number, string[]>();
  for (const t of folded) {
    const bucket = byLength.get(t.length);
    if (bucket) bucket.push(t);
    else byLength.set(t.length, [t]);
  }
  return { folded, byLength };
}

let documents: Known | undefined;
let laws: Known | undefined;

/** The known titles nearest to `title` within `max` edits (ties all returned), or none. */
function nearest(k: Known, title: string, max: number, accept: (candidate: string) => boolean): string[] {
  let best = max + 1;
  let out: string[] = [];
  for (let len = title.length - max; len <= title.length + max; len++) {
    for (const c of k.byLength.get(len) ?? []) {
      if (!accept(c)) continue;
      const d = boundedDistance(title, c, max);
      if (d < best) { best = d; out = [c]; } else if (d === best && d <= max) out.push(c);
    }
  }
  return best <= max ? out : [];
}

const CODES = defineCodes({
  'wording/document-title': {
    severity: 'warning',
    fixable: true,
    description: '《》内的中央文件名称与准确名称相差一两个字',
    descriptionEn: 'A central document\'s title in 《》 one or two characters away from the exact title',
  },
  'wording/law-title': {
    severity: 'warning',
    fixable: true,
    description: '《》内的国家法律、行政法规名称写错了字',
    descriptionEn: 'A national law\'s title in 《》 with a wrong character',
  },
});

export const wordingTitle: Rule = {
  id: 'wording/title',
  codes: CODES,
  meta: {
    description: '《》内中央文件、国家法律法规的名称与准确名称相差一两个字',
    descriptionEn: 'A title in 《》 one or two characters away from the exact title of a central document or a national law',
    locality: 'block',
  },
  check(doc, ctx) {
    documents ??= known(documentData.documents.map((d) => d.title));
    laws ??= known((lawData.titles as [string, string, string][]).map(([title]) => title));
    const out: Finding[] = [];
    for (const span of titleSpans(ctx)) {
      if (!inProse(doc, ctx, span.start, span.end)) continue;
      const inner = doc.text.slice(span.start, span.end);
      const title = foldTitle(inner);
      // Short titles are laws (《民法典》), never central documents.
      if (title.length >= 8 && !documents.folded.has(title)) {
        const near = nearest(documents, title, 2, (c) => !title.endsWith(c) && !title.startsWith(c));
        if (near.length) {
          const exact = near.map((c) => documentData.documents.find((d) => foldTitle(d.title) === c)!.title);
          out.push(finding('wording/document-title', span, inner, exact, '中央文件的准确名称'));
          continue;
        }
      }
      const lawFinding = checkLaw(span, inner);
      if (lawFinding) out.push(lawFinding);
    }
    return out;
  },
};

function checkLaw(span: Span, inner: string): Finding | undefined {
  const prefix = inner.startsWith(NATIONAL_PREFIX) ? NATIONAL_PREFIX.length : 0;
  const folded = foldTitle(inner.slice(prefix));
  const note = REVISION_NOTE.exec(folded)?.[0] ?? '';
  const name = folded.slice(0, folded.length - note.length);
  const suffix = LAW_SUFFIX.exec(name)?.[1];
  if (!suffix || name.length < 4 || laws!.folded.has(name)) return undefined;
  // Short names allow one wrong character, longer ones two; the same kind (法, 条例 …) and the same first character.
  const near = nearest(laws!, name, name.length <= 6 ? 1 : 2, (c) => c.endsWith(suffix) && c[0] === name[0] && !name.endsWith(c) && !name.startsWith(c));
  if (!near.length) return undefined;
  return finding('wording/law-title', { start: span.start + prefix, end: span.end }, inner, near.map((c) => c + note), '国家法律、行政法规的准确名称');
}

/** Says which exact title(s) the 《》 title is near; the fix is a choice (a differently named document may be meant). */
function finding(code: string, span: Span, found: string, titles: string[], what: string): Finding {
  const shown = titles.map((t) => `《${t}》`).join('或');
  return wordingFinding(code, span, `《${found}》与${what}${shown}不符`, replacementFixes(span, titles, false));
}
