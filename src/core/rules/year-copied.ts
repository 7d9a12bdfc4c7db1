// year/copied — paragraphs carried over from last year's report: sentences of this year's body that last year's report
// has word for word, or nearly (90% of their 13-character shingles). One finding per paragraph, information only: a
// sentence may rightly stay, but a paragraph that did is worth a look. Short sentences (under 20 characters without
// the titles in 《》) are left out: the standard phrases every report repeats.
import { defineCodes, report, type Rule } from '../rule';
import type { PreviousReport } from '../previous';
import type { Finding, ReportDocument, RelatedLocation, Section, Sentence, Span } from '../types';
import { compact, previousPlace } from './year-shared';

const CODES = defineCodes({
  'year/copied': {
    severity: 'information',
    fixable: false,
    description: '段落中的句子与上年报告相同（照抄上年报告）',
    descriptionEn: 'Sentences of a paragraph copied unchanged from last year\'s report',
  },
});

const SHINGLE = 13;
const NEAR = 0.9;
const MIN_SENTENCE = 20;
const TITLES = /《[^《》]*》/g;

export const yearCopied: Rule = {
  id: 'year/copied',
  codes: CODES,
  meta: { description: CODES['year/copied'].description, descriptionEn: CODES['year/copied'].descriptionEn },
  check(doc, ctx) {
    const previous = ctx.previous;
    if (!previous) return [];
    const last = lastYearSentences(previous);
    const byParagraph = new Map<number, { counted: number; copied: RelatedLocation[] }>();
    for (const sentence of bodySentences(doc)) {
      const text = compact(doc, sentence.span);
      let paragraph = byParagraph.get(sentence.blockIndex);
      if (!paragraph) byParagraph.set(sentence.blockIndex, (paragraph = { counted: 0, copied: [] }));
      paragraph.counted++;
      const match = longEnough(text) && matchIn(last, text);
      if (match) {
        const place = previousPlace(previous, previous.doc.sentences[match.sentence].span);
        paragraph.copied.push({ span: sentence.span, message: match.exact ? `与${place}相同` : `与${place}几乎相同（${Math.floor(match.share * 100)}%的文字片段相同）` });
      }
    }
    const out: Finding[] = [];
    for (const [block, { counted, copied }] of byParagraph) {
      // One sentence carried over in a paragraph of new ones is how reports are written; a paragraph that stayed is not.
      if (copied.length < 2 && !(copied.length === 1 && counted === 1)) continue;
      out.push(report('year/copied', {
        span: doc.blocks[block].contentSpan,
        message: `本段 ${copied.length} 句与上年报告（${previous.name}）相同或几乎相同${counted === copied.length ? '（整段照抄）' : `（共 ${counted} 句）`}，请核对是否写的是本年度的情况`,
        related: copied,
      }));
    }
    return out;
  },
};

/**
 * The body's sentences: in paragraphs and in the text run on after a heading ("（四）依法化解矛盾纠纷。
 * 全县……"), never a heading itself (the five items' titles are the same every year), the title, 主送机关 or 落款.
 */
function bodySentences(doc: ReportDocument): Sentence[] {
  const titles: Span[] = [];
  const walk = (sections: Section[]) => sections.forEach((s) => { titles.push(s.titleSpan); walk(s.children); });
  walk(doc.sections);
  const isBody = (s: Sentence) => {
    const block = doc.blocks[s.blockIndex];
    if (block?.kind === 'paragraph') return block.markdownDepth === undefined;
    return block?.kind === 'heading' && !titles.some((t) => t.start < s.span.end && s.span.start < t.end);
  };
  return doc.sentences.filter(isBody);
}

/** Long enough to be more than a standard phrase, the titles in 《》 not counted. */
function longEnough(text: string): boolean {
  return text.replace(TITLES, '').length >= MIN_SENTENCE;
}

interface LastYearText {
  /** Whole sentence → its index in last year's doc.sentences. */
  sentences: Map<string, number>;
  /** Every 13-character shingle → the first sentence holding it. */
  shingles: Map<string, number>;
}

const lastYearTexts = new WeakMap<PreviousReport, LastYearText>();

/** Last year's sentences and shingles, built once per previous report (every check of this year's report reuses them). */
function lastYearSentences(previous: PreviousReport): LastYearText {
  let built = lastYearTexts.get(previous);
  if (built) return built;
  built = { sentences: new Map(), shingles: new Map() };
  const doc = previous.doc;
  const sentenceIndex = new Map(doc.sentences.map((s, k) => [s, k]));
  for (const s of bodySentences(doc)) {
    const k = sentenceIndex.get(s)!;
    const text = compact(doc, s.span);
    if (!longEnough(text)) continue;
    if (!built!.sentences.has(text)) built!.sentences.set(text, k);
    for (let p = 0; p + SHINGLE <= text.length; p++) {
      const shingle = text.slice(p, p + SHINGLE);
      if (!built!.shingles.has(shingle)) built!.shingles.set(shingle, k);
    }
  }
  lastYearTexts.set(previous, built);
  return built;
}

/** Last year's sentence this one repeats: word for word, or the share of its shingles found there. */
function matchIn(last: LastYearText, text: string): { sentence: number; exact: boolean; share: number } | undefined {
  const exact = last.sentences.get(text);
  if (exact !== undefined) return { sentence: exact, exact: true, share: 1 };
  const total = text.length - SHINGLE + 1;
  if (total <= 0) return undefined;
  const votes = new Map<number, number>();
  let found = 0;
  for (let p = 0; p < total; p++) {
    const k = last.shingles.get(text.slice(p, p + SHINGLE));
    if (k === undefined) continue;
    found++;
    votes.set(k, (votes.get(k) ?? 0) + 1);
  }
  if (found / total < NEAR) return undefined;
  const sentence = [...votes.entries()].sort((a, b) => b[1] - a[1])[0][0];
  return { sentence, exact: false, share: found / total };
}
