// year/change-mismatch, year/base-mismatch — a change against last year ("受理行政复议案件135件，较上年增长12%") checked
// against the figure last year's report states for the same metric (120件: (135−120)÷120 = 12.5%), and last year's
// value as this year's text restates it ("较上年的120件") against that report. Silent unless the metric matches one
// figure on each side: the same words before (and after) the figure, the same unit, outside the plan for next year.
import { AMOUNT_DECREASE_WORDS, AMOUNT_INCREASE_WORDS, CHANGE_DOWN, CHANGE_UP, LAST_YEAR, PART_OF_YEAR, SCOPE_WORDS, TOTAL_WORDS, alternatives } from '../lexicon';
import { figureText, isExactCount, mainFigures, numeralFor, sameUnitKind, show, type Figure, type FigureIndex } from '../figures';
import type { PreviousReport } from '../previous';
import { defineCodes, report, type RoundingPolicy, type Rule } from '../rule';
import type { Finding, ReportDocument } from '../types';
import { judgePercentChange, judgePointChange } from './figure-change';
import { q } from './number-scope';
import { planScopes, previousPlace, within } from './year-shared';

const CODES = defineCodes({
  'year/change-mismatch': {
    severity: 'warning',
    fixable: true,
    description: '同比（较上年）变化与上年报告所写的数值不符（如上年120件、本年135件，文中“较上年增长12%”）',
    descriptionEn: 'A change against last year that does not match the figure last year\'s report states',
  },
  'year/base-mismatch': {
    severity: 'warning',
    fixable: true,
    description: '文中所写的上年数值与上年报告不符（如“较上年的118件”，上年报告为120件）',
    descriptionEn: 'Last year\'s value as restated this year differs from last year\'s report',
  },
});

const UP = `${CHANGE_UP}|${alternatives(AMOUNT_INCREASE_WORDS)}`;
const DOWN = `${CHANGE_DOWN}|${alternatives(AMOUNT_DECREASE_WORDS)}`;
// The lexicon's pattern is global (for matchAll); one lookup a sentence wants the first match without lastIndex.
const FIRST_PART_OF_YEAR = new RegExp(PART_OF_YEAR.source);
const DOWN_WORD = new RegExp(`^(?:${DOWN})`);
// Words that open a metric without naming it: the year, the place as a whole, total words, verbs of having.
const METRIC_LEAD = new RegExp(`^(?:(?:19|20)[0-9]{2}年度?|${alternatives(SCOPE_WORDS)}|${alternatives(TOTAL_WORDS)}|共有|现有|依法|已经|已|均)`);
const METRIC_TAIL = /(?:达到|达|为|是|有|了)$/;
// Part of a year ("1-6月", "上半年", "一季度"): such a change compares no annual figures.
const MIN_METRIC = 4;
// How far after a figure "，与上年持平" is read.
const MAX_LEVEL_WORDS = 24;

/** "同比", "较上年", "比2024年同期", "与去年相比" — against the year before `year`. */
function lastYearWords(year: number | undefined): string {
  const named = year ? `|${year - 1}年度?` : '';
  return `(?:同比|(?:较之?|比|与)(?:${LAST_YEAR}${named})(?:同期)?(?:相比)?)`;
}

export const yearChange: Rule = {
  id: 'year/change',
  codes: CODES,
  meta: {
    description: '同比（较上年）变化和所写的上年数值与上年报告核对',
    descriptionEn: 'Changes against last year, and last year\'s values, checked against last year\'s report',
  },
  check(doc, ctx) {
    const previous = ctx.previous;
    if (!previous) return [];
    const against = lastYearWords(doc.year?.value);
    const change = new RegExp(`^\\s*${against}(${UP}|${DOWN})了?(?:达|为)?\\s*$`);
    const level = new RegExp(`^[，,]\\s*${against}(?:保持)?持平`);
    const statedBase = new RegExp(`${against}(?:的)?\\s*$`);
    const index = ctx.figures();
    const thisYear = metricValues(index, planScopes(ctx));
    const lastYear = metricValues(previous.analyses.figures(), planScopes(previous.analyses));
    /** Last year's one figure for the metric of `current`, when each report states one value for it. */
    const lastFigure = (current: Figure): Figure | undefined => {
      const key = metricKey(current);
      const ours = key && thisYear.get(key);
      const theirs = key && lastYear.get(key);
      return ours && ours.size === 1 && theirs && theirs.size === 1 ? [...theirs.values()][0] : undefined;
    };
    const out: Finding[] = [];
    for (const sentence of index.sentences) {
      const figs = mainFigures(sentence);
      // Figures after a part of the year in their sentence are left alone (looked up once per sentence).
      const partOfYear = FIRST_PART_OF_YEAR.exec(doc.norm.slice(sentence.span.start, sentence.span.end));
      const partFrom = partOfYear ? sentence.span.start + partOfYear.index : Infinity;
      for (let k = 1; k < figs.length; k++) {
        const [current, stated] = [figs[k - 1], figs[k]];
        if (current.segment !== stated.segment - 1 || !current.final || partFrom < current.span.start) continue;
        const cue = change.exec(stated.before);
        const base = (cue || statedBase.test(stated.before)) && lastFigure(current);
        if (!base) continue;
        const finding = cue
          ? changeFinding(doc, previous, { current, stated, base, down: DOWN_WORD.test(cue[1]), word: cue[1] }, ctx.options.rounding)
          : baseFinding(doc, previous, current, stated, base);
        if (finding) out.push(finding);
      }
      // "共受理135件，与上年持平".
      for (const current of figs) {
        if (!current.final || !level.test(doc.norm.slice(current.span.end, Math.min(sentence.span.end, current.span.end + MAX_LEVEL_WORDS)))) continue;
        const base = lastFigure(current);
        if (base && !sameValue(current, base)) {
          out.push(report('year/change-mismatch', {
            span: current.span,
            message: `与上年持平，但${previousPlace(previous, base.span)}为${figureText(previous.doc, base)}，本年为${q(figureText(doc, current))}`,
          }));
        }
      }
    }
    return out;
  },
};

/**
 * The metric a figure states, as both reports must write it for a match: the words of its segment before the figure
 * (the year, the place as a whole and total words stripped) and, for a figure followed by what it counts, those
 * words, with its unit. Undefined for figures that state no metric of their own (approximations, asides, 其中 parts).
 */
function metricKey(f: Figure): string | undefined {
  if (f.approx || f.inParens || f.subsetCue || f.number.percentPoint) return undefined;
  let before = f.before.replace(/\s+/g, '');
  for (let m = METRIC_LEAD.exec(before); m && m[0].length < before.length; m = METRIC_LEAD.exec(before)) before = before.slice(m[0].length);
  before = before.replace(METRIC_TAIL, '');
  const after = f.final ? '' : f.metric.replace(/\s+/g, '');
  // "受理135件" alone may count anything (复议, 信访, 热线): a metric of a few characters names nothing to match.
  if (before.length + after.length < MIN_METRIC) return undefined;
  return `${before}|${f.unit}|${after}`;
}

/** Each metric's figures by value: outside the plan for next year (its targets are no figures of the year). */
function metricValues(index: FigureIndex, plans: { start: number; end: number }[]): Map<string, Map<number, Figure>> {
  const out = new Map<string, Map<number, Figure>>();
  for (const f of index.figures) {
    const key = metricKey(f);
    if (!key || within(plans, f.span.start)) continue;
    let values = out.get(key);
    if (!values) out.set(key, (values = new Map()));
    if (!values.has(f.value)) values.set(f.value, f);
  }
  return out;
}

/** Equal within the rounding of either figure. */
function sameValue(a: Figure, b: Figure): boolean {
  return Math.abs(a.value - b.value) <= a.halfUlp + b.halfUlp + 1e-9 * Math.max(1, Math.abs(a.value));
}

interface StatedChange {
  current: Figure;
  /** The change as written: a percent, percentage points or an amount. */
  stated: Figure;
  /** Last year's figure for the metric, in last year's report. */
  base: Figure;
  down: boolean;
  word: string;
}

function changeFinding(doc: ReportDocument, previous: PreviousReport, c: StatedChange, rounding: RoundingPolicy): Finding | undefined {
  const { current, stated, base, down, word } = c;
  const last = `${previousPlace(previous, base.span)}为${figureText(previous.doc, base)}`;
  const now = `本年${figureText(doc, current)}`;
  const related = [{ span: current.span, message: `本年：${figureText(doc, current)}` }];
  const points = stated.number.percentPoint;
  const counts = isExactCount(current) && isExactCount(base) && sameUnitKind(current, base);
  const levels = current.percent && base.percent && !current.approx && !base.approx;
  if (points ? !levels : !counts) return undefined;
  const difference = current.value - base.value;
  if (difference !== 0 && (down ? difference > 0 : difference < 0) && !sameValue(current, base)) {
    return report('year/change-mismatch', {
      span: stated.span, related,
      message: `较上年的增减方向与上年报告不符：${last}，${now}，是${difference > 0 ? '增加' : '减少'}，文中写作${q(word)}`,
    });
  }
  if (points) {
    const judged = judgePointChange(stated, base, current);
    if (judged.gap < judged.slack - 1e-9) return undefined; // the rounding of the three percents may explain it
    const right = show(Math.abs(judged.difference), judged.decimals);
    return report('year/change-mismatch', {
      span: stated.span, related,
      message: `较上年的百分点变化与上年报告不符：${last}，${now}，${figureText(doc, current)}−${figureText(previous.doc, base)}=${show(judged.difference, judged.decimals)}个百分点，文中为${q(figureText(doc, stated))}`,
      fixes: [{ kind: 'choice', title: `改为${right}个百分点`, edits: [{ span: stated.numeralSpan, newText: numeralFor(stated, Math.abs(judged.difference), judged.decimals) }] }],
    });
  }
  if (stated.percent) {
    if (base.value <= 0) return undefined;
    const { expected, verdict } = judgePercentChange(stated, difference, base, current, rounding);
    if (verdict === 'match') return undefined;
    const right = numeralFor(stated, expected);
    const arithmetic = `(${numeralFor(current, current.value)}−${numeralFor(base, base.value)})÷${numeralFor(base, base.value)}=${show(expected, stated.decimals + 2)}%`;
    return report('year/change-mismatch', {
      span: stated.span, related,
      message: `较上年的增减幅度与上年报告不符：${last}，${now}，${arithmetic}，应为${right}%，文中为${q(figureText(doc, stated))}${verdict === 'truncation' ? '（截断所得，应四舍五入）' : ''}`,
      fixes: [{ kind: 'choice', title: `改为${right}%`, edits: [{ span: stated.numeralSpan, newText: right }] }],
    });
  }
  // An amount: "较上年增加15件".
  if (!isExactCount(stated) || !sameUnitKind(stated, current)) return undefined;
  const amount = Math.abs(difference);
  if (Math.abs(stated.value - amount) <= stated.halfUlp + current.halfUlp + base.halfUlp + 1e-9) return undefined;
  return report('year/change-mismatch', {
    span: stated.span, related,
    message: `较上年的增减量与上年报告不符：${last}，${now}，${numeralFor(current, current.value)}−${numeralFor(base, base.value)}=${show(difference, 0)}，文中为${q(figureText(doc, stated))}`,
    fixes: [{ kind: 'choice', title: `改为${show(amount, stated.decimals)}`, edits: [{ span: stated.numeralSpan, newText: numeralFor(stated, amount) }] }],
  });
}

/** "135件，较上年的118件增长…": last year's value as this year's text states it. */
function baseFinding(doc: ReportDocument, previous: PreviousReport, current: Figure, stated: Figure, base: Figure): Finding | undefined {
  if (!isExactCount(stated) || !isExactCount(base) || !sameUnitKind(stated, base) || sameValue(stated, base)) return undefined;
  return report('year/base-mismatch', {
    span: stated.span,
    message: `文中所写的上年数值与上年报告不符：${previousPlace(previous, base.span)}为${figureText(previous.doc, base)}，文中为${q(figureText(doc, stated))}`,
    fixes: [{ kind: 'choice', title: `改为${numeralFor(stated, base.value)}（上年报告的数值）`, edits: [{ span: stated.numeralSpan, newText: numeralFor(stated, base.value) }] }],
    related: [{ span: current.span, message: `本年：${figureText(doc, current)}` }],
  });
}
