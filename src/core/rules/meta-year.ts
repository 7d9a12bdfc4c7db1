// meta/plan-year, meta/plan-year-unstated, meta/relative-year, meta/year-mismatch — the next-year plan names report
// year + 1, relative time words (今年, 明年 …) give way to the explicit year in a report that is read after the year
// ended, and the title, the lead and the results heading name the same report year.
import { defineCodes, report, type Rule, type RuleContext } from '../rule';
import { cutAround, type Segmenter } from '../segmenter';
import { otherPageKind } from '../page-kind';
import { headingPatterns } from '../sections';
import { singleYears } from '../document';
import type { Block, Finding, ReportDocument, Span, YearVote } from '../types';
import { quote } from './structure-shared';

/**
 * Relative word → offset from the report year. Not 本年度: in an annual report it can only mean the year reported on,
 * while 今年 reads as the year of reading.
 */
const relativeWords: Record<string, { offset: number; suffix: string }> = {
  今年: { offset: 0, suffix: '年' },
  明年: { offset: 1, suffix: '年' },
  去年: { offset: -1, suffix: '年' },
};
const relativePattern = /今年|明年|去年/;
// "如今年轻", "过去年度": the characters around make another word.
const notBefore = /[如过至文光聪]/;
const notAfter = /[轻纪龄华]/;

const CODES = defineCodes({
  'meta/plan-year': {
    severity: 'error',
    fixable: true,
    description: '下一年度安排的年份不是报告年度的次年',
    descriptionEn: 'The plan section names another year than the report year + 1',
  },
  'meta/plan-year-unstated': {
    severity: 'hint',
    fixable: false,
    description: '下一年度安排未写明年份',
    descriptionEn: 'The plan section does not name its year',
  },
  'meta/relative-year': {
    severity: 'information',
    fixable: true,
    description: '相对时间词（“今年”“明年”）宜写明具体年份',
    descriptionEn: 'Relative time words (今年, 明年) are better replaced by the explicit year',
  },
  'meta/year-mismatch': {
    severity: 'error',
    fixable: true,
    description: '标题、导语或工作情况部分的年份与报告年度不一致',
    descriptionEn: 'The title, lead or a results heading names another year than the report year',
  },
});

export const metaYear: Rule = {
  id: 'meta/year',
  codes: CODES,
  meta: {
    description: '标题、导语与正文的报告年度应一致，下一年度安排应写明报告年度的次年；“今年”“明年”等相对时间词宜写明具体年份',
    descriptionEn: 'Title, lead and results name one report year, the plan section names report year + 1; relative time words are replaced by the explicit year',
  },
  check(doc, ctx) {
    // "今年" in a news item is the year it was written: only a report is read after its year ended.
    if (otherPageKind(doc)) return [];
    return [...yearMismatchFindings(doc, ctx), ...planYearFindings(doc, ctx), ...relativeYearFindings(doc, ctx)];
  },
};

const voteNames: Record<YearVote['source'], string> = { title: '标题', lead: '导语', date: '成文日期', plan: '下一年度安排', results: '工作情况部分标题' };

/**
 * A title, a lead or a results heading that names another year than the report's, when at least two other places
 * agree on the report's year (the report year outvotes a title only then, see YearInfo.votes). Spans of years, years
 * in quoted names, bases of comparisons and the plan's next year never count; the plan heading and the 成文日期 have
 * their own rules (meta/plan-year, meta/date-*).
 */
function yearMismatchFindings(doc: ReportDocument, ctx: RuleContext): Finding[] {
  const year = doc.year;
  if (!year || year.source === 'frontmatter') return [];
  const backing = year.votes.filter((v) => v.value === year.value);
  if (backing.length < 2) return [];
  const odd: { span: Span; what: string }[] = year.votes
    .filter((v) => (v.source === 'title' || v.source === 'lead') && v.value !== year.value)
    .map((v) => ({ span: v.span, what: voteNames[v.source] }));
  // A root results heading ("一、2023年法治政府建设主要举措和成效") — unless another one names the report year, which
  // makes this one a comparison with the year before.
  const results = ctx.outline().headings
    .filter((h) => h.root && headingPatterns.measures.test(h.title) && !h.items.includes('plans'))
    .map((h) => singleYears(doc.norm, h.titleSpan));
  if (!results.some((ys) => ys.some((y) => y.value === year.value))) {
    for (const ys of results) if (ys.length === 1) odd.push({ span: ys[0].span, what: '工作情况部分标题' });
  }
  const expected = `${year.value}年`;
  const said = (v: YearVote) => v.source === 'date' ? `成文日期${quote(doc.text.slice(v.span.start, v.span.end))}`
    : `${voteNames[v.source]}写${quote(`${doc.text.slice(v.span.start, v.span.end)}年`)}`;
  const evidence = backing.map(said).join('，');
  return odd.map(({ span, what }) => {
    const found = `${doc.text.slice(span.start, span.end)}年`;
    return report('meta/year-mismatch', {
      message: `${what}的年份应为报告年度${quote(expected)}，实为${quote(found)}：${evidence}，都指${year.value}年度。请核对哪一处有误`,
      span: { start: span.start, end: span.end + 1 },
      fixes: [{ kind: 'choice', title: `改为${quote(expected)}`, edits: [{ span, newText: String(year.value) }] }],
      related: backing.map((v) => ({ span: v.span, message: `${said(v)}（报告年度${year.value}年）` })),
    });
  });
}

function planYearFindings(doc: ReportDocument, ctx: RuleContext): Finding[] {
  if (!doc.year) return [];
  const expected = doc.year.value + 1;
  const outline = ctx.outline();
  // First-level plan parts only: "（二）制定2019年立法计划" inside item 1 is not next year's plan.
  const plans = outline.headings.filter((h) => h.root && h.items.includes('plans') && !h.items.includes('measures'));
  const out: Finding[] = [];
  let stated = false;
  for (const h of plans) {
    const years = [...h.title.matchAll(/(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])/g)];
    if (years.length) stated = true;
    // None, or a span of years ("2021—2025年"): nothing certain to check.
    if (years.length !== 1 || h.title[years[0].index! + 4] !== '年') continue;
    const y = Number(years[0][0]);
    if (y === expected) continue;
    const start = h.titleSpan.start + years[0].index!;
    const span = { start, end: start + 5 };
    out.push(report('meta/plan-year', {
      message: `下一年度工作安排的年份应为报告年度${doc.year.value}年的次年${quote(`${expected}年`)}，实为${quote(doc.text.slice(span.start, span.end))}`,
      span,
      fixes: [{ kind: 'choice', title: `改为${quote(`${expected}年`)}`, preferred: true, edits: [{ span: { start, end: start + 4 }, newText: String(expected) }] }],
      related: [{ span: doc.year.span, message: `报告年度${doc.year.value}年` }],
    }));
  }
  const unstated = plans[0];
  const yearOpening = new RegExp(`^${expected}年`);
  if (!stated && unstated && !doc.sentences.some((s) => s.span.start >= unstated.scope.start && s.span.end <= unstated.scope.end && yearOpening.test(doc.norm.slice(s.span.start, s.span.end)))) {
    out.push(report('meta/plan-year-unstated', {
      message: `下一年度安排未写明年份：${quote(unstated.title)}可写作${quote(`${expected}年工作安排`)}，使读者明确所指年度`,
      span: unstated.titleSpan,
    }));
  }
  return out;
}

function relativeYearFindings(doc: ReportDocument, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const found = (at: number, word: string) => {
    const span: Span = { start: at, end: at + word.length };
    const relative = relativeWords[word];
    const explicit = doc.year ? `${doc.year.value + relative.offset}${relative.suffix}` : undefined;
    out.push(report('meta/relative-year', {
      message: explicit
        ? `${quote(word)}在公开的年度报告中指向不明（报告成文、阅读时已是次年）：建议写明年份，如${quote(explicit)}`
        : `${quote(word)}在公开的年度报告中指向不明：建议写明具体年份`,
      span,
      fixes: explicit ? [{ kind: 'certain', title: `改为${quote(explicit)}`, edits: [{ span, newText: explicit }] }] : [],
    }));
  };
  // In the editor, each block unit's words are read while it is unchanged (the report's year only words the finding).
  const units = ctx.unitReadings(UNIT_WORDS, (unit, base) => {
    const own: [number, string][] = [];
    for (let b = unit.first; b <= unit.last; b++) relativeWordsIn(doc, doc.blocks[b], ctx.segmenter, (at, word) => own.push([at - base, word]));
    return own;
  }, () => true);
  if (units) {
    for (const { base, value } of units) for (const [at, word] of value) found(at + base, word);
  } else for (const block of doc.blocks) relativeWordsIn(doc, block, ctx.segmenter, found);
  return out;
}

/** The key of the units' words (unitReadings). */
const UNIT_WORDS = {};
const relativeWordsPattern = new RegExp(relativePattern.source, 'g');

/** Where the block (a paragraph or heading) says 今年, 明年, 去年 … as a word of its own, outside 《》. */
function relativeWordsIn(doc: ReportDocument, block: Block, segmenter: Segmenter | undefined, found: (at: number, word: string) => void): void {
  if (block.kind !== 'paragraph' && block.kind !== 'heading') return;
  const { start, end } = block.contentSpan;
  const slice = doc.norm.slice(start, end);
  const insideBookTitle = bookTitleReader(slice);
  const re = relativeWordsPattern;
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const k = m.index;
    if (notBefore.test(slice[k - 1] ?? '') || notAfter.test(slice[k + m[0].length] ?? '')) continue;
    if (insideBookTitle(k)) continue;
    // Only the words 今年/明年/去年, not 明年 inside 光明年代: the segmenter cuts a window around the match.
    if (segmenter && !cutAround(segmenter, slice, k, k + m[0].length).some((t) => t.start === k)) continue;
    found(start + k, m[0]);
  }
}

/** Inside 《…》: a name, not the writer's own words. */
/** Whether an offset lies inside 《…》, for offsets asked in increasing order (one pass over the text). */
function bookTitleReader(s: string): (at: number) => boolean {
  let p = 0;
  let open = -1;
  let close = -1;
  return (at) => {
    for (; p <= at && p < s.length; p++) {
      if (s[p] === '《') open = p;
      else if (s[p] === '》') close = p;
    }
    return open >= 0 && close < open;
  };
}
