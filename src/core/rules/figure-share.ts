// figure/share — "其中在线办证3404件，占同期办证总量的48%" against part ÷ total, and the shares of one total
// ("优秀卷25.6%，合格卷70.6%，不合格卷3.8%") adding up to 100% within rounding.
import { firstIndexFrom } from '../collections';
import { alternatives, ANSWER_GRADE, CASE_KIND, GRADE_WORDS, LOWEST_GRADE, HEADCOUNT_UNITS, NEGATION_WORDS, DECREASE_WORDS, INCREASE_WORDS, PEOPLE_SPLITS, PEOPLE_SPLIT_OPEN, exclusivePair, REMAINDER_WORDS, SCOPE_WORDS, TOTAL_CUE, VALID_PART, nounWithoutService, SERVICE_NUMBER } from '../lexicon';
import {
  arePartitionPair, asidesOf, CASE_OUTCOME, CLOSED_OR_ANSWERED, commonPrefix, INTAKE_COUNTERS, MAX_LOOKBACK, countText, mainFigures, figureLabel, figureText, isExactCount, isRoundedDownCount, judgeRounding, numeralFor, percentInterval, priorFigures,
  percentsJoinedFrom, sameUnitKind, show, summandsOf, summedFigure, type Figure, type FigureIndex, type FigureSentence,
} from '../figures';
import { closedBase, kindWholeBase, closingTotal, leadNamedBase, countedBase, earlierWhole, framedBase, hasOwnShare, isEarlierValue, holdsAllButOne, namesPartScope, wholeBase, totalsBefore, namedBase, namedBases, nounBase, nounCount, nounKey, samePeriod, statedUnder, paragraphOf, summedBase, uniqueValue, verbFramedBase, verbOf, ownVerbBase, NAMED_REACH, SUBSET_LEAD } from '../bases';
import { defineCodes, report, type Rule, type RuleContext } from '../rule';
import { TABLES, type Cell } from '../tables';
import type { Finding, ReportDocument } from '../types';
import { CHANNELS, kindOf } from '../kinds';
import { SECTOR_STRUCTURE, SECTOR_STRUCTURE_TERMS } from '../partitions';
import { inOrderWithin } from '../text';

const CODE = 'figure/share';

// "占同期办证总量的48%", "占比48%", "占全市的48%" — not 占地/占用/占有.
// Not 占地 (land taken), 占用, 占有, 占据 — but 占地方财政收入 is a share of 地方财政收入, 占地区生产总值 of 地区生产总值, 占有效来信
// of 有效来信.
const SHARE_BEFORE = /占(?!地(?!方|区)|用|有(?!效)|据)(?:到|了)?([^占]*?)(?:的|比|比例)?\s*(?:达到|达|为|约为|约)?\s*$/;
const NAMED_TOTAL = /总|全部|所有/;
const FRAMED_SHARE = /^\s*在([^，,；;。0-9０-９在]{2,16})中(?:所)?占(?:比|比例|比重)(?:为|达|约为)?\s*$/;
// A total named by no noun of its own ("占总数的", "占全部…") — unlike 生产总值, a noun.
const GENERIC_TOTAL = /总数|总量|总额|总计|全部|所有|^总$/;
// The total of a noun: "工单总量", "诉求总数".
const TOTAL_OF = /^([\u4e00-\u9fff]{2,8}?)(?:总数|总量|总额)$/;
// The same with 总 first: "总投诉", "总案件量".
const OF_TOTAL = /^总([\u4e00-\u9fff]{2,6}?)(?:数|量)?$/;
// Who told the news ("刘某在国家消防救援局新闻发布会上介绍，"): no body of the count after it.
const SOURCE_CLAUSE = /^[^。]*?(?:介绍|表示|指出|获悉|了解到|显示|透露|通报)\s*[，,：:]/;
// A body named before a count: the count is that body's ("市法律援助中心办理…") — 所 of a 司法所, not of 所有, 所属 ….
const BODY_WORDS = /局|中心|院|所(?!有|属|在|述|以|得)|委员会|办公室|部门|机构|机关/;
// "投诉量", "全市转办量": the amount of what a count counts (not 总量: that is TOTAL_OF's).
const COUNTED_OF = /^(?:全[省市县区镇]|本[市县区镇])?(?!总)([\u4e00-\u9fff]{2,6}?)(?<!总)量$/;
// All of a noun: "全部诉求", "所有来电" — the whole count of 诉求, else (as "全部案件") the one whole of its paragraph.
const ALL_OF = new RegExp(`^(?:全部|所有)((?:${SERVICE_NUMBER})?[\\u4e00-\\u9fff]{2,8})$`);
// A percent with nothing but a verb before it, continuing a 占 clause.
const BARE_VERB = /^\s*(达到|达|为|约为|约)\s*$/;
// A share hedged before its 占 ("约占", "大约占").
const HEDGE = /^(?:大约|约)$/;
const AMONG = /^\s*中\s*$/;
const AMONG_OPENING = /^\s*在/;
const AMONG_NOUN = /^[\u4e00-\u9fff]{1,12}中\s*$/;
// "审理的1460件（包括…）行政复议案件中": a count of cases named by what was done to them, its noun (and an aside) after it.
const AMONG_DONE = /的\s*$/;
// …or the count opening its clause, scope words at most before it ("615件建议中，", "全年1200件诉求中，").
const AMONG_LEAD = new RegExp(`^\\s*(?:${alternatives(SCOPE_WORDS)})*\\s*$`);
const ASIDES = /[(（][^()（）]*[)）]/g;

/**
 * A count its parts are taken from: "新受理的行政复议151件中，", "在市本级213.14万件诉求中，", "审理的320件（包括…）行政复议
 * 案件中，", "615件建议中，".
 */
function takenFrom(t: Figure): boolean {
  return AMONG.test(t.after) || ((AMONG_OPENING.test(t.before) || AMONG_DONE.test(t.before) || AMONG_LEAD.test(t.before)) && AMONG_NOUN.test(t.after.replace(ASIDES, '')));
}
const CHANGE = /较|比上年|比去年|同比|增|降|提高|提升|上升|减少/;
const PLACE_WORDS = /全市|全区|全县|全省|全国|同期|全年|当年|本年度|本年|今年|我市|我区|我县|前三季度|第?[一二三四]季度|[上下]半年/g;
// A share in a list of categories is a short noun phrase and a percent: no rate, no change.
const NOT_A_CATEGORY = new RegExp(`率|${alternatives([...INCREASE_WORDS, ...DECREASE_WORDS])}|同比|环比|较|达到|达|超过|[0-9０-９]`);
const MAX_CATEGORY_WORDS = 16;
// Beyond this a list of percents is not meant as a partition (overlapping groups such as 党员/女性), and two
// percents may well be a subset; a slip in a partition of three or more categories is small.
const PARTITION_SLACK = 5;
const MIN_CATEGORIES = 3;
// A list that names the rest ("其他类占3.22%") is every category: a slip in one share may move the sum this far.
const COMPLETE_SLACK = 20;
// Classes of one classification cannot overlap: any sum over 100% is a slip (one digit swapped, 15% → 51%), up to twice
// the whole — beyond, two lists run together.
const CLASS_SLACK = 100;
const REMAINDER = new RegExp(`^(?:${REMAINDER_WORDS})`);
const JOINED_REST = new RegExp(`[及或和与](?:${REMAINDER_WORDS})`);

const CODES = defineCodes({
  'figure/share': {
    severity: 'error',
    fixable: true,
    description: '占比核算：“占……X%”应等于部分与总数之比；同一总数的各部分占比之和应为100%（允许舍入误差）',
    descriptionEn: 'Shares: "占…X%" must equal part ÷ total; the shares of one total must add up to 100% within rounding',
  },
});

export const figureShare: Rule = {
  id: CODE,
  codes: CODES,
  meta: {
    description: '占比核算：“占……X%”应等于部分与总数之比；同一总数的各部分占比之和应为100%（允许舍入误差）',
    descriptionEn: 'Shares: "占…X%" must equal part ÷ total; the shares of one total must add up to 100% within rounding',
  },
  check(doc, ctx) {
    const index = ctx.figures();
    const out: Finding[] = [];
    // Shares no total in their own sentence explains: looked up across sentences afterwards.
    const loose: LooseShare[] = [];
    // Sums of sorted shares over 100%: reported only where no share of theirs is found wrong on its own (one slip, one finding).
    const sorted: Finding[] = [];
    // Every sentence: a structure of bare numbers ("11.6:42.7:49.7") holds no figure, so its sentence is not among the index's.
    for (const sentence of doc.sentences) {
      if (sentence.text.includes('产业')) out.push(...sectorShares(doc, sentence.span));
      if (sentence.text.includes('结构')) out.push(...structureShares(doc, sentence.span));
    }
    for (const sentence of index.sentences) {
      // Every check of a sentence reads a share (a percent, maybe in an aside): a sentence without one has none.
      if (!sentence.figures.some((id) => index.figures[id].percent)) continue;
      const figures = mainFigures(sentence);
      // Parts already given a share, with the population that share names ('' for a bare 占比).
      const shared: Shared = { populations: new Map() };
      const found: Finding[] = [];
      // "A、B、C分别为…件、…件、…件，分别占…%、…%、…%": shares paired with their parts by position, judged as a list.
      const respective = respectiveLists(doc, index, sentence, figures);
      const listed = new Set(respective.flatMap((l) => l.shares.map((f) => f.id)));
      for (const list of respective) found.push(...judgeRespective(doc, index, ctx, figures, list));
      for (const shares of namedRespective(doc, figures)) if (!listed.has(shares[0].id)) found.push(...unreachableShares(doc, index, shares, ctx));
      // Every share in document order, so that a part's share is known before its sibling's: the sentence's own, and those
      // in an aside right after their part ("咨询类3200件（占53.3%）").
      let i = 0;
      for (const id of sentence.figures) {
        const share = index.figures[id];
        if (!share.inParens) i++;
        if (listed.has(id)) continue;
        const cue = share.inParens ? asideShareCue(doc, index, share) : share.percent ? shareCue(doc, index, sentence, share) : undefined;
        if (!cue) continue;
        const statedEarlier = (noun: string) => nounCount(index, share, noun);
        const finding = checkShare(doc, share, cue, priorFigures(figures, share.inParens ? i : i - 1), shared, loose, statedEarlier, ctx, share.inParens ? undefined : figures[i]);
        if (finding) found.push(finding);
      }
      // One slip, one finding: a partition whose share was already found wrong against its part is not repeated.
      const flagged = new Set(found.map((f) => f.span.start));
      const partitions = [...checkPartitions(doc, sentence, figures), ...asidePartitions(doc, index, figures), ...respective.flatMap((l) => respectiveSum(doc, l))];
      if (!partitions.length) sorted.push(...sortedShares(doc, sentence, figures));
      out.push(...found, ...partitions.filter((f) => !f.related.some((r) => flagged.has(r.span.start)) && !flagged.has(f.span.start)));
    }
    out.push(...acrossSentences(doc, index, ctx, loose));
    for (const table of ctx.analysis(TABLES)) out.push(...(checkTableShares(doc, table.rows, ctx) ?? checkTableSharesOfStated(doc, table.rows, ctx)));
    const judged = new Set(out.map((f) => f.span.start));
    out.push(...sorted.filter((f) => !judged.has(f.span.start) && !f.related.some((r) => judged.has(r.span.start))));
    return out;
  },
};

/**
 * The words that make a percent a share, and the segment they start in: its own ("占同期办证总量的48%"), or a segment
 * of their own right before it when the percent has only a verb ("占受理案件数比例最高，达92.71%").
 */
function shareCue(doc: ReportDocument, index: FigureIndex, sentence: FigureSentence, share: Figure): ShareCue {
  const aside = asideBefore(doc, index, share);
  const last = index.figures[share.id - 1];
  const bracketed = !aside && last?.inParens && last.sentence === share.sentence && last.parenOwner === undefined ? last : undefined;
  // "在服务类投诉中占比为51%": the population named in a frame before 占比 — read as "占服务类投诉的51%".
  const framed = FRAMED_SHARE.exec(share.before);
  const own = { text: framed ? `占${framed[1]}的` : share.before, segment: share.segment, aside, bracketed };
  const previous = sentence.segments[share.segment - 1];
  if (!BARE_VERB.test(share.before) || !previous) return own;
  const words = doc.text.slice(previous.span.start, previous.span.end);
  // "占比较上年有所提高，达90%" speaks of a change, not of the share.
  return /^\s*占/.test(words) && !/[0-9０-９]/.test(words) && !CHANGE.test(words) ? { text: `${words.trim()}${share.before}`, segment: share.segment - 1 } : own;
}

/**
 * A percent alone in the aside right after an exact count is that count's share: "咨询类3200件（占53.3%）", "（占全部诉求的
 * 53.3%）", "（53.3%）". Read as if the aside were a clause of its own after the count.
 */
function asideShareCue(doc: ReportDocument, index: FigureIndex, share: Figure): ShareCue | undefined {
  const paired = pairedInAside(doc, index, share);
  if (paired) return { text: '占比', segment: share.segment, aside: paired };
  if (!share.percent || share.parenOwner === undefined) return undefined;
  const owner = index.figures[share.parenOwner];
  const part = subsetInAside(doc, index, share);
  if (part && isExactCount(owner)) return { text: doc.norm.slice(part.span.end, share.span.start).replace(/^\s*[，,]\s*/, ''), segment: owner.segment, aside: part };
  if ((index.asides.get(share.parenOwner)?.length ?? 0) !== 1) return undefined;
  const words = share.before.trim();
  if (!isExactCount(owner) || !(words === '' || /^占/.test(words)) || !/^\s*[)）]/.test(share.after)) return undefined;
  return { text: words || '占比', segment: owner.segment };
}

/**
 * "共办理法律援助案件600件（其中刑事案件240件，占比40%）": the 其中 count right before a bare share in an aside of the
 * total — the first count of the aside, so the part of the total the aside opens with; or a later item of that list, each
 * item so far a count of the first's kind and its share ("（其中，投诉8875件，占比65.94%，举报1263件，占比9.38%，咨询3321件，
 * 占比24.67%）").
 */
function subsetInAside(doc: ReportDocument, index: FigureIndex, share: Figure): Figure | undefined {
  const count = index.figures[share.id - 1];
  if (!count?.inParens || count.parenOwner !== share.parenOwner || !isExactCount(count) || !COUNT_THEN_SHARE.test(doc.norm.slice(count.span.end, share.span.start))) return undefined;
  const asides = asidesOf(index, index.figures[share.parenOwner as number]);
  const first = asides[0];
  if (!first || !isExactCount(first) || !/^\s*其中/.test(first.before)) return undefined;
  const at = asides.indexOf(count);
  // Counts and their shares in turn up to this one.
  const inTurn = at >= 0 && at % 2 === 0 && asides.slice(0, at).every((f, k) => (k % 2 === 0 ? isExactCount(f) && sameUnitKind(f, first) : f.percent && !f.change));
  return inTurn ? count : undefined;
}

// "住房保障类（793件，占比17.36%）": an aside holding a count and its share, nothing else.
const ASIDE_OPEN = /[(（]\s*$/;
const COUNT_THEN_SHARE = /^\s*[，,]\s*(?:占比|占|所占比例|比例)\s*(?:为|达)?\s*$/;

/** The count an aside pairs with its share ("（793件，占比17.36%）"), when the aside holds nothing else. */
function pairedInAside(doc: ReportDocument, index: FigureIndex, share: Figure): Figure | undefined {
  const count = index.figures[share.id - 1];
  if (!share.percent || !count?.inParens || count.sentence !== share.sentence || !isExactCount(count) || !/^\s*[)）]/.test(share.after)) return undefined;
  const between = doc.text.slice(count.span.end, share.span.start);
  return ASIDE_OPEN.test(doc.text.slice(count.span.start - 4, count.span.start)) && COUNT_THEN_SHARE.test(between) ? count : undefined;
}

interface ShareCue {
  text: string;
  segment: number;
  /** The count in brackets right before 占, which is the part: "以上五类案件（644件）占行政机关败诉案件的70%". */
  aside?: Figure;
  /** The count in brackets inside the 占 phrase, which may be the total: "占全年办案总量（400件）的35%". */
  bracketed?: Figure;
}

const ASIDE_THEN_SHARE = /^\s*[)）]\s*占[^0-9０-９]*$/;

function asideBefore(doc: ReportDocument, index: FigureIndex, share: Figure): Figure | undefined {
  const f = index.figures[share.id - 1];
  return f?.inParens && f.sentence === share.sentence && !f.subsetCue && f.segment === share.segment && isExactCount(f) && ASIDE_THEN_SHARE.test(doc.norm.slice(f.span.end, share.span.start)) ? f : undefined;
}

// A rate and the words that state it, closing the words before its figure ("审批时限压缩比达", "满意率为").
const RATE_WORDS = /[\u4e00-\u9fff]{0,4}(?:率|比|比例|比重)(?:为|是|达到?)?\s*$/;
const MIN_OWN_SUBJECT = 4;

/**
 * "2474项事项…，行政许可类事项审批时限压缩比达89%，其中，不见面审批事项…": a rate with a subject of its own ("行政许可类
 * 事项") between a count and a 其中 part may be of the whole the 其中 breaks down, whose count is not stated.
 */
function rateOfOwnSubject(f: Figure): boolean {
  if (!f.percent || f.change) return false;
  const m = RATE_WORDS.exec(f.before);
  return !!m && (f.before.slice(0, m.index).match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= MIN_OWN_SUBJECT;
}

// A population named as a whole: 总数, 总量, 全部…, 起数.
const NAMES_WHOLE = /总数|总量|总额|全部|起数/;
const SHARE_OF_WHOLE_WORDS = /占[^，,；;。0-9]{0,24}?(?:总数|总量|总额|全部)/;

/** The count's own share right after it (past other measures of it: "25.8万起，亡1317人，分别占总数的91.8%、…") is of a whole. */
function isShareOfWhole(index: FigureIndex, t: Figure): boolean {
  for (let id = t.id + 1; id < index.figures.length && index.figures[id].sentence === t.sentence; id++) {
    const f = index.figures[id];
    if (f.percent) return SHARE_OF_WHOLE_WORDS.test(f.before);
    if (sameUnitKind(f, t) || f.subsetCue) return false;
  }
  return false;
}

/** A share whose part is known but whose total its own sentence does not state. */
interface LooseShare {
  share: Figure;
  part: Figure;
  /** The population the 占 phrase names, place words removed ('' for a bare 占比). */
  named: string;
  /** The same, as written ("全省受理案件总数"). */
  population: string;
  /** The share of the list's first item, whose population a bare share takes ("…，占全部诉求的40%；投诉类2400件，占30%"). */
  sibling?: Figure;
}

function checkShare(
  doc: ReportDocument, share: Figure, cue: ShareCue, prior: Figure[], shared: Shared,
  loose: LooseShare[], statedEarlier: (noun: string) => Figure | undefined, ctx: RuleContext, next?: Figure,
): Finding | undefined {
  if (!share.percent || share.approx || share.number.percentPoint) return undefined;
  const m = SHARE_BEFORE.exec(cue.text);
  if (!m) return undefined;
  // "所占比重为35%" names no population: 比重 is the share itself. "总投诉数量" is "总投诉量".
  let named = m[1].replace(PLACE_WORDS, '').replace(/^比[重量]$/, '').replace(/数量/g, '量').trim();
  const stated = statedTotal(doc, share, cue, prior);
  // "所占比例为35%", "其占比为": no subject of its own. Nor has "约占36.1%", a share computed to a decimal and hedged;
  // a hedged whole percent ("约占30%") may be rounded loosely and is not read.
  const lead = cue.text.slice(0, m.index).trim();
  if (HEDGE.test(lead) && share.decimals === 0) return undefined;
  const subject = lead.replace(/^(?:所|其)$/, '').replace(HEDGE, '');
  // "第一产业增加值占地区生产总值的比重为23.8%" with no count in its sentence: the part stated under that noun earlier.
  // "……，共占61.35%": a share said of the counts together.
  const together = TOGETHER.test(subject);
  const group = stated ? undefined : (subject && !together) ? groupBefore(doc, ctx.figures(), share, subject) : listedGroup(doc, share, prior, together) ?? (together ? bracketedGroup(doc, ctx.figures(), share) : undefined);
  if (group) {
    if (named && !verbOf(named)) loose.push({ share, part: group, named, population: m[1].trim() });
    return named ? undefined : bareGroupShare(doc, ctx, share, group);
  }
  const gathered = stated || !subject ? undefined : gatheredGroup(doc, share, subject, prior);
  if (gathered?.total && gathered.total.value > gathered.sum.value && namesTotal(named, gathered.total)) return judgeShare(doc, share, gathered.sum, [gathered.total], named, ctx);
  // With no total to judge it by, the items' own shares add up to it.
  const sharesGathered = stated || !subject ? undefined : gatheredShares(doc, share, subject, prior);
  if (sharesGathered) return sharesGathered;
  if (gathered) {
    if (named && !gathered.total) loose.push({ share, part: gathered.sum, named, population: m[1].trim() });
    return undefined;
  }
  const part = stated?.part ?? cue.aside ?? partOf(doc, cue.segment, subject, prior) ?? countAfterShare(share, prior, next) ??
    (prior.some(isExactCount) ? undefined : statedEarlier(subject));
  if (!part || !isExactCount(part)) return undefined;
  // "占全年同类警情的29%": each part's own kind, counted over another whole — only the count of that kind stated under the
  // part's own name elsewhere is its base.
  if (SAME_KIND.test(named)) return sameKindShares(doc, ctx.figures(), ctx, [share], [part], m[1].trim())[0];
  const sibling = named || stated ? undefined : namedSibling(part, share, shared.list);
  // A share its sibling's count explains may be of that count, written without 其中 ("政策咨询类1600件，占50%"): no guess.
  if (sibling && ofSibling(share, part, sibling.items.slice(-MAX_SIBLINGS).map((s) => s.part), ctx)) return undefined;
  if (sibling) named = sibling.population.replace(PLACE_WORDS, '').trim();
  const population = sibling?.population ?? m[1].trim();
  // "占全国人口的比重为62.0%" and "占全国人口的19.8%" name one population.
  const sameAs = populationKey(population);
  shared.populations.set(part.id, population);
  if (sibling) {
    sibling.items.push({ part, share });
    sibling.sum += share.value;
    sibling.slack += 0.5 * 10 ** -share.decimals;
  } else if (population) shared.list = { population, items: [{ part, share }], sum: share.value, slack: 0.5 * 10 ** -share.decimals };
  // A count with its own share of the same population is a sibling category, not the total: "行政处罚类数量最多，
  // 共349件，占比31%；其次为投诉举报类296件，占比27%" (349 is marked 共, yet both are shares of the year's cases).
  // "其中咨询类3200件，占比40%；投诉类2400件，占比30%；…": an item after a 其中 item, of the same population (named alike or
  // not at all), nothing but their shares between, is its sibling, of the same total.
  // After an item read against the count right before it ("被申请复议31件，维持19件，占61.3%；驳回10件，占32.3%；…"), a
  // sibling must still fit in that count with the items before it — and one whose share is of the first item's count
  // ("审结36件，占72%；维持20件，占55.6%": 20÷36) is that item's part: no guess.
  const bare = shared.bare;
  const held = bare?.held;
  const siblingOfSubset = !stated && !part.subsetCue && bare && bare.named === named && sameUnitKind(bare.last, part) &&
    prior.every((f) => f.id <= bare.last.id || f.id >= part.id || f.percent) && (!held || (held.sum + part.value <= bare.totals[0].value && itemsAlike(held.first, part))) ? bare.totals : undefined;
  if (siblingOfSubset && held && ofSibling(share, part, [held.first], ctx)) return undefined;
  // "市长信箱收到来信960封，占来信总量的48%，其中网上来信620封；县长信箱…300封，占来信总量的15%": a 其中 part of a count
  // with its own share of the same population is that sibling's part, no total of this one.
  const partOfSibling = (t: Figure) => prior.some((g) => g.id < t.id && shared.populations.has(g.id) && populationKey(shared.populations.get(g.id) as string) === sameAs);
  // "共611件，结案率为100%，占全区总量的11.27%；…共立案532件，占全区总量的9.81%": a count followed by its own share of the same
  // whole (read or not) is a sibling, no total.
  const sharedAfter = (t: Figure) => {
    if (!population) return false;
    // Its own: past nothing but percents (its rates), before any other count.
    for (const g of prior) {
      if (g.id <= t.id || g.id >= part.id) continue;
      if (!g.percent) return false;
      if (g.before.includes(population)) return true;
    }
    return false;
  };
  // A count with a bare share of its own ("农村地区火灾…共计53.4万起，占比为58.8%；…因电气故障引发29.3万起、占比为32.3%") is one
  // more sibling of a list of shares of a named whole, no total of the next.
  // Last year's value stated for comparison ("148件，较上年的162件下降8.6%，其中…") is no total of this year's parts. Nor is a
  // count that is itself a share of a whole ("共4.5万起，占总数的70.0%；其中…0.8万起，占火灾总数的12.5%") the total of a
  // part's share of a whole: that is of the same whole, or of one the text does not give ("占全部较大火灾起数的"). Nor is
  // a 其中 item with a share of its own the total of a later item of its list ("其中民事案件198件，占…94.3%；刑事案件12件，
  // 占法律援助案件的5.7%"), unless a 其中 of its own opens that item.
  const totals = stated ? [stated.total] : siblingOfSubset ?? prior.filter((t) => {
    const own = shared.populations.get(t.id);
    return t.id < part.id && isExactCount(t) && !isEarlierValue(t) && sameUnitKind(t, part) && t.value > part.value && namesTotal(named, t) && !narrowedAway(named, part, t) &&
      (own === undefined || populationKey(own) !== sameAs) && !(sibling && own === '') && !sharedAfter(t) && !(t.subsetCue && partOfSibling(t)) && !(t.subsetCue && own !== undefined && !part.subsetCue) &&
      !(NAMES_WHOLE.test(population) && isShareOfWhole(ctx.figures(), t)) &&
      !(part.subsetCue && prior.some((g) => g.id > t.id && g.id < part.id && rateOfOwnSubject(g))) && !closesSplit(ctx.figures(), t) &&
      !(t.sentence < part.sentence - 1 && breaksDownUncounted(doc, ctx.figures(), part)) && !otherThingPast(doc, t, part);
  });
  // A bare "占X%" right after "50宗，审结36宗" is of the one count just before its part, cue or not — in the part's own
  // segment too when the two are all it counts ("上年度建议35件已经解决或基本解决28件，占80.0%").
  const adjacentTotal = !named && totals.length === 1 && totals[0].sentence === part.sentence &&
    ((totals[0].final && totals[0].segment === part.segment - 1) || (totals[0].segment === part.segment && part.final && totals[0].id === part.id - 1 && !part.inParens && !totals[0].inParens));
  if (!stated && (part.subsetCue || siblingOfSubset) && totals.length > 0) {
    shared.bare = { totals, last: part, named, held: siblingOfSubset && held ? { sum: held.sum + part.value, first: held.first } : undefined };
  } else if (!stated && adjacentTotal) shared.bare = { totals, last: part, named, held: { sum: part.value, first: part } };
  // "其中农民工4890名，追发金额6105万元，占89.2%": the money of a 其中 item is a part too — unless the share is the item's
  // own count's share ("占91.8%" of 5327名), which the writer may have put after the money.
  const measured = part.subsetCue ? undefined : subsetItemBefore(doc, part, prior);
  if (measured && ofSibling(share, measured, prior.filter((f) => f.id < measured.id), ctx)) return undefined;
  // "新受理的行政复议151件中，……140件": a count followed by 中 is the total its parts are taken from.
  // "在市本级213.14万件诉求中，求助类86.16万件占比40.42%": likewise after 在, with the noun before 中.
  if (!stated && !siblingOfSubset && (totals.length === 0 || !(part.subsetCue || measured || totals.some((t) => t.totalCue || (takenFrom(t) && sharesPlace(population, t)) || namedAs(named, t)) || adjacentTotal))) {
    // A bare share with no total before it, or one naming its total by a verb ("占受理案件总数") or by the noun it is stated
    // under ("占一般公共预算收入的48.51%"), may find it elsewhere; so may a bare one after counts none of which is marked as its total ("抽取100宗…，评估结果为：优秀14宗，占比14%；…"):
    // its run is judged only against a count its parts add up to, or the total its items agree on.
    // Not a share after a 、-list ("住房类1200件、交通类980件、教育类770件，占来电总量的20%"): its last item is no part.
    const listed = prior.some((f) => f !== part && f.clause === part.clause);
    if (totals.length === 0 || verbOf(named) || !named || !listed) loose.push({ share, part, named, population, sibling: sibling?.items[0].share });
    return undefined;
  }
  return judgeShare(doc, share, part, totals, named, ctx);
}

/**
 * "共审结一审行政案件426件。新收一审行政案件数占全省收案总数的8.2%。其中，……新收198件，占41%": a sentence opening with 其中
 * breaks down what the sentence right before it is about; when that sentence states figures but no count of the kind
 * of the 其中 sentence's first count (the part), the whole is not given, and no count further back is it.
 */
function breaksDownUncounted(doc: ReportDocument, index: FigureIndex, part: Figure): boolean {
  const own = index.sentences[part.sentence];
  if (part.sentence === 0 || own.main.find((f) => !f.percent && sameUnitKind(f, part)) !== part || !SUBSET_LEAD.test(doc.sentences[own.docSentence].text)) return false;
  const before = index.sentences[part.sentence - 1];
  return before.docSentence === own.docSentence - 1 && before.paragraph === own.paragraph &&
    !before.main.some((f) => !f.percent && sameUnitKind(f, part));
}


// The words between a 其中 item's count and the next count of it: a noun naming the measure ("，追发金额", "，涉案金额").
const SUBSET_ITEM_MEASURE = /^[\s，,]*[\u4e00-\u9fff]{1,6}(?:为|达)?\s*$/;

/**
 * "其中农民工4890名，追发金额6105万元": a count measured in other units right after a 其中 item's count, with only a noun
 * between, is a second measure of that item — a part like it, not a total of its own.
 */
function subsetItemBefore(doc: ReportDocument, part: Figure, prior: Figure[]): Figure | undefined {
  const item = prior.find((f) => f.id === part.id - 1);
  return item && item.subsetCue && !item.inParens && !item.percent && item.sentence === part.sentence &&
    item.segment === part.segment - 1 && !sameUnitKind(item, part) && SUBSET_ITEM_MEASURE.test(doc.text.slice(item.span.end, part.span.start)) ? item : undefined;
}

/** Two items of one list: outcomes of cases both ("维持19件", "驳回复议申请10件"), or categories named alike ("…类"). */
function itemsAlike(a: Figure, b: Figure): boolean {
  return (CASE_OUTCOME.test(a.before) && CASE_OUTCOME.test(b.before)) || (categoryOf(a) !== '' && categoryOf(a) === categoryOf(b));
}

/** The parts given a share in a sentence so far: the population each names ('' for a bare 占比), and the list of the last named one. */
interface Shared {
  populations: Map<number, string>;
  list?: NamedList;
  /**
   * The totals the last bare 其中 item (or item right after its total) was judged against, and the last item of its list:
   * its siblings' too. `held`: for a list after its total with no 其中, the parts so far and the first.
   */
  bare?: { totals: Figure[]; last: Figure; named: string; held?: { sum: number; first: Figure } };
}

/** Items sharing one named population: the first names it, the bare ones after it take it. */
interface NamedList {
  population: string;
  items: { part: Figure; share: Figure }[];
  /** The items' shares added up, and their rounding. */
  sum: number;
  slack: number;
}

// The earlier items a bare share is compared with: a list of categories is a few dozen at most.
const MAX_SIBLINGS = 16;

/**
 * "咨询类3200件，占全部诉求的40%；投诉类2400件，占30%；…": a bare share after a sibling's share of a named population is of
 * that population too — never of the sibling's count. Not a 其中 part of the sibling ("咨询类3200件，占全部诉求的40%，其中政策
 * 咨询1600件，占50%" is of 3200), nor a share that would make the list's shares add up to more than 100%.
 */
function namedSibling(part: Figure, share: Figure, list: NamedList | undefined): NamedList | undefined {
  const first = list?.items[0];
  if (!list || !first || first.part.id >= part.id || (part.subsetCue && !first.part.subsetCue)) return undefined;
  // "参与提案的委员403人，占委员总数的68%；涉及经济建设方面的提案290件，占36.3%；…": people beside things, no sibling.
  if (HEADCOUNT_UNITS.includes(first.part.unit) !== HEADCOUNT_UNITS.includes(part.unit)) return undefined;
  return list.sum + share.value <= 100 + list.slack + 0.5 * 10 ** -share.decimals ? list : undefined;
}

// What may stand before a paragraph's first count that heads it: white space, an item's number ("1.", "（二）").
const HEADLINE_LEAD = /^[\s\u3000]*(?:[0-9]{1,2}[.．、]|[（(][一二三四五六七八九十0-9]{1,3}[）)])?[\s\u3000]*$/;

/**
 * "2606个撤并村通公路（2013—2017年）。……累计解决了2585个撤并村通公路，占总计划的99.2%": the count that opens the part's
 * paragraph, the task it heads named after it, is the plan a share of 总计划 is of — of the part's kind, and larger.
 */
function headlineTarget(doc: ReportDocument, index: FigureIndex, part: Figure): Figure | undefined {
  const paragraph = paragraphOf(index, part);
  // The paragraph's first sentence with figures: back from the part's, within the paragraph.
  let first: number | undefined;
  for (let k = part.sentence; k >= 0 && index.sentences[k].paragraph === paragraph; k--) first = index.sentences[k].figures[0] ?? first;
  const f = first === undefined ? undefined : index.figures[first];
  if (!f || f === part || f.percent || !isExactCount(f) || !sameUnitKind(f, part) || f.value <= part.value) return undefined;
  const block = doc.blocks[paragraph];
  return block && HEADLINE_LEAD.test(doc.norm.slice(block.span.start, f.span.start)) && f.after.trim().length >= 2 ? f : undefined;
}

// A population that is a plan or a target ("总计划", "年度目标任务", "计划任务").
const PLAN_POPULATION = /计划|目标|任务/;

// How many figures back a plan's other counts are sought (a bounded scan per share).
const MAX_PLAN_COUNTS_BACK = 40;

/** The exact counts of the share's paragraph before it, other than the part and the totals it was judged against. */
function paragraphCountsBefore(index: FigureIndex, share: Figure, part: Figure, totals: Figure[]): Figure[] {
  const paragraph = paragraphOf(index, share);
  const out: Figure[] = [];
  const first = Math.max(0, share.id - MAX_PLAN_COUNTS_BACK);
  for (let id = share.id - 1; id >= first && paragraphOf(index, index.figures[id]) === paragraph; id--) {
    const f = index.figures[id];
    if (f !== part && !f.percent && isExactCount(f) && !totals.some((t) => t.value === f.value)) out.push(f);
  }
  return out;
}

/** The numbers a count's words hold without a measure word ("…交办件35236共承办" → 35236). */
function unreadInWords(words: string): number[] {
  return [...words.matchAll(/(?<![0-9.])[0-9]{2,}(?![0-9.%％年月日号])/g)].map((m) => Number(m[0]));
}

// The fewest characters of a named population matched in a count's words (inOrderWithin).
const MIN_NAMED_KEY = 4;

/** Whether the share is the part's share of one of the counts (within rounding or truncation). */
function ofSibling(share: Figure, part: Figure, counts: Figure[], ctx: RuleContext): boolean {
  return counts.some((c) => {
    const ratio = c.value > part.value && sameUnitKind(c, part) ? percentInterval(part, c) : undefined;
    return !!ratio && judgeRounding(share.value, share.decimals, ratio.low, ratio.high, ctx.options.rounding) !== 'mismatch';
  });
}

// The words of a named population that only say it is a whole ("受理总数" → 受理).
const WHOLE_TAIL = /的?(?:总数|总量|总额|总和|数量|数)?$/;

/**
 * "开庭审理案件90件，负责人出庭85件，占开庭审理案件的94.4%", "受理138件，……占受理总数的50%": the population the share names is
 * what the count is stated as — the words before it end so.
 */
function namedAs(named: string, total: Figure): boolean {
  // "占总事项的97%": all of the 事项 counted, which the total is stated as.
  const population = populationKey(named);
  const key = (OF_TOTAL.exec(population)?.[1] ?? population).replace(WHOLE_TAIL, '');
  // ("公共财政预算收入完成13.68亿元": the verb of a plan's completion after the noun names nothing.)
  return key.length >= 2 && total.before.replace(PLACE_WORDS, '').replace(TOTAL_CUE, '').trim().replace(COMPLETED, '').endsWith(key);
}

const COMPLETED = /(?:完成|实现)$/;

const SHARE_NOUN_TAIL = /的?(?:比重|比例|占比)?的?$/;

/** The population a 占 phrase names, without the share's own noun ("全国人口的比重" → "全国人口"). */
function populationKey(population: string): string {
  return population.replace(SHARE_NOUN_TAIL, '');
}

/** The share against the totals it may be of: silent when any explains it, else a finding against the likeliest. */
function judgeShare(doc: ReportDocument, share: Figure, part: Figure, totals: Figure[], named: string, ctx: RuleContext): Finding | undefined {
  // A count of the part's own value is the part stated again ("（一）…受理诉求12.5万件。……受理诉求12.5万件，占比45%"), no total
  // of it — unless the share is all of it.
  const candidates = share.value === 100 ? totals : totals.filter((total) => total.value !== part.value || !sameUnitKind(total, part));
  const verdicts = candidates.map((total) => {
    const ratio = percentInterval(part, total);
    return { total, ratio, verdict: ratio ? judgeRounding(share.value, share.decimals, ratio.low, ratio.high, ctx.options.rounding) : 'match' };
  });
  const held = verdicts.find((v) => v.ratio && v.verdict === 'match');
  if (held?.ratio) {
    ctx.noteHeld({
      code: CODE, spans: [share.span, part.span, held.total.span],
      message: `占比与部分、总数相符：${figureText(doc, part)}÷${figureText(doc, held.total)}=${show(held.ratio.exact, 2)}%，文中为${figureText(doc, share)}`,
    });
  }
  if (verdicts.length === 0 || verdicts.some((v) => v.verdict === 'match')) return undefined;
  if (verdicts.some((v) => explainedByCutCounts(share, part, v.total, ctx))) return undefined;
  // Balanced rounding moves a share by less than a unit of its last digit, up or down (largest remainders).
  if (verdicts.some((v) => roundedToWhole(ctx.figures(), share, v.total))) return undefined;
  // "50万人高山生态扶贫搬迁。……累计下达搬迁计划53.8万人，累计完成42.3万人，占总计划的84.6%": a share of a plan that
  // another count stated before it in the paragraph gives exactly — the plan the writer meant may be that one (a
  // headline's target, a plan revised).
  if (PLAN_POPULATION.test(named) && ofSibling(share, part, paragraphCountsBefore(ctx.figures(), share, part, totals), ctx)) return undefined;
  // "涉及农民工的法律援助案件2188件，…；办结农民工法律援助案件1762件，占农民工法律援助案件量的81%": a count of the paragraph
  // named as the population the share names, which gives it, is the base meant.
  const key = populationKey(named).replace(/的?(?:总数|总量|数量|量|数)$/, '');
  const namedCounts = key.length >= MIN_NAMED_KEY ? paragraphCountsBefore(ctx.figures(), share, part, []).filter((c) => c.value > part.value && sameUnitKind(c, part) && inOrderWithin(key, c.before) && !namesPartScope(c.before)) : [];
  if (ofSibling(share, part, namedCounts, ctx)) return undefined;
  // "共接收交办件35236共承办30636件。……共接收交办件12262件，占总数的34.8%": a number written without its measure word in a
  // total's words, which gives the share, may be the total meant.
  if (verdicts.some((v) => unreadInWords(v.total.before).some((n) => n > part.value && judgeRounding(share.value, share.decimals, (part.value / n) * 100, (part.value / n) * 100, ctx.options.rounding) !== 'mismatch'))) return undefined;
  const truncated = verdicts.find((v) => v.verdict === 'truncation');
  // The total the share names ("占受理案件总数" → 立案受理15件) before the one marked as a total (共收到申请16件).
  const echoing = verdicts.map((v) => ({ v, score: echoScore(named, v.total) })).sort((a, b) => b.score - a.score)[0];
  // …and one such count of the paragraph that does not give it, before any total read.
  const namedCount = namedCounts.length === 1 ? { total: namedCounts[0], ratio: percentInterval(part, namedCounts[0]) } : undefined;
  const chosen = (namedCount?.ratio ? namedCount : undefined) ?? truncated ?? (echoing?.score ? echoing.v : undefined) ?? verdicts.find((v) => v.total.totalCue) ?? verdicts[verdicts.length - 1];
  const exact = chosen.ratio?.exact ?? 0;
  const want = show(exact, share.decimals);
  const shareText = figureText(doc, share);
  const partText = countText(doc, part);
  const arithmetic = `${partText}÷${figureText(doc, chosen.total)}=${show(exact, 2)}%`;
  // In the part's own precision: "2.2亿元" → 2.1亿元, not 2亿元.
  const needed = show((share.value / 100) * chosen.total.value / part.number.multiplier, part.decimals);
  const message = truncated
    ? `占比应四舍五入为${want}%：${partText}÷${figureText(doc, chosen.total)}=${show(exact, share.decimals + 2)}%，文中${shareText}是截尾而非四舍五入`
    : `占比与部分、总数不符：${arithmetic}，应为${want}%，文中为${shareText}（按${shareText}计，部分约应为${needed}${part.unit === '%' ? '' : scaleWord(part) + part.unit}）`;
  return report(CODE, {
    severity: truncated ? 'warning' : 'error',
    message,
    span: share.span,
    fixes: [{ kind: 'choice', title: `将占比改为${want}%（${partText}÷${figureText(doc, chosen.total)}）`, edits: [{ span: share.numeralSpan, newText: numeralFor(share, exact) }] }],
    related: [
      { span: part.span, message: `部分：${summandsOf(part) ? partText : figureLabel(doc, part)}` },
      { span: chosen.total.span, message: `总数：${figureLabel(doc, chosen.total)}` },
    ],
  });
}

/**
 * "共接收投诉1.35万件……群众互联网填写2351件，占比17.32%" (13572 written 1.35万): a count written short may have been cut
 * after its last digit rather than rounded, so it stands for up to a whole last digit more than written.
 */
function explainedByCutCounts(share: Figure, part: Figure, total: Figure, ctx: RuleContext): boolean {
  // Of three digits or more ("1.35万", not "2.5亿": cut after two digits a count could be almost anything near).
  const cut = (f: Figure) => (f.halfUlp > 0 && !isRoundedDownCount(f) && f.value >= MIN_CUT_DIGITS_VALUE * 2 * f.halfUlp ? 2 * f.halfUlp : f.halfUlp);
  if (cut(total) === total.halfUlp && cut(part) === part.halfUlp) return false;
  const low = (Math.max(0, part.value - part.halfUlp) / (total.value + cut(total))) * 100;
  const highWhole = total.value - total.halfUlp;
  const high = highWhole > 0 ? ((part.value + cut(part)) / highWhole) * 100 : Infinity;
  return judgeRounding(share.value, share.decimals, low, high, ctx.options.rounding) === 'match';
}

// A count cut after its last digit is taken as such only when written to three digits or more (1.35万: 135 units of 0.01万).
const MIN_CUT_DIGITS_VALUE = 100;

// At least this many shares rounded together to a whole of exactly 100%.
const MIN_BALANCED = 3;

/**
 * "5000件咨询中，政策咨询3180件，占64%；办事咨询1690件，占33%；投诉130件，占3%": shares rounded so that they add up to exactly 100% —
 * each within a unit of its last digit of its exact value (33.8% written 33%, 12.54% written 12.6%), every count of the
 * sentence followed by its share, the counts adding up to the total — are the writer's balanced rounding, no error.
 */
function roundedToWhole(index: FigureIndex, share: Figure, total: Figure): boolean {
  const main = mainFigures(index.sentences[share.sentence]);
  const pairs: { part: Figure; share: Figure }[] = [];
  for (let j = 1; j < main.length; j++) {
    if (main[j].percent && !main[j - 1].percent && isExactCount(main[j - 1]) && sameUnitKind(main[j - 1], total)) pairs.push({ part: main[j - 1], share: main[j] });
  }
  if (pairs.length < MIN_BALANCED || !pairs.some((p) => p.share === share)) return false;
  let shares = 0;
  let parts = 0;
  for (const p of pairs) {
    shares += p.share.value;
    parts += p.part.value;
  }
  const unit = 10 ** -share.decimals;
  return Math.abs(shares - 100) < 1e-9 && parts === total.value &&
    pairs.every((p) => p.share.decimals === share.decimals && Math.abs(p.share.value - (p.part.value / total.value) * 100) < unit);
}

// Nothing but the total's noun, 的 and a verb between a total written inside the 占 phrase and the share ("占全部103件
// 建议的83.5%").
const AFTER_STATED_TOTAL = /^\s*[)）]?\s*(?:[\u4e00-\u9fff]{1,6}的|的)?\s*(?:比重|比例)?\s*(?:达到|达|为|约为|约)?\s*$/;

/**
 * "已完成投资2.2亿元，占年计划2.5亿元的88%": the total written inside the share's own 占 phrase, its part the figure
 * right before 占 (in the same segment, or ending the one before).
 */
function statedTotal(doc: ReportDocument, share: Figure, cue: ShareCue, prior: Figure[]): { part: Figure; total: Figure } | undefined {
  const total = cue.bracketed ?? prior[prior.length - 1];
  const part = prior[prior.length - (cue.bracketed ? 1 : 2)];
  if (cue.segment !== share.segment || !total || !part || total.segment !== share.segment) return undefined;
  // The 占 between the part and the total (a search back from the total alone would run to the document's start).
  const between = doc.text.slice(part.span.end, total.span.start);
  const zhan = between.lastIndexOf('占');
  if (zhan < 0 || /[0-9０-９]/.test(between.slice(zhan))) return undefined;
  if (!AFTER_STATED_TOTAL.test(doc.text.slice(total.span.end, share.span.start))) return undefined;
  if (!(part.segment === share.segment || (part.segment === share.segment - 1 && part.final))) return undefined;
  return isExactCount(total) && sameUnitKind(part, total) && total.value > 0 ? { part, total } : undefined;
}

// A list named as a group: "位居前三的…", "排名前五位的…", "以上三类…", "上述…".
const GROUP = /(?:前|以上|上述|这)([二三四五六七八九十两0-9]*)(?:位|名|类|项|个)?(?:的|是|为)?[\u4e00-\u9fff]{0,8}[：:]?\s*$/;
// …or introduced as the main ones: "问题主要有：", "主要集中在", "依次为".
const LIST_LEAD = /(?:主要有|主要是|主要为|主要集中在|集中在|依次为|依次是)[：:]?\s*$/;
// The least a list introduced so must hold for its share to be read as theirs together.
const MIN_LED_ITEMS = 3;
// Said of the counts together: "共占", "合计占".
const TOGETHER = /^(?:共|合计|共计|累计|总计)$/;
const GROUP_COUNTS: Record<string, number> = { 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * "位居前三的工单：交通类783件、城建类579件、政法类562件，占工单总量的77%": the share of a group named before a list (、 or ，) that
 * ends the clause before the share is of the list's sum — the one figure it stands for (its span over the list, its value
 * the sum). Only when the group's size, if written, is the list's length; a list led as the main ones ("主要集中在：") of
 * three items or more, or any list whose share is said of them together ("共占"), is a group too.
 */
function listedGroup(doc: ReportDocument, share: Figure, prior: Figure[], together: boolean): Figure | undefined {
  const items: Figure[] = [];
  for (let k = prior.length - 1; k >= 0; k--) {
    const f = prior[k];
    const next = items[0] ?? share;
    // Joined by 、 (one clause) or by ， (a clause each): the last item ends the clause before the share.
    const listedOn = next === share ? f.clause === share.clause - 1 : f.clause === next.clause || f.clause === next.clause - 1;
    if (!listedOn || !f.lone || !f.final || !isExactCount(f) || f.segment !== next.segment - 1) break;
    items.unshift(f);
  }
  const first = items[0];
  if (items.length < 2 || !items.every((f) => f.unit === first.unit && f.number.multiplier === first.number.multiplier)) return undefined;
  const opening = doc.norm.slice(Math.max(0, first.span.start - first.before.length - 20), first.span.start - first.before.length);
  const g = GROUP.exec(opening);
  if (g) return g[1] && (GROUP_COUNTS[g[1]] ?? Number(g[1])) !== items.length ? undefined : groupSum(items);
  return together || (items.length >= MIN_LED_ITEMS && LIST_LEAD.test(opening)) ? groupSum(items) : undefined;
}

/**
 * "投诉量较大的区县主要有：榆次区(4628件)、开发区(1179件)、平遥县(679件)，合计占比81.15%": counts each in brackets after its name,
 * joined by 、/，and nothing else, right before a share said of them together: their sum is its part.
 */
function bracketedGroup(doc: ReportDocument, index: FigureIndex, share: Figure): Figure | undefined {
  const items: Figure[] = [];
  for (let id = share.id - 1; id >= 0; id--) {
    const f = index.figures[id];
    const next = items[0] ?? share;
    if (f.sentence !== share.sentence || !f.inParens || !isExactCount(f)) break;
    // Only a name between two brackets ("、平遥县市场监督管理局("), only the closing one and the lead before the share.
    const between = doc.norm.slice(f.span.end, next === share ? share.span.start : next.span.start);
    if (!(next === share ? BRACKET_THEN_SHARE : BRACKET_THEN_NAME).test(between)) break;
    items.unshift(f);
  }
  const first = items[0];
  if (items.length < 2 || !items.every((f) => f.unit === first.unit && f.number.multiplier === first.number.multiplier)) return undefined;
  return groupSum(items);
}

const BRACKET_THEN_NAME = /^\s*[)）]\s*[、，,]\s*[^0-9０-９()（），,。；;]{1,24}[(（]\s*$/;
// (A stray 、 before the comma, "食品安全(105件)、,合计占比…", as some pages have it.)
const BRACKET_THEN_SHARE = /^\s*[)）]\s*、?\s*[，,]\s*[^0-9０-９()（），,。；;]{0,12}$/;

/**
 * "投诉主要集中在：住房类1200件、交通类980件、教育类770件，占比49.5%": the bare share of a group is of the one whole count
 * in an earlier sentence of the paragraph that can hold the group — silent when the last item alone gives it (the share
 * may be that item's) or when two counts could be the whole.
 */
function bareGroupShare(doc: ReportDocument, ctx: RuleContext, share: Figure, group: Figure): Finding | undefined {
  const items = summandsOf(group) as Figure[];
  const index = ctx.figures();
  // Past rival counts, or a paragraph back: the whole whose noun the list's lead names ("投诉量较大的问题主要有：").
  const first = items[0];
  const lead = doc.norm.slice(index.sentences[first.sentence].span.start, first.span.start - first.before.length);
  const base = earlierWhole(doc, index, ctx, items) ?? leadNamedBase(doc, index, ctx, items, lead);
  if (!base || base.value <= group.value || givesShare({ share, part: items[items.length - 1], named: '', population: '' }, base, ctx)) return undefined;
  return judgeShare(doc, share, group, [base], '', ctx);
}

// A sentence opening by pointing back at so many items ("上述五类诉求", "以上3项").
const GROUP_BACK = /^(?:上述|以上|前述)([二三四五六七八九十两]|[2-9])(?:类|项|个)/;

/**
 * "…农林水利类279件，占比9.79%；市场管理类218件，占比7.65%。上述五类诉求占三季度工单总量的58.32%": a share whose sentence
 * opens by pointing back at n items is of the sum of the sentence before's last n counts of one unit (its other figures
 * shares or changes of them) — each the first count of its clause, the sentence the share's paragraph's.
 */
function groupBefore(doc: ReportDocument, index: FigureIndex, share: Figure, subject: string): Figure | undefined {
  const g = GROUP_BACK.exec(subject);
  const own = index.sentences[share.sentence];
  const before = index.sentences[share.sentence - 1];
  if (!g || !before || before.paragraph !== own.paragraph || before.docSentence !== own.docSentence - 1) return undefined;
  const n = GROUP_COUNTS[g[1]] ?? Number(g[1]);
  // Nothing counted before the share in its sentence but the items pointed back at ("五类").
  if (own.figures.some((id) => id < share.id && index.figures[id].value !== n)) return undefined;
  const counts = before.main.filter((f) => !f.percent && !f.change);
  const items = counts.slice(-n);
  const first = items[0];
  if (items.length !== n || n < 2 || items.some((f) => !isExactCount(f) || f.unit !== first.unit || f.number.multiplier !== first.number.multiplier)) return undefined;
  // Each item opens its clause: nothing counted between it and the item before but their shares and changes.
  for (let k = 1; k < n; k++) if (index.figures.slice(items[k - 1].id + 1, items[k].id).some((f) => !f.percent && !f.change)) return undefined;
  return groupSum(items);
}

/** The one figure a group of counts stands for: its span over them, its value their sum. */
function groupSum(items: Figure[]): Figure {
  return summedFigure(items, { start: items[0].span.start - items[0].before.length, end: items[items.length - 1].span.end });
}

// The subject of a share that gathers the counts just listed: "上述三类案件共", "以上三类", "这两项合计", "两类投诉举报".
const GROUP_SUBJECT = /^(?:上述|以上|这)?([二三四五六七八九十两0-9]+)(?:类|项|种|个|罪)[\u4e00-\u9fff]{0,6}?(?:共计|合计|共|累计)?$/;

/**
 * "其中行政处罚类120件，行政许可类80件，信息公开类50件，上述三类案件共占70%": the share of the group its subject names is of
 * the sum of the counts listed right before it — exactly as many as it says, of one unit, nothing else between — and of
 * the 共 total before them when its sentence states one (nothing but that total may stand before them in the sentence).
 */
function gatheredGroup(doc: ReportDocument, share: Figure, subject: string, prior: Figure[]): { sum: Figure; total?: Figure } | undefined {
  const g = GROUP_SUBJECT.exec(subject);
  const n = g ? GROUP_COUNTS[g[1]] ?? Number(g[1]) : 0;
  // Not the count of the group's kinds in the subject itself ("上述3类"), nor the items' own shares ("…1351件，占61.6%；…").
  const listed = prior.filter((f) => f.segment < share.segment && !f.percent);
  const items = listed.slice(-n);
  const first = items[0];
  if (n < 2 || items.length !== n || !items.every((f) => isExactCount(f) && f.unit === first.unit && f.number.multiplier === first.number.multiplier)) return undefined;
  // Every count listed since the total: "上述两类" after three categories names no two of them for sure. A figure of
  // another kind is none of them ("位列前三位的分别是…": 三位 is the rank).
  const total = listed.slice(0, -n).filter((f) => sameUnitKind(f, first)).pop();
  if (total && !(total.totalCue && isExactCount(total) && sameUnitKind(total, first))) return undefined;
  return { sum: groupSum(items), total };
}

// The share of an item, stated after its count: "占比68.97%", "占8.62%", or bare in a clause of its own ("3件，5.17%").
const ITEM_SHARE = /^(?:占(?:比|比重)?(?:为|达)?)?\s*$/;

/**
 * "起诉40人，占比68.97%，起诉…5件，占比8.62%，起诉…3件，5.17%，三罪合计占86.76%": the share of the group its subject names
 * is the sum of the shares of the items listed right before it, exactly as many as it says.
 */
function gatheredShares(doc: ReportDocument, share: Figure, subject: string, prior: Figure[]): Finding | undefined {
  const g = GROUP_SUBJECT.exec(subject);
  const n = g ? GROUP_COUNTS[g[1]] ?? Number(g[1]) : 0;
  const listed = prior.filter((f) => f.segment < share.segment);
  if (n < 2 || listed.length < 2 * n) return undefined;
  // Count, share, count, share …: each item's share right after its count.
  const items = listed.slice(-2 * n);
  const shares: Figure[] = [];
  for (let k = 0; k < items.length; k += 2) {
    const [count, own] = [items[k], items[k + 1]];
    if (count.percent || !isExactCount(count) || !own.percent || own.approx || own.number.percentPoint || own.change || !ITEM_SHARE.test(own.before)) return undefined;
    shares.push(own);
  }
  const sum = shares.reduce((t, f) => t + f.value, 0);
  const tolerance = shares.reduce((t, f) => t + f.halfUlp, 0) + share.halfUlp + 1e-9;
  if (Math.abs(sum - share.value) <= tolerance) return undefined;
  const decimals = Math.max(share.decimals, ...shares.map((f) => f.decimals));
  const want = show(sum, decimals);
  return report(CODE, {
    message: `合计占比与各项占比之和不符：${shares.map((f) => figureText(doc, f)).join('+')}=${want}%，文中为${figureText(doc, share)}`,
    span: share.span,
    fixes: [{ kind: 'choice', title: `将合计占比改为${want}%（各项之和）`, edits: [{ span: share.numeralSpan, newText: want }] }],
    related: shares.map((f) => ({ span: f.span, message: `部分：${figureLabel(doc, f)}` })),
  });
}

// How the sum a group stands for is written in messages: "(783件+579件+562件)".

/**
 * The part a share is of: "3404件，占…48%" — the figure just before 占 (same segment, or ending the segment before);
 * "优秀卷390卷，…，优秀卷占32.5%" — the earlier figure that counts what the share names before 占.
 */
function partOf(doc: ReportDocument, segment: number, subject: string, prior: Figure[]): Figure | undefined {
  const last = prior[prior.length - 1];
  if (!last) return undefined;
  if (last.segment === segment) return last;
  if (subject) {
    const key = nounKey(subject);
    for (let k = prior.length - 1; k >= 0; k--) if (prior[k].metric === subject || nounKey(statedUnder(prior[k])) === key) return prior[k];
    // "税收收入累计完成8039万元，税收占比92.02%": a subject that shortens the noun the count just before is stated under —
    // a change clause of that count may stand between ("增加值290.6亿元，比上年增长1.5%；民营经济占GDP的比重为66.2%").
    const changed = last.change && prior.length > 1 && last.segment === segment - 1;
    const count = changed ? prior[prior.length - 2] : last;
    // …or names it without the words that narrow it ("其中部门联合抽查38项，联合抽查占比39.6%").
    const noun = nounKey(statedUnder(count));
    return count.segment === (changed ? last.segment : segment) - 1 && count.final && subject.length >= 2 &&
      (noun.startsWith(key) || (key.length >= MIN_SHORTENED_TAIL && noun.endsWith(key))) ? count : undefined;
  }
  // "税务部门完成13866万元，占调整预算100.93%，占一般公共预算收入的48.51%", "税收收入11136万元，同比增长5%，占……": the
  // count's other shares and its change may stand between it and the share, each a clause of its own.
  let k = prior.length - 1;
  let at = segment;
  // …and so may a rate of its own ("共611件，结案率为100%，占全区总量的11.27%").
  while (k > 0 && prior[k].segment === at - 1 && prior[k].lone && (isShareClause(prior[k]) || prior[k].change || isRateClause(prior[k]))) at = prior[k--].segment;
  const part = prior[k];
  return part.segment === at - 1 && (part.final || countFirst(part)) ? part : undefined;
}

// The shortest ending of a count's noun a share's subject may name it by ("联合抽查" of "部门联合抽查"): not a bare "案件".
const MIN_SHORTENED_TAIL = 3;

// What may follow a count written before its noun: the noun, maybe after 为 ("有400名为专业律师", "10949名法律顾问为专业律师").
// A grade may end it, in a letter ("20个街道的服务评价等级为A（90分以上）": its aside set aside).
const NOUN_AFTER_COUNT = /^\s*(?:为|是)?[\u4e00-\u9fff（）()“”]{1,30}[A-Za-z]?$/;
// …but not another measure: a rate, a change, a share of its own, an act done with it ("400名参加培训"), nor the
// approximation of the count ("9件多", "400人左右").
const NOT_A_NOUN = /率|占|同比|增长|下降|增加|减少|较|达|参加|开展|办理|受理|完成|^\s*(?:多|余|左右|以上|上下|许)/;

/** "其中，有400名为专业律师，占比90%": a count alone in its clause, written before the noun it counts. */
function countFirst(f: Figure): boolean {
  const after = f.after.replace(ASIDES, '');
  return f.lone && NOUN_AFTER_COUNT.test(after) && !NOT_A_NOUN.test(after);
}

/** A percent that is a rate of the figure before it: "结案率为100%". */
function isRateClause(f: Figure): boolean {
  return f.percent && /^\s*[\u4e00-\u9fff]{1,6}率(?:为|达到|达|是)?\s*$/.test(f.before);
}

/** A percent that is a share of the figure before it: "占调整预算100.93%". */
function isShareClause(f: Figure): boolean {
  return f.percent && /^\s*占/.test(f.before);
}

function scaleWord(f: Figure): string {
  const m = f.number.multiplier;
  return m === 1e4 ? '万' : m === 1e8 ? '亿' : '';
}

// How many characters before the named population in the part's words are read as its qualifier ("网购投诉" → 网购).
const MAX_QUALIFIER = 4;
const PART_CUE = /^.*(?:其中|包括|含)/;

/**
 * "共接收网购投诉举报20965件；其中网购投诉15475件，占投诉的55.5%": the part is the population its share names (投诉)
 * narrowed by a qualifier (网购), so the share is of that population whole — a total that carries the qualifier too is
 * the narrowed one, not the one named ("涉企行政复议案件80件，占行政复议案件的25%" after "受理行政复议案件320件" is judged).
 */
function narrowedAway(named: string, part: Figure, total: Figure): boolean {
  const own = part.before.replace(PLACE_WORDS, '').trim();
  if (named.length < 2 || !own.endsWith(named)) return false;
  const qualifier = own.slice(Math.max(0, own.length - named.length - MAX_QUALIFIER), own.length - named.length).replace(PART_CUE, '');
  for (let k = 0; k + 2 <= qualifier.length; k++) {
    const word = qualifier.slice(k, k + 2);
    if (total.before.includes(word) && !named.includes(word)) return true;
  }
  return false;
}

/** "占比" names nothing; "占同期办证总量" names a total; otherwise the named population must echo the total's words. */
function namesTotal(named: string, total: Figure): boolean {
  if (!named || NAMED_TOTAL.test(named)) return true;
  const words = total.before.replace(PLACE_WORDS, '');
  // "占有效举报的76%": the valid part of an intake is no count that does not say it is valid.
  if (VALID_PART.test(named) && !words.includes('有效')) return false;
  for (let k = 0; k + 2 <= named.length; k++) if (words.includes(named.slice(k, k + 2))) return true;
  return false;
}

// Characters of a named total that say nothing about which count it is.
const GENERIC_TOTAL_CHARS = /[总数量额的之全部所有件项个类]/g;

/** How many characters of the named population ("受理案件总数" → 受理案) the total's own words carry. */
function echoScore(named: string, total: Figure): number {
  const words = total.before.replace(PLACE_WORDS, '');
  return [...new Set(named.replace(GENERIC_TOTAL_CHARS, ''))].filter((c) => words.includes(c)).length;
}

// ---------------------------------------------------------------------------------------------------------------
// Tables

// A share column's header ("占比", "比例（%）", "百分比(%)"), a total row's label ("总计", "合计").
const SHARE_HEADER = /^(?:占比|比例|比重|所占比例|百分比)(?:\s*[(（]\s*%\s*[)）])?$/;
const TOTAL_ROW = /^(?:总计|合计|总数|全部|共计)$/;
const TABLE_COUNT = /^(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)$/;
const TABLE_SHARE = /^([0-9]+(?:\.([0-9]+))?)\s*%?$/;

/**
 * A table with a share column ("责任单位 | 转派工单 | 占比 | …") right after a count column, and a total row ("总计 | 18113 |
 * 100% |"): each row's share against its count ÷ the total — only when the counts of the other rows add up to the total
 * exactly and its share is 100% (the columns are read as written, not shifted by a lost cell).
 */
/** Undefined when the table has no share column beside a total row (checkTableSharesOfStated's). */
function checkTableShares(doc: ReportDocument, grid: Cell[][], ctx: RuleContext): Finding[] | undefined {
  const cell = (c: Cell) => cellText(doc, c);
  const header = grid[0].map(cell);
  const s = header.findIndex((h) => SHARE_HEADER.test(h));
  const rows = grid.slice(1).filter((r) => r.length === header.length);
  const totalRows = rows.filter((r) => TOTAL_ROW.test(cell(r[0])));
  if (totalRows.length === 0) return undefined;
  if (s < 2 || totalRows.length !== 1 || rows.length < 3) return [];
  const total = totalRows[0];
  const parts = rows.filter((r) => r !== total);
  const count = (r: Cell[]) => (TABLE_COUNT.test(cell(r[s - 1])) ? Number(cell(r[s - 1]).replace(/,/g, '')) : NaN);
  const whole = count(total);
  const sum = parts.reduce((t, r) => t + count(r), 0);
  if (!(whole > 0) || sum !== whole || Number(TABLE_SHARE.exec(cell(total[s]))?.[1]) !== 100) return [];
  // Shares nudged within a unit of their last digit so that they add up to exactly 100 are the writer's balanced rounding.
  const balanced = Math.abs(parts.reduce((t, r) => t + Number(TABLE_SHARE.exec(cell(r[s]))?.[1] ?? NaN), 0) - 100) < 1e-9;
  const out: Finding[] = [];
  for (const row of parts) {
    const stated = TABLE_SHARE.exec(cell(row[s]));
    if (!stated) continue;
    const exact = (count(row) / whole) * 100;
    const decimals = stated[2]?.length ?? 0;
    if (judgeRounding(Number(stated[1]), decimals, exact, exact, ctx.options.rounding) !== 'mismatch') continue;
    if (balanced && Math.abs(Number(stated[1]) - exact) < 10 ** -decimals) continue;
    const want = show(exact, decimals);
    out.push(report(CODE, {
      message: `占比与部分、总数不符：表中“${cell(row[0])}”一行，${header[s - 1]}${row[s - 1].text}÷${cell(total[0])}${total[s - 1].text}=${show(exact, 2)}%，应为${want}%，文中为${row[s].text}`,
      span: row[s].span,
      fixes: [{ kind: 'choice', title: `将占比改为${want}%（${row[s - 1].text}÷${total[s - 1].text}）`, edits: [{ span: { start: row[s].span.start, end: row[s].span.start + stated[1].length }, newText: want }] }],
      related: [
        { span: row[s - 1].span, message: `部分：${row[0].text}${row[s - 1].text}` },
        { span: total[s - 1].span, message: `总数：${total[0].text}${total[s - 1].text}` },
      ],
    }));
  }
  return out;
}

const cellText = (doc: ReportDocument, c: Cell) => doc.norm.slice(c.span.start, c.span.end).replace(/\s+/g, '');
// A column of shares of a whole the text states ("占全市总量", "占比").
const SHARE_OF_STATED_HEADER = /^(?:占[\u4e00-\u9fff]{0,8}?(?:总量|总数)(?:的?比[例重])?|占比|比例|比重)(?:[(（]%[)）])?$/;
// The rows that must give their share of the stated total exactly, beside at most one that does not.
const MIN_TABLE_FITS = 3;

/**
 * "全市共接收投诉举报25000件。" then a table of places with a column "占全市总量" and no total row: the shares are of the one
 * whole count stated right before the table (共…, 全市…). When every row but one gives its share of it exactly, from one of the
 * count columns, that row is wrong.
 */
function checkTableSharesOfStated(doc: ReportDocument, grid: Cell[][], ctx: RuleContext): Finding[] {
  const header = grid[0].map((c) => cellText(doc, c));
  const s = header.findIndex((h) => SHARE_OF_STATED_HEADER.test(h));
  const rows = grid.slice(1).filter((r) => r.length === header.length && TABLE_SHARE.test(cellText(doc, r[s] ?? r[0])));
  if (s < 2 || rows.length < MIN_TABLE_FITS + 1) return [];
  const whole = statedBeforeTable(doc, ctx, grid[0][0].span.start);
  if (!whole) return [];
  for (let c = 1; c < s; c++) {
    const counts = rows.map((r) => cellText(doc, r[c]));
    if (!counts.every((v) => TABLE_COUNT.test(v))) continue;
    const misfits = rows.filter((r, k) => {
      const stated = TABLE_SHARE.exec(cellText(doc, r[s]))!;
      const exact = (Number(counts[k].replace(/,/g, '')) / whole.value) * 100;
      return judgeRounding(Number(stated[1]), stated[2]?.length ?? 0, exact, exact, ctx.options.rounding) === 'mismatch';
    });
    if (misfits.length === 0) return [];
    if (misfits.length > 1 || rows.length - misfits.length < MIN_TABLE_FITS) continue;
    const row = misfits[0];
    const stated = TABLE_SHARE.exec(cellText(doc, row[s]))!;
    const decimals = stated[2]?.length ?? 0;
    const exact = (Number(cellText(doc, row[c]).replace(/,/g, '')) / whole.value) * 100;
    const want = show(exact, decimals);
    const wholeText = figureText(doc, whole);
    return [report(CODE, {
      message: `占比与部分、总数不符：表中“${row[0].text}”一行，${header[c]}${row[c].text}÷${wholeText}=${show(exact, 2)}%，应为${want}%，文中为${row[s].text}（其他各行均按${wholeText}计）`,
      span: row[s].span,
      fixes: [{ kind: 'choice', title: `将占比改为${want}%（${row[c].text}÷${wholeText}）`, edits: [{ span: { start: row[s].span.start, end: row[s].span.start + stated[1].length }, newText: want }] }],
      related: [{ span: row[c].span, message: `部分：${row[0].text}${row[c].text}` }, { span: whole.span, message: `总数：${wholeText}` }],
    })];
  }
  return [];
}

/** The whole count (共…, 全…) closing the text right before a table: the last figure before it, in the paragraph before. */
function statedBeforeTable(doc: ReportDocument, ctx: RuleContext, start: number): Figure | undefined {
  const index = ctx.figures();
  let last: Figure | undefined;
  // Back from the first figure ending past the table's start.
  for (let id = firstIndexFrom(index.figures, start + 1, (f) => f.span.end) - 1; id >= 0 && !last; id--) {
    const f = index.figures[id];
    if (!f.percent && !f.inParens) last = f;
  }
  if (!last || !isExactCount(last) || !(last.totalCue || /^\s*全[省市县区]/.test(last.before))) return undefined;
  // Nothing but a caption between it and the table.
  return /^[^0-9０-９]{0,60}$/.test(doc.norm.slice(last.span.end, start)) ? last : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Across sentences

// How many figures back a count stated under the noun a share names as its whole is looked for (namesPartsThings).
const MAX_UNSTATED_LOOKBACK = 40;
// At least this many "N件，占比P%" items in a run imply their total by agreeing on it.
const MIN_IMPLYING = 3;

/**
 * The share names the whole of a noun ("占全国公证机构总数的") no count before it is stated under, two characters of which the
 * part's own words hold (公证处), the part opening a 其中 list: no verb, no level or place narrower than the whole ("占市本级受理案件
 * 总数的" is another count).
 */
function namesPartsThings(doc: ReportDocument, index: FigureIndex, l: LooseShare): boolean {
  const noun = TOTAL_OF.exec(populationKey(l.named).replace(/^(?:全[国省市县区]|我[省市县区])/, ''))?.[1];
  if (!noun || verbOf(l.named) !== undefined || /本级|[省市县区]级|[省市县区]直/.test(l.named)) return false;
  // Only a 其中 list's (its total stated before it, against which the run is judged).
  if (!l.part.subsetCue && !SUBSET_LEAD.test(doc.sentences[index.sentences[l.part.sentence].docSentence].text)) return false;
  for (let id = l.part.id - 1; id >= Math.max(0, l.part.id - MAX_UNSTATED_LOOKBACK); id--) {
    const f = index.figures[id];
    if (!f.percent && `${f.before}${f.metric}${f.after}`.includes(noun)) return false;
  }
  const own = statedUnder(l.part);
  for (let k = 0; k + 2 <= noun.length; k++) if (own.includes(noun.slice(k, k + 2))) return true;
  return false;
}

/**
 * Shares whose total their sentence does not state: one that names its total by a verb ("占受理案件总数的60%") takes the
 * count of that verb before it in the paragraph; bare ones ("行政处罚类200件，占比50%；…") are taken in runs, against the
 * count before them their parts add up to, else the 共 total closing the sentence before the run, else the total the
 * run's items agree on.
 */
function acrossSentences(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, loose: LooseShare[]): Finding[] {
  const out: Finding[] = [];
  const bare: LooseShare[] = [];
  // The base each named share was judged against: its bare siblings are of the same one.
  const found = new Map<number, Figure>();
  // Shares of a named population whose count the text does not give for sure ("占总量的58.2%" with 610 letters received
  // and 540 valid ones before, or the total paragraphs back): judged only by the total their items agree on.
  const unstated: LooseShare[] = [];
  // The population each count's own share names: a count with a share of the same population is a sibling, no base.
  const ownPopulation = new Map(loose.map((l) => [l.part.id, populationKey(l.population)]));
  // The base the last named share of a sentence was judged against: "占总数的" after "占火灾总数的" in it names the same one.
  let last: { sentence: number; named: string; base: Figure } | undefined;
  // The wholes named otherwise than any count stated (namesPartsThings): their shares are judged as bare ones.
  const demoted = new Set<string>();
  for (const l of loose) {
    if (!l.named) {
      bare.push(l);
      continue;
    }
    const elided = last && last.sentence === l.share.sentence && ELIDED_TOTAL.test(populationKey(l.named)) && onePopulation(last.named, l.named) ? last.base : undefined;
    // "1、咨询1188件，占受理总量65%；⏎2、投诉359件，占受理总量20%；": the same words in the item right after name the same whole.
    const repeated = !elided && last && last.named === l.named && nextItem(index, last.sentence, l.share.sentence) ? last.base : undefined;
    const candidate = (l.sibling && found.get(l.sibling.id)) || elided || repeated || namedLooseBase(doc, index, ctx, l) || restatedPartBase(doc, index, l);
    // ("民事类咨询121668人次，占全部咨询总数的80.6%；…其他方面咨询19841人次，占全部咨询13.1%": 总数 or not, one whole.)
    const own = candidate && ownPopulation.get(candidate.id);
    const owned = candidate && !(own !== undefined && ofOneWhole(own, populationKey(l.population))) ? candidate : undefined;
    // A base of 总X paragraphs back is taken only when another share of the same words near the part's paragraph (NAMED_REACH
    // paragraphs either way) gives it exactly ("…240件。⏎家用电器66件，占总投诉的27.50%；合同纠纷45件，占总投诉的21.25%"): a
    // count nearer may be the one meant
    // ("受理1054件，其中立案996件…。⏎…953件，占总案件的95.68%" is of the 996) — unless 总X names the verb the base is
    // stated under ("占总上报事件的" of "共上报事件6800件").
    const base = owned && (elided || repeated || paragraphOf(index, owned) === paragraphOf(index, l.part) || !OF_TOTAL.test(l.named.replace(/的?(?:比重|比例|份额)$/, '')) ||
      verbNamesBase(doc, l.named, owned) || loose.some((o) => o !== l && o.named === l.named && Math.abs(paragraphOf(index, o.part) - paragraphOf(index, l.part)) <= NAMED_REACH && givesShare(o, owned, ctx))) ? owned : undefined;
    if (!base) {
      // "全国共有公证处3146个。其中，…公证处有1553个，占全国公证机构总数的49.36%；事业体制的有1555个，占49.43%；…": a whole
      // named otherwise than the count stated (公证机构, 公证处), of the things the part counts, found nowhere: the share
      // goes with the bare ones after it, judged as a run.
      // (Its siblings after it, the same whole named or left to it, go along.)
      if (!candidate && (demoted.has(l.named) || namesPartsThings(doc, index, l))) {
        demoted.add(l.named);
        bare.push(l);
      } else if (!summandsOf(l.part)) unstated.push(l);
      continue;
    }
    if (base.value < l.part.value) continue;
    found.set(l.share.id, base);
    last = { sentence: l.share.sentence, named: l.named, base };
    const finding = judgeShare(doc, l.share, l.part, [base, ...rivalBases(index, l, base)], l.named, ctx);
    if (finding) out.push(finding);
  }
  for (const run of runsOf(doc, index, ctx, bare)) out.push(...judgeRun(doc, index, ctx, run, runBase(doc, index, ctx, run)));
  for (const run of runsOf(doc, index, ctx, unstated, ofOnePopulation).flatMap(byPopulation)) out.push(...judgeRun(doc, index, ctx, run, summedNamedBase(doc, index, ctx, run)));
  return out;
}

/**
 * "共收到委员提案80件，…经提案委员会审查立案78件。…解决的有53件，占提案总数68%": the other counts of the base's sentence
 * that name the population's noun too may be the whole meant (53÷78) — the share is judged against them all, silent when
 * any gives it.
 */
function rivalBases(index: FigureIndex, l: LooseShare, base: Figure): Figure[] {
  const noun = populationKey(l.named).replace(/总(?:数|量|额)?$/, '').slice(-2);
  if (noun.length < 2) return [];
  return mainFigures(index.sentences[base.sentence]).filter((f) => f !== base && !f.percent && !f.change && isExactCount(f) && sameUnitKind(f, base) &&
    f.value >= l.part.value && `${f.before}${f.metric}`.includes(noun));
}

/** Whether the sentence at `b` is the one right after the sentence at `a` (index.sentences) — a numbered item after another too. */
function nextItem(index: FigureIndex, a: number, b: number): boolean {
  return b === a + 1 && index.sentences[b].docSentence === index.sentences[a].docSentence + 1;
}

// From this many items on, two fifths of a run may miss the total its other items give exactly.
const MIN_LONG_RUN = 5;

/**
 * "全区共受理工单2848件。" (a paragraph or two before) "……人力资源和社会保障类487件，占比17.12%；住房与城乡建设类346件，占比12.17%；
 * 公共服务类331件，占比11.62%；……": a run of three or more shares whose total no words point at is of the one count stated
 * before it (up to a few paragraphs back in its section; a 其中 part or an unmarked count too) that all its items but at
 * most one give exactly — or, in a run of MIN_LONG_RUN or more, all but two fifths whose implied totals agree on none — the
 * items' own arithmetic names the total. Undefined when no count, or two of different values, fit so.
 */
function pointedBase(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, run: LooseShare[]): Figure | undefined {
  if (run.length < MIN_IMPLYING) return run.length === 2 ? pairPointedBase(doc, index, ctx, run) : undefined;
  const first = run[0].part;
  const fitting = totalsBefore(doc, index, ctx, first).filter((total) => {
    if (!holdsAllButOne(total, partsOf(run))) return false;
    const misfits = run.filter((l) => !givesShare(l, total, ctx));
    if (misfits.length <= 1) return run.length - misfits.length >= 2 && sharesFit(run);
    // A long run three fifths of whose items give their share of the total exactly names it, whatever the others' slips —
    // unless the others agree on another total (the shares were taken of some count the text does not give).
    return run.length >= MIN_LONG_RUN && misfits.length * 5 <= run.length * 2 && !agree(misfits.map((l) => impliedBy(l)));
  });
  return new Set(fitting.map((f) => f.value)).size === 1 ? fitting[fitting.length - 1] : undefined;
}

const MIN_BARE_PAIR_DECIMALS = 2;

/**
 * "全国消防救援队伍共接报处置各类警情244.4万起。⏎…火灾扑救83.7万起、占总数的34.3%，抢险救援44.2万起、占总数的18.1%": two
 * shares naming the whole (占总数的, 占总量的), none found in their paragraph, are of the one count before them (a few
 * paragraphs back in the section) that one of them gives to its last written digit — written to a tenth of a percent
 * at least, so that a count fits it by chance seldom; undefined when none or two of different values fit.
 */
function pairPointedBase(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, run: LooseShare[]): Figure | undefined {
  // Bare shares ("…331件，约占49.11%；…170件，约占25.22%") only when written to two decimals: a count fits such a share by
  // chance far less often.
  if (!run.every((l) => (ELIDED_TOTAL.test(populationKey(l.named)) && l.share.decimals >= 1) || (!l.named && l.share.decimals >= MIN_BARE_PAIR_DECIMALS))) return undefined;
  const fitting = totalsBefore(doc, index, ctx, run[0].part).filter((total) => total.value >= run[0].part.value + run[1].part.value && run.some((l) => givesShare(l, total, ctx)));
  return new Set(fitting.map((f) => f.value)).size === 1 ? fitting[fitting.length - 1] : undefined;
}

/**
 * "全年共接收消费者诉求6000件。其中，投诉类…件，占总受理量的…%；举报类…件，占总受理量的…%": items naming one population whose
 * words point at no count are of the count they add up to exactly (summedBase) — of the place they name, no category with a
 * share of its own, that the population names as a total (总…) or by its words ("占任务数的" is each part's own target).
 */
function summedNamedBase(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, run: LooseShare[]): Figure | undefined {
  const parts = partsOf(run);
  const base = summedBase(doc, index, ctx, parts) ?? summedNoun(doc, index, ctx, parts, TOTAL_OF.exec(run[0].named)?.[1]);
  return base && !hasOwnShare(index, base) && sharesPlace(run[0].population, base) && namesTotal(run[0].named, base) && !heldInOwnSentence(index, parts, base) ? base : undefined;
}

/**
 * "8件人大代表建议……7件，占承办总数的87.5%。12件政协委员提案……7件，占承办总数的58.34%，……1件，占承办总数的8.33%": a
 * count opening the parts' own sentence that can hold them is theirs; an earlier one they happen to add up to is not.
 */
function heldInOwnSentence(index: FigureIndex, parts: Figure[], base: Figure): boolean {
  const first = parts[0];
  if (base.sentence === first.sentence) return false;
  const sum = parts.filter((p) => p.sentence === first.sentence).reduce((t, p) => t + p.value, 0);
  return index.sentences[first.sentence].figures.some((id) => {
    const f = index.figures[id];
    return f.id < first.id && !f.percent && sameUnitKind(f, first) && f.value >= sum && !parts.includes(f);
  });
}

/**
 * "其中投诉6000件，……" (paragraphs back) "商品类投诉3300件，占投诉总量的55.00%。服务类投诉2700件，占投诉总量的
 * 45.00%": the one count up to a few paragraphs back stated under the noun of the total the items name, which they add up to
 * exactly (two items are enough: the noun names it).
 */
function summedNoun(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, parts: Figure[], noun: string | undefined): Figure | undefined {
  if (!noun || parts.length < 2) return undefined;
  let sum = 0;
  let slack = 1e-9;
  for (const p of parts) {
    sum += p.value;
    slack += p.halfUlp;
  }
  const fits = totalsBefore(doc, index, ctx, parts[0]).filter((f) => Math.abs(f.value - sum) <= slack + f.halfUlp && statedUnder(f).endsWith(noun) && samePeriod(doc, index, f, parts[0]));
  return new Set(fits.map((f) => f.value)).size === 1 ? fits[fits.length - 1] : undefined;
}

/** Whether the item's share is its part of the total (within rounding, truncation too). */
function givesShare(l: LooseShare, total: Figure, ctx: RuleContext): boolean {
  const ratio = percentInterval(l.part, total);
  return !!ratio && judgeRounding(l.share.value, l.share.decimals, ratio.low, ratio.high, ctx.options.rounding) !== 'mismatch';
}

/** Counts of one named population: of one kind, or of the things taken in, whatever the channel's counter. */
function ofOnePopulation(a: Figure, b: Figure): boolean {
  return sameUnitKind(a, b) || (INTAKE_COUNTERS.includes(a.unit) && INTAKE_COUNTERS.includes(b.unit));
}

// A total named by nothing but its being the whole: the short form of the total the item before named ("占案件总数的22.0%；
// ……占总数的35.6%").
const ELIDED_TOTAL = /^(?:总数|总量|总额)$/;

/** Whether two items name one population: the same words, or the second (or first) the short form of the other's total. */
/** Two populations named alike but for a closing 总数/总量 ("全部咨询总数", "全部咨询"). */
function ofOneWhole(a: string, b: string): boolean {
  const whole = (x: string) => x.replace(/(?:总数|总量|总额)$/, '');
  return whole(a) === whole(b);
}

function onePopulation(a: string, b: string): boolean {
  const [x, y] = [populationKey(a), populationKey(b)];
  return x === y || ofOneWhole(x, y) || (ELIDED_TOTAL.test(y) && x.endsWith(y)) || (ELIDED_TOTAL.test(x) && y.endsWith(x));
}

/** A run split where the population its shares name changes: "占总量的" items and "占投诉类的" items are of two totals. */
function byPopulation(run: LooseShare[]): LooseShare[][] {
  const parts: LooseShare[][] = [];
  run.forEach((l, k) => {
    if (k > 0 && onePopulation(l.named, run[k - 1].named)) parts[parts.length - 1].push(l);
    else parts.push([l]);
  });
  return parts;
}

/**
 * The total a share names by a verb ("占受理案件总数的60%": the whole count of that verb before it in the paragraph) or by a
 * noun ("占地方财政收入66.19%": the count stated under that noun; "占工单总量的77%": the whole count of 工单).
 */
const countedOf = (noun: string | undefined) => noun && nounWithoutService(noun);

/**
 * "（二）…全年受理行政许可申请2614件…。⏎（三）…全年共受理医疗纠纷调解申请126件。经调解，成功调解108件，占受理案件总数的85.7%":
 * of two counts of the verb, the one of the share's own paragraph — unless a count of the paragraphs before gives the share
 * (two bases fit: no guess).
 */
function nearestNamedBase(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, l: LooseShare, verb: string): Figure | undefined {
  const candidates = namedBases(doc, index, ctx, l.part, verb);
  const paragraph = paragraphOf(index, l.part);
  const own = candidates.filter((f) => paragraphOf(index, f) === paragraph);
  const base = uniqueValue(own);
  return base && !candidates.some((f) => paragraphOf(index, f) !== paragraph && givesShare(l, f, ctx)) ? base : undefined;
}

// A place named in a share's population ("占全市…的").
const NAMES_PLACE = /全市|全区|全县|全省|全国|我市|我区|我县/;

// How far back a restated part is looked for: a report states a few thousand figures.
const MAX_RESTATED_BACK = 2000;

/**
 * "一、…共受理投诉、举报、咨询、求助667件。其中，投诉483件，…" and, in a later section, "（一）…共受理投诉483件，占总受理量的
 * 72.41%": a part whose share names a whole by its verb, found nowhere near it, restates by value, counter and noun a 其中
 * part of a whole count of that verb earlier in the report — the whole it is a share of.
 */
function restatedPartBase(doc: ReportDocument, index: FigureIndex, l: LooseShare): Figure | undefined {
  const { part, named } = l;
  const verb = verbOf(named);
  const words = statedUnder(part);
  const noun = verb ? words.slice(words.lastIndexOf(verb) + verb.length) : '';
  if (!verb || noun.length < 2) return undefined;
  const wholes: Figure[] = [];
  for (let id = part.id - 1; id >= 0 && part.id - id <= MAX_RESTATED_BACK; id--) {
    const f = index.figures[id];
    if (f.sentence === part.sentence || f.value !== part.value || f.unit !== part.unit || !f.subsetCue || !f.before.includes(noun)) continue;
    // Its whole: the nearest count before it, in its sentence or the one before, larger and of its counter.
    for (let w = id - 1; w >= 0 && index.figures[w].sentence >= f.sentence - 1; w--) {
      const g = index.figures[w];
      if (g.percent || g.change || g.subsetCue || g.inParens || !sameUnitKind(g, part) || g.value <= part.value) continue;
      if (verbNamesBase(doc, named, g)) wholes.push(g);
      break;
    }
  }
  return uniqueValue(wholes);
}

// The words before a base its verb is looked for in: one clause, however long.
const MAX_VERB_CLAUSE = 60;

/** "占总上报事件的": the population names the verb of the count found for it (共上报事件6800件), which pins that count down. */
function verbNamesBase(doc: ReportDocument, named: string, base: Figure): boolean {
  const verb = verbOf(named);
  if (verb === undefined) return false;
  if (verbOf(statedUnder(base)) === verb) return true;
  // The verb of the base's clause, followed by kinds joined by 、 that may read as verbs themselves ("共受理投诉、举报、咨询、
  // 求助667件" is stated under 受理).
  const window = doc.norm.slice(Math.max(0, base.span.start - MAX_VERB_CLAUSE), base.span.start);
  const words = window.slice(window.search(/[^，,；;。：:]*$/));
  const at = words.lastIndexOf(verb);
  return at >= 0 && verbOf(words.slice(0, at + verb.length)) === verb && /^[\u4e00-\u9fff、和及]*$/.test(words.slice(at + verb.length));
}

function namedLooseBase(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, l: LooseShare): Figure | undefined {
  const verb = verbOf(l.named);
  if (verb) {
    // "其中，已审结案件487件，…。…维持…369件，占已审结案件的69.61%": with no whole count of the verb, a count stated under
    // exactly the words the share names (a 其中 part too).
    const base = namedBase(doc, index, ctx, l.part, verb) ?? nearestNamedBase(doc, index, ctx, l, verb) ?? nounBase(doc, index, ctx, l.part, l.named);
    if (base && sharesPlace(l.population, base)) return namesItsWords(l.named, verb, base) ? base : undefined;
    if (!NAMES_PLACE.test(l.population)) return undefined;
    // "各区县新收…2748件。其中，甲区收到…1105件，占全市新收行政复议申请总数的34.97%": past a nearer count of another
    // place, the one count marked with the place the share names (全市各级…3160件, paragraphs back).
    return uniqueValue(namedBases(doc, index, ctx, l.part, verb, true).filter((f) => sharesPlace(l.population, f) && namesItsWords(l.named, verb, f)));
  }
  // ("占全国幼儿园的比例83.00%" is named 幼儿园的: the 的 goes too.)
  const noun = l.named.replace(/的?(?:比重|比例|份额)$/, '').replace(/的$/, '');
  // "全年共检查定点医药机构2864家。…存在问题的机构682家，占检查总数的23.8%": the one count of an inspection verb earlier in
  // the paragraph, of the part's kind.
  const inspected = INSPECTED_TOTAL.exec(noun);
  if (inspected) {
    const base = inspectedBase(index, l.part, inspected[1]);
    return base && sharesPlace(l.population, base) ? base : undefined;
  }
  // "占投诉量的48%": the count of what is counted (投诉).
  const counted = COUNTED_OF.exec(noun);
  if (counted) {
    const base = countedBase(doc, index, ctx, l.part, counted[1]);
    return base && sharesPlace(l.population, base) ? base : undefined;
  }
  const whole = TOTAL_OF.exec(noun) ?? OF_TOTAL.exec(noun);
  // "占有效来信总数的", "占总投诉的": the whole count of 有效来信, else the one count stated under that noun (a 其中 part too).
  // …or, none in the paragraph, the one whole count of X a few paragraphs back in the section ("全县共收到投诉240件。⏎
  // …合同纠纷45件，占总投诉的18.75%", "代表共提出建议386件。⏎……213件，占建议总数的59.8%") — not when the part's sentence
  // names a body of its own (its share of its own total).
  // (A share of the whole place's count, "占全省…总数的", is of it whatever bodies the part's sentence names.)
  const afar = () => NAMES_PLACE.test(l.population) || !BODY_WORDS.test(doc.norm.slice(index.sentences[l.part.sentence].span.start, l.part.span.start).replace(SOURCE_CLAUSE, '')) ? wholeBase(doc, index, ctx, l.part, whole![1], NAMED_REACH) : undefined;
  const target = () => (whole && PLAN_POPULATION.test(whole[1]) ? headlineTarget(doc, index, l.part) : undefined);
  const base = whole ? wholeBase(doc, index, ctx, l.part, whole[1]) ?? nounBase(doc, index, ctx, l.part, whole[1]) ?? afar() ?? kindWholeBase(doc, index, ctx, l.part, whole[1]) ?? target() : !GENERIC_TOTAL.test(noun) ? nounBase(doc, index, ctx, l.part, noun) : genericBase(doc, index, ctx, l.part, countedOf(ALL_OF.exec(noun)?.[1]));
  return base && sharesPlace(l.population, base) ? base : undefined;
}

// The total of what an inspection went through: "检查总数", "抽查机构总数", "排查总量" — looked for this many sentences back
// at most (a bounded scan per share).
const INSPECTED_TOTAL = /^(检查|抽查|排查|评查)[\u4e00-\u9fff]{0,4}?(?:总数|总量)$/;
const MAX_INSPECTED_BACK = 6;

/**
 * The one count (of one value, a whole: no 其中 part) the verb counts, in the sentences of the part's paragraph before
 * it, of the part's kind and large enough to hold it.
 */
function inspectedBase(index: FigureIndex, part: Figure, verb: string): Figure | undefined {
  const found: Figure[] = [];
  const paragraph = paragraphOf(index, part);
  for (let k = part.sentence; k >= Math.max(0, part.sentence - MAX_INSPECTED_BACK) && index.sentences[k].paragraph === paragraph; k--) {
    for (const id of index.sentences[k].figures) {
      const f = index.figures[id];
      if (f.id < part.id && !f.percent && !f.subsetCue && !f.inParens && f.value >= part.value && sameUnitKind(f, part) && f.before.includes(verb)) found.push(f);
    }
  }
  return uniqueValue(found);
}

/**
 * A run of shares against its total, or — with none — by the total its items agree on, else by the earlier count their
 * arithmetic points at.
 */
function judgeRun(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, run: LooseShare[], stated: Figure | undefined): Finding[] {
  if (breaksDownItemBefore(index, ctx, run[0])) return [];
  const implied = !stated && run.length >= MIN_IMPLYING ? impliedTotalOutlier(doc, run) : undefined;
  if (implied) return [implied];
  const base = stated ?? pointedBase(doc, index, ctx, run);
  if (!base) {
    if (stated) return [];
    // Shares of one sorting over 100% say so first: which item is wrong is then the parts' sum's to tell, if any.
    const partition = runPartition(doc, run);
    if (partition.length) return partition;
    const groups = hundredGroups(doc, run);
    if (groups) return groups.flatMap((group) => completeRunFinding(doc, ctx, group) ?? []);
    const complete = completeRunFinding(doc, ctx, run);
    return complete ? [complete] : [];
  }
  const findings = run.map((l) => judgeShare(doc, l.share, l.part, [base], '', ctx)).filter((f): f is Finding => !!f);
  // One slip, one finding: shares that all agree on another total say the total is what is wrong.
  const agreed = findings.length >= 2 ? agreedTotal(run) : undefined;
  return agreed && (base.value < agreed.low || base.value > agreed.high) ? [totalFinding(doc, base, run, agreed)] : findings;
}

const MIN_FITTING_PART = 10;

/**
 * "对办理工作满意的160件，占96.39%，基本满意的6件，占3.61%；对办理结果满意的149件，占89.76%，基本满意的17件，占10.24%": a run
 * whose shares (to a tenth at least) add up to exactly 100% item by item, group after group, each group closed by a ；
 * or a full stop, is as many complete lists — each judged on its own. Undefined for a run not so made.
 */
function hundredGroups(doc: ReportDocument, run: LooseShare[]): LooseShare[][] | undefined {
  if (run.length < 4 || run.some((l) => l.share.decimals < 1)) return undefined;
  const groups: LooseShare[][] = [[]];
  let sum = 0;
  for (let k = 0; k < run.length; k++) {
    groups[groups.length - 1].push(run[k]);
    sum += run[k].share.value;
    if (Math.abs(sum - 100) > 1e-6) continue;
    const next = run[k + 1];
    if (next && !GROUP_END.test(doc.norm.slice(run[k].share.span.end, next.part.span.start))) return undefined;
    if (next) groups.push([]);
    sum = 0;
  }
  return sum === 0 && groups.length >= 2 && groups.every((g) => g.length >= 2) ? groups : undefined;
}
const GROUP_END = /[；;。]/;

/**
 * "网格员巡查发现1130件，占总案件的94.17%；群众热线举报70件，占总案件的5.83%": shares that add up to 100% say their
 * parts are all of the total, whatever count the text gives for it — each share is its part of the parts' sum. One finding,
 * at the first share that is not (a slip in a count moves every share).
 */
function completeRunFinding(doc: ReportDocument, ctx: RuleContext, run: LooseShare[]): Finding | undefined {
  const parts = partsOf(run);
  if (parts.length !== run.length || parts.length < 2) return undefined;
  const first = parts[0];
  if (run.some((l) => !isExactCount(l.part) || !sameUnitKind(l.part, first) || l.part.number.multiplier !== first.number.multiplier || l.share.approx)) return undefined;
  const { sum: shares, slack } = sharesAdded(run);
  // Whole percents may leave out a category of under 1% within their rounding: only an exact 100% says the list is all.
  const precise = run.every((l) => l.share.decimals >= 2);
  const sum = summedFigure(parts, { start: first.span.start, end: parts[parts.length - 1].span.end });
  const odd = run.filter((l) => !givesShare(l, sum, ctx));
  // Or all items but one give their shares of the parts' sum exactly, shares with decimals of parts of two digits or more
  // ("解决的有78件，占总数的57.5%；纳入计划逐步解决的有65件，占45.5%": 65÷143=45.5%) — a list short of its whole would give
  // none so by chance: the odd share is the slip.
  // Two items are held so only when their shares pass 100% (one fitting the sum may be chance: "专职律师246名和兼职律师38名，占比
  // 分别为80.6%和13.4%" are not all the lawyers, 38÷284 happens to be 13.4%).
  const fittingAllButOne = odd.length === 1 && run.every((l) => l.part.value >= MIN_FITTING_PART && l.share.decimals >= 1 && l.share.id === l.part.id + 1) &&
    (run.length >= 3 || shares > 100 + slack);
  // The two sides of a split of people ("居住在城镇的人口…，占64.97%；居住在乡村的人口…，占35.03%", "男性…，女性…") are all of
  // them: the odd one of the two shares is the slip.
  const sides = odd.length === 1 && splitSides(run);
  if (Math.abs(shares - 100) > (precise ? slack : 0) + 1e-9 && !fittingAllButOne && !sides) return undefined;
  // "363件，占80.48%；88件，占19.52%" (80.488, 19.512): shares nudged within a unit of their last digit to make exactly 100%
  // are the writer's balanced rounding.
  const withinUnit = (l: LooseShare) => Math.abs(l.share.value - (l.part.value / sum.value) * 100) < 10 ** -l.share.decimals + 1e-9;
  if (odd.length === 0 || (Math.abs(shares - 100) < 1e-9 && odd.every(withinUnit))) return undefined;
  const { share, part } = odd[0];
  const exact = (part.value / sum.value) * 100;
  const want = show(exact, share.decimals);
  const sumText = countText(doc, sum);
  const shareText = figureText(doc, share);
  const decimals = Math.max(...run.map((l) => l.share.decimals));
  return report(CODE, {
    message: `占比与各项之和不符：各项占比之和为${show(shares, decimals)}%，${sides ? '两项是同一群人互斥的两方，合起来即总数的全部' : '各项即总数的全部'}，${figureText(doc, part)}÷${sumText}=${show(exact, 2)}%，应为${want}%，文中为${shareText}` +
      (odd.length > 1 ? `（另有${odd.length - 1}项也不符，可能是某项数值有误）` : ''),
    span: share.span,
    fixes: [{ kind: 'choice', title: `将占比改为${want}%（${figureText(doc, part)}÷${sumText}）`, edits: [{ span: share.numeralSpan, newText: numeralFor(share, exact) }] }],
    related: run.filter((l) => l !== odd[0]).map((l) => ({ span: l.share.span, message: `同列：${figureLabel(doc, l.part)}，占${figureText(doc, l.share)}` })),
  });
}

/** Two items counting people on the two sides of one of PEOPLE_SPLITS, worded alike but for them, none of a kind with more sides. */
function splitSides(run: LooseShare[]): boolean {
  if (run.length !== 2 || run.some((l) => !HEADCOUNT_UNITS.includes(l.part.unit))) return false;
  const [a, b] = run.map((l) => l.part.before.trim());
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  const shared = exclusivePair(a.slice(k), b.slice(k));
  return shared !== undefined && !PEOPLE_SPLIT_OPEN.test(a) && !PEOPLE_SPLIT_OPEN.test(b);
}

/**
 * "全年共受理行政复议案件150件。经审理，调解和解结案45件，占全部案件的30%": a total named by no noun of its own ("占总数的",
 * "占全部案件的") is the whole count in an earlier sentence of the paragraph — the only count there that can hold the part,
 * and none larger before the part in its own sentence; with the noun of "占全部诉求的" (诉求), first the one whole count stated
 * under it, up to a few paragraphs back.
 */
function genericBase(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, part: Figure, noun?: string): Figure | undefined {
  for (let k = part.id - 1; k >= Math.max(0, part.id - MAX_LOOKBACK) && index.figures[k].sentence === part.sentence; k--) {
    const f = index.figures[k];
    // A sibling with its own share ("信访事项21件，占总量的42%，行政复议案件16件，…") is no total.
    if (!f.inParens && isExactCount(f) && sameUnitKind(f, part) && f.value > part.value && !hasOwnShare(index, f)) return undefined;
  }
  return (noun && wholeBase(doc, index, ctx, part, noun)) || earlierWhole(doc, index, ctx, [part]) || verbFramedBase(doc, index, ctx, [part]) ||
    (noun ? countedBase(doc, index, ctx, part, noun) : ownVerbBase(doc, index, ctx, part) || qualifiedKindBase(doc, index, ctx, part));
}

// What makes a part one kind of a noun: a few characters, no time ("普惠性" of 普惠性幼儿园).
const KIND_QUALIFIER = /^(?:(?![年月季周期日的])[\u4e00-\u9fff]){1,6}$/;
// A noun left once the kind is taken off: three characters at least (诉求, 纠纷 are counted by many counts of a report).
const MIN_KIND_NOUN = 3;

/**
 * "全省共有幼儿园6973所。⏎全省有普惠性幼儿园4747所，…，占总数的68.08%": a part named as a kind of a noun (a qualifier before
 * it) is a share of the one whole count of that noun, up to NAMED_REACH paragraphs back — the longest noun that has one.
 */
function qualifiedKindBase(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, part: Figure): Figure | undefined {
  const own = nounKey(statedUnder(part));
  for (let n = own.length - 1; n >= MIN_KIND_NOUN; n--) {
    if (!KIND_QUALIFIER.test(own.slice(0, -n))) continue;
    const base = wholeBase(doc, index, ctx, part, own.slice(-n), NAMED_REACH);
    if (base) return samePeriod(doc, index, base, part) && sameUnitKind(base, part) ? base : undefined;
  }
  return undefined;
}

/**
 * "占市本级受理案件总数" is not of 全市共受理400件: every word the named population carries beyond its verb and the
 * generic total words must be in the base's own words — 案件 among the generic ones: "占全部审结案件的" is of "…，审结300件".
 */
function namesItsWords(named: string, verb: string, base: Figure): boolean {
  const rest = named.replace(verb === '受理' ? /受理|受案/g : new RegExp(verb, 'g'), '').replace(/案件/g, '').replace(GENERIC_TOTAL_CHARS, '').replace(/同期|年度?|本年/g, '');
  return [...rest].every((c) => base.before.includes(c));
}

/** "占全省受理案件总数" is not of "全市共受理400件": a place the population names must be the base's. */
function sharesPlace(population: string, base: Figure): boolean {
  return [...population.matchAll(PLACE_WORDS)].every((m) => /^(同期|全年|当年|本年度|本年|今年)$/.test(m[0]) || base.before.includes(m[0]));
}

/**
 * Bare shares in runs: items of one sentence, or of the next sentence of the paragraph when it says it goes on with the
 * list, with no other count of their kind between.
 */
// A list of categories holds a few dozen items: a longer run (text pasted over and over) is cut, so that judging a run,
// which compares every item with the others, stays bounded.
const MAX_RUN = 64;

function runsOf(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, bare: LooseShare[], alike = sameUnitKind): LooseShare[][] {
  const runs: LooseShare[][] = [];
  for (const l of bare) {
    // "…，其中罚款类100件，占比50%" inside a run breaks an item down: no item of the run, and it ends the run.
    if (l.part.subsetCue && mainFigures(index.sentences[l.part.sentence])[0] !== l.part) {
      runs.push([]);
      continue;
    }
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (last && run.length < MAX_RUN && continuesRun(doc, index, ctx, last, l, alike)) run.push(l);
    else runs.push([l]);
  }
  return runs.filter((r) => r.length > 0);
}

// The end of an item of a list that goes on: "；".
const ITEM_END = /[；;]\s*$/;
// A sentence opening with a frame ("常住人口中，").
const FRAMED_ANEW = /^\s*[^，,。；;0-9]{2,20}?(?:当中|之中|中)[，,]/;
// A sentence that goes on with the list before it ("其他类别中，…", "此外，…"); any other may speak of something else.
const GOES_ON = /^\s*(其他|其余|另有|另外|此外|其次|再次|还有)/;

function continuesRun(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, last: LooseShare, next: LooseShare, alike: (a: Figure, b: Figure) => boolean): boolean {
  if (!alike(last.part, next.part) || next.part.id <= last.share.id) return false;
  // "生态环境类200起，占40%；罚款类100起，占50%": a share that is its part of the item before breaks that item down (a sibling's
  // share could be so only were the item before the whole) — not the item's negation ("达到序时进度44项…；未达到序时进度11项"),
  // which none of it holds.
  if (givesShare(next, last.part, ctx) && !negates(next.part, last.part)) return false;
  const from = index.sentences[last.share.sentence];
  const to = index.sentences[next.part.sentence];
  const numbered = numberedItems(doc, index, last.part, next.part) || openingItems(index, last, next);
  if (!numbered) {
    if (from !== to && (next.part.sentence !== last.share.sentence + 1 || to.docSentence !== from.docSentence + 1)) return false;
    // "- 行政处罚类200件，占50%；" then "- 行政许可类80件，占20%；": items of a list set out one per paragraph — or one per line
    // with nothing else on it ("投诉3751件 占比 82.13%" then "表扬298件 占比 6.53%").
    const lineItems = to.paragraph === from.paragraph + 1 && from.main.length === 2 && to.main.length === 2;
    const listed = from.paragraph !== to.paragraph && (lineItems || ITEM_END.test(doc.sentences[from.docSentence].text));
    // Items one a sentence may stand one a line too (each line a paragraph of its own).
    const items = from !== to && itemSentences(doc, index, last, next) && to.paragraph <= from.paragraph + 1;
    if (from !== to && !listed && !items && !GOES_ON.test(doc.sentences[to.docSentence].text)) return false;
    if (!listed && !items && paragraphOf(index, last.share) !== paragraphOf(index, next.part)) return false;
  }
  // An item of a numbered list may break its count down in its own paragraph ("其中，物业服务900件、…").
  // So may an item state how many of it were closed ("投诉300件，占比24.00%，已办结285件，办结率95.00%；举报…").
  const between = index.figures.slice(last.share.id + 1, next.part.id);
  const breakdown = itemBreakdown(doc, last, between);
  return !between.some((f) => !f.inParens && isExactCount(f) && !f.change && !isEarlierValue(f) && alike(f, next.part) && !(numbered && paragraphOf(index, f) === from.paragraph) &&
    !(f.value <= last.part.value && f.sentence === last.part.sentence && CLOSED_OF_ITEM.test(f.before)) && !breakdown.includes(f));
}

/**
 * "全国12315平台受理投诉举报41601件，占诉求总量的52.93%，其中PC端14510件、微信小程序18640件、…；浙江省…受理28470件，占诉求总量的
 * 36.22%": a 其中 list right after an item's share, before the ； that ends the item, within the item's count, breaks the item
 * down — the run of shares goes on past it.
 */
function itemBreakdown(doc: ReportDocument, last: LooseShare, between: Figure[]): Figure[] {
  const counts = between.filter((f) => !f.inParens && !f.percent && !f.change);
  if (!counts[0]?.subsetCue || counts.some((f) => f.sentence !== last.part.sentence || !isExactCount(f) || !sameUnitKind(f, last.part))) return [];
  if (/[；;]/.test(doc.norm.slice(last.share.span.end, counts[counts.length - 1].span.start))) return [];
  return counts.reduce((t, f) => t + f.value, 0) <= last.part.value ? counts : [];
}

/** The part's words are the other's with a negation before them ("未达到序时进度" of "达到序时进度"). */
function negates(part: Figure, other: Figure): boolean {
  const [words, negated] = [other.before.trim(), part.before.trim()];
  return words.length >= MIN_NEGATED_WORDS && NEGATION_WORDS.some((n) => negated === n + words);
}
// The fewest characters of words a negation is read against ("达到序时进度", not "到").
const MIN_NEGATED_WORDS = 2;

// The closed ones of the item before, stated after its share.
const CLOSED_OF_ITEM = new RegExp(`(?:${CLOSED_OR_ANSWERED.source})\\s*$`);

/**
 * "社会保障类400件，占20%，同比增长5.2%。住房建设类300件，占15%，同比下降3.1%。": a list set out one item a sentence — the next
 * sentence opens with its item, a count and its share and nothing else of the kind but changes (figures of other measures
 * aside), after an item that ends its own sentence's counts of the kind; both named alike (the same last character: …类, …问题), the next no 其中 part of the one before.
 */
function itemSentences(doc: ReportDocument, index: FigureIndex, last: LooseShare, next: LooseShare): boolean {
  // Named alike, or the shares name one population ("…，占投诉总量的55.00%。服务类投诉…，占投诉总量的45.00%").
  if (next.part.subsetCue || !(namedAlike(last.part, next.part) || countedAlike(last.part, next.part) || (last.named !== '' && last.named === next.named))) return false;
  // "…65岁及以上人口为526.98万人，占15.20%。常住人口中，60岁及以上人口…": a sentence that frames the whole anew opens
  // another breakdown of it, no next item.
  const text = doc.sentences[index.sentences[next.part.sentence].docSentence].text;
  if (FRAMED_ANEW.test(text) && !GOES_ON.test(text)) return false;
  const main = index.sentences[next.part.sentence].main;
  // Past the item, figures of other measures are about other things ("…11项、占比25.0%，为…完成投资80亿元").
  const aside = (f: Figure, part: Figure) => f.percent || f.change || !sameUnitKind(f, part);
  if (main[0] !== next.part || main[1] !== next.share || !main.every((f) => f === next.part || aside(f, next.part))) return false;
  for (const f of index.sentences[last.share.sentence].main) if (f.id > last.share.id && !aside(f, last.part)) return false;
  return true;
}

// The name of a category: a few characters after 其中 at most, ending the words before its count ("围绕社会治理方面提出
// 提案" too).
const CATEGORY_NAME = /^(?:其中[，,]?\s*)?([\u4e00-\u9fff]{2,16})$/;

// The words two counts written first share after them to be items of one list ("20个街道的…等级为A", "14个街道的…等级为B").
const MIN_SHARED_AFTER = 4;

/** Two counts written first, nothing before them, the words after them opening alike: items of one list. */
function countedAlike(a: Figure, b: Figure): boolean {
  return !a.before.trim() && !b.before.trim() && a.unit === b.unit && commonPrefix(a.after, b.after).length >= MIN_SHARED_AFTER;
}

/** Two counts named as categories of one list: short names ending in the same character ("…类", "…问题"). */
function namedAlike(a: Figure, b: Figure): boolean {
  const x = CATEGORY_NAME.exec(a.before.trim())?.[1];
  const y = CATEGORY_NAME.exec(b.before.trim())?.[1];
  return !!x && !!y && x[x.length - 1] === y[y.length - 1];
}

/**
 * "1. 城乡建设类3000件，占比15.00%。其中，……" then "2. 政法类2400件，占比12.00%。……": the two parts open the paragraphs of
 * two consecutive items of one numbered list (same marker style), at most MAX_LOOKBACK figures apart.
 */
function numberedItems(doc: ReportDocument, index: FigureIndex, a: Figure, b: Figure): boolean {
  const first = doc.blocks[paragraphOf(index, a)]?.heading;
  const second = doc.blocks[paragraphOf(index, b)]?.heading;
  if (!first || !second || first.style !== second.style || second.ordinal !== first.ordinal + 1 || b.id - a.id > MAX_LOOKBACK) return false;
  return opensParagraph(index, a) && opensParagraph(index, b);
}

/**
 * "城市管理类共310件，占比6.20%。按地域统计，……" then "疫情防控类共150件，占比3.00%。……": categories (…类) that each open a
 * paragraph of their own, the next right after, their shares right after their counts — a list set out one item a
 * paragraph, each item's paragraph going on to break it down.
 */
function openingItems(index: FigureIndex, a: LooseShare, b: LooseShare): boolean {
  if (paragraphOf(index, b.part) !== paragraphOf(index, a.part) + 1 || b.part.id - a.part.id > MAX_LOOKBACK) return false;
  return [a, b].every((l) => opensParagraph(index, l.part) && categoryOf(l.part) === '类' && l.share.id === l.part.id + 1 && l.share.sentence === l.part.sentence);
}

/** The first figure of its paragraph. */
function opensParagraph(index: FigureIndex, f: Figure): boolean {
  const before = index.figures[f.id - 1];
  return !before || paragraphOf(index, before) !== paragraphOf(index, f);
}

/**
 * The total a run of bare shares is of: the one count before them in the paragraph their parts add up to; else the 共
 * total closing the sentence before the run, when nothing of their kind stands before the run in its sentence, the
 * parts fit in it and no other 共 total of the paragraph could be theirs (two bases fit: no guess).
 */
// A share naming no population: "占比", "占", "所占比例为".
const BARE_SHARE = /^\s*(?:所?占(?:比|比例|比重)?)\s*(?:为|达到?|约)?\s*$/;

function runBase(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, run: LooseShare[]): Figure | undefined {
  const parts = partsOf(run);
  const summed = summedBase(doc, index, ctx, parts);
  // Not a category with a bare share of its own ("行政处罚类320件，占比40%"): a sibling of the run's items, whatever they add up to.
  if (summed) return hasOwnShare(index, summed) && BARE_SHARE.test(index.figures[summed.id + 1].before) ? undefined : summed;
  // Outcomes of cases ("维持7件，占比58.3%") are shares of the closed cases.
  const closed = parts.every((p) => CASE_OUTCOME.test(p.before)) ? closedBase(doc, index, ctx, parts[0]) : undefined;
  if (closed && mayHold(run, closed)) return closed;
  const first = run[0].part;
  if (breaksDownUncounted(doc, index, first)) return undefined;
  const opening = mainFigures(index.sentences[first.sentence]).filter((f) => f.id < first.id);
  if (opening.some((f) => isExactCount(f) && sameUnitKind(f, first))) return undefined;
  const among = listBefore(doc, index, run);
  if (among) return among;
  const total = closingTotal(doc, index, first.sentence);
  // "民事案件600件，占50%。其中婚姻家庭类300件，占50%": a run opening with 其中 after a category with its own share breaks that
  // category down.
  if (total && !total.totalCue && hasOwnShare(index, total) && first.subsetCue) return mayHold(run, total) ? total : undefined;
  if (!total || !(total.totalCue || WHOLE_SCOPE.test(total.before)) || !parts.every((p) => sameUnitKind(total, p)) || !(mayHold(run, total) || listedUnder(ctx, run, total) || oneShareSlipped(run, total, ctx))) {
    return wholeBefore(doc, index, ctx, run) ?? subsetRunBase(doc, index, ctx, run);
  }
  const paragraph = paragraphOf(index, first);
  for (let k = total.id - 1; k >= 0 && paragraphOf(index, index.figures[k]) === paragraph; k--) {
    const f = index.figures[k];
    if (f.totalCue && !f.inParens && isExactCount(f) && sameUnitKind(f, first) && f.value !== total.value) return undefined;
  }
  return total;
}

// A count of a whole place ("全市行政机关败诉58件"): the whole its sentence states, as 共 marks one.
const WHOLE_SCOPE = /^\s*(?:(?:19|20)[0-9]{2}年度?[，,]?\s*)?全(?:市|县|区|镇|省|州|旗)/;

/**
 * "生态环境类200起，占40%。罚款类100起，占比50%。": an item whose share is its part of the category with its own share right
 * before it may break that category down, 其中 unwritten — or be its sibling: two bases fit, no guess. (With 其中 written it
 * does break it down: runBase.)
 */
function breaksDownItemBefore(index: FigureIndex, ctx: RuleContext, item: LooseShare): boolean {
  const count = index.figures[item.part.id - 2];
  return !!count && !item.part.subsetCue && isExactCount(count) && hasOwnShare(index, count) && sameUnitKind(count, item.part) &&
    paragraphOf(index, count) === paragraphOf(index, item.part) && givesShare(item, count, ctx);
}

// "在审结的案件中，……": a run framed as of a part of the whole ("其中，" frames the whole itself); so is one framed by a part
// of its place ("市本级，……").
const MAX_FRAMING = 100;
const FRAMED_SUBSET = /(?<!其)中\s*[，,：:]/;

/**
 * "全年共收到行政复议申请400件。……。按类别看，行政处罚类200件，占比50%；……": the whole count in an earlier sentence of the
 * paragraph, the only count there large enough to hold the run — unless the run is of case outcomes (over the closed
 * cases, which may be unstated) or its sentence frames it as of a part ("审结的案件中，").
 */
function wholeBefore(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, run: LooseShare[]): Figure | undefined {
  const parts = partsOf(run);
  if (parts.some((p) => CASE_OUTCOME.test(p.before) && !REMAINDER.test(p.before.trim()))) return undefined;
  const first = parts[0];
  // The words of its sentence before the run, as far as a framing reaches: bounded in a run without 。.
  const framing = doc.norm.slice(Math.max(index.sentences[first.sentence].span.start, first.span.start - MAX_FRAMING), first.span.start);
  if (namesPartScope(framing)) return undefined;
  // "新收案件中，" names the whole by its verb; "在审结的案件中，" so frames a part of the intake.
  const framed = verbFramedBase(doc, index, ctx, parts);
  if (framed) return mayHold(run, framed) ? framed : undefined;
  // "全区行政复议申请中，" frames the run by the noun of a whole, not by a verb that may name a part of it.
  const subset = FRAMED_SUBSET.test(framing);
  if (subset && verbOf(framing)) return undefined;
  const whole = (subset ? undefined : earlierWhole(doc, index, ctx, parts)) ?? framedBase(doc, index, ctx, parts, `${framing}${paragraphOpening(doc, index, first)}`);
  return whole && (mayHold(run, whole) || listedUnder(ctx, run, whole) || oneShareSlipped(run, whole, ctx)) ? whole : undefined;
}

/**
 * "共受理矛盾纠纷1146件，调解成功1098件。其中婚姻家庭纠纷318件，占27.7%；邻里纠纷426件，占37.2%": a 其中 run opening the
 * sentence after two counts of different values that could both hold it is of the one its items' shares name exactly — when only one value is
 * named so, and no item that misses it gives its share of another count (the other count of the sentence before, an item
 * before it it may break down): two bases fit, no guess.
 */
function subsetRunBase(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, run: LooseShare[]): Figure | undefined {
  const first = run[0].part;
  const sentence = index.sentences[first.sentence];
  const before = index.sentences[first.sentence - 1];
  if (!first.subsetCue || run.length < 2 || !before || before.paragraph !== sentence.paragraph || before.docSentence !== sentence.docSentence - 1) return undefined;
  if (run.some((l) => l.share.approx || !sameUnitKind(l.part, first))) return undefined;
  const counts = mainFigures(before).filter((f) => isExactCount(f) && sameUnitKind(f, first) && fitsIn(run, f.value + f.halfUlp));
  // One count alone, or counts of a part of the place ("市本级"), are earlierWhole's to judge: it may find the shares of a
  // whole the text does not give.
  if (new Set(counts.map((f) => f.value)).size < 2 || namesPartScope(withoutOwnLevel(doc, doc.norm.slice(before.span.start, before.span.end)))) return undefined;
  const named = counts.filter((c) => run.some((l) => givesShare(l, c, ctx)));
  // "共上报事件9213件，办结9201件。其中，…113件，占比1.23%；…1883件，占比24.44%": two counts so near that every share either
  // gives, the other gives too, are one base at the shares' precision — the one marked whole (共…) is named.
  const alike = named.length === 2 && run.every((l) => givesShare(l, named[0], ctx) === givesShare(l, named[1], ctx));
  const marked = named.filter((c) => c.totalCue);
  if (new Set(named.map((f) => f.value)).size !== 1 && !(alike && marked.length === 1)) return undefined;
  const base = alike && marked.length === 1 ? marked[0] : named[named.length - 1];
  const others = [...counts, ...partsOf(run)];
  return run.some((l) => !givesShare(l, base, ctx) && others.some((c) => c.value > l.part.value && givesShare(l, c, ctx))) ? undefined : base;
}

// A street office's report (its title names it): "街道" is its whole, not a part of a district — "各街道" still is.
const STREET_OFFICE = /街道(?:办事处|党工委)/;
const OWN_STREET = /(?<!各)街道/g;

function withoutOwnLevel(doc: ReportDocument, words: string): string {
  const title = doc.title ? doc.norm.slice(doc.title.contentSpan.start, doc.title.contentSpan.end) : '';
  return STREET_OFFICE.test(title) ? words.replace(OWN_STREET, '') : words;
}

/**
 * A run opened by 其中 is the list of the whole it points back at even when a slipped share pushes the shares past 100%:
 * its parts fit and a share of it is exact ("…356件。其中刑事案件152件，占42.7%；民事案件198件，占57.6%").
 */
function listedUnder(ctx: RuleContext, run: LooseShare[], total: Figure): boolean {
  return run[0].part.subsetCue && holdsAllButOne(total, partsOf(run)) && run.some((l) => givesShare(l, total, ctx));
}

/**
 * The opening words of the paragraph of f when f's sentence is a later one ("2023年全区行政复议申请中，……。……共240宗，
 * 占比18.0%"): a frame set there holds for the paragraph.
 */
function paragraphOpening(doc: ReportDocument, index: FigureIndex, f: Figure): string {
  const sentence = index.sentences[f.sentence];
  const opening = doc.blocks[sentence.paragraph]?.span.start ?? sentence.span.start;
  return opening < sentence.span.start ? doc.norm.slice(opening, Math.min(sentence.span.start, opening + MAX_FRAMING)) : '';
}

/**
 * "在市本级213.14万件诉求中，求助类86.16万件占比40.42%，咨询类82.56万件占比38.74%，……。投诉举报类42.02万件占比19.72%":
 * a run opening the next sentence of the paragraph goes on with the categories of the sentence before, whose total is the
 * count followed by 中 — when every item of both is a category named alike ("…类"), none a 其中 part, and together they
 * still fit in that total.
 */
// A sentence of categories holds a few dozen figures: a longer one (a table pasted flat) is not looked through for each run
// after it.
const MAX_CATEGORIES_BEFORE = 64;

function listBefore(doc: ReportDocument, index: FigureIndex, run: LooseShare[]): Figure | undefined {
  const first = run[0].part;
  const sentence = index.sentences[first.sentence];
  const before = index.sentences[first.sentence - 1];
  if (!before || before.paragraph !== sentence.paragraph || before.docSentence !== sentence.docSentence - 1) return undefined;
  if (run.some((l) => l.part.subsetCue) || /^\s*其中/.test(doc.text.slice(sentence.span.start, sentence.span.end))) return undefined;
  if (before.figures.length > MAX_CATEGORIES_BEFORE) return undefined;
  const main = mainFigures(before);
  const total = main.find((f) => isExactCount(f) && sameUnitKind(f, first));
  if (!total || !takenFrom(total)) return undefined;
  // The categories of the sentence before: every other count of the kind, each followed by its bare share.
  const items: LooseShare[] = [];
  for (let k = 0; k < main.length; k++) {
    const f = main[k];
    if (f === total || !isExactCount(f) || !sameUnitKind(f, first)) continue;
    const share = main[k + 1];
    if (!share?.percent || !/占比\s*$/.test(share.before)) return undefined;
    items.push({ share, part: f, named: '', population: '' });
  }
  const all = [...items, ...run];
  const kind = (l: LooseShare) => categoryOf(l.part);
  if (items.length === 0 || !kind(all[0]) || all.some((l) => kind(l) !== kind(all[0]))) return undefined;
  return fitsIn(all, total.value + total.halfUlp) ? total : undefined;
}

/** The last character of a category's name ("求助类86.16万件" → 类), or '' when the count has no name of its own. */
function categoryOf(part: Figure): string {
  const name = part.before.trim().replace(/(?:共|共计|合计)$/, '');
  return /类$/.test(name) ? '类' : '';
}

function partsOf(run: LooseShare[]): Figure[] {
  return [...new Map(run.map((l) => [l.part.id, l.part])).values()];
}

/**
 * Whether the run can be categories of one total of that size: its parts add up to no more, its shares to no more than
 * 100% — a nested item ("行政处罚类200件，占比50%，罚款类100件，占比50%") breaks both and makes the run no partition.
 */
function fitsIn(run: LooseShare[], total: number): boolean {
  return partsOf(run).reduce((t, p) => t + p.value, 0) <= total && sharesFit(run);
}

function sharesFit(run: LooseShare[]): boolean {
  const { sum, slack } = sharesAdded(run);
  return sum <= 100 + slack;
}

/** The run's shares added up, and their rounding added up. */
function sharesAdded(run: LooseShare[]): { sum: number; slack: number } {
  let sum = 0;
  let slack = 0;
  for (const l of run) {
    sum += l.share.value;
    slack += 0.5 * 10 ** -l.share.decimals;
  }
  return { sum, slack };
}

/**
 * Whether a total stated apart from the run may be theirs: as fitsIn, but one count may be the slip that makes the parts
 * add up to more ("行政处罚类394件" for 349件 of 1113件) — all the others must fit, and each alone.
 */
function mayHold(run: LooseShare[], total: Figure): boolean {
  return holdsAllButOne(total, partsOf(run)) && sharesFit(run);
}

/**
 * "共受理诉求5236件。……电话渠道有4418件，占84.38%；网络渠道有705件，占16.46%": shares adding up to more than 100% because one
 * of them is wrong — every other item gives its share of the total exactly, the parts fit in it, and the odd share is no
 * item's part of the item before it (a nested item, "行政处罚类200件，占比50%，罚款类100件，占比50%", is not).
 */
function oneShareSlipped(run: LooseShare[], total: Figure, ctx: RuleContext): boolean {
  if (run.length < 2 || partsOf(run).reduce((t, p) => t + p.value, 0) > total.value + total.halfUlp) return false;
  const odd = run.filter((l) => !givesShare(l, total, ctx));
  if (odd.length !== 1) return false;
  const slipped = odd[0];
  const earlier = run.filter((l) => l.part.id < slipped.part.id).map((l) => l.part);
  return !slipped.part.subsetCue && !slipped.part.inParens && !ofSibling(slipped.share, slipped.part, earlier, ctx);
}

interface Implied {
  item: LooseShare;
  /** The totals the item allows. */
  low: number;
  high: number;
}

/**
 * The totals an item allows: part ÷ share, both as written, the share rounded half-up or truncated — or, with `slip`, also
 * one off in its last digit (a writer's own slip, "26.56%" for 415÷1563=26.55%).
 */
function impliedBy(item: LooseShare, slip = false): Implied {
  const half = 0.5 * 10 ** -item.share.decimals;
  const off = slip ? 2 * half : 0;
  const high = item.share.value - half - off > 0 ? ((item.part.value + item.part.halfUlp) / (item.share.value - half - off)) * 100 : Infinity;
  return { item, low: ((item.part.value - item.part.halfUlp) / (item.share.value + 2 * half + off)) * 100, high };
}

/** Whether the items' implied totals have one in common. */
function agree(xs: Implied[]): boolean {
  const m = meet(xs);
  return m.low <= m.high;
}
function meet(xs: Implied[]): { low: number; high: number } {
  return { low: Math.max(...xs.map((x) => x.low)), high: Math.min(...xs.map((x) => x.high)) };
}

/** The total most items point at (the median of part ÷ share), kept inside what all of them allow. */
function pointedTotal(items: Implied[], allowed: { low: number; high: number }): number {
  const points = items.map((y) => (y.item.part.value / y.item.share.value) * 100).sort((a, b) => a - b);
  return Math.min(Math.max(Math.round(points[Math.floor(points.length / 2)]), Math.ceil(allowed.low)), Math.floor(allowed.high));
}

/** The totals every item of the run allows, when they agree on one (no 0% or over 100% among them). */
function agreedTotal(run: LooseShare[]): { low: number; high: number } | undefined {
  if (run.some((l) => l.share.value <= 0 || l.share.value > 100)) return undefined;
  const agreed = meet(run.map((l) => impliedBy(l)));
  return agreed.low <= agreed.high ? agreed : undefined;
}

/**
 * "共受理诉求284406件。其中，咨询类124599件，占63.72%；求助类56672件，占28.98%；…": every share agrees on one total
 * (here the parts' sum, 195532) but not on the one stated — one finding at the total instead of one per share.
 */
function totalFinding(doc: ReportDocument, base: Figure, run: LooseShare[], agreed: { low: number; high: number }): Finding {
  const unit = base.unit;
  const sum = partsOf(run).reduce((t, p) => t + p.value, 0);
  const sumFits = agreed.low <= sum && sum <= agreed.high;
  const shown = run.slice(0, 3).map((l) => `${figureText(doc, l.part)}÷${figureText(doc, l.share)}≈${show((l.part.value / l.share.value) * 100, 0)}${unit}`);
  const baseText = figureText(doc, base);
  return report(CODE, {
    message: `各项占比与总数不符：各项占比一致推算的总数约为${show(sumFits ? sum : pointedTotal(run.map((l) => impliedBy(l)), agreed), 0)}${unit}` +
      `（${shown.join('，')}${run.length > 3 ? '，……' : ''}），而总数为${baseText}` +
      (sumFits ? `；各项之和为${show(sum, 0)}${unit}，与占比相符，总数可能有误` : ''),
    span: base.span,
    fixes: sumFits
      ? [{ kind: 'choice', title: `将总数改为${show(sum / base.number.multiplier, base.decimals)}${scaleWord(base)}（各项之和）`, edits: [{ span: base.numeralSpan, newText: numeralFor(base, sum) }] }]
      : [],
    related: run.map((l) => ({ span: l.share.span, message: `部分：${figureLabel(doc, l.part)}，占${figureText(doc, l.share)}` })),
  });
}

/** The one item whose implied totals fall outside the totals all the others allow together; undefined for none or several. */
function outlierOf(implied: Implied[]): Implied | undefined {
  if (agree(implied)) return undefined;
  const outliers = implied.filter((x) => {
    const rest = meet(implied.filter((y) => y !== x));
    return rest.low <= rest.high && (x.high < rest.low || x.low > rest.high);
  });
  return outliers.length === 1 ? outliers[0] : undefined;
}

/**
 * "行政处罚类200件，占比50%；信息公开类60件，占比12%；行政许可类80件，占比20%": with no total stated, the items imply
 * one (400); when all agree on it but one, that one is the error.
 */
function impliedTotalOutlier(doc: ReportDocument, run: LooseShare[]): Finding | undefined {
  // Counts of one scale ("N件", or "N万件" in the precision written); "0件，占比0%" or a share over 100% implies no total.
  const scale = run[0].part.number.multiplier;
  if (run.some((l) => l.part.number.multiplier !== scale || l.part.value <= 0 || l.share.value <= 0 || l.share.value > 100)) return undefined;
  const whole = scale === 1 && run.every((l) => l.part.decimals === 0);
  // The others may carry slips of their own in the last digit ("52.84%" truncated, "26.56%" for 26.55%): one item far
  // outside what they allow, each read one off, is still the odd one.
  const exactly = run.map((l) => impliedBy(l));
  const exactOdd = outlierOf(exactly);
  const implied = exactOdd || agree(exactly) ? exactly : run.map((l) => impliedBy(l, true));
  const odd = exactOdd ?? outlierOf(implied);
  if (!odd) return undefined;
  const others = implied.filter((y) => y !== odd);
  const agreed = meet(others);
  const { share, part } = odd.item;
  // The total in the items' counter (the first item's, of a family: 件/起); channels counted in several (个, 条, 件) give a
  // total in none.
  const unit = run.every((l) => sameUnitKind(l.part, run[0].part)) ? run[0].part.unit : '';
  const total = pointedTotal(others, agreed);
  const exact = (part.value / total) * 100;
  // A total implied by counts in 万 is written in their scale and precision ("约为58.6万件").
  const totalText = whole ? String(total) : show(total / scale, Math.max(...run.map((l) => l.part.decimals))) + scaleWord(part);
  // A partition of that total, the odd share corrected: a nested item breaks it ("行政处罚类200件，占比50%，罚款类100件，
  // 占比50%；…": 100件 is half of 200, not of the total).
  if (!(total > 0)) return undefined;
  const rest = others.map((y) => y.item);
  const per = (x: Implied) => `${figureText(doc, x.item.part)}÷${figureText(doc, x.item.share)}≈${whole ? show((x.item.part.value / x.item.share.value) * 100, 0) : show(x.item.part.value / x.item.share.value * 100 / scale, 1) + scaleWord(part)}${unit}`;
  const shareText = figureText(doc, share);
  if (!fitsIn(rest.concat({ ...odd.item, share: { ...share, value: exact } }), agreed.high)) {
    // The share corrected, the parts add up to more than the total: the count may be what is wrong ("咨询类35323件，占47.09%"
    // of about 71184 is about 33521), when the count the share gives makes a partition.
    const half = 0.5 * 10 ** -share.decimals;
    const range = [Math.ceil(((share.value - half) * agreed.low) / 100), Math.floor(((share.value + half) * agreed.high) / 100)];
    const wantPart = Math.round((share.value * total) / 100);
    // The count is judged in whole counts only: a count in 万 is rounded already.
    if (!whole || !(wantPart > 0) || !fitsIn(rest.concat({ ...odd.item, part: { ...part, value: wantPart } }), agreed.high)) return undefined;
    const partText = figureText(doc, part);
    return report(CODE, {
      message: `数值与同列其他各项及其占比不符：其他各项推算的总数约为${total}${unit}（${others.map(per).join('，')}），本项${per(odd)}；` +
        `按总数${total}${unit}计，${shareText}${range[0] === range[1] ? '应为' : '应约为'}${wantPart}${part.unit}，文中为${partText}（照此各项之和超过总数，宜核对该数）`,
      span: part.span,
      fixes: range[0] === range[1]
        ? [{ kind: 'choice', title: `将数值改为${wantPart}${part.unit}（${total}${unit}×${shareText}）`, edits: [{ span: part.numeralSpan, newText: numeralFor(part, wantPart) }] }]
        : [],
      related: [
        { span: share.span, message: `占比：${shareText}` },
        ...others.map((y) => ({ span: y.item.share.span, message: `同列：${figureLabel(doc, y.item.part)}，占${figureText(doc, y.item.share)}` })),
      ],
    });
  }
  // The value the share should have, when every total the other items allow gives the same one.
  const wants = new Set([agreed.low, agreed.high].filter(Number.isFinite).map((t) => show((part.value / t) * 100, share.decimals)));
  const want = show(exact, share.decimals);
  return report(CODE, {
    message: `占比与同列其他各项不符：其他各项推算的总数约为${totalText}${unit}（${others.map(per).join('，')}），` +
      `本项${per(odd)}；按总数${totalText}${unit}计，${figureText(doc, part)}÷${totalText}${unit}=${show(exact, 2)}%，${wants.size === 1 ? `应为${want}` : `应约为${want}`}%，文中为${shareText}`,
    span: share.span,
    fixes: wants.size === 1
      ? [{ kind: 'choice', title: `将占比改为${want}%（${figureText(doc, part)}÷${totalText}${unit}）`, edits: [{ span: share.numeralSpan, newText: numeralFor(share, exact) }] }]
      : [],
    related: [
      { span: part.span, message: `部分：${figureLabel(doc, part)}` },
      ...others.map((y) => ({ span: y.item.share.span, message: `同列：${figureLabel(doc, y.item.part)}，占${figureText(doc, y.item.share)}` })),
    ],
  });
}

// "分别占", "分别占比", "占比分别为", "所占比例分别为": a list of percents paired with the names or counts before it.
const RESPECTIVE_SHARES = /(?:分别占(?:比|比例)?|占(?:比|比例)?分别)(?:为|是|达)?\s*$/;
// The counts they are of: "分别为3200件、1800件、1000件".
const RESPECTIVE_COUNTS = /分别(?:为|是|有|达)?\s*$/;
// What may join the items of such a list.
const LIST_JOIN = /^\s*[、，,和及与]\s*$/;
// What joins named counts listed without 分别为: 、 ， or ； and a name ("300件、邻里纠纷250件", "1800件，服务类1200件"), a long
// one too ("…，农村集体资产保护和征地补偿安置领域办案52件").
// A name may join two kinds itself ("，判处三年以下有期徒刑、拘役1605人").
const NAMED_LIST_JOIN = /^\s*[、，,；;和及与][\u4e00-\u9fff][\u4e00-\u9fff、]{0,23}$/;
/**
 * "共有1396个事项接入…；…；建成“示范型”村级便民服务站167个，占比达50.3%": past a ；, a count of another thing (事项, not
 * 便民服务站) is no total of the part — neither names the other's noun.
 */
function otherThingPast(doc: ReportDocument, total: Figure, part: Figure): boolean {
  // Only a total that names what it counts right after its measure word ("1396个事项…"); a category ("合同类") is a kind
  // of any whole.
  // (Nor a count framing the sentence, "189件委员提案中，…；…": its stretches are all of it.)
  if (total.final || takenFrom(total) || /类$/.test(part.metric) || !/[；;]/.test(doc.norm.slice(total.span.end, part.span.start))) return false;
  const whole = HAN_RUN.exec(total.metric)?.[0] ?? '';
  const own = part.metric.match(HAN_RUNS)?.at(-1) ?? '';
  if (whole.length < 2 || own.length < 2) return false;
  // ("调委会" shortens 调解委员会: its characters stand there in order.)
  return !part.metric.includes(whole.slice(0, 2)) && !total.metric.includes(own.slice(-2)) && !(own.length >= MIN_SHORT_NAME && inOrderWithin(own.slice(-MIN_SHORT_NAME), whole));
}
const MIN_SHORT_NAME = 3;
const HAN_RUN = /[\u4e00-\u9fff]+/;
const HAN_RUNS = /[\u4e00-\u9fff]+/g;

// "商品消费类投诉最多，占总投诉量的58.8%，共计37360件": the count the clause right after the share sums up (共计…), its part.
const COUNT_AFTER_SHARE = /^\s*(?:共计|合计|总计|共|计)(?:为|有|达)?\s*$/;

/** The count right after a share, in the next clause and led by 共计/共/计, when no count of the share's clause precedes it. */
function countAfterShare(share: Figure, prior: Figure[], next: Figure | undefined): Figure | undefined {
  if (!next || next.sentence !== share.sentence || next.segment !== share.segment + 1 || !isExactCount(next) || !COUNT_AFTER_SHARE.test(next.before)) return undefined;
  return prior.some((f) => f.segment === share.segment && isExactCount(f)) ? undefined : next;
}

// A population of the part's own kind ("全年同类警情", "同类案件"): each share has a base of its own.
const SAME_KIND = /同类|同种|同一类/;
const SUBSET_WORDS = /^(?:其中|包括|含)[，,：:]?/;

/**
 * "（全年）抢险救援44.2万起……夏季……其中抢险救援12.8万起、社会救助35.9万起，分别占全年同类警情的29%和41.8%": each share is of
 * the one larger count stated earlier under its part's own name; a part with none, or two of different values, is not judged.
 */
function sameKindShares(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, shares: Figure[], parts: Figure[], population: string): Finding[] {
  const out: Finding[] = [];
  shares.forEach((share, j) => {
    const part = parts[j];
    const name = nounKey(statedUnder(part).replace(SUBSET_WORDS, ''));
    if (name.length < MIN_KIND_NAME) return;
    const base = uniqueValue(index.figures.filter((f) => f.id < part.id && !f.percent && isExactCount(f) && sameUnitKind(f, part) && f.value > part.value &&
      nounKey(statedUnder(f).replace(SUBSET_WORDS, '')) === name));
    const finding = base && judgeShare(doc, share, part, [base], population, ctx);
    if (finding) out.push(finding);
  });
  return out;
}
// A kind named by fewer characters is no name to find its count by.
const MIN_KIND_NAME = 2;
// The longest list of names looked for before 分别.
const MAX_NAMES_TEXT = 100;

interface RespectiveList {
  shares: Figure[];
  /** The counts named before them, one per share ("分别为3200件、1800件、1000件"), and where the first stands in the sentence. */
  counts?: { figures: Figure[]; at: number };
  /** The names before 分别, one per share ("咨询类、求助类、投诉类和其他类"). */
  names?: string[];
  /** The population the shares name ("分别占投诉总量的" → 投诉总量). */
  population?: string;
}

/** The "分别占" lists of a sentence, with the counts or the names they pair with. */
function respectiveLists(doc: ReportDocument, index: FigureIndex, sentence: FigureSentence, figures: Figure[]): RespectiveList[] {
  const lists: RespectiveList[] = [];
  for (let k = 0; k < figures.length; k++) {
    const first = figures[k];
    // "分别占投诉总量的55%、45%" names the population: a list of its own only when paired with counts.
    const population = first.percent && !RESPECTIVE_SHARES.test(first.before) ? NAMED_RESPECTIVE.exec(first.before) : undefined;
    if (!first.percent || population === null) continue;
    const shares = percentsJoinedFrom(doc.norm, figures, k, LIST_JOIN, figures.length);
    k += shares.length - 1;
    if (shares.length < 2 || shares.some((f) => f.approx || f.number.percentPoint)) continue;
    const counts = countsBefore(doc, figures, k + 1 - shares.length, shares.length) ?? bracketedCountsBefore(doc, index, sentence, figures, shares);
    if (population && !counts) continue;
    lists.push({ shares, counts, names: population ? undefined : namesBefore(doc, index, sentence, first), population: population?.[1] });
  }
  return lists;
}

/** The n counts listed right before figures[at] under 分别为, or undefined. */
function countsBefore(doc: ReportDocument, figures: Figure[], at: number, n: number): RespectiveList['counts'] {
  const counts = figures.slice(Math.max(0, at - n), at);
  const first = counts[0];
  if (counts.length !== n || !counts.every((f) => isExactCount(f) && sameUnitKind(f, first))) return undefined;
  // "分别为300件、250件", or named items listed with 、 ， or ； ("其中婚姻家庭纠纷300件、邻里纠纷250件，分别占…").
  const join = RESPECTIVE_COUNTS.test(first.before) ? LIST_JOIN : NAMED_LIST_JOIN;
  const joined = counts.every((f, j) => j === 0 || join.test(doc.norm.slice(counts[j - 1].span.end, f.span.start)));
  return joined && figures[at].segment === counts[n - 1].segment + 1 ? { figures: counts, at: at - n } : undefined;
}

// Named counts each alone in brackets, then the shares: "质量问题（0.81万件）、售后服务（0.52万件）…等相对突出，分别占比28.9%、…".
const BRACKET_JOIN = /^\s*[）)]\s*[、，,和及与]\s*[\u4e00-\u9fff]{1,24}\s*[（(]\s*$/;
const BRACKETS_TO_SHARES = /^\s*[）)][^0-9０-９。；;（(]{0,20}?分别占(?:比|比例)?(?:为|是|达)?\s*$/;

/** The n counts each alone in brackets after its name, right before a 分别占 list of n shares, or undefined. */
function bracketedCountsBefore(doc: ReportDocument, index: FigureIndex, sentence: FigureSentence, figures: Figure[], shares: Figure[]): RespectiveList['counts'] {
  const n = shares.length;
  const asides = sentence.figures.map((id) => index.figures[id]).filter((f) => f.inParens && f.id < shares[0].id);
  const counts = asides.slice(-n);
  const first = counts[0];
  if (counts.length !== n || !counts.every((f) => isExactCount(f) && sameUnitKind(f, first) && /[（(]\s*$/.test(doc.norm.slice(f.span.start - 2, f.span.start)))) return undefined;
  if (!counts.every((f, j) => j === 0 || BRACKET_JOIN.test(doc.norm.slice(counts[j - 1].span.end, f.span.start)))) return undefined;
  if (!BRACKETS_TO_SHARES.test(doc.norm.slice(counts[n - 1].span.end, shares[0].span.start))) return undefined;
  return { figures: counts, at: figures.filter((f) => f.id < first.id).length };
}

/** The n names joined by 、/和 before 分别 ("咨询类、求助类、投诉类和其他类的占比分别为"), or undefined. */
function namesBefore(doc: ReportDocument, index: FigureIndex, sentence: FigureSentence, first: Figure): string[] | undefined {
  // Only words: from the figure before the list (or the sentence's start), at most MAX_NAMES_TEXT of them, the last clause.
  const prev = first.id > 0 ? index.figures[first.id - 1] : undefined;
  const from = Math.max(sentence.span.start, first.span.start - MAX_NAMES_TEXT, prev && prev.sentence === first.sentence ? prev.span.end : 0);
  const words = doc.norm.slice(from, first.span.start).split(/[，,；;：:]/).pop() ?? '';
  const head = words.replace(/(?:的)?(?:所)?(?:占比|占比例|比例|占)?\s*分别.*$/, '');
  const names = head.split(/[、和及与]/).map((w) => w.trim());
  return names.every((w) => w.length > 0 && w.length <= MAX_CATEGORY_WORDS) ? names : undefined;
}

/** The noun before 总数/总量 a population names ("商品类投诉总量" → 商品类投诉), place words dropped. */
function totalNoun(population: string): string | undefined {
  return TOTAL_OF.exec(population.replace(PLACE_WORDS, '').trim())?.[1];
}

/** A base found for "分别占商品类投诉总量的" is stated under that noun (not 服务类投诉 nearer, with 投诉 in common). */
function carriesNoun(population: string, base: Figure): boolean {
  const noun = totalNoun(population);
  return !noun || nounKey(statedUnder(base)).endsWith(noun);
}

/** "…，分别占商品类投诉总量的38.2%、11.4%": the one count stated under the noun the shares name. */
function namedRespectiveBase(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, run: LooseShare[], population: string | undefined): Figure | undefined {
  const noun = population && totalNoun(population);
  const base = noun ? nounBase(doc, index, ctx, run[0].part, noun) : undefined;
  return base && mayHold(run, base) ? base : undefined;
}

/** The shares of a 分别 list against their paired counts, of the total before the counts (or one found for the run). */
function judgeRespective(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, figures: Figure[], list: RespectiveList): Finding[] {
  if (!list.counts) return [];
  if (list.population && SAME_KIND.test(list.population)) return sameKindShares(doc, index, ctx, list.shares, list.counts.figures, list.population);
  const counts = list.counts.figures;
  const run = list.shares.map((share, j) => ({ share, part: counts[j], named: '', population: '' }));
  const before = priorFigures(figures, list.counts.at).filter((f) => isExactCount(f) && sameUnitKind(f, counts[0]));
  if (before.length === 0) {
    // "分别占全市的20%、15%": a place the population names must be the one found's too (the city's total is not the
    // county's count stated again elsewhere).
    const base = namedRespectiveBase(doc, index, ctx, run, list.population) ?? runBase(doc, index, ctx, run);
    if (list.population && base && !(sharesPlace(list.population, base) && carriesNoun(list.population, base))) return [];
    return judgeRun(doc, index, ctx, run, base);
  }
  // In its own sentence: the count just before the list when it is marked as the total (共…, …中), or the list as its
  // parts (其中…).
  const total = before[before.length - 1];
  if (list.population && !sharesPlace(list.population, total)) return [];
  // Shares over 100% of parts the total holds ("其中商品类1800件，服务类1200件，分别占…60%、45%"): one is a slip — judged
  // against the total when another share is its part's of it.
  const holds = mayHold(run, total) || (holdsAllButOne(total, counts) && run.some((l) => givesShare(l, total, ctx)));
  // 其中 may open the names before 分别为 ("300件，其中刑事案件、民事案件分别为120件、150件"), a clause before the first count's.
  const ledBySubset = counts[0].subsetCue || NAMES_UNDER_SUBSET.test(doc.norm.slice(total.span.end, counts[0].span.start));
  return judgeRun(doc, index, ctx, run, (total.totalCue || AMONG.test(total.after) || ledBySubset) && holds ? total : undefined);
}

// The total's next clause opens with 其中 and names the counts of the 分别为 list after it.
const NAMES_UNDER_SUBSET = /^\s*[，,；;]\s*其中[^，,；;。0-9]*分别(?:为|是|有|达)?\s*$/;

// "分别占全县信访总量的15.43%、15.43%、14.86%": shares of a named population, listed with no counts (or paired with those
// before them).
// The population may open with a service's number ("分别占12315系统受理诉求总量的").
const NAMED_RESPECTIVE = /分别占((?:[0-9]{5,6})?[^，,；;。、占0-9０-９]{2,20}?)的\s*$/;

/** The "分别占X的a%、b%…" lists of a sentence (two shares or more, no counts paired). */
function namedRespective(doc: ReportDocument, figures: Figure[]): Figure[][] {
  const lists: Figure[][] = [];
  for (let k = 0; k < figures.length; k++) {
    if (!figures[k].percent || !NAMED_RESPECTIVE.test(figures[k].before)) continue;
    const shares = percentsJoinedFrom(doc.norm, figures, k, LIST_JOIN, figures.length);
    if (shares.length >= 2 && !shares.some((f) => f.approx || f.number.percentPoint)) lists.push(shares);
    k += shares.length - 1;
  }
  return lists;
}

// Past this many, nearly every share of two decimals is some k of the whole: the test says nothing.
const MAX_REACHABLE_WHOLE = 2000;

/**
 * "全县信访总量143件次。……分别占全县信访总量的15.43%、14.86%、……": shares with no part written, of the one count stated
 * before them (in the paragraph) under the noun they name, must each be k of that count for a whole k — 15.43% is none
 * (22/143 = 15.38%, 23/143 = 16.08%). One finding for the list, at the first share no k gives.
 */
function unreachableShares(doc: ReportDocument, index: FigureIndex, shares: Figure[], ctx: RuleContext): Finding[] {
  if (shares.length === 0) return [];
  const m = SHARE_BEFORE.exec(shares[0].before);
  const noun = m?.[1].replace(PLACE_WORDS, '').replace(/的$/, '').trim();
  const whole = noun ? nounCount(index, shares[0], noun) : undefined;
  if (!whole || whole.number.multiplier !== 1 || whole.decimals !== 0 || whole.value > MAX_REACHABLE_WHOLE || whole.value < 1) return [];
  const n = whole.value;
  const nearest = (share: Figure) => {
    const k0 = Math.round((share.value * n) / 100);
    return [k0 - 1, k0, k0 + 1].filter((k) => k >= 0 && k <= n);
  };
  const gives = (share: Figure, k: number) => judgeRounding(share.value, share.decimals, (k / n) * 100, (k / n) * 100, ctx.options.rounding) !== 'mismatch';
  const odd = shares.filter((share) => share.value <= 100 && !nearest(share).some((k) => gives(share, k)));
  if (odd.length === 0) return [];
  const first = odd[0];
  const near = nearest(first).filter((k) => Math.abs((k / n) * 100 - first.value) < 100 / n).map((k) => `${k}/${n}=${show((k / n) * 100, first.decimals)}%`);
  const more = odd.length > 1 ? `；同列另有${odd.length - 1}项（${odd.slice(1, 4).map((f) => figureText(doc, f)).join('、')}${odd.length > 4 ? '……' : ''}）也得不出` : '';
  return [report(CODE, {
    message: `占比无法由总数得出：${figureText(doc, first)}不是${figureText(doc, whole)}中的整数件所占比例（${near.join('，')}）${more}，占比可能按另一总数计算`,
    span: first.span,
    fixes: [],
    related: [{ span: whole.span, message: `总数：${figureLabel(doc, whole)}` }, ...odd.slice(1).map((f) => ({ span: f.span, message: `同列：${figureText(doc, f)}` }))],
  })];
}

/** The names of a 分别 list ending in the rest ("……和其他类分别占…"), or classes of one classification, as a partition. */
function respectiveSum(doc: ReportDocument, list: RespectiveList): Finding[] {
  // Paired with counts, the shares are named by the counts' words ("有专职律师246名和兼职律师38名，占比分别为90.6%和13.4%"),
  // when they name no population of their own (judged against its count instead).
  const names = list.names ?? (list.population ? undefined : list.counts?.figures.map((f) => categoryName(f.before.replace(COUNT_LEAD_WORDS, ''))));
  return names?.length === list.shares.length ? partitionFinding(doc, list.shares, names, undefined) : [];
}

// Words that lead a count without naming it ("有专职律师…", "其中，").
const COUNT_LEAD_WORDS = /^\s*(?:其中)?[，,：:]?\s*(?:共有|现有|有)?/;

/**
 * Categories that are only percents, one per segment: after a total ("案卷15630件，优秀卷25.6%，合格卷70.6%，不合格卷3.8%"),
 * or a list that says it is complete — it ends in the rest ("咨询类占41.50%，投诉举报类占33.26%，……，其他类占3.22%") —
 * or whose categories are classes of one classification ("…类", which cannot overlap) and add up to more than 100%.
 */
function checkPartitions(doc: ReportDocument, sentence: FigureSentence, figures: Figure[]): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < figures.length; i++) {
    const start = figures[i];
    // The count marked whole may be followed by its noun ("共收到186420条有效评价，其中：…").
    const afterTotal = isExactCount(start) && start.lone && (start.final || start.totalCue);
    const lead = afterTotal || isCategoryShare(start) ? undefined : namedInClauseBefore(doc, sentence, start);
    if (!afterTotal && !isCategoryShare(start) && !lead) continue;
    const shares: Figure[] = afterTotal ? [] : [start];
    for (let j = i + 1; j < figures.length; j++) {
      const f = figures[j];
      const prev = figures[j - 1];
      // "…186420条有效评价，其中：非常满意占97.65%，…": 其中 may open the list right after its total, in a clause of its own.
      const opening = afterTotal && j === i + 1 && f.subsetCue;
      if (!isCategoryShare(f) || (f.segment !== prev.segment + 1 && !(opening && f.segment === prev.segment + 2)) || (f.subsetCue && !opening)) break;
      shares.push(f);
    }
    if (shares.length < 2) continue;
    const at = i;
    i += shares.length - (afterTotal ? 0 : 1);
    const names = shares.map((f, k) => (k === 0 && lead ? lead : categoryName(f.before)));
    // A list 其中 opens may be a part of the whole: only a full scale of grades, from the best to the worst, or a list
    // going on to the rest ("其他…占14.85%") is all of it.
    if (afterTotal && shares[0].subsetCue && !fullScale(names) && !names.some((n) => REMAINDER.test(n))) continue;
    // Shares of every grade after the counts of the grades ("…不合格案卷3件，优秀率占比30%，…") are of the counts' sum, not of the
    // last count, itself a grade's.
    const gradeCount = allGrades(names) && GRADE_WORDS.some((g) => start.before.trim().startsWith(g));
    const whole = afterTotal && !gradeCount ? priorFigures(figures, at + 1).reverse().find((f) => f.totalCue && isExactCount(f)) ?? start : undefined;
    out.push(...partitionFinding(doc, shares, names, whole));
  }
  return out;
}

/**
 * "从年龄结构看，30岁以下的律师10.79万多人，占16.56%，30岁（含）至50岁的…占64.39%，…，65岁（含）以上的…占2.73%": the shares of
 * a sentence that opens by naming what it sorts by (从…看, 按…分) are of classes that cannot overlap — over 100% they hold a
 * slip; short of it only when the classes run from the lowest range to the highest (…以下 … …以上) or to the rest (其他).
 * Each share stated with a bare 占/占比 (or all with the same 占…的), none in a 其中 clause.
 */
function sortedShares(doc: ReportDocument, sentence: FigureSentence, figures: Figure[]): Finding[] {
  if (!SORTED_BY.test(doc.norm.slice(sentence.span.start, sentence.span.end))) return [];
  const shares = figures.filter((f) => f.percent && !f.change && !f.number.percentPoint && SORTED_SHARE.test(f.before));
  if (shares.length < MIN_CATEGORIES || shares.some((f) => f.approx || f.subsetCue) || new Set(shares.map((f) => f.before.trim())).size > 1 && shares.some((f) => f.before.trim() !== '占' && f.before.trim() !== '占比')) return [];
  const sum = shares.reduce((t, f) => t + f.value, 0);
  // Each share rounded to its last digit, whole percents too.
  const tolerance = shares.reduce((t, f) => t + 0.5 * 10 ** -f.decimals, 0) + 1e-9;
  const names = shares.map((f) => classOfShare(figures, f));
  // Matters involved ("涉及食品安全的占40%") may overlap, one complaint involving two.
  if (names.some((n) => /涉/.test(n))) return [];
  const ranges = RANGE_LOW.test(names[0]) && RANGE_HIGH.test(names[names.length - 1]);
  const complete = ranges || names.some((n) => REMAINDER.test(n) || JOINED_REST.test(n));
  if (sum - 100 <= tolerance && (!complete || 100 - sum <= tolerance || 100 - sum > PARTITION_SLACK)) return [];
  const decimals = Math.max(...shares.map((f) => f.decimals));
  return [report(CODE, {
    message: `${sum > 100 ? '同一分类的各类占比之和不应超过100%' : '各类占比（从最低一档列至最高一档）之和应为100%'}：${shares.map((f) => figureText(doc, f)).join('+')}=${show(sum, decimals)}%`,
    span: shares[shares.length - 1].span,
    related: shares.slice(0, -1).map((f) => ({ span: f.span, message: `部分：${figureText(doc, f)}` })),
  })];
}

// "从年龄结构看，", "按学历分，", "从律师事务所规模来看，": what the sentence sorts by, opening it.
const SORTED_BY = /^\s*(?:从|按照?)[^，,。；;：:0-9]{1,14}?(?:来看|看|分|划分)\s*[，,：:]/;
// A share stated bare ("占16.56%", "占比25.3%") or of a whole named the same way each time ("占全部律师的…").
const SORTED_SHARE = /^\s*(?:约)?占(?:比|[^，,；;。0-9]{1,12}的)?(?:约|为|达)*\s*$/;
const RANGE_LOW = /以下|以内|不足/;
const RANGE_HIGH = /以上|及以上|超过/;

/** The words of the class a share is of: the clause before it (its count's words), or its own before 占. */
function classOfShare(figures: Figure[], share: Figure): string {
  const at = figures.indexOf(share);
  const count = at > 0 && figures[at - 1].segment === share.segment - 1 ? figures[at - 1] : undefined;
  return (count ? count.before : share.before).trim();
}

/**
 * "受理案件89384件（海商案件占60.78%，海事诉讼特别程序案件占16.7%，…，其他案件占14.85%）": an aside of nothing but category
 * shares right after a count is a partition of it.
 */
function asidePartitions(doc: ReportDocument, index: FigureIndex, figures: Figure[]): Finding[] {
  const out: Finding[] = [];
  for (const total of figures) {
    const ids = index.asides.get(total.id);
    if (!ids || ids.length < MIN_CATEGORIES || !isExactCount(total)) continue;
    const shares = ids.map((id) => index.figures[id]);
    // An aside's figures are not cut into segments: each item is read from the mark before it to its share, which must
    // close it.
    const names: string[] = [];
    const open = doc.norm.slice(total.span.end, shares[0].span.start).search(/[（(]/);
    if (open < 0) continue;
    let from = total.span.end + open;
    for (const f of shares) {
      const item = ASIDE_ITEM.exec(doc.norm.slice(from + 1, f.span.start));
      const closes = ITEM_CLOSE.test(doc.norm.slice(f.span.end, f.span.end + 1));
      if (!f.percent || f.approx || !item || !closes || !isCategory(item[1])) break;
      names.push(categoryName(item[1]));
      from = f.span.end;
    }
    // Only a list going on to the rest is all of the count.
    if (names.length === shares.length && names.some((n) => REMAINDER.test(n))) out.push(...partitionFinding(doc, shares, names, total));
  }
  return out;
}
// An item of an aside: a mark (or its start), the category's words and 占/占比.
const ASIDE_ITEM = /^[，,、；;\s]*(?:其中[，,:：]?)?([^，,、；;：:（）()0-9]{1,16}?(?:占比?|为))$/;
const ITEM_CLOSE = /^[，,、；;）)]$/;

/**
 * Shares of categories that must add up to 100%: after a total (`whole`; a slip of a few points), ending in the rest
 * (complete: a slip of up to COMPLETE_SLACK), or classes of one classification ("…类") over 100%.
 */
function partitionFinding(doc: ReportDocument, shares: Figure[], names: string[], whole: Figure | undefined): Finding[] {
  const sum = shares.reduce((s, f) => s + f.value, 0);
  const tolerance = shares.reduce((t, f) => t + f.halfUlp, 0) + 1e-9;
  const off = Math.abs(sum - 100);
  // The rest may be joined to a last kind ("辐射及其他污染问题").
  const last = names[names.length - 1];
  // A scale of grades down to the lowest is complete as a list to the rest is.
  const rest = names.find((n) => REMAINDER.test(n)) ?? (JOINED_REST.test(last) || allGrades(names) ? last : undefined);
  // Classes of one classification ("…类"), or channels each naming a different one ("电话占…，网站占…，微信占…": a request
  // comes by one channel), cannot overlap.
  // Not what can be done by a channel ("网上可办占95%，现场可办占60%": one item may be both).
  const channels = names.map((n) => (/可/.test(n) ? -1 : kindOf(CHANNELS, n)));
  // Nor do the two sides of a split ("直接答复占…，转办占…", "有计划检查占…，触发式检查占…").
  const split = names.length === 2 && arePartitionPair(names[0], names[1]);
  // Nor do the grades of one survey question ("非常满意占…，满意占…，基本满意占…，不满意占…").
  const grades = names.every((n) => ANSWER_GRADE.test(n)) && new Set(names).size === names.length;
  // Nor do kinds of cases, each once, of one noun ("民事法律援助案件占…，刑事法律援助案件占…").
  const cases = names.length >= 2 && names.every((n) => CASE_KIND.test(n)) && oneKindEach(names, CASE_KIND);
  const classes = names.every((n) => /类$/.test(n)) || (channels.every((k) => k >= 0) && new Set(channels).size === channels.length) || split || grades || cases;
  // The two sides of a split of people are disjoint even where others are left out ("专职律师…，兼职律师…": 公职律师 too).
  const disjoint = names.length === 2 && PEOPLE_SPLITS.some(([a, b]) => (names[0].startsWith(a) && names[1].startsWith(b)) || (names[0].startsWith(b) && names[1].startsWith(a)));
  const over = (classes || disjoint) && sum > 100;
  // Two shares are enough only for classes over 100% ("商品类占55%，服务类占54%"): a list that must add up to 100% needs three.
  if (shares.length < MIN_CATEGORIES && !over) return [];
  const slack = rest ? COMPLETE_SLACK : whole ? PARTITION_SLACK : over ? CLASS_SLACK : 0;
  if (off <= tolerance || off > slack) return [];
  const decimals = Math.max(...shares.map((f) => f.decimals));
  const why = whole ? '同一总数的各部分占比之和应为100%' : rest ? `各类占比（列至“${rest}”）之和应为100%`
    : split ? `“${unquoted(names[0])}”与“${unquoted(names[1])}”互不重叠，占比之和不应超过100%` : grades ? '同一评价的各档占比之和不应超过100%' : '同一分类的各类占比之和不应超过100%';
  return [report(CODE, {
    message: `${why}：${shares.map((f) => figureText(doc, f)).join('+')}=${show(sum, decimals)}%`,
    span: shares[shares.length - 1].span,
    related: [
      ...(whole ? [{ span: whole.span, message: `总数：${figureLabel(doc, whole)}` }] : []),
      ...shares.slice(0, -1).map((f) => ({ span: f.span, message: `部分：${figureLabel(doc, f)}` })),
    ],
  })];
}

/**
 * "商品类投诉1290件，占投诉总量的67%；服务类投诉975件，占投诉总量的43%": with no total found, a run of shares of one named
 * population whose items are classes of one classification, or go on to the rest ("其他类投诉…"), is still a partition —
 * its shares add up to 100%. (Bare "占比" runs whose items fit no one total may be shares of other wholes: silent.)
 */
function runPartition(doc: ReportDocument, run: LooseShare[]): Finding[] {
  if (run.some((l) => l.share.approx || l.named === '') || partsOf(run).length !== run.length) return [];
  return partitionFinding(doc, run.map((l) => l.share), classNames(run.map((l) => categoryName(statedUnder(l.part)))), undefined);
}

// The three sectors' shares of the economy, or of its growth (贡献率), stated one by one ("第一产业增加值占地区生产总值的比重
// 为8.0%，第二产业增加值比重为43.3%，…"), side by side ("第一、二、三产业…贡献率分别为27.8%、35.3%和41.9%") or as a structure
// ("三次产业结构为6.0:42.9:47.1"): each set is all of it.
// (A sign before the number, a shrinking sector's negative contribution, stops the match: no unsigned misreading.)
const SECTOR_SHARE = /第([一二三])产业[^，,；;。%0-9\-−－负]*?(比重|占比|占|贡献率)[^，,；;。%0-9\-−－负]*?([0-9]+(?:\.[0-9]+)?)\s*%/g;
const SECTORS_SIDE_BY_SIDE = /(?:三次产业|第?一、(?:第?二、第?三|二、三次?)产业)[^。；;%0-9]*?(比重|占比|贡献率)[^。；;%0-9]*?分别(?:为|是|占)?\s*([0-9]+(?:\.[0-9]+)?)\s*%\s*[、，,]\s*([0-9]+(?:\.[0-9]+)?)\s*%\s*(?:[、，,和及与]|以及)\s*([0-9]+(?:\.[0-9]+)?)\s*%/g;
const SECTORS_GO_ON = /[，,]\s*(?:[对在][^，,。；;%0-9]{0,12}?)?(比重|占比|贡献率)分别(?:为|是|占)?\s*([0-9]+(?:\.[0-9]+)?)\s*%\s*[、，,]\s*([0-9]+(?:\.[0-9]+)?)\s*%\s*(?:[、，,和及与]|以及)\s*([0-9]+(?:\.[0-9]+)?)\s*%/y;

/** The three sectors' shares in a sentence that do not add up to 100% (within their rounding). */
function sectorShares(doc: ReportDocument, span: { start: number; end: number }): Finding[] {
  const text = doc.norm.slice(span.start, span.end);
  const sets: { kind: string; values: { text: string; at: number }[] }[] = [];
  // One by one: one share of each sector, of one kind (比重 and 占 alike; 贡献率 apart).
  // A sector named twice for one kind makes that kind's set no partition.
  const single = new Map<string, ({ text: string; at: number } | undefined)[]>();
  const repeated = new Set<string>();
  for (const m of text.matchAll(SECTOR_SHARE)) {
    const kind = m[2] === '贡献率' ? m[2] : '比重';
    const slots = single.get(kind) ?? [undefined, undefined, undefined];
    const k = '一二三'.indexOf(m[1]);
    if (slots[k]) repeated.add(kind);
    slots[k] = { text: m[3], at: m.index + m[0].lastIndexOf(m[3]) };
    single.set(kind, slots);
  }
  for (const [kind, slots] of single) if (!repeated.has(kind) && slots.every(Boolean)) sets.push({ kind, values: slots as { text: string; at: number }[] });
  const valuesOf = (m: RegExpMatchArray, groups: readonly number[]) => {
    const out: { text: string; at: number }[] = [];
    let at = m.index!;
    for (const k of groups) {
      at = m.index! + m[0].indexOf(m[k], at - m.index!);
      out.push({ text: m[k], at });
      at += m[k].length;
    }
    return out;
  };
  // "…分别为21.3%、20.2%和58.5%，对经济增长的贡献率分别为…": the next clause may go on with the same three.
  const goesOn = (end: number) => {
    SECTORS_GO_ON.lastIndex = end;
    const m = SECTORS_GO_ON.exec(text);
    if (m) sets.push({ kind: m[1] === '贡献率' ? m[1] : '比重', values: valuesOf(m, [2, 3, 4]) });
  };
  for (const m of text.matchAll(SECTORS_SIDE_BY_SIDE)) {
    sets.push({ kind: m[1] === '贡献率' ? m[1] : '比重', values: valuesOf(m, [2, 3, 4]) });
    goesOn(m.index! + m[0].length);
  }
  for (const m of text.matchAll(SECTOR_STRUCTURE)) {
    sets.push({ kind: '结构', values: valuesOf(m, SECTOR_STRUCTURE_TERMS) });
    goesOn(m.index! + m[0].length);
  }
  return judgeShareSets(doc, span, sets);
}

// A structure of other shares written as a ratio ("“四大检察”业务占比结构为69.93:16.65:8.41:5.01", "…比重结构为39:61"): its
// terms are percents of one whole. (Sectors' structures are read above, with their names.)
const SHARE_STRUCTURE = /(?:占比|比重|比例)?结构(?:比例?)?(?:为|是|调整为|优化为|变为)\s*([0-9]+(?:\.[0-9]+)?(?:\s*[:：∶︰]\s*[0-9]+(?:\.[0-9]+)?){1,5})(?![0-9.%:：∶︰])/g;

/** Structures written as ratios that do not add up to 100 (within their rounding), outside the sectors'. */
function structureShares(doc: ReportDocument, span: { start: number; end: number }): Finding[] {
  const text = doc.norm.slice(span.start, span.end);
  const sets: { kind: string; values: { text: string; at: number }[] }[] = [];
  for (const m of text.matchAll(SHARE_STRUCTURE)) {
    if (SECTOR_NAMED.test(text.slice(Math.max(0, m.index - MAX_STRUCTURE_NAME), m.index))) continue;
    const values: { text: string; at: number }[] = [];
    const from = m.index + m[0].length - m[1].length;
    for (const term of m[1].matchAll(/[0-9]+(?:\.[0-9]+)?/g)) values.push({ text: term[0], at: from + term.index });
    sets.push({ kind: '占比结构', values });
  }
  return judgeShareSets(doc, span, sets);
}

const SECTOR_NAMED = /产业/;
const MAX_STRUCTURE_NAME = 20;

/** Each set of shares of one whole that does not add up to 100% (within its rounding), as one finding on its last term. */
function judgeShareSets(doc: ReportDocument, span: { start: number; end: number }, sets: { kind: string; values: { text: string; at: number }[] }[]): Finding[] {
  const out: Finding[] = [];
  for (const { kind, values } of sets) {
    const numbers = values.map((v) => Number(v.text));
    const sum = numbers.reduce((a, b) => a + b, 0);
    const places = values.map((v) => v.text.split('.')[1]?.length ?? 0);
    const decimals = Math.max(...places);
    const tolerance = places.reduce((t, d) => t + 0.5 * 10 ** -d, 0) + 1e-9;
    // A structure far from 100 is a ratio of other terms ("1:3.5:5.5"), no percents.
    if (Math.abs(sum - 100) <= tolerance || Math.abs(sum - 100) > COMPLETE_SLACK) continue;
    const last = values[values.length - 1];
    // The span takes in the % sign, as a figure's does.
    const ratio = kind === '结构' || kind === '占比结构';
    const end = (v: { text: string; at: number }) => span.start + v.at + v.text.length + (ratio ? 0 : 1);
    const shown = ratio ? values.map((v) => v.text).join('+') : values.map((v) => `${v.text}%`).join('+');
    const what = kind === '贡献率' ? '三次产业对增长的贡献率之和应为100%' : kind === '结构' ? '三次产业结构各项之和应为100' : kind === '占比结构' ? '占比结构各项之和应为100' : '三次产业各占比之和应为100%';
    out.push(report(CODE, {
      message: `${what}：${shown}=${show(sum, decimals)}${ratio ? '' : '%'}`,
      span: { start: span.start + last.at, end: end(last) },
      related: values.slice(0, -1).map((v) => ({ span: { start: span.start + v.at, end: end(v) }, message: `部分：${v.text}${ratio ? '' : '%'}` })),
    }));
  }
  return out;
}

/** Each name opens with a kind of its own and goes on alike ("民事法律援助案件", "刑事法律援助案件"). */
function oneKindEach(names: string[], kinds: RegExp): boolean {
  const found = names.map((n) => kinds.exec(n)?.[0] ?? '');
  const rest = names.map((n, k) => n.slice(found[k].length));
  return new Set(found).size === names.length && rest.every((r) => r === rest[0]);
}

// A class named with the noun its list shares after 类 ("商品类投诉", "服务类投诉").
const CLASS_WITH_NOUN = /^(.*类)([\u4e00-\u9fff]{1,4})$/;

/** The classes of names that share the noun after 类 ("商品类投诉", "服务类投诉" → 商品类, 服务类); else the names. */
function classNames(names: string[]): string[] {
  const split = names.map((n) => CLASS_WITH_NOUN.exec(n));
  return split.every((m) => m && m[2] === split[0]![2]) ? split.map((m) => m![1]) : names;
}

// The most items a split before a count may have for the count to be read as its last.
const MAX_SPLIT_ITEMS = 6;

/**
 * "立案396件。其中：集体提案58件，委员个人或联名提案338件；涉及经济建设方面的提案142件，占35.9%": a count that, with the counts
 * right before it, adds up exactly to an earlier count is the last item of that count's split — no total of a share after
 * it (142÷396, not 142÷338).
 */
function closesSplit(index: FigureIndex, t: Figure): boolean {
  const paragraph = paragraphOf(index, t);
  let sum = t.value;
  for (let id = t.id - 1; id >= 0 && t.id - id <= MAX_SPLIT_ITEMS + 1; id--) {
    const f = index.figures[id];
    if (paragraphOf(index, f) !== paragraph || f.percent || !isExactCount(f) || !sameUnitKind(f, t)) return false;
    if (id < t.id - 1 && f.value === sum) return true;
    sum += f.value;
  }
  return false;
}

// The best and the worst grade of a scale ("非常满意" … "非常不满意", "很满意" … "不满意").
const BEST_GRADE = /^(?:非常|很)满意$/;
const WORST_GRADE = /^(?:非常|很)?不满意$/;

/** Grades of one scale, four or more, from its best to its worst. */
function fullScale(names: string[]): boolean {
  return names.length >= 4 && names.every((n) => ANSWER_GRADE.test(n)) && BEST_GRADE.test(names[0]) && WORST_GRADE.test(names[names.length - 1]);
}

/** A name without the quotes it may be written in ("“有计划检查”"). */
function unquoted(name: string): string {
  return name.replace(/[“”"]/g, '');
}

/** The category a bare share's clause before names, when that clause holds no figure: "基础设施问题凸显，占比25%". */
function namedInClauseBefore(doc: ReportDocument, sentence: FigureSentence, f: Figure): string | undefined {
  if (!f.percent || f.approx || f.number.percentPoint || !f.lone || !f.final || !BARE_SHARE.test(f.before)) return undefined;
  const segment = sentence.segments[f.segment - 1];
  if (!segment || segment.figures.length || segment.clause !== f.clause - 1) return undefined;
  const words = doc.norm.slice(segment.span.start, segment.span.end).replace(/^[，,；;：:\s]+|[，,；;：:\s]+$/g, '');
  return isCategory(words) ? words : undefined;
}

/** A percent that is one category of a list: alone and last in its segment, exact, after a short name. */
function isCategoryShare(f: Figure): boolean {
  return f.percent && !f.approx && !f.number.percentPoint && f.lone && f.final && isCategory(f.before);
}

function categoryName(before: string): string {
  return before.trim().replace(/(?:占比?|为|是)$/, '').trim().replace(GRADE_RATE, '$1');
}

// "优秀率占比30%": the share of a grade, named by the grade's rate.
const GRADE_RATE = new RegExp(`^(${GRADE_WORDS.join('|')})率$`);
// The best grade of a review's scale, which a list of all its grades opens with.
const TOP_GRADE = /^(?:优秀|非常满意)$/;

/** Every grade of one scale, each once, from the best down to the lowest ("优秀…良好…合格…不合格"). */
function allGrades(names: string[]): boolean {
  return names.length >= 3 && names.every((n) => GRADE_WORDS.includes(n)) && new Set(names).size === names.length &&
    TOP_GRADE.test(names[0]) && LOWEST_GRADE.includes(names[names.length - 1]);
}

function isCategory(before: string): boolean {
  const words = categoryName(before);
  return words.length > 0 && words.length <= MAX_CATEGORY_WORDS && !NOT_A_CATEGORY.test(words);
}
