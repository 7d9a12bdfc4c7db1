// figure/conflict — the same count stated twice with different values ("19个镇（街道）" … "我市18个镇（街道）"), and
// more units than the items they hold ("评选出23个优秀案卷单位，19件优秀案卷").
// Very conservative: only figures that count the noun right after their measure word, with nothing before them but a
// scope word (全市, 我市 …), outside 、-lists, asides, subsets, changes and other years; values within a factor of
// 0.6 of each other (a far smaller value is usually a subset: "我市1个乡镇被评为…" beside "全市73个乡镇").
// And any figure restated under the same words with another value (figure-restated.ts): a summary or a headline
// repeating the body, a rate twice, one amount in two scales.
// And a count stated in the text that a table states too, by its row and column ("东城区法院新收一审行政案件96件" beside
// the table's 东城 row, 新收 column: 69).
import { figureText, isExactCount, mainFigures, sameUnitKind, type Figure, type FigureIndex } from '../figures';
import { formatFixed, parseArabic, parseChineseNumeral } from '../numbers';
import { periodOf, sameYear, verbOf } from '../bases';
import { ANSWER_GRADE, CHANGE_DOWN, CHANGE_UP, CHANGE_WORDS, PART_OF_YEAR, PRIOR_PERIOD, SCOPE_WORDS, TOTAL_WORDS } from '../lexicon';
import type { Segmenter } from '../segmenter';
import { defineCodes, report, type Rule, type RuleContext } from '../rule';
import { defineAnalysis } from '../analyses';
import { charCodes, foldWidth, lastMatch, WHITE_SPACE } from '../text';
import type { Finding, Fix, ReportDocument, Span } from '../types';
import { PLAN_SPANS, TARGET_STATEMENTS } from './figure-target';
import { MIN_RATIO, MOVE_FROM, MOVE_TO, differenceText, roundedDownRange, newRestatedMemo, oneSlipApart, restatedConflicts, significantDigits, unitKind, type RestatedGroup, type RestatedKeeping } from './figure-restated';
import { q } from './number-scope';
import { CHANGE_HEADER, PERIOD_NAME, TABLES, TOTAL_LABEL, countedBy, lastNamed, type Cell, type Table } from '../tables';
import { shiftFinding } from '../unit-cache';

// The level of the whole place a scope word names: 省 of 全省, 市 of 我市.
const WHOLE_PLACE_LEVEL = /(?:全|我)(市|区|县|镇|省|州|旗)/g;
const SCOPE_ONLY = /^(?:(?:全|我)(?:市|区|县|镇|省|州|旗)|目前|现有|共有|共|全|现|辖|境内){0,3}$/;
const GENERIC_METRICS = new Set(['部门', '单位', '项目', '方面', '领域', '问题', '案件', '活动', '人员', '类', '项', '批', '次', '件']);
// A clause with these words speaks of a part, a change or an award, not of the whole count.
const PARTIAL_CLAUSE = /(被评|评为|获评|荣获|获得|入选|试点|示范|部分|新增|新建|新设|新成立|增加|减少|剩余|尚未|尚有|其余|其他|以外|之外)/;
// A sentence about another time.
const OTHER_TIME = /(去年|上年|上一年|同期|原有|原来|此前|之前|以前|以往|历年|累计|明年|下一步|计划|将)/;
// Each mention points at the others that differ; past this many the list says nothing more (and stays bounded).
const MAX_RELATED = 10;
const HOLDER_SUFFIXES = ['单位', '集体'];

const CODES = defineCodes({
  'figure/conflict': {
    severity: 'warning',
    fixable: true,
    description: '同一数量在文中前后不一致（如“19个镇（街道）”与“18个镇（街道）”）',
    descriptionEn: 'The same count stated twice with different values ("19个镇（街道）" vs "18个镇（街道）")',
  },
});

export const figureConflict: Rule = {
  id: 'figure/conflict',
  codes: CODES,
  meta: {
    description: '同一数量在文中前后不一致（如“19个镇（街道）”与“18个镇（街道）”）',
    descriptionEn: 'The same count stated twice with different values ("19个镇（街道）" vs "18个镇（街道）")',
  },
  check(doc, ctx) {
    const index = ctx.figures();
    // A whole count restated as a frame ("全县1860名人民调解员中，…") is found both ways: reported once.
    const whole = sameMetricConflicts(doc, index);
    const reported = new Set(whole.map((f) => f.span.start));
    return [
      ...whole, ...restatements(doc, index, ctx.analysis(UNMET_SPANS), keeping(ctx)).filter((f) => !reported.has(f.span.start)), ...holdersExceedItems(doc, index),
      ...listCountConflicts(doc, ctx), ...namesBeforeCounts(doc, index), ...tableRestatements(doc, index, ctx), ...allRestated(doc, index).filter((f) => !reported.has(f.span.start)),
      ...changesRestated(doc, index),
    ].sort((a, b) => a.span.start - b.span.start);
  },
};

function sameMetricConflicts(doc: ReportDocument, index: FigureIndex): Finding[] {
  const groups = new Map<string, Figure[]>();
  for (const f of index.figures) {
    const sentence = index.sentences[f.sentence];
    if (!wholeCounts(doc, index, sentence)[placeInSentence(sentence, f)]) continue;
    // "共有行政执法人员1250人" and "1205名行政执法人员": 人 and 名 count the same people.
    const key = `${countedNoun(f)}|${unitKind(f)}`;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  const out: Finding[] = [];
  for (const group of groups.values()) {
    const values = [...new Set(group.map((f) => f.value))];
    if (values.length < 2 || !group.every((f) => sameUnitKind(f, group[0]))) continue;
    if (Math.min(...values) / Math.max(...values) < MIN_RATIO) continue;
    // "全省共有幼儿园6973所" beside "全市共有幼儿园5820所": counts of two places, not one count twice.
    if (new Set(group.flatMap((f) => [...f.before.matchAll(WHOLE_PLACE_LEVEL)].map((m) => m[1]))).size > 1) continue;
    const first = new Map<number, Figure>();
    for (const f of group) if (!first.has(f.value)) first.set(f.value, f);
    // With no majority the mention that states the total as such ("我市18个镇（街道）") carries the warning.
    const lead = group.find((f) => f.before.trim() !== '') ?? group[0];
    const label = (f: Figure) => (f.final ? `${f.metric}${figureText(doc, f)}` : `${figureText(doc, f)}${FRAMED.exec(f.metric)?.[1] ?? f.metric}`);
    out.push(...disagreement(doc, {
      mentions: group.map((f) => ({ figure: f, label: label(f) })),
      classOf: group.map((f) => first.get(f.value) as Figure),
    }, lead, { noun: '数量', fixLabel: label, plainOnly: true, difference: false }));
  }
  return out;
}

// A change stated right after its count, against a period: "同比增长6.67%", "较上年下降3.2%", "环比上升5%".
// (A space after 比/较, as in copies of PDF files, as figure/change allows.)
const CHANGE_OF_COUNT = new RegExp(`^\\s*(同比|环比|(?:较|比|与)\\s?(?:${PRIOR_PERIOD})(?:同期)?(?:相比)?)?\\s*(?:(${CHANGE_UP})|(${CHANGE_DOWN}))了?\\s*$`);
// The year and part of it a sentence opens with, said at one mention of a count and left out at the next.
const PERIOD_WORDS = new RegExp(`(?:(?:19|20)[0-9]{2}年度?)|${PART_OF_YEAR.source}|[至到\\-—–~～]|今年|本年|全年|当年`, 'g');
// The fewest significant digits of a count restated with its change: a shorter one under the same short words (受理120件)
// may be another body's or another section's count.
const MIN_CHANGE_COUNT_DIGITS = 4;
// With fewer digits, the fewest characters its words must have.
const MIN_CHANGE_COUNT_WORDS = 6;

/**
 * "审结2350.9万件，同比增长6.67%" stated again as "审结2350.9万件，同比增长6.97%": one count, under the same words and of the same
 * period, with its change against the same period given twice with different values. Changes that agree within the rounding
 * of the less precise (6.7% beside 6.67%) agree.
 */
function changesRestated(doc: ReportDocument, index: FigureIndex): Finding[] {
  const groups = new Map<string, { count: Figure; change: Figure }[]>();
  const nouns = new Map<string, Record<'sole' | 'listed', { count: Figure; change: Figure }[]>>();
  for (const sentence of index.sentences) {
    const main = mainFigures(sentence);
    for (let k = 1; k < main.length; k++) {
      const [count, change] = [main[k - 1], main[k]];
      if (!change.percent || change.segment !== count.segment + 1 || count.percent || count.change || count.inParens || change.inParens) continue;
      const cue = CHANGE_OF_COUNT.exec(change.before);
      if (!cue) continue;
      const words = count.before.replace(/\s/g, '');
      const digits = significantDigits(doc, count);
      if (words.length < 2 || !/[\u4e00-\u9fff]{2}$/.test(words) || CHANGE_WORDS.test(words) || (digits < MIN_CHANGE_COUNT_DIGITS && words.length < MIN_CHANGE_COUNT_WORDS)) continue;
      // What its sentence states before it — the figures and their words, or with none the sentence's words but for the
      // period and year it names (said at one mention only): a sector's count may equal the whole's ("直接经济损失1.431万元"
      // of all accidents and of traffic alone), the statements around it differ.
      const before = k > 1
        ? main.slice(0, k - 1).map((f) => `${f.before.replace(/\s/g, '')}${figureText(doc, f)}`).join('|')
        : doc.norm.slice(sentence.span.start, count.span.start).replace(PERIOD_WORDS, '').replace(/[\s，,：:]/g, '');
      const changeKey = `${figureText(doc, count)}|${(cue[1] ?? '').replace(/\s/g, '')}|${cue[2] ? 'up' : 'down'}`;
      const key = `${before}|${changeKey}`;
      const list = groups.get(key);
      if (list) list.push({ count, change });
      else groups.set(key, [{ count, change }]);
      const noun = digits >= MIN_CHANGE_COUNT_DIGITS ? nounOf(doc, sentence, main, k) : undefined;
      if (noun) {
        const sides = nouns.get(`${noun.words}|${changeKey}`) ?? { sole: [], listed: [] };
        sides[noun.side].push({ count, change });
        nouns.set(`${noun.words}|${changeKey}`, sides);
      }
    }
  }
  // A count stated alone and the same count in a list, under one noun: each pair, the later one reported.
  const pairs = [...groups.values()].flatMap((group) => group.slice(1).map((other) => [group[0], other]));
  for (const { sole, listed } of nouns.values()) {
    for (const a of sole) for (const b of listed) pairs.push(a.count.id < b.count.id ? [a, b] : [b, a]);
  }
  const out: Finding[] = [];
  const reported = new Set<number>();
  for (const [first, other] of pairs) {
    // A period named at one mention only is the other's too (the same count under the same words); two named must agree.
    const periods = [periodOf(doc, index, first.count), periodOf(doc, index, other.count)];
    if (reported.has(other.change.id) || agreeWithinRounding(first.change, other.change) || !sameYear(doc, index, first.count, other.count) || (periods[0] && periods[1] && periods[0] !== periods[1])) continue;
    reported.add(other.change.id);
    const [a, b] = [figureText(doc, first.change), figureText(doc, other.change)];
    out.push(report('figure/conflict', {
      span: other.change.span,
      message: `同一数据的增减幅度前后不一致：${q(`${other.count.before.trim()}${figureText(doc, other.count)}`)}之后此处为${q(b)}，前文同一数字之后为${q(a)}，请核对`,
      related: [{ span: first.change.span, message: `前文：${q(a)}` }],
    }));
  }
  return out;
}

// The words around a count's noun that name no other thing: the period, the place as a whole, the total words, 其中 and
// the intake verbs ("本月共受理投诉" and "其中…投诉" are both 投诉).
const NOT_THE_NOUN = new RegExp(`${PERIOD_WORDS.source}|本月|本季度|${SCOPE_WORDS.join('|')}|${TOTAL_WORDS.join('|')}|其中|受理|收到|接收|接到|[\\s，,：:；;、]`, 'g');
// The fewest characters of such a noun.
const MIN_CHANGE_NOUN = 2;

/**
 * "其中咨询2541件，…；投诉1024件，同比下降10.5%；…。⏎本月共受理投诉1024件，同比下降15.5%": the noun of a count, the period,
 * place, total words and intake verb set aside — for a count opening its sentence with nothing before it but those words
 * ('sole': no body, sector or level named, "交通运输和仓储业：…直接经济损失1.431万元" is none), or an item of a list
 * ('listed': after another count of its sentence, its own words the noun). Undefined for any other.
 */
function nounOf(doc: ReportDocument, sentence: FigureIndex['sentences'][number], main: Figure[], k: number): { words: string; side: 'sole' | 'listed' } | undefined {
  const count = main[k - 1];
  const sole = k === 1;
  const words = (sole ? doc.norm.slice(sentence.span.start, count.span.start) : count.before).replace(NOT_THE_NOUN, '');
  if (words.length < MIN_CHANGE_NOUN || !/^[\u4e00-\u9fff]+$/.test(words)) return undefined;
  return { words, side: sole ? 'sole' : 'listed' };
}

/** The two changes are one value, written to more or fewer decimals. */
function agreeWithinRounding(a: Figure, b: Figure): boolean {
  return Math.abs(a.value - b.value) <= Math.max(a.halfUlp, b.halfUlp) + 1e-9;
}

/**
 * The spans whose figures are plans, not results: the plan sections, and what a paragraph states as its targets — a
 * target and the result achieved against it are two figures, not one stated twice.
 */
const UNMET_SPANS = defineAnalysis('unmet-spans', (_doc, ctx) => [...ctx.analysis(PLAN_SPANS), ...ctx.analysis(TARGET_STATEMENTS)].sort((a, b) => a.start - b.start));

/** A figure stated again with another value (figure-restated.ts): a summary or headline, a rate twice, two scales. */
function restatements(doc: ReportDocument, index: FigureIndex, plans: Span[], kept: RestatedKeeping | undefined): Finding[] {
  const wording = { noun: '数据', fixLabel: (f: Figure) => figureText(doc, f), plainOnly: false, difference: true };
  return restatedConflicts(doc, index, plans, kept).flatMap((group) => disagreement(doc, group, group.mentions[0].figure, wording));
}

/**
 * In the editor (a unit cache): the ties restatements found among mentions alike in the last check, and an object per
 * block unit that stays the same while the unit is unchanged, by which restatedConflicts tells which ties still hold.
 */
function keeping(ctx: RuleContext): RestatedKeeping | undefined {
  const memo = ctx.kept(RESTATED, newRestatedMemo);
  const units = ctx.unitReadings(UNIT_SAME, () => ({}), () => true);
  return memo && units && { memo, units };
}

/** The keys of restatements' kept ties (ctx.kept) and of the units' objects (unitReadings). */
const RESTATED = {};
const UNIT_SAME = {};

interface Wording {
  /** 数量 (a count) or 数据 (any figure): "同一数量前后不一致". */
  noun: string;
  /** The value a fix unifies to, as its title shows it. */
  fixLabel: (rep: Figure) => string;
  /** Fixes only where every mention is an integer in plain digits (else decimals and scales as written alike). */
  plainOnly: boolean;
  /** With one other value, the message says how far apart they are ("相差0.09万件"). */
  difference: boolean;
}

/**
 * The findings on one figure stated with different values: on each mention outside the majority's value class, or,
 * with no majority, on every mention — the lead one a warning, the others information pointing back at it.
 */
function disagreement(doc: ReportDocument, group: RestatedGroup, lead: Figure, wording: Wording): Finding[] {
  const { mentions, classOf } = group;
  const counts = new Map<Figure, number>();
  for (const rep of classOf) counts.set(rep, (counts.get(rep) ?? 0) + 1);
  const tally = [...counts].sort((a, b) => b[1] - a[1]);
  const majority = tally[0][1] > tally[1][1] ? tally[0][0] : undefined;
  const reps = [...counts.keys()].sort((a, b) => (a === majority ? -1 : b === majority ? 1 : a.value - b.value));
  const fixes = unifyFixes(doc, group, reps, wording);
  const out: Finding[] = [];
  mentions.forEach((m, k) => {
    const own = classOf[k];
    if (own === majority) return;
    const others = differing(group, own);
    const other = mentions[others[0]]?.figure;
    const range = other && roundedDownRange(doc, m.figure, other);
    const only = wording.difference && new Set(others.map((j) => classOf[j])).size === 1 ? `，${range ?? `相差${differenceText(doc, m.figure, other)}`}` : '';
    const otherTexts = [...new Set(others.map((j) => q(mentions[j].label)))].join('、');
    out.push(report('figure/conflict', {
      severity: majority !== undefined || m.figure === lead ? 'warning' : 'information',
      message: `同一${wording.noun}前后不一致：此处为${q(m.label)}，文中另处为${otherTexts}${only}，请核对`,
      span: m.figure.span,
      fixes,
      related: others.map((j) => ({ span: mentions[j].figure.span, message: `另处：${mentions[j].label}` })),
    }));
  });
  return out;
}

/** The first MAX_RELATED mentions whose value class differs from `own`, with each other class among them. */
function differing(group: RestatedGroup, own: Figure): number[] {
  const out: number[] = [];
  const seen = new Set<Figure>();
  group.classOf.forEach((rep, j) => {
    if (rep === own || (out.length >= MAX_RELATED && seen.has(rep))) return;
    out.push(j);
    seen.add(rep);
  });
  return out;
}

/**
 * Which value is right is the writer's choice: one fix per value (the majority's first), each editing every mention
 * that differs from it, so accepting one from either mention leaves the report agreeing with itself — never two
 * fixes that swap the values. Only mentions written in digits in one scale can be rewritten.
 */
function unifyFixes(doc: ReportDocument, group: RestatedGroup, reps: Figure[], wording: Wording): Fix[] {
  const numeral = (f: Figure) => doc.text.slice(f.numeralSpan.start, f.numeralSpan.end);
  const digits = wording.plainOnly ? /^[0-9]+$/ : /^[0-9]+(?:\.[0-9]+)?$/;
  const figures = group.mentions.map((m) => m.figure);
  // A rounded-down value ("1200余件") is no number to copy to the others, nor one to overwrite with theirs.
  if (!figures.every((f) => digits.test(numeral(f)) && f.number.multiplier === figures[0].number.multiplier && !f.approx)) return [];
  return reps.map((rep) => {
    const edits = figures.filter((f, k) => group.classOf[k] !== rep && numeral(f) !== numeral(rep)).map((f) => ({ span: f.numeralSpan, newText: numeral(rep) }));
    return { kind: 'choice', title: `统一为${q(wording.fixLabel(rep))}（${edits.length}处）`, edits };
  });
}

type FigureSentence = FigureIndex['sentences'][number];

/** Whether a sentence (up to `end`) may state whole counts: about the report's year (no other year, no other time). */
function aboutWhole(doc: ReportDocument, sentence: FigureSentence, end = sentence.span.end): boolean {
  const sentenceText = doc.text.slice(sentence.span.start, end);
  let ok = !OTHER_TIME.test(sentenceText);
  for (const y of sentenceText.match(/(19|20)[0-9]{2}(?=年)/g) ?? []) if (Number(y) !== doc.year?.value) ok = false;
  return ok;
}

// "全县1250名行政执法人员中，…": the 中 that frames a clause by the whole count is no part of the noun.
const FRAMED = /^([\u4e00-\u9fff]{2,})中$/;

/** The noun a count counts, width folded, without the 中 of a frame. */
function countedNoun(f: Figure): string {
  const metric = foldWidth(f.metric);
  return f.final ? metric : FRAMED.exec(metric)?.[1] ?? metric;
}

/**
 * Where f stands among its sentence's figures: their ids run on from the first (asides included), so no search — a
 * sentence of thousands of figures is not walked for each of them.
 */
function placeInSentence(sentence: FigureSentence, f: Figure): number {
  const at = f.id - sentence.figures[0];
  return sentence.figures[at] === f.id ? at : sentence.figures.indexOf(f.id);
}

/** Whether each figure of the sentence (in the order of its ids) is a whole count, as isWholeCount reads it. */
interface WholeCounts {
  /** The report's year they were read with (aboutWhole). */
  year: number | undefined;
  whole: boolean[];
}

// Kept with the sentence (FigureSentence.readings): read from its own text and the report's year alone, so a sentence of a
// block unit an edit left alone is not read again.
const WHOLE_COUNTS = {};

function wholeCounts(doc: ReportDocument, index: FigureIndex, sentence: FigureSentence): boolean[] {
  const kept = sentence.readings?.get(WHOLE_COUNTS) as WholeCounts | undefined;
  if (kept && kept.year === doc.year?.value) return kept.whole;
  let about: boolean | undefined;
  // "全县13个乡镇中，10个乡镇完成…": after a count framing its sentence, counts are of some of them.
  const frame = sentence.figures.findIndex((id) => !index.figures[id].final && FRAMED.test(foldWidth(index.figures[id].metric)));
  const whole = sentence.figures.map((id, k) => (frame < 0 || k <= frame) && isWholeCount(doc, sentence, index.figures[id], () => (about ??= aboutWhole(doc, sentence))));
  (sentence.readings ??= new Map()).set(WHOLE_COUNTS, { year: doc.year?.value, whole } satisfies WholeCounts);
  return whole;
}

// A standing count (people, bodies, places), which "全县共有行政执法人员1250名" states with its noun first after 有.
// Counters of a stock (people too, after 共有/现有: "共有行政执法人员1250人").
const STOCK_UNIT = /^(?:名|人|个|家|所|支|座|处|位)$/;
const HAVING = /(?:拥有|有)$/;

/**
 * A figure that states the whole count of the noun right after it: "全市13个乡镇（街道）全部建成…" — or of a standing
 * count before it, with nothing but scope words and 有 before the noun: "全县共有行政执法人员1250名" (not "涉及社区6个").
 */
function isWholeCount(doc: ReportDocument, sentence: FigureSentence, f: Figure, aboutWholeCount: () => boolean): boolean {
  if (!isExactCount(f) || f.inParens || f.subsetCue || f.decimals > 0) return false;
  const metric = countedNoun(f);
  // A grade of answer ("2票一般") counts the votes of one question, each question its own.
  if (metric.length < 2 || GENERIC_METRICS.has(metric) || ANSWER_GRADE.test(metric)) return false;
  if (f.final) {
    const lead = foldWidth(f.before.trim());
    const scope = lead.slice(0, lead.length - metric.length);
    if (!STOCK_UNIT.test(f.unit) || !lead.endsWith(metric) || verbOf(metric) || !HAVING.test(scope) || !SCOPE_ONLY.test(scope.replace(HAVING, ''))) return false;
  } else if (!doc.text.startsWith(f.metric, f.span.end) || !SCOPE_ONLY.test(f.before.trim())) return false;
  // The clause is one segment: not an item of a 、-list (segments of a clause are adjacent).
  const own = sentence.segments[f.segment];
  if (sentence.segments[f.segment - 1]?.clause === f.clause || sentence.segments[f.segment + 1]?.clause === f.clause) return false;
  if (PARTIAL_CLAUSE.test(doc.text.slice(own.span.start, own.span.end))) return false;
  return aboutWholeCount();
}

// "9件政府信息公开申请均按时办结": what follows the noun of a count written before it, saying it is all of them.
const ALL_OF_THEM = /^\s*(?:均|全部|全都|都|悉数)/;
const ASIDE_TOTAL = /^\s*[(（]?\s*(?:共|共计|合计)\s*$/;
const ASIDE_CLOSES = /^\s*[)）]/;
// Words of a paragraph that bring in things from elsewhere: a count of all of them may hold more than the intake.
const CARRIED_IN = /结转|旧存|上年|去年|累计/;
// How many paragraphs back the count a restatement of all is of may stand.
const ALL_REACH = 3;

/**
 * "共收到政府信息公开申请8件……。9件政府信息公开申请均按时办结": a count written before its noun and followed by 均/全部,
 * with nothing but scope words before it, restates the whole count of that noun stated before it (the one value stated
 * under words ending in the noun, in its paragraph or the few before it in its top-level section) — unless a carry-over
 * is spoken of between them.
 */
function allRestated(doc: ReportDocument, index: FigureIndex): Finding[] {
  const out: Finding[] = [];
  for (const f of index.figures) {
    // "…差评工单798个，涉及185个事项（共798个工单）": an aside restating the sentence's count of its noun as a total.
    const aside = f.inParens && ASIDE_TOTAL.test(f.before);
    // (An aside's metric runs to its closing bracket.)
    const metric = aside ? f.metric.replace(/\s*[)）]$/, '') : f.metric;
    if ((f.final && !aside) || (f.inParens && !aside) || f.subsetCue || !isExactCount(f) || metric.length < (aside ? 2 : 4) || !(aside || SCOPE_ONLY.test(f.before.trim()))) continue;
    if (!doc.norm.startsWith(metric, f.span.end)) continue;
    const after = doc.norm.slice(f.span.end + metric.length, f.span.end + metric.length + 4);
    if (aside ? !ASIDE_CLOSES.test(after) : !ALL_OF_THEM.test(after)) continue;
    const sentence = index.sentences[f.sentence];
    const noun = foldWidth(metric);
    const stated: Figure[] = [];
    for (let id = f.id - 1; id >= 0; id--) {
      const g = index.figures[id];
      const own = index.sentences[g.sentence];
      if (own.section !== sentence.section || sentence.paragraph - own.paragraph > ALL_REACH || (aside && g.sentence !== f.sentence)) break;
      if (!g.final || g.inParens || g.subsetCue || !isExactCount(g) || !sameUnitKind(g, f) || !namesAlike(foldWidth(g.before.trim()), noun)) continue;
      stated.push(g);
    }
    if (stated.length === 0 || stated.some((g) => g.value !== stated[0].value) || stated[0].value === f.value) continue;
    const whole = stated[0];
    if (CARRIED_IN.test(doc.norm.slice(index.sentences[whole.sentence].span.start, sentence.span.end))) continue;
    const label = (g: Figure) => (g === f ? `${figureText(doc, f)}${metric}` : `${foldWidth(g.before.trim())}${figureText(doc, g)}`);
    out.push(...disagreement(doc, { mentions: [whole, f].map((g) => ({ figure: g, label: label(g) })), classOf: [whole, f] }, whole,
      { noun: '数量', fixLabel: label, plainOnly: true, difference: true }));
  }
  return out;
}

// "办理行政处罚案件3件，3件行政处罚均…": the whole may name its things as cases (案件) where the restatement does not.
const CASE_NOUN = '案件';
const namesAlike = (words: string, noun: string) => words.endsWith(noun) || words.endsWith(`${noun}${CASE_NOUN}`);

/** "23个优秀案卷单位，19件优秀案卷": each unit holds at least one item, so units cannot outnumber items. */
function holdersExceedItems(doc: ReportDocument, index: FigureIndex): Finding[] {
  const out: Finding[] = [];
  for (let k = 0; k + 1 < index.figures.length; k++) {
    const a = index.figures[k];
    const b = index.figures[k + 1];
    if (a.sentence !== b.sentence || !isExactCount(a) || !isExactCount(b) || a.inParens || b.inParens) continue;
    if ((a.unit !== '个' && a.unit !== '家') || a.value <= b.value) continue;
    const item = foldWidth(b.metric);
    if (item.length < 2 || !HOLDER_SUFFIXES.some((s) => foldWidth(a.metric) === item + s)) continue;
    const holder = `${figureText(doc, a)}${a.metric}`;
    const items = `${figureText(doc, b)}${b.metric}`;
    out.push(report('figure/conflict', {
      message: `${q(holder)}多于${q(items)}：每个${a.metric}至少应有1${b.unit}${b.metric}，${a.value}>${b.value}，请核对`,
      span: { start: a.span.start, end: b.span.end },
    }));
  }
  return out;
}

// A count or amount cell of a table ("2625", "1,717", "45.28"), and a name a row or a column goes by: Chinese words, with
// digits or letters perhaps ("12345热线", "全国12315平台"), not a total's or a numbering's.
const TABLE_COUNT = /^(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.([0-9]+))?$/;
const TABLE_NAME = /^(?=[^\u4e00-\u9fff]*[\u4e00-\u9fff])[\u4e00-\u9fff（）()0-9A-Za-z]{2,16}$/;
const NOT_HAN = /[0-9A-Za-z]/;
const NOT_A_NAME = /^(?:合计|总计|小计|共计|总数|总量|数量|件数|序号|编号|排名|名次|单位|名称|类别|项目|其他|其它)$/;

// A count with its measure word ("97658吨"): no name of a row.
const MEASURED_COUNT = /^[0-9][0-9,.]*[\u4e00-\u9fff]{1,2}$/;
// A measure word written after a count in its cell, not scaled (162817吨, not 16.28万吨).
const CELL_MEASURE = /(?<=[0-9])(?:吨|千克|公斤|件|个|人|户|家|头|只|亩|公顷|元)$/;
// The measure of a whole table, stated before its counts ("单位：吨", "单位:万元").
const TABLE_MEASURE = /单位\s*[:：]\s*([\u4e00-\u9fff]{1,2})(?![\u4e00-\u9fff])/;
const MAX_MEASURE_BEFORE = 40;

/** The measure the table's header rows, or the words right before the table, state for all its counts. */
function tableMeasure(doc: ReportDocument, table: Table): string | undefined {
  const start = table.rows[0][0].span.start;
  const header = table.rows.slice(0, 2).flat().map((c) => doc.norm.slice(c.span.start, c.span.end)).join(' ');
  return (TABLE_MEASURE.exec(header) ?? TABLE_MEASURE.exec(doc.norm.slice(Math.max(0, start - MAX_MEASURE_BEFORE), start)))?.[1];
}

// A table's total row, kept under one name: the text names it only as the whole (cellNamed's totalRowCell).
const TOTAL_ROW_NAME = '\u0000合计';

/** A count cell of a table, by the names of its row and its column. */
interface TableCount {
  row: string;
  column: string;
  value: number;
  /** Digits after its decimal point: an amount in the table's unit ("45.28" under 万元). */
  decimals: number;
  /** As written, spaces and width folded. */
  text: string;
  /** The measure word written after the number in the cell ("162817吨"), if any. */
  unit?: string;
  cell: Cell;
}

// How far back in its sentence the names of a figure's row and column are looked for.
const MAX_LABEL_WORDS = 100;

/**
 * "东城区法院新收一审行政案件96件" beside a table whose 东城 row states 69 under 新收: the text restates the cell. Only a
 * whole count of the report's period (as for sameMetricConflicts) whose words name one row and one column — in its own
 * words ("东城区法院新收…"), or the nearest row and column named before it in its sentence, one of them after the figure
 * before it ("11月共受理转办工单1500件，其中城市管理类420件", "城市管理类，10月为450件，11月为420件"); in the table's section,
 * or anywhere when the row is a period ("11月"). A column is named by its header or by what it counts ("城市管理类" for
 * "城市管理类工单数量"). Not a 、-list's item. Silent when the value is another cell of that row or column (the words may mean
 * it) or far from the cell's (a part of it). "由A下降到B" with no row named restates two consecutive period rows: A must be
 * the earlier row's cell for B to be checked against the later one's.
 */
function tableRestatements(doc: ReportDocument, index: FigureIndex, ctx: RuleContext): Finding[] {
  const tables = ctx.analysis(TABLES);
  if (tables.length === 0) return [];
  const sectionAt = (at: number) => doc.sections.findIndex((s) => s.span.start <= at && at < s.span.end);
  const out: Finding[] = [];
  for (const table of tables) {
    const counts = tableCounts(doc, table);
    if (counts.length === 0) continue;
    const start = table.rows[0][0].span.start;
    const end = table.rows[table.rows.length - 1].at(-1)?.span.end ?? start;
    const section = sectionAt(start);
    const rows = [...new Set(counts.map((c) => c.row))].filter((r) => r !== TOTAL_ROW_NAME);
    const hasTotal = counts.some((c) => c.row === TOTAL_ROW_NAME);
    const columns = [...new Set(counts.map((c) => c.column))].map((name) => ({ name, key: countedBy(name) }));
    // The measure of the table's counts, written in its cells ("162817吨") or once for the table ("单位：吨").
    const measure = tableMeasure(doc, table);
    const naming: { f: Figure; cell: TableCount; written: number; tolerance: number }[] = [];
    for (const f of index.figures) {
      const sentence = index.sentences[f.sentence];
      if (f.span.start >= start && f.span.start < end) continue;
      if (!isExactCount(f) || f.inParens || (f.decimals === 0 && f.number.multiplier !== 1)) continue;
      // A decimal is compared as written ("45.28万元") with a cell written to as many decimals ("45.28" in a table of 万元).
      const written = f.value / f.number.multiplier;
      const own = sentence.segments[f.segment];
      const listed = [sentence.segments[f.segment - 1], sentence.segments[f.segment + 1]].some((seg) => seg?.clause === own.clause);
      const named = f.change ? undefined : cellNamed(doc, index, f, rows, columns, listed) ?? (hasTotal && !listed ? totalRowCell(doc, index, f, rows, columns) : undefined);
      const cell = named ? counts.find((c) => c.row === named.row && c.column === named.column) : movedTo(doc, index, f, counts, rows, columns);
      if (cell && cell.decimals === f.decimals) naming.push({ f, cell, written, tolerance: 0 });
      // "粮食总产量16.28万吨" beside a cell of 吨 ("162817吨"): the figure in the cell's measure, within its rounding.
      else if (cell && f.number.multiplier > 1 && cell.decimals === 0 && (cell.unit ?? measure) === f.unit) naming.push({ f, cell, written: f.value, tolerance: f.halfUlp });
    }
    // Another figure naming a cell the text states alike elsewhere is a slip of the keys ("11月为373件" for 337), or counts
    // something else ("6月，全市在全国12315平台共受理投诉2461件" beside "全国12315平台受理消费者投诉举报1717件", the 投诉举报 of
    // the 6月 row). So is one naming a channel's column ("全国12315平台": its words may count any of what came in by it), or a
    // decimal cell (an amount in the table's unit): only a slip is reported there.
    const fits = (n: { cell: TableCount; written: number; tolerance: number }) => sameAmount(n.cell.value, n.written) || Math.abs(n.cell.value - n.written) <= n.tolerance + 1e-9;
    const statedAlike = new Set(naming.filter(fits).map((n) => n.cell));
    // Digits only: a swap across the decimal point (41.86 / 48.16) is one slip too; the decimals are equal already.
    const numeral = (text: string) => foldWidth(text).replace(/[,，.\s]/g, '');
    for (const n of naming) {
      const { f, cell, written, tolerance } = n;
      if (fits(n)) {
        // The figure is the cell's: its change after it is the row's change column's ("第二产业增加值22.7亿元，增长6.2%").
        const change = changeAgainstRow(doc, index, table, f, cell);
        if (change) out.push(change);
        continue;
      }
      const slipOnly = statedAlike.has(cell) || cell.decimals > 0 || NOT_HAN.test(cell.row + (YEAR_COLUMN.test(cell.column) ? '' : cell.column));
      if (slipOnly && (tolerance > 0 || !oneSlipApart(numeral(cell.text), numeral(doc.text.slice(f.numeralSpan.start, f.numeralSpan.end))))) continue;
      if (Math.min(cell.value, written) / Math.max(cell.value, written) < MIN_RATIO) continue;
      const sentence = index.sentences[f.sentence];
      if (sentence.section !== section && !PERIOD_NAME.test(cell.row)) continue;
      if (counts.some((c) => (c.row === cell.row || c.column === cell.column) && (sameAmount(c.value, written) || Math.abs(c.value - written) <= tolerance + 1e-9))) continue;
      // (A change stated after the figure, "…16.28万吨，较上年增长0.5%", is of it: only the words up to it are read.)
      if (!aboutWhole(doc, sentence, f.span.end)) continue;
      out.push(tableConflict(doc, f, cell, written, tolerance > 0));
    }
  }
  return out;
}

// A change stated right after a figure ("，增长6.2%", "，同比下降3.1%"), and a table's column of the rows' changes.
const CHANGE_AFTER_FIGURE = new RegExp(`^\\s*(?:比上年|较上年|同比)?(?:(${CHANGE_UP})|(${CHANGE_DOWN}))\\s*$`);

/**
 * "第二产业增加值22.7亿元，增长6.2%" beside a table whose 第二产业 row holds 22.7 and, under "比上年增长(%)", 6.8: the text's
 * change of the row's figure against the row's change cell, within the rounding of the less precise (the sign by the
 * text's word: 下降 is a negative cell).
 */
function changeAgainstRow(doc: ReportDocument, index: FigureIndex, table: Table, f: Figure, cell: TableCount): Finding | undefined {
  const next = index.figures[f.id + 1];
  if (!next || next.sentence !== f.sentence || !next.percent || next.approx || next.segment !== f.segment + 1) return undefined;
  const m = CHANGE_AFTER_FIGURE.exec(next.before);
  if (!m) return undefined;
  const header = table.rows[0];
  const row = table.rows.find((r) => r.includes(cell.cell));
  if (!row) return undefined;
  const columns = header.map((h, k) => (CHANGE_HEADER.test(doc.norm.slice(h.span.start, h.span.end)) ? k : -1)).filter((k) => k >= 0);
  if (columns.length !== 1 || !row[columns[0]]) return undefined;
  const target = row[columns[0]];
  const text = doc.norm.slice(target.span.start, target.span.end).replace(/[\s%％]/g, '');
  const value = /^-?[0-9]+(?:\.[0-9]+)?$/.test(text) ? Number(text) : NaN;
  if (Number.isNaN(value)) return undefined;
  const stated = m[2] ? -next.value : next.value;
  const decimals = Math.min(next.decimals, text.split('.')[1]?.length ?? 0);
  if (Math.abs(stated - value) <= 0.5 * 10 ** -decimals + 1e-9) return undefined;
  return report('figure/conflict', {
    message: `同一数据的增减幅度前后不一致：“${f.before.trim()}${figureText(doc, f)}”之后此处为“${doc.norm.slice(next.span.start - m[0].trim().length, next.span.end).trim()}”，表中“${rowName(cell)}”行为${doc.norm.slice(target.span.start, target.span.end).trim()}，请核对`,
    span: next.span,
    related: [{ span: target.span, message: `表中：${rowName(cell)} ${doc.norm.slice(target.span.start, target.span.end).trim()}` }],
  });
}

interface Column {
  name: string;
  /** What it counts: the header without its 数量/总数 ("城市管理类"), or the whole header when that leaves too little. */
  key: string;
}

/** The words of f's sentence before it (at most MAX_LABEL_WORDS), folded, and where the figure before it ends in them. */
function wordsBefore(doc: ReportDocument, index: FigureIndex, f: Figure): { words: string; direct: number } {
  const from = Math.max(index.sentences[f.sentence].span.start, f.span.start - MAX_LABEL_WORDS);
  const previous = index.figures[f.id - 1];
  const direct = previous && previous.sentence === f.sentence ? Math.max(0, previous.span.end - from) : 0;
  return { words: foldWidth(doc.norm.slice(from, f.span.start)), direct };
}

/**
 * The row and column f's words name: its own words first, else the nearest before it in its sentence. An item of a
 * 、-list only by its own row and its year's column ("物业管理问题600件、…" beside "问题类别 | 2022年 | 2023年").
 */
function cellNamed(doc: ReportDocument, index: FigureIndex, f: Figure, rows: string[], columns: Column[], listed: boolean): { row: string; column: string } | undefined {
  const own = foldWidth(f.before);
  const ownRows = rows.filter((r) => own.includes(r));
  if (listed) {
    const column = ownRows.length === 1 ? yearColumn(doc, wordsBefore(doc, index, f).words, columns) : undefined;
    return column && periodAlone(own, own.lastIndexOf(ownRows[0]), ownRows[0]) ? { row: ownRows[0], column } : undefined;
  }
  if (ownRows.some((r) => !periodAlone(own, own.lastIndexOf(r), r))) return undefined;
  const ownColumns = columns.filter((c) => own.includes(c.name)).sort((a, b) => b.name.length - a.name.length);
  if (ownRows.length === 1 && ownColumns.length > 0) {
    return ownColumns[1]?.name.length === ownColumns[0].name.length ? undefined : { row: ownRows[0], column: ownColumns[0].name };
  }
  // One of the two names the figure in its own words: only then is the sentence before it read for the other.
  if (ownRows.length === 0 && !columns.some((c) => own.includes(c.key))) return undefined;
  const { words, direct } = wordsBefore(doc, index, f);
  if (ownRows.length === 1 && ownColumns.length === 0) {
    // (A table of one column of amounts beside their changes, "指标 | 绝对数 | 比上年增长%": that column.)
    const column = yearColumn(doc, words, columns) ?? (columns.length === 1 && ONE_AMOUNT_COLUMN.test(columns[0].name) ? columns[0].name : undefined);
    if (column) return { row: ownRows[0], column };
  }
  const row = lastNamed(words, rows);
  const column = lastNamed(words, columns.map((c) => c.key));
  if (!row || !column || Math.max(row.end, column.end) <= direct || !periodAlone(words, row.end - row.name.length, row.name)) return undefined;
  const found = columns.filter((c) => c.key === column.name);
  return found.length === 1 ? { row: row.name, column: found[0].name } : undefined;
}

// The one column of amounts of a table of indicators ("绝对数", "数值", "总量").
const ONE_AMOUNT_COLUMN = /^(?:绝对数|绝对值|数值|总量|数量|金额|产量)(?:[（(][\u4e00-\u9fff]{1,3}[)）])?$/;

// A column named by a year and a verb ("2020受理量", "2023年办结数（件）").
const YEAR_VERB_COLUMN = /^((?:19|20)[0-9]{2})年?度?([\u4e00-\u9fff]{2})(?:量|数|数量|件数)(?:[（(][\u4e00-\u9fff]{1,2}[)）])?$/;

/**
 * "2020年，全区新收行政复议案件88件，受理59件" beside "单位 | 2019受理量 | 2020受理量 | …⏎…⏎合计 | 96 | 59 | …": a count naming
 * no row, under the verb of exactly one column named by its year (the last year named before it, else the report's) and
 * that verb, is the total row's cell of that column.
 */
function totalRowCell(doc: ReportDocument, index: FigureIndex, f: Figure, rows: string[], columns: Column[]): { row: string; column: string } | undefined {
  const own = foldWidth(f.before);
  if (rows.some((r) => own.includes(r))) return undefined;
  let year = doc.year?.value;
  for (const m of wordsBefore(doc, index, f).words.matchAll(YEAR_WORD)) year = Number(m[1]);
  const found = columns.filter((c) => {
    const m = YEAR_VERB_COLUMN.exec(c.name);
    return !!m && Number(m[1]) === year && own.includes(m[2]);
  });
  return found.length === 1 ? { row: TOTAL_ROW_NAME, column: found[0].name } : undefined;
}

// A column named by its year alone ("2023年（件）", "2024年量（件）"), and the years named before a figure.
const YEAR_COLUMN = /^((?:19|20)[0-9]{2})年(?:度|量|数|数量)?(?:[（(][\u4e00-\u9fff]{1,2}[)）])?$/;
const YEAR_WORD = /((?:19|20)[0-9]{2})年/g;

/**
 * "……劳动纠纷问题330件" beside a table "问题类别 | 2022年（件） | 2023年（件）": of a table whose count columns are each a
 * year, the column of the figure's year — the last year named before it in its sentence, else the report's.
 */
function yearColumn(doc: ReportDocument, words: string, columns: Column[]): string | undefined {
  const years = columns.map((c) => YEAR_COLUMN.exec(c.name)?.[1]);
  // Or one year beside the changes of its counts ("2023年 | 较上年增长(%)").
  const beside = years.filter((y) => y !== undefined).length === 1 && columns.every((c, k) => years[k] !== undefined || CHANGE_COLUMN.test(c.name));
  if (!beside && (years.length < 2 || years.some((y) => y === undefined))) return undefined;
  let year = doc.year?.value;
  for (const m of words.matchAll(YEAR_WORD)) year = Number(m[1]);
  // (A report naming no year of its own: the one year beside its changes is the one it reports.)
  const found = columns.filter((_, k) => (year === undefined && beside ? years[k] !== undefined : Number(years[k]) === year));
  return found.length === 1 ? found[0].name : undefined;
}
// Any column of the changes or of percents beside the year's column.
const CHANGE_COLUMN = new RegExp(`${CHANGE_HEADER.source}|变化|[%％]`);

// A period named as part of a span or a list ("7-9月", "8、9月") or narrowed after ("2023年1-9月"): not the row's period.
const SPAN_BEFORE = /[0-9\-—–~～至到、－]$/;
const NARROWED_AFTER = /^(?:[0-9一二三四上下第前后]|全年)/;

/** Whether the row name at `at` in the words names its period alone (a row of another kind always does). */
function periodAlone(words: string, at: number, row: string): boolean {
  if (!PERIOD_NAME.test(row)) return true;
  return !SPAN_BEFORE.test(words.slice(0, at)) && !NARROWED_AFTER.test(words.slice(at + row.length));
}

/**
 * "物业管理类工单数量由320件下降到280件" after a table of the months with that column: the cell of the period after the one
 * whose cell the move starts from, when the sentence names no row and the move's start is exactly one period's cell.
 */
function movedTo(doc: ReportDocument, index: FigureIndex, f: Figure, counts: TableCount[], rows: string[], columns: Column[]): TableCount | undefined {
  const from = index.figures[f.id - 1];
  if (!from || from.sentence !== f.sentence || !MOVE_TO.test(doc.norm.slice(from.span.end, f.span.start).trim()) || !MOVE_FROM.test(from.before.trim())) return undefined;
  const { words } = wordsBefore(doc, index, from);
  if (lastNamed(foldWidth(doc.norm.slice(index.sentences[f.sentence].span.start, f.span.start)), rows)) return undefined;
  const column = lastNamed(words, columns.map((c) => c.key));
  const found = column && columns.filter((c) => c.key === column.name);
  if (!found || found.length !== 1) return undefined;
  const cells = counts.filter((c) => c.column === found[0].name);
  const at = cells.findIndex((c) => c.value === from.value);
  const next = cells[at + 1];
  if (at < 0 || cells.findIndex((c, k) => k > at && c.value === from.value) >= 0 || !next) return undefined;
  return PERIOD_NAME.test(cells[at].row) && PERIOD_NAME.test(next.row) ? next : undefined;
}

/** The count cells of a table under a named column, each with its row's name (its first cell that is a name). */
function tableCounts(doc: ReportDocument, table: Table): TableCount[] {
  const text = (c: Cell) => foldWidth(doc.norm.slice(c.span.start, c.span.end)).replace(/\s+/g, '');
  const isName = (t: string) => (TABLE_NAME.test(t) && !NOT_A_NAME.test(t) && !MEASURED_COUNT.test(t)) || PERIOD_NAME.test(t);
  const header = table.rows[0].map(text);
  const out: TableCount[] = [];
  for (const row of table.rows.slice(1)) {
    if (row.length !== header.length) continue;
    const name = row.map(text).find(isName) ?? (TOTAL_LABEL.test(text(row[0])) ? TOTAL_ROW_NAME : undefined);
    if (!name) continue;
    row.forEach((cell, k) => {
      const written = text(cell);
      const measured = CELL_MEASURE.exec(written);
      const value = measured ? written.slice(0, -measured[0].length) : written;
      const count = isName(header[k]) ? TABLE_COUNT.exec(value) : null;
      if (count) out.push({ row: name, column: header[k], value: Number(value.replace(/,/g, '')), decimals: count[1]?.length ?? 0, text: written, unit: measured?.[0], cell });
    });
  }
  return out;
}

/** Two amounts as written equal, float noise aside (452800 ÷ 10000 is not exactly 45.28). */
function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a));
}

const rowName = (cell: TableCount) => cell.row.replace('\u0000', '');

function tableConflict(doc: ReportDocument, f: Figure, cell: TableCount, written: number, scaled = false): Finding {
  const label = `${f.before.trim()}${figureText(doc, f)}`;
  const numeral = doc.text.slice(f.numeralSpan.start, f.numeralSpan.end);
  // In the text's scale: 162817吨 is 16.28万吨.
  const inScale = scaled ? formatFixed(cell.value / f.number.multiplier, f.decimals) : '';
  const fixes: Fix[] = scaled
    ? [{ kind: 'choice', title: `改为表中的${inScale}（${cell.cell.text}）`, edits: [{ span: f.numeralSpan, newText: inScale }] }]
    : /^[0-9]+(?:\.[0-9]+)?$/.test(numeral)
    ? [
      { kind: 'choice', title: `改为表中的${cell.text}`, edits: [{ span: f.numeralSpan, newText: cell.text }] },
      { kind: 'choice', title: `将表中数字改为${numeral}`, edits: [{ span: cell.cell.span, newText: numeral }] },
    ]
    : [];
  return report('figure/conflict', {
    message: scaled
      ? `同一数据前后不一致：此处为${q(label)}，表中“${rowName(cell)}”行“${cell.column}”列为${cell.cell.text}（即${inScale}${figureText(doc, f).replace(/^[0-9.,]+/, '')}），请核对`
      : `同一数据前后不一致：此处为${q(label)}，表中“${rowName(cell)}”行“${cell.column}”列为${cell.cell.text}，相差${formatFixed(Math.abs(cell.value - written), f.decimals).replace(/(\.[0-9]*?)0+$/, '$1').replace(/\.$/, '')}，请核对`,
    span: f.span,
    fixes,
    related: [{ span: cell.cell.span, message: `表中：${rowName(cell)}·${cell.column} ${cell.cell.text}` }],
  });
}

// "公众参与、专家论证、风险评估、合法性审查、集体决策五大程序", "区、街、社区三级", "……文化旅游7个重点领域": a count
// right after a 、-list names how many items it lists. Only these count words, which name the items themselves ("市、县
// 15个执法部门" counts departments, not the two levels); a list with 等 or a conjunction 和/及/与/或 (items may continue or
// be joined: "专家论证和风险评估") is left alone — told from 参与/及时/和谐 by the segmenter, without it by the character.
const COUNT_WORD = /([0-9]{1,2}|[一二三四五六七八九十两]{1,2})(大|级|个(?:重点)?(?:领域|方面|行业|环节))/y;
// The first character of COUNT_WORD's count word: a match ends its numeral one or two characters before one.
const COUNT_WORD_START = /[大级个]/g;
// Items are short; a list longer than this is not read (and the scan back from a count stays bounded).
const MAX_ITEM = 12;
const MAX_LIST = 20 * (MAX_ITEM + 1);
// What ends an item besides white space, by char code (text[p] made a string of each character read back).
const NOT_ITEM = charCodes('，。；：,;:“”"《》()（）！？!?');
const DUN = 0x3001; // 、
// "党的十九大、二十大" name congresses, not counts: 大 only after a one-digit count, and never after 的; the count is a
// whole numeral (not the 十 of 二十大).
const CONGRESS = /的$/;
const NUMERAL_END = /[一二三四五六七八九十两百千零〇]$/;
const OPEN_LIST = /等|[0-9０-９]/;
// "每一级", "上一级", "同一级", "逐级": a determiner before 一 makes it no count ("每一个窗口、每一级单位、每一名人员").
const NOT_A_COUNT_BEFORE = /[每各同这那某任哪上下逐]$/;
// "县、乡两级人民政府一级只设立一个…": a list already counted in its last item; a count word after it is of something else
// ("一级" there is "at each level").
const COUNTED_ALREADY = /(?:[0-9]{1,2}|[一二三四五六七八九十两]{1,2})(?:大|级|个)/;
const lastItem = (list: string) => list.slice(list.lastIndexOf('、') + 1);
// Levels of government written one character each ("省市县", "县乡村") — not the words 社区, 乡镇, 市区 (one level each).
const LEVEL_CHARS = /^[省市县乡村]{2,}$/;
const CONJUNCTIONS = new Set(['和', '及', '与', '或', '以及', '或者', '同']);
const CONJUNCTION_CHARS = /[和及与或同]/;

function listCountConflicts(doc: ReportDocument, ctx: RuleContext): Finding[] {
  const { text } = doc;
  // In the editor, each block unit's lists are read while it is unchanged: a list and its count stand on one line, and
  // a unit is whole lines.
  const units = ctx.unitReadings(UNIT_LISTS, (unit, base, window) => listCountsIn(window, unit.span.start - base, unit.span.end - base, ctx.segmenter), () => true);
  if (!units) return listCountsIn(text, 0, text.length, ctx.segmenter);
  const out: Finding[] = [];
  let covered = 0;
  for (const { unit, base, value } of units) {
    // Lines outside every unit (the parser leaves none with text) are read where they stand.
    if (!blank(text, covered, unit.span.start)) out.push(...listCountsIn(text, covered, unit.span.start, ctx.segmenter));
    for (const f of value) out.push(shiftFinding(f, base));
    covered = unit.span.end;
  }
  out.push(...listCountsIn(text, covered, text.length, ctx.segmenter));
  return out;
}

/** The key of the units' list counts (unitReadings). */
const UNIT_LISTS = {};

function blank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!WHITE_SPACE.has(text.charCodeAt(k))) return false;
  return true;
}

/** The list counts that disagree with their lists, of the count words starting in text[from, to). */
function listCountsIn(text: string, from: number, to: number, segmenter: Segmenter | undefined): Finding[] {
  const out: Finding[] = [];
  // Without one of these characters no word of the list is a conjunction: the segmenter is not asked.
  const joined = (list: string) =>
    CONJUNCTION_CHARS.test(list) && (!segmenter || segmenter.cut(list).some((t) => CONJUNCTIONS.has(t.word)));
  for (const m of countWords(text, from, to)) {
    const start = m.index;
    const list = listBefore(text, start);
    if (!list || OPEN_LIST.test(list) || NUMERAL_END.test(list) || NOT_A_COUNT_BEFORE.test(list) || COUNTED_ALREADY.test(lastItem(list)) || joined(list)) continue;
    if (m[2] === '大' && (CONGRESS.test(list) || m[1].length > 1)) continue;
    const stated = /[0-9]/.test(m[1]) ? parseArabic(m[1]) : parseChineseNumeral(m[1]);
    // "（多元化解联调、县乡村三级联动、…）": levels written one character each run into the count ("县乡村三级") — they are
    // what it counts, the items before them are another list's.
    if (m[2] === '级' && LEVEL_CHARS.test(lastItem(list)) && lastItem(list).length === stated) continue;
    const items = list.split('、').length;
    // "…、派单目录、经办单位一级回访": 一 after a list names a level or a rank ("一级"), never the count of two items or more.
    if (stated === undefined || stated === items || stated === 1) continue;
    const count = m[0];
    out.push(report('figure/conflict', {
      message: `列举的项数与所写数目不符：${q(count)}之前以顿号并列了${items}项，请核对`,
      span: { start, end: start + count.length },
    }));
  }
  out.push(...namesAfterCounts(text, from, to));
  return out;
}

// "事业单位共4家，分别是A、B和C", "机构4个（A、B、C）", "上升的有9个市：河池市、…和百色市": a count of bodies or places, then
// their names — after 分别是/分别为/即 or a colon, or alone in a bracket right after it — as many names as the count says.
const COUNT_THEN_NAMES = /([0-9]{1,2}|[一二三四五六七八九十两]{1,3})(家|个|支|所)([\u4e00-\u9fff]{0,10}?)(?:[，,]\s*(?:分别是|分别为|即)\s*[:：]?|[（(]|[:：])/g;
// Each name ends as a body's does (站, 中心, 局, 办, 队 …): types or fields in a bracket ("企业、个体户") are no names.
const BODY_NAME = /^[\u4e00-\u9fff（）()]{2,30}(?:站|中心|局|所|队|办|委|院|室|处|科|馆|会|组|部|厅|街道|镇|乡|村|社区|公司|集团|学校|医院|市|县|区|旗|州|盟)$/;
// The names of a list end at the bracket's close or the sentence's; anything else in it (a figure, 等, a comma) is prose.
const NAMES_END = /[）)。；;\n]/;
const NOT_NAMES = /[0-9０-９等，,：:“”"《》]|其中|包括/;
const MAX_NAMES_TEXT = 200;

/** The count-then-names lists in text[from, to) whose names are not as many as their count. */
function namesAfterCounts(text: string, from: number, to: number): Finding[] {
  const out: Finding[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(COUNT_THEN_NAMES)) {
    const at = (m.index ?? 0) + m[0].length;
    const bracket = /[（(]$/.test(m[0]);
    const rest = slice.slice(at, at + MAX_NAMES_TEXT);
    const end = rest.search(NAMES_END);
    if (end < 0 || (bracket !== /[）)]/.test(rest.charAt(end)))) continue;
    const names = namesOf(rest.slice(0, end));
    const stated = /[0-9]/.test(m[1]) ? parseArabic(m[1]) : parseChineseNumeral(m[1]);
    if (!names || stated === undefined || stated === names.length) continue;
    const start = from + (m.index ?? 0);
    const count = `${m[1]}${m[2]}${m[3]}`;
    out.push(report('figure/conflict', {
      message: `列举的项数与所写数目不符：${q(count)}之后列出了${names.length}个名称（${names.join('、')}），请核对`,
      span: { start, end: start + count.length },
    }));
  }
  return out;
}

/**
 * "设立总商会人民调解委员会、旅游纠纷人民调解委员会、消费纠纷人民调解委员会、婚姻家庭纠纷人民调解委员会5个…", "设立无障碍手语服务、…、
 * 欠薪维权服务等各类专席5个": a count right after the names it counts (back to the verb that introduces them, or a colon) may not be
 * fewer than they are — after 等 neither, which may only add more. More than the names only when no 等 stands between and
 * every name is a body's (a count after levels or fields counts what is under them: "省、市、县28个执法部门"). A name with
 * 和/及 in it may be two. Counts with their own count word (大, 级) are listCountsIn's.
 */
function namesBeforeCounts(doc: ReportDocument, index: FigureIndex): Finding[] {
  const out: Finding[] = [];
  for (const sentence of index.sentences) {
    for (const f of mainFigures(sentence)) {
      if (f.percent || f.change || f.approx || !NAME_COUNTERS.has(f.unit) || !Number.isInteger(f.value) || f.value < 2 || f.value > MAX_NAMED) continue;
      // The last name stands right before the count (or its 等): a 、 within a name's length of it.
      if (!doc.norm.slice(Math.max(sentence.span.start, f.numeralSpan.start - MAX_NAME - MAX_ETC_WORDS), f.numeralSpan.start).includes('、')) continue;
      const text = doc.norm.slice(Math.max(sentence.span.start, f.numeralSpan.start - MAX_NAMES_TEXT), f.numeralSpan.start);
      const etc = NAMES_ETC.exec(text);
      const names = namesBack(etc ? text.slice(0, etc.index) : text.replace(NAMES_COUNT_LEAD, ''));
      if (!names || names.length < MIN_NAMES) continue;
      const joined = names.filter((n) => CONJUNCTION_CHARS.test(n.slice(1))).length;
      const [low, high] = [names.length, names.length + joined];
      // Names alike (of one kind, as their endings show) or bodies' names: no item of the list holds a 、 of its own.
      if (!namesOfOneKind(names)) continue;
      if (f.value >= low && (etc || f.value <= high || !names.every((n) => BODY_NAME.test(n)))) continue;
      const listed = names.length <= 4 ? names.join('、') : `${names.slice(0, 2).join('、')}……${names[names.length - 1]}`;
      out.push(report('figure/conflict', {
        message: `列举的项数与所写数目不符：${q(figureText(doc, f))}之前列出了${low === high ? low : `${low}至${high}`}个名称（${listed}）${etc ? '，“等”之后的数只会更多' : ''}，请核对`,
        span: f.span,
      }));
    }
  }
  return out;
}

/** All names are bodies' names, or all but a third end as the last one does (its last two characters). */
function namesOfOneKind(names: string[]): boolean {
  if (names.every((n) => BODY_NAME.test(n))) return true;
  const ending = names[names.length - 1].slice(-2);
  return ending.length === 2 && names.filter((n) => !n.endsWith(ending)).length * 3 <= names.length;
}

// Measure words of things named one by one.
const NAME_COUNTERS = new Set(['个', '家', '项', '类', '条', '支', '所', '座', '部', '种', '批', '处', '套', '站', '镇', '乡', '村']);
const MAX_NAMED = 40;
const MIN_NAMES = 3;
// "…等各类专席" before the count: the names end at 等.
const MAX_ETC_WORDS = 9;
const NAMES_ETC = /等[\u4e00-\u9fff]{0,8}$/;
// "…委员会共4个", "…这4个": nothing else between the names and the count.
const NAMES_COUNT_LEAD = /(?:共|这|计)$/;
// Verbs that introduce a list of names (the last of them in the words read back).
const NAMES_VERB = /设立|设置|建立|开通|成立|组建|涉及|包括|包含|设有|开设|打造|建成|创建|评为|命名|确定|选取|选定|覆盖|整合|归并|出台|制定|修订|印发|推出|聘请|遴选|培育|认定|涵盖|分为|形成/g;
const MAX_NAME = 30;
// A short number in a name may be a count of its own ("A3个"); a hotline's number is a name's ("12333人力资源和社会保障服务").
const COUNT_IN_NAME = /(?<![0-9０-９])[0-9０-９]{1,3}(?![0-9０-９])/;

/** The names joined by 、 at the end of `list` (、 inside brackets, titles or quotes aside), back to the verb or colon that opens them. */
function namesBack(list: string): string[] | undefined {
  const names: string[] = [];
  const isName = (name: string | undefined): name is string => !!name && name.length <= MAX_NAME && !COUNT_IN_NAME.test(name);
  let depth = 0;
  let end = list.length;
  for (let p = list.length - 1; p >= -1; p--) {
    const c = p >= 0 ? list[p] : '';
    if (c && '）)》”」'.includes(c)) depth++;
    else if (c && '（(《“「'.includes(c)) depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    // The words between this mark and the last: a name, or the verb (or colon) and the first name after it.
    const words = list.slice(p + 1, end);
    const opening = c === '、' || c === '' || '，,；;。：:'.includes(c) ? lastMatch(NAMES_VERB, words) : undefined;
    if (c === '、' && !opening) {
      if (!isName(words)) return undefined;
      names.unshift(words);
      end = p;
    } else if (opening || c === '' || '，,；;。：:'.includes(c)) {
      const name = opening ? words.slice(opening.index + opening[0].length) : c === '：' || c === ':' ? words : undefined;
      if (!isName(name)) return undefined;
      names.unshift(name);
      return names;
    }
  }
  return undefined;
}

/** The names of a list joined by 、 (its last one maybe by 和/及: "A、B和C"), or undefined when it is not names alone. */
function namesOf(list: string): string[] | undefined {
  if (NOT_NAMES.test(list)) return undefined;
  const names = list.split('、').map((n) => n.trim());
  // "…中心和某县城乡规划服务中心": 和 joins two names where the words on both sides are a body's name ("住房和城乡建设局" is
  // one); a name before the last one joined so makes the list unclear.
  if (names.slice(0, -1).some((n) => twoNames(n))) return undefined;
  const last = twoNames(names[names.length - 1]);
  if (last) names.splice(names.length - 1, 1, ...last);
  return names.length >= 2 && names.every((n) => BODY_NAME.test(n)) ? names : undefined;
}

const CONJUNCTION = /以及|和|及|与/g;

/** A name joined to the next by 和/及/与 ("县发展和改革局和县财政局" → 县发展和改革局, 县财政局), else undefined. */
function twoNames(words: string): string[] | undefined {
  for (const m of words.matchAll(CONJUNCTION)) {
    const left = words.slice(0, m.index);
    const right = words.slice((m.index ?? 0) + m[0].length);
    if (BODY_NAME.test(left) && BODY_NAME.test(right)) return [left, right];
  }
  return undefined;
}

/**
 * The matches of COUNT_WORD in the text that start in [start, end) — as a global search from `start` finds them — tried
 * only where a count word follows one or two characters on: a search from every character would read the whole report
 * through the numeral alternatives.
 */
function* countWords(text: string, start: number, end: number): Generator<RegExpExecArray> {
  let from = start; // where the last match ended: the next starts there or later
  COUNT_WORD_START.lastIndex = start;
  // test(), not exec(): 个 stands thousands of times in a report, a match object each.
  while (COUNT_WORD_START.test(text)) {
    const word = COUNT_WORD_START.lastIndex - 1;
    // A match starts one or two characters before its count word: none from here on starts before `end`.
    if (word - 2 >= end) return;
    for (let at = Math.max(from, word - 2); at < Math.min(word, end); at++) {
      COUNT_WORD.lastIndex = at;
      const m = COUNT_WORD.exec(text);
      if (!m) continue;
      from = at + m[0].length;
      COUNT_WORD_START.lastIndex = Math.max(COUNT_WORD_START.lastIndex, from);
      yield m;
      break;
    }
  }
}

/**
 * The 、-list ending right before `end`, from the start of its first item: every item but the first 1 to MAX_ITEM
 * characters, at least two items. Undefined when there is none or it runs back further than MAX_LIST.
 */
function listBefore(text: string, end: number): string | undefined {
  let item = 0;
  let items = 1;
  for (let p = end - 1; p >= Math.max(0, end - MAX_LIST); p--) {
    const c = text.charCodeAt(p);
    if (c === DUN) {
      if (item === 0 || item > MAX_ITEM) return undefined;
      items++;
      item = 0;
    } else if (NOT_ITEM.has(c) || WHITE_SPACE.has(c)) {
      return items >= 2 && item > 0 ? text.slice(p + 1, end) : undefined;
    } else item++;
  }
  return end <= MAX_LIST && items >= 2 && item > 0 ? text.slice(0, end) : undefined;
}
