// figure/change — a stated change checked against the two values it compares: "受理1113件，较2022年558件增加了555件，
// 同比增长99.5%" (1113−558 = 555; 555÷558 = 99.46% → 99.5%). Checked only when the base is stated; without it only an
// impossible decrease (over 100%) or an outlier increase (≥ 300%, "同比增长552.61%") is pointed out.
import { alternatives, AMOUNT_DECREASE_WORDS, AMOUNT_INCREASE_WORDS, BARE_TOTAL, PART_OF_YEAR, CHANGE_DOWN, CHANGE_UP, COMPARISON_WORDS, LAST_YEAR, PRIOR_PERIOD, SHORTEN_WORDS, SUM_WORDS } from '../lexicon';
import {
  MAX_LOOKBACK, asidesOf, clauseBefore, decimalsAcross, figureText, finestScaled, isExactCount, judgeRounding, mainFigures, type RoundingVerdict,
  ITEM_JOIN, copyOf, isRatioBase, matchInSentenceBefore, numeralFor, percentsJoinedFrom, sameUnitKind, show, type Figure, type FigureIndex, type FigureSentence,
} from '../figures';
import { defineCodes, report, type RoundingPolicy, type Rule, type RuleContext } from '../rule';
import type { Finding, Fix, ReportDocument } from '../types';
import { lastIndexOnce, perOwner } from '../collections';
import { q } from './number-scope';
import { earlierWhole, paragraphOf, periodOf, samePeriod, sameYear, statedUnder, verbOf } from '../bases';
import { parseChineseNumeral } from '../numbers';
import { PERIOD_NAME, TABLES, countedBy, lastNamed, type Cell } from '../tables';

const UP = CHANGE_UP;
// Time limits and lists cut down are decreases here ("由20个工作日压缩至5个工作日，压缩75%"), not in the share or sum checks.
const DOWN = `${CHANGE_DOWN}|${alternatives(SHORTEN_WORDS)}`;
// "环比增加率为10.26%": the rate of a change is the change.
const CHANGE_BEFORE_PERCENT = new RegExp(`(${UP}|${DOWN})(?:率)?了?(达|为)?\\s*$`);
const DOWN_WORD = new RegExp(`^(${DOWN})`);
// "较2022年", "比上年同期", "比今年上半年" … right before the base figure (not the 比 of 占比, 对比, 比例, 比重); "由" / "从"
// start a "由A到B" phrase. The base may be named again after the period ("比上半年平均接通率98.12%", "比上半年日均量2135个").
// A month too: "较8月份(418件)增长26%", the base in brackets after it.
const PERIOD = '(?:去年|上年度|上一年度?|上年|今年|本年|(?:19|20)[0-9]{2}年度?)?(?:同期|末|底|上半年|下半年|前三季度|[一二三四]季度|上季度|上月|上周|(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?)?';
// Not 较 of a degree ("较大交通事故", a grade of accident; 较多, 较高 …).
// Nor 从 of a word (从业人员, 从事, 从属) nor 由 of one (自由, 理由).
const BASE_BEFORE = new RegExp(`((?<![占对评])比(?![例重率较])|(?<!比)较(?![为大小多少高低重轻好差强弱快慢长短])|较之|相比|(?<![自理缘来])由|从(?![业事属])|与|原有)${PERIOD}的?([\u4e00-\u9fff]{0,12}?)的?[(（]?$`);
// "与上年的9.6%相比下降…": 与 compares only when 相比 follows the base — or 同比 right before the change ("与2022年275721万元
// 同比增长4.8%").
const AFTER_WITH = new RegExp(`^\\s*(?:相比|比较|同比(?=${UP}|${DOWN}))`);
// Words that make the figure after 比/较 a change or a share, not the base: "较上年增加400件", "比上年多受理80件", "比上年
//新增…", "比上年占比…" — not the verb of a count ("与2022年同期新收1300件相比").
// "比上年预算数加23.47万元": 加 right before the figure adds it (增加 cut short).
const NOT_A_BASE = new RegExp(`${UP}|${DOWN}|新(?![收受接])|[占比较多少增减升降高低提节]|加$`);
// What may stand before 比/较 in the base's segment without naming a subject of its own ("总体较上年同期93.3%下降0.5个百分点": 总体 says "on the whole").
// "同比去年28640件": the 比 of 同比/环比 opens the base's cue, leaving 同/环 before it.
const SUBJECTLESS = /^\s*(?:同比|环比|同|环|分别|并|且|但|而|均|都|总体|整体|总的)?\s*$/;
// "将原有56个业务窗口压缩为44个": 原有 states the value before a move as 由 does.
const FROM_TO = /(由|从|原有)[^比较]*$/;
// "…增加到400件", "…压缩为44个" (为 after the verb of the move).
const TO_BEFORE = new RegExp(`(?:(到|至)((?:19|20)[0-9]{2}年度?|今年|本年|当年)?(的)?|(?:${UP}|${DOWN}|整合|合并)为)$`);
// "1500件，较上年增加400件，同比增长25%": the change amount alone, right after the current value, names the base
// (1500−400); nothing but the comparison may stand before it, and nothing but the change word before the percent.
// The amount may also follow the percent ("完成191347万元，较上年同期增长15.35%，增收25457万元"); 增收/减收 (revenue) and
// 增支/减支 (spending) name an amount, never a rate.
const AMOUNT_UP = `${UP}|${alternatives(AMOUNT_INCREASE_WORDS)}`;
const AMOUNT_DOWN = `${DOWN}|${alternatives(AMOUNT_DECREASE_WORDS)}`;
const AMOUNT_DOWN_WORD = new RegExp(`^(${AMOUNT_DOWN})`);
// The words right before a change amount ("增加27家", "净增26家", "增收14万元").
// (Or bare 少/多 right after the value compared with: "比上年同期847件少297件".)
const DELTA_BEFORE = new RegExp(`(${AMOUNT_UP}|${AMOUNT_DOWN}|(?<=[0-9][\\u4e00-\\u9fff]{1,3})[少多])了?$`);
// The earlier period a change is stated against, however the comparison is worded: "较上年", "比2022年同期", "同比去年",
// "环比", "较上期相比", "与上月相比", "比10月份". A stock is compared with the end of the year before ("较上年末", "比去年底").
// "较2021年决算数增加…": the period's figure may be named as its account (决算数, 执行数) — the change and its rate are both of it.
const ACCOUNT_FIGURE = '(?:的)?(?:决算|预算|执行)数?';
// 和 compares only with 相比 after the period ("和去年同期相比"): alone it joins two things.
// (A copy of a PDF may hold a space after 比: "比 上年增加 1347 元".)
const COMPARED_WITH = `(?:(?:同比|环比|相比|对比|比|较之?|与)\\s?(?:${PRIOR_PERIOD})?(?:同期|末|底)?(?:${ACCOUNT_FIGURE})?(?:相比|比较)?|和(?:${PRIOR_PERIOD})(?:同期|末|底)?(?:相比|比较))`;
// (The comparison may go unsaid when the percent follows the amount: "劳务收入242.32亿元，增加16.07亿元，增长7.1%".)
const IMPLIED_DELTA = new RegExp(`^\\s*(?:${COMPARED_WITH})?(${AMOUNT_UP}|${AMOUNT_DOWN})了?\\s*$`);
const IMPLIED_PERCENT = new RegExp(`^\\s*(同比|环比)?(${UP}|${DOWN})(?:率)?了?(达|为)?\\s*$`);
// After values one a year, "较上年" / "比去年同期" names the year before the last one, as 同比 does.
const YEAR_ON_YEAR_PERCENT = new RegExp(`^\\s*(同比|环比|(?:较|比)(?:${LAST_YEAR})(?:同期)?)?(${UP}|${DOWN})(?:率)?了?(达|为)?\\s*$`);
const COMPARED_PERCENT = new RegExp(`^\\s*(?:${COMPARED_WITH})?(${UP}|${DOWN})(?:率)?了?(达|为)?\\s*$`);
const TRAILING_DELTA = new RegExp(`^\\s*(?:${COMPARED_WITH})?(${AMOUNT_UP}|${AMOUNT_DOWN})了?\\s*$`);
const OUTLIER = 300;
// A clause stating a share of the figure before it: "占年初预算数109466万元的90.9%", "完成年初预算数60999万元的40.4%",
// "为年预算的28.9%"; a base amount with thousands separators ("完成年初预算391,267万元的96.95%") is one clause.
const SHARE_CLAUSE = /^\s*(?:占|(?:完成|为|达到?)(?:[^，,；;]|(?<=[0-9])[,，](?=[0-9]))*的\s*$)/;
// …or how far it is ahead of or behind the schedule: "较均衡进度慢2.94%", "快于时序进度3.2个百分点".
const SCHEDULE_CLAUSE = /^\s*(?:(?:较|比)(?:时序|均衡|序时)?进度(?:快|慢)|(?:快|慢|超|低)于(?:时序|均衡|序时)?进度)\s*$/;
// The most such clauses between a value and its change.
const MAX_ASIDE_CLAUSES = 2;

const CODES = defineCodes({
  'figure/change': {
    severity: 'error',
    fixable: true,
    description: '增减幅度与所比较的两个数值不符（如“较上年558件增加555件，增长99.5%”）',
    descriptionEn: 'A stated change that does not match the two values it compares',
  },
});

export const figureChange: Rule = {
  id: 'figure/change',
  codes: CODES,
  meta: {
    description: '增减幅度与所比较的两个数值不符（如“较上年558件增加555件，增长99.5%”）',
    descriptionEn: 'A stated change that does not match the two values it compares',
    locality: 'section',
  },
  check(doc, ctx) {
    const index = ctx.figures();
    const out: Finding[] = [];
    // Percents already checked as one of a respective list (respectiveComparisons).
    const paired = new Set<number>();
    for (const sentence of index.sentences) {
      const figs = mainFigures(sentence);
      const run = runAgainstValues(doc, sentence, figs);
      if (run) out.push(run);
      for (let k = 0; k < figs.length; k++) {
        const pct = figs[k];
        if (pct.number.percentPoint && !pct.approx) {
          if (paired.has(pct.id)) continue;
          const inTurn = respectivePoints(doc, index, figs, k);
          if (inTurn) {
            for (const [points, base, current] of inTurn.places) {
              paired.add(points.id);
              const finding = pointsFinding(doc, points, base, current, DOWN_WORD.test(inTurn.cue), pointChangeWords(doc, inTurn.cue, base, current));
              if (finding) out.push(finding);
            }
            continue;
          }
          const finding = pointChange(doc, index, figs, k) ?? benchmarkGap(doc, index, pct) ?? gapAfterBoth(doc, index, pct);
          if (finding) out.push(finding);
          continue;
        }
        if (!pct.percent) {
          const amount = multipleOf(doc, ctx, figs, k) ?? amountOnly(doc, ctx, figs, k) ?? amountOfEarlierPercent(doc, ctx, figs, k);
          if (amount) out.push(amount);
          continue;
        }
        const about = isAboutToDecimals(pct);
        if ((pct.approx && !about) || pct.unit !== '%') continue;
        const word = CHANGE_BEFORE_PERCENT.exec(pct.before)?.[1] ?? (cutRateAfterMove(doc, figs, k) ? CUT_WORD : undefined);
        if (!word) continue;
        const down = DOWN_WORD.test(word);
        if (paired.has(pct.id)) continue;
        if (about) {
          // Only against both values stated beside it: the other readings judge rounding, which an about-value has not.
          const stated = comparison(doc, figs, k) ?? asideBase(doc, index, figs, k) ?? subjectBefore(doc, index, figs, k) ??
            priorAfter(doc, index, figs, k) ?? priorFollows(doc, index, figs, k) ?? yearPair(doc, index, figs, k);
          const finding = stated && compared(doc, ctx, pct, down, word, stated);
          if (finding) out.push(finding);
          continue;
        }
        const respective = respectiveComparisons(doc, index, figs, k) ?? respectiveBasesAfter(doc, index, figs, k) ?? pairedPriorValues(doc, figs, k) ??
          respectiveYearBefore(doc, index, figs, k) ?? priorYearAside(doc, index, figs, k);
        if (respective) {
          for (const [p, pair] of respective) {
            paired.add(p.id);
            const finding = compared(doc, ctx, p, down, word, pair);
            if (finding) out.push(finding);
          }
          continue;
        }
        const amounts = respectiveAmounts(doc, index, figs, k, down) ?? namedRespectiveAmounts(doc, figs, k, down);
        if (amounts) {
          for (const [p, implied] of amounts) {
            paired.add(p.id);
            const finding = impliedFinding(doc, ctx, p, implied, down);
            if (finding) out.push(finding);
          }
          continue;
        }
        const found = comparison(doc, figs, k) ?? asideBase(doc, index, figs, k) ?? subjectBefore(doc, index, figs, k);
        if (found) {
          const finding = compared(doc, ctx, pct, down, word, found) ?? baseRestated(doc, index, found);
          if (finding) out.push(finding);
          continue;
        }
        const bracketed = bracketedBases(doc, index, figs, k) ?? yearSeries(doc, index, figs, k);
        if (bracketed) {
          for (const [p, pair] of bracketed) {
            const finding = compared(doc, ctx, p, down, word, pair);
            if (finding) out.push(finding);
          }
          continue;
        }
        const years = priorAfter(doc, index, figs, k) ?? priorFollows(doc, index, figs, k) ?? yearPair(doc, index, figs, k) ?? seriesLast(doc, index, figs, k) ??
          seriesEnd(doc, index, figs, k) ?? levelBefore(doc, index, figs, k, isCount);
        if (years) {
          const finding = compared(doc, ctx, pct, down, word, years);
          if (finding) out.push(finding);
          continue;
        }
        const level = levelsCompared(doc, index, figs, k, 0, true) ?? tableLevels(doc, ctx, index, pct);
        if (level) {
          const finding = levelChange(doc, pct, down, word, level, ctx.options.rounding);
          if (finding) out.push(finding);
          continue;
        }
        const direct = impliedBase(figs, k, down);
        const stated = direct ? undefined : amountBefore(doc, index, ctx, figs, k, down);
        const implied = direct ?? (stated ? exactBase(stated, down) : earlierCurrent(doc, index, figs, k, down) ?? namedInSentence(figs, k, down));
        const rough = implied ? undefined : stated;
        if (implied) {
          const finding = listedFlowNotStock(figs, implied, pct, down) ? undefined : impliedFinding(doc, ctx, pct, implied, down);
          if (finding) out.push(finding);
        } else if (rough) {
          const finding = approximateFinding(doc, pct, rough, down, ctx.options.rounding);
          if (finding) out.push(finding);
        } else out.push(...unstatedBase(doc.text, figs, k, down, word, ctx.options.rounding, () => paragraphFigures(index, pct), () => priorFitsElsewhere(index, pct, ctx.options.rounding)));
      }
      for (let j = 0; j < figs.length; j++) {
        const finding = asideChange(doc, index, ctx, figs[j]) ?? percentInAside(doc, index, ctx, figs, j);
        if (finding) out.push(finding);
      }
    }
    return out;
  },
};

/** "办结案件88件（较上年同期减少22件，同比下降30%）": an aside that holds only a change amount and its percent, of the count before it. */
function asideChange(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, f: Figure): Finding | undefined {
  const aside = asidesOf(index, f);
  if (aside.length !== 2 || aside[0].percent || !aside[1].percent || aside[1].approx || aside[1].unit !== '%' || !isExactCount(f)) return undefined;
  const [delta, pct] = aside;
  // The aside opens with the comparison and the amount, its percent alone in the next clause.
  const opening = doc.norm.slice(f.span.end, delta.span.start - delta.before.length);
  const cue = /^\s*[(（]\s*$/.test(opening) && HAS_COMPARISON.test(delta.before) ? ROUGH_DELTA.exec(delta.before) : null;
  const word = IMPLIED_PERCENT.exec(doc.norm.slice(delta.span.end, pct.span.start).replace(/^\s*[，,]/, ''))?.[2];
  if (!cue || cue[1] || !word || !sameUnitKind(f, delta)) return undefined;
  const down = DOWN_WORD.test(word);
  if (AMOUNT_DOWN_WORD.test(cue[2]) !== down) return undefined;
  const base = down ? f.value + delta.value : f.value - delta.value;
  return base > 0 ? impliedFinding(doc, ctx, pct, { current: f, delta, base }, down) : undefined;
}

/**
 * "卫生人员总数1398.3万人，比上年增加50.8万人（增长3.8%）": the amount in the clause after the current value, its percent alone in
 * an aside after it — the change of current − amount.
 */
function percentInAside(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, figs: Figure[], j: number): Finding | undefined {
  const delta = figs[j];
  if (!isExactCount(delta)) return undefined;
  const aside = asidesOf(index, delta);
  const pct = aside[0];
  if (aside.length !== 1 || !pct.percent || pct.approx || pct.unit !== '%' || !/^\s*[(（]\s*$/.test(doc.norm.slice(delta.span.end, pct.span.start - pct.before.length))) return undefined;
  const word = IMPLIED_PERCENT.exec(pct.before)?.[2];
  if (!word) return undefined;
  const down = DOWN_WORD.test(word);
  const current = figs[j - 1];
  const cue = IMPLIED_DELTA.exec(delta.before);
  if (current && cue && isExactCount(current) && sameUnitKind(current, delta) && delta.segment === current.segment + 1) {
    if (AMOUNT_DOWN_WORD.test(cue[1]) !== down) return undefined;
    const base = down ? current.value + delta.value : current.value - delta.value;
    return base > 0 ? impliedFinding(doc, ctx, pct, { current, delta, base }, down) : undefined;
  }
  // "与上年比较，卫生技术人员增加52.4万人（增长5.2%）": an amount opening its sentence, of a count stated before it — read as
  // if the percent stood in the clause after the amount (a copy of it placed there; the index is not changed).
  const withPercent = [...figs.slice(0, j + 1), { ...pct, segment: delta.segment + 1 }, ...figs.slice(j + 1)];
  const earlier = earlierCurrent(doc, index, withPercent, j + 1, down);
  return earlier ? impliedFinding(doc, ctx, pct, earlier, down) : undefined;
}

/** "1200件，与上年同期1300件相比减少120件": the change amount against the two values it compares (as the writer thinks of it). */
function amountMismatch(doc: ReportDocument, base: Figure, current: Figure, delta: Figure): Finding {
  const [larger, smaller] = current.value < base.value ? [base, current] : [current, base];
  const want = larger.value - smaller.value;
  const written = amountWriting(doc, base, current, delta);
  return report('figure/change', {
    message: `增减量与前后两个数值不符：${written(larger.value)}−${written(smaller.value)}=${written(want)}，文中为${q(figureText(doc, delta))}`,
    span: delta.span,
    fixes: [{ kind: 'choice', title: `改为${written(want)}`, edits: [{ span: delta.numeralSpan, newText: numeralFor(delta, want, decimalsAcross(written.decimals, written.multiplier, delta.number.multiplier)) }] }],
    related: [{ span: base.span, message: `基数：${figureText(doc, base)}` }, { span: current.span, message: `本期：${figureText(doc, current)}` }],
  });
}

/**
 * How an amount's arithmetic is written: in the finest scale of the three, named (200万元−186万元=14万元, 2.1亿 as 21000万),
 * to the finest decimals they are stated in (5.36−3.23=2.13).
 */
function amountWriting(doc: ReportDocument, ...figs: Figure[]): ((value: number) => string) & { decimals: number; multiplier: number } {
  const finest = finestScaled(figs);
  const multiplier = finest.number.multiplier;
  // Decimals in the finest scale: "2.1亿" is 21000万, "3.25万" 3.25万.
  const decimals = Math.max(...figs.map((f) => decimalsAcross(f.decimals, f.number.multiplier, multiplier)));
  const scale = multiplier !== 1 ? doc.text.slice(finest.numeralSpan.end, finest.span.end) : '';
  return Object.assign((value: number) => (scale ? `${show(value / multiplier, decimals)}${scale}` : show(value, decimals)), { decimals, multiplier });
}

/**
 * The amount is the difference of the two values, within what their rounding allows ("3.2万元" and "2.86万元" may differ
 * by "0.4万元"); whole counts exactly, but for float noise (5.36−3.23 is 2.1300000000000003).
 */
function amountAgrees(base: Figure, current: Figure, delta: Figure): boolean {
  const slack = base.halfUlp + current.halfUlp + delta.halfUlp + 1e-9 * Math.max(1, Math.abs(current.value), Math.abs(base.value));
  return Math.abs(Math.abs(current.value - base.value) - delta.value) <= slack;
}

/**
 * "共受理行政诉讼案件1372件，与2022年同期收案1364件相比增加8件": a change stated as an amount only (no percent follows in
 * the sentence, which would check it too), against the base named by 与/较/比 and the current value before it.
 */
// The last stated change in percent of a sentence: found once per sentence, not per amount (a run of amounts without 。
// stays linear).
const lastChangePercentAt = lastIndexOnce((f: Figure) => f.percent && CHANGE_BEFORE_PERCENT.test(f.before));

// The amount of a move, nothing else named before it ("，共压缩525件", "，减少了12个"; not "结案增加20件").
const MOVE_AMOUNT = new RegExp(`^\\s*(?:共计?|累计|合计|总计)?(?:${AMOUNT_UP}|${AMOUNT_DOWN})了?$`);

function amountOnly(doc: ReportDocument, ctx: RuleContext, figs: Figure[], k: number): Finding | undefined {
  const delta = figs[k];
  if (!isCount(delta) || !DELTA_BEFORE.test(delta.before) || lastChangePercentAt(figs) > k) return undefined;
  const index = ctx.figures();
  const named = comparison(doc, figs, k + 1);
  // Last year's value in an aside is sought only where the sentence has one before or right after the amount.
  const paren = named ? -1 : doc.norm.indexOf('(', index.sentences[delta.sentence].span.start);
  const aside = !named && (asidesOf(index, delta).length > 0 || (paren >= 0 && paren < delta.span.start));
  // "1372件，与2022年同期收案1364件相比增加8件"; "由2410件压缩到1885件，共压缩525件" (the move, then the amount).
  const moved = (c: Comparison) => FROM_TO.test(c.base.before) && !!c.current && c.current.id < delta.id && MOVE_AMOUNT.test(delta.before);
  const found = named ? (named.delta === delta && named.current && (named.current.id < named.base.id || moved(named)) ? named : undefined) :
    (aside ? asideBase(doc, index, figs, k) : undefined) ?? priorAfter(doc, index, figs, k, isCount, TRAILING_DELTA);
  if (!found?.current || !sameUnitKind(found.base, delta)) return undefined;
  const { base, current } = found;
  if (!amountAgrees(base, current, delta)) return amountMismatch(doc, base, current, delta);
  const restated = lastChangePercentAt(figs) < 0 ? baseRestated(doc, index, found) : undefined;
  if (restated) return restated;
  const [larger, smaller] = current.value < base.value ? [base, current] : [current, base];
  const written = amountWriting(doc, base, current, delta);
  ctx.noteHeld({
    code: 'figure/change', spans: [delta.span, base.span, current.span],
    message: `增减量与前后两个数值一致：${written(larger.value)}−${written(smaller.value)}=${written(delta.value)}，文中为${figureText(doc, delta)}`,
  });
  return undefined;
}

// A sentence opening with a year-on-year comparison, then the subject and the amount: "与去年同期相比，咨询业务总量增加了399件".
const YEAR_ON_YEAR_LEAD = new RegExp(`^\\s*(?:与|和|同)(?:${LAST_YEAR})同期(?:相比|比较)\\s*[，,]\\s*([\\u4e00-\\u9fff“”]{2,12}?)(${AMOUNT_UP}|${AMOUNT_DOWN})了?\\s*$`);
// A percent of a year-on-year change right after its count ("2860件，同比增长16.2%"), not a month-on-month one.
const OWN_YEAR_ON_YEAR = new RegExp(`^\\s*(?:同比|(?:较|比)(?:${LAST_YEAR})同期)(${UP}|${DOWN})了?(?:达|为)?\\s*$`);
// Words of a subject that name a whole: the total of its paragraph, not a part.
const WHOLE_WORDS = /总量|总数|总计|总体/;

/**
 * "本月共受理咨询2860件，同比增长16.2%。……与去年同期相比，咨询业务总量增加了399件。": an amount alone in a sentence that opens
 * with a year-on-year comparison changes the count its subject names earlier in the paragraph (a total, when the subject
 * says 总量); when that count's own year-on-year percent follows it, the two are one change (2860−399=2461,
 * 399÷2461=16.2%). Undefined when no count or two counts fit.
 */
function amountOfEarlierPercent(doc: ReportDocument, ctx: RuleContext, figs: Figure[], k: number): Finding | undefined {
  const delta = figs[k];
  if (k !== 0 || figs.length !== 1 || !isExactCount(delta) || !delta.final) return undefined;
  const index = ctx.figures();
  const sentence = index.sentences[delta.sentence];
  const cue = YEAR_ON_YEAR_LEAD.exec(doc.norm.slice(sentence.span.start, delta.span.start));
  const subject = cue ? subjectWords(cue[1]) : [];
  if (!cue || subject.length === 0) return undefined;
  const down = AMOUNT_DOWN_WORD.test(cue[2]);
  const whole = WHOLE_WORDS.test(cue[1]);
  let best = 0;
  let chosen: Figure[] = [];
  const paragraph = paragraphOf(index, delta);
  // Bounded: a paragraph of thousands of figures is not read back whole for each amount.
  for (let id = delta.id - 1; id >= Math.max(0, delta.id - MAX_EARLIER_FIGURES) && paragraphOf(index, index.figures[id]) === paragraph; id--) {
    const f = index.figures[id];
    if (f.sentence === delta.sentence || f.inParens || f.change || f.percent || !isExactCount(f) || !sameUnitKind(f, delta) || (whole && !f.totalCue)) continue;
    const words = `${f.before}${f.metric}`;
    const score = subject.filter((w) => words.includes(w)).length;
    if (score > best) [best, chosen] = [score, [f]];
    else if (score === best && score > 0) chosen.push(f);
  }
  const current = chosen.length === 1 ? chosen[0] : undefined;
  const pct = current && index.figures[current.id + 1];
  const own = pct && pct.percent && !pct.approx && pct.sentence === current.sentence && pct.segment === current.segment + 1 ? OWN_YEAR_ON_YEAR.exec(pct.before) : null;
  if (!current || !pct || !own || DOWN_WORD.test(own[1]) !== down || (!down && current.value <= delta.value)) return undefined;
  return impliedFinding(doc, ctx, pct, { current, delta, base: down ? current.value + delta.value : current.value - delta.value }, down);
}

// The base named as last year's or a year's: "比上年的870件", "较2024年的870件", "与去年同期的870件相比".
const YEAR_BASE = /(?:比|较之?|与)(?:(上年|去年|上一年度?)|((?:19|20)[0-9]{2})年度?)(?:同期)?的?\s*$/;

/**
 * "2024年，全县共受理…860件。2025年，…960件，比上年的870件增加90件": the base a comparison gives for a year is that year's
 * count stated before it in the paragraph under the same words (levelOfYear): one figure stated twice, with two values.
 */
function baseRestated(doc: ReportDocument, index: FigureIndex, found: Comparison): Finding | undefined {
  const { base, current } = found;
  const named = current && isCount(current) ? YEAR_BASE.exec(base.before) : null;
  const metric = current && countName(current);
  if (!named || !current || !metric) return undefined;
  const sentence = index.sentences[current.sentence];
  const own = STATED_YEAR.exec(doc.norm.slice(Math.max(sentence.span.start, current.span.start - MAX_YEAR_WORDS), current.span.start))?.[1];
  const year = named[2] ? Number(named[2]) : Number(own ?? doc.year?.value) - 1;
  if (!Number.isFinite(year)) return undefined;
  const earlier = levelOfYear(doc, index, current, metric, year, false, isCount, countName);
  if (!earlier || !sameUnitKind(earlier, base) || Math.abs(earlier.value - base.value) <= earlier.halfUlp + base.halfUlp) return undefined;
  return report('figure/change', {
    message: `${year}年的数前后不一致：此处比较的基数为${q(figureText(doc, base))}，前文${year}年为${q(figureText(doc, earlier))}，请核对`,
    span: base.span,
    related: [{ span: earlier.span, message: `前文${year}年：${figureText(doc, earlier)}` }],
  });
}

// "是上年的", "为2022年同期", "相当于去年": the earlier value a multiple is of, named by its period.
const MULTIPLE_OF = new RegExp(`^\\s*(?:是|为|相当于)(?:${PRIOR_PERIOD})?(?:同期)?(?:的)?\\s*$`);
const MULTIPLE_TAIL = /^\s*的\s*$/;

/**
 * "全年受理930件，是上年300件的3.1倍": a multiple of the earlier value stated inside it, against the current value ending the
 * clause before — the ratio of the two at the multiple's decimals (a truncated multiple passes).
 */
function multipleOf(doc: ReportDocument, ctx: RuleContext, figs: Figure[], k: number): Finding | undefined {
  const [current, base, times] = [figs[k - 2], figs[k - 1], figs[k]];
  if (times.unit !== '倍' || times.approx || !current || !base || base.segment !== times.segment || current.segment !== base.segment - 1) return undefined;
  if (!current.final || !isCount(current) || !isCount(base) || !sameUnitKind(current, base) || base.approx || current.approx || base.value - base.halfUlp <= 0) return undefined;
  if (!MULTIPLE_OF.test(base.before) || !MULTIPLE_TAIL.test(doc.norm.slice(base.span.end, times.span.start))) return undefined;
  const exact = current.value / base.value;
  const low = Math.max(0, current.value - current.halfUlp) / (base.value + base.halfUlp);
  const high = (current.value + current.halfUlp) / (base.value - base.halfUlp);
  if (judgeRounding(times.value, times.decimals, low, high, ctx.options.rounding) !== 'mismatch') return undefined;
  const want = show(exact, Math.max(1, times.decimals));
  return report('figure/change', {
    message: `倍数与前后两个数值不符：${figureText(doc, current)}÷${figureText(doc, base)}=${show(exact, times.decimals + 2)}倍，应为${want}倍，文中为${q(figureText(doc, times))}`,
    span: times.span,
    fixes: [{ kind: 'choice', title: `改为${want}倍`, edits: [{ span: times.numeralSpan, newText: want }] }],
    related: [{ span: base.span, message: `基数：${figureText(doc, base)}` }, { span: current.span, message: `本期：${figureText(doc, current)}` }],
  });
}

const YEARLY_AVERAGE = /年均|平均每年|年平均|每年平均/;
const ANY_DOWN = new RegExp(DOWN);
const YEAR_OF_VALUE = /((?:19|20)[0-9]{2})年(?:底|末)?的?\s*$/;

/**
 * A yearly average rate between two values each of a stated year: ((current÷base)^(1/years) − 1), within the rounding of
 * both values; undefined (nothing judged) without both years.
 */
function yearlyAverage(doc: ReportDocument, ctx: RuleContext, pct: Figure, base: Figure, current: Figure): Finding | undefined {
  const [from, to] = [YEAR_OF_VALUE.exec(base.before)?.[1], YEAR_OF_VALUE.exec(current.before)?.[1]];
  const years = from && to ? Number(to) - Number(from) : 0;
  if (years <= 0 || !(base.value > base.halfUlp)) return undefined;
  const rate = (a: number, b: number) => (Math.pow(a / b, 1 / years) - 1) * 100;
  const expected = rate(current.value, base.value);
  const low = rate(current.value - current.halfUlp, base.value + base.halfUlp);
  const high = rate(current.value + current.halfUlp, base.value - base.halfUlp);
  const sign = ANY_DOWN.test(clauseBefore(doc, pct)) ? -1 : 1;
  if (judgeRounding(sign * pct.value, pct.decimals, Math.min(low, expected), Math.max(high, expected), ctx.options.rounding) !== 'mismatch') return undefined;
  const right = numeralFor(pct, Math.abs(expected));
  return report('figure/change', {
    message: `年均增减幅度与数值不符：由${from}年的${figureText(doc, base)}到${to}年的${figureText(doc, current)}共${years}年，(${figureText(doc, current)}÷${figureText(doc, base)})^(1/${years})−1=${show(expected, pct.decimals + 2)}%，应为${right}%，文中为${q(figureText(doc, pct))}`,
    span: pct.span,
    fixes: [{ kind: 'choice', title: `改为${right}%`, edits: [{ span: pct.numeralSpan, newText: right }] }],
    related: [{ span: base.span, message: `${from}年：${figureText(doc, base)}` }, { span: current.span, message: `${to}年：${figureText(doc, current)}` }],
  });
}

/** The stated change at pct checked against its base and the current value or the change amount. */
function compared(doc: ReportDocument, ctx: RuleContext, pct: Figure, down: boolean, word: string, found: Comparison): Finding | undefined {
  const { base, current, delta } = found;
  if (current && adjustedBetween(doc, current, pct)) return undefined;
  // "从2010年的7363亿元增长到2015年的19438亿元，年均增长21.4%": a yearly average over the years between, compounded.
  if (YEARLY_AVERAGE.test(clauseBefore(doc, pct))) return current ? yearlyAverage(doc, ctx, pct, base, current) : undefined;
  const change = current ? current.value - base.value : down ? -(delta?.value ?? 0) : delta?.value ?? 0;
  // As written: "(3.98−1.9)÷1.9" for two figures in 万件, the units spelled out only when the scales differ.
  const scales = [base, current ?? delta].filter((f): f is Figure => !!f);
  const written = (f: Figure, value = f.value) =>
    scales.every((g) => g.number.multiplier === f.number.multiplier) ? numeralFor(f, value) : `${numeralFor(f, value)}${doc.text.slice(f.numeralSpan.end, f.span.end)}`;
  // A decrease as the writer thinks of it: (1100−960)÷1100, not (960−1100)÷1100.
  const [larger, smaller] = change < 0 ? [base, current] : [current, base];
  const arithmetic = current && larger && smaller ? `(${written(larger)}−${written(smaller)})÷${written(base)}` : `${written(delta ?? base, Math.abs(change))}÷${written(base)}`;
  if (current && delta && !amountAgrees(base, current, delta)) {
    return amountMismatch(doc, base, current, delta);
  }
  if (current && (down ? change > 0 : change < 0)) {
    return report('figure/change', {
      message: `增减方向与数值不符：由${figureText(doc, base)}到${figureText(doc, current)}是${change > 0 ? '增加' : '减少'}，文中写作${q(word)}`,
      span: pct.span,
      related: [{ span: base.span, message: `基数：${figureText(doc, base)}` }, { span: current.span, message: `本期：${figureText(doc, current)}` }],
    });
  }
  const { expected, verdict } = pct.approx ? judgeAboutChange(pct, change, base, current ?? delta) : judgePercentChange(pct, change, base, current ?? delta, ctx.options.rounding);
  const aboutNote = pct.approx ? `（“${pct.number.approx.join('')}”至多相差${ABOUT_SLACK_POINTS}个百分点）` : '';
  if (verdict === 'match') {
    ctx.noteHeld({
      code: 'figure/change', spans: [pct.span, base.span, ...scales.slice(1).map((f) => f.span)],
      message: `增减幅度与数值一致：${arithmetic}=${show(expected, pct.decimals + 2)}%，文中为${figureText(doc, pct)}`,
    });
    return undefined;
  }
  const right = numeralFor(pct, expected);
  return report('figure/change', {
    severity: verdict === 'truncation' ? 'warning' : 'error',
    message: verdict === 'truncation'
      ? `增减幅度应四舍五入：${arithmetic}=${show(expected, pct.decimals + 2)}%，应为${right}%，文中为${q(figureText(doc, pct))}（截断所得）`
      : `增减幅度与数值不符：${arithmetic}=${show(expected, pct.decimals + 2)}%，应为${right}%，文中为${q(figureText(doc, pct))}${aboutNote}`,
    span: pct.span,
    fixes: [{ kind: 'choice', title: `改为${right}%`, preferred: true, edits: [{ span: pct.numeralSpan, newText: right }] }],
    related: [{ span: base.span, message: `基数：${figureText(doc, base)}` }, ...(current ? [{ span: current.span, message: `本期：${figureText(doc, current)}` }] : [])],
  });
}

/**
 * A change stated in percent against the change from `base` to the other value compared (the current value or the
 * change amount, `change` signed): the exact percent and the verdict. Rounded figures ("1.9万件") may stand for anything
 * within half their last digit, and so may the change. year/change-mismatch judges last year's figure the same way.
 */
export function judgePercentChange(pct: Figure, change: number, base: Figure, other: Figure | undefined, rounding: RoundingPolicy): { expected: number; verdict: RoundingVerdict } {
  const { low, high, expected } = changeRange(change, base, other);
  return { expected, verdict: judgeRounding(pct.value, pct.decimals, low, high, rounding) };
}

// "同比增长约36.46%": a percent given to decimals and called about is still the change to within a point.
const ABOUT_SLACK_POINTS = 1;

/** A percent marked about (约/大约/左右/上下, no bound such as 近/超过) and stated to one decimal or more. */
function isAboutToDecimals(pct: Figure): boolean {
  return pct.approx && pct.decimals >= 1 && pct.number.approx.length > 0 && pct.number.approx.every((a) => a === '约' || a === '大约' || a === '左右' || a === '上下');
}

/** An about-percent against the change from `base`: a mismatch only beyond ABOUT_SLACK_POINTS (and the base's rounding). */
function judgeAboutChange(pct: Figure, change: number, base: Figure, other: Figure | undefined): { expected: number; verdict: RoundingVerdict } {
  const { low, high, expected } = changeRange(change, base, other);
  return { expected, verdict: pct.value >= low - ABOUT_SLACK_POINTS && pct.value <= high + ABOUT_SLACK_POINTS ? 'match' : 'mismatch' };
}

/** The exact percent of `change` over `base`, and the range the rounding of the figures allows. */
function changeRange(change: number, base: Figure, other: Figure | undefined): { low: number; high: number; expected: number } {
  const expected = (Math.abs(change) / base.value) * 100;
  const spread = (other?.halfUlp ?? 0) + base.halfUlp;
  const low = (Math.max(0, Math.abs(change) - spread) / (base.value + base.halfUlp)) * 100;
  const high = base.value > base.halfUlp ? ((Math.abs(change) + spread) / (base.value - base.halfUlp)) * 100 : Infinity;
  return { low: Math.min(low, expected), high: Math.max(high, expected), expected };
}

/**
 * A change stated in percentage points against the two percents it compares: their difference at the finer of their
 * decimals, and how far the stated change is from it against the slack the rounding of all three allows.
 */
export function judgePointChange(points: Figure, base: Figure, current: Figure): { difference: number; decimals: number; gap: number; slack: number } {
  const decimals = Math.max(base.decimals, current.decimals);
  const difference = Number(show(current.value - base.value, decimals));
  const gap = Math.abs(points.value - Math.abs(difference));
  // Each percent may have been rounded by half a unit of its last digit, the stated change too.
  const slack = [base, current, points].reduce((t, f) => t + 0.5 * 10 ** -f.decimals, 0);
  return { difference, decimals, gap, slack };
}

interface Comparison {
  base: Figure;
  current?: Figure;
  delta?: Figure;
}

/** Figures a change in percent compares: exact counts. */
const isCount = (f: Figure) => isExactCount(f) && f.value > 0;
/** Figures a change in percentage points compares: percents as stated. */
const isLevel = (f: Figure) => f.percent && !f.approx;

// A rate of what a move cut ("窗口整合率", "精简率"), right before its percent.
const CUT_RATE = /(?:精简|压减|压缩|缩减|削减|整合|减少|降低)率(?:为|达到|达|是)?\s*$/;
// The move it is of: 由A…(cut)至/到B, a cut word between the two counts.
const CUT_MOVE = new RegExp(`^[^，,；;。]*(?:${DOWN})[^，,；;。]*(?:至|到)\\s*$`);

// The word such a rate is read as.
const CUT_WORD = '减少';

/**
 * "窗口数量由原来的96个精简至38个，窗口整合率60.4%": a rate of the cut right after a move down (由A…精简至B) is (A−B)÷A, a
 * decrease — read as if the percent followed a word of decrease.
 */
function cutRateAfterMove(doc: ReportDocument, figs: Figure[], k: number): boolean {
  const pct = figs[k];
  const [from, to] = [figs[k - 2], figs[k - 1]];
  return !!from && !!to && CUT_RATE.test(pct.before) && !from.percent && !to.percent && FROM_TO.test(from.before) && CUT_MOVE.test(doc.norm.slice(from.span.end, to.span.start));
}

/** The base (stated with 较/比/由), and the current value or the change amount, for the change at figs[k]. */
function comparison(doc: ReportDocument, figs: Figure[], k: number, comparable = isCount, from = 0): Comparison | undefined {
  const first = Math.max(from, k - MAX_LOOKBACK);
  for (let b = k - 1; b >= first; b--) {
    const base = figs[b];
    const cue = BASE_BEFORE.exec(base.before);
    if (!cue || !comparable(base)) continue;
    const named = cue[2];
    if (NOT_A_BASE.test(named) || (cue[1] === '与' && !AFTER_WITH.test(doc.norm.slice(base.span.end, base.span.end + 4)))) continue;
    // "120件、80件，分别比上年的100件、70件增长20%、14.3%": each value has its own base; one pair read across them would be
    // wrong (100件 → 80件), so the sentence is left unchecked.
    if (respectiveBases(doc, figs, b, cue[0], comparable)) return undefined;
    const between = figs.slice(b + 1, k).filter((f) => comparable(f) && sameUnitKind(f, base));
    const delta = between.find((f) => DELTA_BEFORE.test(f.before));
    // "由300件增加到400件", "较上年的320件增加到352件": the current value after 到/至.
    const to = between.find((f) => TO_BEFORE.test(f.before));
    let current: Figure | undefined;
    if (FROM_TO.test(base.before) || to) {
      // "调解室由3个增加到9个，调解纠纷1523件，比上年增长64.2%": a level stated after the move is the one the change speaks
      // of, not the move's end.
      if (to && figs.slice(figs.indexOf(to) + 1, k).some((f) => comparable(f) && f !== delta)) return undefined;
      current = to;
    } else {
      // "调撤率较上年的40%提高5个百分点": a subject named before 比/较 is another metric, whose current value is not stated.
      const lead = figs[b - 1]?.segment === base.segment ? doc.norm.slice(figs[b - 1].span.end, base.span.start) : base.before;
      // Another comparison's base is not the current value ("环比上季度A件增长5%，同比去年B件增长44%").
      // Nor the base of a ratio stated of it ("完成年初预算31,700万元的229.39%, 比上年42,895万元增加…": the budget).
      for (let c = b - 1; c >= first && !current; c--) {
        if (comparable(figs[c]) && sameUnitKind(figs[c], base) && !comparedFigure(figs[c]) && !ratioBaseAt(doc, figs, c)) current = figs[c];
      }
      // …unless it repeats the current value's own words ("中院新收一审行政案件85件，新收一审行政案件较2022年同期的159件…").
      const subject = lead.slice(0, lead.length - cue[0].length).trim();
      if (!SUBJECTLESS.test(subject) && !(subject.length >= MIN_REPEATED_SUBJECT && current?.before.includes(subject))) {
        // "排查化解矛盾纠纷412件，调解成功386件，…，纠纷总量较上年的465件下降11.4%": the total of a noun is the one count of
        // the sentence stated under it.
        const ofTotal = totalNamed(subject, figs.slice(first, b).filter((f) => comparable(f) && sameUnitKind(f, base) && !comparedFigure(f)));
        if (ofTotal) return { base, current: ofTotal, delta };
        // "大要案查获数比上年同期的75起增加106起，增幅141%": the metric's current value is not stated, but the amount and the
        // percent right after it are both of the base.
        return delta && changeRightAfter(doc, delta, figs[k]) ? { base, delta } : undefined;
      }
    }
    // A base named again must name what the current value counts: a word of two characters in common.
    // (The year before's final accounts are what this year's actual amount is set against: "实际完成15.39亿元，比上年决算数14.94亿元".)
    if (current && named && !sharesWord(named, current.before) && !(ACTUAL_AMOUNT.test(named) && ACTUAL_CURRENT.test(current.before))) return undefined;
    if (current || delta) return { base, current, delta };
    return undefined;
  }
  return undefined;
}

/** figs[c] is the whole a percent right after it is of ("年初预算31,700万元的229.39%"). */
function ratioBaseAt(doc: ReportDocument, figs: Figure[], c: number): boolean {
  const next = figs[c + 1];
  return !!next && next.segment === figs[c].segment && isRatioBase(doc, figs[c], next);
}

// A sentence opening with a count's words and the year before's value: "一般程序案件较上年的1184起增长14.7%".
const SUBJECT_COMPARED = new RegExp(`^\\s*([\\u4e00-\\u9fff]{4,12}?)(?:较之?|比)(?:${LAST_YEAR})(?:同期)?的?\\s*$`);
const CHANGE_ONLY = new RegExp(`^\\s*(?:${UP}|${DOWN})了?\\s*$`);

/**
 * "…一般程序案件1358起，占10.7%。一般程序案件较上年的1184起增长14.7%": a sentence opening with the words of a count and the
 * year before's value compares the one count stated under those very words in the sentences just before (same paragraph).
 */
function subjectBefore(doc: ReportDocument, index: FigureIndex, figs: Figure[], k: number): Comparison | undefined {
  const base = figs[k - 1];
  if (!base || !isCount(base) || !CHANGE_ONLY.test(doc.norm.slice(base.span.end, figs[k].span.start)) || index.sentences[base.sentence].figures[0] !== base.id) return undefined;
  const sentence = index.sentences[base.sentence];
  const subject = SUBJECT_COMPARED.exec(doc.norm.slice(sentence.span.start, base.span.start))?.[1];
  if (!subject) return undefined;
  const found: Figure[] = [];
  for (let s = base.sentence - 1; s >= Math.max(0, base.sentence - MAX_LEVEL_SENTENCES) && index.sentences[s].paragraph === sentence.paragraph; s--) {
    for (const f of mainFigures(index.sentences[s])) {
      if (isCount(f) && sameUnitKind(f, base) && !comparedFigure(f) && statedUnder(f) === subject) found.push(f);
    }
  }
  return new Set(found.map((f) => f.value)).size === 1 ? { base, current: found[0] } : undefined;
}

// The total of a noun named as a change's subject: "纠纷总量", "案件总数", "案件量", "案件数量".
const TOTAL_SUBJECT = /^(?:全年|全市|全县|全区)?([\u4e00-\u9fff]{2,8}?)(?:总量|总数|数量|量)$/;

/** The one count (not a 其中 part) stated under the noun whose total the subject names; undefined for none or two. */
function totalNamed(subject: string, counts: Figure[]): Figure | undefined {
  const noun = TOTAL_SUBJECT.exec(subject)?.[1];
  const named = noun ? counts.filter((f) => !f.subsetCue && f.before.includes(noun)) : [];
  return named.length === 1 ? named[0] : undefined;
}

/** The percent at pct states the change right after the amount (nothing but a comma and the change words between). */
function changeRightAfter(doc: ReportDocument, delta: Figure, pct: Figure | undefined): boolean {
  return !!pct?.percent && pct.id === delta.id + 1 && ONLY_CHANGE_WORDS.test(doc.norm.slice(delta.span.end, pct.span.start).replace(/^\s*[，,]/, ''));
}

/**
 * The base at figs[b] is one of several compared in turn: 分别 right before its comparison words, or another base of its
 * kind joined to it by 、/和/及.
 */
function respectiveBases(doc: ReportDocument, figs: Figure[], b: number, cueWords: string, comparable: (f: Figure) => boolean): boolean {
  const base = figs[b];
  if (/分别\s*$/.test(base.before.slice(0, base.before.length - cueWords.length))) return true;
  const next = figs[b + 1];
  return !!next && comparable(next) && sameUnitKind(next, base) && ITEM_JOIN.test(doc.norm.slice(base.span.end, next.span.start));
}

// The comparison words before a list of bases, the first base right after them: "，分别比上年的", "，分别较上年（", "，较上年的".
const RESPECTIVE_LEAD = new RegExp(`^\\s*[，,]\\s*(?:(分别)?(?:比|较之?)(?:${PRIOR_PERIOD})?(?:同期)?(?:的|\\s*[(（])|(?:${PRIOR_PERIOD})(?:同期)?(分别)(?:为|是))\\s*$`);
// What stands between the values compared in turn: 、/和 or a clause break, then at most their words.
const NEXT_VALUE = /^\s*[、，,和及与]/;

/**
 * "受理行政复议案件120件、行政诉讼案件80件，分别比上年的100件、70件增长20%、14.3%" (the bases also in brackets, "分别较上年
 * （100件、70件）增长…", or 分别 before the percents, "较上年的100件、70件分别增长…"): n values, the n bases joined by 、/和 right
 * after the comparison words, then the n percents joined likewise — each value with the base and percent of its place
 * (each base of the value's kind). Undefined for any other shape.
 */
function respectiveComparisons(doc: ReportDocument, index: FigureIndex, figs: Figure[], k: number): Array<[Figure, Comparison]> | undefined {
  const pct = figs[k];
  // The figures before it in its sentence, asides too (a sentence's ids run on one by one), at most MAX_LOOKBACK of them.
  const before: Figure[] = [];
  for (let id = Math.max(index.sentences[pct.sentence].figures[0], pct.id - MAX_LOOKBACK); id < pct.id; id++) before.push(index.figures[id]);
  // Only the change words (after the bases' closing bracket) since the last base.
  const closed = before.length ? doc.norm.slice(before[before.length - 1].span.end, pct.span.start).replace(/^\s*[)）]?\s*[，,]?/, '') : '';
  if (!ONLY_CHANGE_WORDS.test(closed)) return undefined;
  const pcts = statedPercents(doc, figs, k);
  const n = pcts.length;
  if (n < 2) return undefined;
  const bases = before.slice(-n);
  if (bases.length < n || bases.some((b, j) => !isCount(b) || !sameUnitKind(b, bases[0]) || (j > 0 && !ITEM_JOIN.test(doc.norm.slice(bases[j - 1].span.end, b.span.start))))) return undefined;
  const values = before.filter((f) => f.id < bases[0].id && !f.inParens).slice(-n);
  if (values.length < n || values.some((v, j) => !isCount(v) || !sameUnitKind(v, bases[j]) || (j > 0 && !NEXT_VALUE.test(doc.norm.slice(values[j - 1].span.end, v.span.start))))) return undefined;
  const lead = RESPECTIVE_LEAD.exec(doc.norm.slice(values[n - 1].span.end, bases[0].span.start));
  // 分别 before the comparison words, in a clause of last year's values ("上年同期分别为…"), or before the percents.
  if (!lead || !(lead[1] || lead[2] || RESPECTIVELY.test(closed))) return undefined;
  return values.map((current, j) => [pcts[j], { base: bases[j], current }]);
}

// The words read before a figure for the lead of a list: a lead is short, and a run of thousands of figures in one
// sentence is read in bounded time.
const MAX_LEAD = 40;

/** The words before f back to `from`, at most MAX_LEAD of them. */
function leadBefore(doc: ReportDocument, f: Figure, from: number): string {
  return doc.norm.slice(Math.max(from, f.span.start - MAX_LEAD), f.span.start);
}

/** The figures of a sentence after f (asides too: a sentence's ids run on one by one), at most MAX_LOOKBACK of them. */
function figuresAfter(index: FigureIndex, sentence: FigureSentence, f: Figure): Figure[] {
  const last = sentence.figures[sentence.figures.length - 1] ?? -1;
  const out: Figure[] = [];
  for (let id = f.id + 1; id <= last && out.length < MAX_LOOKBACK; id++) out.push(index.figures[id]);
  return out;
}

/** The n counts right before figs[k], each joined to the one before (NEXT_VALUE): the values of a list stated in turn. */
function countsInTurnBefore(doc: ReportDocument, figs: Figure[], k: number, n: number): Figure[] | undefined {
  const values = figs.slice(Math.max(0, k - n), k);
  return values.length === n && values.every((v, j) => isCount(v) && (j === 0 || NEXT_VALUE.test(doc.norm.slice(values[j - 1].span.end, v.span.start)))) ? values : undefined;
}

// Last year's values or rates listed after the changes: "（上年分别为", "，上年同期分别为".
const PRIOR_VALUES_LEAD = new RegExp(`[（(，,]\\s*(?:${PRIOR_PERIOD})(?:同期)?分别(?:为|是)\\s*$`);

/**
 * "受理行政复议案件120件、行政诉讼案件80件，同比分别增长20%、10%（上年分别为100件、70件）": n values right before n percents
 * after 分别, last year's n values listed after them in turn (in brackets or a clause of their own) — each value with the
 * base and percent of its place.
 */
function respectiveBasesAfter(doc: ReportDocument, index: FigureIndex, figs: Figure[], k: number): Array<[Figure, Comparison]> | undefined {
  const pcts = statedPercents(doc, figs, k);
  const n = pcts.length;
  if (n < 2 || !RESPECTIVELY.test(pcts[0].before) || !ONLY_CHANGE_WORDS.test(pcts[0].before)) return undefined;
  const values = countsInTurnBefore(doc, figs, k, n);
  if (!values) return undefined;
  const sentence = index.sentences[pcts[0].sentence];
  const after = figuresAfter(index, sentence, pcts[n - 1]);
  const at = after.findIndex((f) => PRIOR_VALUES_LEAD.test(leadBefore(doc, f, pcts[n - 1].span.end)));
  if (at < 0) return undefined;
  const bases = after.slice(at, at + n);
  if (bases.length < n || bases.some((b, j) => !isCount(b) || !sameUnitKind(b, values[j]) || (j > 0 && !ITEM_JOIN.test(doc.norm.slice(bases[j - 1].span.end, b.span.start))))) return undefined;
  return values.map((current, j) => [pcts[j], { base: bases[j], current }]);
}

// Last year's pair right after this year's: "，去年同期为", "，上年为".
const PRIOR_PAIR_LEAD = new RegExp(`^\\s*[，,]\\s*(?:${PRIOR_PERIOD})(?:同期)?(?:为|是)\\s*$`);
// Between last year's pair and the percents: the two measures' names maybe, then 分别 and the change words ("，件数和人数分别
// 同比下降", "，同比分别下降").
const PAIR_CHANGE_LEAD = new RegExp(`^\\s*[，,]\\s*(?:[\\u4e00-\\u9fff]{1,4}?[和、及与][\\u4e00-\\u9fff]{1,4}?)?(?:同比|环比)?(分别)?(?:同比|环比)?(分别)?(?:${UP}|${DOWN})了?\\s*$`);

/**
 * "受理审查逮捕案件97件134人，去年同期为197件375人，件数和人数分别同比下降50.76%、64.27%": this year's count in two measures
 * side by side, last year's the same way right after it, then a percent each after 分别 — each measure's own change.
 */
function pairedPriorValues(doc: ReportDocument, figs: Figure[], k: number): Array<[Figure, Comparison]> | undefined {
  const pcts = statedPercents(doc, figs, k);
  if (pcts.length !== 2 || k < 4) return undefined;
  const [a, b, c, d] = figs.slice(k - 4, k);
  if (![a, b, c, d].every(isCount) || b.span.start !== a.span.end || d.span.start !== c.span.end || !sameUnitKind(a, c) || !sameUnitKind(b, d) || sameUnitKind(a, b)) return undefined;
  const lead = PAIR_CHANGE_LEAD.exec(doc.norm.slice(d.span.end, pcts[0].span.start));
  if (!lead || !(lead[1] || lead[2]) || !PRIOR_PAIR_LEAD.test(doc.norm.slice(b.span.end, c.span.start))) return undefined;
  return [[pcts[0], { base: c, current: a }], [pcts[1], { base: d, current: b }]];
}

// The comparison before a list of change amounts: "，分别比上年减少", "，较上年分别增加", "，同比分别增加".
// Between two amounts of one list: 、/和, maybe the change word again ("减少9起、下降11人"), or what the next one counts with
// it ("减少1起、少死亡8人", "减少302起、死亡307人").
const DELTA_JOIN = new RegExp(`^\\s*[和、及与]\\s*(?:(少|多)(?:死亡|受伤|伤亡)|(?:(?:死亡|受伤|伤亡)(?:人数)?)?(?:(${AMOUNT_UP}|${AMOUNT_DOWN})了?)?)\\s*$`);
const RESPECTIVE_AMOUNTS_LEAD = new RegExp(`^\\s*[，,]\\s*(分别)?(?:${COMPARED_WITH})?(分别)?(${AMOUNT_UP}|${AMOUNT_DOWN})了?\\s*$`);
// The amounts after the percents: "，分别增加", "，同比分别减少".
const TRAILING_AMOUNTS_LEAD = new RegExp(`^\\s*[，,]\\s*(分别)?(?:${COMPARED_WITH})?(分别)?(?:${AMOUNT_UP}|${AMOUNT_DOWN})了?\\s*$`);
// The percents after the amounts: "，同比分别增长", "，分别下降".
const RESPECTIVE_PERCENTS_LEAD = new RegExp(`^\\s*[，,]\\s*(?:同比|环比)?(分别)?(?:${UP}|${DOWN})了?(?:达|为)?\\s*$`);

/**
 * "受理行政复议案件120件、行政诉讼案件80件，分别较上年增加20件、10件，同比分别增长25%、14.3%": n values, n change amounts joined
 * by 、/和 after the comparison, then n percents joined likewise — last year's values unwritten, each value − its amount
 * (+ for a decrease), checked place by place as "1500件，较上年增加400件，同比增长25%" is. Undefined for any other shape.
 */
function respectiveAmounts(doc: ReportDocument, index: FigureIndex, figs: Figure[], k: number, down: boolean): Array<[Figure, ImpliedBase]> | undefined {
  const pcts = statedPercents(doc, figs, k);
  // "…减少2起、2人、0人，同比下降14.29%、20%、持平": a last item unchanged says 持平 for its percent.
  const n = pcts.length && FLAT_AFTER.test(doc.norm.slice(pcts[pcts.length - 1].span.end, pcts[pcts.length - 1].span.end + MAX_FLAT_AFTER)) ? pcts.length + 1 : pcts.length;
  if (n < 2) return undefined;
  // The amounts before the percents, or right after them ("同比分别增长25%、14.3%，分别增加20件、10件").
  const after = figs.slice(k + n, k + 2 * n);
  const amountsFirst = k >= 2 * n && !(after.length === n && TRAILING_AMOUNTS_LEAD.test(doc.norm.slice(pcts[n - 1].span.end, after[0].span.start)));
  const deltas = amountsFirst ? figs.slice(k - n, k) : after;
  const values = amountsFirst ? figs.slice(k - 2 * n, k - n) : figs.slice(k - n, k);
  const joined = (list: Figure[], join: RegExp) => list.length === n && list.every((f, j) => j === 0 || join.test(doc.norm.slice(list[j - 1].span.end, f.span.start)));
  if (k < n || !joined(values, NEXT_VALUE)) return undefined;
  // "减少9起、下降11人": each amount after the first may repeat a change word, the same way.
  const repeated = (j: number) => DELTA_JOIN.exec(doc.norm.slice(deltas[j - 1].span.end, deltas[j].span.start));
  const joins = deltas.length === n ? deltas.slice(1).map((_, j) => repeated(j + 1)) : [];
  // The way a join's own word goes (少 fewer, 多 more, or a change word); undefined for none.
  const wayDown = (m: RegExpExecArray) => (m[1] !== undefined ? m[1] === '少' : m[2] !== undefined ? AMOUNT_DOWN_WORD.test(m[2]) : undefined);
  if (joins.length !== n - 1 || joins.some((m) => !m || (wayDown(m) ?? down) !== down)) return undefined;
  const ownWords = joins.every((m) => !!m && wayDown(m) !== undefined);
  const amountsLead = RESPECTIVE_AMOUNTS_LEAD.exec(doc.norm.slice((amountsFirst ? values[n - 1] : pcts[n - 1]).span.end, deltas[0].span.start));
  const percentsLead = RESPECTIVE_PERCENTS_LEAD.exec(doc.norm.slice((amountsFirst ? deltas[n - 1] : values[n - 1]).span.end, pcts[0].span.start));
  // 分别 before the amounts or the percents (or each amount with its own change word); the amounts go the way the
  // percents do.
  // Without 分别, values of two measures or more each with its own amount in turn ("事故641起、死亡687人、受伤216人，同比减少302起、
  // 307人、174人，下降32.03%、30.89%、44.62%") are said in turn as plainly.
  const measures = new Set(values.map((f) => f.unit)).size > 1 && values.every((f, j) => f.unit === deltas[j]?.unit);
  if (!amountsLead || !percentsLead || !(amountsLead[1] || amountsLead[2] || percentsLead[1] || ownWords || measures) || AMOUNT_DOWN_WORD.test(amountsLead[3]) !== down) return undefined;
  const pairs: Array<[Figure, ImpliedBase]> = [];
  for (let j = 0; j < n; j++) {
    const [current, delta] = [values[j], deltas[j]];
    if (!isExactCount(current) || !isExactCount(delta) || !sameUnitKind(current, delta)) return undefined;
    const base = down ? current.value + delta.value : current.value - delta.value;
    if (base <= 0) return undefined;
    if (j < pcts.length) pairs.push([pcts[j], { current, delta, base }]);
  }
  return pairs;
}

// A last item of a list of percents that did not change ("、持平").
const FLAT_AFTER = /^\s*[、和及与]\s*(?:同比)?持平/;
const MAX_FLAT_AFTER = 8;

/**
 * "发生事故42起、死亡45人，受伤15人，与去年同期相比事故起数减少3起，死亡人数减少6人，分别下降6.7%、11.8%": n change amounts each
 * named by the count it changes (事故起数, 死亡人数), then n percents after 分别 — each amount's count the one earlier in the
 * sentence, of its unit, whose words hold the amount's noun (the only one; an amount of a count not stated is passed over).
 * Undefined for any other shape.
 */
function namedRespectiveAmounts(doc: ReportDocument, figs: Figure[], k: number, down: boolean): Array<[Figure, ImpliedBase]> | undefined {
  const pcts = statedPercents(doc, figs, k);
  const n = pcts.length;
  if (n < 2 || k <= n) return undefined;
  const deltas = figs.slice(k - n, k);
  const lead = RESPECTIVE_PERCENTS_LEAD.exec(doc.norm.slice(deltas[n - 1].span.end, pcts[0].span.start));
  if (!lead?.[1]) return undefined;
  const levels = figs.slice(0, k - n).filter((f) => !f.percent && !f.change && isExactCount(f));
  const pairs: Array<[Figure, ImpliedBase]> = [];
  for (let j = 0; j < n; j++) {
    const delta = deltas[j];
    const named = NAMED_DELTA.exec(delta.before);
    const noun = named && COUNT_SUBJECT.exec(named[1])?.[1];
    if (!named || !noun || AMOUNT_DOWN_WORD.test(named[2]) !== down || !isExactCount(delta) || (j > 0 && !/^\s*[，,、]\s*$/.test(doc.norm.slice(deltas[j - 1].span.end, delta.span.start - delta.before.length)))) return undefined;
    // A count not stated ("发生事故1起、死亡1人，…受伤人数减少2人"): that amount is not judged.
    const counts = levels.filter((f) => sameUnitKind(f, delta) && `${f.before}${f.after}`.includes(noun));
    if (counts.length !== 1) continue;
    const current = counts[0];
    const base = down ? current.value + delta.value : current.value - delta.value;
    if (base <= 0) return undefined;
    pairs.push([pcts[j], { current, delta, base }]);
  }
  return pairs.length ? pairs : undefined;
}

// A change amount named by the count it changes: "与去年同期相比事故起数减少", "死亡人数减少".
const NAMED_DELTA = new RegExp(`^\\s*(?:${COMPARED_WITH})?([\\u4e00-\\u9fff]{2,8}?)(${AMOUNT_UP}|${AMOUNT_DOWN})了?\\s*$`);

// "分别下降28%和下降28.4%": a percent of a list stated in turn may repeat the change word, the same way as the first's.
const REPEATED_CHANGE_JOIN = new RegExp(`^\\s*[和、及与]\\s*(${UP}|${DOWN})了?\\s*$`);

// The respective readers of a percent each ask for its list: read once per document, sentence and place.
const statedPercentsRead = new WeakMap<ReportDocument, Map<Figure[], Map<number, Figure[]>>>();

/** The percents of a list stated in turn from figs[k] (exact ones only: an approximate one ends the list). */
function statedPercents(doc: ReportDocument, figs: Figure[], k: number): Figure[] {
  let ofDoc = statedPercentsRead.get(doc);
  if (!ofDoc) statedPercentsRead.set(doc, (ofDoc = new Map()));
  let read = ofDoc.get(figs);
  if (!read) ofDoc.set(figs, (read = new Map()));
  let pcts = read.get(k);
  if (!pcts) read.set(k, (pcts = readStatedPercents(doc, figs, k)));
  return pcts;
}

function readStatedPercents(doc: ReportDocument, figs: Figure[], k: number): Figure[] {
  const word = CHANGE_BEFORE_PERCENT.exec(figs[k].before)?.[1];
  const down = word !== undefined && DOWN_WORD.test(word);
  const joins = (between: string) => {
    if (ITEM_JOIN.test(between)) return true;
    const repeated = word === undefined ? null : REPEATED_CHANGE_JOIN.exec(between);
    return !!repeated && DOWN_WORD.test(repeated[1]) === down;
  };
  const pcts = percentsJoinedFrom(doc.norm, figs, k, { test: joins });
  const end = pcts.findIndex((f) => f.unit !== '%' || f.approx);
  return end < 0 ? pcts : pcts.slice(0, end);
}

/** A figure stated as another comparison's base ("较上年A件"): never a current value. */
function comparedFigure(f: Figure): boolean {
  const cue = BASE_BEFORE.exec(f.before);
  return !!cue && !NOT_A_BASE.test(cue[2]);
}

// The shortest subject before 比/较 taken as the current value's words repeated: one word.
const MIN_REPEATED_SUBJECT = 2;

// Last year's value in an aside right after the comparison words ("较去年同期（900件）减少40件", "同比（900件）下降5.4%").
const COMPARED_ASIDE = new RegExp(`(?:(?:较|比)(?:${PRIOR_PERIOD})?(?:同期|上月|上季度|(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?)?|同比)\\s*[(（]\\s*$`);
const MAX_COMPARED_WORDS = 12;

/**
 * "全年受理信访事项860件，较去年同期（900件）减少40件，下降4.4%", "…320件，同比增长14.3%（2022年为280件）": the base in an aside
 * after the comparison words, or in one holding only its year right after the change; the current value is the count
 * before it in the sentence, the amount any count with a change word between.
 */
function asideBase(doc: ReportDocument, index: FigureIndex, figs: Figure[], k: number, comparable = isCount): Comparison | undefined {
  const pct = figs[k];
  const trailing = asidesOf(index, pct);
  const year = trailing.length === 1 ? BRACKETED_BASE.exec(doc.norm.slice(pct.span.end, trailing[0].span.start)) : null;
  // A year of its own must be before the report's ("（2022年为280件）" in a report of 2023).
  const ownAside = year && !(year[1] && doc.year && Number(year[1]) >= doc.year.value) ? trailing[0] : undefined;
  const sentence = index.sentences[pct.sentence].figures.slice(0, MAX_LOOKBACK).map((id) => index.figures[id]);
  // An aside before another percent is that percent's base ("其中来信…（1500件）上升8.67%；来访…（2480件）下降4.03%"), unless
  // the percents share it ("…（1500件）…（2480件），分别增长…").
  const lastPercent = sentence.reduce((last, f) => (f.percent && !f.inParens && f.id < pct.id ? f.id : last), -1);
  const inside = ownAside ? undefined : sentence.find((f) =>
    f.inParens && f.id < pct.id && f.id > lastPercent && COMPARED_ASIDE.test(doc.norm.slice(Math.max(0, f.span.start - MAX_COMPARED_WORDS), f.span.start)));
  const base = ownAside ?? inside;
  if (!base || !comparable(base)) return undefined;
  // "分别较上年（100件、70件）增长…": one base each for the values before it (respectiveBases).
  if (sentence.some((f) => f !== base && f.inParens && f.parenOwner === base.parenOwner && Math.abs(f.id - base.id) === 1 && comparable(f))) return undefined;
  const before = figs.slice(Math.max(0, k - MAX_LOOKBACK), k).filter((f) => comparable(f) && sameUnitKind(f, base));
  const current = before.filter((f) => f.id < base.id && !DELTA_BEFORE.test(f.before)).pop();
  const delta = before.find((f) => f.id > base.id && DELTA_BEFORE.test(f.before));
  return current ? { base, current, delta } : undefined;
}

// What an amount actually reached is named by when set against an earlier year's: its final accounts (决算数), the amount done.
const ACTUAL_AMOUNT = /^(?:决算数?|完成数|实际完成数?|实际数|执行数)$/;
const ACTUAL_CURRENT = /完成|实现|决算|执行/;

/** Whether two phrases share a word of two Chinese characters ("上半年平均接通率" and "全年平均接通率为": 平均, 接通…). */
function sharesWord(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i++) {
    const word = a.slice(i, i + 2);
    if (/^[\u4e00-\u9fff]{2}$/.test(word) && b.includes(word)) return true;
  }
  return false;
}

// "4680件(2019年3600件)", "4680件（上年同期3600件）": last year's value in an aside holding nothing but its year and
// the figure.
const BRACKETED_BASE = /^[(（]\s*(?:((?:19|20)[0-9]{2})年度?|上年|去年|上一年度?)(同期)?(?:为|是|[:：])?\s*$/;
const RESPECTIVELY = /分别/;
// Nothing but the change words before the percent: "调撤率和结案率同比分别提高…", "其中刑事案件同比增长…" speak of others.
const ONLY_CHANGE_WORDS = new RegExp(`^\\s*(${alternatives(COMPARISON_WORDS)})?(分别)?(为|是)?(${UP}|${DOWN})了?(达|为)?\\s*$`);
const STATED_YEAR = /((?:19|20)[0-9]{2})年/;

/**
 * "受理4680件(2019年3600件)，审结4300件(2019年3440件)，同比分别增长30%和25%": each percent pairs with a
 * figure whose aside states its base. n percents after 分别 take the n figures right before them, in order; a single
 * percent takes the one figure right before it. A base's year must be the year before one the sentence opens with.
 */
function bracketedBases(doc: ReportDocument, index: FigureIndex, figs: Figure[], k: number, comparable = isCount): Array<[Figure, Comparison]> | undefined {
  const pcts = changesAt(doc, figs, k);
  if (!pcts || k < pcts.length) return undefined;
  // The figures stand one to a segment right before the percents: "受理…，审结…，同比分别增长…".
  const currents = figs.slice(k - pcts.length, k);
  if (currents.some((f, j) => f.segment !== figs[k].segment - pcts.length + j)) return undefined;
  const pairs: Array<[Figure, Comparison]> = [];
  let label: string | undefined;
  for (let j = 0; j < pcts.length; j++) {
    const current = currents[j];
    const asides = asidesOf(index, current);
    const base = asides[0];
    if (asides.length !== 1 || !comparable(current) || !comparable(base) || !sameUnitKind(current, base) || base.value <= 0) return undefined;
    const opening = BRACKETED_BASE.exec(doc.norm.slice(current.span.end, base.span.start));
    if (!opening || !/^\s*[)）]/.test(doc.norm.slice(base.span.end)) || (label !== undefined && opening[0] !== label)) return undefined;
    label = opening[0];
    pairs.push([pcts[j], { base, current }]);
  }
  const stated = matchInSentenceBefore(doc, index.sentences[currents[0].sentence], STATED_YEAR, currents[0].span.start);
  const year = BRACKETED_BASE.exec(label ?? '')?.[1];
  if (stated && year && Number(stated[1]) !== Number(year) + 1) return undefined;
  return pairs;
}

/**
 * The percents a change at figs[k] states: itself, or after 分别 the percents joined to it by 和/、/及/与 (at least two).
 * Undefined when other words than the change words stand before it ("调撤率和结案率同比分别提高…" speaks of others).
 */
function changesAt(doc: ReportDocument, figs: Figure[], k: number): Figure[] | undefined {
  const pcts = [figs[k]];
  if (!ONLY_CHANGE_WORDS.test(figs[k].before)) return undefined;
  if (!RESPECTIVELY.test(figs[k].before)) return pcts;
  for (let j = k + 1; j < figs.length; j++) {
    const f = figs[j];
    if (!f.percent || f.unit !== '%' || f.approx || !ITEM_JOIN.test(doc.norm.slice(figs[j - 1].span.end, f.span.start))) break;
    pcts.push(f);
  }
  return pcts.length >= 2 ? pcts : undefined;
}

/**
 * "2022年办理案件1.9万件，挽回损失20.4亿元；2023年办理案件3.98万件，挽回损失103.9亿元，同比分别增长了109%和409%": n
 * percents after 分别 compare the n figures right before them, a clause series opening with year Y+1, with the n figures
 * before those, the series of year Y — figure by figure, each pair of one unit and stated under the same words.
 */
function yearSeries(doc: ReportDocument, index: FigureIndex, figs: Figure[], k: number): Array<[Figure, Comparison]> | undefined {
  const pcts = changesAt(doc, figs, k);
  const n = pcts?.length ?? 0;
  if (!pcts || n < 2 || k < 2 * n) return undefined;
  const bases = figs.slice(k - 2 * n, k - n);
  const currents = figs.slice(k - n, k);
  const series = [...bases, ...currents];
  // One figure a segment, in consecutive segments right before the percents.
  if (series.some((f, j) => !isCount(f) || !f.lone || !f.final || f.segment !== figs[k].segment - 2 * n + j)) return undefined;
  const segments = index.sentences[figs[k].sentence].segments;
  const opening = (f: Figure) => YEAR_OPENING.exec(doc.norm.slice(segments[f.segment].span.start, f.span.start));
  const from = opening(bases[0]);
  const to = opening(currents[0]);
  if (!from || !to || Number(to[1]) !== Number(from[1]) + 1) return undefined;
  if ([...bases.slice(1), ...currents.slice(1)].some((f) => opening(f))) return undefined;
  const words = (f: Figure, j: number) => doc.norm.slice(segments[f.segment].span.start + (j === 0 ? (f === bases[0] ? from : to)[0].length : 0), f.span.start).trim();
  const pairs: Array<[Figure, Comparison]> = [];
  for (let j = 0; j < n; j++) {
    const [base, current] = [bases[j], currents[j]];
    if (!sameUnitKind(base, current) || words(base, j) !== words(current, j)) return undefined;
    pairs.push([pcts[j], { base, current }]);
  }
  return pairs;
}

// The words of a total ("共办理", "总计办理", "合计受理") say nothing of what is counted: not 累计, which counts over years.
const TOTAL_IN_WORDS = new RegExp(`${BARE_TOTAL}|${SUM_WORDS.join('|')}`, 'g');
const withoutTotal = (words: string) => words.replace(TOTAL_IN_WORDS, '');

// A clause that opens with its year ("2023年共办理…", "2024年…"); "2023总共…" is a year too when words follow it.
const YEAR_OPENING = /^\s*((?:19|20)[0-9]{2})(?:年度?|(?=[\u4e00-\u9fff]))/;

/**
 * "2022年共办理应诉案件72件，2023年共办理应诉案件165件，同比增长129.17%": two clauses opening with consecutive years,
 * counting the same thing (the second may drop the words: "2022年488件"), right before the change.
 */
function yearPair(doc: ReportDocument, index: FigureIndex, figs: Figure[], k: number, comparable = isCount): Comparison | undefined {
  const pct = figs[k];
  const base = figs[k - 2];
  const current = figs[k - 1];
  if (!base || !current || !YEAR_ON_YEAR_PERCENT.test(pct.before)) return undefined;
  if (current.segment !== base.segment + 1 || pct.segment !== current.segment + 1) return undefined;
  if (![base, current].every((f) => f.lone && f.final && comparable(f)) || !sameUnitKind(base, current)) return undefined;
  const segments = index.sentences[pct.sentence].segments;
  const opening = (f: Figure) => YEAR_OPENING.exec(doc.norm.slice(segments[f.segment].span.start, f.span.start));
  const first = opening(base);
  const second = opening(current);
  if (!first || !second) return undefined;
  // The later year may come first ("2023年受理120件，2022年受理100件，同比增长20%").
  const later = Number(first[1]) === Number(second[1]) + 1;
  if (!later && Number(second[1]) !== Number(first[1]) + 1) return undefined;
  const [then, now, from, to] = later ? [current, base, second, first] : [base, current, first, second];
  const words = (f: Figure, m: RegExpExecArray) => withoutTotal(doc.norm.slice(segments[f.segment].span.start + m[0].length, f.span.start).trim());
  // "2023年为6.1%": a verb alone repeats the earlier clause's words; so does the earlier clause's own verb without its object
  // ("2022年受理行政复议案件298件，2023年受理326件").
  const currentWords = words(now, to).replace(/^(为|达到|达|是)$/, '');
  const thenWords = words(then, from);
  const sameVerb = verbOf(currentWords) === currentWords && thenWords.startsWith(currentWords);
  return currentWords === '' || currentWords === thenWords || sameVerb ? { base: then, current: now } : undefined;
}

// A series of values, one a year: "分别为12.6%、10.25%、8.94%", "依次是120件、135件".
const SERIES_OPENING = /(?:分别|依次)(?:为|是)\s*$/;
const SERIES_JOIN = /^\s*(?:、|，|,|和|及|与)\s*$/;
// The years of a series: "2019年以来" (from that year on), "2019—2022年", "2019年至2022年".
const SERIES_YEARS = /((?:19|20)[0-9]{2})年?(?:以来|至今)|((?:19|20)[0-9]{2})年?\s*[—–\-~～至到]\s*((?:19|20)[0-9]{2})年/g;
// The rate a level is stated as: "纠错率为8.7%" → 纠错率.
const RATE_NAME = /([\u4e00-\u9fff]{2}率)(?:为|达到|达|是)?\s*$/;
const MAX_SERIES_WORDS = 100;

/**
 * "2019年以来，全市败诉率分别为12.6%、10.25%、8.94%、9.87%，2023年……败诉率为7.12%，同比下降2.75个百分点": the change
 * right after a value compares it with the last item of a series of earlier years, one value a year, when the series'
 * years run up to the year before the one stated for the value and the series names the value's rate. The series may
 * also close the sentence before, in the same paragraph.
 */
function seriesLast(doc: ReportDocument, index: FigureIndex, figs: Figure[], k: number, comparable = isCount): Comparison | undefined {
  const current = figs[k - 1];
  if (!current || !YEAR_ON_YEAR_PERCENT.test(figs[k].before) || current.segment !== figs[k].segment - 1 || !comparable(current)) return undefined;
  const sentence = index.sentences[current.sentence];
  const previous = index.sentences[current.sentence - 1];
  const before = previous?.paragraph === sentence.paragraph ? lastMainFigures(index, previous, MAX_LOOKBACK) : [];
  const closing = seriesIn(doc, before, before.length - 1, comparable);
  const items = seriesIn(doc, figs, k - 2, comparable) ?? (closing?.[closing.length - 1] === before[before.length - 1] ? closing : undefined);
  if (!items || !items.every((f) => sameUnitKind(f, current))) return undefined;
  // The series counts the same thing: for a rate, its name stands before 分别; for a count, the words do.
  const name = RATE_NAME.exec(current.before)?.[1] ?? statedUnder(current);
  if (!name || !items[0].before.includes(name)) return undefined;
  const own = index.sentences[items[0].sentence];
  const opening = doc.norm.slice(Math.max(own.span.start, items[0].span.start - MAX_SERIES_WORDS), items[0].span.start);
  const spans = [...opening.matchAll(SERIES_YEARS)].pop();
  if (!spans) return undefined;
  const from = Number(spans[1] ?? spans[2]);
  if (spans[3] !== undefined && Number(spans[3]) - from + 1 !== items.length) return undefined;
  const stated = [...doc.norm.slice(items[items.length - 1].span.end, current.span.start).matchAll(YEARS)].pop();
  if (!stated || Number(stated[1]) !== from + items.length) return undefined;
  return { base: items[items.length - 1], current };
}

// The year a change names before its comparison ("2025年较上年下降12.5%").
const CHANGE_YEAR = /^\s*((?:19|20)[0-9]{2})年度?/;
// The years a series is of, listed one by one ("2022年、2023年", "2021年、2022年和2023年") or as a span ("2021—2023年").
const LISTED_YEARS = /(?:(?:19|20)[0-9]{2}年?\s*[、和及与]\s*)+(?:19|20)[0-9]{2}年|(?:19|20)[0-9]{2}年?\s*[—–\-~～至到]\s*(?:19|20)[0-9]{2}年/g;
const YEAR_NUMBER = /(?:19|20)[0-9]{2}/g;

/**
 * "2022年、2023年败诉率分别为9.6%、6.1%，下降3.5个百分点", "2021—2023年受理案件分别为120件、150件、180件，同比增长20%": a change
 * right after a series of one value a year compares its last two values — when the years named before it (listed or as
 * a span, the last such words before the series in its sentence) are as many as the values and run one by one.
 */
function seriesEnd(doc: ReportDocument, index: FigureIndex, figs: Figure[], k: number, comparable = isCount): Comparison | undefined {
  const last = figs[k - 1];
  // "…分别为18件、24件、21件，2025年较上年下降12.5%": the change may name its year first — the series' last.
  const named = CHANGE_YEAR.exec(figs[k].before);
  if (!last || !YEAR_ON_YEAR_PERCENT.test(named ? figs[k].before.slice(named[0].length) : figs[k].before) || last.segment !== figs[k].segment - 1) return undefined;
  const items = seriesIn(doc, figs, k - 1, comparable);
  if (!items || items[items.length - 1] !== last || !items.every((f) => sameUnitKind(f, last))) return undefined;
  const sentence = index.sentences[last.sentence];
  const opening = doc.norm.slice(Math.max(sentence.span.start, items[0].span.start - MAX_SERIES_WORDS), items[0].span.start);
  const listed = [...opening.matchAll(LISTED_YEARS)].pop()?.[0];
  const years = [...(listed ?? '').matchAll(YEAR_NUMBER)].map((m) => Number(m[0]));
  const span = years.length === 2 && /[—–\-~～至到]/.test(listed ?? '');
  const count = span ? years[1] - years[0] + 1 : years.length;
  const stepwise = span || years.every((y, j) => j === 0 || y === years[j - 1] + 1);
  if (named && Number(named[1]) !== years[years.length - 1]) return undefined;
  return count === items.length && stepwise && items.length >= 2 ? { base: items[items.length - 2], current: last } : undefined;
}

/** The last n figures of a sentence outside asides, in order: bounded however long the sentence. */
function lastMainFigures(index: FigureIndex, sentence: FigureSentence, n: number): Figure[] {
  const last: Figure[] = [];
  for (let i = sentence.figures.length - 1; i >= 0 && last.length < n; i--) {
    const f = index.figures[sentence.figures[i]];
    if (!f.inParens) last.push(f);
  }
  return last.reverse();
}

/** The last series ("分别为A、B、C") among figs up to figs[end], within MAX_LOOKBACK figures of it. */
function seriesIn(doc: ReportDocument, figs: Figure[], end: number, comparable: (f: Figure) => boolean): Figure[] | undefined {
  const joined = (j: number) => j > 0 && comparable(figs[j]) && comparable(figs[j - 1]) && SERIES_JOIN.test(doc.norm.slice(figs[j - 1].span.end, figs[j].span.start));
  let last = end;
  const bound = Math.max(0, last - MAX_LOOKBACK);
  while (last > bound && !joined(last)) last--;
  let first = last;
  while (first > bound && joined(first)) first--;
  const items = figs.slice(first, last + 1);
  return items.length >= 2 && SERIES_OPENING.test(items[0].before) ? items : undefined;
}

// "上年为9.6%", "2022年为820件": the value of the year before, right after the current value.
// "而上年同期仅200件": a contrast word before, a "only" after.
const PRIOR_LABEL = /^\s*(?:而|但)?(?:((?:19|20)[0-9]{2})年度?|上年|去年|上一年度?)(?:同期)?(?:仅为|仅|只有|只|为|是|达到|达)?\s*$/;
// "依法受理254件，上年受理213件": the year before's value named by the current value's own verb or noun (not another one:
// "上年结转…" is what was carried in).
// The part of the year may be named again instead of 同期 ("去年1-9月份发生…事故22起").
const PRIOR_LABEL_WORDS = new RegExp(`^\\s*(?:而|但)?(?:((?:19|20)[0-9]{2})年度?|上年|去年|上一年度?)(?:同期|${PART_OF_YEAR.source})?(?:共|全年|累计)?([\\u4e00-\\u9fff]{2,16}?)(?:为|是|达到|达)?\\s*$`);

/**
 * "全年行政诉讼败诉率为6.1%，上年为9.6%，同比下降3.5个百分点", "受理1025件，上年为820件，同比增长25%": the clause right after
 * the current value states the year before's, and the change follows. A year named must be the one before the year stated
 * for the current value (or the report's year).
 */
function priorAfter(doc: ReportDocument, index: FigureIndex, figs: Figure[], k: number, comparable = isCount, cue = IMPLIED_PERCENT): Comparison | undefined {
  // "发生事故18起，去年同期为22起，减少4起，同比下降18.2%": the amount of the change may stand between the year before's clause
  // and the percent — checked against the two values too.
  const amount = figs[k - 1] && figs[k].segment === figs[k - 1].segment + 1 && SUBJECT_DELTA.test(figs[k - 1].before) ? figs[k - 1] : undefined;
  const at = amount ? k - 1 : k;
  const [current, base, pct] = [figs[at - 2], figs[at - 1], figs[k]];
  if (!current || !base || !cue.test(pct.before)) return undefined;
  if (base.segment !== current.segment + 1 || (amount ?? pct).segment !== base.segment + 1 || !base.lone || !current.final) return undefined;
  const years = yearBefore(doc, index, current, base, comparable);
  if (!years || !amount) return years;
  return isExactCount(amount) && sameUnitKind(amount, base) ? { ...years, delta: amount } : undefined;
}

/**
 * "受理360件，同比下降10%，上年同期为400件", "败诉率为6.1%，同比下降3.5个百分点，上年为9.6%": the year before's clause right
 * after the change, which follows the current value — the same order of clauses as priorAfter's, the change moved up.
 */
function priorFollows(doc: ReportDocument, index: FigureIndex, figs: Figure[], k: number, comparable = isCount): Comparison | undefined {
  const [pct, base] = [figs[k], figs[k + 1]];
  // "受理328件次，按期办结率100%，同比下降6.8%，上年为352件次": last year's count names the count the change is of, past a
  // rate said of it in the clause between.
  const rateBetween = !!figs[k - 1]?.percent && !!figs[k - 2] && !!base && !base.percent && figs[k - 1].segment === figs[k - 2].segment + 1;
  const current = rateBetween ? figs[k - 2] : figs[k - 1];
  const before = figs[k - 1];
  // "比上年增长11.5%，上年为25686人次": the comparison may name the year before as well as 同比 does.
  if (!current || !base || !YEAR_ON_YEAR_PERCENT.test(pct.before)) return undefined;
  if (pct.segment !== before.segment + 1 || base.segment !== pct.segment + 1 || !base.lone || !base.final || !current.final) return undefined;
  return yearBefore(doc, index, current, base, comparable);
}

/** The base labelled as the year before's value ("上年为…", "2022年为…": the year before the current value's), comparable. */
function yearBefore(doc: ReportDocument, index: FigureIndex, current: Figure, base: Figure, comparable: (f: Figure) => boolean): Comparison | undefined {
  if (!comparable(current) || !comparable(base) || !sameUnitKind(current, base)) return undefined;
  const named = PRIOR_LABEL_WORDS.exec(base.before);
  const label = PRIOR_LABEL.exec(base.before) ?? (named && current.before.includes(named[2]) ? named : null);
  if (!label) return undefined;
  // Of part of a year ("1-11月…450件"), the year before's value must say it is of the same part ("上年同期"): "2022年为420件"
  // may be the whole year.
  if (periodOf(doc, index, current) !== '' && !base.before.includes('同期') && !samePartOfYear(doc, index, current, base)) return undefined;
  if (label[1]) {
    const stated = matchInSentenceBefore(doc, index.sentences[current.sentence], STATED_YEAR, current.span.start)?.[1] ?? doc.year?.value;
    if (stated === undefined || Number(stated) !== Number(label[1]) + 1) return undefined;
  }
  return { base, current };
}

/** The base names the part of the year the current value's sentence names before it ("1-9月份…18起，去年1-9月份…22起"). */
function samePartOfYear(doc: ReportDocument, index: FigureIndex, current: Figure, base: Figure): boolean {
  const named = base.before.match(PART_OF_YEAR)?.[0];
  const sentence = index.sentences[current.sentence];
  return !!named && doc.norm.slice(sentence.span.start, current.span.start).match(PART_OF_YEAR)?.[0] === named;
}

interface ImpliedBase {
  current: Figure;
  delta: Figure;
  /** current − delta (current + delta for a decrease): last year's value, not written. */
  base: number;
}

/**
 * The base from the current value and the change amount: "1500件，较上年增加400件，同比增长25%" → 1100. Only when the
 * three stand in consecutive segments, the change words are all that precede the amount and the percent, and both
 * point the same way.
 */
function impliedBase(figs: Figure[], k: number, down: boolean): ImpliedBase | undefined {
  const pct = figs[k];
  // current, amount, percent — or current, percent, amount.
  const before = IMPLIED_PERCENT.test(pct.before) && figs[k - 1] && IMPLIED_DELTA.exec(figs[k - 1].before);
  const after = !before && COMPARED_PERCENT.test(pct.before) && figs[k + 1] && TRAILING_DELTA.exec(figs[k + 1].before);
  // The current value's own share may stand between it and the change ("完成99552万元，占年初预算数109466万元的90.9%，
  // 同比增长9.1%，增收8300万元"; "完成24627万元，完成年初预算数60999万元的40.4%，比上年减收1070万元，下降4.2%").
  // So may how far it is from the schedule ("…，较均衡进度慢2.94%，较上年同期减收1816万元，下降24.22%").
  let c = before ? k - 2 : k - 1;
  let gap = 0;
  while ((before || after) && gap < MAX_ASIDE_CLAUSES && figs[c]?.percent && (SHARE_CLAUSE.test(figs[c].before) || SCHEDULE_CLAUSE.test(figs[c].before))) {
    gap++;
    const segment = figs[c].segment;
    while (c >= 0 && figs[c].segment === segment) c--;
  }
  const [current, delta, cue] = before ? [figs[c], figs[k - 1], before] : after ? [figs[c], figs[k + 1], after] : [];
  if (!current || !delta || !cue || AMOUNT_DOWN_WORD.test(cue[cue.length - 1]) !== down || otherComparisons(delta.before, pct.before)) return undefined;
  // "…18起，去年1-9月份发生…22起，减少4起，下降18.2%": a value of the period before is the base, not the current value.
  if (PRIOR_CLAUSE.test(current.before)) return undefined;
  if (!isExactCount(delta) || !isExactCount(current) || !sameUnitKind(delta, current) || !current.final || !delta.final) return undefined;
  const [first, second] = before ? [delta, pct] : [pct, delta];
  if (first.segment !== current.segment + 1 + gap || second.segment !== first.segment + 1) return undefined;
  const base = down ? current.value + delta.value : current.value - delta.value;
  return base > 0 ? { current, delta, base } : undefined;
}

// An amount of change, maybe named by what changed before or after the comparison ("事故总起数比去年减少").
const SUBJECT_DELTA = new RegExp(`^\\s*[\\u4e00-\\u9fff]{0,8}?(?:${COMPARED_WITH})?[\\u4e00-\\u9fff]{0,8}?(?:${AMOUNT_UP}|${AMOUNT_DOWN})了?\\s*$`);

// What a change is against: the same period of the year before, or the period right before.
const OF_THE_YEAR_BEFORE = new RegExp(`同比|同期|${LAST_YEAR}`);
const OF_THE_PERIOD_BEFORE = /环比|上一?(?:月|季度|期|周)/;

/** "较上月办件增加263件，同比上升6.11%": an amount against the month before and a percent against the year before. */
function otherComparisons(amountWords: string, percentWords: string): boolean {
  const against = (w: string) => (OF_THE_PERIOD_BEFORE.test(w) ? 'period' : OF_THE_YEAR_BEFORE.test(w) ? 'year' : undefined);
  const [a, p] = [against(amountWords), against(percentWords)];
  return !!a && !!p && a !== p;
}

// A clause stating the value of the period before: "去年同期为…", "上年…", "上期…".
const PRIOR_CLAUSE = new RegExp(`^\\s*(?:而|但)?(?:${LAST_YEAR}|上一?(?:期|月|季度))`);

// "拆除面积1.9万余平方米，同比2022年度，拆除面积增加7000余平方米，提升58.3%": the amount after the comparison (in its own
// clause, or before the amount) and the current value's noun repeated at most; "比上年多400件" (多/少 only after a comparison).
const ROUGH_DELTA = new RegExp(`^\\s*(?:${COMPARED_WITH})?([\\u4e00-\\u9fff]{0,8}?)(${AMOUNT_UP}|${AMOUNT_DOWN})了?\\s*$`);
// Its groups as ROUGH_DELTA's: no noun, then the word.
const MORE_OR_LESS = new RegExp(`^\\s*${COMPARED_WITH}(?:()(多|少))了?\\s*$`);
const LESS = /^(?:少)$/;
const COMPARISON_CLAUSE = new RegExp(`^\\s*[，,]\\s*${COMPARED_WITH}\\s*[，,]\\s*$`);
const HAS_COMPARISON = new RegExp(`^\\s*${COMPARED_WITH}`);

/** A value and the range it may stand for: its rounding, or for "N余"/"N多" from N up to one unit of N's last place. */
interface Rough {
  figure: Figure;
  low: number;
  high: number;
}

function roughOf(f: Figure): Rough | undefined {
  if (isExactCount(f)) return { figure: f, low: f.value - f.halfUlp, high: f.value + f.halfUlp };
  if (!f.approx || f.percent || f.number.approx.length === 0 || !f.number.approx.every((a) => a === '余' || a === '多')) return undefined;
  // "1.9万余" is 1.9万 to 2.0万, "7000余" 7000 to 8000: one unit of the last digit written, or of the last nonzero one.
  let unit = f.number.multiplier * 10 ** -f.decimals;
  for (let digits = Math.round(f.value / unit); f.decimals === 0 && digits > 0 && digits % 10 === 0; digits /= 10) unit *= 10;
  return { figure: f, low: f.value, high: f.value + unit };
}

/**
 * A change over a current value and an amount, in consecutive clauses right before the percent, a clause of the comparison
 * alone perhaps between ("1500件，与去年同期相比，增加400件，增长36.4%", "1.9万余平方米，同比2022年度，拆除面积增加7000余平方米，
 * 提升58.3%"): with either approximate ("N余"), the base current − amount (current + amount for a decrease) is a range,
 * and so is the change.
 */
function amountBefore(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, figs: Figure[], k: number, down: boolean): { current: Rough; delta: Rough } | undefined {
  const [delta, pct] = [figs[k - 1], figs[k]];
  if (!delta || !IMPLIED_PERCENT.test(pct.before)) return undefined;
  const cue = ROUGH_DELTA.exec(delta.before) ?? MORE_OR_LESS.exec(delta.before);
  const lower = cue && (AMOUNT_DOWN_WORD.test(cue[2]) || LESS.test(cue[2]));
  if (!cue || lower !== down || pct.segment !== delta.segment + 1 || otherComparisons(delta.before, pct.before)) return undefined;
  // "……共转派工单4567件。按期办结率100%。较上月办件增加263件，同比上升6.11%": a sentence opening with the comparison and the
  // amount changes the one whole count of the paragraph that can hold it.
  const opening = k === 1 && HAS_COMPARISON.test(delta.before);
  // "受理举报290件，与去年同期相比下降了12件，同比下降4.0%；与上月相比下降了70件，环比下降23.9%": a second comparison, said
  // before its amount, of the count before a first one (an amount and its percent), past it.
  const second = !opening && k >= 4 && HAS_COMPARISON.test(delta.before) && figs[k - 2].percent && figs[k - 2].change && figs[k - 3].change &&
    !figs[k - 3].percent && !figs[k - 4].change && /^\s*[，,；;]\s*$/.test(doc.norm.slice(figs[k - 2].span.end, delta.span.start - delta.before.length));
  const current = opening ? earlierWhole(doc, index, ctx, [delta]) : figs[second ? k - 4 : k - 2];
  // What follows the current value: the first amount of the sentence (this one, or the first pair's).
  const firstAmount = figs[second ? k - 3 : k - 1];
  if (!current || !sameUnitKind(current, delta)) return undefined;
  // The amount's noun repeats the current value's (a word of it) or names any count ("办件"); the comparison is said before
  // the amount or in a clause of its own.
  if (cue[1] && !sharesWord(cue[1], statedUnder(current)) && !(opening && ANY_COUNT.test(cue[1]))) return undefined;
  // "共发生事故29起，其中较大事故2起，与去年同期相比，事故起数减少5起": the words fit the total before the 其中 part too.
  if (cue[1] && current.subsetCue && figs.slice(0, figs.indexOf(current)).some((f) => isExactCount(f) && !f.change && sameUnitKind(f, delta) && sharesWord(cue[1], statedUnder(f)))) return undefined;
  const between = doc.norm.slice(current.span.end, firstAmount.span.start - firstAmount.before.length);
  const compared = opening || (HAS_COMPARISON.test(firstAmount.before) ? /^\s*[，,]\s*$/.test(between) : COMPARISON_CLAUSE.test(between));
  const [c, d] = [roughOf(current), roughOf(delta)];
  return compared && c && d ? { current: c, delta: d } : undefined;
}

// "与去年同期相比，纠纷受理量减少140件，下降12.5%" after the current value in an earlier sentence or paragraph: the amount
// opens its clause (its subject, a comparison, the change word), the percent follows in the next with at most its noun.
const OPENING_DELTA = new RegExp(`^\\s*[^，,；;。：:]{0,24}?(${AMOUNT_UP}|${AMOUNT_DOWN})了?\\s*$`);
// "行政复议申请同比下降12%，减少44件": the percent first, after its subject, the amount alone after it.
const OPENING_PERCENT = new RegExp(`^\\s*[^，,；;。：:]{0,24}?(?:${UP}|${DOWN})了?(?:达|为)?\\s*$`);
const NOUN_PERCENT = new RegExp(`^\\s*(?:同比|环比)?[\\u4e00-\\u9fff“”"]{0,8}?(?:${UP}|${DOWN})了?(?:达|为)?\\s*$`);
// Words of a comparison or a period, and words any count may be named by: they say nothing of which count changed.
const NOT_A_SUBJECT = new RegExp(`${COMPARED_WITH}|(?:对比|相比|比较|同期|今年|本月|上月|[0-9]+月份?|(?:19|20)[0-9]{2}年度?|数据|分析|情况)`, 'g');
const CHANGE_WORD = new RegExp(`${UP}|${DOWN}`, 'g');
const ANY_COUNT_WORDS = new Set(['案件', '数量', '总量', '件数', '全市', '全区', '全县', '我市', '我区', '我县', '各类']);
// How many figures back the current value is looked for (its paragraph and up to EARLIER_REACH paragraphs before).
const MAX_EARLIER_FIGURES = 64;
const EARLIER_REACH = 3;

// The noun after a count stated before it, closing its clause ("89455人死亡，").
const COUNT_FIRST_NOUN = /^([\u4e00-\u9fff]{1,6})(?=[，,。；;、]|$)/;
// A day of a month ("2月13日"): what is said of it is that day's.
const ONE_DAY = /[0-9０-９]{1,2}月[0-9０-９]{1,2}日/;

/**
 * "全县共受理矛盾纠纷1260件。" (a sentence or paragraph before) "与上年相比，矛盾纠纷受理量减少140件，下降12.5%" (or "…受理量下降
 * 12.5%，减少140件"): a change amount and its percent that open their sentence (after other changes only) change the count
 * before them that their subject names — the counts of the amount's kind and year up to EARLIER_REACH paragraphs back in
 * the section, each leading its statement, that share the most words with it (a total among them, when they differ); with
 * no subject ("同比减少140件，下降12.5%"), the nearest such count when it is a total (共…). Undefined (nothing judged) when no count qualifies, the best
 * ones differ in value, or any that qualifies fits the percent.
 */
function earlierCurrent(doc: ReportDocument, index: FigureIndex, figs: Figure[], k: number, down: boolean): ImpliedBase | undefined {
  const opening = openingChange(figs, k, down);
  if (!opening) return undefined;
  const { delta, subject, noun, verb } = opening;
  // "2月13日…投诉举报数比2月4日减少509件": one day's count against another's, no count of the period stated before.
  if (ONE_DAY.test(delta.before)) return undefined;
  const paragraph = paragraphOf(index, delta);
  const section = index.sentences[delta.sentence].section;
  let paragraphs = 0;
  let lastParagraph = paragraph;
  let best = 0;
  let chosen: Figure[] = [];
  let fits = false;
  let nearerRival: Figure | undefined;
  for (let id = Math.min(delta.id, figs[k].id) - 1; id >= Math.max(0, delta.id - MAX_EARLIER_FIGURES) && !fits; id--) {
    const f = index.figures[id];
    if (index.sentences[f.sentence].section !== section) break;
    const p = paragraphOf(index, f);
    if (p !== lastParagraph && ++paragraphs > EARLIER_REACH) break;
    lastParagraph = p;
    // Not another amount of change ("事故起数减少71473起"): no level the amount could change.
    // "造成89455人死亡": a count before its noun, which closes the clause, is named by that noun too.
    const trailing = f.final ? '' : COUNT_FIRST_NOUN.exec(f.after)?.[1];
    if (f.sentence === delta.sentence || f.inParens || isChange(f) || !isExactCount(f) || trailing === undefined || !sameUnitKind(f, delta)) continue;
    if (!down && f.value <= delta.value) continue;
    if (!sameYear(doc, index, f, delta)) continue;
    const words = `${f.before}${f.metric}${trailing}`;
    const named = noun ? words.lastIndexOf(noun) : -1;
    if (named >= 0 && NARROWED.test(words.slice(named + (noun as string).length))) continue;
    // "法院审执结案件数同比增加174.1万件" is no change of "法院新收案件1488.9万件": cases closed are another count than cases
    // taken in (other verbs may name one count: 上报 and 发现 cases).
    const countVerb = verb && verbOf(words);
    if (countVerb && verb && (CLOSING_VERBS.has(countVerb) !== CLOSING_VERBS.has(verb))) continue;
    // "共受理各类案件1803件，结案894件。与上年同比，受案增加167件，…，结案增加34件，…": an amount named by a count's verb alone
    // is of the count stated under that verb (受案 is 受理) — one stated by its verb alone after another count of its sentence
    // is a stage of its own.
    const sameVerb = !!countVerb && countVerb === verb && !!noun && VERB_ONLY_WORDS.test(noun);
    if (!leadsItsStatement(doc, index, f) && !firstOfItsKind(doc, index, f) && !(sameVerb && VERB_ONLY_WORDS.test(f.before.trim()))) {
      // "…特大交通事故38起，…。与2005年相比，事故起数减少9起": a count the subject names, nearer than any that leads its
      // statement, may be the one that changed.
      if (subject.some((w) => words.includes(w))) nearerRival ??= f;
      continue;
    }
    // With no subject, the count the change speaks of is the nearest, and a total (not "其中集体访50件").
    if (!subject.length) {
      if (!f.totalCue) return undefined;
      chosen = [f];
      fits = percentFits(figs[k], f, delta, down);
      break;
    }
    const score = subject.filter((w) => words.includes(w)).length + (sameVerb ? 1 : 0);
    if (score === 0) continue;
    fits = percentFits(figs[k], f, delta, down);
    if (score > best) [best, chosen] = [score, [f]];
    else if (score === best) chosen.push(f);
  }
  // Words shared alike with a total and its parts ("纠纷") name the total.
  const totals = chosen.filter((f) => f.totalCue);
  const values = (list: Figure[]) => new Set(list.map((f) => f.value)).size;
  const current = values(chosen) === 1 ? chosen[0] : values(totals) === 1 ? totals[0] : undefined;
  if (fits || !current || (nearerRival && nearerRival.id > current.id && nearerRival.value !== current.value)) return undefined;
  return { current, delta, base: down ? current.value + delta.value : current.value - delta.value };
}

/**
 * The amount of a change and percent that open their sentence (after other changes only), in either order, and the
 * two-character words of their subject: undefined for any other percent.
 */
function openingChange(figs: Figure[], k: number, down: boolean): { delta: Figure; subject: string[]; noun?: string; verb?: string } | undefined {
  const [before, pct, after] = [figs[k - 1], figs[k], figs[k + 1]];
  const leading = before && pct.segment === before.segment + 1 && NOUN_PERCENT.test(pct.before) ? OPENING_DELTA.exec(before.before) : null;
  const trailing = !leading && after && after.segment === pct.segment + 1 && OPENING_PERCENT.test(pct.before) ? TRAILING_DELTA.exec(after.before) : null;
  const [delta, cue, first] = leading ? [before, leading, k - 1] : trailing ? [after, trailing, k] : [];
  if (!delta || !cue || !isExactCount(delta) || !delta.final || AMOUNT_DOWN_WORD.test(cue[1]) !== down || !figs.slice(0, first).every(isChange)) return undefined;
  if (otherComparisons(delta.before, pct.before)) return undefined;
  // "一般行政处罚案件同比增长6件，增长16.6%，其中对单位的…增长4件，增长11.7%，对个人的…": the changes from a 其中 after
  // another change are of parts of that one's subject too, which no earlier count need name whole.
  if (first! > 0 && figs.slice(1, Math.max(k, figs.indexOf(delta)) + 1).some((f) => f.subsetCue)) return undefined;
  const named = leading ? delta.before.slice(0, cue.index + cue[0].length - cue[1].length) : '';
  const words = leading ? `${named}，${pct.before}` : pct.before;
  return { delta, subject: subjectWords(words), noun: SUBJECT_NOUN.exec(named)?.[1], verb: verbOf(named) };
}

// The verbs of cases closed (bases.ts VERB): a count of them and one of cases taken in are two counts.
const CLOSING_VERBS: ReadonlySet<string> = new Set(['审结', '结案', '办结']);

// The noun a leading change amount names, its place cut off ("全市增值税减收10亿元" → 增值税).
const SUBJECT_NOUN = /^(?:(?:全|我|本)[省市县区州镇乡])?([\u4e00-\u9fff]{2,10})$/;
// What may follow the subject's noun in the words of the count it changes: a verb or a word of amount, no noun that
// narrows it ("增值税留抵退税…11亿元" is no count of 增值税).
const NARROWED = /^(?!累计|完成|实现|达到|共计|合计|总计|收入|总额|总量|规模|金额)[\u4e00-\u9fff]{2}/;

// The subject of a change amount that names the count it changes: "事故起数", "死亡人数" → 事故, 死亡.
const COUNT_SUBJECT = /^([\u4e00-\u9fff]{2,6}?)(?:起数|人数|件数|宗数|数量|总数|数|量)$/;

/**
 * "共发生各类生产安全事故29起，死亡24人，…，与去年同期相比，事故起数减少5起，下降14.71%；死亡人数减少6人，下降30.00%": an amount
 * and its percent whose subject names a count stated earlier in the sentence (the one count of the amount's unit whose words
 * hold the subject's noun) change that count.
 */
function namedInSentence(figs: Figure[], k: number, down: boolean): ImpliedBase | undefined {
  const [delta, pct] = [figs[k - 1], figs[k]];
  if (!delta || delta.percent || !isExactCount(delta) || pct.segment !== delta.segment + 1 || !IMPLIED_PERCENT.test(pct.before)) return undefined;
  const cue = ROUGH_DELTA.exec(delta.before.replace(/^.*[，,；;]/, ''));
  const subject = cue && AMOUNT_DOWN_WORD.test(cue[2]) === down ? COUNT_SUBJECT.exec(cue[1])?.[1] : undefined;
  if (!subject) return undefined;
  // "造成323人死亡；……死亡人数减少131人": a count before its noun is named by that noun closing its clause.
  const named = figs.slice(0, k - 1).filter((f) => isExactCount(f) && !f.change && sameUnitKind(f, delta) &&
    (f.before.includes(subject) || (!f.final && COUNT_FIRST_NOUN.exec(f.after)?.[1] === subject)));
  const current = named.length === 1 ? named[0] : undefined;
  if (!current) return undefined;
  const base = down ? current.value + delta.value : current.value - delta.value;
  return base > 0 ? { current, delta, base } : undefined;
}

/**
 * "…机构为2429家，其中新审核登记机构数为84家，注销机构数为90家，比去年减少27家，减少率为1.1%": a current value inside a 其中 list
 * may be a flow of the whole its sentence opens with, whose change the amount and percent state — when that whole fits them,
 * nothing is reported.
 */
function listedFlowNotStock(figs: Figure[], { current, delta }: ImpliedBase, pct: Figure, down: boolean): boolean {
  const at = figs.indexOf(current);
  if (at <= 0 || !figs.slice(1, at + 1).some((f) => f.subsetCue)) return false;
  const whole = figs.slice(0, at).find((f) => isExactCount(f) && !f.change && !f.percent && sameUnitKind(f, current));
  return !!whole && percentFits(pct, whole, delta, down);
}

/** Whether the percent fits the change from a current value and amount, within the rounding of both. */
function percentFits(pct: Figure, current: Figure, delta: Figure, down: boolean): boolean {
  const base = down ? current.value + delta.value : current.value - delta.value;
  const spread = current.halfUlp + delta.halfUlp;
  const low = (Math.max(0, delta.value - delta.halfUlp) / (base + spread)) * 100;
  const high = base > spread ? ((delta.value + delta.halfUlp) / (base - spread)) * 100 : Infinity;
  return judgeRounding(pct.value, pct.decimals, low, high, 'lenient') !== 'mismatch';
}

/**
 * Whether f is the first figure of its sentence, or of a statement after ；: the count the statement is about, not a
 * measure of it further on ("通过视频监控发现案件22件，立案22件，应结案数22件" — 应结案数 of those cases only).
 */
function leadsItsStatement(doc: ReportDocument, index: FigureIndex, f: Figure): boolean {
  const prev = index.figures[f.id - 1];
  return !prev || prev.sentence !== f.sentence || /[；;]/.test(doc.norm.slice(prev.span.end, f.span.start));
}

/**
 * "共发生道路交通事故378781起，造成89455人死亡": the first count of its kind in its statement, after counts of other kinds
 * only — a measure of its own, not of the count before it.
 */
function firstOfItsKind(doc: ReportDocument, index: FigureIndex, f: Figure): boolean {
  // Not an item of an enumeration of things of many kinds ("没收野生动物11.68万只、…，收缴野生动物制品5390件、…").
  if (doc.norm.charAt(f.span.end) === '、') return false;
  for (let id = f.id - 1; id >= 0; id--) {
    const g = index.figures[id];
    if (g.sentence !== f.sentence || /[；;]/.test(doc.norm.slice(g.span.end, f.span.start))) return true;
    // "造成89455人死亡、431139人受伤": counts of one kind before their own nouns measure two things.
    if ((sameUnitKind(g, f) && !g.percent && !otherNounFirst(g, f)) || f.id - id > MAX_KINDS_BEFORE) return false;
  }
  return true;
}
/** Both counts stand before nouns of their own, and the nouns differ ("89455人死亡、431139人受伤"). */
function otherNounFirst(g: Figure, f: Figure): boolean {
  const [a, b] = [COUNT_FIRST_NOUN.exec(g.after)?.[1], COUNT_FIRST_NOUN.exec(f.after)?.[1]];
  return !g.final && !f.final && a !== undefined && b !== undefined && a !== b;
}
// At most this many counts of other kinds before a count that measures something of its own ("…事故378781起，造成89455人死亡").
const MAX_KINDS_BEFORE = 2;

const isChange = (f: Figure) => f.change || OPENING_DELTA.test(f.before) || CHANGE_BEFORE_PERCENT.test(f.before);

/** The two-character words of a change's subject that may name which count changed. */
function subjectWords(text: string): string[] {
  const words = text.replace(NOT_A_SUBJECT, '，').replace(CHANGE_WORD, '，');
  const out = new Set<string>();
  for (let i = 0; i + 2 <= words.length; i++) {
    const word = words.slice(i, i + 2);
    if (/^[\u4e00-\u9fff]{2}$/.test(word) && !ANY_COUNT_WORDS.has(word)) out.add(word);
  }
  return [...out];
}

// Words that are a count's verb alone ("结案", "已审结"): a stage stated after another count.
const VERB_ONLY_WORDS = /^(?:已|共|依法)?(?:受理|受案|收案|立案|审结|审执结|执结|已结|结案|办结|新收|办理|调处|审理)$/;

// Nouns that name any count of things handled: "较上月办件增加263件".
const ANY_COUNT = /^(?:办件|件数|数量|总量|总数|工单|业务量)$/;

/** The base of two exact values: current − amount (current + amount for a decrease), as impliedBase gives it. */
function exactBase({ current, delta }: { current: Rough; delta: Rough }, down: boolean): ImpliedBase | undefined {
  if (!isExactCount(current.figure) || !isExactCount(delta.figure)) return undefined;
  const base = down ? current.figure.value + delta.figure.value : current.figure.value - delta.figure.value;
  return base > 0 ? { current: current.figure, delta: delta.figure, base } : undefined;
}

function approximateFinding(doc: ReportDocument, pct: Figure, { current, delta }: { current: Rough; delta: Rough }, down: boolean, rounding: RoundingPolicy): Finding | undefined {
  const [baseLow, baseHigh] = down ? [current.low + delta.low, current.high + delta.high] : [current.low - delta.high, current.high - delta.low];
  if (!(baseLow > 0)) return undefined;
  const [low, high] = [(delta.low / baseHigh) * 100, (delta.high / baseLow) * 100];
  if (judgeRounding(pct.value, pct.decimals, low, high, rounding) !== 'mismatch') return undefined;
  const unit = current.figure.unit;
  const range = (r: Rough) => `${figureText(doc, r.figure)}（${show(r.low, 0)}～${show(r.high, 0)}${unit}）`;
  return report('figure/change', {
    severity: 'warning',
    message: `增减幅度超出约数所能得出的范围：本期${range(current)}，增减量${range(delta)}，上期约为${show(baseLow, 0)}～${show(baseHigh, 0)}${unit}，` +
      `幅度应在${show(low, 1)}%～${show(high, 1)}%之间，文中为${q(figureText(doc, pct))}`,
    span: pct.span,
    related: [{ span: current.figure.span, message: `本期：${figureText(doc, current.figure)}` }, { span: delta.figure.span, message: `增减量：${figureText(doc, delta.figure)}` }],
  });
}

// "受理716535件，排除新冠疫情相关诉求后，受理量与去年同期777733件相比，下降8.32%": the change is of the count with some
// left out, which the text does not give.
const ADJUSTED = /(?:排除|剔除|扣除|除去|去除|不含|不计)[^，,。；;]{0,24}(?:后|外)/;

/** Whether the words between the current value and the change say the change is of the value adjusted. */
function adjustedBetween(doc: ReportDocument, current: Figure, pct: Figure): boolean {
  return current.span.end < pct.span.start && ADJUSTED.test(doc.norm.slice(current.span.end, pct.span.start));
}

function impliedFinding(doc: ReportDocument, ctx: RuleContext, pct: Figure, { current, delta, base }: ImpliedBase, down: boolean): Finding | undefined {
  if (adjustedBetween(doc, current, pct)) return undefined;
  const rounding = ctx.options.rounding;
  const expected = (delta.value / base) * 100;
  // Rounded figures ("4.82亿元", "0.36亿元") may stand for anything within half their last digit: so may the base.
  const spread = current.halfUlp + delta.halfUlp;
  const low = (Math.max(0, delta.value - delta.halfUlp) / (base + spread)) * 100;
  const high = base > spread ? ((delta.value + delta.halfUlp) / (base - spread)) * 100 : Infinity;
  const verdict = judgeRounding(pct.value, pct.decimals, Math.min(low, expected), Math.max(high, expected), rounding);
  // In the units and decimals written ("191347万元−25457万元=165890万元", "4.82亿元+0.36亿元=5.18亿元"), not in yuan — all in
  // the smaller of two scales when they differ ("0.5元+12000元", not "0.5元+1.2万元=12000.5元，1.2÷12000.5").
  const scale = finestScaled([current, delta]);
  const decimals = Math.max(...[current, delta].map((f) => decimalsAcross(f.decimals, f.number.multiplier, scale.number.multiplier)));
  const numeral = (f: Figure, value: number) => numeralFor(f, value, decimals);
  const written = (f: Figure, value: number) => `${numeral(f, value)}${doc.text.slice(f.numeralSpan.end, f.span.end)}`;
  const baseText = `${written(scale, current.value)}${down ? '+' : '−'}${written(scale, delta.value)}=${written(scale, base)}`;
  const arithmetic = `上期为${baseText}，${numeral(scale, delta.value)}÷${numeral(scale, base)}=${show(expected, pct.decimals + 2)}%`;
  if (verdict === 'match') {
    ctx.noteHeld({ code: 'figure/change', spans: [pct.span, current.span, delta.span], message: `增减幅度与增减量一致：${arithmetic}，文中为${figureText(doc, pct)}` });
    return undefined;
  }
  const right = numeralFor(pct, expected);
  // Either figure may be the wrong one: the percent for the stated amount, or the amount the percent implies.
  const fixes: Fix[] = [{ kind: 'choice', title: `将幅度改为${right}%（按${figureText(doc, delta)}计）`, edits: [{ span: pct.numeralSpan, newText: right }] }];
  // The amount the percent implies, at the amount's written precision ("0.36亿元": to 0.01亿).
  const step = delta.number.multiplier * 10 ** -delta.decimals;
  const amount = Math.round((current.value * pct.value) / (down ? 100 - pct.value : 100 + pct.value) / step) * step;
  const amountBase = down ? current.value + amount : current.value - amount;
  if (amount > 0 && numeral(delta, amount) !== numeral(delta, delta.value) && amountBase > 0 && judgeRounding(pct.value, pct.decimals, (amount / amountBase) * 100, (amount / amountBase) * 100, rounding) === 'match') {
    fixes.push({ kind: 'choice', title: `将增减量改为${written(delta, amount)}（按${figureText(doc, pct)}计）`, edits: [{ span: delta.numeralSpan, newText: numeralFor(delta, amount) }] });
  }
  return report('figure/change', {
    severity: verdict === 'truncation' ? 'warning' : 'error',
    message: verdict === 'truncation'
      ? `增减幅度应四舍五入：${arithmetic}，应为${right}%，文中为${q(figureText(doc, pct))}（截断所得）`
      : `增减幅度与增减量不符：${arithmetic}，应为${right}%，文中为${q(figureText(doc, pct))}`,
    span: pct.span,
    fixes,
    related: [{ span: current.span, message: `本期：${figureText(doc, current)}` }, { span: delta.span, message: `增减量：${figureText(doc, delta)}` }],
  });
}

/**
 * A whole-number prior the stated rise implies for the count just before it ("收到表扬112件，同比增长646.67%" → 15件):
 * counts are whole, so a prior that gives the percent after rounding means the rise was computed, not mistyped.
 */
function wholePriorFits(figs: Figure[], k: number, rounding: RoundingPolicy): boolean {
  const pct = figs[k];
  const current = figs[k - 1];
  if (!current || current.segment !== pct.segment - 1 || !isExactCount(current) || !current.final || !Number.isInteger(current.value)) return false;
  const guess = Math.round(current.value / (1 + pct.value / 100));
  return [guess - 1, guess, guess + 1].some((prior) => {
    if (prior < 1) return false;
    const rise = ((current.value - prior) / prior) * 100;
    return judgeRounding(pct.value, pct.decimals, rise, rise, rounding) === 'match';
  });
}

/**
 * "法律援助案件同比增长346.8%" in a headline, "办理法律援助案件210件，与去年同期相比增长346.8%" in the body: the same rise stated
 * again elsewhere right after a count a whole prior value gives it to (wholePriorFits).
 */
function priorFitsElsewhere(index: FigureIndex, pct: Figure, rounding: RoundingPolicy): boolean {
  return index.figures.some((g) => {
    if (g === pct || !g.percent || g.value !== pct.value || g.decimals !== pct.decimals) return false;
    const figs = mainFigures(index.sentences[g.sentence]);
    const at = figs.indexOf(g);
    return at > 0 && wholePriorFits(figs, at, rounding);
  });
}

// A rise this large beside the outlier in its sentence says the period itself rose steeply.
const LARGE_RISE = 100;

/**
 * "按日计罚上升59%；查封、扣押案件上升200%；限产、停产案件上升339%；移送行政拘留案件上升210%": a rise stated among sibling
 * rises of which another is large too is no slipped digit standing out of its list, but a steep year.
 */
function amongLargeRises(figs: Figure[], pct: Figure): boolean {
  for (let j = 0; j < figs.length; j++) {
    if (figs[j] === pct || !figs[j].percent || figs[j].value < LARGE_RISE) continue;
    const cue = CHANGE_BEFORE_PERCENT.exec(figs[j].before);
    if (cue && !DOWN_WORD.test(cue[1])) return true;
  }
  return false;
}

/** The figures of the paragraph a figure stands in. */
function paragraphFigures(index: FigureIndex, f: Figure): Figure[] {
  const paragraph = index.sentences[f.sentence].paragraph;
  return index.figures.filter((g) => index.sentences[g.sentence].paragraph === paragraph);
}

/** No base stated: only what no base can explain. */
function unstatedBase(
  text: string, figs: Figure[], k: number, down: boolean, word: string, rounding: RoundingPolicy, paragraph: () => Figure[], fitsElsewhere: () => boolean,
): Finding[] {
  const pct = figs[k];
  const shown = text.slice(pct.span.start, pct.span.end);
  if (down && pct.value > 100) {
    return [report('figure/change', {
      severity: 'warning',
      span: pct.span,
      message: `${q(word)}的幅度不可能超过100%：文中为${q(shown)}（减少到零即为100%），请核对`,
    })];
  }
  // Sibling rises may stand in the sentences around it ("…上升201%。适用限产停产案件数量上升317%。移送拘留案件数量上升229%").
  if (!down && pct.value >= OUTLIER && !wholePriorFits(figs, k, rounding) && !amongLargeRises(figs, pct) && !amongLargeRises(paragraph(), pct) && !fitsElsewhere()) {
    return [report('figure/change', {
      severity: 'information',
      span: pct.span,
      message: `增幅异常：${q(shown)}意味着本期为上期的${show(1 + pct.value / 100, 2)}倍，文中未写明上期数值，请核对`,
    })];
  }
  return [];
}

// "较之2015年上升4.57%", "比上年提高2%", "同比增长9.8%": a change against a named year or the year before, nothing else
// before it.
const BARE_CHANGE = new RegExp(`^\\s*(?:${UP}|${DOWN})了?(?:达|为)?\\s*$`);
const AGAINST_YEAR = new RegExp(`^\\s*(?:(?:较之?|比|与)((?:19|20)[0-9]{2}年度?|上年|去年)(?:相比)?(?:同期)?|同比)(?:${UP}|${DOWN})了?(?:达|为)?\\s*$`);
// A rate or share stated as a level ("平均得分率为66.31%"), named without its time and place ("2023年全市…").
const LEVEL_WORDS = /(?:率|比例|比重|占比)$/;
const levelName = (f: Figure) => (LEVEL_WORDS.test(statedUnder(f)) ? statedUnder(f) : undefined);
// A count named by its words ("全市受理行政复议案件352件" → 受理行政复议案件): a verb alone names nothing.
const countName = (f: Figure) => (statedUnder(f).length >= 3 ? withoutTotal(statedUnder(f)) : undefined);
// In a list of values compared in turn, a later value may be named by its verb alone ("受理案件120件，审结80件").
const listedCountName = (f: Figure) => (statedUnder(f).length >= 2 ? withoutTotal(statedUnder(f)) : undefined);
// How many sentences back the level of the year compared with may stand.
const MAX_LEVEL_SENTENCES = 3;
const YEARS = /((?:19|20)[0-9]{2})年/g;
const MAX_YEAR_WORDS = 200;

/**
 * "2015年……平均得分率为61.74%。2016年……平均得分率为66.31%，较之2015年上升4.57%": a change right after a rate, against a
 * named year, compares it with the same rate stated for that year in one of the sentences just before (same paragraph).
 * So does a change right after a count, with the count stated under the same words ("2022年，全市受理行政复议案件320件。
 * 2023年，全市受理行政复议案件352件，比2022年增长10%").
 */
function levelBefore(doc: ReportDocument, index: FigureIndex, figs: Figure[], k: number, comparable = isLevel): Comparison | undefined {
  const pct = figs[k];
  const current = figs[k - 1];
  // "在2022年，…达标率为61.24%；在2023年，…达标率为64.51%，上升3.27%": a bare rise or fall after a level of a stated year is
  // against the year before (the last year stated before the level, its own).
  const against = AGAINST_YEAR.exec(pct.before);
  const bare = !against && comparable === isLevel && BARE_CHANGE.test(pct.before);
  const nameOf = comparable === isLevel ? levelName : countName;
  const metric = current && nameOf(current);
  if ((!against && !bare) || !current || !metric || !comparable(current) || current.number.percentPoint || current.segment !== pct.segment - 1) return undefined;
  const sentence = index.sentences[pct.sentence];
  const window = doc.norm.slice(Math.max(sentence.span.start, current.span.start - MAX_YEAR_WORDS), current.span.start);
  const year = bare ? [...window.matchAll(YEARS)].at(-1) : STATED_YEAR.exec(window);
  const named = against?.[1];
  const wanted = named && /^\d/.test(named) ? Number(named.slice(0, 4)) : year ? Number(year[1]) - 1 : undefined;
  if (wanted === undefined) return undefined;
  // 同比 of part of a year ("2023年上半年……同比增长") is against the same part of the year before: only a level of that part.
  const base = levelOfYear(doc, index, current, metric, wanted, !!named, comparable, nameOf);
  return base ? { base, current } : undefined;
}

/**
 * The one figure stated for year `wanted` under the same name as `current` (its metric) in the sentences just before
 * current's, in its paragraph; undefined for none or several. `anyPart`: a named year, of any part of it.
 */
/** f stands past a ； after the current value in their sentence: a clause of its own ("…；2023年受理案件6400件"). */
function pastSemicolon(doc: ReportDocument, current: Figure, f: Figure): boolean {
  return /[；;]/.test(doc.norm.slice(current.span.end, f.span.start));
}

/**
 * Two counts' names name one metric: the same words — or, in a series of years told in turn, one the other's end
 * ("市中级人民法院受理案件" and "受理案件": the subject said once).
 */
function sameMetric(name: string | undefined, metric: string, series: boolean): boolean {
  return name === metric || (series && !!name && (name.endsWith(metric) || metric.endsWith(name)));
}

function levelOfYear(
  doc: ReportDocument, index: FigureIndex, current: Figure, metric: string, wanted: number, anyPart: boolean,
  comparable: (f: Figure) => boolean, nameOf: (f: Figure) => string | undefined, ahead = false,
): Figure | undefined {
  const sentence = index.sentences[current.sentence];
  const samePart = anyPart ? () => true : (f: Figure) => samePeriod(doc, index, f, current);
  const found: Figure[] = [];
  const read = (s: number) => {
    const other = index.sentences[s];
    if (!other || other.paragraph !== sentence.paragraph) return false;
    // The last MAX_LOOKBACK figures of each: bounded in a run without 。.
    for (const f of lastMainFigures(index, other, MAX_LOOKBACK)) {
      if ((s === current.sentence && (f.id === current.id || (f.id > current.id && !(ahead && pastSemicolon(doc, current, f))))) || !comparable(f) ||
          f.number.percentPoint || !sameUnitKind(f, current) || !sameMetric(nameOf(f), metric, ahead)) continue;
      // The year of a level is the last one stated before it in its sentence ("在2014年，……59.7%；在2015年，……61.74%").
      const years = [...doc.norm.slice(Math.max(other.span.start, f.span.start - MAX_YEAR_WORDS), f.span.start).matchAll(YEARS)];
      if (Number(years[years.length - 1]?.[1]) === wanted && samePart(f)) found.push(f);
    }
    return true;
  };
  // The current's own sentence too, before it ("在2022年，…61.24%；在2023年，…64.51%，上升…").
  for (let s = current.sentence; s >= Math.max(0, current.sentence - MAX_LEVEL_SENTENCES) && read(s); s--);
  // A series told from the latest year back states the year before after ("2025年…比2024年分别上升…。2024年…").
  if (ahead) for (let s = current.sentence + 1; s <= current.sentence + MAX_LEVEL_SENTENCES && read(s); s++);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * "2024年，全县受理行政复议案件100件、行政诉讼案件70件。2025年，全县受理行政复议案件120件、行政诉讼案件80件，同比分别增长
 * 20%、10%": n values with n percents after 分别, each value's count of the year before stated under its own words in a
 * sentence just before (levelOfYear) — each checked with its own.
 */
function respectiveYearBefore(doc: ReportDocument, index: FigureIndex, figs: Figure[], k: number): Array<[Figure, Comparison]> | undefined {
  const pcts = statedPercents(doc, figs, k);
  const n = pcts.length;
  if (n < 2 || !RESPECTIVELY.test(pcts[0].before) || !AGAINST_YEAR.test(pcts[0].before.replace(RESPECTIVELY, ''))) return undefined;
  const values = countsInTurnBefore(doc, figs, k, n);
  if (!values) return undefined;
  const sentence = index.sentences[values[0].sentence];
  const year = STATED_YEAR.exec(doc.norm.slice(Math.max(sentence.span.start, values[0].span.start - MAX_YEAR_WORDS), values[0].span.start));
  if (!year) return undefined;
  const out: Array<[Figure, Comparison]> = [];
  for (let j = 0; j < n; j++) {
    const metric = listedCountName(values[j]);
    const base = metric && levelOfYear(doc, index, values[j], metric, Number(year[1]) - 1, false, isCount, listedCountName, true);
    if (!base) return undefined;
    out.push([pcts[j], { base, current: values[j] }]);
  }
  return out;
}

/**
 * "共发生4起事故，死亡7人，事故起数同比下降33.3%，死亡人数同比下降22.2%；（2021年1-8月份共发生6起事故，死亡9人）": an aside
 * after the changes stating the year before's counts (its year the current one's less one, or 上年/去年), one of each measure
 * the sentence counts in: each change of the sentence compares the count of its measure with the aside's.
 */
function priorYearAside(doc: ReportDocument, index: FigureIndex, figs: Figure[], k: number): Array<[Figure, Comparison]> | undefined {
  const sentence = index.sentences[figs[k].sentence];
  const aside = asideCountsOf(index, figs[k].sentence).filter((f) => f.id > figs[k].id);
  if (aside.length === 0 || aside.some((f) => !isCount(f))) return undefined;
  const open = doc.norm.lastIndexOf('(', aside[0].span.start);
  if (open < sentence.span.start || doc.norm.slice(open, aside[aside.length - 1].span.end).includes(')')) return undefined;
  const lead = PRIOR_ASIDE.exec(doc.norm.slice(open + 1, aside[0].span.start));
  if (!lead) return undefined;
  const counts = figs.filter((f) => !f.percent && !f.inParens && isCount(f) && f.id < figs[k].id);
  if (lead[1]) {
    const current = matchInSentenceBefore(doc, sentence, STATED_YEAR, counts[0]?.span.start ?? figs[k].span.start)?.[1] ?? headingYear(doc, sentence) ?? doc.year?.value;
    if (current === undefined || Number(current) !== Number(lead[1]) + 1) return undefined;
  }
  const out: Array<[Figure, Comparison]> = [];
  for (const p of figs) {
    if (!p.percent || p.inParens || p.id > aside[0].id || !YEAR_ON_YEAR_PERCENT.test(p.before.replace(MEASURE_NAMED, ''))) continue;
    const unit = MEASURE_NAMED.exec(p.before)?.[1];
    const current = counts.filter((f) => f.id < p.id && unit !== undefined && f.unit === unit);
    const base = aside.filter((f) => unit !== undefined && f.unit === unit);
    if (current.length !== 1 || base.length !== 1) return undefined;
    out.push([p, { base: base[0], current: current[0] }]);
  }
  return out.some(([p]) => p === figs[k]) ? out : undefined;
}

// The figures in a sentence's asides, no percents, read once a sentence and check (the index is the check's): a sentence
// of thousands of changes asks for each of them.
const asideCountsByIndex = perOwner<FigureIndex, Figure[]>((index) => index.sentences.length);
function asideCountsOf(index: FigureIndex, k: number): Figure[] {
  const bySentence = asideCountsByIndex(index);
  return (bySentence[k] ??= index.sentences[k].figures.map((id) => index.figures[id]).filter((f) => f.inParens && !f.percent));
}

/** The year the nearest heading above the sentence that names one names ("二、2022年1-9月份全市生产安全事故情况"). */
function headingYear(doc: ReportDocument, sentence: FigureSentence): string | undefined {
  const own = doc.sentences[sentence.docSentence].blockIndex;
  for (let b = own - 1; b >= 0; b--) {
    const year = doc.blocks[b].heading ? STATED_YEAR.exec(doc.blocks[b].content)?.[1] : undefined;
    if (year) return year;
  }
  return undefined;
}

// The aside's lead: the year before, by its number or as 上年/去年, and its period words ("2021年1-8月份共发生").
const PRIOR_ASIDE = /^\s*(?:((?:19|20)[0-9]{2})年|上年|去年)(?:度|同期)?[^()]{0,12}$/;
// The measure a change names before its change words: "死亡人数同比下降" → 人, "事故起数同比下降" → 起.
const MEASURE_NAMED = /^[\u4e00-\u9fff]{0,8}?([人起件个家次])数/;

/** Two levels compared: figures of the text, or cells of a table (a value, its decimals, where it is written). */
type Level = Pick<Figure, 'value' | 'decimals' | 'span'>;
interface Levels {
  base: Level;
  current?: Level;
}

// A change of a share or a rate ("占比变化：呈下降趋势，下降了1.5%"), and a table column of such levels ("城市管理类工单占比").
const LEVEL_CHANGE = /占比|比例|比重|率/;
const LEVEL_HEADER = /(?:占比|比例|比重|率)$/;
const PERCENT_CELL = /^([0-9]+(?:\.([0-9]+))?)%?$/;
// How far before the change the column's subject may be named ("（二）城市管理类工单分析 …… 2.占比变化：…").
const MAX_SUBJECT_WORDS = 200;

/**
 * "（二）城市管理类工单分析 …… 2.占比变化：呈下降趋势，下降了1.5%" after a table of two periods ("10月 | … | 31.00% |",
 * "11月 | … | 29.50% |") with a column of the level ("城市管理类工单占比"): the change of a share or rate with no values in its
 * sentence compares the column's two cells, when the words before it (after the table) name that column's subject last.
 * Only a table of its section whose rows are exactly two periods.
 */
function tableLevels(doc: ReportDocument, ctx: RuleContext, index: FigureIndex, pct: Figure): Levels | undefined {
  const sentence = index.sentences[pct.sentence];
  // Once per sentence, not per change: a long run of changes without 。 stays linear (the first match of 占比|比例|比重|率
  // ends first, as no match starting later can end sooner).
  if (!matchInSentenceBefore(doc, sentence, LEVEL_CHANGE, pct.span.start)) return undefined;
  // A table of the change's own section (the rule is checked section by section).
  const sectionAt = (at: number) => doc.sections.findIndex((s) => s.span.start <= at && at < s.span.end);
  const table = ctx.analysis(TABLES).filter((t) =>
    (t.rows.at(-1)?.at(-1)?.span.end ?? Infinity) <= sentence.span.start && sectionAt(t.rows[0][0].span.start) === sentence.section).pop();
  if (!table) return undefined;
  const text = (c: Cell) => doc.norm.slice(c.span.start, c.span.end).replace(/\s+/g, '');
  const [header, ...rows] = table.rows;
  if (rows.length !== 2 || rows.some((r) => r.length !== header.length || !PERIOD_NAME.test(text(r[0])))) return undefined;
  const columns = header.map((c, k) => ({ k, title: text(c) })).filter((c) => LEVEL_HEADER.test(c.title)).map((c) => ({ ...c, key: countedBy(c.title) }));
  const end = table.rows[table.rows.length - 1].at(-1)?.span.end ?? pct.span.start;
  const named = lastNamed(doc.norm.slice(Math.max(end, pct.span.start - MAX_SUBJECT_WORDS), pct.span.start), columns.map((c) => c.key));
  const column = named && columns.filter((c) => c.key === named.name);
  if (!column || column.length !== 1) return undefined;
  const [base, current] = rows.map((r) => {
    const cell = r[column[0].k];
    const m = PERCENT_CELL.exec(text(cell));
    return m ? { value: Number(m[1]), decimals: m[2]?.length ?? 0, span: cell.span } : undefined;
  });
  return base && current ? { base, current } : undefined;
}

/**
 * A change between two rates written in percent: as relative change ((66.31−61.74)÷61.74 = 7.40%) or, as writers often
 * mean, in points (66.31−61.74 = 4.57). Either within rounding is accepted; neither, or the wrong direction, is reported.
 */
function levelChange(doc: ReportDocument, pct: Figure, down: boolean, word: string, { base, current }: Levels, rounding: RoundingPolicy): Finding | undefined {
  if (!current) return undefined;
  const difference = current.value - base.value;
  const related = [{ span: base.span, message: `基数：${figureText(doc, base)}` }, { span: current.span, message: `本期：${figureText(doc, current)}` }];
  if (difference !== 0 && (down ? difference > 0 : difference < 0)) {
    return report('figure/change', {
      span: pct.span, related,
      message: `增减方向与数值不符：由${figureText(doc, base)}到${figureText(doc, current)}是${difference > 0 ? '提高' : '下降'}，文中写作${q(word)}`,
    });
  }
  const half = (f: Level) => 0.5 * 10 ** -f.decimals;
  const points = Math.abs(difference);
  const slack = half(base) + half(current) + half(pct);
  const relative = (points / base.value) * 100;
  const lowRelative = (Math.max(0, points - half(base) - half(current)) / (base.value + half(base))) * 100;
  const highRelative = ((points + half(base) + half(current)) / Math.max(1e-9, base.value - half(base))) * 100;
  if (Math.abs(pct.value - points) <= slack + 1e-9 || judgeRounding(pct.value, pct.decimals, lowRelative, highRelative, rounding) !== 'mismatch') return undefined;
  const decimals = Math.max(base.decimals, current.decimals);
  const right = numeralFor(pct, relative);
  const [larger, smaller] = difference < 0 ? [base, current] : [current, base];
  return report('figure/change', {
    message: `增减幅度与所比较的两个比率不符：由${figureText(doc, base)}到${figureText(doc, current)}，相差${show(points, decimals)}个百分点，` +
      `相对${word}${show(relative, pct.decimals + 2)}%（(${figureText(doc, larger)}−${figureText(doc, smaller)})÷${figureText(doc, base)}），文中为${q(figureText(doc, pct))}`,
    span: pct.span,
    fixes: [
      { kind: 'choice', title: `改为${right}%（相对变化）`, edits: [{ span: pct.numeralSpan, newText: right }] },
      { kind: 'choice', title: `改为${show(points, decimals)}个百分点`, edits: [{ span: { start: pct.numeralSpan.start, end: pct.span.end }, newText: `${show(points, decimals)}个百分点` }] },
    ],
    related,
  });
}

/**
 * The two percents a change at figs[k] compares: a base after 较/比/由 among figs[from…] (when `compared`: the change
 * names no metric of its own), in an aside or the clause right after the current value, the year before's clause, the
 * last item of a yearly series, or the same rate of a named year in the sentences before.
 */
function levelsCompared(doc: ReportDocument, index: FigureIndex, figs: Figure[], k: number, from: number, compared: boolean): Comparison | undefined {
  return (compared ? comparison(doc, figs, k, isLevel, from) ?? asideBase(doc, index, figs, k, isLevel) : undefined) ??
    bracketedBases(doc, index, figs, k, isLevel)?.find(([p]) => p === figs[k])?.[1] ?? priorAfter(doc, index, figs, k, isLevel) ??
    priorFollows(doc, index, figs, k, isLevel) ?? yearPair(doc, index, figs, k, isLevel) ?? seriesLast(doc, index, figs, k, isLevel) ?? seriesEnd(doc, index, figs, k, isLevel) ??
    levelBefore(doc, index, figs, k);
}

const OTHER_METRIC = /率|比例|占比/;

/**
 * A change in percentage points against the two percents it compares: "2022年败诉率为9.6%，2023年为6.1%，同比下降
 * 3.4个百分点" (9.6−6.1 = 3.5). The base is stated with 较/比/由 or is the clause of the year before (the last item of a
 * year series). A difference the rounding of the two percents may explain is a warning; beyond it, an error.
 */
/** The words of a finding on a change in percentage points from base to current, its change word as written ("提高"). */
function pointChangeWords(doc: ReportDocument, cue: string, base: Figure, current: Figure) {
  return {
    what: '百分点变化',
    labels: ['基数', '本期'] as [string, string],
    direction: (rises: boolean) => `增减方向与数值不符：由${figureText(doc, base)}到${figureText(doc, current)}是${rises ? '提高' : '下降'}，文中写作${q(cue)}`,
  };
}

// The lead of the changes in points after the rates: "，同比分别提高", "，较上年分别提升".
const RESPECTIVE_POINTS_LEAD = new RegExp(`^\\s*[，,]\\s*(?:${COMPARED_WITH})?(分别)?(?:${UP}|${DOWN})了?\\s*$`);
// Bare numerals in a list whose last item carries the unit ("分别提高1.2、0.8个百分点").
const BARE_POINTS_TAIL = /(?:[0-9]+(?:\.[0-9]+)?\s*[和、及与]\s*)+$/;
const BARE_POINT = /([0-9]+(?:\.[0-9]+)?)\s*[和、及与]\s*/g;

/**
 * "纠错率、调解率分别为15.2%、30.5%，同比分别提高2.1个百分点、3.4个百分点（上年分别为13.1%、28.1%）": n rates, their n changes
 * in points after 分别 (or "分别提高1.2、0.8个百分点", the unit written once) and last year's n rates after "上年分别为", each
 * list joined in turn — each change against its own two rates. [change, base, current] per place; undefined for any other shape.
 */
function respectivePoints(doc: ReportDocument, index: FigureIndex, figs: Figure[], k: number): { cue: string; places: Array<[Figure, Figure, Figure]> } | undefined {
  const first = figs[k];
  // The changes: bare numerals before the first point figure ("1.2和0.8个百分点"), then point figures joined in turn.
  const leadStart = first.span.start - first.before.length;
  const words = doc.norm.slice(leadStart, first.numeralSpan.start);
  const bare = BARE_POINTS_TAIL.exec(words.slice(-MAX_LEAD))?.[0] ?? '';
  const leadWords = words.slice(0, words.length - bare.length);
  const lead = CHANGE_BEFORE_PERCENT.exec(leadWords);
  if (!lead) return undefined;
  const points: Figure[] = [];
  for (const m of bare.matchAll(BARE_POINT)) {
    const start = leadStart + leadWords.length + (m.index ?? 0);
    const decimals = m[1].split('.')[1]?.length ?? 0;
    const span = { start, end: start + m[1].length };
    points.push(copyOf(first, { value: Number(m[1]), decimals, halfUlp: 0.5 * 10 ** -decimals, span, numeralSpan: span }));
  }
  points.push(first);
  for (let j = k + 1; j < figs.length && figs[j].number.percentPoint && ITEM_JOIN.test(doc.norm.slice(figs[j - 1].span.end, figs[j].span.start)); j++) points.push(figs[j]);
  const n = points.length;
  if (n < 2 || !RESPECTIVE_POINTS_LEAD.test(`，${leadWords}`)) return undefined;
  // The rates now: the n percents right before the changes, joined in turn, 分别 before them or before the changes.
  const currents = figs.slice(Math.max(0, k - n), k);
  if (currents.length < n || !ratesInTurn(doc, currents)) return undefined;
  if (!/分别/.test(currents[0].before) && !/分别/.test(leadWords)) return undefined;
  // Last year's: n percents after "上年分别为" later in the sentence, asides too, joined in turn.
  const all = figuresAfter(index, index.sentences[first.sentence], points[n - 1]);
  const at = all.findIndex((f) => f.percent && PRIOR_VALUES_LEAD.test(leadBefore(doc, f, index.sentences[first.sentence].span.start)));
  if (at < 0) return undefined;
  const bases = all.slice(at, at + n);
  if (bases.length < n || !ratesInTurn(doc, bases)) return undefined;
  return { cue: lead[1], places: points.map((p, j) => [p, bases[j], currents[j]]) };
}

/** Percents as stated (no points, no approximations), each joined to the one before by 、/和. */
function ratesInTurn(doc: ReportDocument, figs: Figure[]): boolean {
  return figs.every((f, j) => f.percent && !f.number.percentPoint && !f.approx && (j === 0 || ITEM_JOIN.test(doc.norm.slice(figs[j - 1].span.end, f.span.start))));
}

function pointChange(doc: ReportDocument, index: FigureIndex, figs: Figure[], k: number): Finding | undefined {
  const points = figs[k];
  const cue = CHANGE_BEFORE_PERCENT.exec(points.before);
  if (!cue) return undefined;
  // The values compared stand after any earlier change; "胜诉率较上年提高2个百分点" names a metric of its own, whose values
  // are not stated.
  let from = k;
  while (from > 0 && !figs[from - 1].number.percentPoint) from--;
  // Only the words after the base ("比上半年平均接通率98.12%高出…" names the base's metric, not another one).
  const own = figs[k - 1]?.segment === points.segment ? doc.norm.slice(figs[k - 1].span.end, points.span.start) : points.before;
  const found = levelsCompared(doc, index, figs, k, from, !OTHER_METRIC.test(own));
  const current = found?.current;
  if (!found || !current) return undefined;
  const { base } = found;
  const down = DOWN_WORD.test(cue[1]);
  return pointsFinding(doc, points, base, current, down, pointChangeWords(doc, cue[1], base, current));
}

// A gap to a benchmark of the same time: "出庭应诉率为98.5%，高于全省平均水平（95.1%）3.4个百分点", "败诉率为6.2%，比全省平均
// 水平8.9%低2.7个百分点". Words between the two percents that name another period are a change over time: pointChange's.
const GAP_WORDS = /高于|低于|高出|低出|超出|超过|领先|落后|比/;
const GAP_UP = /高|超|领先/;
const GAP_DOWN = /低|落后/;
const OTHER_PERIOD = /上年|去年|同期|同比|较|由|从|(?:19|20)[0-9]{2}|[上下]半年|季度|月/;
// What may stand between the benchmark and the gap: a closing bracket, the direction word.
const GAP_TAIL = /^\s*[)）]?\s*(?:[高低](?:出|了)?)?\s*$/;
const MAX_GAP_WORDS = 24;

/** The percentage-point gap between a rate and a benchmark stated beside it, against the two percents. */
function benchmarkGap(doc: ReportDocument, index: FigureIndex, points: Figure): Finding | undefined {
  const before: Figure[] = [];
  for (let id = points.id - 1; id >= 0 && before.length < 2; id--) {
    const f = index.figures[id];
    if (f.sentence !== points.sentence) break;
    if (f.number.percentPoint || f.unit !== '%' || f.approx) return undefined;
    before.push(f);
  }
  const [base, current] = before;
  if (!current) return undefined;
  const between = doc.norm.slice(current.span.end, base.span.start);
  const tail = doc.norm.slice(base.span.end, points.span.start);
  if (!GAP_TAIL.test(tail) || between.length > MAX_GAP_WORDS || /[。；;]/.test(between) || !GAP_WORDS.test(between) || OTHER_PERIOD.test(between)) return undefined;
  return gapFinding(doc, points, base, current, between + tail);
}

/** A gap to a benchmark judged: its direction from the words (higher or lower, not both), then its size. */
function gapFinding(doc: ReportDocument, points: Figure, base: Figure, current: Figure, words: string): Finding | undefined {
  const [up, down] = [GAP_UP.test(words), GAP_DOWN.test(words)];
  if (up === down) return undefined;
  return pointsFinding(doc, points, base, current, down, {
    what: '相差的百分点',
    labels: ['比较的对象', '本数'],
    direction: (rises) => `高低与数值不符：${figureText(doc, current)}${rises ? '高于' : '低于'}${figureText(doc, base)}，文中写作${up ? '高' : '低'}`,
  });
}

// The benchmark a gap is to, named after the two percents: "高于全省平均水平", "高出全省", "比全市平均水平低".
const BENCHMARK_PLACE = /全国|全省|全市|全区|全县|全州/;
const MAX_TAIL_WORDS = 16;
// A rate's name right before its value ("出庭应诉率为", "平均办结率达"): its stem is the two characters before 率.
const RATE_STEM = /([\u4e00-\u9fff]{2})率(?:为|达到|达|是)?\s*$/;
// A benchmark stated by its place alone ("全省为9.4%", "全省平均为9.4%").
const PLACE_ONLY = /^\s*(?:全国|全省|全市|全区|全县|全州)(?:平均)?(?:水平)?(?:为|是|达)?\s*$/;

/**
 * A gap in points stated after both percents, the benchmark named by its place: "出庭应诉率为96.5%，全省平均出庭应诉率为
 * 90.2%，高于全省平均水平6.3个百分点", "全省平均办结率为92.1%，我县办结率为97.3%，高出全省5.2个百分点" — or the benchmark in an
 * aside after the gap ("纠错率为12.5%，比全省平均水平高出3.1个百分点（全省为9.4%）"). The benchmark is the one of the two whose
 * clause names the place the gap names, the other not; both name the same rate (its stem before 率), or the aside names
 * only the place. No other change in points between, no other period in the gap's words.
 */
function gapAfterBoth(doc: ReportDocument, index: FigureIndex, points: Figure): Finding | undefined {
  const sentence = index.sentences[points.sentence];
  const previous = index.figures[points.id - 1];
  if (!previous || previous.sentence !== points.sentence || !isLevel(previous) || previous.inParens) return undefined;
  const tail = doc.norm.slice(previous.span.end, points.span.start);
  const place = BENCHMARK_PLACE.exec(tail)?.[0];
  if (!place || tail.length > MAX_TAIL_WORDS || /[。；;0-9]/.test(tail) || !GAP_WORDS.test(tail) || OTHER_PERIOD.test(tail.replace(/比|较/g, ''))) return undefined;
  const clause = (f: Figure) => doc.norm.slice(sentence.segments[f.segment].span.start, f.span.start);
  const aside = asidesOf(index, points);
  const named = aside.length === 1 && isLevel(aside[0]) && PLACE_ONLY.test(doc.norm.slice(points.span.end, aside[0].span.start).replace(/^\s*[(（]/, '')) && aside[0].before.includes(place);
  let base: Figure;
  let current: Figure;
  if (named) [base, current] = [aside[0], previous];
  else {
    const earlier = index.figures[points.id - 2];
    if (!earlier || earlier.sentence !== points.sentence || !isLevel(earlier) || earlier.inParens) return undefined;
    const [a, b] = [clause(earlier), clause(previous)];
    if (a.includes(place) === b.includes(place)) return undefined;
    [base, current] = a.includes(place) ? [earlier, previous] : [previous, earlier];
    // The benchmark may be named by its place alone ("全省平均为9.4%"); else both name one rate.
    const [own, benchmark] = a.includes(place) ? [b, a] : [a, b];
    const stem = RATE_STEM.exec(own)?.[1];
    if (!stem || !(PLACE_ONLY.test(benchmark.replace(/^\s*[，,；;]?\s*/, '')) || RATE_STEM.exec(benchmark)?.[1] === stem)) return undefined;
  }
  return gapFinding(doc, points, base, current, tail);
}

/**
 * Points stated between two percents, judged: the direction the words give (`down`), then the size within the rounding
 * of the two percents (a gap the rounding may explain is a warning).
 */
/** A minus sign right before the numeral, not after a digit (a range "5-8%" is no sign). */
function belowZero(doc: ReportDocument, f: Figure): boolean {
  const at = f.numeralSpan.start;
  return MINUS.test(doc.norm.charAt(at - 1)) && !/[0-9０-９]/.test(doc.norm.charAt(at - 2));
}

const MINUS = /[-−－]/;

function pointsFinding(
  doc: ReportDocument, points: Figure, base: Figure, current: Figure, down: boolean,
  words: { what: string; labels: [string, string]; direction: (rises: boolean) => string },
): Finding | undefined {
  // "高于全省平均增幅(-8.9%)13.6个百分点": a value below zero, whose sign the numbers do not carry, is not judged.
  if (belowZero(doc, base) || belowZero(doc, current)) return undefined;
  const { difference, decimals, gap, slack } = judgePointChange(points, base, current);
  const related = [
    { span: base.span, message: `${words.labels[0]}：${figureText(doc, base)}` },
    { span: current.span, message: `${words.labels[1]}：${figureText(doc, current)}` },
  ];
  if (difference !== 0 && (down ? difference > 0 : difference < 0)) {
    return report('figure/change', { span: points.span, related, message: words.direction(difference > 0) });
  }
  if (gap < 1e-9) return undefined;
  const expected = Math.abs(difference);
  const right = show(expected, decimals);
  const [high, low] = difference > 0 ? [current, base] : [base, current];
  const arithmetic = `${figureText(doc, high)}−${figureText(doc, low)}=${right}个百分点`;
  const stated = q(figureText(doc, points));
  return report('figure/change', {
    severity: gap < slack - 1e-9 ? 'warning' : 'error',
    message: gap < slack - 1e-9
      ? `${words.what}与所写数值不符：${arithmetic}，文中为${stated}（若两个百分数是舍入后的值，差额可能不同，请核对）`
      : `${words.what}与数值不符：${arithmetic}，应为${right}个百分点，文中为${stated}`,
    span: points.span,
    fixes: [{ kind: 'choice', title: `改为${right}个百分点`, edits: [{ span: points.numeralSpan, newText: numeralFor(points, expected, decimals) }] }],
    related,
  });
}

// "连续四年上升", "连续3年下降", "四连升", "三连降": a run of yearly rises or falls.
const RUN = /连续([两二三四五六七八九十0-9]{1,2})年(?:持续)?(上升|增长|增加|提高|提升|攀升|下降|减少|降低|回落)|([两二三四五六七八九十])连(升|增|涨|降|减|跌)/;
const RUN_DOWN = /下降|减少|降低|回落|降|减|跌/;
// Years a series runs over: "2020年至2023年", "2019年以来", "近四年", "三年来", "2021年、2022年、2023年".
const YEARS_NAMED = /(?:19|20)[0-9]{2}年?\s*(?:以来|至今|[—–\-~～至到、和])|近[两二三四五六七八九十0-9]{1,2}年|[两二三四五六七八九十0-9]{1,2}年(?:来|以来)/;
// A value labelled with its year ("2021年120件、2022年150件"): the year right before it, nothing else.
const YEAR_LABEL = /((?:19|20)[0-9]{2})年度?(?:为|是|达到|达|共)?\s*$/;

/**
 * "2021年至2024年，受理行政复议案件分别为120件、150件、140件、180件，连续四年上升": a run of rises or falls stated beside
 * the yearly values it is about. Its last values must move its way — "四连升" four rises (the last five values),
 * "连续四年上升" four values or four rises (the last four values, whichever it means) — a pair among them that does not is
 * reported. Silent unless the sentence holds exactly one series of one kind, in
 * chronological order when its years are written.
 */
function runAgainstValues(doc: ReportDocument, sentence: FigureSentence, figs: Figure[]): Finding | undefined {
  const text = doc.norm.slice(sentence.span.start, sentence.span.end);
  const m = RUN.exec(text);
  if (!m || m.index === undefined) return undefined;
  const length = parseChineseNumeral(m[1] ?? m[3]) ?? Number(m[1]);
  const down = RUN_DOWN.test(m[2] ?? m[4]);
  const series = yearlyValues(doc, sentence, figs);
  if (!series || !(length >= 2) || !series.every((f) => sameUnitKind(f, series[0]) && (isCount(f) || isLevel(f)))) return undefined;
  // "四连升" counts rises (four rises, five values); "连续四年上升" may count the years' values too: only its last four.
  const values = m[3] ? length + 1 : length;
  const run = series.slice(-Math.min(values, series.length));
  const at = run.findIndex((f, j) => j > 0 && (down ? f.value >= run[j - 1].value : f.value <= run[j - 1].value));
  if (at < 0) return undefined;
  const [from, to] = [run[at - 1], run[at]];
  const start = sentence.span.start + m.index;
  return report('figure/change', {
    message: `“${m[0]}”与所列逐年数值不符：${figureText(doc, from)}→${figureText(doc, to)}${to.value === from.value ? '持平' : down ? '上升' : '下降'}`,
    span: { start, end: start + m[0].length },
    fixes: [],
    related: run.map((f) => ({ span: f.span, message: `逐年数值：${figureText(doc, f)}` })),
  });
}

/** The one series of the sentence: "分别为A、B、C", or values each labelled with its year, the years rising one by one. */
function yearlyValues(doc: ReportDocument, sentence: FigureSentence, figs: Figure[]): Figure[] | undefined {
  const listed = seriesIn(doc, figs, figs.length - 1, (f) => isCount(f) || isLevel(f));
  if (listed) {
    // A series of years, not of kinds ("三类案件分别为…"): its years are named before it.
    const opening = doc.norm.slice(Math.max(sentence.span.start, listed[0].span.start - MAX_SERIES_WORDS), listed[0].span.start);
    if (!YEARS_NAMED.test(opening)) return undefined;
    return seriesIn(doc, figs, figs.indexOf(listed[0]) - 1, (f) => isCount(f) || isLevel(f)) ? undefined : listed;
  }
  const labelled = figs.map((f) => ({ f, year: YEAR_LABEL.exec(doc.norm.slice(f.span.start - f.before.length, f.span.start))?.[1] }))
    .filter((x) => x.year !== undefined);
  if (labelled.length < 2 || labelled.length !== figs.filter((f) => isCount(f) || isLevel(f)).length) return undefined;
  return labelled.every((x, j) => j === 0 || Number(x.year) === Number(labelled[j - 1].year) + 1) ? labelled.map((x) => x.f) : undefined;
}
