// Where a report covers the required items of 《法治政府建设与责任落实督察工作规定》 (items 1–4; item 5 is optional):
// matched by meaning in heading titles and, for items often written without a heading, in sentences and paragraph
// openings. Keywords are plain substrings so this works without the segmenter; with it, a keyword hit must also fall
// on word boundaries ("不足以" is not "不足").
import type { ReportProfile } from './rule';
import { cutAround, type Segmenter } from './segmenter';
import type { ReportDocument, Section, Span } from './types';

export type ReportItem = 'measures' | 'shortcomings' | 'leadership' | 'plans' | 'other';

export const requiredItems: readonly Exclude<ReportItem, 'other'>[] = ['measures', 'shortcomings', 'leadership', 'plans'];

export function itemName(item: ReportItem, profile: ReportProfile): string {
  switch (item) {
    case 'measures': return '上一年度推进法治政府建设的主要举措和成效';
    case 'shortcomings': return '上一年度推进法治政府建设存在的不足和原因';
    case 'leadership': return profile === 'department'
      ? '上一年度部门主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况'
      : '上一年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况';
    case 'plans': return '下一年度推进法治政府建设的主要安排';
    case 'other': return '其他需要报告的情况';
  }
}

/** A heading, numbered (层次序数) or an unnumbered Markdown heading. */
export interface OutlineHeading {
  title: string;
  titleSpan: Span;
  /** The heading and everything under it. */
  scope: Span;
  /** First-level (root) heading of the document. */
  root: boolean;
  section?: Section;
  items: ReportItem[];
}

export interface ItemEvidence {
  item: ReportItem;
  via: 'heading' | 'sentence';
  /** The heading title or the sentence that names the item. */
  span: Span;
  /** The text that holds the item's content: the heading's section, or the sentence's paragraph. */
  scope: Span;
  /** A first-level heading (the report's own parts, not a subsection of another part). */
  root?: boolean;
}

export interface ReportOutline {
  headings: OutlineHeading[];
  evidence: ItemEvidence[];
}

export const headingPatterns: Record<ReportItem, RegExp> = {
  measures: /举措|成效|成绩|开展情况|工作情况|推进情况|落实情况|完成情况|建设情况|主要做法|主要工作|工作进展|进展情况/,
  shortcomings: /(存在|面临)的?(主要)?(问题|不足|困难|差距|短板|薄弱)|(问题|困难|差距|短板)(和|及|与|、)(不足|原因|差距|困难|问题|短板)|不足(之处|和|及|与|、|$)|(的|中)(问题|差距|短板)$|薄弱环节|主要问题/,
  leadership: /第一责任人|主要负责人[^。]{0,12}(履行|履职|职责)|述责述法/,
  plans: /下一步|下一阶段|下一年度|下年度|明年|今后|新的一年|工作(打算|安排|计划|思路|设想|展望|重点|目标)|(打算|安排|计划|思路|设想|展望)$|努力方向/,
  other: /其他(需要|需|应当)?(报告|说明)的?(情况|事项)?|其他事项|其他情况/,
};

/**
 * A sentence anywhere (outside the shortcomings and plans) that reports on the 第一责任人 duty — also without the
 * words 履行/职责: "以党政主要负责人为第一责任人…", "落实领导干部述责述法制度" (述责述法 is how leaders report
 * on that duty; a bare "述法全覆盖" among the year's measures is not that report).
 */
const leadershipSentence = /第一责任人[^。]{0,10}(职责|责任)|(履行|落实|履职)[^。]{0,20}第一责任人|主要负责人[^。]{0,20}(履行|落实)[^。]{0,20}(法治建设|法治政府建设)[^。]{0,6}(职责|责任)|党政主要负责人[^。]{0,4}第一责任人|述责述法/;
/** A paragraph that opens on the shortcomings ("…，但仍存在一些不足"). */
const shortcomingsOpening = /(还|仍|仍然|依然|也|尚)存在(着)?[^。;]{0,20}(问题|不足|差距|短板|薄弱)/;
const plansOpening = /^(下一步|下一阶段|下一年度|下年度|明年|新的一年|今后)/;
const plansIntent = /将|要|拟|计划|继续|着力|重点|努力/;
const causesPattern = /原因|由于|根源|究其|归因|之所以/;
/** Item 5 written as a sentence: "其他需要报告的情况：无。", "无其他需要报告的事项。" */
const otherSentence = /其他(需要|需|应当)(报告|说明)的(情况|事项)/;
/** A paragraph opening on a year ("2025年，…"): the next year's plans when it is the year after the report's. */
const yearOpening = /^([0-9]{4})年度?[,，]/;

// What reportOutline reads of a sentence's own text, one bit each, and the year it opens on above them.
const MARK = { leadership: 1, other: 2, shortcomings: 4, plansOpening: 8, plansIntent: 16 } as const;
const YEAR_SHIFT = 5;

/**
 * The marks of the sentence at `span` for reportOutline: a function of its text alone, so they are read per block unit
 * and kept while the unit is unchanged (block-readings.ts).
 */
export function sentenceMarks(norm: string, span: Span): number {
  const text = norm.slice(span.start, span.end);
  const year = yearOpening.exec(text);
  return (leadershipSentence.test(text) ? MARK.leadership : 0) | (otherSentence.test(text) ? MARK.other : 0) |
    (shortcomingsOpening.test(text) ? MARK.shortcomings : 0) | (plansOpening.test(text) ? MARK.plansOpening : 0) |
    (plansIntent.test(text) ? MARK.plansIntent : 0) | (year ? Number(year[1]) << YEAR_SHIFT : 0);
}

export function hasCauses(doc: ReportDocument, scope: Span): boolean {
  return causesPattern.test(doc.norm.slice(scope.start, scope.end));
}

/**
 * Where each item is covered (rules read it once per lint run through `ctx.outline()`). `marks`: the sentences'
 * sentenceMarks where already read (a check with a unit cache keeps them per block unit). `matches`: titleMatches of a
 * heading's title (a check with a unit cache keeps them by title).
 */
export function reportOutline(
  doc: ReportDocument, segmenter: Segmenter | undefined, marks: readonly (number | undefined)[] = [],
  matches: (title: string) => number = (title) => titleMatches(title, segmenter),
): ReportOutline {
  const headings = collectHeadings(doc);
  const evidence: ItemEvidence[] = [];
  for (const h of headings) {
    const matched = matches(h.title);
    reportItems.forEach((item, k) => {
      // 'measures' is decided below, after the other items.
      if (item !== 'measures' && (matched & (1 << k)) !== 0) h.items.push(item);
    });
    // Thematic first-level sections ("实施'法治护航'行动…") together form item 1.
    if ((matched & (1 << measuresBit)) !== 0 || (h.root && h.items.length === 0)) h.items.unshift('measures');
    for (const item of h.items) evidence.push({ item, via: 'heading', span: h.titleSpan, scope: h.scope, root: h.root });
  }

  // Items written without a heading. Mentions inside the shortcomings or plans sections do not report the past year.
  const excluded = headings.filter((h) => h.root && (h.items.includes('shortcomings') || h.items.includes('plans'))).map((h) => h.scope);
  const nextYear = doc.year ? doc.year.value + 1 : undefined;
  // Sentences are in text order, each under the block it starts in: a block's first is the one after another block's.
  let lastBlock = -1;
  for (let k = 0; k < doc.sentences.length; k++) {
    const sentence = doc.sentences[k];
    const block = doc.blocks[sentence.blockIndex];
    const opening = block.index !== lastBlock;
    lastBlock = block.index;
    if (block.kind !== 'paragraph' && block.kind !== 'heading') continue;
    const m = marks[k] ?? sentenceMarks(doc.norm, sentence.span);
    const scope = block.contentSpan;
    if ((m & MARK.leadership) !== 0 && !within(sentence.span, excluded)) {
      evidence.push({ item: 'leadership', via: 'sentence', span: sentence.span, scope });
    }
    if ((m & MARK.other) !== 0) evidence.push({ item: 'other', via: 'sentence', span: sentence.span, scope });
    if (!opening || block.kind !== 'paragraph') continue;
    if ((m & MARK.shortcomings) !== 0) evidence.push({ item: 'shortcomings', via: 'sentence', span: sentence.span, scope });
    const plans = (m & MARK.plansOpening) !== 0 || (nextYear !== undefined && (m >>> YEAR_SHIFT) === nextYear);
    if (plans && (m & MARK.plansIntent) !== 0) evidence.push({ item: 'plans', via: 'sentence', span: sentence.span, scope });
  }
  // Without any heading, the body itself reports the year's work.
  if (headings.length === 0 && doc.blocks.some((b) => b.kind === 'paragraph' && b !== doc.title)) {
    const first = doc.blocks.find((b) => b.kind === 'paragraph')!;
    evidence.push({ item: 'measures', via: 'sentence', span: first.contentSpan, scope: doc.bodySpan });
  }
  return { headings, evidence };
}

const reportItems = Object.keys(headingPatterns) as ReportItem[];
const measuresBit = reportItems.indexOf('measures');

/** The items whose heading pattern a title matches on word boundaries (matchesOnWords), a bit each in headingPatterns' order. */
export function titleMatches(title: string, segmenter: Segmenter | undefined): number {
  let matched = 0;
  reportItems.forEach((item, k) => {
    if (matchesOnWords(title, headingPatterns[item], segmenter)) matched |= 1 << k;
  });
  return matched;
}

function within(span: Span, scopes: readonly Span[]): boolean {
  for (const x of scopes) if (span.start >= x.start && span.end <= x.end) return true;
  return false;
}

function collectHeadings(doc: ReportDocument): OutlineHeading[] {
  const out: OutlineHeading[] = [];
  const walk = (sections: Section[], root: boolean) => {
    for (const s of sections) {
      out.push({ title: doc.norm.slice(s.titleSpan.start, s.titleSpan.end), titleSpan: s.titleSpan, scope: s.span, root, section: s, items: [] });
      walk(s.children, false);
    }
  };
  walk(doc.sections, true);
  // Unnumbered Markdown headings ("## 存在的问题"): their scope runs to the next heading of the same or a higher depth.
  const marked = doc.blocks.filter((b) => b.kind === 'paragraph' && b.markdownDepth && b.index > (doc.title?.index ?? -1));
  const minDepth = Math.min(...marked.map((b) => b.markdownDepth!));
  for (const b of marked) {
    const next = doc.blocks.find((n) => n.index > b.index && n.markdownDepth !== undefined && n.markdownDepth <= b.markdownDepth! && n.kind !== 'title');
    const end = next ? next.span.start : doc.bodySpan.end;
    out.push({ title: doc.norm.slice(b.contentSpan.start, b.contentSpan.end), titleSpan: b.contentSpan, scope: { start: b.span.start, end: Math.max(end, b.span.end) }, root: b.markdownDepth === minDepth && doc.sections.length === 0, items: [] });
  }
  return out.sort((a, b) => a.titleSpan.start - b.titleSpan.start);
}

// The global twin of each pattern, compiled once: headings are matched against every section pattern on every check.
const globals = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let global = globals.get(re);
  if (!global) {
    global = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    globals.set(re, global);
  }
  return global;
}

/** Whether `re` matches `text` somewhere on word boundaries (any match when no segmenter is loaded). */
export function matchesOnWords(text: string, re: RegExp, segmenter: Segmenter | undefined): boolean {
  const global = globalOf(re);
  // Most texts hold no match: one test, no list of matches built.
  global.lastIndex = 0;
  const any = global.test(text);
  // matchAll starts where the test left off.
  global.lastIndex = 0;
  if (!any) return false;
  const matches = [...text.matchAll(global)];
  if (matches.length === 0) return false;
  if (!segmenter) return true;
  return matches.some((m) => {
    const end = m.index + m[0].length;
    const tokens = cutAround(segmenter, text, m.index, end);
    return tokens.some((t) => t.start === m.index) && tokens.some((t) => t.end === end);
  });
}
