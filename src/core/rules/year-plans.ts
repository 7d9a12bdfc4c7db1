// year/plan-forgotten — last year's plan for this year (下一年度安排 / 下一步工作) item by item: an item no sentence of
// this year's report takes up (no sentence shares two of its key words, and none of its quoted terms appears) is
// listed, information only, at this year's account of its work. Key words are the item's words of two characters or
// more, less the words every plan uses (GENERIC_WORK_WORDS); of a subsection, those of its heading.
import { GENERIC_WORK_WORDS } from '../lexicon';
import type { PreviousReport } from '../previous';
import { defineCodes, report, type Rule } from '../rule';
import type { Segmenter } from '../segmenter';
import type { Finding, ReportDocument, Span } from '../types';
import { q } from './number-scope';
import { compact, planScopes, previousPlace } from './year-shared';

const CODES = defineCodes({
  'year/plan-forgotten': {
    severity: 'information',
    fixable: false,
    description: '上年报告的下一年度工作安排在本年报告中未见提及',
    descriptionEn: 'An item of last year\'s plan for this year that this year\'s report never mentions',
  },
});

const GENERIC = new Set<string>(GENERIC_WORK_WORDS);
// An item needs this many key words to be judged at all: fewer say too little to tell whether it was taken up.
const MIN_KEY_WORDS = 3;
// A sentence takes an item up when it shares two of its key words — three for an item of many (a whole subsection),
// whose words two sentences on other work share by chance.
const SHARED_IN_SENTENCE = 2;
const SHARED_IN_SENTENCE_MANY = 3;
const MANY_KEY_WORDS = 10;
const MIN_ITEM = 10;
const MAX_ITEMS = 60;
const NAME_LENGTH = 30;
const QUOTED = /[“"]([^“”"]{3,20})[”"]|《([^《》]{3,40})》/g;

export const yearPlans: Rule = {
  id: 'year/plan',
  codes: CODES,
  meta: { description: CODES['year/plan-forgotten'].description, descriptionEn: CODES['year/plan-forgotten'].descriptionEn, needsSegmenter: true },
  check(doc, ctx) {
    const previous = ctx.previous;
    const segmenter = ctx.segmenter;
    if (!previous || !segmenter) return [];
    const place = resultsPlace(doc, ctx.outline().evidence);
    if (!place) return [];
    const sentences = doc.sentences.map((s) => compact(doc, s.span));
    const whole = compact(doc, { start: 0, end: doc.text.length });
    const out: Finding[] = [];
    for (const item of planItems(previous).slice(0, MAX_ITEMS)) {
      const words = itemWords(previous.doc, item, segmenter);
      if (words.length < MIN_KEY_WORDS) continue;
      const quoted = [...compact(previous.doc, item.span).matchAll(QUOTED)].map((m) => m[1] ?? m[2]);
      if (quoted.some((term) => whole.includes(term))) continue;
      const shared = words.length > MANY_KEY_WORDS ? SHARED_IN_SENTENCE_MANY : SHARED_IN_SENTENCE;
      if (sentences.some((s) => words.filter((w) => s.includes(w)).length >= shared)) continue;
      out.push(report('year/plan-forgotten', {
        span: place,
        message: `${previousPlace(previous, item.span)}的工作安排${q(item.name)}在本年报告中未见提及（关键词：${words.slice(0, 6).join('、')}），请核对是否落实或说明`,
      }));
    }
    return out;
  },
};

/** Where the findings stand: the heading of this year's account of its work (item 1), or the title. */
function resultsPlace(doc: ReportDocument, evidence: { item: string; via: string; span: Span; root?: boolean }[]): Span | undefined {
  return evidence.find((e) => e.item === 'measures' && e.via === 'heading' && e.root)?.span ?? doc.title?.contentSpan;
}

interface PlanItem {
  span: Span;
  /** How the message names it: its heading, or the opening of its text. */
  name: string;
  /** A subsection's heading: what was promised (its body tells how, in words other work shares). */
  heading?: Span;
}

/**
 * The key words of an item: of its heading, with the first sentence under it when the heading alone has too few; of
 * its whole text for an item without a heading.
 */
function itemWords(doc: ReportDocument, item: PlanItem, segmenter: Segmenter): string[] {
  if (!item.heading) return keyWords(compact(doc, item.span), segmenter);
  const words = keyWords(compact(doc, item.heading), segmenter);
  if (words.length >= MIN_KEY_WORDS) return words;
  const first = doc.sentences.find((s) => s.span.start >= item.heading!.end && s.span.end <= item.span.end);
  return first ? [...new Set([...words, ...keyWords(compact(doc, first.span), segmenter)])] : words;
}

/**
 * The items of last year's plan: the subsections under its heading; else the 一是/二是 parts of its paragraphs; else
 * its sentences.
 */
function planItems(previous: PreviousReport): PlanItem[] {
  const doc = previous.doc;
  const items: PlanItem[] = [];
  for (const scope of planScopes(previous.analyses)) {
    const section = previous.analyses.outline().headings.find((h) => h.scope.start === scope.start && h.scope.end === scope.end)?.section;
    if (section?.children.length) {
      for (const child of section.children) items.push({ span: child.span, name: compact(doc, child.titleSpan), heading: child.titleSpan });
      continue;
    }
    const blocks = doc.blocks.filter((b) => b.kind === 'paragraph' && b.span.start >= scope.start && b.span.end <= scope.end);
    const enumerated = blocks.filter((b) => b.enumerations.length >= 2);
    if (enumerated.length) {
      for (const b of enumerated) {
        b.enumerations.forEach((e, k) => {
          const span = { start: e.markerSpan.end, end: b.enumerations[k + 1]?.markerSpan.start ?? b.contentSpan.end };
          items.push({ span, name: opening(doc, span) });
        });
      }
      continue;
    }
    for (const s of doc.sentences) {
      if (s.span.start < scope.start || s.span.end > scope.end || doc.blocks[s.blockIndex]?.kind !== 'paragraph') continue;
      items.push({ span: s.span, name: opening(doc, s.span) });
    }
  }
  return items.filter((item) => compact(doc, item.span).length >= MIN_ITEM);
}

/** The item's first clause, clipped. */
function opening(doc: ReportDocument, span: Span): string {
  const text = compact(doc, span).replace(/^[，,：:]/, '');
  const clause = text.split(/[，,；;。：:]/)[0] || text;
  return clause.length > NAME_LENGTH ? `${clause.slice(0, NAME_LENGTH)}…` : clause;
}

/** The item's words of two characters or more, Chinese only, less the generic ones, each once. */
function keyWords(text: string, segmenter: Segmenter): string[] {
  const words = segmenter.cut(text).map((t) => t.word).filter((w) => w.length >= 2 && /^[\u4e00-\u9fff]+$/.test(w) && !GENERIC.has(w));
  return [...new Set(words)];
}

