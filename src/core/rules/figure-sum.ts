// figure/sum — a total and its listed parts: "共清理325件，保留204件，修改52件…" must add up, and a single "其中"
// part must not exceed its total. A sum is claimed only when the structure proves the list is exhaustive; otherwise
// a list is a subset and says nothing about the total.
import {
  INTERCHANGEABLE_COUNTERS, ACCEPTED_TOTAL, APPLICATION_DECISION, APPLICATION_RECEIVED, CASE_OUTCOME, CLEANUP_OUTCOME, CLEANUP_TOTAL, CLOSED_TOTAL, CORRECTION_OUTCOME, CORRECTION_TOTAL,
  CLOSED_OR_ANSWERED as CLOSED, commonPrefix, NOT_STARTED, DECISION, DISCLOSURE_GRANTED, DISCLOSURE_OUTCOME, DISCLOSURE_REFUSED, DISCLOSURE_REQUEST_TOTAL, LAWMAKING_OUTCOME, LAWMAKING_TOTAL, NON_CORRECTIVE, PARTITION_PAIRS, PENALTY_PROCEDURE, PENDING, arePartitionPair, WORK_DONE, WORK_OPEN, asidesOf, commonSuffix, figureLabel, figureText, isExactCount,
  ITEM_JOIN, MAX_LOOKBACK, amountOf, copyOf, isRoundedDownCount, countsItems, decimalsAcross, finestScaled, judgeRounding, mainFigures, matchInSentenceBefore, numeralFor, percentInterval, sameCountKind, sameUnitKind, show,
  clauseBefore, isDigit, isMeasureUnit, type Figure, type FigureIndex, type FigureSentence,
} from '../figures';
import { clauseWords as clauseWordsBefore, closingTotal, countsKindsBefore, hasOwnShare, headedBase, holdsAllButOne, isAboutFigureBefore, isAverageFigure, isOtherPeriodValue, isOwnCount, isVerbFrame, namedBase, periodOf, samePeriod, sameYear, statedUnder, statesChange, totalsBefore, verbFramedBase, verbOf } from '../bases';
import { CHANNEL_GROUPS, CHANNELS, LEVEL_GROUPS, LEVEL_HONOUR, exclusiveKinds, kindOf } from '../kinds';
import { ACTIVITY_VERBS, alternatives, CASE_KIND, DECREASE_WORDS, GRADE_WORDS, LOWEST_GRADE, INSTANCE_KIND, NEGATION_WORDS, AMOUNT_CHANGE_WORDS, asMediation, CHANGE_DOWN, CHANGE_UP, COMPARISON_WORDS, AVERAGE_BEFORE, CARRY_OVER, CARRIED_IN_FROM_LAST_YEAR, HEADCOUNT_UNITS, PEOPLE_COUNTED_IN, PEOPLE_GROUPS, PEOPLE_SPLIT_OPEN, PEOPLE_SPLITS, PLACE_QUALIFIER, exclusivePair, nounWithoutService, REVIEW_INTAKE, shortNames, SERVICE_NUMBER, CASE_STEPS, HANDLING_STAGE, SAME_THINGS, CHANGE_WORDS, REMAINDER_WORDS, SCOPE_WORDS, SORT_HEADING, CLASS_FRAME_HEADING, SUM_WORDS, TOTAL_CUE, TOTAL_WORDS, VALID_PART, NOT_GRAIN_CROPS, GRAIN_TOTAL, BUDGET_REVENUE, TAX_REVENUE } from '../lexicon';
import { parseChineseNumeral } from '../numbers';
import { memoized, perOwner } from '../collections';
import { charCodes, inOrderWithin, lastMatch, withoutPinyin } from '../text';
import { defineCodes, report, type Rule, type RuleContext } from '../rule';
import { PARTITIONED_TOTALS } from './figure-partition';
import type { Finding, ReportDocument } from '../types';
import { leadsIntoFirstSection } from '../units';

const CODE = 'figure/sum';

// A part that opens a new total ends the list before it ("…不予受理1件，现已办结13件，维持1件…").
// Not the time limit of a closure ("处于办结时限内正在办理568件").
// Nor those still open ("尚未审结2件").
const OPENS_TOTAL = new RegExp(`(?<!未)(?:办结|审结)(?!时限|期限)|(?<!未)结案|已结|${TOTAL_CUE.source}`);
const BARE_SUBSET = /^\s*其中\s*[:：]?\s*$/;
// A remark on the items before, between two items of a list ("…320件，均成功；调委会调解…").
const ITEM_COMMENT = /^\s*(?:均|都|全部|均已|已全部|现已)[\u4e00-\u9fff]{1,6}\s*$/;
// A time the item before took, between two items ("…电话服务1500人次，服务总时长200.5小时；智能服务…"): no count, no item.
const ITEM_DURATION = /^[\u4e00-\u9fff]{0,8}(?:时长|用时|时间)[\u4e00-\u9fff]{0,4}[0-9][0-9.,]*\s*(?:小时|分钟|天|秒)\s*$/;
// A sum written after its parts, bare or with the verb of what was summed ("…，共计审结86件"), or after words that
// point back at them ("以上合计", "以上三类共计", "二者合计"); "每班各1人，共6人" multiplies instead — 各 right before the
// number, not the 各 of "各县区办理300件".
// With words that point back at the parts, the sum may go on with 共 and name what it sums ("两项合计共受理投诉举报…",
// "以上合计受理信访事项…"). 罚没 names the fines and confiscations it sums ("…，没收违法所得2.3万元，罚没款共计…").
const SUM_AFTER = new RegExp(`^\\s*((?:以上|上述)([两二三四五六七八九十]|[2-9])?[类项个]?|([两二])者|([两二三四五六七八九十])项)?(?:罚没(?:款|金额)?)?(${alternatives(SUM_WORDS)})(共)?(审结|办结|结案|受理|办理|处理|调解|化解|清理|收到)?([\\u4e00-\\u9fff]{0,12}?)\\s*$`);

// A sum of all kinds over the year or to date, what was done to them first ("全年合计发布各类信息", "共计各类案件").
const ALL_KINDS_SUM = new RegExp(`^\\s*(?:全年|本年|今年|年内)?(?:${alternatives(SUM_WORDS)})[\\u4e00-\\u9fff]{0,4}?各类[\\u4e00-\\u9fff]{0,6}\\s*$`);
// The whole year right after its halves ("…，下半年受理70件，全年受理130件").
const YEAR_AFTER = /^\s*全年(?:共|累计)?[\u4e00-\u9fff]{0,12}$/;
// A bare 共 right after the parts ("…，民事案件470件，共750件"), or after words that count them ("两类案件共750件"), or with
// the verb the list opened with ("受理刑事案件280件、民事案件470件，共受理750件").
const BARE_SUM_AFTER = /^\s*(?:([两二三四五六七八九十]|[2-9])(?:类|项)[\u4e00-\u9fff]{0,6}?)?共(审结|办结|受理|办理|处理|调解|化解|清理|收到)?\s*$/;


/** A bare sum (BARE_SUM_AFTER) closing `before`, as sumAfter reads the others: no noun; the list's own verb, if any. */
function bareSumAfter(before: string): ReturnType<typeof sumAfter> & { ownVerb?: string } | undefined {
  const m = BARE_SUM_AFTER.exec(before);
  if (!m) return undefined;
  return { verb: '', ownVerb: m[2], count: m[1] ? Number(/[0-9]/.test(m[1]) ? m[1] : parseChineseNumeral(m[1])) : undefined, back: false, noun: '' };
}

/**
 * The sum words closing `before` (see SUM_AFTER): the verb of what was summed, how many parts the words point back at,
 * and the noun after them. Without words pointing back, a noun is taken only when asked for (`withNoun`: the caller
 * holds the parts to it).
 */
function sumAfter(before: string, withNoun = false): { verb: string; count?: number; back: boolean; noun: string } | undefined {
  const m = SUM_AFTER.exec(before);
  if (!m || (!m[1] && (m[6] || (m[8] && !withNoun)))) return undefined;
  const count = m[2] ?? m[3] ?? m[4];
  return { verb: m[7] ?? '', count: count ? Number(/[0-9]/.test(count) ? count : parseChineseNumeral(count)) : undefined, back: /^\s*(?:以上|上述)/.test(m[1] ?? ''), noun: m[8] ?? '' };
}
// What came in is no part of what was closed: "新收90件，受理80件，不予受理12件，合计审结85件" sums no intake.
const CLOSING_SUM = /审结|办结|结案/;
const INTAKE_PART = /新收|收到|接收|(?<!不予?)受理/;
const PER_ITEM = /各\s*$|每/;
// "房管、人事各3件", "卫生、地震和公路管理各1件": the count is of each name before 各.
const EACH = /各\s*$/;
const NAME_SEPARATORS = /[、和及与]/;

/**
 * The parts with a count of each of several names ("房管、人事各3件") counted once a name (6); undefined when a part counts
 * per something unnamed ("每班1人": how many is not said).
 */
function eachCounted(doc: ReportDocument, parts: Figure[]): Figure[] | undefined {
  if (!parts.some((p) => PER_ITEM.test(p.before))) return parts;
  const out: Figure[] = [];
  for (const [k, p] of parts.entries()) {
    if (!PER_ITEM.test(p.before)) {
      out.push(p);
      continue;
    }
    if (!EACH.test(p.before) || k === 0) return undefined;
    // The names run back past the 、 that split them into segments, to the part before.
    const words = doc.norm.slice(parts[k - 1].span.end, p.span.start).replace(/^[^，,；;]*[，,；;]/, '');
    const names = words.replace(EACH, '').split(NAME_SEPARATORS).filter((n) => n.trim());
    if (names.length < 2) return undefined;
    out.push({ ...p, value: p.value * names.length });
  }
  return out;
}
// A bare share ("占12.53%", "占比4.2%"), not one of a named base ("占调整预算的100%").
const SHARE_WORD = /占(?:比|比重)?(?:约|为|达)*\s*$/;
// A share of the whole ("占受理总数的41.1%", "占全部案件的…").
const SHARE_OF_WHOLE = /占[\u4e00-\u9fff]{0,8}?(?:总数|总量|全部[\u4e00-\u9fff]{0,6})的?(?:约|为|达)*\s*$/;

// Exhaustive lists, by what they enumerate (the words are in figures.ts):
// outcomes of closed cases must add up to 办结/审结/结案 (a list that names 维持, 驳回 or a closure without a ruling
// such as 终止 lists every outcome, not only the corrective ones); corrections (撤销、变更、确认违法、责令履行) add up to
// their 纠错 total; outcomes of accepted cases add up to 受理 when the cases still open are listed too;
// results of a clean-up of documents must add up to the documents cleaned up;
// a "其中" list holding 其他/其余/剩余 covers the whole total, and so does one part and the rest ("发现问题46个，
// 已整改43个，其余3个正在整改": the rest may go on with what happens to it);
// not a part of the rest ("其余问题中已启动整改6个").
// "公共服务等其他事项297项" is the rest too.
// The rest may be named in quotes, after what it is the rest of ("“应主动公开的其他信息”").
const REMAINDER = new RegExp(`^\\s*[“"]?(?:[^，,、]{1,10}等|[\\u4e00-\\u9fff]{1,8}的)?(${REMAINDER_WORDS})(?![^中]*中)`);
const BARE_REMAINDER = new RegExp(`^\\s*(${REMAINDER_WORDS})的?\\s*$`);
// the rest of a negation ("不予受理、告知及作出其他处理7件");
const OTHERS = new RegExp(REMAINDER_WORDS);
// two parts, one the negation (NEGATION_WORDS) of the other ("受理13件，不予受理1件", "办结…，未办结…", "调解成功…，调解不成功…",
// "电话…，非电话…"), split the total in two.
// A reason stated before the negated verb ("因线索不详或不属于职责范围而未受理").
const REASON_BEFORE = /^因[^，,；;。]*?(?:而|故)(?=不予|未予|未|不)/;
// A part that names what was not done ("不予受理", "未办结"); not 非, all else ("非电话…" goes with "电话…" to make a whole).
const NEGATED_WORDS = new RegExp(`^(?:${NEGATION_WORDS.filter((n) => n !== '非').join('|')})`);
// A state negated by 不 is everything but the state ("调解不成功", "不合格"), unlike a decision ("不予受理", "不公开"): of
// what the total counts when it names the verb ("调解纠纷1200件，调解成功…，调解不成功…"; cases received may be open).
// The noun both sides may share after it ("合格样品…，不合格样品…") is no part of the state — not where 合格 is one grade
// of several ("优秀案卷…，合格案卷…，不合格案卷…", "合格单位" of an assessment).
const STATE = /(?:成功(?:案件)?|合格(?:样品|产品|批次)?|达标(?:企业|单位|项目)?)$/;
// A predicate negated by 不 is true of everything else ("属于本机关职能范围…，不属于…", "符合条件…，不符合条件…"): no third
// outcome lies between them, whatever the total counts.
const PREDICATE = /^(?:属于|符合|涉及)/;
// A frame of the closed cases that the outcomes after it are of ("在已结案件中", "在审结的案件中").
const CLOSED_FRAME = '在(?:已结|审结|办结|结案)的?(?:案件)?中';
const CLOSED_FRAME_LEAD = new RegExp(`^\\s*[，,]?\\s*${CLOSED_FRAME}[，,]?`);
const PART_CUES = new RegExp(`^\\s*(对其中|其中|具体|包括|依法|已经|已|共|均|予以|${CLOSED_FRAME}|[,，:：\\s])*`);
// A list that names the categories of its total ("审查地方性法规、政府规章项目40件，包括地方性法规类15件、政府规章类23件"):
// the names are joined by these in the total's clause, and each part may add a category word to its name.
const NAME_JOINS = /、|和|及|与/;
const CATEGORY_WORD = /(?:类别|类|方面|领域)$/;
// A report lists a dozen or two parts of a total; a longer run of counts is a table or a paste gone wrong, not a
// breakdown: it is not checked (and no scan of a list runs longer than this).
const MAX_PARTS = 40;

const CODES = defineCodes({
  'figure/sum': {
    severity: 'error',
    fixable: true,
    description: '总数与分项：穷尽列举的分项之和应等于总数，“其中”分项不得超过总数',
    descriptionEn: 'Totals and parts: an exhaustive list of parts must add up to its total; a "其中" part must not exceed it',
  },
});

export const figureSum: Rule = {
  id: CODE,
  codes: CODES,
  meta: {
    description: '总数与分项：穷尽列举的分项之和应等于总数，“其中”分项不得超过总数',
    descriptionEn: 'Totals and parts: an exhaustive list of parts must add up to its total; a "其中" part must not exceed it',
    locality: 'section',
  },
  check(doc, ctx) {
    const index = ctx.figures();
    const out: Finding[] = [];
    // Figures already listed as parts of an earlier total (part id → that total) are totals themselves only when they
    // open a new one.
    const outerOf = new Map<number, Figure>();
    const listOf = new Map<number, Figure[]>();
    const partitioned = ctx.analysis(PARTITIONED_TOTALS);
    // Lists named item by item like one that adds up to its total elsewhere in the report (breakdownShape).
    const shapesHeld = new Set<string>();
    const unproven: { total: Figure; parts: Figure[]; shape: string }[] = [];
    // Plain loops, not callbacks made anew each check: their compiled code lives with this function and outlasts a
    // collection of the heap between checks.
    for (let k = 0; k < index.sentences.length; k++) {
      let chain = chainOf(doc, index, k);
      for (let i = 0; i < chain.length; i++) {
        // "共收到15份政府信息公开申请，其中…": a count written before its noun, read as if after it (a copy: the chain may
        // be the index's own array).
        const nounFirst = countFirstTotal(doc, index, chain[i], chain[i + 1]);
        if (nounFirst !== chain[i]) chain = [...chain.slice(0, i), nounFirst, ...chain.slice(i + 1)];
        // "共不起诉67件70人，其中法定不起诉0人，…": the people of the cases counted right before them, under the cases' words.
        const cases = i > 0 && headcountBeside(index, chain[i - 1]) === chain[i] ? chain[i - 1] : undefined;
        if (cases) chain = [...chain.slice(0, i), copyOf(chain[i], { before: cases.before, totalCue: cases.totalCue }), ...chain.slice(i + 1)];
        const total = chain[i];
        // "比上年末增加0.1万人，其中城镇人口41.4万人": a change is no total of what follows it.
        // Nor is the year before's value ("上年为47件"): this year's parts are not its.
        // A total made up by definition (地区生产总值, 常住人口, 粮食产量) with its parts stated is figure/partition's.
        if (total.sentence !== k || total.change || isOtherPeriodValue(total)) continue;
        const parts = withoutNestedLists(doc, respectiveParts(doc, total, partsAfter(doc, index, chain, i)));
        // Its parts' changes, stated with them, are this rule's still (the parts themselves figure/partition checks).
        if (partitioned.has(total.id)) {
          const changes = checkChangesOfParts(doc, index, total, parts);
          if (changes) out.push(changes);
          continue;
        }
        // "对97504件规范性文件，经清理，保留…": a total followed by its noun or by a clause without figures heads only the
        // lists whose words prove them complete — or a 其中 list opening the clause right after its own ("完成200家社会组织的
        // 清理，其中撤销登记…").
        // A count framing the clauses after it ("在办理的30件申请中，…") heads them as well.
        if (parts.length && !(total.final ? leadsList(doc, index, total, parts[0]) : subsetRightAfter(doc, index, total, parts[0]) || FRAME_AFTER.test(total.after)) && !isCompleteByWords(doc, index, total, parts) &&
            !subsetWithRest(doc, index, total, parts)) parts.length = 0;
        // "共计立案查处390件（其中简易程序110件，…），实施行政强制措施8件": an aside opened by 其中 is the total's breakdown;
        // the clauses after it are its siblings.
        // So is an aside the total's parts fill: "开展诉前程序833件（发布公告119件，提出检察建议714件），提起公益诉讼49件".
        // So is one opened by 包括: "门户网站公开信息308条（包括工作动态184条，…，其他信息68条），微信公众号…".
        const aside = asideParts(doc, index, total);
        // "共311条（其中：政府网站6条，微信公众号305条），其中工作动态86条，…，其他信息141条": a 其中 list of the sentence after
        // the aside's is a second breakdown of the total, checked on its own.
        const pastAside = aside[0]?.subsetCue && parts.length >= 2 && parts[0].subsetCue && !parts[0].inParens && parts[0].id > aside[aside.length - 1].id &&
          parts.every((p) => p.sentence === total.sentence && !p.inParens) ? [...parts] : [];
        if (parts.length === 0 || aside[0]?.subsetCue || (aside.length >= 2 && INCLUDES_LEAD.test(aside[0].before)) || splitInAside(doc, total, aside) || fillsAside(doc, index, total, aside)) parts.splice(0, parts.length, ...aside);
        const outer = outerOf.get(total.id);
        // The closed cases of an intake split with those still open are a part, no total of the open ones after them.
        const closedOfIntake = !!outer && CLOSED_WORK.test(stateWords(total));
        // A part of an earlier total heads its own 其中 list ("清理…100余件，废止7件，现行有效…86件，其中县政府…").
        // So does one with its own breakdown in brackets right after it ("其中，区级规范性文件13件（以区政府名义印发6件，…）").
        // So does one whose own list follows it under 包括 ("…；工作信息37条，包括动态信息15条、…").
        // So does one closing its sentence before a 其中 sentence ("共提出提案640件，经审查，立案612件。其中：集体提案…"), or
        // before a sentence of answers to requests ("收到申请87件，答复83件。予以公开4件，…").
        // "…信息100条，具体为：A类40条、…": a list the count opens for itself is its own, whatever larger count stands before it.
        const opensOwnList = !!parts[0] && parts[0].sentence === total.sentence && NESTED_LEAD.test(textWithoutDigitsBetween(doc, total, parts[0]));
        const ownSubset = (!!parts[0] && (parts[0].subsetCue || INCLUDES_LEAD.test(parts[0].before)) && parts[0].sentence === total.sentence) || opensOwnList || (!!parts[0] && parts[0].parenOwner === total.id) ||
          (!!parts[0] && (parts[0].subsetCue || answersOfRequests(doc, index, total, parts)) && parts[0].sentence === total.sentence + 1 && closesWithChange(index, total));
        // An item of a 其中 list whose total's list went on in another unit ("发布信息3000条，其中，文件5件、解读16件，要闻300条，
        // 动态900条，公告400条，其他379条") is a sibling of the items after it, not their total.
        // So is one after 累计/共 there ("…，累计公开服务信息40条，旅游信息20条，其他信息18条"); a count of closed cases
        // after the intake's list heads its own ("受理…，其中…；办结95件，维持…").
        const sibling = !outer && !total.subsetCue && !ownSubset && inSubsetList(index, total);
        const opensTotal = OPENS_TOTAL.test(total.before) && !closedOfIntake && (!sibling || CLOSING_SUM.test(total.before));
        const mayAccuse = (!outer && !sibling) || ownSubset || opensTotal || (!!outer && (splitsSubtotal(doc, index, total, parts, outer) || headsItsLine(doc, index, total, parts)));
        const whole = outer && enumeratedWhole(doc, index, chain, i, outer, listOf.get(outer.id));
        const wholeParts = whole ? partsAfter(doc, index, [whole, ...chain.slice(i + 1)], 0) : [];
        for (const p of wholeParts) outerOf.set(p.id, whole as Figure);
        // "共接到诉求46000件（电话诉求40000件、非电话诉求6000件）。其中，直接办结…，转办…": the aside right after the total
        // is a breakdown of its own beside the list of the next sentence.
        const ownAside = parts.length && parts[0] !== aside[0] && parts[0].sentence !== total.sentence ? aside : [];
        // "办理建议56件、提案48件，其中主办60件，协办44件": a 其中 list after counts joined by 、 may break down all of them.
        // "…人大代表建议8件、政协提案16件。其中，人大建议主办6件、协办3件": nor one whose stretches name their counts (checkRespectiveLists).
        const ofRun = !whole && (heldByJoinedRun(doc, index, chain, i, parts) || (!!parts[0] && parts[0].sentence === total.sentence + 1 && !!respectiveLists(doc, index, parts[0].sentence)));
        // "共排查纠纷3260件，调解成功3198件。其中，县级…，乡镇…": a 其中 sentence after a part of the total (its successes) may
        // break down either; parts above both exceed whichever is theirs, held against the larger.
        const aboveOuter = !mayAccuse && !!outer && !whole && parts.length >= 2 && parts[0].sentence !== total.sentence && sumOf(parts) > outer.value + tolerance(outer, parts);
        const finding = ofRun ? undefined : aboveOuter ? checkTotal(doc, ctx, outer as Figure, parts, true, true) : whole ? checkTotal(doc, ctx, whole, wholeParts, true, true)
          : carriedIn(doc, parts) ? checkCarriedIntake(doc, ctx, total, parts[0], parts.slice(1), mayAccuse)
          : checkTotal(doc, ctx, total, parts, mayAccuse, opensOwnList) ?? (ownAside.length ? checkTotal(doc, ctx, total, ownAside, mayAccuse) : undefined) ??
            (pastAside.length ? checkTotal(doc, ctx, total, pastAside, mayAccuse) : undefined);
        if (finding) out.push(finding);
        const changes = !finding && !ofRun && !whole && mayAccuse ? checkChangesOfParts(doc, index, total, parts) ?? checkPairedMeasure(doc, index, total, parts) : undefined;
        if (changes) out.push(changes);
        const shape = !finding && !ofRun && !whole && mayAccuse ? breakdownShape(total, parts) : undefined;
        if (shape && addsUp(total, parts)) shapesHeld.add(shape);
        else if (shape) unproven.push({ total, parts, shape });
        for (const p of parts) if (!outerOf.has(p.id)) outerOf.set(p.id, total);
        if (parts.length) listOf.set(total.id, parts);
        const after = checkSumAfter(doc, ctx, chain, i) ?? namedSum(doc, ctx, total) ?? etCeteraSum(doc, ctx, chain, i);
        if (after) out.push(after);
        const subset = ofRun ? undefined : checkSubset(doc, ctx, chain, i, outer && listOf.get(outer.id), parts.length < 2);
        if (subset) out.push(subset);
      }
      const narrower = checkClassSubset(doc, index, k);
      if (narrower) out.push(narrower);
      const among = checkAmongList(doc, index, ctx, k) ?? checkNamedAmong(doc, index, ctx, k);
      if (among && !out.some((f) => f.span.start === among.span.start)) out.push(among);
      const headed = checkHeadedList(doc, index, ctx, k) ?? checkRespectiveLists(doc, index, ctx, k) ?? checkPairStretches(doc, index, k) ?? checkSharedList(doc, index, ctx, k) ?? checkSortedList(doc, index, ctx, k) ?? checkNamedLead(doc, index, ctx, k) ?? checkTopicList(doc, index, k) ?? checkNamedByEnding(doc, index, ctx, k) ?? checkAddedSum(doc, index, k) ?? checkYearByYear(doc, index, k) ?? checkInterleavedKinds(doc, index, k) ?? checkWaysOfIntake(doc, index, k) ?? checkRestSplit(doc, index, ctx, k) ?? checkRestAcross(doc, index, ctx, k) ?? checkKindsOfNounBefore(doc, index, ctx, k) ?? checkChunkCategories(doc, index, k) ?? checkDispositions(doc, index, k) ?? checkEnumeratedKinds(doc, index, k) ?? checkFramedKinds(doc, index, ctx, k) ?? checkTheseSplit(doc, index, k) ?? checkActualRest(doc, index, k) ?? checkOutcomeRun(doc, index, k) ?? checkClosedOutcomes(index, k, doc) ?? checkFramedCounts(doc, index, k);
      // One finding a total: a list found both ways ("…150件。其中：行政处罚类70件；…；其他类30件。") is reported once — and
      // one a list, held against the count closing the sentence before rather than an earlier one its noun names.
      if (headed && !out.some((f) => f.span.start === headed.span.start || sameParts(f, headed))) out.push(headed);
      for (const metric of [...checkStretchMetrics(doc, index, k), ...checkSortedStretches(doc, index, k)]) if (!out.some((f) => f.span.start === metric.span.start)) out.push(metric);
      // The intake and its closed and open parts may already be a total with its parts above.
      const carried = checkCarriedWhole(doc, index, ctx, k);
      if (carried) out.push(carried);
      const accounts = checkNetAssets(doc, index, k);
      if (accounts && !out.some((f) => f.span.start === accounts.span.start)) out.push(accounts);
      const balance = checkBalance(doc, index, ctx, k);
      if (balance && !out.some((f) => f.span.start === balance.span.start)) out.push(balance);
      const corrections = checkCorrectionRegister(doc, index, k);
      if (corrections && !out.some((f) => f.span.start === corrections.span.start)) out.push(corrections);
      const stock = checkIntakeAndCarry(doc, index, ctx, k);
      if (stock && !out.some((f) => f.span.start === stock.span.start)) out.push(stock);
      const aboveEvery = out.some((f) => f.span.start >= (index.sentences[k - 1]?.span.start ?? Infinity) && f.span.end <= index.sentences[k].span.end) ? undefined : checkAboveEveryCount(doc, index, ctx, k);
      if (aboveEvery) out.push(aboveEvery);
      const paired = checkPairedMeasures(doc, index, k) ?? checkPairedHeadcounts(doc, index, k) ?? checkTotalInAside(doc, index, k) ?? checkIncludedAside(doc, index, k) ?? checkFramedRest(doc, index, k);
      if (paired && !out.some((f) => f.span.start === paired.span.start)) out.push(paired);
      const casesAndPeople = checkCasesAndPeopleAbove(doc, index, k);
      if (casesAndPeople && !out.some((f) => f.span.start === casesAndPeople.span.start)) out.push(casesAndPeople);
      const amountAbove = checkAmountAboveInNext(doc, index, k);
      if (amountAbove && !out.some((f) => f.span.start === amountAbove.span.start)) out.push(amountAbove);
      const closedOver = checkClosedPastIntake(doc, index, k);
      if (closedOver && !out.some((f) => f.span.start === closedOver.span.start)) out.push(closedOver);
      const shares = checkSharesSummed(doc, index, k);
      if (shares) out.push(shares);
      const answers = checkAnswersOfRequests(doc, index, k);
      if (answers && !out.some((f) => f.span.start === answers.span.start)) out.push(answers);
    }
    for (const { total, parts, shape } of unproven) {
      if (shapesHeld.has(shape) && !out.some((f) => f.span.start === total.span.start)) out.push(sumFinding(doc, total, parts, sumOf(parts) > total.value));
    }
    return out;
  },
};

/**
 * "共办理…315019件，比去年同期增加123232件。其中区政务中心办理183717件（比去年增加50209件），乡镇…59360件（比去年增加35969件），
 * 村…71942件（比去年增加37054件）": parts that add up to their total, each stated with its change as an amount, as the total is
 * — the changes add up to the total's (an increase counted up, a decrease down).
 */
function checkChangesOfParts(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[]): Finding | undefined {
  if (parts.length < 2 || !addsUp(total, parts)) return undefined;
  const own = changeOf(index, total);
  const changes = parts.map((p) => changeOf(index, p));
  if (!own || changes.some((c) => !c || !sameUnitKind(c, own))) return undefined;
  const of = changes as Figure[];
  const signed = (f: Figure) => (DECREASE.test(f.before) ? -f.value : f.value);
  const sum = of.reduce((t, f) => t + signed(f), 0);
  const slack = own.halfUlp + of.reduce((t, f) => t + f.halfUlp, 0) + 1e-9 * Math.max(1, Math.abs(own.value));
  if (Math.abs(sum - signed(own)) <= slack) return undefined;
  const terms = of.map((f, k) => `${k > 0 && signed(f) >= 0 ? '+' : ''}${signed(f) < 0 ? '−' : ''}${figureText(doc, f)}`).join('');
  return report(CODE, {
    message: `各分项的增减量之和与总数的增减量不符：${terms}=${show(sum, Math.max(...of.map((f) => f.decimals)))}${own.unit}，总数的增减量为${figureText(doc, own)}（各分项之和恰为总数，增减量也应相加）`,
    span: own.span,
    related: of.map((f, k) => ({ span: f.span, message: `分项的增减量：${figureLabel(doc, parts[k])}` })),
  });
}

const DECREASE = new RegExp(alternatives([...DECREASE_WORDS, '减']));

/** The change of a count stated as an amount right after it: in its aside or as the next figure of its sentence. */
function changeOf(index: FigureIndex, f: Figure): Figure | undefined {
  const next = index.figures[f.id + 1];
  if (!next || !next.change || next.percent || !isExactCount(next) || !sameUnitKind(next, f) || next.sentence !== f.sentence) return undefined;
  return next.parenOwner === f.id || next.clause === f.clause + 1 ? next : undefined;
}

// A breakdown repeated for several totals names at least this many items.
const MIN_SHAPE_ITEMS = 3;

/**
 * "广东省共计124件，包括按日连续处罚案件6件，实施查封、扣押案件46件，…；福建省共计78件，包括…": the items of a list, named and
 * counted in order, as a key — a report that breaks several totals down into the same items, one of them adding up exactly,
 * shows that those items are all of such a total. Undefined for a list too short or with items unnamed or named twice.
 */
function breakdownShape(total: Figure, parts: Figure[]): string | undefined {
  if (parts.length < MIN_SHAPE_ITEMS || !isExactCount(total) || parts.some((p) => !isExactCount(p) || p.inParens !== parts[0].inParens)) return undefined;
  const names = parts.map((p) => partWords(p).replace(/^[，,、：:\s]+/, ''));
  if (names.some((n) => n.length < 2) || new Set(names).size !== names.length) return undefined;
  return `${total.unit}|${parts.map((p, k) => `${names[k]}${p.unit}`).join('|')}`;
}

/**
 * The total closes a run of counts of its kind joined by 、/和/及 in its clause ("建议56件、提案48件"), and its 其中 list right
 * after it adds up to the run's sum: the list breaks down the whole run (主办60件，协办44件 of 104), so neither it nor a part
 * of it is held to the last count alone.
 */
function heldByJoinedRun(doc: ReportDocument, index: FigureIndex, chain: Figure[], i: number, parts: Figure[]): boolean {
  const total = chain[i];
  if (!chain[i + 1]?.subsetCue || !isExactCount(total)) return false;
  let sum = total.value;
  let joined = 0;
  for (let j = i - 1; j >= 0 && joined < MAX_PARTS; j--) {
    const f = chain[j];
    const next = chain[j + 1];
    if (f.sentence !== total.sentence || !isExactCount(f) || !sameUnitKind(f, total) || !ITEM_JOIN.test(doc.norm.slice(f.span.end, next.span.start - next.before.length))) break;
    sum += f.value;
    joined++;
  }
  if (!joined) return false;
  // A part above the last count ends its list before it starts: the list read as the run's.
  const listed = parts.length ? parts : partsAfter(doc, index, [copyOf(total, { value: sum }), ...chain.slice(i + 1)], 0);
  // Only a list that adds up to the whole run tells that it is the run's: one above the last count alone may as well
  // be that count's with a slip in it.
  return listed.length > 0 && Math.abs(sumOf(listed) - sum) <= tolerance(total, listed);
}

// What opens an item's own list right after its count ("…信息100条，具体为：", "…100条，包括：").
const NESTED_LEAD = /^\s*[，,]?\s*(?:(?:具体|主要)?包括|具体(?:为|是)|分别为)\s*[:：]?\s*$/;
// What ends such a list: the next item of the outer list follows a ； (or the sentence ends).
const NESTED_END = /[；;。]/;

/**
 * "主动公开政府信息500条，其中，通过区政府网公开信息100条，具体为：行政处罚类40条、…、其他类10条；信息公示栏公开50条": the
 * list an item opens for itself (up to the next ；) breaks that item down — no parts of the outer total.
 */
function withoutNestedLists(doc: ReportDocument, parts: Figure[]): Figure[] {
  let out: Figure[] | undefined;
  for (let k = 1; k < parts.length; k++) {
    // "工作类信息15条，其中镇街动态5条；政策文件类信息12条": a 其中 right after an item breaks that item down, to the ；.
    const between = textWithoutDigitsBetween(doc, parts[k - 1], parts[k]);
    // ("区管国有企业11家，包括功能保障类企业10家、市场竞争类企业1家；委托监管企业7家": 包括 in the item's own words.)
    // (Past a ；, 包括 opens another breakdown of the total: "其中甲区300件，乙区200件；包括咨询500件、…".)
    const subset = !NESTED_LEAD.test(between) && !(parts[k].sentence === parts[k - 1].sentence && INCLUDES_LEAD.test(parts[k].before.replace(/^\s*[，,]/, '')) &&
      !/[；;]/.test(doc.norm.slice(parts[k - 1].span.end, parts[k].span.start)));
    // (Past a ；, only after a category: "工作类信息15条；其中镇街动态5条；…".)
    if (subset && !(parts[k].subsetCue && (/^\s*[，,]?\s*$/.test(between) || (/^\s*[；;]\s*$/.test(between) && isCategory(parts[k - 1]))))) continue;
    let end = k + 1;
    while (end < parts.length && !NESTED_END.test(doc.norm.slice(parts[end - 1].span.end, parts[end].span.start))) end++;
    // (A 其中 to the list's end may break down all the items before it, or be their sibling.)
    if (subset && (end === parts.length || !/[；;]/.test(doc.norm.slice(parts[end - 1].span.end, parts[end].span.start)))) continue;
    out = [...(out ?? parts.slice(0, k)), ...parts.slice(end)];
    return withoutNestedLists(doc, out);
  }
  return parts;
}

/**
 * chain[j], after the part prev in its sentence, counts other things than the total (beds of the hospitals counted), with
 * no ； between them, and past a ； further on in the sentence the list goes on with a count like the total's.
 */
function describesItem(doc: ReportDocument, chain: Figure[], j: number, total: Figure, prev: Figure): boolean {
  const f = chain[j];
  if (f.percent || sameCountKind(total, f) || mixedCounter(total, f) || /[；;]/.test(doc.norm.slice(prev.span.end, f.span.start))) return false;
  for (let k = j + 1; k < chain.length && k <= j + MAX_LOOKBACK && chain[k].sentence === f.sentence; k++) {
    const g = chain[k];
    if (!g.percent && sameCountKind(total, g)) return /[；;]/.test(doc.norm.slice(f.span.end, g.span.start));
  }
  return false;
}

// The least ending the items a colon opens share ("低保累计支出"), to be one breakdown.
const MIN_COLON_ENDING = 3;

/**
 * "社会救助支出62036.4万元，同比增长61.62%：城市低保累计支出7912.1万元…；农村低保累计支出39260.3万元…；民政管理事务支出…": a
 * colon right after a part's clause opens its breakdown — counts named alike (an ending of three characters or more), two
 * or more, adding up to no more than it, in its sentence, the list going on past them. The chain index of its last
 * item, or undefined.
 */
function colonBreakdownEnd(doc: ReportDocument, chain: Figure[], j: number, owner: Figure): number | undefined {
  const first = chain[j];
  if (first.percent || first.sentence !== owner.sentence || !/[:：]\s*$/.test(doc.norm.slice(owner.span.end, first.span.start - first.before.length))) return undefined;
  const items: Figure[] = [];
  let last = j;
  for (let k = j; k < chain.length && chain[k].sentence === owner.sentence; k++) {
    const f = chain[k];
    if (f.percent || f.change) continue;
    if (items.length && commonSuffix([...items, f].map(partWords)).length < MIN_COLON_ENDING) {
      return items.length >= 2 && sumOf(items) <= owner.value + tolerance(owner, items) ? last : undefined;
    }
    if (!isExactCount(f) || !sameUnitKind(f, owner)) return undefined;
    items.push(f);
    last = k;
  }
  return undefined;
}

/** The words between two figures up to the second's own words: what opens the second's clause ("，具体为："). */
function textWithoutDigitsBetween(doc: ReportDocument, a: Figure, b: Figure): string {
  // A count written before its noun, read as if after it (countFirstTotal), ends with that noun.
  const nounAfter = a.final && a.after.trim() && a.before.endsWith(a.after.trim()) ? a.after.length : 0;
  return doc.norm.slice(a.span.end + nounAfter, b.span.start - b.before.length);
}

// 包括 or 具体为 opening the list of the count right before it ("…信息100条，具体为：行政处罚类40条、…").
const INCLUDES_LEAD = /^\s*(?:(?:具体)?包括|具体(?:为|是))\s*[:：]?/;

// Words that open the list of a total's parts: "其中", "分别为", "结果为", "经审理，", "具体为：", "从审理结果看，". A
// sentence opening with them lists
// the parts of the total closing the sentence before it: "直接纠错40件。结果分别为撤销20件，…", "…审结85件。经审理，维持…".
// So does a frame of the closed cases (CLOSED_FRAME).
const PARTS_LEAD = `其中|分别|(?:处理|审理|复议|办理)?结果|经(?:依法)?(?:审理|审查|复议|办理|处理)|具体(?:为|是|如下|情况)|从(?:处理|审理|复议|办理)?结果(?:来)?看|${CLOSED_FRAME}`;
const OPENS_PARTS = new RegExp(PARTS_LEAD);
const LIST_LEAD = new RegExp(`^\\s*(?:${PARTS_LEAD})`);
// The outcomes of what a total counts ("经审理，", "复议结果为：", "从审理结果看，"), and a sentence with no figure.
const OUTCOME_LEAD = /^\s*(?:经(?:依法)?(?:审理|审查|复议|办理|处理)|(?:处理|审理|复议|办理)结果|从(?:处理|审理|复议|办理)?结果(?:来)?看)/;
const NO_FIGURES = /^[^0-9０-９]*$/;
// A sentence that says all of the count before was done, and nothing else ("全部已在规定时间内答复。", "均已按期办结。").
const ALL_DONE_LINE = /^\s*(?:已?全部|均已?|全部已)[^0-9０-９。，,]{0,16}?(?:答复|办结|审结|办理完毕|处理完毕|回复)[。！]?\s*$/;
// A sentence that is nothing but the lead of the list on the lines after it ("其中：", "具体如下：").
const BARE_LEAD = new RegExp(`^\\s*(?:${PARTS_LEAD})[\u4e00-\u9fff]{0,4}\\s*[:：]\\s*$`);
// An item line that the next line goes on from ("维持80件；").
const ITEM_END = /[；;，,、]\s*$/;

/**
 * The figures of sentence k and of the item lines after it ("维持80件；⏎撤销15件；⏎…⏎终止8件。"): each line one sentence
 * ending in ；/，/、 until the last.
 */
function lineItems(doc: ReportDocument, index: FigureIndex, k: number): Figure[] {
  const figures = [...mainFigures(index.sentences[k])];
  for (let j = k; figures.length <= MAX_PARTS && runsOnToItem(doc, index, j + 1); j++) figures.push(...mainFigures(index.sentences[j + 1]));
  return figures;
}

/** Sentence j (an item line) starts the line after an item line that ends in ；/，/、. */
function runsOnToItem(doc: ReportDocument, index: FigureIndex, j: number): boolean {
  const [sentence, before] = [index.sentences[j], index.sentences[j - 1]];
  if (!sentence || !before || before.docSentence !== sentence.docSentence - 1) return false;
  const [line, previous] = [doc.sentences[sentence.docSentence], doc.sentences[before.docSentence]];
  return line.blockIndex === previous.blockIndex + 1 && ITEM_END.test(previous.text) && mainFigures(before).length <= 2;
}

/**
 * The sentence's figures outside asides, continued into the next sentence of the paragraph when that one opens a list
 * of the parts of the total closing this one (a change clause may follow the total: "…400件，同比增长9%。其中…").
 */
function chainOf(doc: ReportDocument, index: FigureIndex, k: number): Figure[] {
  const own = mainFigures(index.sentences[k]);
  const next = index.sentences[k + 1];
  if (next && continuesList(doc, index, k + 1)) return own.concat(mainFigures(next));
  if (!next) return own;
  // "共审结120件。案件主要涉及……等领域。经审理，维持…": a sentence without figures may stand between a total and the
  // outcomes of what it counts.
  const nextText = doc.sentences[next.docSentence].text;
  const total = closingTotal(doc, index, k + 1, LEAD_LINE) ?? (OUTCOME_LEAD.test(nextText) ? closingTotal(doc, index, k + 1, NO_FIGURES) : undefined) ??
    // "共收到申请19件。全部已在规定时间内答复。其中，予以公开…": a sentence saying all of it was done stands between too.
    (SUBSET_OPENING.test(nextText) ? closingTotal(doc, index, k + 1, ALL_DONE_LINE) : undefined) ??
    nounTotalBefore(doc, index, k + 1) ?? requestsAnswered(doc, index, k + 1);
  if (!total) return own;
  const items = lineItems(doc, index, k + 1);
  const following: Figure[] = [];
  for (const f of items) following.push(labelled(doc, index, f));
  // "其中…", "经审理，…", "本周所受理的市民诉求中，…" (the total named again, with no figure), a split pair,
  // outcomes with the cases still open, or categories with the rest after the one count of their sentence. A lead
  // standing alone ("其中：⏎维持80件；⏎…") opens the list on the lines after it.
  const between = next.docSentence === index.sentences[k].docSentence + 2 ? doc.sentences[next.docSentence - 1].text : '';
  const text = LEAD_LINE.test(between) ? between : nextText;
  // (The pair read past the changes each side states: "城镇消费品零售额351.65亿元，增长4.0%；乡村消费品零售额89.31亿元，增长4.8%".)
  const [one, other] = following.filter((f) => !f.percent && !f.change);
  const listed = following.length >= 2 && ((!!other && (partitionPair(doc, total, one, other) || halvesOf(total, one, other))) ||
    outcomesWithPending(following) || outcomesOfClosed(total, following) || answersOfRequests(doc, index, total, following));
  // Not under a heading of their own ("诉求分类：求助类…": checkHeadedList matches its noun).
  const sorted = categoriesWithRest(following) || (exclusiveRun(following) && (items[0]?.segment === 0 || !items[0]?.before.trim()));
  // "…120件，其中：⏎行政处罚类70件；⏎…": the lead closes the total's own sentence, the items on the lines after it.
  // (Item lines numbered "1." open sections of their own: a list read across sections would differ unit by unit.)
  const ledAtEnd = LEAD_CLOSING.test(doc.sentences[index.sentences[k].docSentence].text) && mainFigures(index.sentences[k]).at(-1) === total &&
    following.every((f) => index.sentences[f.sentence].section === index.sentences[k].section);
  // A sorting heading on a line of its own ("按纠纷类型分：") opens the kinds on the lines after it.
  if (!LIST_LEAD.test(text) && !ALL_DONE_LEAD.test(text) && !SORT_LEAD_LINE.test(text) && !ledAtEnd && !namesTotalAgain(text, total) && !listed && !(sorted && onlyCount(doc, index, own, total))) return own;
  // "…180件。其中…。其他类别中，…": the list goes on into the sentence after its own.
  const rest = index.sentences[k + 2] && continuesList(doc, index, k + 2) ? mainFigures(index.sentences[k + 2]) : [];
  return own.concat(following, rest);
}

// "已全部按期答复，其中…", "均已办结，其中…": all of the total done, with no count, then its list.
const ALL_DONE_LEAD = /^\s*(?:已|均已|均|已经)?全?部?(?:按期|按时|依法|及时)*(?:答复|回复|办结|办理完毕|处理完毕)[^，,0-9０-９]{0,8}[，,]\s*其中/;

// The lead of a list closing the total's sentence before its items' lines ("…120件，其中：").
const LEAD_CLOSING = new RegExp(`[，,]\\s*(?:${PARTS_LEAD}|(?:具体|主要)?包括)[\u4e00-\u9fff]{0,4}\\s*[:：]\\s*$`);

/**
 * "共收到政府信息公开申请120件。申请人均为自然人。其中，予以公开60件，部分公开20件，…": a 其中 sentence of answers to
 * requests for information goes on from the requests received, past a sentence without figures between.
 */
function requestsAnswered(doc: ReportDocument, index: FigureIndex, k: number): Figure | undefined {
  const sentence = index.sentences[k];
  if (!SUBSET_OPENING.test(doc.sentences[sentence.docSentence].text)) return undefined;
  const answers = mainFigures(sentence).slice(0, 2);
  if (answers.length < 2 || !answers.every((f) => DISCLOSURE_ANSWER.test(partWords(f).replace(SUBSET_OPENING, '').replace(/^[，,：:\s]+/, '')))) return undefined;
  const total = closingTotal(doc, index, k, NO_FIGURES);
  return total && DISCLOSURE_REQUEST.test(total.before) ? total : undefined;
}

// "投诉类工单：1136件；咨询类：482件": an item named before a colon, its count alone after it.
const LABEL = /^\s*[\u4e00-\u9fff、“”]{1,12}\s*$/;

/** The words of a segment without figures that ends at a colon ("投诉类工单："), or undefined. */
function labelOf(doc: ReportDocument, segment: FigureSentence['segments'][number]): string | undefined {
  if (segment.figures.length || !/[:：]/.test(doc.norm.charAt(segment.span.end))) return undefined;
  const words = doc.norm.slice(segment.span.start, segment.span.end);
  return LABEL.test(words) ? words.trim() : undefined;
}

/** f with the words of its label as its own when it stands alone after "X：" (a copy), else f. */
function labelled(doc: ReportDocument, index: FigureIndex, f: Figure): Figure {
  if (f.before.trim() || f.segment === 0) return f;
  const label = labelOf(doc, index.sentences[f.sentence].segments[f.segment - 1]);
  return label ? copyOf(f, { before: label }) : f;
}

/**
 * "投诉类1,200件，咨询类900件，求助类1,000件…": a sentence that opens with three counts or more, each a different type of
 * request or channel — a request is of one type and comes by one channel.
 */
function exclusiveRun(figures: Figure[]): boolean {
  const counts = figures.filter((f) => !f.percent).slice(0, 3);
  if (counts.length < 3 || counts[0].segment > 1) return false;
  return [REQUEST_TYPES, CHANNELS].some((kinds) => new Set(counts.map((f) => kindOf(kinds, partWords(f)))).size === 3 &&
    counts.every((f) => kindOf(kinds, partWords(f)) >= 0));
}

/**
 * "共收到15份政府信息公开申请，均通过网络提交。其中，…": the one count of the sentence before a sentence opening with 其中,
 * followed by its noun (its list is checked only when complete by its words or the rest: subsetWithRest).
 */
function nounTotalBefore(doc: ReportDocument, index: FigureIndex, k: number): Figure | undefined {
  const [sentence, before] = [index.sentences[k], index.sentences[k - 1]];
  if (before.paragraph !== sentence.paragraph || before.docSentence !== sentence.docSentence - 1 || !SUBSET_OPENING.test(doc.sentences[sentence.docSentence].text)) return undefined;
  const counts = mainFigures(before).filter((f) => !f.percent);
  // Requests carried in from the year before are answered among those received ("无下年度结转" carries none out).
  const ok = counts.length === 1 && !counts[0].final && countedNoun(counts[0]) && isExactCount(counts[0]) && !counts[0].subsetCue &&
    !CARRIED_FROM_BEFORE.test(doc.blocks[before.paragraph]?.content ?? '');
  return ok ? counts[0] : undefined;
}

/** A list opened by 其中 (in the part's segment, or as the next sentence's lead) that ends with the rest ("其他1件"), or a part and the rest. */
function subsetWithRest(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[]): boolean {
  return (opensSubset(doc, index, total, parts[0]) && parts.length >= 2 && REMAINDER.test(partWords(parts[parts.length - 1]))) || restOfTotal(total, parts);
}

// "其余", "剩余", "余下": what is left of the count before — no other kind.
const REST_OF_TOTAL = /^(?:其余|剩余|余下|剩下)(?:的)?$/;

/**
 * "受理举报44670件，已办结24226件，其余20444件正在办理中": the work done and the rest of the total, right after it in its
 * sentence — not a part naming a thing of its own ("120个村中，已建成调解室100个，其余10个…": rooms, not villages).
 */
function restOfTotal(total: Figure, parts: Figure[]): boolean {
  if (parts.length !== 2 || parts.some((p) => p.sentence !== total.sentence)) return false;
  const done = stateWords(parts[0]);
  return (CLOSED_WORK.test(done) || WORK_DONE.test(done)) && REST_OF_TOTAL.test(partWords(parts[1]).trim());
}

// A category named before its own 共计 ("解读及回应信息共计110条"): no verb of closing, and words before the cue.
const CATEGORY_SUBTOTAL = new RegExp(`^[^，,、；;]*[\u4e00-\u9fff]{2}(?:${alternatives(SUM_WORDS)}|共)(?:为|有)?\s*$`);

// Nothing but 其中 (包括) between a total and its first part ("5230件，其中：⏎电话来电4100件；").
// A colon alone ("…总数171条：A…，B…") or after the name of the classes ("…88条，主要类别：") opens the list too.
const ONLY_SUBSET_BETWEEN = /^\s*(?:[，,]?\s*(?:(?:具体|主要)?(?:其中|包括|包含)|具体(?:为|是)|主要类别(?:为|有)?)\s*[:：，,]?|[:：])\s*$/;
const MAX_SUBSET_BETWEEN = 12;

/**
 * f, the first part after total, is opened by 其中: in its segment, leading its sentence after the total's, or alone
 * between them.
 */
function opensSubset(doc: ReportDocument, index: FigureIndex, total: Figure, f: Figure): boolean {
  if (opensList(f) || sortHeadingBetween(doc, total, f)) return true;
  // "在…登记的9460件来件中，表扬60件，…": the clause right after a count framing it.
  if (FRAME_AFTER.test(total.after) && f.sentence === total.sentence && f.segment === total.segment + 1) return true;
  if (f.sentence !== total.sentence && SUBSET_OPENING.test(doc.sentences[index.sentences[f.sentence].docSentence].text)) return true;
  const from = f.span.start - f.before.length;
  // "累计主动公开政府信息64条，在主动公开信息中，工作动态20条；…": a clause naming the total again frames the list, as 其中 does.
  const frame = f.sentence === total.sentence && from - total.span.end <= MAX_FRAME_BETWEEN ? FRAME_CLAUSE.exec(doc.norm.slice(total.span.end, from)) : null;
  if (frame && namesTotalAgain(frame[1], total)) return true;
  return from - total.span.end <= MAX_SUBSET_BETWEEN && ONLY_SUBSET_BETWEEN.test(doc.norm.slice(total.span.end, from));
}

const FRAME_CLAUSE = /^\s*[，,]\s*(在[^，,；;。0-9]{2,14}中[，,：:])\s*$/;
const MAX_FRAME_BETWEEN = 20;

// A sorting heading between a total and its first part ("…45起；按违规主体划分，个人…"), and one that partitions the total
// by one property (按…划分/分类/区分, not the looser 从…看 that may pick out the main classes only).
// The property must be one each thing has one value of (who, what type, where, through which channel) — not what a case
// involves or the measures taken, of which one may have several ("按处罚种类划分，罚款…、没收…").
const PARTITION_HEADING = /^\s*(?:其中[，,]?\s*)?按照?[\u4e00-\u9fff]{0,8}?(?:主体|类型|类别|性质|领域|层级|审级|地区|区域|来源|渠道)(?:分类|划分|区分)\s*$/;

/**
 * The words between the total and f, in its sentence, are a clause that says by what the list sorts (SORT_HEADING):
 * the heading, or undefined.
 */
function sortHeadingBetween(doc: ReportDocument, total: Figure, f: Figure): string | undefined {
  if (f.sentence !== total.sentence) return undefined;
  const from = f.span.start - f.before.length;
  if (from - total.span.end > MAX_HEADING + 2) return undefined;
  const m = /^\s*[，,；;]([^，,；;：:]*)[，,：:]\s*$/.exec(doc.norm.slice(total.span.end, from));
  return m && (SORT_HEADING.test(m[1]) || CLASS_FRAME_HEADING.test(m[1])) ? m[1] : undefined;
}

/**
 * "咨询类33523件，占47.09%；……；其他类1583件，占2.22%": a sentence that opens with three categories or more up to the
 * rest, shares between (one headed by a noun, "诉求分类：…", is of that noun's count).
 */
function categoriesWithRest(figures: Figure[], firstSegment = 0): boolean {
  return categoryRunToRest(figures, firstSegment) !== undefined;
}

/**
 * The counts of three categories, channels or types of request or more from `firstSegment` on, up to the rest ("其他类…",
 * "其余…", "其他渠道…"), or undefined. `bodies`: under a heading that sorts by who ("从被申请人看，"), bodies and levels
 * ("县政府部门…，乡镇政府…") are such categories too.
 */
function categoryRunToRest(figures: Figure[], firstSegment: number, bodies = false): Figure[] | undefined {
  const counts = figures.filter((f) => !f.percent);
  if (counts[0]?.segment !== firstSegment) return undefined;
  const end = counts.findIndex((f) => !CATEGORY_WORD.test(partWords(f)) && channelOf(partWords(f)) < 0 && kindOf(REQUEST_TYPES, partWords(f)) < 0 &&
    !(bodies && sourceOf(partWords(f), false) !== undefined));
  const run = end < 0 ? counts : counts.slice(0, REMAINDER.test(partWords(counts[end])) ? end + 1 : end);
  return run.length >= 3 && REMAINDER.test(partWords(run[run.length - 1])) ? run : undefined;
}

/**
 * Under a sorting heading, three counts or more worded alike up to the rest ("不服行政处罚的48件，不服行政强制措施的15件，…，
 * 其他16件"): items that open (or end) with the same two characters or more are kinds of one classification, the rest
 * closing it.
 */
function parallelRunToRest(figures: Figure[], firstSegment: number): Figure[] | undefined {
  const counts = figures.filter((f) => !f.percent);
  if (counts[0]?.segment !== firstSegment) return undefined;
  const rest = counts.findIndex((f) => REMAINDER.test(partWords(f)) || QUALIFIED_REST.test(partWords(f)));
  if (rest < 2) return undefined;
  const names = counts.slice(0, rest).map(partWords);
  const opening = names.reduce((a, b) => commonPrefix(a, b));
  const ending = commonSuffix(names);
  if (opening.length < 2 && ending.length < 2) return undefined;
  // The rest qualified by the field all the kinds are of ("工矿商贸其他行业" after 煤矿行业, 化工行业, …) ends in their noun.
  if (!REMAINDER.test(partWords(counts[rest])) && (ending.length < 2 || !partWords(counts[rest]).endsWith(ending))) return undefined;
  return counts.slice(0, rest + 1);
}
// The rest named with the field it is of before it, or with the item's own opening: "工矿商贸其他行业", "对其他行业处罚".
const QUALIFIED_REST = new RegExp(`^[\u4e00-\u9fff]{1,4}(?:${REMAINDER_WORDS})`);

// A count over several years ("五年来累计受理…", "累计建成…"): no whole of one year's categories.
const CUMULATIVE = /累计|历年|(?:近|过去)[两二三四五六七八九十0-9]+年|[两二三四五六七八九十0-9]+年(?:来|以来)/;

/** The clause right before f's, in its sentence, is a sorting heading: f is the first item of the list it opens. */
function underSortHeading(doc: ReportDocument, index: FigureIndex, f: Figure): boolean {
  const from = index.sentences[f.sentence].span.start;
  const lead = doc.norm.slice(Math.max(from, f.span.start - f.before.length - MAX_HEADING - 2), f.span.start - f.before.length);
  const clause = /(?:^|[，,；;：:])([^，,；;：:]*)[，,：:]\s*$/.exec(lead);
  return !!clause && (SORT_HEADING.test(clause[1]) || ASPECT_HEADING.test(clause[1]) || CLASS_FRAME_HEADING.test(clause[1]));
}

/**
 * f is an item of the list a sorting heading opens in its sentence: the first, or one after kinds of the same count
 * before it ("按纠纷类型分：婚姻家庭纠纷168件；邻里纠纷215件；物业纠纷137件；…" — 邻里纠纷 is no total of the kinds after it).
 */
/** The figure before f, adjacent in its sentence and counted alike, names a kind with f's noun. */
function afterSiblingKind(doc: ReportDocument, index: FigureIndex, f: Figure): boolean {
  const before = index.figures[f.id - 1];
  return !!before && before.sentence === f.sentence && !before.percent && before.unit === f.unit && !before.totalCue &&
    commonSuffix([partWords(before), partWords(f)]).length >= 2 && adjacent(doc, index, before, f);
}

/** f follows another count of its counter, ，/、 and words between, and names a kind by a noun alone (no verb, no 其中). */
function midRunKind(doc: ReportDocument, index: FigureIndex, f: Figure): boolean {
  const before = index.figures[f.id - 1];
  const words = partWords(f);
  return !!before && before.sentence === f.sentence && !before.percent && !before.inParens && before.unit === f.unit && !before.totalCue && !f.subsetCue &&
    /^[，,、][\u4e00-\u9fff“”"]+$/.test(doc.norm.slice(before.span.end, f.span.start)) && words.length >= 2 && verbOf(words) === undefined && !OPENS_TOTAL.test(words);
}

function itemUnderSortHeading(doc: ReportDocument, index: FigureIndex, f: Figure): boolean {
  const main = mainFigures(index.sentences[f.sentence]);
  // Back over one list's length at most: a run of thousands of items is not walked again for each of them.
  const at = main.indexOf(f);
  for (let k = at; k >= 0 && at - k <= MAX_PARTS; k--) {
    const g = main[k];
    if (g !== f && (g.percent || isAboutFigureBefore(doc, index, g))) continue;
    if (g !== f && (!sameUnitKind(g, f) || (commonSuffix([partWords(g), partWords(f)]).length < 2 && !bareItem(g)))) return false;
    if (underSortHeading(doc, index, g)) return true;
  }
  return false;
}

// What was taken in and sent back or turned away ("退回市级平台16件", "不予受理12件"), then what was actually taken on.
const SENT_BACK = /退回|退件|退单|不予受理|不属于|转出|剔除|重复/;
const ACTUALLY = /^\s*(?:实际|净)/;

/**
 * "共签收工单126件，退回市级平台16件，实际受理110件": the count taken in is what was sent back and what was actually taken
 * on (实际…), three counts of one kind in a row in one sentence.
 */
// A sentence opening with what became of the cases ("从案件的审理结果来看，", "从复议结果看，").
const OUTCOME_HEADING = /^\s*(?:从|就)(?:案件的?)?(?:审理|处理|复议|办理|审查|办案)?结果(?:来)?看\s*[，,]/;
const MIN_OUTCOMES = 3;
// How many paragraphs back (in the section) the cases the outcomes are of may be counted.
const OUTCOME_REACH = 3;
// …and how many sentences back at most (one long paragraph is read in a bounded walk).
const MAX_OUTCOME_SENTENCES = 40;

/**
 * "全区共受理行政复议案件176件，已全部审结。……⏎从案件的审理结果来看，其中决定维持71件，驳回申请32件，…，纠错27件": the list of
 * the results of cases (three outcomes at least) under a heading naming them may not add up to more than the cases: the one count of cases
 * taken in or closed (共/全年, the same value if both) up to OUTCOME_REACH paragraphs back in the section. (Whether every
 * outcome is listed is not known: only an excess is reported.)
 */
function checkOutcomeRun(doc: ReportDocument, index: FigureIndex, k: number): Finding | undefined {
  const sentence = index.sentences[k];
  if (!OUTCOME_HEADING.test(doc.sentences[sentence.docSentence].text)) return undefined;
  const counts = mainFigures(sentence).filter((f) => !f.percent && !f.change);
  // The list of the sentence, up to a count of another kind or a 其中 breaking an item down.
  const run: Figure[] = [];
  for (const f of counts) {
    if (!isExactCount(f) || (run[0] && (!sameUnitKind(f, run[0]) || f.subsetCue))) break;
    run.push(f);
  }
  if (run.filter((f) => CASE_OUTCOME.test(partWords(f))).length < MIN_OUTCOMES) return undefined;
  const cases: Figure[] = [];
  for (let j = k - 1; j >= Math.max(0, k - MAX_OUTCOME_SENTENCES); j--) {
    const before = index.sentences[j];
    if (before.section !== sentence.section || before.paragraph < sentence.paragraph - OUTCOME_REACH) break;
    for (const f of mainFigures(before)) {
      if (isExactCount(f) && !f.subsetCue && sameUnitKind(f, run[0]) && (f.totalCue || /^(?:全年|全[市区县])/.test(f.before.trim())) &&
          (ACCEPTED_TOTAL.test(f.before) || CLOSED_TOTAL.test(f.before)) && sameYear(doc, index, f, run[0])) cases.push(f);
    }
  }
  if (cases.length === 0 || cases.some((f) => f.value !== cases[0].value)) return undefined;
  return exceeds(cases[0], run) ? sumFinding(doc, cases[cases.length - 1], run, true) : undefined;
}

/**
 * "目前已办结38件，撤回申请13件，撤销4件，确认违法7件，维持12件": three outcomes of cases or more right after a count of the cases
 * closed, each in a clause of its own with no 其中, are what became of those cases — listed in full or not, no more than them.
 */
function checkClosedOutcomes(index: FigureIndex, k: number, doc: ReportDocument): Finding | undefined {
  const counts = mainFigures(index.sentences[k]).filter((f) => !f.percent && !f.change);
  for (let c = 0; c < counts.length; c++) {
    const closed = counts[c];
    // (Not an outcome itself: "在已结案件中撤销9件".)
    if (!isExactCount(closed) || !CLOSED_TOTAL.test(closed.before) || CASE_OUTCOME.test(partWords(closed))) continue;
    const run: Figure[] = [];
    for (let j = c + 1; j < counts.length; j++) {
      const f = counts[j];
      if (!isExactCount(f) || !sameUnitKind(f, closed) || f.subsetCue || f.clause !== counts[j - 1].clause + 1 || !CASE_OUTCOME.test(partWords(f)) || CLOSED_TOTAL.test(partWords(f))) break;
      run.push(f);
    }
    if (run.length >= MIN_OUTCOMES && exceeds(closed, run)) return sumFinding(doc, closed, run, true);
  }
  return undefined;
}

// "95件重点矛盾风险中，": a count framing what follows (its noun, then 中 and a comma).
const FRAMING_AFTER = /^[\u4e00-\u9fff“”]{1,14}?(?:当中|之中|中)\s*$/;
// What became of some of the things a count frames: a state they moved to or an end of their handling.
const FRAMED_DISPOSITION = /(?:降为|升为|转为|降级|升级|销号|化解|办结|结案|撤销|维持|驳回|终止|移送|不予)[^，。；,;]*/;
// "56家承办单位中综合考评等级评价为A类52家": a count framing a list of classes within its own clause.
const FRAMING_WORDS = /^[\u4e00-\u9fff“”]{1,14}?(?:当中|之中|中)/;
// A class named by a letter or ordinal grade ("A类", "一类", "甲级"), the rest of a list of them.
const GRADE_CLASS = /(?:^|[为是有])([A-Ea-e甲乙丙丁一二三四五]|[0-9])(?:类|级|等)(?:的有|的)?$/;

/**
 * "56家承办单位中综合考评等级评价为A类52家，B类2家，C类2家": the classes right after a count framing them, each graded once,
 * three or two at least, distinct — a thing is in one class only.
 */
function framedClasses(counts: Figure[], c: number): Figure[] | undefined {
  const whole = counts[c];
  const run: Figure[] = [];
  const seen = new Set<string>();
  for (let j = c + 1; j < counts.length; j++) {
    const f = counts[j];
    const grade = GRADE_CLASS.exec(partWords(f))?.[1];
    if (!grade || seen.has(grade) || !isExactCount(f) || !sameUnitKind(f, whole)) break;
    seen.add(grade);
    run.push(f);
  }
  return run.length >= 2 ? run : undefined;
}
// A count opening its clause, perhaps after 有/其中 ("8件高风险降为中风险").
const COUNT_FIRST = /^\s*(?:其中|有|已有|共有)?\s*$/;
// What a count opening its clause may say of itself that need not set it apart from the others ("涉及…", "属于…").
const NOT_APART = /^\s*(?:件|起|个|项|宗|人)?\s*(?:涉|属于|含|包括|为|是)/;

/**
 * "95件重点矛盾风险中，8件高风险降为中风险，77件中风险降为低风险，10件直接销号": counts opening their clauses one after another
 * right after a count framing them (…中，), each saying what became of some of those things, cannot add up to more than
 * the framing count. (Whether they are all of it is not said: only an excess is reported.)
 */
function checkFramedCounts(doc: ReportDocument, index: FigureIndex, k: number): Finding | undefined {
  const counts = mainFigures(index.sentences[k]).filter((f) => !f.percent && !f.change);
  for (let c = 0; c < counts.length; c++) {
    const whole = counts[c];
    if (!isExactCount(whole)) continue;
    const classes = FRAMING_WORDS.test(whole.after) ? framedClasses(counts, c) : undefined;
    if (classes && exceeds(whole, classes)) return sumFinding(doc, whole, classes, true);
    if (!FRAMING_AFTER.test(whole.after)) continue;
    const run: Figure[] = [];
    const dispositions = new Set<string>();
    for (let j = c + 1; j < counts.length; j++) {
      const f = counts[j];
      // Each says what became of its things, a disposition of its own: "60件已化解，50件已签订协议" (both may hold of one)
      // or "7个乡镇信访量同比下降，3个乡镇案件量同比上升" (properties of the same places) are no split.
      const disposition = FRAMED_DISPOSITION.exec(f.after)?.[0];
      if (!isExactCount(f) || !sameUnitKind(f, whole) || f.clause !== (run.length ? run[run.length - 1].clause : whole.clause) + 1 || !COUNT_FIRST.test(f.before) ||
        NOT_APART.test(f.after) || CHANGE_WORDS.test(f.after) || !disposition || dispositions.has(disposition)) break;
      dispositions.add(disposition);
      run.push(f);
    }
    if (run.length >= 2 && exceeds(whole, run)) return sumFinding(doc, whole, run, true);
  }
  return undefined;
}

function checkActualRest(doc: ReportDocument, index: FigureIndex, k: number): Finding | undefined {
  const counts = mainFigures(index.sentences[k]).filter((f) => !f.percent && !isAboutFigureBefore(doc, index, f));
  for (let j = 0; j + 2 < counts.length; j++) {
    const [whole, back, rest] = [counts[j], counts[j + 1], counts[j + 2]];
    if (!ACTUALLY.test(partWords(rest)) || !SENT_BACK.test(partWords(back)) || SENT_BACK.test(partWords(whole))) continue;
    if (![whole, back, rest].every((f) => isExactCount(f) && sameUnitKind(f, whole)) || back.value >= whole.value) continue;
    return addsUp(whole, [back, rest]) ? undefined : sumFinding(doc, whole, [back, rest]);
  }
  return undefined;
}

// The longest name a bare list item has ("县级政府部门", "市政府的部门").
const MAX_ITEM_NAME = 8;

/**
 * An item of a list named by itself, doing nothing ("从被申请人看，乡镇政府36件，县政府130件，…"): alone in its segment, no
 * total or 其中 cue, no verb, a short name.
 */
function bareItem(f: Figure): boolean {
  const words = partWords(f);
  return f.lone && !f.totalCue && !f.subsetCue && words.length > 0 && words.length <= MAX_ITEM_NAME && verbOf(words) === undefined;
}

// A sorting heading alone on its line before the kinds on the lines after it ("按纠纷类型分："), and any line that leads a
// list so (that, or "其中：").
const SORT_LEAD_LINE = new RegExp(`${SORT_HEADING.source.replace(/\\s\*\$$/, '')}\\s*[:：]\\s*$`);
const LEAD_LINE = new RegExp(`${BARE_LEAD.source}|${SORT_LEAD_LINE.source}`);
// The same heading named by the aspect and 方面 ("案件类型方面，", "审级上，").
const ASPECT_HEADING = /^\s*(?:其中[，,]?\s*)?([\u4e00-\u9fff]{0,8}?(?:类型|类别|性质|领域|审级|层级))(?:方面|上)\s*$/;
// What was taken in, named again before a sorting heading ("受理的生态环境投诉举报事项按…分").
const INTAKE_FRAME = /^\s*(?:受理|收到|接到|接收|登记)的([\u4e00-\u9fff]{1,14}?)(?=[按从])/;
// A heading that sorts by who was asked or sued ("从被申请人看，", "按责任单位分，"): one body each.
const BY_BODY = /被申请人|被诉|被告|责任单位|承办单位/;
// A heading that names a classification ("按信访目的分类", "从来信类型看", "从审级看"): each item after it is one class.
const CLASS_HEADING = /类型|分类|类别|性质|领域|目的|审级|层级/;
// The aspect a heading sorts its noun by ("来信类型" → 来信, "信访目的" → 信访).
const ASPECT = /的?(?:类型|类别|性质|领域|目的|内容|分布|来源|渠道|形式|方式|情况)$/;

/**
 * "第二季度共收到市民来信569件，……。" then "从热点分布来看，住房城乡建设类203件，……，其他类45件": categories up to the rest
 * under a heading that sorts them, checked against the one whole count (共…) before them in their section — when every
 * count there that could hold them has the same value.
 */
function checkSortedList(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, k: number): Finding | undefined {
  const sentence = index.sentences[k];
  const opening = sentence.segments[0].span;
  const opened = doc.norm.slice(opening.start, opening.end);
  // "受理的投诉举报事项按受理渠道分：": the heading may first name again what was taken in (then the kinds are of that).
  const frame = INTAKE_FRAME.exec(opened);
  const words = frame ? opened.slice(frame[0].length) : opened;
  const heading = words.length <= MAX_HEADING ? SORT_HEADING.exec(words) ?? ASPECT_HEADING.exec(words) : null;
  if (!heading) return undefined;
  const parts = categoryRunToRest(mainFigures(sentence), 1, BY_BODY.test(heading[1])) ?? parallelRunToRest(mainFigures(sentence), 1);
  if (!parts) return sortedKinds(doc, index, ctx, sentence, heading, frame?.[1]);
  if (parts.some((p) => !isExactCount(p) || !p.lone)) return undefined;
  const held = wholeHolding(doc, index, sentence, parts);
  if (!held) return undefined;
  // A rest qualified by the kinds' field ("工矿商贸其他行业") closes them as 其他 does (parallelRunToRest).
  const qualifiedRest = !REMAINDER.test(partWords(parts[parts.length - 1]));
  if (held.exact) return checkTotal(doc, ctx, held.base, parts, true, true) ?? (qualifiedRest && !addsUp(held.base, parts) ? sumFinding(doc, held.base, parts, sumOf(parts) > held.base.value) : undefined);
  return sumOf(parts) > held.base.value + tolerance(held.base, parts) ? sumFinding(doc, held.base, parts, true) : undefined;
}

/**
 * "从信访形式看，来访95件127人次，同比上升63.79%；来信19件次，……；网上投诉29件次": under a sorting heading, the first count of
 * each clause (or 、-segment naming its kind), two or more, each a different channel or type of request: listed in full or not, they cannot add up to
 * more than the whole count before them (what else a clause counts — people, a change — is about its item).
 */
function sortedKinds(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, sentence: FigureSentence, heading: RegExpExecArray, framed?: string): Finding | undefined {
  let parts: Figure[] = [];
  // Under a heading that names a classification, each item is a class of its own, whatever it is called (a class of
  // another count than the heading's noun is held only against a whole of its paragraph).
  // Items named as categories ("行政处罚类…") are classes under any sorting heading.
  const classes = CLASS_HEADING.test(heading[0]) ? [classOf] : [categoryOf];
  let byClass = false;
  // The two sides of one pair ("从申请人看，公民申请…，法人或者其他组织申请…") are kinds too.
  for (const kindOf of [channelOf, requestTypeOf, pairSideOf, peopleSideOf, ...classes]) {
    const seen = new Set<number | string>();
    const run: Figure[] = [];
    for (const f of mainFigures(sentence)) {
      if (f.percent || isAboutFigureBefore(doc, index, f)) continue;
      const kind = kindOf(partWords(f));
      // "来访200件、来信150件": a count after 、 is an item of its own when it names its kind ("来访95件、127人次" is not).
      const last = run[run.length - 1];
      if (last?.clause === f.clause && (last.segment === f.segment || kind === -1)) continue;
      // The sides of one pair only: its kinds share the pair's number before ':'.
      const otherPair = (kindOf === pairSideOf || kindOf === peopleSideOf) && run.length > 0 && pairOf(kind) !== pairOf([...seen][0]);
      // The sides a person is on are people's, not those of what they asked for (an applicant may be an organization).
      if (kindOf === peopleSideOf && (!HEADCOUNT_UNITS.includes(f.unit) || PEOPLE_SPLIT_OPEN.test(partWords(f)))) break;
      if (kind === -1 || otherPair || seen.has(kind) || !isExactCount(f) || !sameUnitKind(f, run[0] ?? f) || run.length === MAX_PARTS) break;
      if (run.length >= 2 && REMAINDER.test(partWords(last)) && restOfOneNoun(run, f)) break;
      seen.add(kind);
      run.push(f);
    }
    if (run.length > parts.length) [parts, byClass] = [run, kindOf === classOf || kindOf === categoryOf];
  }
  if (parts.length < 2 || parts[0].segment !== 1) return undefined;
  // "全年受理投诉举报23650件。按诉求类型分，投诉…，举报…": the count right before whose noun the kinds' names make up is all of
  // them.
  const named = namedByKinds(doc, index, parts);
  if (named) return addsUp(named, parts) ? undefined : sumFinding(doc, named, parts, sumOf(parts) > named.value);
  // "其中按信访目的分类：" goes on from the sentence before, as a 其中 list does.
  const base = wholeHolding(doc, index, sentence, parts, { noun: framed ?? heading[1].replace(ASPECT, ''), ownParagraph: byClass, continues: SUBSET_OPENING.test(heading[0]) })?.base;
  if (!base) return undefined;
  if (sumOf(parts) > base.value + tolerance(base, parts)) return sumFinding(doc, base, parts, true);
  // Short of it: only kinds that are all there is, as a 其中 list of them would be ("来访…，来信…，网上投诉…").
  return checkTotal(doc, ctx, base, parts, true, true);
}

/**
 * The last count of the sentence right before the parts, in their paragraph, whose words end in the parts' names run
 * together ("受理投诉举报23650件" for 投诉 and 举报), two or three of them.
 */
function namedByKinds(doc: ReportDocument, index: FigureIndex, parts: Figure[]): Figure | undefined {
  const before = index.sentences[parts[0].sentence - 1];
  if (!before || before.paragraph !== index.sentences[parts[0].sentence].paragraph || parts.length > MAX_JOINED_NAMES) return undefined;
  const total = mainFigures(before).at(-1);
  const names = parts.map((p) => partWords(p).replace(ITEM_COUNTER_WORD, ''));
  if (!total || !isExactCount(total) || !sameUnitKind(total, parts[0]) || total.value < Math.max(...parts.map((p) => p.value)) || names.some((n) => n.length < 2)) return undefined;
  return partWords(total).replace(TRAILING_SUM_WORD, '').endsWith(names.join('')) ? total : undefined;
}

function requestTypeOf(words: string): number {
  return kindOf(REQUEST_TYPES, words);
}

/** The pair a side named by pairSideOf belongs to ("3:0" → "3"). */
function pairOf(kind: string | number): string {
  return String(kind).split(':')[0];
}

/** Which side of which of PARTITION_PAIRS the words name ("公民申请" → "3:0"), or -1 for none or both. */
function pairSideOf(words: string): string | number {
  for (let k = 0; k < PARTITION_PAIRS.length; k++) {
    const [p, q] = PARTITION_PAIRS[k];
    if (p.test(words) !== q.test(words)) return `${k}:${p.test(words) ? 0 : 1}`;
  }
  return -1;
}

/** Which side of which of PEOPLE_SPLITS the words open with ("男性…" → "0:0" of 男/女), or -1. */
function peopleSideOf(words: string): string | number {
  const bare = words.replace(SUBSET_OPENING, '').trim();
  for (let k = 0; k < PEOPLE_SPLITS.length; k++) {
    const side = PEOPLE_SPLITS[k].findIndex((w) => bare.startsWith(w));
    if (side >= 0) return `${k}:${side}`;
  }
  return -1;
}

/** The name of a class (its words), or -1 for words that name no class of their own: a tag, a part of another, the rest's part. */
function classOf(words: string): string | number {
  return words.length >= 2 && !NOT_A_KIND.test(words) && !CROSSCUTTING.test(words) && !OPENS_TOTAL.test(words) ? words : -1;
}

/** The name of a category ("行政处罚类", "民生方面"), or -1. */
function categoryOf(words: string): string | number {
  return CATEGORY_WORD.test(words) ? classOf(words) : -1;
}

// A count named as the whole of its kind ("信访总量143件次", "案件总数…").
const WHOLE_NOUN = /总(?:产)?量|总数|总额/;

/**
 * The count the parts are held against: the one whole count (共…) of their year and part of the year before them in their
 * section when every exact count there that could hold them (one part perhaps misstated) has its value (exact), else the
 * largest of those counts, as a bound only; undefined when none is stated as a whole.
 */
function wholeHolding(doc: ReportDocument, index: FigureIndex, sentence: FigureSentence, parts: Figure[], under?: Heading): { base: Figure; exact: boolean } | undefined {
  const { whole, holders, phrased } = holdersBefore(doc, index, sentence, parts, under);
  if (!whole) return undefined;
  // Named again by what was done ("实际监督监察生产经营单位10573个。…按行业分：…共实际监督监察煤矿行业43个，…").
  if (phrased && index.sentences[whole.sentence].section === sentence.section) return { base: whole, exact: true };
  // The count the sentence right before broke down in full is the one the next sorting is of, whatever larger count
  // (累计…) stands further back.
  if (whole === brokenDownBefore(doc, index, parts[0])) return { base: whole, exact: true };
  // A whole in the lead, past the first heading, bounds the kinds only: the section may sort part of it.
  const pastHeading = index.sentences[whole.sentence].section !== sentence.section;
  if (holders.every((f) => f.value === holders[0].value) && !pastHeading) return { base: whole, exact: true };
  // "共排查412件，调解成功405件。按纠纷类型分，…": the kinds are of one of the counts before them, which one unsaid — they
  // may not exceed the largest, whichever it is.
  return { base: holders.reduce((a, b) => (b.value > a.value ? b : a)), exact: false };
}

interface Heading {
  noun: string;
  ownParagraph: boolean;
  continues: boolean;
}

/**
 * The exact counts of their year before the parts in their section that could hold them (one part perhaps misstated),
 * nearest first, and the first of them stated as a whole (共…, 总量, or under the heading's noun).
 */
/**
 * "在册社区矫正对象310人，其中缓刑309人，暂予监外执行1人。从性别结构看，…": the count the sentence before breaks down in full
 * by the 其中 list closing it is stated as a whole, as a count closing that sentence would be (when no other count is).
 */
function brokenDownBefore(doc: ReportDocument, index: FigureIndex, first: Figure): Figure | undefined {
  // Past the sortings of the same whole in between ("从年龄结构看，…。从就业情况看，…").
  let k = first.sentence - 1;
  while (k > 0 && index.sentences[k].paragraph === index.sentences[first.sentence].paragraph && opensWithSorting(doc, index.sentences[k])) k--;
  const main = index.sentences[k] ? mainFigures(index.sentences[k]) : [];
  const opened = main.findIndex((f) => f.subsetCue);
  if (opened < 1) return undefined;
  const total = main[opened - 1];
  const list = main.slice(opened).filter((f) => !f.percent);
  return isExactCount(total) && !total.subsetCue && sameUnitKind(total, first) && list.length >= 2 && list.every((f) => sameUnitKind(f, total)) && addsUp(total, list) ? total : undefined;
}

/** Whether a sentence opens with a sorting heading ("从年龄结构看，"). */
function opensWithSorting(doc: ReportDocument, sentence: FigureSentence): boolean {
  const opening = sentence.segments[0].span;
  const words = doc.norm.slice(opening.start, opening.end);
  return words.length <= MAX_HEADING && (SORT_HEADING.test(words) || CLASS_FRAME_HEADING.test(words));
}

// The opening clause of a paragraph, up to its first mark.
const OPENING_CLAUSE = /^[^，,：:；;。]*/;

/**
 * "共65件，其中…。⏎其中按信访目的分类：…。⏎按信件类型分类：…": every paragraph between the count's and the list's sorts the
 * same count another way (opens with a sorting heading): the count is still the one the list is of.
 */
function onlySortsBetween(doc: ReportDocument, index: FigureIndex, f: Figure, sentence: FigureSentence): boolean {
  const from = index.sentences[f.sentence].paragraph;
  if (sentence.paragraph <= from + 1 || sentence.paragraph - from > MAX_SORTS_BETWEEN + 1) return false;
  for (let p = from + 1; p < sentence.paragraph; p++) {
    const block = doc.blocks[p];
    if (!block) return false;
    // (Its opening words only: a heading is short.)
    const opening = doc.norm.slice(block.span.start, Math.min(block.span.end, block.span.start + MAX_OPENING_CHARS));
    if (!SORT_HEADING.test(OPENING_CLAUSE.exec(opening)?.[0] ?? '')) return false;
  }
  return true;
}
const MAX_SORTS_BETWEEN = 4;
const MAX_OPENING_CHARS = 40;

// The least a list's first item and a count before it must open alike with to be one deed ("实际监督监察").
const MIN_DONE_PHRASE = 4;

function holdersBefore(doc: ReportDocument, index: FigureIndex, sentence: FigureSentence, parts: Figure[], under?: Heading): { whole?: Figure; holders: Figure[]; phrased?: boolean } {
  const first = parts[0];
  const noun = under?.noun;
  // What the first item says was done to all of them, after 共 ("全区…共实际监督监察煤矿行业43个" → 实际监督监察…).
  const firstWords = partWords(first);
  const done = firstWords.includes('共') ? firstWords.slice(firstWords.lastIndexOf('共') + 1) : '';
  let phrased = false;
  // The paragraph the parts go on in: their own, or that of the sentence before when they go on from it.
  const home = under?.continues ? index.sentences[first.sentence - 1]?.paragraph : sentence.paragraph;
  let whole: Figure | undefined;
  const holders: Figure[] = [];
  // "全年受理工单6482件，同比下降8.4%。按类别看，…": the count closing the sentence right before the list is stated as
  // its whole as 共 would.
  const closingFigure = closingTotal(doc, index, first.sentence);
  const closing = closingFigure && sameUnitKind(closingFigure, first) ? closingFigure : countBeforeAmount(doc, index, first);
  // The shares beside a list of categories do not use up the look-back: counts do.
  let counts = 0;
  for (let id = first.id - 1; id >= Math.max(0, first.id - 3 * MAX_LOOKBACK) && counts < MAX_LOOKBACK; id--) {
    const f = index.figures[id];
    // The lead before the first heading goes into the first section ("……共收到群众来信180件。⏎一、总体情况⏎从热点分布来看，…").
    const section = index.sentences[f.sentence].section;
    if (section !== sentence.section && !(sentence.section === 0 && section === -1 && leadsIntoFirstSection(doc))) break;
    if (!f.percent) counts++;
    // Last year's value after the count ("…6418件，同比下降7.3%，上年为6923件") holds none of this year's parts.
    if (f.sentence === first.sentence || f.inParens || !isExactCount(f) || !sameYear(doc, index, f, first) || isAboutFigureBefore(doc, index, f)) continue;
    // Parts that may exceed their whole (a noun given: sortedKinds) are held against any count that could hold all but one
    // of them — not the parts of a 其中 list, which their total holds, nor a category with its own share.
    if (noun === undefined ? !holdsAllButOne(f, parts) : !holdsAllButOne(f, parts, true) || inSubsetList(index, f) || sharedInBrackets(index, f) || hasOwnShare(index, f)) continue;
    // Parts with their own shares were taken of one count: one that none of the shares fits is not it ("受理3846件…审结
    // 3702件。按类型分，A 2134件，占55.5%；…").
    if (sharesMiss(index, parts, f)) continue;
    holders.push(f);
    // A count under the heading's noun is its whole ("市长信箱收到网民来信139件" before "从来信类型看，").
    const named = !!noun && noun.length >= 2 && sameThings(noun).some((n) => partWords(f).replace(TRAILING_TOTAL, '').endsWith(n));
    // Parts that name no part of the year go on in that of their paragraph ("今年1-6月，…总量143件次。从信访形式看，…"),
    // or of the count their heading names.
    // …or in the lead before the first heading, when they open the first section (as a bound: wholeHolding).
    const inHome = index.sentences[f.sentence].paragraph === home || (section === -1 && sentence.section === 0);
    const doneAlike = done.length > MIN_DONE_PHRASE && commonPrefix(done, partWords(f)).length >= MIN_DONE_PHRASE;
    // (A sorting of the same count in each paragraph between makes the list's as good as the count's own paragraph.)
    const sortedHome = inHome || onlySortsBetween(doc, index, f, sentence);
    const period = samePeriod(doc, index, f, first) || (!periodOf(doc, index, first) && (named || doneAlike || sortedHome));
    const near = !under?.ownParagraph || named || sortedHome;
    if (!whole && (f.totalCue || WHOLE_NOUN.test(f.before) || named || doneAlike || f === closing) && !f.subsetCue && !CUMULATIVE.test(f.before) && period && near) {
      whole = f;
      phrased = doneAlike;
    }
  }
  // With none, the count the sentence before breaks down in full (brokenDownBefore).
  const broken = whole ? undefined : brokenDownBefore(doc, index, first);
  return { whole: broken && holders.includes(broken) ? broken : whole, holders, phrased: !broken && phrased };
}

/**
 * "立案查处案件86件，结案83件，罚没款42.6万元。按领域分，…": the last count of the parts' kind in the sentence right
 * before theirs (same paragraph), past the amounts of money, changes and rates that close that sentence.
 */
function countBeforeAmount(doc: ReportDocument, index: FigureIndex, first: Figure): Figure | undefined {
  const [sentence, before] = [index.sentences[first.sentence], index.sentences[first.sentence - 1]];
  if (!before || before.paragraph !== sentence.paragraph || before.docSentence !== sentence.docSentence - 1) return undefined;
  const main = mainFigures(before);
  let j = main.length - 1;
  while (j >= 0 && (main[j].percent || isAboutFigureBefore(doc, index, main[j]) || isAmountBeside(first, main[j]))) j--;
  const count = main[j];
  // Only past an amount: a sentence closing with its count is closingTotal's.
  return count && j < main.length - 1 && main.slice(j + 1).some((f) => isAmountBeside(first, f)) && count.final && !count.subsetCue &&
    isExactCount(count) && sameUnitKind(count, first) && sameYear(doc, index, count, first) ? count : undefined;
}

/**
 * Two parts or more carry their own shares (占P%), and not one of them is the part's share of `whole` within its rounding:
 * the shares were taken of another count.
 */
function sharesMiss(index: FigureIndex, parts: Figure[], whole: Figure): boolean {
  const shared = parts.filter((p) => hasOwnShare(index, p));
  if (shared.length < 2) return false;
  return shared.every((p) => {
    const share = index.figures[p.id + 1];
    return Math.abs((100 * p.value) / whole.value - share.value) > share.halfUlp + SHARE_SLACK;
  });
}

// Room past a share's rounding for the parts' own rounding ("约") and float error.
const SHARE_SLACK = 0.01;

// A total cue after the noun ("消费投诉共").
const TRAILING_TOTAL = new RegExp(`(?:${alternatives(TOTAL_WORDS)})$`);

// Per sentence of an index, the id of its first figure opened by 其中 (NO_SUBSET for none): asked for every total, it is
// found once, not by a walk from the sentence's start each time (a run of thousands of figures without 。).
const firstSubsets = perOwner<FigureIndex, number>((index) => index.sentences.length);
const NO_SUBSET = Number.POSITIVE_INFINITY;

/** f is an item of a list opened by 其中 earlier in its sentence (or is its first). */
function inSubsetList(index: FigureIndex, f: Figure): boolean {
  const firsts = firstSubsets(index);
  let first = firsts[f.sentence];
  if (first === undefined) {
    first = index.sentences[f.sentence].figures.find((id) => index.figures[id].subsetCue) ?? NO_SUBSET;
    firsts[f.sentence] = first;
  }
  return first <= f.id;
}

/** The total is marked 共/合计 and is the one count of its kind in its sentence, but for what is said about it. */
function onlyCount(doc: ReportDocument, index: FigureIndex, own: Figure[], total: Figure): boolean {
  return total.totalCue && own.every((f) => f === total || !sameUnitKind(f, total) || isAboutFigureBefore(doc, index, f));
}

/** "共审结120件。维持80件，驳回20件，撤销10件…": a sentence that opens with three outcomes of the closed cases or more. */
function outcomesOfClosed(total: Figure, figures: Figure[]): boolean {
  return figures.length >= 3 && CLOSED_TOTAL.test(total.before) && figures.slice(0, 3).every((f) => f.segment <= 3 && CASE_OUTCOME.test(f.before));
}

/**
 * "答复政府信息公开申请83件。予以公开及部分公开4件，不予公开5件，无法提供33件，其他处理41件": a sentence that opens with
 * three answers to requests for information or more, after a count of such requests (received or answered).
 */
function answersOfRequests(doc: ReportDocument, index: FigureIndex, total: Figure, figures: Figure[]): boolean {
  // (Each answer may carry its share: "予以公开4件，占4.82%；不予公开5件，占6.02%；…".)
  const counts = figures.filter((f) => !f.percent);
  return counts.length >= 3 && DISCLOSURE_REQUEST.test(total.before) && figures[0] === counts[0] && (counts[0].segment === 0 || answersLed(doc, index, counts[0])) &&
    counts.slice(0, 3).every((f) => f.segment <= 6 && (DISCLOSURE_ANSWER.test(partWords(f).replace(/^[，,：:\s]+/, '')) || GROUNDED_ANSWER.test(partWords(f))));
}

// "处理结果中，予以公开3件，…", "答复情况：…": a lead naming the answers, alone in its clause before the first.
const ANSWERS_LEAD = /^\s*(?:从|在)?(?:处理|答复|办理)(?:结果|情况)(?:中|看|来看|方面|为|是)?\s*[，,：:]\s*$/;

/** The first answer opens its sentence but for a lead naming the answers (ANSWERS_LEAD). */
function answersLed(doc: ReportDocument, index: FigureIndex, first: Figure): boolean {
  const sentence = index.sentences[first.sentence];
  const before = doc.norm.slice(sentence.span.start, first.span.start);
  return first.segment === 1 && ANSWERS_LEAD.test(before.slice(0, before.search(/[，,：:][^，,：:]*$/) + 1));
}

/**
 * "收到政府信息公开申请12件，其中自然人申请12件，…，上年度结转0件。处理结果中，予以公开3件，部分公开8件，…": a sentence of
 * answers (three or more, nothing else counted) after the sentence stating the requests received — each request is
 * answered one way, so the answers cannot exceed the requests. Not when the paragraph names a carry-over of any requests
 * (those carried in are answered too).
 */
function checkAnswersOfRequests(doc: ReportDocument, index: FigureIndex, k: number): Finding | undefined {
  const [before, sentence] = [index.sentences[k - 1], index.sentences[k]];
  if (!before || before.paragraph !== sentence.paragraph || before.docSentence !== sentence.docSentence - 1) return undefined;
  // Most sentences answer no request: one look at the text of the sentence before each.
  if (!DISCLOSURE_REQUEST.test(doc.sentences[before.docSentence].text)) return undefined;
  const answers = mainFigures(sentence).filter((f) => !f.percent);
  const words = answers.map((f) => partWords(f).replace(/^[，,：:\s]+/, ''));
  if (answers.length < MIN_DISCLOSURE_ANSWERS || !(answers[0].segment === 0 || answersLed(doc, index, answers[0])) || !answers.every(isExactCount) ||
    !words.every(isDisclosureAnswer) || (words.some((w) => /^无法提供/.test(w)) && words.some((w) => CANNOT_PROVIDE_KIND.test(w)))) return undefined;
  const counts = mainFigures(before).filter((f) => !f.percent && isExactCount(f) && sameUnitKind(f, answers[0]));
  const requests = counts.filter((f) => f.totalCue && DISCLOSURE_REQUEST.test(f.before) && !CARRY_OVER.test(f.before));
  const carried = counts.filter((f) => CARRY_OVER.test(f.before));
  const block = doc.blocks[sentence.paragraph];
  // Every carry-over the paragraph names is one of none ("上年度结转政府信息公开申请0件").
  const noCarryOver = !!block && carried.every((f) => f.value === 0) && block.content.split(CARRY_OVER).length - 1 === carried.length;
  // A count of the answered before them ("…，答复30件。其中…") is theirs: the lists after totals read them so.
  if (requests.length !== 1 || !noCarryOver || counts.some((f) => ANSWERED.test(partWords(f)))) return undefined;
  return sumOf(answers) > requests[0].value + tolerance(requests[0], answers) ? sumFinding(doc, requests[0], answers, true) : undefined;
}

// An answer after its grounds: "因本机关不掌握等原因无法提供".
const GROUNDED_ANSWER = /^因[\u4e00-\u9fff]{1,16}(?:无法提供|不予公开|不予处理)$/;

/** "截至年底，胜诉7起；原告撤诉4起；尚在审理1起": a sentence that lists how cases ended and how many are still open. */
function outcomesWithPending(figures: Figure[]): boolean {
  const end = figures.findIndex((f) => !(CASE_OUTCOME.test(f.before) || PENDING.test(f.before)));
  const lead = end < 0 ? figures : figures.slice(0, end);
  return lead.length >= 3 && lead.some((f) => PENDING.test(f.before));
}

// "其他类别中，信息公开类50件，…": a sentence that goes on with the rest of the list the sentence before opened with 其中.
const REST_LEAD = new RegExp(`^\\s*在?(?:${REMAINDER_WORDS})(?:类别|类型|方面|案件|事项)?中[，,]`);

// A sentence of nothing but named items, each a count ("意见反馈1条，计划总结1条，部门预决算2条。").
// A name may quote one with its own 、 ("“双随机、一公开”1条").
const ITEMS_ONLY = /^(?:\s*(?:“[^”]{1,12}”|[^，,、；;。:：0-9０-９“”]){1,24}[0-9]+[条件项个][，,、；;]?)+\s*。?\s*$/;
const MIN_ITEMS_ONLY = 2;

/**
 * Sentence k opens with REST_LEAD, right after a sentence of its paragraph that lists parts after 其中 — or goes on with
 * that list, nothing but items counted as its last one is ("…，部门文件2条。意见反馈1条，计划总结1条…": a full stop
 * slipped into the list).
 */
function continuesList(doc: ReportDocument, index: FigureIndex, k: number): boolean {
  const [sentence, before] = [index.sentences[k], index.sentences[k - 1]];
  if (!before || before.paragraph !== sentence.paragraph || before.docSentence !== sentence.docSentence - 1) return false;
  const listed = mainFigures(before);
  if (!listed.some((f) => f.subsetCue)) return false;
  const text = doc.sentences[sentence.docSentence].text;
  if (REST_LEAD.test(text)) return true;
  const own = mainFigures(sentence);
  const last = listed[listed.length - 1];
  // Items by channel ("微博发布信息35条，微信发布信息40条") sort the whole another way: no more of a list of topics; nor
  // does anything go on after the rest closed the list ("…，其他类346件。").
  return own.length >= MIN_ITEMS_ONLY && ITEMS_ONLY.test(text) && !last.subsetCue && !REMAINDER.test(partWords(last)) && doc.norm.slice(last.span.end, before.span.end).trim().length <= 1 &&
    own.every((f) => f.unit === last.unit && f.lone && f.final && channelOf(partWords(f)) < 0);
}

const AMONG_LEAD = /^([^，,。0-9０-９]{2,20})中[，,]/;

/**
 * "共受理行政诉讼案件86件，其中一审案件60件，二审案件26件。一审案件中，胜诉40件，…，其他6件": a sentence that opens by
 * naming, word for word (or by its verb and a noun the sentence names), one count of the sentence before lists that
 * count's parts.
 */
function checkNamedAmong(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, k: number): Finding | undefined {
  const [sentence, before] = [index.sentences[k], index.sentences[k - 1]];
  if (!before || before.paragraph !== sentence.paragraph || before.docSentence !== sentence.docSentence - 1) return undefined;
  const framing = AMONG_LEAD.exec(doc.sentences[sentence.docSentence].text)?.[1].replace(/[的之]$/, '');
  const among = framing?.replace(/^在/, '');
  const own = mainFigures(sentence);
  if (!among || among.length < 2 || own.length < 2 || own[0].segment !== 1) return undefined;
  const counts = mainFigures(before).filter((f) => !f.percent);
  // "其中解矫169人，在矫248名。在矫人员中，…": the frame may add the noun of the people or things the count left unsaid.
  const named = counts.filter((f) => {
    const words = partWords(f).replace(SUBSET_OPENING, '').trim();
    // (在 opens the frame, or the words: 在矫 are those under correction.)
    return words === among || [among, framing as string].some((a) => words.length >= 2 && a.startsWith(words) && UNSAID_NOUN.test(a.slice(words.length)));
  });
  // "经审查立案交有关单位办理的621件，占提案总数的98.73%…。在已立案提案中，…": or the one count of the frame's verb, its
  // noun named in that sentence.
  const verb = verbOf(among);
  const noun = verb ? among.slice(among.indexOf(verb) + verb.length).replace(/^的/, '') : '';
  const byVerb = named.length === 0 && verb && noun.length >= 2 && doc.sentences[before.docSentence].text.includes(noun)
    ? counts.filter((f) => partWords(f).includes(verb) && !f.subsetCue && !negatedVerb(partWords(f), verb)) : [];
  const total = named.length === 1 ? named[0] : byVerb.length === 1 ? byVerb[0] : undefined;
  if (!total || !isExactCount(total) || !total.final) return undefined;
  return checkTotal(doc, ctx, total, partsAfter(doc, index, [total, ...own], 0), true, true);
}

/**
 * "共收到依申请公开政府信息84件，已答复84件（含上一年结转答复1件），结转至2024年答复1件。其中当面申请8件、网上申请54件、
 * 信函申请27件": a 其中 sentence after a sentence of several counts in its unit may break down any of them — but parts above
 * the largest exceed whichever is theirs. Held against that count, the first in its sentence (the one the others follow).
 */
function checkAboveEveryCount(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, k: number): Finding | undefined {
  const [sentence, before] = [index.sentences[k], index.sentences[k - 1]];
  if (!before || before.paragraph !== sentence.paragraph || before.docSentence !== sentence.docSentence - 1) return undefined;
  const own = mainFigures(sentence);
  if (own.length < 2 || !own[0].subsetCue || !SUBSET_OPENING.test(doc.sentences[sentence.docSentence].text)) return undefined;
  const unit = own[0].unit;
  if (own.some((f) => !isExactCount(f) || f.unit !== unit || f.change || !f.lone || !f.final || f.inParens)) return undefined;
  // "其中，2023年受理830件，…": parts of a period of their own may hold work of another.
  if (own.some((f) => /[0-9]{4}年/.test(f.before))) return undefined;
  const counts = before.figures.map((id) => index.figures[id]).filter((f) => !f.percent && !f.change && f.unit === unit);
  const largest = counts[0];
  // A single count is the sentence's total, which the 其中 list after it is read under already.
  if (counts.length < 2 || !isExactCount(largest) || isOtherPeriodValue(largest) || counts.some((f) => { const { value, halfUlp } = amountOf(f); return value + halfUlp > largest.value; })) return undefined;
  const parts = partsAfter(doc, index, [largest, ...own], 0);
  const sum = sumOf(parts);
  if (parts.length !== own.length || sum <= largest.value + tolerance(largest, parts)) return undefined;
  // "共收到申请1000件。受理500件，不予受理400件。其中市级600件，…": a larger count earlier in the paragraph may be theirs.
  for (let j = k - 2; j >= 0 && index.sentences[j].paragraph === sentence.paragraph; j--) {
    if (index.sentences[j].figures.some((id) => index.figures[id].unit === unit && !index.figures[id].percent && index.figures[id].value >= sum)) return undefined;
  }
  return checkTotal(doc, ctx, largest, parts, true, true);
}

// The noun a count's words may leave to its measure word ("在矫248名" are 在矫人员).
const UNSAID_NOUN = /^(?:人员|对象|人)$/;

/** The verb stands negated in the words ("未予立案", "不予受理"). */
function negatedVerb(words: string, verb: string): boolean {
  return NEGATION_WORDS.some((n) => words.includes(n + verb));
}

/**
 * "本周所受理的市民诉求中，…" after "共受理市民诉求71184件": the sentence opens by naming the total's things again (its
 * last two characters, or a noun of the same things: 诉求 for 工单), not other things ("在各类纠纷中" after 受理诉求).
 */
function namesTotalAgain(text: string, total: Figure): boolean {
  const among = AMONG_LEAD.exec(text)?.[1].replace(/[的之]$/, '');
  if (!among || among.length < 2) return false;
  const noun = among.slice(-2);
  return sameThings(noun).some((n) => total.before.includes(n) && !otherQualifier(among.slice(0, -2), total.before, n));
}

/**
 * "死亡人口994人。……常住人口中，男性…": the frame's noun qualified otherwise than the total's (常住 / 死亡) names other
 * things.
 */
function otherQualifier(qualifier: string, words: string, noun: string): boolean {
  const own = qualifier.replace(/^在/, '').replace(/的$/, '');
  const at = words.lastIndexOf(noun);
  const before = words.slice(Math.max(0, at - 2), at);
  return own.length >= 2 && /^[\u4e00-\u9fff]{2}$/.test(before) && !own.endsWith(before) && !inOrderWithin(own, words);
}

// "工单分类：", "按诉求类型分：": a sentence that opens by naming what its list sorts into categories.
const MAX_HEADING = 16;
// The noun may follow the service it came by ("从12345热线工单类型看").
const CATEGORY_HEADING = new RegExp(`^\\s*(?:从|按)?((?:${SERVICE_NUMBER})?[\\u4e00-\\u9fff]{2,8}?)(?:分类|类别|类型)(?:看|分|情况|方面|上)?\\s*$`);
// "在各类诉求中，": the list sorts the noun's whole count.
const AMONG_HEADING = new RegExp(`^\\s*在?(?:各类|全部|所有)?((?:${SERVICE_NUMBER})?[\\u4e00-\\u9fff]{2,6}?)中\\s*$`);

/**
 * "共办理热线工单2495件。……工单分类：求决类1878件、……、其他类210件", "在各类诉求中，求助类…": categories of the whole
 * count stated earlier in the paragraph under the heading's noun (or a noun of the same things: 诉求 and 工单) — the
 * rest among them (then they add up to it), or exceeding it.
 */
function checkHeadedList(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, k: number): Finding | undefined {
  const sentence = index.sentences[k];
  const own = mainFigures(sentence);
  const opening = sentence.segments[0].span;
  if (own.length < 2 || own[0].segment !== 1 || opening.end - opening.start > MAX_HEADING) return undefined;
  const words = doc.norm.slice(opening.start, opening.end);
  const named = (CATEGORY_HEADING.exec(words) ?? AMONG_HEADING.exec(words))?.[1];
  if (!named) return undefined;
  // "本月来信中，": the period the heading names is the base's too, not its noun.
  const noun = nounWithoutService(named.replace(PERIOD_LEAD, ''));
  // The base is sought for each counter the list uses ("求助类510个、咨询类240件": 个 and 件 may mix).
  const byCounter = own.filter((f, j) => own.findIndex((g) => g.unit === f.unit) === j);
  // Another noun of the same things is sought only when the heading's own finds none.
  let bases = new Set<Figure>();
  for (const n of sameThings(noun)) {
    bases = new Set(byCounter.map((f) => headedBase(doc, index, ctx, f, n)).filter((b) => b !== undefined));
    if (bases.size) break;
  }
  if (bases.size !== 1) return undefined;
  const [base] = bases;
  if (CUMULATIVE.test(base.before)) return undefined;
  const parts = partsAfter(doc, index, [base, ...own], 0);
  if (parts.every((p) => CATEGORY_WORD.test(partWords(p)))) return checkTotal(doc, ctx, base, parts, true, true);
  // "……类16件，……类65件，……，表扬感谢3件": the categories before an item of another kind are some of the base's, no
  // more than it.
  const end = parts.findIndex((p) => !CATEGORY_WORD.test(partWords(p)));
  const categories = parts.slice(0, end);
  return categories.length >= MIN_NAMED_PARTS && sumOf(categories) > base.value + tolerance(base, categories) ? sumFinding(doc, base, categories, true) : undefined;
}


// "开展食品领域检查1260件、药品领域检查870件": classes named by a classifier before the noun they share.
const CLASSIFIED_ENDING = /(?:领域|行业|方面|类别|类)([\u4e00-\u9fff]{2,})$/;

/**
 * "……自行处理2276件，派单601件，按时结案597件……。其中热线派单532件，政民互动派单69件": a 其中 sentence whose first two parts
 * share an ending (派单; "市本级受理", "县级受理" → 受理) that ends the words of exactly one count of the sentence before, or
 * is ended by them — not its last count, which heads a 其中 sentence anyway — lists that count's parts. Without 其中, a
 * sentence whose parts name classes ("开展食品领域检查1260件、药品领域检查870件…") lists the parts of the one count
 * of the sentence before that ends in their noun (检查), no average nor 其中 part.
 */
function checkNamedByEnding(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, k: number): Finding | undefined {
  const [sentence, before] = [index.sentences[k], index.sentences[k - 1]];
  if (!before || before.paragraph !== sentence.paragraph || before.docSentence !== sentence.docSentence - 1) return undefined;
  const led = SUBSET_OPENING.test(doc.sentences[sentence.docSentence].text);
  const own = mainFigures(sentence);
  if (own.length < 2) return undefined;
  const ending = commonSuffix([partWords(own[0]).replace(SUBSET_OPENING, '').trim(), partWords(own[1])]);
  if (ending.length < 2 || MEASURE_ENDING.test(ending.slice(-2))) return undefined;
  // Without 其中 the parts must name classes: a classifier, then the noun the count ends in; or kinds of cases before it
  // ("刑事法律援助案件…，民事法律援助案件…").
  const noun = led ? ending : CLASSIFIED_ENDING.exec(ending)?.[1] ?? caseKindNoun(partWords(own[0]), partWords(own[1]));
  if (!noun) return undefined;
  // Unled, the count is the one of the sentence before that is no average, no 其中 part of another and of the year.
  const counts = mainFigures(before).filter((f) => !f.percent && isExactCount(f) && sameUnitKind(f, own[0]) &&
    (led || (!isAverageFigure(f) && !inSubsetList(index, f) && sameYear(doc, index, f, own[0]))));
  const named = counts.filter((f) => {
    const words = partWords(f);
    return words.endsWith(noun) || (led && words.length >= 2 && ending.endsWith(words));
  });
  // Unled, another count of the sentence before may be what the classes sort ("办理900件，办结850件。"): two bases fit.
  if (named.length !== 1 || (led ? named[0] === counts[counts.length - 1] : counts.length > 1)) return undefined;
  const parts = partsAfter(doc, index, [named[0], ...own], 0);
  // "共提出提案640件，经审查，立案612件。其中：集体提案98件，…": a list the last count can hold may be that count's.
  const last = counts[counts.length - 1];
  if (led && last !== named[0] && parts.length && sumOf(parts) <= last.value + tolerance(last, parts)) return undefined;
  return checkTotal(doc, ctx, named[0], parts, true, true);
}

// The verb of a total of what came in, handled or closed: its parts by way name it after the way ("热线受理…，多媒体受理…").
const INTAKE_VERB_SOURCE = '受理|收到|接收|接到|接待|新收|登记|接听|办理|办结|审结';
const INTAKE_VERB = new RegExp(INTAKE_VERB_SOURCE);

// "受理案件中行政处罚类40件，…", "类型分布：受理案件中…", "新收案件中，…", "收到的行政复议申请中，…": a sentence opening (after a label perhaps)
// with the things counted under a verb, then 中 — or 从…情况/结果看 ("从审结情况看，维持…").
const AMONG_VERB_LEAD = /^\s*(?:[\u4e00-\u9fff]{2,8}[:：]\s*)?(?:(?:本月|本季度|全年|当月|今年)?在?((?:受理|收到|接收|接到|新收|登记|办理|办结|审结|立案)[\u4e00-\u9fff]{0,10}?)中[，,]?|从((?:受理|收到|接收|新收|登记|办理|办结|审结)[\u4e00-\u9fff]{0,4}?)(?:情况|结果)(?:来)?看[，,])/;
// The verb of the lead: what is taken in or closed — or 立案, the proposals a committee accepted ("在立案提案中，").
const AMONG_VERB = new RegExp(`${INTAKE_VERB_SOURCE}|立案`);

/**
 * "……受理50件。⏎类型分布：受理案件中行政处罚类20件，行政强制类25件，……": the list after such a lead sorts the whole
 * count of its verb before it in its paragraph or the paragraphs just before (one value), as a heading names its total.
 */
function checkAmongList(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, k: number): Finding | undefined {
  const sentence = index.sentences[k];
  const own = mainFigures(sentence);
  if (own.length < 2 || own[0].segment > 1) return undefined;
  const lead = AMONG_VERB_LEAD.exec(doc.sentences[sentence.docSentence].text);
  const verb = lead && AMONG_VERB.exec(lead[1] ?? lead[2])?.[0];
  if (!lead || !verb) return undefined;
  const base = namedBase(doc, index, ctx, own[0], verb);
  if (!base || base.sentence === k || CUMULATIVE.test(base.before)) return undefined;
  const first = { ...own[0], before: own[0].before.replace(AMONG_VERB_LEAD, '') };
  const parts = partsAfter(doc, index, [base, first, ...own.slice(1)], 0);
  return checkTotal(doc, ctx, base, parts, true, true);
}

// "生态环境领域行政处罚案件25件": the cases of one class within one field.
const FIELD_CLASS = /^(?:其中)?[\u4e00-\u9fff]{2,12}?(?:领域|行业)([\u4e00-\u9fff]{2,8}?)类?(?:案件|事项)$/;
// How many sentences back the class may be stated.
const MAX_CLASS_BACK = 2;

/**
 * "其中行政处罚类20件，……。……，生态环境领域行政处罚案件25件": the cases of a class within one field, the first count
 * of their sentence, cannot be more than the whole class stated as a category in the sentences just before (one count
 * of that class there).
 */
function checkClassSubset(doc: ReportDocument, index: FigureIndex, k: number): Finding | undefined {
  const sentence = index.sentences[k];
  const first = mainFigures(sentence).find((f) => !f.percent);
  if (!first || !doc.sentences[sentence.docSentence].text.includes('领域')) return undefined;
  const name = FIELD_CLASS.exec(partWords(first))?.[1];
  if (!name || !isExactCount(first)) return undefined;
  const classes: Figure[] = [];
  for (let j = k - 1; j >= Math.max(0, k - MAX_CLASS_BACK) && index.sentences[j].section === sentence.section; j--) {
    for (const f of mainFigures(index.sentences[j])) {
      const words = partWords(f).replace(AMONG_VERB_LEAD, '');
      if (words === `${name}类` || words === `${name}类案件`) classes.push(f);
    }
  }
  const whole = classes.length === 1 ? classes[0] : undefined;
  if (!whole || !isExactCount(whole) || !sameUnitKind(whole, first) || !sameYear(doc, index, whole, first)) return undefined;
  if (first.value <= whole.value + whole.halfUlp + first.halfUlp) return undefined;
  const wholeLabel = `${name}类${figureText(doc, whole)}`;
  return report(CODE, {
    message: `部分不应超过所属类别：${figureLabel(doc, first)}，大于${wholeLabel}`,
    span: first.span,
    related: [{ span: whole.span, message: `所属类别：${wholeLabel}` }],
  });
}

// "其中转办事项：": a 其中 lead naming what its list breaks down.
const NAMED_LEAD = /^其中[，,]?\s*([\u4e00-\u9fff]{2,8})$/;

/**
 * "……当场答复热线事项5113宗，转办热线事项2114宗，办结1898宗。其中转办事项：咨询类51宗、……": a sentence whose 其中 lead
 * names, by its first two and last two characters (the verb and the noun), exactly one count of the sentence before lists
 * that count's parts.
 */
function checkNamedLead(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, k: number): Finding | undefined {
  const [sentence, before] = [index.sentences[k], index.sentences[k - 1]];
  if (!before || before.paragraph !== sentence.paragraph || before.docSentence !== sentence.docSentence - 1) return undefined;
  const name = NAMED_LEAD.exec(labelOf(doc, sentence.segments[0]) ?? '')?.[1];
  if (!name || name.length < 4) return undefined;
  const [verb, noun] = [name.slice(0, 2), name.slice(-2)];
  const named = mainFigures(before).filter((f) => !f.percent && isExactCount(f) && partWords(f).startsWith(verb) && partWords(f).endsWith(noun));
  if (named.length !== 1) return undefined;
  const parts = partsAfter(doc, index, [named[0], ...mainFigures(sentence).map((f) => labelled(doc, index, f))], 0);
  return checkTotal(doc, ctx, named[0], parts, true, true);
}

// "主要涉及物业管理390件、房屋建设226件、……": the topics a count breaks into, main ones or all.
// It may follow a clause saying by what it sorts ("按内容分，诉求涉及…", "从内容看，主要涉及…"), and each topic may
// repeat the verb ("涉及A问题150件，涉及B问题120件").
const TOPICS_LEAD = /^\s*(?:(?:从|按)[\u4e00-\u9fff]{2,6}?(?:来看|看|分|统计)[，,])?(?:[\u4e00-\u9fff](?<!不)){0,4}?(?:主要|其中)?(?:涉及|包括|包含|集中在)/;
const TOPIC_VERB = /^(?:涉及|包括|包含)/;
// A sentence that is nothing but a count under its name, numbered perhaps ("1.咨询类1800个。", "（二）求助类300件。").
const COUNT_LINE = /^\s*(?:[0-9]+[.．、]|[（(][一二三四五六七八九十0-9]+[)）])?\s*[\u4e00-\u9fff“”]{2,12}[0-9][0-9,]*(?:\.[0-9]+)?万?[个件条次项起宗人]次?[。；;]?\s*$/;
// How many sentences without figures ("从地域看，诉求多在城区。") may stand between the count and its topics.
const MAX_TOPIC_GAP = 2;
const MIN_TOPICS = 3;

/**
 * "1.住房保障类（793件，占比17.36%）。主要涉及物业管理390件、房屋建设226件、……": a sentence that opens with 涉及/包括 and is
 * nothing but a list of three topics or more, after a sentence of its paragraph with one count of their kind (in an
 * aside too): the topics of that count, listed in full or not, cannot add up to more than it.
 */
function checkTopicList(doc: ReportDocument, index: FigureIndex, k: number): Finding | undefined {
  const [sentence, before] = [index.sentences[k], index.sentences[k - 1]];
  if (!before || before.paragraph !== sentence.paragraph || sentence.docSentence - before.docSentence > 1 + MAX_TOPIC_GAP) return undefined;
  const all = mainFigures(sentence);
  // Without a lead, the topics follow a sentence that is nothing but their count ("1.咨询类1800个。社保缴费…个，环比…；…"),
  // each with its change or share after it.
  const bare = !TOPICS_LEAD.test(doc.sentences[sentence.docSentence].text);
  if (bare && !COUNT_LINE.test(doc.sentences[before.docSentence].text)) return undefined;
  const parts = bare ? all.filter((f) => !f.percent && !f.change && !isAboutFigureBefore(doc, index, f)) : all;
  if (parts.length < MIN_TOPICS || parts.length > MAX_PARTS) return undefined;
  // Unled topics each go on with their trend ("企业复工1200个，环比上升42.1%"): a breakdown, not a run of what was done
  // with the count ("办结1700个，回访1500个").
  if (bare && (all.length - parts.length < parts.length - 1 || parts.some((p) => HANDLING_STATE.test(partWords(p)) || CASE_STEPS.test(partWords(p))))) return undefined;
  if (parts.some((p, j) => j > 0 && !adjacent(doc, index, parts[j - 1], p))) return undefined;
  const topic = (p: Figure) => partWords(p).replace(TOPIC_VERB, '');
  if (parts.some((p) => !p.lone || !p.final || !isExactCount(p) || !sameUnitKind(p, parts[0]) || NOT_A_KIND.test(topic(p)) || CROSSCUTTING.test(topic(p)))) return undefined;
  const counts = before.figures.map((id) => index.figures[id]).filter((f) => !f.percent && sameUnitKind(f, parts[0]) && !f.change);
  const total = counts.length === 1 && isExactCount(counts[0]) ? counts[0] : undefined;
  return total && sumOf(parts) > total.value + tolerance(total, parts) ? sumFinding(doc, total, parts, true) : undefined;
}

/**
 * "共发布主动公开信息60条。其中组织类信息20条，内有领导介绍10条、…；业务类信息15条，其中乡镇动态5条、…；规章文件类信息
 * 6条；…": categories each opening a ；-chunk of a 其中 sentence (after a total closing the sentence before), each chunk
 * perhaps breaking its category down, are the total's; listed in full or not, they cannot add up to more than it.
 */
function checkChunkCategories(doc: ReportDocument, index: FigureIndex, k: number): Finding | undefined {
  const sentence = index.sentences[k];
  const text = doc.sentences[sentence.docSentence].text;
  if (!SUBSET_OPENING.test(text) || !/[；;]/.test(text)) return undefined;
  const total = closingTotal(doc, index, k);
  if (!total || !isTotalShaped(doc, index, total)) return undefined;
  const heads: Figure[] = [];
  let last = sentence.span.start;
  for (const f of mainFigures(sentence)) {
    if (f.percent) continue;
    // The first count of the sentence, and the first after each ；.
    if (heads.length === 0 || /[；;]/.test(doc.norm.slice(last, f.span.start))) {
      if (!f.lone || !f.final || !sameUnitKind(f, total) || !isExactCount(f) || heads.length === MAX_PARTS) break;
      heads.push(f);
    }
    last = f.span.end;
  }
  if (heads.length < 3) return undefined;
  for (const f of heads) if (!namesCategoryOf(total, partWords(f))) return undefined;
  const categories = categoryList(doc, total, heads, true);
  // "…共受理2720件，…，办结2680件。其中，按办件性质分：求助类2252件；…": categories that add up to another count of that
  // sentence are that count's.
  return categories?.length === heads.length && sumOf(categories) > total.value + tolerance(total, categories) && !otherTotalFits(doc, index, total, categories)
    ? sumFinding(doc, total, categories, true) : undefined;
}

/** The words name a category ("政策文件类"), perhaps with the noun its total counts ("政策文件类信息" under "…政府信息"). */
function namesCategoryOf(total: Figure, words: string): boolean {
  const m = CATEGORY_WITH_NOUN.exec(words);
  return CATEGORY_WORD.test(words) || (!!m && total.before.includes(m[1]));
}

// What was done with letters or requests, written after their count ("950件已转相关单位办理", "300件涉诉涉法类留言已引导群众
// 通过法定途径反映", "40件已直接答复"): passed on, pointed elsewhere, or answered directly — one each. Group 1, 2 or 3 names which.
// Answered only directly ("已直接答复"): a letter passed on is answered too, later.
const DISPOSITION = /^[\u4e00-\u9fff“”]{0,10}?(?:已|均已|已经)(?:(转(?:交|办|送|至|有关|相关))|(指引|引导|告知)|((?:直接|当场)(?:答复|回复|解答)))/;
const MIN_DISPOSITIONS = 2;

/** Which disposition a count-first part names after it (1 passed on, 2 pointed elsewhere, 3 answered), or 0. */
function dispositionOf(f: Figure): number {
  if (!f.lone || f.final || f.inParens || partWords(f)) return 0;
  const m = DISPOSITION.exec(f.after);
  return !m ? 0 : m[1] ? 1 : m[2] ? 2 : 3;
}

/**
 * "共收到群众有效留言1200件，950件已转相关单位办理（已办结900件），300件涉诉涉法类留言已引导群众通过法定途径反映": counts
 * written before what was done with them, each a different disposition, after the count they come from (the one right
 * before the first of them): listed in full or not, they cannot add up to more than it.
 */
function checkDispositions(doc: ReportDocument, index: FigureIndex, k: number): Finding | undefined {
  const own = mainFigures(index.sentences[k]);
  if (own.length < MIN_DISPOSITIONS + 1) return undefined;
  let first = -1;
  for (let j = 1; j < own.length && first < 0; j++) if (dispositionOf(own[j])) first = j;
  if (first < 1) return undefined;
  const total = own[first - 1];
  if (!isTotalShaped(doc, index, total) || !isExactCount(total) || !sameUnitKind(total, own[first])) return undefined;
  const parts: Figure[] = [];
  const seen: number[] = [];
  for (let j = first; j < own.length; j++) {
    const f = own[j];
    const kind = dispositionOf(f);
    // A state of some of them in between ("已办结328件") is no disposition of its own.
    if (!kind) {
      if (f.percent || !partWords(f) || !HANDLING_STATE.test(f.before.trim())) break;
      continue;
    }
    if (seen.includes(kind) || !sameUnitKind(f, total) || !isExactCount(f)) break;
    seen.push(kind);
    parts.push(f);
  }
  return parts.length >= MIN_DISPOSITIONS && sumOf(parts) > total.value + tolerance(total, parts) ? sumFinding(doc, total, parts, true) : undefined;
}

// "其中3起": a count opened by 其中 alone (or after "其中，"), what it is said after it ("其中3起为无证经营") — maybe after the
// verb that takes it ("提出将其中5件列为大会议案").
const SUBSET_ONLY = /^\s*(?:[\u4e00-\u9fff]{0,4}?[将把对])?其中\s*[，,：:]?\s*$/;

/** A count opened by 其中 alone with what it is said after it, no outcome (SUBSET_ONLY). */
function subsetCountFirst(f: Figure): boolean {
  return f.lone && !f.final && (SUBSET_ONLY.test(f.before) || (f.subsetCue && !f.before.trim())) && !OUTCOME_AFTER.test(f.after);
}

/**
 * "共办理一般程序案件20起，其中3起为无证经营，其余17起均为占道经营": a count opened by 其中 alone and one opened by 其余 alone
 * later in the sentence (no other count of the kind between them), right after their total, split it in two and add up
 * to it.
 */
function checkRestSplit(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, k: number): Finding | undefined {
  const own = mainFigures(index.sentences[k]);
  // An outcome written after its count is read as a part of the list already ("其中2宗维持原答复", countFirstOutcome).
  // Plain loops: this runs for every sentence.
  let first = -1;
  for (let j = 1; j < own.length && first < 0; j++) if (subsetCountFirst(own[j])) first = j;
  // "…20起，同比增加5起，其中3起…": a change or a share of the total stands between it and 其中.
  let t = first - 1;
  while (t >= 0 && (own[t].percent || own[t].change || isAboutFigureBefore(doc, index, own[t]))) t--;
  if (t < 0) return undefined;
  const [total, part] = [own[t], own[first]];
  if (!sameUnitKind(total, part) || !isTotalShaped(doc, index, total) || !isExactCount(total) || !adjacent(doc, index, total, part)) return undefined;
  let rest: Figure | undefined;
  for (let j = first + 1; j < own.length && !rest; j++) if (!own[j].percent && sameUnitKind(own[j], total)) rest = own[j];
  if (!rest || !rest.lone || !BARE_REMAINDER.test(rest.before) || !isExactCount(part) || !isExactCount(rest)) return undefined;
  const parts = [part, rest];
  if (addsUp(total, parts)) {
    noteSumHeld(doc, ctx, total, parts);
    return undefined;
  }
  return sumFinding(doc, total, parts);
}

/**
 * "最高检通报的52项案件质量主要评价指标中，设定通报值的13项，我省全部达标；其他39项，有25项位居全国前15，其中16项位居前10": a
 * sentence framed by its total (…N项…中，) and set out in stretches by ；, each opening with a count of the total's kind, the
 * last of them the rest (其他, 其余): those counts are all of it and add up to it, whatever each stretch says of its own.
 */
function checkFramedRest(doc: ReportDocument, index: FigureIndex, k: number): Finding | undefined {
  const own = mainFigures(index.sentences[k]).filter((f) => !f.percent && !f.change);
  const total = own[0];
  if (!total || !isExactCount(total) || !FRAME_OF_TOTAL.test(doc.norm.slice(total.span.end, total.span.end + MAX_FRAME_AFTER))) return undefined;
  const stretches = stretchesOf(doc, own.slice(1));
  if (stretches.length < 2 || stretches[0].length === 0) return undefined;
  const items = stretches.map((g) => g.find((f) => sameUnitKind(f, total)));
  if (items.some((f, j) => !f || f !== stretches[j][0] || !isExactCount(f)) || !REMAINDER.test((items[items.length - 1] as Figure).before)) return undefined;
  const parts = items as Figure[];
  return addsUp(total, parts) ? undefined : sumFinding(doc, total, parts);
}

// What closes a frame after its total: the rest of its noun and 中 ("项案件质量主要评价指标中，").
const FRAME_OF_TOTAL = /^[\u4e00-\u9fff“”"]{0,20}?中[，,]/;
const MAX_FRAME_AFTER = 24;

// At least this many counts of one enumeration after a total, without 其中, for them to be read as its kinds.
const MIN_ENUMERATED_KINDS = 3;
// Only a comma and the first kind's words between the total and it.
const COMMA_THEN_WORDS = /^\s*[，,][^，,；;。：:、0-9０-９]*$/;
// All of a place or a level beside its parts ("全县…", "市本级…"): may hold them.
const WHOLE_OR_OWN_LEVEL = /^(?:各|全)|本级/;

/**
 * "全县已建成人民调解组织1290个，村（社区）调委会1182个、镇（街道）调委会24个、企事业单位调委会131个": three or more counts
 * of one 、-enumeration right after a total (a comma between), their names ending in one noun, are kinds of it — listed in
 * full or not, they cannot add up to more than it. Not people (one may be of two groups), tags, states, or a whole level
 * beside its parts.
 */
function checkEnumeratedKinds(doc: ReportDocument, index: FigureIndex, k: number): Finding | undefined {
  const own = mainFigures(index.sentences[k]);
  for (let i = 0; i + MIN_ENUMERATED_KINDS < own.length; i++) {
    const total = own[i];
    if (!isExactCount(total) || total.change || PEOPLE.includes(total.unit) || !isTotalShaped(doc, index, total) || isOtherPeriodValue(total)) continue;
    if (own[i + 1].subsetCue || opensList(own[i + 1]) || !COMMA_THEN_WORDS.test(doc.norm.slice(total.span.end, own[i + 1].span.start))) continue;
    const parts = [own[i + 1]];
    for (let j = i + 2; j < own.length && doc.norm.charAt(own[j - 1].span.end) === '、'; j++) parts.push(own[j]);
    const words = parts.map(partWords);
    if (parts.length < MIN_ENUMERATED_KINDS || parts.some((p) => !isExactCount(p) || p.unit !== total.unit || !p.lone) || commonSuffix(words).length < 2 ||
        words.some((w) => CROSSCUTTING.test(w) || HANDLING_STATE.test(w) || WHOLE_OR_OWN_LEVEL.test(w))) continue;
    // "涉及水务方面的有19件，政府综合方面的有18件、交通方面的有14件、…": a count named as its kinds are is the first of them.
    if (commonSuffix([partWords(total), ...words]).length >= 2) continue;
    return sumOf(parts) > total.value + tolerance(total, parts) ? sumFinding(doc, total, parts, true) : undefined;
  }
  return undefined;
}

/**
 * "…经审查立案5254件。（a paragraph on）……；立案的提案中，委员提案4884件，民主党派中央和全国工商联提案352件，人民团体提案6件，
 * 界别、小组等提案12件。": a clause opening with a frame that names a whole by its verb, then kinds of one noun (two or
 * more, counted alike, none a property many may share), breaks down the one count of that verb before it (verbFramedBase):
 * listed in full or not, the kinds cannot add up to more than it.
 */
const MAX_FRAME_LENGTH = 40;

function checkFramedKinds(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, k: number): Finding | undefined {
  const own = mainFigures(index.sentences[k]);
  // The clause of each first part: from the sentence's start or the last ； before it, found as the figures are passed.
  let opening = index.sentences[k].span.start;
  for (let i = 0; i + 1 < own.length; i++) {
    const first = own[i];
    const from = i > 0 ? own[i - 1].span.end : opening;
    const end = first.span.start - first.before.length;
    const gap = end > from ? doc.norm.slice(from, end) : '';
    const stop = Math.max(gap.lastIndexOf('；'), gap.lastIndexOf(';'));
    if (stop >= 0) opening = from + stop + 1;
    if (end - opening > MAX_FRAME_LENGTH || !isVerbFrame(doc.norm.slice(opening, end))) continue;
    const parts = [first];
    for (let j = i + 1; j < own.length && !/[；;。]/.test(doc.norm.slice(own[j - 1].span.end, own[j].span.start)); j++) parts.push(own[j]);
    const words = parts.map(partWords);
    if (parts.length < 2 || parts.some((p) => !isExactCount(p) || p.percent || p.unit !== first.unit || p.totalCue || p.subsetCue) || commonSuffix(words).length < 2 ||
        words.some((w) => CROSSCUTTING.test(w) || HANDLING_STATE.test(w))) continue;
    const base = verbFramedBase(doc, index, ctx, parts);
    if (base && base.sentence < k && sumOf(parts) > base.value + tolerance(base, parts)) return sumFinding(doc, base, parts, true);
  }
  return undefined;
}

// A sentence opening with the things the sentence before counted ("这些建议", "上述案件"): its noun.
const THESE = /^\s*(?:这些|上述|以上|前述)([\u4e00-\u9fff]{2,6}?)(?:中|当中|里)?(?=由|分别|经|已|均|[，,：:])/;
// The opening of a sentence THESE is read in: no copy of every sentence's text.
const MAX_THESE = 14;

/**
 * "县人大代表共提出建议186件。这些建议由县政府组织办理151件；由县法院等单位办理28件；由县政府部门与群团组织共同办理7件":
 * a sentence that opens with the things the sentence before counted (这些/上述 + their noun, named before its head
 * count) and splits them two ways or more, each part done alike (their words end alike: …办理), cannot split more than
 * there were.
 */
function checkTheseSplit(doc: ReportDocument, index: FigureIndex, k: number): Finding | undefined {
  const sentence = index.sentences[k];
  const noun = THESE.exec(doc.norm.slice(sentence.span.start, Math.min(sentence.span.end, sentence.span.start + MAX_THESE)))?.[1];
  if (!noun) return undefined;
  const total = headOfSentenceBefore(doc, index, k);
  const before = total && index.sentences[total.sentence];
  if (!total || !before || !isExactCount(total) || total.change || !doc.norm.slice(before.span.start, total.span.start).includes(noun)) return undefined;
  const parts = mainFigures(sentence).filter((f) => !f.percent && !isAboutFigureBefore(doc, index, f));
  if (parts.length < 2 || parts.some((p) => !isExactCount(p) || !sameUnitKind(p, total) || p.subsetCue || !p.lone) || commonSuffix(parts.map(partWords)).length < 2) return undefined;
  return sumOf(parts) > total.value + tolerance(total, parts) ? sumFinding(doc, total, parts, true) : undefined;
}

// A 其中 sentence that opens the clause right after it.
const SUBSET_SENTENCE = /^\s*其中\s*[，,:：]/;
const MAX_SUBSET_LEAD = 8;
// The shortest and longest name a part may give the total it belongs to ("人大建议" of "人大代表建议").
const MIN_TOTAL_NAME = 2;
const MAX_TOTAL_NAME = 8;

/**
 * "共受理人大代表建议8件、政协提案16件。其中，人大建议主办6件、协办3件；政协提案主办8件，协办6件": a 其中 sentence after
 * counts of one kind stated side by side breaks each down in its own stretch to a ；, led by that count's name (in full or
 * shortened: "人大建议"); each stretch is checked against the count it names, as a list against the count its heading names.
 * Silent when a stretch names none or two.
 */
function checkRespectiveLists(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, k: number): Finding | undefined {
  for (const [total, list] of respectiveLists(doc, index, k) ?? []) {
    const finding = checkTotal(doc, ctx, total, list, true, true);
    if (finding) return finding;
  }
  return undefined;
}

/** The stretches of sentence k that each name a count of the sentence before, with that count (checkRespectiveLists). */
function respectiveLists(doc: ReportDocument, index: FigureIndex, k: number): [Figure, Figure[]][] | undefined {
  const sentence = index.sentences[k];
  const before = index.sentences[k - 1];
  if (!sentence || !before || before.paragraph !== sentence.paragraph || before.docSentence !== sentence.docSentence - 1) return undefined;
  // (A few characters read: listEnds asks this of many sentences.)
  if (!SUBSET_SENTENCE.test(doc.norm.slice(sentence.span.start, Math.min(sentence.span.end, sentence.span.start + MAX_SUBSET_LEAD)))) return undefined;
  const totals = mainFigures(before).filter((f) => !f.percent);
  const parts = mainFigures(sentence).filter((f) => !f.percent);
  if (totals.length < 2 || parts.length < 2 || [...totals, ...parts].some((f) => !isExactCount(f) || f.change || !sameUnitKind(f, totals[0]))) return undefined;
  const groups = stretchesOf(doc, parts);
  const used = new Set<Figure>();
  const lists: [Figure, Figure[]][] = [];
  for (const group of groups) {
    const words = partWords(group[0]);
    const named = totalNamedBy(words, totals);
    if (!named || used.has(named.total)) return undefined;
    used.add(named.total);
    lists.push([named.total, [{ ...group[0], before: `其中${words.slice(named.length)}`, subsetCue: true }, ...group.slice(1)]]);
  }
  return lists;
}

/** The one count whose words end in the name `words` open with (the longest such name, more words after it), and the name's length. */
function totalNamedBy(words: string, totals: Figure[]): { total: Figure; length: number } | undefined {
  for (let length = Math.min(MAX_TOTAL_NAME, words.length - 1); length >= MIN_TOTAL_NAME; length--) {
    const name = words.slice(0, length);
    const named = totals.filter((t) => shortensEnding(name, partWords(t)));
    if (named.length === 1) return { total: named[0], length };
    if (named.length > 1) return undefined;
  }
  return undefined;
}

/** f opens a stretch that names another count of the sentence before (respectiveLists). */
function opensRespectiveList(doc: ReportDocument, index: FigureIndex, f: Figure): boolean {
  return !!respectiveLists(doc, index, f.sentence)?.some(([, list]) => list[0].id === f.id);
}

/** `name` is the ending of `words` or a shortening of it that keeps its last character ("人大建议" of "…人大代表建议"). */
function shortensEnding(name: string, words: string): boolean {
  if (words.endsWith(name)) return true;
  if (name.length < 3 || name[name.length - 1] !== words[words.length - 1]) return false;
  return inOrderWithin(name, words.slice(-2 * name.length));
}

/**
 * "今年共收到政协提案238件，由37个单位负责办理。截至目前，219件提案已办复，其余19件正在办理": a sentence of two counts of a
 * kind, the second opened by 其余 alone, splits the head count of the sentence before it in two — they add up to it.
 */
function checkRestAcross(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, k: number): Finding | undefined {
  const own = mainFigures(index.sentences[k]).filter((f) => !f.percent && !isAboutFigureBefore(doc, index, f));
  if (own.length !== 2) return undefined;
  const [part, rest] = own;
  if (!rest.lone || !BARE_REMAINDER.test(rest.before) || part.change || part.subsetCue || REMAINDER.test(part.before) || !isExactCount(part) || !isExactCount(rest) || !sameUnitKind(part, rest)) return undefined;
  const total = headOfSentenceBefore(doc, index, k);
  if (!total || !isExactCount(total) || !sameUnitKind(total, part) || total.change || isOtherPeriodValue(total)) return undefined;
  const parts = [part, rest];
  if (addsUp(total, parts)) {
    noteSumHeld(doc, ctx, total, parts);
    return undefined;
  }
  return sumFinding(doc, total, parts);
}

/**
 * "前三季度共受理纠纷5935件，调解纠纷5935件，调解成功5894件，……，调解成功率为99.3%。其中婚姻家庭继承纠纷646件，邻里纠纷
 * 1670件，……，其他纠纷849件": a 其中 sentence listing kinds of one noun (纠纷), closed by the rest, after a sentence of several
 * counts: its total is the count of the sentence before stated under that noun — one value, however many state it.
 */
function checkKindsOfNounBefore(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, k: number): Finding | undefined {
  const sentence = index.sentences[k];
  const before = index.sentences[k - 1];
  const parts = mainFigures(sentence).filter((f) => !f.percent);
  if (!before || before.paragraph !== sentence.paragraph || before.docSentence !== sentence.docSentence - 1 || parts.length < MIN_KINDS_OF_NOUN || !parts[0].subsetCue) return undefined;
  const last = parts[parts.length - 1];
  if (!REMAINDER.test(partWords(last)) || parts.some((p) => !isExactCount(p) || !sameUnitKind(p, parts[0]) || p.change || (p !== parts[0] && p.subsetCue))) return undefined;
  const noun = commonSuffix(parts.map(partWords));
  if (noun.length < 2 || MEASURE_ENDING.test(noun)) return undefined;
  const totals = mainFigures(before).filter((f) => isExactCount(f) && !f.percent && !f.change && sameUnitKind(f, parts[0]) && f.before.trim().endsWith(noun) && !NEGATED_WORDS.test(f.before));
  if (totals.length === 0 || totals.some((f) => f.value !== totals[0].value)) return undefined;
  const total = totals[0];
  if (addsUp(total, parts)) {
    noteSumHeld(doc, ctx, total, parts);
    return undefined;
  }
  return sumFinding(doc, total, parts, sumOf(parts) > total.value + tolerance(total, parts));
}
// The fewest kinds of such a list: three and the rest.
const MIN_KINDS_OF_NOUN = 4;

// "加上转移性收入486923万元，收入总计550923万元": what is added, then the sum of it and the count before.
// (A budget's accounts write 加 alone: "加市级财政税收返还和补助收入109.6亿元、上年结转收入7.7亿元、…，收入总量为490.7亿元".)
const ADD_LEAD = /^\s*(?:再)?加(?:上|[\u4e00-\u9fff]{2,}(?:收入|支出|资金|结转|补助))/;
const ADDED_LAST = /^\s*后\s*$/;
// A budget's totals are also named 总量 or 总收入/总支出 ("收入总量为490.7亿元", "总收入为97.67亿元").
const SUM_WITH_NOUN = new RegExp(`(?:${alternatives([...SUM_WORDS, '总量', '总收入', '总支出'])})(?:为|达)?\\s*$`);
// The words a sum may name: the noun of what it sums and nothing else ("收入总计", "资金合计").
const MAX_SUM_NOUN = 8;

/**
 * "县级一般公共预算收入完成64000万元，……其中：……。加上转移性收入486923万元，收入总计550923万元": a sentence opening with
 * 加上 adds its counts to the head count of the sentence before (whose other counts of the kind are its 其中 parts or
 * about it), and states their sum; or, within one sentence, to the count right before the 加上 clause ("上年结转120万元，
 * 加上本年拨付80万元，合计200万元").
 */
function checkAddedSum(doc: ReportDocument, index: FigureIndex, k: number): Finding | undefined {
  const own = mainFigures(index.sentences[k]);
  const sum = own[own.length - 1];
  if (own.length < 2 || !sum.lone || !sum.final || !isExactCount(sum) || !SUM_WITH_NOUN.test(sum.before)) return undefined;
  if (sum.before.replace(SUM_WITH_NOUN, '').trim().length > MAX_SUM_NOUN) return undefined;
  const segments = index.sentences[k].segments;
  const lead = segments.findIndex((seg) => ADD_LEAD.test(doc.norm.slice(seg.span.start, seg.span.end)));
  if (lead < 0) return undefined;
  const added = own.slice(0, -1).filter((f) => f.segment >= lead);
  // ("…、上年结转1.34亿元后，收入总计…": the last one closes the clause with 后.)
  if (added.length === 0 || added.some((f) => !f.lone || !(f.final || ADDED_LAST.test(f.after)) || !isExactCount(f) || !sameUnitKind(sum, f))) return undefined;
  // The count right before the 加上 clause, past its changes and shares ("本级收入238965万元，增长3.98%，加上：…").
  const before = own.filter((f) => f.segment < lead);
  const levels = before.filter((f) => !f.percent && !f.change);
  const base = levels.length ? levels[levels.length - 1] : lead === 0 ? headOfSentenceBefore(doc, index, k, true) : undefined;
  // (Percents after it — its changes, its completion of the budget, "完成调整预算的100.3%" — are about it.)
  if (!base || !base.final || !isExactCount(base) || !sameUnitKind(sum, base) || (levels.length && before.some((f) => f.id > base.id && !isAboutFigureBefore(doc, index, f) && !f.change && !f.percent))) return undefined;
  if (levels.length && base.segment !== lead - 1 && !before.every((f) => f.id <= base.id || f.segment === base.segment || f.change || f.percent)) return undefined;
  const parts = [base, ...added];
  return addsUp(sum, parts) ? undefined : sumFinding(doc, sum, parts);
}

/**
 * The first count of the sentence before (same paragraph), when every other count of its kind there is a 其中 part of it or
 * about it — with `pastParts`, past one sentence that opens with 其中 (its parts: "收入13.62亿元，下降3.8%。其中：税收收入…；非税收入…。加上…").
 */
function headOfSentenceBefore(doc: ReportDocument, index: FigureIndex, k: number, pastParts = false): Figure | undefined {
  const [sentence, before] = [index.sentences[k], index.sentences[k - 1]];
  if (!before || before.paragraph !== sentence.paragraph || before.docSentence !== sentence.docSentence - 1) return undefined;
  const main = mainFigures(before).filter((f) => !f.percent);
  const head = main[0];
  if (head?.subsetCue && pastParts) return headOfSentenceBefore(doc, index, k - 1, false);
  if (!head || head.subsetCue) return undefined;
  for (const f of main.slice(1)) {
    const inList = /其中/.test(doc.norm.slice(head.span.end, f.span.start));
    if (sameUnitKind(head, f) && !inList && !isAboutFigureBefore(doc, index, f)) return undefined;
  }
  return head;
}

// A count over several years: "三年来", "近三年", "过去5年间", or "2021年至2023年" / "2021—2023年".
const YEARS_SPAN = /(?:(?:近|过去|最近)([两二三四五六七八九十]|[2-9])年|([两二三四五六七八九十]|[2-9])年(?:来|以来|间))|((?:19|20)[0-9]{2})年?\s*(?:至|到|—|－|-|~|～)\s*((?:19|20)[0-9]{2})年/g;
// One year's count in a year-by-year breakdown: "2021年180件", "其中，2022年受理200件".
const YEAR_PART = /^((?:19|20)[0-9]{2})年度?([\u4e00-\u9fff]{0,4})$/;
// How far back in the paragraph the count over the years may stand.
const MAX_SENTENCES_BACK = 4;
// A part of a year names its year: words without 年 are not read. Module-level: no callback made anew at each ask.
const namesYearPart = (f: Figure): boolean => f.before.includes('年') && YEAR_PART.test(partWords(f));

// "受理刑事案件1501件": a kind of case taken in, named after the verb; "审结1441件", "执结9778件": its closed, the verb alone.
const KIND_TAKEN_IN = /^\s*(?:其中)?[：:，,]?\s*(?:受理|新收|收案|收到)(刑事|民商事|民事|商事|行政|执行|国家赔偿|[\u4e00-\u9fff]{2,6}?类)[\u4e00-\u9fff]{0,6}?(?:案件)?\s*$/;
const KIND_CLOSED = /^\s*(?:已|共)?(?:审执结|审结|执结|结案|办结)\s*$/;
// The totals they break down: all cases taken in, all closed ("全院共受理案件37943件", "结案32825件").
const ALL_TAKEN_IN = /(?:受理|新收|收案)(?:各类)?(?:案件)?(?:数|总数)?(?:为|达)?\s*$/;
const ALL_CLOSED = /(?:审执结|审结|执结|结案|办结)(?:各类)?(?:案件)?(?:数|总数)?(?:为|达)?\s*$/;
// Each kind an item: this many at least.
const MIN_INTERLEAVED_KINDS = 3;

/**
 * "全院共受理案件37943件，……结案32825件。其中受理刑事案件1501件，审结1441件；受理民商事案件24912件，审结21244件；……": a 其中
 * sentence of items, one kind of case each (past ；), each taken in and then closed, breaks down both totals of the sentence
 * before (in its paragraph, past sentences of changes). A case is of one kind: neither list may pass its total. The kinds
 * taken in adding up to their total are all the kinds, so every closed case is of one of them: the closed, stated for
 * each, must add up to theirs. (Not the other way: a kind taken in with none closed is left out of a list of closings.)
 */
function checkInterleavedKinds(doc: ReportDocument, index: FigureIndex, k: number): Finding | undefined {
  const sentence = index.sentences[k];
  if (!/^\s*其中/.test(doc.norm.slice(sentence.span.start, sentence.span.start + MAX_SUBSET_LEAD))) return undefined;
  const own = mainFigures(sentence);
  const takenIn: Figure[] = [];
  const closed: (Figure | undefined)[] = [];
  const kinds = new Set<string>();
  let itemStart = -1;
  for (let j = 0; j < own.length; j++) {
    const f = own[j];
    const kind = KIND_TAKEN_IN.exec(f.before)?.[1];
    if (kind !== undefined) {
      // A new item opens past a ；, or at the sentence's first figure.
      if (takenIn.length && !/[；;]/.test(doc.norm.slice(own[itemStart].span.end, f.span.start))) return undefined;
      if (!isExactCount(f) || kinds.has(kind) || (takenIn.length && !sameUnitKind(f, takenIn[0]))) return undefined;
      kinds.add(kind);
      takenIn.push(f);
      closed.push(undefined);
      itemStart = j;
    } else if (itemStart >= 0 && KIND_CLOSED.test(f.before) && closed[closed.length - 1] === undefined && j === itemStart + 1) {
      if (!isExactCount(f) || !sameUnitKind(f, takenIn[0])) return undefined;
      closed[closed.length - 1] = f;
    } else if (itemStart < 0) return undefined;
  }
  if (takenIn.length < MIN_INTERLEAVED_KINDS) return undefined;
  // The totals: in the nearest sentence before (its paragraph) that states a count of all taken in.
  for (let s = k - 1; s >= 0 && k - s <= MAX_SENTENCES_BACK && index.sentences[s].paragraph === sentence.paragraph; s--) {
    const counts = mainFigures(index.sentences[s]).filter((f) => isExactCount(f) && !f.change && !f.percent && sameUnitKind(f, takenIn[0]));
    const intakes = counts.filter((f) => ALL_TAKEN_IN.test(f.before) && !KIND_TAKEN_IN.test(f.before));
    if (!intakes.length) continue;
    const closings = counts.filter((f) => ALL_CLOSED.test(f.before) && f.id > intakes[0].id);
    if (intakes.length !== 1 || closings.length > 1) return undefined;
    const [intake, closing] = [intakes[0], closings[0]];
    if (sumOf(takenIn) > intake.value + tolerance(intake, takenIn)) return sumFinding(doc, intake, takenIn, true);
    const allClosed = closed.every((f) => f !== undefined) ? (closed as Figure[]) : undefined;
    if (!closing || !allClosed) return undefined;
    if (sumOf(allClosed) > closing.value + tolerance(closing, allClosed)) return sumFinding(doc, closing, allClosed, true);
    return addsUp(intake, takenIn) && !addsUp(closing, allClosed) ? sumFinding(doc, closing, allClosed) : undefined;
  }
  return undefined;
}

/**
 * "三年来共受理行政复议案件600件。……其中2021年180件、2022年200件、2023年230件": the counts of every year of a span add up
 * to the count over the span, stated in that sentence or earlier in the paragraph (the one count of the kind after the
 * span's words, or the one of the parts' verb).
 */
function checkYearByYear(doc: ReportDocument, index: FigureIndex, k: number): Finding | undefined {
  const own = mainFigures(index.sentences[k]);
  const start = own.findIndex(namesYearPart);
  if (start < 0) return undefined;
  const parts: Figure[] = [];
  for (const f of own.slice(start)) {
    const m = YEAR_PART.exec(partWords(f));
    if (!m || !f.lone || !f.final || !isExactCount(f) || (parts.length && !adjacent(doc, index, parts[parts.length - 1], f))) break;
    if (parts.length && (Number(m[1]) !== Number(YEAR_PART.exec(partWords(parts[parts.length - 1]))?.[1]) + 1 || !sameUnitKind(parts[0], f))) return undefined;
    parts.push(f);
  }
  if (parts.length < 2) return undefined;
  const verb = YEAR_PART.exec(partWords(parts[0]))?.[2] ?? '';
  const first = Number(YEAR_PART.exec(partWords(parts[0]))?.[1]);
  // The span may be named in a sentence without figures ("2021—2023年，全市……稳步推进。").
  const sentence = index.sentences[k];
  for (let d = sentence.docSentence; d >= 0 && sentence.docSentence - d <= MAX_SENTENCES_BACK && doc.sentences[d].blockIndex >= sentence.paragraph; d--) {
    const total = spanTotal(doc, index, d, parts, verb, first);
    if (total !== undefined) return total && !addsUp(total, parts) ? sumFinding(doc, total, parts) : undefined;
  }
  return undefined;
}

/**
 * The count over the years of `parts` after the span named in doc sentence d, before them (in d or a sentence up to
 * theirs: "2021—2023年，……。全市共受理……600件。其中2021年……"): null when the span does not fit them or several counts
 * might be its total, undefined when d names no span.
 */
function spanTotal(doc: ReportDocument, index: FigureIndex, d: number, parts: Figure[], verb: string, first: number): Figure | null | undefined {
  const span = doc.sentences[d].span;
  const end = Math.min(span.end, parts[0].span.start);
  const spans = [...doc.norm.slice(span.start, end).matchAll(YEARS_SPAN)];
  if (spans.length === 0) return undefined;
  const m = spans[spans.length - 1];
  const years = m[3] ? Number(m[4]) - Number(m[3]) + 1 : smallCount(m[1] ?? m[2]);
  if (years !== parts.length || (m[3] && Number(m[3]) !== first)) return null;
  const from = span.start + (m.index ?? 0);
  const counts: Figure[] = [];
  for (let id = parts[0].id - 1; id >= Math.max(0, parts[0].id - MAX_LOOKBACK) && index.figures[id].span.start > from; id--) {
    const f = index.figures[id];
    if (!f.inParens && !f.percent && sameUnitKind(f, parts[0]) && !isAboutFigureBefore(doc, index, f) && (!verb || f.before.includes(verb))) counts.push(f);
  }
  return counts.length === 1 && counts[0].final && isExactCount(counts[0]) ? counts[0] : null;
}

// "行政处罚类案件": a category named with the noun it sorts.
const CATEGORY_NOUN = /类[\u4e00-\u9fff]{0,3}$/;
// "饮用水安全领域办案": a field named with the work done in it.
const FIELD_WORK = /领域[\u4e00-\u9fff]{1,3}$/;

/** A part named as a category ("咨询类", "行政处罚类案件", "民生方面", "生态环境领域办案"). */
function isCategory(f: Figure): boolean {
  const words = partWords(f);
  return CATEGORY_WORD.test(words) || CATEGORY_NOUN.test(words) || FIELD_WORK.test(words);
}

/** "共受理诉求100件，其中咨询类60个，…", "其中电话4100个": a category or channel counted with another of the counters one list may mix. */
function mixedCounter(total: Figure, f: Figure): boolean {
  // "共提供服务30.5万件次，其中…法律帮助案件4.1万件、…法律咨询19.1万人次", "信访总量…件次，其中…来访4115人次": a total of
  // times (件次) holds people served each time.
  if (total.unit === '件次' && f.unit === '人次') return true;
  // "信访事项520宗，其中来访210批…": a total in 起/宗 counts items as one in 件 does.
  if (!INTERCHANGEABLE_COUNTERS.includes(total.unit) && !countsItems(total.unit)) return false;
  // A channel may count in the counter of what comes by it ("市长信箱信件60封", "网站留言60条").
  if (channelOf(partWords(f)) >= 0) return CHANNEL_COUNTERS.includes(f.unit);
  // A category is one item whichever counter; so is a type of request counted in 个 as calls are ("投诉80个，举报45件") — not
  // what a request is about ("涉及企业600个" counts firms).
  return INTERCHANGEABLE_COUNTERS.includes(f.unit) && (isCategory(f) || (f.unit === '个' && requestTypeOf(partWords(f).replace(SUBSET_OPENING, '')) >= 0));
}

// Visitors come in batches ("来访130批").
const CHANNEL_COUNTERS: readonly string[] = [...INTERCHANGEABLE_COUNTERS, '封', '条', '单', '批'];

/** The noun and the other nouns a report counts the same things under ("诉求" → 诉求, 工单). */
function sameThings(noun: string): string[] {
  const group = SAME_THINGS.find((g) => g.includes(noun));
  return group ? [noun, ...group.filter((n) => n !== noun)] : [noun];
}

// The two halves of the year, and what a stock is said to have (共有, 现有): no work of the year to split.
const HALF = /^(上半年|下半年)/;
const STOCK_HELD = /(?:共有|现有|拥有)[\u4e00-\u9fff]{0,12}$/;

/**
 * "全年共受理行政复议案件1860件。上半年受理860件，下半年受理1000件": the two halves of a count of the year's work, each named by
 * nothing but its half, or with the total's own verb ("上半年新增律师10名" beside "共有律师120名", or halves of 受理 beside a
 * total of 办结, are no split of it).
 */
function halvesOf(total: Figure, a: Figure, b: Figure): boolean {
  const [x, y] = [partWords(a), partWords(b)];
  const [hx, hy] = [HALF.exec(x)?.[1], HALF.exec(y)?.[1]];
  if (!hx || !hy || hx === hy || STOCK_HELD.test(total.before)) return false;
  const verb = verbOf(total.before);
  return [x, y].every((w) => {
    const rest = w.slice(3).trim();
    if (rest === '') return true;
    if (verb === undefined || verbOf(rest) !== verb || CHANGE_WORDS.test(rest) || /新增|新建|新设/.test(rest)) return false;
    // The noun after the verb, if any, is the total's ("上半年全市受理行政复议案件860件" of "共受理行政复议案件1860件").
    const noun = rest.slice(rest.lastIndexOf(verb) + verb.length);
    return noun === '' || total.before.endsWith(noun) || total.before.endsWith(verb);
  });
}

/** Two parts that are one of the pairs splitting a total, in either order ("交办…，直办…"). */
function partitionPair(doc: ReportDocument, total: Figure, a: Figure, b: Figure): boolean {
  const lead = totalLead(doc, total);
  const [x, y] = [partWords(a), partWords(b)];
  // What the total's sentence says of it after it ("…案件886件，处罚金额144.6万余元。"), up to the sentence's end — read only
  // for the procedures of penalties, the one pair it decides.
  const said = PENALTY_PROCEDURE.test(x + y) ? `${lead}${doc.norm.slice(total.span.end, total.span.end + MAX_SAID_AFTER).split('。')[0]}` : lead;
  return arePartitionPair(x, y, lead, said);
}
const MAX_SAID_AFTER = 40;

// How far back a total's clause is read for the names of what it counts.
const MAX_TOTAL_LEAD = 30;

/** The words of the total's clause before it, names joined by 、 included ("主办的建议、提案共有" of "…24件"). */
function totalLead(doc: ReportDocument, total: Figure): string {
  const from = Math.max(0, total.span.start - MAX_TOTAL_LEAD);
  const words = doc.norm.slice(from, total.span.start);
  return words.slice((lastMatch(CLAUSE_MARK, words)?.index ?? -1) + 1);
}
const CLAUSE_MARK = /[，,。；;：:\n]/g;

/**
 * "共受理消费者投诉615365件。……按照商品和服务类别，商品类投诉为327979件，占总投诉量的53.30%，服务类投诉为274328件，占总投诉量的
 * 44.58%，其他类投诉为13058件": a list of one sentence closed by the rest (其他), two or more of its parts with a share that
 * an earlier count of the paragraph or the few before it gives exactly, is that count's breakdown — all of it.
 */
function checkSharedList(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, k: number): Finding | undefined {
  const figures = mainFigures(index.sentences[k]);
  const counts = figures.filter((f) => !f.percent);
  const last = counts[counts.length - 1];
  // (A sentence stating a total of its own, "本年收入合计…；包括…", is its own list's.)
  // (Nor one framed by a count of its own, "54189件消费者投诉中，…": that count is its total, restated — checkTotal's.)
  if (counts.length < MIN_SHARED_LIST || !REMAINDER.test(partWords(last)) ||
      counts.some((f) => !isExactCount(f) || !sameUnitKind(f, last) || f.change || f.subsetCue || f.totalCue || SUM_AFTER_WORDS.test(f.before) || FRAME_AFTER.test(f.after))) return undefined;
  // Each part's share right after it ("…327979件，占总投诉量的53.30%").
  const shared = counts.flatMap((part) => {
    const next = index.figures[part.id + 1];
    return next && next.percent && next.sentence === part.sentence && /占/.test(next.before) ? [{ part, share: next }] : [];
  });
  if (shared.length < MIN_SHARES_NAMING) return undefined;
  const gives = (total: Figure) => shared.every(({ part, share }) => {
    const ratio = percentInterval(part, total);
    return !!ratio && judgeRounding(share.value, share.decimals, ratio.low, ratio.high, ctx.options.rounding) !== 'mismatch';
  });
  const bases = totalsBefore(doc, index, ctx, counts[0]).filter((f) => f.sentence < k && f.value > sumOf(shared.map(({ part }) => part)) && gives(f));
  if (new Set(bases.map((f) => f.value)).size !== 1) return undefined;
  const total = bases[bases.length - 1];
  return addsUp(total, counts) ? undefined : sumFinding(doc, total, counts);
}

const SUM_AFTER_WORDS = new RegExp(alternatives(SUM_WORDS));
// The fewest parts of such a list, and of its parts with a share naming the count.
const MIN_SHARED_LIST = 3;
const MIN_SHARES_NAMING = 2;

/**
 * "行政争议发案量共60件，其中，行政复议发案量37件，同比…，办结35件；行政诉讼发案量13件，败诉2件": a 其中 list in two stretches to
 * a ；, each headed by one side of a split pair and (one at least) going on with fewer of its own (what became of them), splits
 * the total between the heads.
 */
function checkPairStretches(doc: ReportDocument, index: FigureIndex, k: number): Finding | undefined {
  const counts = mainFigures(index.sentences[k]).filter((f) => !f.percent);
  const at = counts.findIndex((f, j) => j + 1 < counts.length && counts[j + 1].subsetCue);
  if (at < 0) return undefined;
  const total = counts[at];
  const parts = counts.slice(at + 1);
  // "…414130人，比上年末增加24259人，其中城镇…": a change is no total of the 其中 after it.
  // (The parts all counted alike may be counted by another of the interchangeable counters: "来电8947个，其中转办2274件".)
  const counted = (p: Figure) => sameUnitKind(p, total) || (p.unit === parts[0].unit && INTERCHANGEABLE_COUNTERS.includes(p.unit) && INTERCHANGEABLE_COUNTERS.includes(total.unit));
  if (parts.length < 3 || !isExactCount(total) || total.change || isOtherPeriodValue(total) || parts.some((p) => !isExactCount(p) || !counted(p))) return undefined;
  const groups = stretchesOf(doc, parts);
  // (One stretch may be its head alone: "其中转办2274件，办结1715件，…；直办6673件".)
  if (groups.length !== 2 || groups.every(([, ...rest]) => rest.length === 0) || groups.some(([head, ...rest]) => rest.some((f) => f.value > head.value))) return undefined;
  const heads = groups.map(([head]) => head);
  return partitionPair(doc, total, heads[0], heads[1]) && !addsUp(total, heads) ? sumFinding(doc, total, heads) : undefined;
}

/**
 * "共完成交易235项，交易金额9.8519亿元，节约金额0.1968亿元，其中：工程建设项目交易101项，…，节约金额0.1488亿元；政府采购项目交易
 * 133项，…，节约金额0.0479亿元": several totals before a 其中, its list in stretches to a ；, each stretch stating each total's
 * metric again (words ending alike, one figure a stretch): per metric the stretches' figures may not add up to more than its
 * total. (Whether the stretches are all of it is not known: only an excess is reported.)
 */
function checkStretchMetrics(doc: ReportDocument, index: FigureIndex, k: number): Finding[] {
  const counts = mainFigures(index.sentences[k]).filter((f) => !f.percent && !f.change);
  const at = counts.findIndex((f) => f.subsetCue);
  if (at < 2 || counts.length - at < 4) return [];
  const groups = stretchesOf(doc, counts.slice(at));
  if (groups.length < 2) return [];
  const out: Finding[] = [];
  for (const total of counts.slice(0, at)) {
    const key = metricKey(total);
    if (key.length < MIN_METRIC_KEY || !isExactCount(total) || isOtherPeriodValue(total)) continue;
    const parts: Figure[] = [];
    for (const group of groups) {
      const same = group.filter((f) => isExactCount(f) && sameUnitKind(f, total) && sameMetric(metricKey(f), key));
      if (same.length !== 1) break;
      parts.push(same[0]);
    }
    if (parts.length === groups.length && exceeds(total, parts)) out.push(sumFinding(doc, total, parts, true));
  }
  return out;
}

/** A figure's measure as sameUnitKind compares it: the first of its kind. */
function unitKindOf(f: Figure): string {
  return HEADCOUNT_UNITS.includes(f.unit) ? '人' : INTERCHANGEABLE_COUNTERS.includes(f.unit) ? '件' : f.unit;
}

// How many sentences back a sorted sentence's totals are looked for.
const MAX_SORTED_BACK = 3;
// "分行业来看，", "从区域看，", "按类型分：": a sentence opening by what it sorts by.
const SORTED_OPENING = /^\s*(?:从|按照?|分)[\u4e00-\u9fff]{1,8}?(?:来看|看|分)\s*[，,：:]/;

/**
 * "共发生…事故17起，…；死亡20人，…。分行业来看，工矿商贸事故13起、死亡14人；道路运输事故2起、死亡4人；铁路事故2起、死亡2人":
 * a sentence sorting the counts of the sentence before, stretch by stretch to a ；, each stretch stating each in its measure
 * once: per measure the stretches may not add up to more than its count (one count of that measure before). Only an excess is
 * reported: the stretches may not be all of it.
 */
function checkSortedStretches(doc: ReportDocument, index: FigureIndex, k: number): Finding[] {
  const sentence = index.sentences[k];
  const opening = doc.sentences[sentence.docSentence].text;
  // "纳入城乡低保8957户24385人。其中：城市低保3167户8112人；农村低保5790户16723人": a 其中 sentence sorts the counts of the
  // sentence right before it, each the only one of its measure there, 共 or not.
  if (SUBSET_SENTENCE.test(opening)) return sortedStretchesOf(doc, index, k, subsetTotals(index, k));
  if (!SORTED_OPENING.test(opening)) return [];
  // The counts of the paragraph before the sorting (a few sentences back): each total must be the only one of its measure,
  // stated as a whole (共…).
  const earlier: Figure[] = [];
  for (let j = k - 1; j >= Math.max(0, k - MAX_SORTED_BACK) && index.sentences[j].paragraph === sentence.paragraph; j--) {
    earlier.push(...mainFigures(index.sentences[j]).filter((f) => !f.percent && !f.change));
  }
  // (The largest of its measure, the only one so marked: "…事故17起…。发生1起…较大事故" has one total of accidents.)
  // A second measure of that whole in its sentence ("共发生…事故17起，…；死亡20人") is a total too.
  const whole = (f: Figure) => f.totalCue || earlier.some((g) => g.totalCue && g.sentence === f.sentence && !sameUnitKind(g, f));
  const totals = earlier.filter((f) => isExactCount(f) && whole(f) && earlier.every((g) => g === f || !sameUnitKind(g, f) || (g.value < f.value && !g.totalCue)));
  return sortedStretchesOf(doc, index, k, totals);
}

/** The counts of the sentence right before k in its paragraph that are the only ones of their measure there. */
function subsetTotals(index: FigureIndex, k: number): Figure[] {
  const [sentence, before] = [index.sentences[k], index.sentences[k - 1]];
  if (!before || before.paragraph !== sentence.paragraph || before.docSentence !== sentence.docSentence - 1) return [];
  const counts = mainFigures(before).filter((f) => !f.percent && !f.change);
  // (Counted per measure once: a sentence of thousands of counts is read in one pass.)
  const ofKind = new Map<string, number>();
  for (const f of counts) ofKind.set(unitKindOf(f), (ofKind.get(unitKindOf(f)) ?? 0) + 1);
  return counts.filter((f) => isExactCount(f) && !f.subsetCue && ofKind.get(unitKindOf(f)) === 1);
}

/** Per total, the one figure of its measure in each stretch of sentence k: reported where they add up to more. */
function sortedStretchesOf(doc: ReportDocument, index: FigureIndex, k: number, totals: Figure[]): Finding[] {
  const groups = stretchesOf(doc, mainFigures(index.sentences[k]).filter((f) => !f.percent && !f.change));
  // Stretches stating two measures or more each ("事故13起、死亡14人"): one measure a stretch is a list of kinds (checkSortedList's).
  if (groups.length < 2 || totals.length === 0 || groups.some((g) => new Set(g.map(unitKindOf)).size < 2)) return [];
  const out: Finding[] = [];
  for (const total of totals) {
    const parts = groups.map((g) => g.filter((f) => sameUnitKind(f, total)));
    if (parts.some((p) => p.length !== 1 || !isExactCount(p[0]))) continue;
    const run = parts.map((p) => p[0]);
    if (exceeds(total, run)) out.push(sumFinding(doc, total, run, true));
  }
  return out;
}

// What a figure counts for checkStretchMetrics: its words without the lead, the time, 共/合计 and the verb of completing.
const METRIC_LEAD = /^(?:其中[：:，,]?\s*)?(?:全年|本年|当年|今年|上半年|1-[0-9]{1,2}月)?(?:共|合计|累计|共计|总计)?(?:完成|实现|达到)?/;
const MIN_METRIC_KEY = 2;
const metricKey = (f: Figure) => partWords(f).replace(METRIC_LEAD, '');

/**
 * A part's words state the total's metric: they end in the total's words ("节约金额"), or end in a verb alone that opens
 * them ("市级受理" of "受理案件").
 */
function sameMetric(part: string, total: string): boolean {
  if (part.endsWith(total)) return true;
  const verb = verbOf(part);
  return !!verb && verb.length >= 2 && part.endsWith(verb) && total.startsWith(verb);
}

/** Whether the parts add up to more than the total, beyond their rounding. */
function exceeds(total: Figure, parts: Figure[]): boolean {
  const sum = parts.reduce((t, p) => t + p.value, 0);
  return sum > total.value + total.halfUlp + parts.reduce((t, p) => t + p.halfUlp, 0) + 1e-9 * Math.max(1, sum);
}

/** The parts in the stretches a ； ends, in order. */
function stretchesOf(doc: ReportDocument, parts: Figure[]): Figure[][] {
  const groups: Figure[][] = [[parts[0]]];
  for (let j = 1; j < parts.length; j++) {
    if (/[；;]/.test(doc.norm.slice(parts[j - 1].span.end, parts[j].span.start))) groups.push([parts[j]]);
    else groups[groups.length - 1].push(parts[j]);
  }
  return groups;
}

// A bare share in brackets ("（47.6%）", "（占23.5%）").
const BARE_SHARE = /^\s*(?:占比?)?\s*$/;

/** "城乡建设100件（47.6%）；教育卫生60件（28.6%）；其他…": a count with its share in brackets is one category, no total — unless marked 共. */
function sharedInBrackets(index: FigureIndex, f: Figure): boolean {
  const next = index.figures[f.id + 1];
  return !f.totalCue && !!next?.percent && next.parenOwner === f.id && BARE_SHARE.test(next.before);
}

// Counters of documents and items of information published ("信息38条", "文件15件", "材料3份", "解读2篇").
const DOCUMENT_COUNTERS: readonly string[] = ['条', '件', '份', '篇'];
const PUBLISHED = /信息|文件|公告|通知|政策/;

/** Item k of a list counted as its first item is, or with a slip of the counter (documentCounterSlip) on either. */
function countedAlike(total: Figure, parts: Figure[], k: number): boolean {
  const ref = documentCounterSlip(total, parts[0], parts[1]) ? total : parts[0];
  return sameUnitKind(parts[k], ref) || documentCounterSlip(total, parts[k], parts[k + 1]);
}

/** f counts published documents in another counter than the total's, the item after it back in the total's. */
function documentCounterSlip(total: Figure, f: Figure, next: Figure | undefined): boolean {
  return f.unit !== total.unit && DOCUMENT_COUNTERS.includes(total.unit) && DOCUMENT_COUNTERS.includes(f.unit) && PUBLISHED.test(total.before) &&
    !!next && next.unit === total.unit && next.sentence === f.sentence && next.lone && !next.percent && isExactCount(f);
}

// Bodies or places counted, named right after the count ("34个单位", "12个部门", "8个乡镇").
const COUNTED_BODIES = /^(?:单位|部门|乡镇|镇街|街道|机构|村|社区|企业)/;

/** The list of parts directly after chain[i], by structure only: lone final figures of one kind, clause after clause. */
function partsAfter(doc: ReportDocument, index: FigureIndex, chain: Figure[], i: number): Figure[] {
  const total = chain[i];
  if (!isTotalShaped(doc, index, total) || sharedInBrackets(index, total)) return [];
  const parts: Figure[] = [];
  let prev = total;
  // "被申请行政复议5宗、行政诉讼0宗，其中维持2宗…": a zero count beside the total has nothing to break down; the list after
  // it is the total's.
  let zero: Figure | undefined;
  // The count of other things passed over between the total and its 其中 list (otherCountBeforeList).
  let aside: Figure | undefined;
  // The number of kinds said between the total and its list ("分为两类：").
  let kinds: Figure | undefined;
  // Where prev stands in the chain: at most MAX_LOOKBACK figures passed over (changes, averages, shares …) to the next
  // part, or a run of thousands of averages after each total would be read to its end for every total.
  let prevAt = i;
  // Items in a slip of the counter (documentCounterSlip).
  const slipped = new Set<number>();
  // A part's own breakdown after a colon (colonBreakdownEnd): passed over up to here, its last item the one the list goes on from.
  let nestedEnd = -1;
  let nestedLast: Figure | undefined;
  // The last count describing the part before (describesItem): the list goes on from it.
  let aboutLast: Figure | undefined;
  for (let j = i + 1; j < chain.length && j - prevAt <= MAX_LOOKBACK; j++) {
    if (parts.length && j > nestedEnd) {
      const end = colonBreakdownEnd(doc, chain, j, prev);
      if (end !== undefined) [nestedEnd, nestedLast] = [end, chain[end]];
    }
    if (j <= nestedEnd) {
      prevAt = j;
      continue;
    }
    const f = countFirstOutcome(doc, chain[j]);
    if (prev === total && !zero && zeroBeforeList(doc, index, total, f, chain[j + 1])) {
      zero = f;
      continue;
    }
    // "来访130批260人次": the people of a batch of visitors are about that item; "案件204件249人", those of the total's cases.
    if (headcountBeside(index, prev) === f) continue;
    // "120件，分为两类：A…，B…": how many kinds the list has, said between the total and its first part (statesKindCount).
    if (prev === total && !kinds && KIND_UNITS.includes(f.unit) && f.sentence === total.sentence && chain[j + 1] && sameCountKind(total, chain[j + 1])) {
      kinds = f;
      continue;
    }
    // "属于四类过程性信息1件": an item may name how many kinds it holds; "96个村（社区）3400项", how many units its level has.
    const next = chain[j + 1];
    if (next?.segment === f.segment && next.sentence === f.sentence && (countsKindsBefore(index, next) || countsUnitsBefore(doc, index, next))) continue;
    // A count with a share of its own is one category among others ("无法提供的182件，占12.53%；不予处理的61件，占4.2%…"),
    // no total of the ones after it — unless the share names a base of its own ("占年初预算数109466万元的90.9%").
    // So is one with its share of the whole ("涉及行政处罚的118件，占受理总数的41.1%；涉及…46件；…") — unless a 其中 list of
    // its own follows ("受理诉求5,200件，占受理总量的52.0%，其中来电…").
    if (prev === total && f.percent && f.lone && (SHARE_WORD.test(f.before) || (SHARE_OF_WHOLE.test(f.before) && !chain[j + 1]?.subsetCue))) break;
    // "共完成交易项目114项，完成交易金额…万元，节约资金…万元，增价…万元。其中：…": the total's amounts closing its sentence.
    if (prev === total && f.sentence === total.sentence && isAmountBeside(total, f) && amountsClose(index, total)) continue;
    // "共收到申请960件，涉及申请人1300人。其中，受理…": a count of other things closing the total's sentence (but for changes
    // after it: "…罚没款4862.3万元，案件数同比下降4.2%。") stands between it and a 其中 list in the next sentence.
    // So do several ("…机构803个，拥有床位9.8万张，年末收养各类人员5.6万人。其中儿童福利机构529个，…").
    if (prev === total && f.sentence === total.sentence && (closesSentence(doc, index, chain, j) || otherCountsClose(doc, index, chain, j, total)) && !f.percent && !sameUnitKind(total, f) &&
        !(INTERCHANGEABLE_COUNTERS.includes(total.unit) && INTERCHANGEABLE_COUNTERS.includes(f.unit))) continue;
    // "开展普法活动320场，覆盖群众5.6万人次，其中线上活动120场…": a count of other things right after the total, with a
    // 其中 list counted like the total (and unlike it) right after it: that list is the total's.
    if (prev === total && !aside && otherCountBeforeList(total, f, chain[j + 1])) {
      aside = f;
      continue;
    }
    // "12.6万件，同比增长9%，其中A 5万件，增长3%；B…", "维持150件，占57.7%；驳回40件…", "纠错45件，纠错率17.3%；终止…":
    // the change, share (with its base: "占年初预算数109466万元的90.9%"), rate or average ("日均…") of the total or of a
    // part stands between the items.
    // So does a change in points of a rate of it ("同比增长4.1%，较上半年增速提升了1.3个百分点").
    if (f.sentence === prev.sentence && f.segment > prev.segment && (f.percent || f.number.percentPoint || f.unit.endsWith('百分点') || isAboutFigureBefore(doc, index, f))) continue;
    // "按日连续处罚案件143件，罚款金额1.55亿元，查封、扣押案件4836件": an amount of the part before, in another unit.
    // ("工程建设项目52项，中标金额73169.31万元，节约资金2132.26万元，政府采购项目38项…": the next item follows its amounts.)
    if (prev !== total && f.sentence === prev.sentence && f.segment > prev.segment && isAmountBeside(total, f)) {
      aboutLast = f;
      continue;
    }
    // "其中社会福利医院155个，床位数4.5万张，年末收养各类人员3.7万人；复退军人精神病院106个，…": counts of other things in the
    // part's own clauses, up to the ； before the next item counted like the total, describe that part.
    if (prev !== total && f.sentence === prev.sentence && f.segment > prev.segment && describesItem(doc, chain, j, total, prev)) {
      aboutLast = f;
      continue;
    }
    // Only a total that closes its sentence runs on into a "其中" sentence: after parts, that sentence breaks one of
    // them down ("…废止36件，失效33件。其中清理市政府文件59件，保留33件…").
    // "收到申请72件，上年结转5件。办理结果：予以公开…": the carry-in closing the intake's sentence is no part broken down.
    const carryIn = parts.length === 1 && CARRIED_IN.test(partWords(prev));
    if (f.sentence !== prev.sentence && prev !== total && !carryIn && !continuesList(doc, index, f.sentence) && !(f.sentence === prev.sentence + 1 && runsOnToItem(doc, index, f.sentence))) break;
    const from = prev === total ? zero ?? aside ?? kinds ?? total : [nestedLast, aboutLast].reduce<Figure>((a, b) => (b && b.id > a.id ? b : a), prev);
    // "受理工单共涉及34个单位，其中甲镇17件，…": a count of bodies holds no counts of the things each of them handled.
    if (f.unit !== total.unit && COUNTED_BODIES.test(doc.norm.slice(total.span.end, total.span.end + 4))) break;
    // "办理案件20起，处罚金额共计5万元，其中3起为…": a 其中 right after a sum of its own in another unit may break down what
    // that sum is of (the cases punished), not the total.
    if (prev === total && f.subsetCue && sumBetween(index, total, f)) break;
    // "审结70件。作出终止决定13件，其中和解4件，撤回9件": a 其中 after a part not opened by one breaks that part down.
    // So does one after work done and work under way ("办结526件，受理中23件，其中：超期办结1件…").
    if (parts.length && f.subsetCue && !parts[0].subsetCue && (f.sentence !== total.sentence || (parts.length === 2 && doneAndOpen(doc, index, total, parts[0], parts[1])))) break;
    if (!adjacent(doc, index, from, f) && !(prev === total && onlyWordsBetween(index, from, f))) break;
    const rest = BARE_REMAINDER.test(f.before);
    const batch = headcountBeside(index, f) !== undefined;
    // "公开政府信息38条，其中部门文件15件，通知公告14条，…": an item of documents published in another of their counters,
    // the next item back in the total's, is a slip of the counter.
    const documentSlip = documentCounterSlip(total, f, next);
    if (documentSlip) slipped.add(f.id);
    // "共收到15份申请。其中，予以公开6件，…": a 其中 list may count in another counter than its total, the same for all
    // its items.
    const first = parts.find((p) => !slipped.has(p.id)) ?? f;
    const ownCounter = !documentSlip && !sameCountKind(total, first) && !mixedCounter(total, first) && (parts.length > 0 || opensSubset(doc, index, total, f));
    const listCounter = ownCounter && first.unit;
    if (listCounter && f.unit !== listCounter && !mixedCounter(total, f)) break;
    // "行政许可31项、行政处罚284项、…、行政征收3件、行政奖励4项…": one item in another counter of the same things, between
    // items of the list's own in one enumeration joined by 、, is a slip of the counter, not the list's end.
    const slip = parts.length > 0 && f.unit !== prev.unit && INTERCHANGEABLE_COUNTERS.includes(f.unit) && INTERCHANGEABLE_COUNTERS.includes(prev.unit) &&
      !!next && next.unit === prev.unit && next.sentence === f.sentence && next.lone && !next.percent &&
      ENUMERATED.test(doc.norm.slice(prev.span.end, f.span.start)) && ENUMERATED.test(doc.norm.slice(f.span.end, next.span.start));
    // "共计2698条，其中：工作动态1201条、…、征集调查16期、其他类信息1141条": in a 其中 list closed by the rest in the list's
    // counter, an item counted otherwise between items joined by 、 is one of the kinds.
    const oddKind = parts.length > 0 && parts[0].subsetCue && f.unit !== prev.unit && ITEM_COUNTERS.has(f.unit) && !!next && next.unit === prev.unit && next.sentence === f.sentence &&
      ENUMERATED.test(doc.norm.slice(prev.span.end, f.span.start)) && ENUMERATED.test(doc.norm.slice(f.span.end, next.span.start)) && restClosesSentence(index, f, prev.unit);
    const counted = sameCountKind(total, f) || mixedCounter(total, f) || slip || documentSlip || oddKind || (parts.length > 0 && oddRunToRest(doc, index, total, parts[0], prev, f)) ||
      (f.unit === listCounter && INTERCHANGEABLE_COUNTERS.includes(total.unit) && INTERCHANGEABLE_COUNTERS.includes(f.unit));
    if (!(f.lone || countsKindsBefore(index, f) || countsUnitsBefore(doc, index, f) || batch) || !(f.final || rest || batch || runsOnAsLast(prev, parts, f)) || f.percent || !f.unit ||
        !counted) break;
    // "其中按期办结280件，逾期办结20件": one side of a split pair is a part, whatever its verb.
    // Closed cases beside those still open split an intake ("共受理…，办结150件，正在办理30件").
    // "包括：人事信息12条，……，解读及回应信息共计110条": a named category of a 其中/包括 list may sum its own kinds.
    // "审结案件24件，其中裁决结案9件，调解结案15件": under a total of closed cases, a 其中 list says how they closed.
    // "…总数4862件。其中，按日连续处罚案件共136件；查封扣押案件2210件；…": 共 in the first item 其中 opens is its own count.
    const firstOpened = parts.length === 0 && f.subsetCue && LIST_ITEMS_AFTER.test(doc.norm.slice(f.span.end, f.span.end + MAX_ITEM_BREAK));
    // ("全年结案68件，在已结案件中撤销9件，…": the frame of the closed cases opens their outcomes, no total.)
    if (OPENS_TOTAL.test(f.before.replace(CLOSED_FRAME_LEAD, '')) && !firstOpened && !(parts.length > 0 && CATEGORY_SUBTOTAL.test(f.before) && opensSubset(doc, index, total, parts[0])) && !namesPartitionSide(partWords(f)) &&
        !(prev === total && CLOSED_WORK.test(stateWords(f)) && openAfter(chain, j)) && !releasedOfCorrection(total, f) && !waysOfClosing(doc, index, total, parts[0] ?? f, f) &&
        !cumulativeThroughChannel(parts, f) && !GRADED_AS.test(partWords(f))) break;
    // "全市办件数量为16480件，其中行政许可…、其他事项…；市本级办件数量为5120件，其中…": past a ；, a count under the
    // total's own words that heads a 其中 list of its own is the total's sibling, no part of it.
    if (parts.length && headsSiblingList(doc, total, parts, prev, f, chain[j + 1])) break;
    // "…办结55件；政府信息公开行政复议案件5件，结果维持3件，…": past a ；, a count that no outcome names, with outcomes after it
    // in its stretch, heads them — no part of the total before.
    const nextInStretch = chain[j + 1];
    if (!f.subsetCue && !CASE_OUTCOME.test(partWords(f)) && /[；;]/.test(doc.norm.slice(prev.span.end, f.span.start)) && nextInStretch?.sentence === f.sentence &&
        namesDecision(nextInStretch) && !/[；;]/.test(doc.norm.slice(f.span.end, nextInStretch.span.start))) break;
    // "…维持3件，撤销1件；行政诉讼案件3件，一审胜诉2件，…": past a ；, a count that is no outcome is no part of the
    // outcomes before it.
    // So is one past outcomes of a count of cases ("复议案件5件，结果维持3件，…，正在复议1件；起诉案件1件，…").
    if (parts.length && ([total, ...parts].every((p) => CASE_OUTCOME.test(partWords(p))) || (parts.length >= 2 && parts.every((p) => CASE_OUTCOME.test(partWords(p)) || PENDING.test(p.before)))) &&
        !CASE_OUTCOME.test(partWords(f)) && !PENDING.test(f.before) && !REFUSED_INTAKE.test(partWords(f)) && /[；;]/.test(doc.norm.slice(prev.span.end, f.span.start))) break;
    // "工作类信息15条，其中镇街动态5条；政策文件类信息12条": past a ；, a category after a category's own 其中 list is its
    // sibling.
    if (parts.length && parts[0].subsetCue && !total.totalCue && isCategory(total) && isCategory(f) && /[；;]/.test(doc.norm.slice(prev.span.end, f.span.start))) break;
    // "办理行政复议答复案件10件，…；办理行政诉讼案件2件": past a ；, the total's verb opens a count of other things.
    if (parts.length && parallelIntake(total, f) && /[；;]/.test(doc.norm.slice(prev.span.end, f.span.start))) break;
    // "存款余额266.89亿元，其中住户存款…；年末金融机构人民币各项贷款余额140.92亿元": past a ；, a count stated under the
    // total's own words but for one word in them is its sibling.
    if (parts.length && /[；;]/.test(doc.norm.slice(prev.span.end, f.span.start)) && swappedWord(total.before, f.before)) break;
    // Nor is a 其中 part's first part a count past a ； not opening a list of its own ("其中住户存款余额209.29亿元，增长11.98%；
    // 年末…贷款余额140.92亿元"): the part's siblings, or the next matter, come so.
    if (!parts.length && total.subsetCue && !f.subsetCue && !INCLUDES_LEAD.test(f.before) && /[；;]/.test(doc.norm.slice(total.span.end, f.span.start))) break;
    // "…；其他纠纷80件；防止矛盾激化3件": past the rest of a list of one noun (…纠纷), a count not named by it is another matter.
    // (Not when the items go on past it as they ran before it, one separator and counter: "…其他文件信息4条；政策解读1条；…" —
    // 其他文件 is a kind of its own.)
    if (parts.length >= 2 && REMAINDER.test(partWords(prev)) && restOfOneNoun(parts, f) && !goesOnUnderTotal(doc, total, parts, f) && !runGoesOn(doc, parts, f)) break;
    // "…，其他170条；通过某app发布信息共60条": the rest closes a list joined by ，, a ； after it the next count's.
    if (parts.length >= 2 && REMAINDER.test(partWords(prev)) && /[；;]/.test(doc.norm.slice(prev.span.end, f.span.start)) &&
        !/[；;]/.test(doc.norm.slice(total.span.end, prev.span.start))) break;
    // "12345平台接收16614件，占诉求总量的43.86%，其中PC端…、小程序…；电话接收1530件，占诉求总量的4.04%": a count with its own
    // share of the population the total's share names is the total's sibling (siblingByShare).
    if (siblingByShare(index, total, parts, f)) break;
    // A part above the total ends the list — unless a 其中 list goes on past it: that part is wrong, not the list's end.
    // So does an outcome list in the sentence after the total ("…30件。…。经依法办理，予以公开8件，无法提供32件…").
    // So does an outcome after outcomes of the total's cases ("办理行政复议案件6件，撤销2件，维持7件").
    if (f.value > total.value + total.halfUlp + f.halfUlp && !(parts.length && (opensSubset(doc, index, total, parts[0]) || ledList(doc, index, total, parts[0]) || outcomesGoOn(total, parts, f)))) break;
    // "共受理纠纷1200件，调解纠纷1200件，调解成功…": the whole again under another verb is no part but the total of
    // what follows.
    // Under a count of closed cases, one still open or one more ("审结5件，其中胜诉4件，败诉1件，另有1件尚在审理中") is no
    // closed case.
    if (parts.length && CLOSED_TOTAL.test(total.before) && (PENDING.test(partWords(f) + f.after) || ONE_MORE_LEAD.test(partWords(f)))) break;
    // Not a case's outcome opened by 其中 ("诉讼案件3件，其中一审胜诉3件，尚在审理1件") or right after a count of reviews or
    // suits ("复议案件4件，维持4件，撤销1件"): the outcomes after it are its siblings, which cannot all fit.
    // So is an answer to requests for information ("收到申请2件，…其中予以公开2件，本机关不掌握相关信息1件").
    const outcome = partWords(f).replace(SUBSET_OPENING, '');
    if (prev === total && addsUp(total, [f]) && !((f.subsetCue || REVIEW_OR_SUIT.test(partWords(total))) && OUTCOME_OF_CASE.test(outcome)) &&
        !(f.subsetCue && DISCLOSURE_REQUEST.test(total.before) && DISCLOSURE_ANSWER.test(outcome))) break;
    if (parts.length === MAX_PARTS) return [];
    parts.push(f);
    if (!f.final && !batch) break;
    prev = f;
    prevAt = j;
  }
  return parts;
}

// Words naming the whole place, left out when two counts' words are compared.
const WHOLE_PLACE = /全[省市县区州镇]/g;
// The most characters two counts' words may differ in to be one statement of two measures, and the least they share.
const MAX_SWAPPED = 2;
const MIN_SHARED_WORDS = 4;

/** The two words are the same but for a word of one or two characters ("…各项存款余额" / "…各项贷款余额"). */
function swappedWord(a: string, b: string): boolean {
  const [x, y] = [a.replace(WHOLE_PLACE, '').trim(), b.replace(WHOLE_PLACE, '').trim()];
  const head = commonPrefix(x, y).length;
  const tail = commonSuffix([x.slice(head), y.slice(head)]).length;
  const [dx, dy] = [x.length - head - tail, y.length - head - tail];
  return head + tail >= MIN_SHARED_WORDS && dx >= 1 && dy >= 1 && dx <= MAX_SWAPPED && dy <= MAX_SWAPPED;
}

// Words between two items of one enumeration: a 、 and the next item's name, no other mark.
const ENUMERATED = /^、[^，,。；;：:、]*$/;

// The least a noun all the parts of a list end in must hold to tell a count of other things after the list's rest.
const MIN_LIST_NOUN = 2;

// Separators of items alone (a ， may also end a clause of another matter: "…其他纠纷160件，防止矛盾激化为治安案件4件").
const ITEM_SEPARATOR = /^[；;、]$/;

/** f follows the last part as each part followed the one before it: the same separator (；, 、) and counter. */
function runGoesOn(doc: ReportDocument, parts: Figure[], f: Figure): boolean {
  const prev = parts[parts.length - 1];
  const separator = (a: Figure, b: Figure) => doc.norm.slice(a.span.end, b.span.start - b.before.length).trim();
  const was = separator(parts[parts.length - 2], prev);
  return f.unit === prev.unit && ITEM_SEPARATOR.test(was) && separator(prev, f) === was && parts.slice(1).every((p, k) => separator(parts[k], p) === was);
}

/** The parts end in one noun ("家事纠纷", …, "其他纠纷") that f's words do not end in. */
function restOfOneNoun(parts: Figure[], f: Figure): boolean {
  const noun = commonSuffix(parts.map(partWords));
  return noun.length >= MIN_LIST_NOUN && !partWords(f).endsWith(noun);
}

/**
 * "基金预算收入8.09亿元，其中土地基金收入…，其他政府性基金收入604.13万元，债券收入4.63亿元": past the rest of a list of one
 * noun, an item joined as the items before it were and named by the total's own last word (收入) is still the total's.
 */
function goesOnUnderTotal(doc: ReportDocument, total: Figure, parts: Figure[], f: Figure): boolean {
  const prev = parts[parts.length - 1];
  const ending = commonSuffix([partWords(total), partWords(f)]);
  return ending.length >= 2 && !MEASURE_ENDING.test(ending) && joinAfter(doc, prev) === joinAfter(doc, parts[parts.length - 2]) &&
    doc.norm.slice(prev.span.end, f.span.start - f.before.length).trim() === joinAfter(doc, prev);
}

// The rest of a part's clause, then ；.
const CLAUSE_THEN_SEMICOLON = /^[^，,。；;]*[；;]/;
const CLOSED_SINCE = /^\s*[，,]\s*(?:目前|截至目前|现)?(?:已|均已)?(?:办结|办理完毕|处理完毕|结案)/;
// After the first item of a list: its own clause at most (an amount: "，罚款数额达5123.4万元"), then the next item after ；.
const LIST_ITEMS_AFTER = /^[^。；;]*[；;]/;
const MAX_ITEM_BREAK = 40;

// What may follow a count inside the name of what it counts, or a bound: "1322项中的…", "1322项以上".
const COUNT_GOES_ON = /^\s*[中的之以余多左右]/;

/**
 * "其中行政许可事项203项，行政处罚事项1322项贯彻落实…": a last part whose clause runs on past its count (a full stop left
 * out), named before it by the noun the part before ends in — it counts that noun all the same.
 */
function runsOnAsLast(prev: Figure, parts: Figure[], f: Figure): boolean {
  if (!parts.length || !f.lone || f.final || COUNT_GOES_ON.test(f.after)) return false;
  const ending = commonSuffix([partWords(prev), partWords(f)]);
  return ending.length >= 2 && !MEASURE_ENDING.test(ending);
}

// The noun a count is of, written after it to the end of its clause ("15份政府信息公开申请"); not what may go on with the
// count itself ("中", "的", "以上", "余").
const NOUN_AFTER = /^(?![中的之以余多左])[\u4e00-\u9fff“”]{2,16}$/;
// 产生/发生/发现: what came about or was found is the noun after the count ("共产生18件超期件", "发生3起事故").
const COUNT_FIRST_VERB = new RegExp(`(?:受理|收到|接收|接到|新收|登记|办理|办结|审结|审查|审核|审批|处理|查处|调解|答复|备案|清理|产生|发生|发现|${ACTIVITY_VERBS.join('|')})了?\\s*$`);
const STOCK_LEAD = /(?:^|[，,：:\s])(?:(?:全[省市县区镇])?(?:共有?|现有)|全[省市县区镇]有)\s*$/;
// "对15家企业开展检查": the count after 对 is of the noun before the verb that acts on it, to the end of its clause.
// A place may stand between 对 and the count ("对辖区内15家企业").
// Not 面对, 核对, 相对…; but "有关方面对14名责任人…" is 方面 + 对.
const OBJECT_FIRST = /(?<![核相应绝反比校])(?<!(?<!方)面)对(?:辖区内?|全[省市县区镇]|本[省市县区镇])?\s*$/;
const ACTS_ON = /^([\u4e00-\u9fff]{2,12}?)(?:开展|进行|实施|组织开展|给予|作出)[\u4e00-\u9fff]{2,12}$/;

/**
 * "全年共收到15份政府信息公开申请，其中予以公开6份，…": a count followed by its noun up to the end of its clause, a 其中
 * part in the clause right after it — the count as if written "全年共收到政府信息公开申请15份" (a copy); f otherwise.
 */
function countFirstTotal(doc: ReportDocument, index: FigureIndex, f: Figure, next: Figure | undefined): Figure {
  if (f.final || !f.lone || f.percent || !next || !sameCountKind(f, next)) return f;
  // The 其中 may stand alone between them ("…，其中，县处级2人"), or 分别为/具体为/包括 lead the list; or a sentence the count
  // closes is followed by one that opens with them ("共产生18件超期件，并被通报。分别为：…").
  const between = doc.norm.slice(f.span.end + f.after.length, next.span.start - next.before.length);
  const sentence = index.sentences[f.sentence];
  const inClauseAfter = next.sentence === f.sentence && next.clause > f.clause && next.clause <= f.clause + 2 &&
    (next.subsetCue ? COUNT_FIRST_GAP.test(between) : COUNT_FIRST_LEAD.test(between));
  const inSentenceAfter = next.sentence === f.sentence + 1 && sentence.figures[sentence.figures.length - 1] === f.id && index.sentences[next.sentence].figures[0] === next.id &&
    next.segment <= 1 && LIST_LEAD.test(doc.sentences[index.sentences[next.sentence].docSentence].text) && NO_FIGURES.test(between);
  if (!inClauseAfter && !inSentenceAfter) return f;
  // Only after a verb of taking in or handling, of which the words after the count are the object ("在3个乡镇开展试点" is
  // no count of 试点), or after 对 with the verb after the noun ("对15家企业开展检查").
  const acted = OBJECT_FIRST.test(f.before) ? ACTS_ON.exec(f.after.trim()) : null;
  // "全县共56家承办单位，其中A类58家": 共 (共有) alone before the count states the whole of the noun after it.
  if (!COUNT_FIRST_VERB.test(f.before) && !acted && !STOCK_LEAD.test(f.before)) return f;
  const noun = acted ? acted[1] : f.after.trim();
  if (!NOUN_AFTER.test(noun)) return f;
  return copyOf(f, { before: f.before + noun, final: true });
}

// Between a count written before its noun and the 其中 part after it: a comma, a bare 其中 at most.
const COUNT_FIRST_GAP = /^\s*[，,]\s*(?:其中\s*[，,：:]\s*)?$/;
// …or the words that lead the list, the part without 其中: "18件超期件，分别为：公安局1件、…".
const COUNT_FIRST_LEAD = /^\s*[，,]\s*(?:分别(?:为|是)|具体(?:为|是)|(?:具体|主要)?包括)\s*[：:]?\s*$/;

/** A figure marked as a sum (共/合计…) stands between the total and f in their sentence. */
function sumBetween(index: FigureIndex, total: Figure, f: Figure): boolean {
  for (let id = total.id + 1; id < f.id; id++) if (index.figures[id].totalCue && index.figures[id].sentence === f.sentence) return true;
  return false;
}

/** f, in the clause after the total's, counts other things than the total and next, opening a 其中 list in the clause after f, does. */
/**
 * chain[j] is the last figure of its sentence in the chain, but for a change or two of the figures before (bounded: a
 * run of thousands of figures is not read to its end for every count in it).
 */
function closesSentence(doc: ReportDocument, index: FigureIndex, chain: Figure[], j: number): boolean {
  for (let m = j + 1; m < chain.length && chain[m].sentence === chain[j].sentence; m++) {
    if (m - j > MAX_TRAILING_CHANGES || (!chain[m].change && !isAboutFigureBefore(doc, index, chain[m]))) return false;
  }
  return true;
}

// How many counts of other things may close the total's sentence before its 其中 sentence.
const MAX_CLOSING_COUNTS = 3;
// …with their changes and shares, this many figures at most.
const MAX_CLOSING_FIGURES = 12;

/** chain[j] and the figures after it to the end of the total's sentence count other things (or are about them), and the next sentence opens with 其中. */
function otherCountsClose(doc: ReportDocument, index: FigureIndex, chain: Figure[], j: number, total: Figure): boolean {
  let counts = 0;
  let m = j;
  // Bounded: a sentence of thousands of figures is not read to its end for each of them.
  for (; m < chain.length && chain[m].sentence === total.sentence; m++) {
    const g = chain[m];
    if (m - j > MAX_CLOSING_FIGURES) return false;
    if (g.percent || g.change || isAboutFigureBefore(doc, index, g)) continue;
    if (sameUnitKind(total, g) || ++counts > MAX_CLOSING_COUNTS) return false;
  }
  return m < chain.length && chain[m].sentence === total.sentence + 1 && chain[m].subsetCue && index.sentences[total.sentence + 1]?.figures[0] === chain[m].id;
}

// How many changes may close the sentence after a count of other things ("…，罚没款…万元，案件数同比下降4.2%。").
const MAX_TRAILING_CHANGES = 2;

function otherCountBeforeList(total: Figure, f: Figure, next: Figure | undefined): boolean {
  if (!next || f.percent || next.percent || f.sentence !== total.sentence || next.sentence !== f.sentence) return false;
  if (f.segment !== total.segment + 1 || next.segment !== f.segment + 1 || !next.subsetCue) return false;
  // 件 and 个 may count the same things (named alike: sameCountKind): then f may be the list's total as well.
  return sameUnitKind(total, next) && !sameCountKind(f, next) && !sameCountKind(f, total);
}

/** first opens the sentence after the total's with the words that lead a list (LIST_LEAD: "其中", "经审理，", "结果为"). */
function ledList(doc: ReportDocument, index: FigureIndex, total: Figure, first: Figure): boolean {
  return first.sentence !== total.sentence && first.segment <= 1 && LIST_LEAD.test(doc.sentences[index.sentences[first.sentence].docSentence].text);
}

/**
 * first follows the total right away, or past a zero count beside it (zeroBeforeList) or a count of other things
 * (otherCountBeforeList), or opens with 其中 past clauses without figures ("受理案件740件，提前完成全年任务，其中刑事…"), or
 * follows a clause naming the total's things again.
 */
function leadsList(doc: ReportDocument, index: FigureIndex, total: Figure, first: Figure): boolean {
  if (adjacent(doc, index, total, first) || listPastZero(doc, index, total, first) || sortHeadingBetween(doc, total, first)) return true;
  if (first.subsetCue && onlyWordsBetween(index, total, first)) return true;
  // "…信息85条，在主动公开的信息中，工作动态类70条，…": a clause naming the total's things again leads its list.
  const between = doc.norm.slice(total.span.end, first.span.start - first.before.length).replace(/^[\s，,]+/, '');
  if (onlyWordsBetween(index, total, first) && namesTotalAgain(between, total)) return true;
  const other = index.figures[first.id - 1];
  return other?.id === total.id + 1 && otherCountBeforeList(total, other, first) && adjacent(doc, index, other, first);
}

// An item that is how cases ended, named first ("撤销2件", "依法维持7件", "判决驳回3件").
const OUTCOME_ITEM = new RegExp(`^\\s*(?:其中|予以|依法|决定|判决|裁定)?(?:${CASE_OUTCOME.source})`);

/** Under a count of cases, the parts so far and f are each how some of them ended: one list, whatever f's size. */
function outcomesGoOn(total: Figure, parts: Figure[], f: Figure): boolean {
  return total.before.includes('案') && f.sentence === total.sentence && OUTCOME_ITEM.test(partWords(f)) && parts.every((p) => p.sentence === total.sentence && OUTCOME_ITEM.test(partWords(p)));
}

/** first opens a list right after a zero count beside the total (zeroBeforeList). */
function listPastZero(doc: ReportDocument, index: FigureIndex, total: Figure, first: Figure): boolean {
  const zero = index.figures[first.id - 1];
  return zero !== undefined && zero.id === total.id + 1 && zeroBeforeList(doc, index, total, zero, first) && adjacent(doc, index, zero, first);
}

/** f, right after the total in its sentence, counts none of another kind of the same things, and a list opens after it. */
function zeroBeforeList(doc: ReportDocument, index: FigureIndex, total: Figure, f: Figure, next: Figure | undefined): boolean {
  if (f.value !== 0 || !next || f.sentence !== total.sentence || (next.sentence === f.sentence && next.segment <= f.segment)) return false;
  // Nothing carried in from the year before ("上年结转0件"): the outcomes answer for both.
  if (!f.lone || !f.final || f.subsetCue || f.unit !== total.unit || CARRY_OVER.test(f.before) || !adjacent(doc, index, total, f)) return false;
  return OPENS_PARTS.test(doc.norm.slice(f.span.end, next.span.start));
}

// A decision, 纠错 (纠正) counted as one among them.
const CORRECTION_WORDS = /纠错|纠正/;
const DECISION_OR_CORRECTED = new RegExp(`${DECISION.source}|${CORRECTION_WORDS.source}`);

/** A part named by a decision on a case (维持, 驳回, 撤销, 纠正 …) — not by the rest alone: "其他组织" names no outcome. */
function namesDecision(f: Figure): boolean {
  const words = partWords(f);
  return NON_CORRECTIVE.test(words) || CORRECTION_OUTCOME.test(words) || CORRECTION_WORDS.test(words);
}
// How a case ended or that it is still open, written after its count ("2宗维持原答复", "1宗结果纠正", "1宗尚未审结").
// A request for information ("政府信息公开申请", "依申请公开申请").
const DISCLOSURE_REQUEST = /公开申请|依申请公开/;
// "4件申请的内容予以公开", "1件因四类过程信息不予公开": an answer written after its count, its reason before the answer.
const ANSWER_CLOSING = /(?:予以公开|部分公开|不予公开|无法提供|不予处理)$/;
const isDisclosureAnswer = (words: string) => DISCLOSURE_ANSWER.test(words) || ANSWER_CLOSING.test(words);
const BARE_REQUESTS = /申请$|申请(?:数|件数|总数)?(?:为|共|共计)?$/;
const MIN_DISCLOSURE_ANSWERS = 3;
// The answer to a request for information ("予以公开", "部分公开", "不予公开", "无法提供" — or one of its kinds named alone:
// "本机关不掌握相关信息", "信息不存在", "没有现成信息" —, "不予处理", "其他处理"): one each.
const CANNOT_PROVIDE_KINDS = '(?:本机关)?不掌握|(?:相关)?(?:政府)?信息不存在|没有现成信息';
const EXTENDED_ANSWER = /^(?:依法)?延(?:期|长)(?:答复|办理|期限)?$/;
// The grounds of 不予公开 the yearly report's table names, said as the answer ("属于四类过程性信息2件").
const WITHHELD_GROUNDS = '(?:属于)?(?:三类)?内部事务信息|(?:属于)?(?:四类)?过程性信息|(?:属于)?行政执法案卷';
// A request for a look-up rather than for information, said as the answer ("属于行政查询事项1件", answered 不予处理).
const LOOKUP_REQUEST = '(?:属于)?(?:行政)?查询事项';
const CANNOT_PROVIDE_KIND = new RegExp(`^(?:${CANNOT_PROVIDE_KINDS})`);
// An application withdrawn (撤回申请, 撤销申请) is answered as 其他处理 in the yearly report's table.
const DISCLOSURE_ANSWER = new RegExp(`^(?:(?:予以|同意|全部|部分|不予|不同意|不)公开|公开|无法提供|不予处理|其他处理|申请人(?:主动)?(?:撤回|撤销)(?:申请)?|(?:主动)?(?:撤回|撤销)申请|${CANNOT_PROVIDE_KINDS}|${WITHHELD_GROUNDS}|${LOOKUP_REQUEST})`);
// A review or suit withdrawn ("1件撤回", "2件撤诉") ends as a decision does.
const OUTCOME_AFTER = new RegExp(`^\\s*(?:结果)?(?:${DECISION_OR_CORRECTED.source}|${PENDING.source}|(?:申请人|原告)?(?:主动)?撤回|撤诉|${DISCLOSURE_ANSWER.source.slice(1)})`);

const ONE_MORE_LEAD = /^(?:另|仍|尚|还)有?/;
// "未完成整改。": a state not reached yet, the clause's end after a count.
// The noun counted may stand before the state ("尚有25个问题正在整改中").
// (Cases still being handled, "尚有60件正在调查处理中", are read by the intake's balance: checkBalance.)
const NOT_DONE_AFTER = /^\s*(?:[\u4e00-\u9fff]{1,4}?)?((?:尚|仍)?未[\u4e00-\u9fff]{1,8}|(?:正在|仍在|尚在)整改中?)\s*[。；;]?\s*$/;
// "4件为网络申请": the channel a count came by, named after it.
const CHANNEL_AFTER = /^\s*(?:为|是|系|通过)\s*([\u4e00-\u9fff]{2,10})\s*[。；;]?\s*$/;
// "6份为公共设施用地": the kind a count is of, named after it (the list's filters judge the name like one written first).
const KIND_AFTER = /^\s*(?:直接)?(?:为|系|属于?)\s*([\u4e00-\u9fff]{2,16})\s*[。；;]?\s*$/;
// "45项已完成", "16项正在推进": the state of the work on the things counted, after their count — maybe after what they
// are ("9处市级挂牌督办的重大安全隐患已全部整改完毕").
// An aside may follow the state ("有118件已完成（其中市级事项完成25件）").
const STATE_AFTER = /^\s*(?:[\u4e00-\u9fff]{1,16}?)?((?:已|均已|已经|正在|仍在|尚在|还在)(?:全部)?[\u4e00-\u9fff]{1,6})\s*(?:[(（][^()（）]*[)）])?\s*[。；;]?\s*$/;
// A decision on what was taken in, after the reason for it ("因举报线索不详或不属于…职责范围不予受理").
const REASONED_DECISION_AFTER = /^\s*(?:因|由于)[^，,；;。]{1,40}?((?:不予|未予|不)(?:受理|立案|处理))\s*[。；;]?\s*$/;
// "8件不属于本机关职能范围": what the kind before it is not.
const NOT_KIND_AFTER = /^\s*(不(?:属于|符合|涉及)[\u4e00-\u9fff]{2,16})\s*[。；;]?\s*$/;

/**
 * "其中2宗维持原答复", "4件为网络申请", "10份为产业项目用地": a count with no words of its own before it that the outcome,
 * channel or kind after it names — as if written "维持原答复2宗", "网络申请4件", "产业项目用地10份".
 */
function countFirstOutcome(doc: ReportDocument, f: Figure): Figure {
  // "另4件尚未作出判决": one more count, named after it too.
  if (!f.lone || f.final || partWords(f).replace(ONE_MORE_LEAD, '')) return f;
  if (OUTCOME_AFTER.test(f.after)) return copyOf(f, { before: f.before + f.after, final: true });
  // "仍有78项未完成整改": what is not done yet, named after the count.
  const notDone = NOT_DONE_AFTER.exec(f.after);
  if (notDone) return copyOf(f, { before: notDone[1], final: true });
  const channel = CHANNEL_AFTER.exec(f.after);
  if (channel && channelOf(channel[1]) >= 0) return copyOf(f, { before: f.before + channel[1], final: true });
  // "45项已完成，16项正在推进": how far the work on them has gone.
  const state = STATE_AFTER.exec(f.after);
  // (Cases still being handled, "60件正在调查处理中", are the intake's balance's: checkBalance.)
  if (state && !WORK_OPEN.test(state[1])) return copyOf(f, { before: state[1], final: true });
  // "120件因举报线索不详不予受理": a decision after its reason.
  const reasoned = REASONED_DECISION_AFTER.exec(f.after);
  if (reasoned) return copyOf(f, { before: reasoned[1], final: true });
  const notKind = NOT_KIND_AFTER.exec(f.after);
  if (notKind) return copyOf(f, { before: f.before + notKind[1], final: true });
  const kind = KIND_AFTER.exec(f.after);
  if (kind) return copyOf(f, { before: f.before + kind[1], final: true });
  // "4个项目全面完成当年任务，1个项目基本完成…": how far the things counted got, after their count.
  const completion = COMPLETION_AFTER.exec(f.after)?.[1] ?? TREND_AFTER.exec(f.after)?.[2];
  if (completion) return copyOf(f, { before: completion, final: true });
  // "其中30项行政许可、4项行政确认、…": a kind named after its count, in an enumeration joined by 、.
  const name = NAME_AFTER.exec(f.after);
  return name && enumerated(doc, f) ? copyOf(f, { before: f.before + name[1], final: true }) : f;
}

/** The mark after an item: after its count, or after the name that follows its count ("30项行政许可、"). */
function joinAfter(doc: ReportDocument, p: Figure): string {
  const mark = doc.norm.charAt(p.span.end);
  return /[\u4e00-\u9fff]/.test(mark) && p.final ? doc.norm.charAt(p.span.end + p.after.length) : mark;
}

// How far a thing set got: done (全面完成, 已完成), mostly done, not done — one each.
const COMPLETION_STATES = [/^(?:已|均已|已经|全面|全部)?完成/, /^基本完成/, /^(?:尚|仍)?未(?:能)?完成/];
// The state after a count ("4个项目全面完成当年任务"): what is counted, then how far it got.
const COMPLETION_AFTER = /^\s*[\u4e00-\u9fff]{0,6}?((?:已|均已|已经|全面|全部|基本|尚未|仍未|未能|未)?完成[\u4e00-\u9fff]{0,10})\s*[。；;]?\s*$/;

// Which way a thing's count went against the year before (fell, held, rose) — one each: "9个行业领域中，7个行业领域同比下降、
// 1个行业领域同比持平，1个行业领域同比上升".
const TREND_STATES = [/^(?:同比|环比)?(?:下降|减少|降低)/, /^(?:同比|环比)?(?:持平|不变)/, /^(?:同比|环比)?(?:上升|增加|增长|提高)/];
// The state after a count and what changed ("7个行业领域同比下降"), the thing counted first: the state in group 2.
const TREND_AFTER = /^\s*([\u4e00-\u9fff]{0,8}?)((?:同比|环比)?(?:下降|减少|降低|持平|不变|上升|增加|增长|提高))\s*[、，,。；;]?\s*$/;
// Sets of states one thing is in exactly one of.
const STATE_SETS = [COMPLETION_STATES, TREND_STATES];

/**
 * The states of the parts within one of STATE_SETS, each part's one and no two parts alike, and whether they are all the
 * set's states; undefined when the parts are not all states of one set.
 */
function completionStates(parts: Figure[]): { size: number; all: boolean } | undefined {
  if (parts.length < 2) return undefined;
  // "7个乡镇信访量同比下降，3个乡镇案件量同比上升": two measures went two ways — one town may be in both.
  const changed = new Set(parts.map((p) => TREND_AFTER.exec(p.after)?.[1] ?? '').filter((w) => w !== ''));
  if (changed.size > 1) return undefined;
  for (const set of STATE_SETS) {
    const states = parts.map((p) => set.findIndex((state) => state.test(partWords(p).replace(SUBSET_OPENING, '').trim())));
    const seen = new Set(states);
    if (!states.includes(-1) && seen.size === parts.length) return { size: seen.size, all: seen.size === set.length };
  }
  return undefined;
}

// A bare name after a count: no state (已…, 正在…, 未…), no link (为, 是, 的), no share.
const NAME_AFTER = /^\s*((?!已|均|正在|仍|尚|还|未|被|为|系|是|的|占|共|累计|其中)[\u4e00-\u9fff]{2,12})\s*[。；;]?\s*$/;

/** f's segment is an item of an enumeration joined by 、 (one stands right before or right after it). */
function enumerated(doc: ReportDocument, f: Figure): boolean {
  const start = f.span.start - f.before.length;
  return doc.norm.charAt(start - 1) === '、' || doc.norm.charAt(f.span.end + f.after.trimEnd().length) === '、';
}

// A share of a named population right after a count: "占诉求总量的43.86%".
const NAMED_SHARE = /^\s*占[^，,；;。占]{1,20}的\s*$/;

/** The words of the named share right after f in its sentence ("占诉求总量的"), or undefined. */
function namedShareAfter(index: FigureIndex, f: Figure): string | undefined {
  const next = index.figures[f.id + 1];
  return next && next.sentence === f.sentence && next.percent && NAMED_SHARE.test(next.before) ? next.before.trim() : undefined;
}

/**
 * f has a share of the population the total's share names: the total's sibling — unless a 其中 list gives its parts their
 * shares of the whole too ("共受理…800件，占全部的40%，其中A 300件，占全部的15%；B…"): f opens it, or its first part has one.
 */
function siblingByShare(index: FigureIndex, total: Figure, parts: Figure[], f: Figure): boolean {
  const named = namedShareAfter(index, total);
  if (named === undefined || namedShareAfter(index, f) !== named) return false;
  return parts.length === 0 ? !f.subsetCue : namedShareAfter(index, parts[0]) !== named;
}

/**
 * f follows prev past a ；, ends in the words the total ends in, and the next figure opens a 其中 list after it — or
 * the parts before it are outcomes ("行政复议案件6件，撤销2件，维持4件；行政应诉案件2件，胜诉…": then the next kind of
 * case, with its own).
 */
function headsSiblingList(doc: ReportDocument, total: Figure, parts: Figure[], prev: Figure, f: Figure, next: Figure | undefined): boolean {
  if (!/[；;]/.test(doc.norm.slice(prev.span.end, f.span.start))) return false;
  const ending = commonSuffix([partWords(total), partWords(f)]);
  if (ending.length < 2 || MEASURE_ENDING.test(ending)) return false;
  if (next?.subsetCue && next.sentence === f.sentence && next.segment > f.segment) return true;
  // Outcomes so far, and f no outcome but a count of the total's noun: the next total.
  return !CASE_OUTCOME.test(partWords(f)) && parts.every((p) => CASE_OUTCOME.test(partWords(p)) && !partWords(p).endsWith(ending));
}

// Cases handled ("共计办理案件…", "查办案件…"): those closed are among them, each closed in one way, the rest still open.
const CASES_HANDLED = /(?:办理|查办|查处|处理)[\u4e00-\u9fff]{0,8}案件/;
// A way of closing named before 结案 ("撤销立案结案", "简易程序结案"), not a bare 结案 that heads its own list.
const WAY_OF_CLOSING = /[\u4e00-\u9fff]{2}结案$/;

/** The first parts (two or more) that each name a way of closing, under a total of cases handled, not closed. */
function closedAmongHandled(total: Figure, parts: Figure[]): Figure[] | undefined {
  if (CLOSED_TOTAL.test(total.before) || !CASES_HANDLED.test(total.before)) return undefined;
  const end = parts.findIndex((p) => !WAY_OF_CLOSING.test(partWords(p)));
  const run = end < 0 ? parts : parts.slice(0, end);
  return run.length >= 2 ? run : undefined;
}

/** The words name one side of a split pair ("按期办结", "逾期办结"). A loop, not callbacks made anew at each ask. */
function namesPartitionSide(words: string): boolean {
  for (const pair of PARTITION_PAIRS) for (const side of pair) if (side.test(words)) return true;
  return false;
}

/**
 * f, in a list opened by 其中 at `first` under a total of closed cases, names how some of them closed — no total of its
 * own; under a total of cases handled, when f and `first` both name a way of closing.
 */
function waysOfClosing(doc: ReportDocument, index: FigureIndex, total: Figure, first: Figure, f: Figure): boolean {
  const closedCases = CLOSED_TOTAL.test(total.before) || (CASES_HANDLED.test(total.before) && [first, f].every((p) => WAY_OF_CLOSING.test(partWords(p))));
  // "审结的500件中，判决驳回…的200件，…，调解结案的5件": past the first outcome, a way of closing goes on with the list.
  const listed = first !== f && CLOSED_TOTAL.test(total.before) && WAY_OF_CLOSING.test(partWords(f).replace(/的$/, ''));
  return closedCases && !TOTAL_CUE.test(f.before) && (listed || opensSubset(doc, index, total, first) || amongClosed(doc, index, total, first));
}

// "审结案件中，", "在审结的案件中，": a sentence opening by naming the cases closed.
const AMONG_CLOSED = /^\s*在?(?:审结|办结|结案)的?[\u4e00-\u9fff]{0,6}?(?:案件)?(?:当中|之中|中)\s*[，,]/;

/** `first` opens the sentence right after the total's, a sentence that opens by naming the cases closed (AMONG_CLOSED). */
function amongClosed(doc: ReportDocument, index: FigureIndex, total: Figure, first: Figure): boolean {
  const [sentence, before] = [index.sentences[first.sentence], index.sentences[total.sentence]];
  return first.sentence === total.sentence + 1 && sentence.paragraph === before.paragraph && sentence.figures[0] === first.id &&
    AMONG_CLOSED.test(doc.sentences[sentence.docSentence].text);
}

// The units a level holds, named between their count and the item's ("96个村（社区）", "12个乡镇"), maybe followed by the
// item's own noun ("12个乡镇差评工单92个").
const LEVEL_WORDS = '村|社区|居|乡镇|镇|乡|街道|部门|单位|地市|市州|县区|区县|县市区|县（市、区）|县\\(市、区\\)';
const LEVEL_UNITS = new RegExp(`^\\s*(?:${LEVEL_WORDS})(?:[（(][^（）()]{1,6}[）)])?\\s*([\\u4e00-\\u9fff]*)\\s*$`);
// That count opening a part's words: the part is named by the level and its noun ("12个乡镇差评工单" → 乡镇差评工单).
const UNITS_COUNT_LEAD = new RegExp(`^\\s*[0-9]+\\s*个(?=${LEVEL_WORDS})`);

/** f is the second count of its segment, after the count of the units of its level ("96个村（社区）3400项"). */
function countsUnitsBefore(doc: ReportDocument, index: FigureIndex, f: Figure): boolean {
  const mates = index.sentences[f.sentence].segments[f.segment].figures;
  if (mates.length !== 2 || mates[1] !== f.id) return false;
  const units = index.figures[mates[0]];
  const level = LEVEL_UNITS.exec(doc.norm.slice(units.span.end, f.span.start));
  // In one counter, the item's noun must tell the two apart ("12个乡镇92个" says nothing of what 92 counts).
  return units.unit === '个' && !!level && (level[1] === '' ? !sameUnitKind(units, f) : level[1].length >= 2);
}

/**
 * The count of people right after a count of other things in its segment ("来访130批260人次" → 260人次, "一审生效案件195件236人"
 * → 236人): the people the item's batches or cases are of, a second measure of the item, if any.
 */
function headcountBeside(index: FigureIndex, f: Figure): Figure | undefined {
  if (PEOPLE.includes(f.unit) || f.percent || f.change || !isExactCount(f)) return undefined;
  const mates = index.sentences[f.sentence].segments[f.segment].figures;
  const next = index.figures[f.id + 1];
  return mates.length === 2 && mates[0] === f.id && next?.final && PEOPLE.includes(next.unit) && next.span.start === f.span.end ? next : undefined;
}

// "其中行政处罚、行政强制案件分别为80件、40件" (or in brackets after the total): the names before 分别, the values after it, in order.
const RESPECTIVELY = /^[，,；;(（\s]*(其中)?[，,：:\s]*([^，,。；;0-9０-９]{4,60}?)分别(?:为|是|有|达到?)?\s*$/;
const BARE_VALUE = /^\s*(?:和|及|与)?\s*$/;
const SHARED_NOUN = /(?:类)?(?:案件|事项|纠纷|信息|文件)$|类$/;

/**
 * The parts after a total written as "A、B分别为N、M": each value takes its name (the first n values, n names; 其中 before
 * the names leads the list). The parts as they are otherwise.
 */
function respectiveParts(doc: ReportDocument, total: Figure, parts: Figure[]): Figure[] {
  if (parts.length < 2) return parts;
  const m = RESPECTIVELY.exec(doc.norm.slice(total.span.end, parts[0].span.start));
  const names = m?.[2].split(NAME_JOINS).map((n) => n.trim());
  if (!m || !names || names.length < 2 || names.length > parts.length || names.some((n) => n.length < 2)) return parts;
  if (parts.slice(1, names.length).some((p) => !BARE_VALUE.test(p.before))) return parts;
  // "行政处罚、行政强制案件": the noun written once, after the last name, is every name's.
  const noun = SHARED_NOUN.exec(names[names.length - 1])?.[0] ?? '';
  const named = names.map((n) => (n.endsWith(noun) ? n : n + noun));
  return parts.slice(0, names.length).map((p, k) => ({ ...p, before: `${k === 0 && m[1] ? m[1] : ''}${named[k]}`, subsetCue: k === 0 && !!m[1] }));
}

/** The next count of the chain after chain[j] counts the work still open ("正在办理中29.75万件"). */
function openAfter(chain: Figure[], j: number): boolean {
  // In place, not in a copy of the rest of the chain: asked for every total of a long run, a copy made it quadratic.
  // "其余20444件正在办理中": the rest, its state said after it.
  for (let i = j + 1; i < chain.length; i++) if (!chain[i].percent) return WORK_OPEN.test(stateWords(chain[i])) || (REST_OF_TOTAL.test(partWords(chain[i]).trim()) && WORK_OPEN.test(chain[i].after));
  return false;
}

/**
 * "411家（其中乡镇调委会19家、村级调委会360家、其他调解组织1家）": the aside after a total, when it is nothing but a list
 * of items that each end in one figure; each part reads the words of its own item.
 */
function asideParts(doc: ReportDocument, index: FigureIndex, total: Figure): Figure[] {
  const asides = asidesOf(index, total);
  if (asides.length < 2 || asides.length > MAX_PARTS || !isTotalShaped(doc, index, total)) return [];
  const sentenceEnd = index.sentences[total.sentence].span.end;
  const open = total.span.end + doc.norm.slice(total.span.end, sentenceEnd).search(/[(（]/);
  const close = open + doc.norm.slice(open, sentenceEnd).search(/[)）]/);
  if (close < open || asides.some((f) => f.span.end > close)) return [];
  // "（包括受理的1968件和上年结转的150件）": 和/及/与 right after an item's measure word joins the next item.
  const items = doc.norm.slice(open + 1, close).split(/[、，；;]|,(?![0-9]{3})|(?<=[0-9][\u4e00-\u9fff]{1,2})[和及与](?=[\u4e00-\u9fff])/);
  const parts: Figure[] = [];
  let at = open + 1;
  // "（其中，行政许可案卷20卷，…）": a bare 其中 opens the aside's list.
  const lead = BARE_SUBSET.test(items[0]) ? items.shift() ?? '' : '';
  at += lead ? lead.length + 1 : 0;
  for (const item of items) {
    const end = at + item.trimEnd().length;
    // "办结4起处罚金额3.2万元": an item's count may go on with a sum of money about it.
    const inItem = asides.filter((a) => a.span.start >= at && a.span.end <= end);
    const f = inItem[0];
    // "（办结4宗，罚款金额12.5万元；在办3宗）": a sum of money about the item before is no item.
    const previous = parts[parts.length - 1];
    // "（其中，投诉800件，占比61.5%，举报…）": nor is the share of the item before.
    if (previous && inItem.length && inItem.every((a) => isAmountBeside(previous, a) || a.percent)) {
      at += item.length + 1;
      continue;
    }
    if (!f || inItem[inItem.length - 1].span.end !== end || inItem.slice(1).some((a) => !isAmountBeside(f, a))) return [];
    const before = doc.norm.slice(at, f.span.start);
    parts.push(copyOf(f, { before, subsetCue: /^\s*(?:其中|包括)/.test(before) || (!!lead && !parts.length), lone: true, final: true, change: statesChange(doc.norm.slice(at, f.span.end)) }));
    at += item.length + 1;
  }
  // One part may be above the total (then it is wrong); one of another year or a change is no part.
  return parts.every((p) => isExactCount(p) && (sameCountKind(total, p) || mixedCounter(total, p)) && (p.value <= total.value || !NOT_A_KIND.test(p.before))) ? parts : [];
}

function isTotalShaped(doc: ReportDocument, index: FigureIndex, f: Figure): boolean {
  return !f.percent && !!f.unit && isOwnCount(doc, index, f) && !f.inParens && f.value > 0 && !closesUnopenedAside(doc, index, f);
}

// A closing bracket right after a count (its measure word and a few words between).
const CLOSING_AFTER = /^[\u4e00-\u9fff]{0,6}[)）]/;

/**
 * "…共接收投诉举报54813件（与“新型冠⏎状病毒…相关的投诉举报40586件），其中…": a count closing an aside whose opening bracket is
 * not in its sentence (a line broke the aside) is inside it, no total of the list after it.
 */
function closesUnopenedAside(doc: ReportDocument, index: FigureIndex, f: Figure): boolean {
  const after = doc.norm.slice(f.span.end, f.span.end + 8);
  if (!CLOSING_AFTER.test(after)) return false;
  const before = doc.norm.slice(index.sentences[f.sentence].span.start, f.span.start);
  return !/[(（]/.test(before);
}

// At most this many segments without figures between a total and its first part ("…97504件规范性文件，经清理，保留…").
const MAX_GAP = 2;

/** Every figure after the total in its sentence is a measured quantity or a percent (the total's amounts), a count of things the total is. */
function amountsClose(index: FigureIndex, total: Figure): boolean {
  if (isMeasureUnit(total.unit)) return false;
  for (const id of index.sentences[total.sentence].figures) {
    const f = index.figures[id];
    if (f.id > total.id && !isMeasureUnit(f.unit) && !f.percent) return false;
  }
  return true;
}

/**
 * f opens a 其中 list in the clause right after the total's, no figure between — or past one clause of the total's own
 * measures ("共211宗地，面积11734.40亩，其中合法用地84宗，…").
 */
function subsetRightAfter(doc: ReportDocument, index: FigureIndex, total: Figure, f: Figure): boolean {
  if (!f.subsetCue || f.sentence !== total.sentence) return false;
  if (f.clause === total.clause + 1) return onlyWordsBetween(index, total, f);
  if (f.clause !== total.clause + 2) return false;
  for (let id = total.id + 1; id < f.id; id++) {
    const g = index.figures[id];
    if (g.clause !== total.clause + 1 || !isAmountBeside(total, g)) return false;
  }
  // "共实施13个项目，其中：财政预算审计6个、…": with no figure between, the clause between is the bare 其中 that opens f's.
  return f.id > total.id + 1 || index.sentences[f.sentence].segments.some((s) => s.clause === total.clause + 1 && SUBSET_ONLY.test(doc.norm.slice(s.span.start, s.span.end)));
}

function onlyWordsBetween(index: FigureIndex, total: Figure, f: Figure): boolean {
  // Clauses, not segments: "主要涉及A、B、C等方面内容" is one clause however many names it joins.
  if (f.sentence !== total.sentence || f.clause - total.clause - 1 > MAX_GAP) return false;
  // Figures are numbered in document order: only those numbered between the two can stand between them.
  for (let id = total.id + 1; id < f.id; id++) {
    const start = index.figures[id].span.start;
    if (start > total.span.end && start < f.span.start) return false;
  }
  return true;
}

// A clause that leads the outcomes after it ("受理申请1260件，经审查，批准1200件，…", "…，在已结案件中，"), or says when
// they were counted ("收到留言3644条，截止到3月8日统计时，已回复3527条，未回复117条").
const OUTCOME_CLAUSE = new RegExp(`^\\s*(?:经(?:依法)?(?:审查|审理|复议|办理|处理|调查|核查)|(?:截至|截止)(?:到|至)?[^，,；;。]{1,16}?(?:统计时|时|止|为止)|${CLOSED_FRAME})\\s*$`);

/**
 * Nothing but a bare "其中", the 、-joined words of f's own clause, a change, figures about the item before (its
 * share, its average, a sum of money beside a count) or a clause leading outcomes or saying when they were counted
 * stands between two list items.
 */
function adjacent(doc: ReportDocument, index: FigureIndex, prev: Figure, f: Figure): boolean {
  if (f.sentence !== prev.sentence) {
    // Into the next sentence: f must be its first figure, in a segment that opens with 其中 or follows a bare 其中 (or
    // "其他类别中，" going on with the list), or the first figure of a sentence opened by 其中 past names joined by 、
    // ("其中，中、省转办50件次").
    const sentence = index.sentences[f.sentence];
    return f.subsetCue || f.segment <= 1 || (sentence.figures[0] === f.id && f.segment <= MAX_GAP + 1 && SUBSET_OPENING.test(doc.sentences[sentence.docSentence].text));
  }
  if (f.segment <= prev.segment) return false;
  const segments = index.sentences[f.sentence].segments;
  for (let s = prev.segment + 1; s < f.segment; s++) {
    const seg = segments[s];
    if (seg.clause === f.clause) continue;
    // A mirror copy's pinyin glosses ("经(jīng)审查") are no words of the clause.
    const words = withoutPinyin(doc.norm.slice(seg.span.start, seg.span.end));
    // "…；咨询类：482件": the label of f.
    if (s === f.segment - 1 && labelOf(doc, seg)) continue;
    // …or the year before's value ("…37件，同比下降21.3%，上年为47件；其中…").
    const aboutItem = seg.figures.length > 0 && seg.figures.map((id) => index.figures[id]).every((g) => g.percent || isAmountBeside(f, g) || isAverageFigure(g) || isOtherPeriodValue(g));
    if (!BARE_SUBSET.test(words) && !statesChange(words) && !UNCHANGED.test(words) && !aboutItem && !ITEM_COMMENT.test(words) && !ITEM_DURATION.test(words) && !OUTCOME_CLAUSE.test(words)) return false;
  }
  return true;
}

// An item's change said without a figure: "与上年基本持平", "同比持平", "较上年不变".
const UNCHANGED = /^\s*(?:(?:与|较|比|同)(?:上年|去年|上年同期|去年同期|上一年)(?:相比)?|同比|环比)?(?:基本|大体)?(?:持平|不变|相当)\s*$/;

/**
 * A quantity measured beside a count of things ("罚款金额为1.55亿元" after a count of cases, "面积5811.47亩" after a count
 * of plots): about the item, no item.
 */
function isAmountBeside(count: Figure, f: Figure): boolean {
  return isMeasureUnit(f.unit) && !isMeasureUnit(count.unit);
}

function tolerance(total: Figure, parts: Figure[]): number {
  // A per-head amount ("农村居民人均可支配收入12861元，其中，工资性收入4336元，…") and its parts are each rounded to the
  // unit written: half a unit each, however plainly they are written.
  const perHead = PER_HEAD.test(total.before) ? 0.5 * 10 ** -total.decimals * total.number.multiplier * (parts.length + 1) : 0;
  return Math.max(perHead, total.halfUlp + parts.reduce((t, p) => t + p.halfUlp, 0)) + 1e-9 * Math.max(1, total.value);
}
const PER_HEAD = /人均|户均/;

function addsUp(total: Figure, parts: Figure[]): boolean {
  return Math.abs(parts.reduce((t, p) => t + p.value, 0) - total.value) <= tolerance(total, parts);
}

/**
 * "共受理…各类案件292件。其中：⏎刑事检察案件141件，审查逮捕41件；审查起诉99件；…⏎民事检察案件1件，…": a part of an earlier
 * list that opens its own paragraph, its items after it in its sentence, heads them as a total of its own.
 */
const MIN_SHEET_ITEMS = 3;

function headsItsLine(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[]): boolean {
  const sentence = index.sentences[total.sentence];
  const before = index.sentences[total.sentence - 1];
  // (Its line opens a paragraph, or follows the lead "其中：" closing the line before.)
  const opensLine = !before || before.paragraph !== sentence.paragraph || /[：:]\s*$/.test(doc.sentences[sentence.docSentence - 1]?.text ?? '');
  if (parts.length < 2 || parts[0].sentence !== total.sentence || mainFigures(sentence)[0] !== total || total.subsetCue || !opensLine) return false;
  // Items of the sheet run to ；, and are not named like the count before them ("政府网站公开信息3698条，微博微信公开信息2148条" are
  // channels side by side).
  return commonSuffix([partWords(total), partWords(parts[0])]).length < 2 && parts.slice(1).some((p, k) => /[；;]/.test(doc.norm.slice(parts[k].span.end, p.span.start)));
}

/**
 * "共收到申请101件，其中市政府申请14件，依法受理13件，不予受理1件": a 其中 part followed by a part and its negation is
 * split by them, unless they add up to the outer total instead — or with it ("制作政府信息398条，其中主动公开159条，依申请公开
 * 102条，不予公开137条": three siblings).
 */
function splitsSubtotal(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[], outer: Figure): boolean {
  return total.subsetCue && parts.length === 2 && complementary(doc, index, parts[0], parts[1]) && !addsUp(outer, parts) && !addsUp(outer, [total, ...parts]);
}

// Requests carried in from the year before ("上年结转依申请公开2件", the two characters swapped as "上年转结" too), and out
// into the next ("结转下年度继续办理1件").
const CARRIED_IN = new RegExp(`^${CARRIED_IN_FROM_LAST_YEAR}`);
// A paragraph naming what was carried in ("无下年度结转" carries none out, and says nothing of what came in).
const CARRIED_FROM_BEFORE = new RegExp(`${CARRIED_IN_FROM_LAST_YEAR}|旧存|积存`);
/** The intake's aside is its new cases and those carried in, adding up to it ("793件（新收案件649件，旧存案件144件）"). */
function newAndCarriedIn(index: FigureIndex, intake: Figure): boolean {
  const aside = asidesOf(index, intake);
  return aside.length === 2 && aside.every((f) => isExactCount(f) && sameUnitKind(f, intake)) && NEW_INTAKE.test(aside[0].before) &&
    CARRIED_INTO_YEAR.test(aside[1].before) && addsUp(intake, [...aside]);
}
const NEW_INTAKE = /新收|新受理/;

// "另有1件转2022年继续办理": the year a request is carried into to go on being handled.
const CARRIED_ON = /结转下一?年度?|转入下一?年度?|下一?年度(?:继续)?办理|转(?:至|到|入)?(?:19|20)[0-9]{2}年度?继续办理?/;

/**
 * "共收到申请24件，上年结转2件，其中予以公开…": the carry-in right after the intake, then a 其中 list (or the next
 * sentence's, or one past a ；: "上年度结转1件；予以公开3件，…", or one opening with a disclosure granted: "上年结转2件，
 * 予以公开25件，…").
 */
function carriedIn(doc: ReportDocument, parts: Figure[]): boolean {
  if (parts.length < 4 || !CARRIED_IN.test(partWords(parts[0]))) return false;
  return parts[1].subsetCue || parts[1].sentence !== parts[0].sentence || /[；;]/.test(doc.norm.slice(parts[0].span.end, parts[1].span.start)) ||
    DISCLOSURE_GRANTED.test(parts[1].before);
}

/**
 * "共收到依申请公开24件，上年结转0件，其中予以公开23件，…，结转下年度继续办理0件": the outcomes of the requests received
 * and carried in, the ones carried on into next year among them, answer for both — checked when the list names a
 * disclosure and the carry-on (the 政府信息公开年度报告 table's full set).
 */
function checkCarriedIntake(doc: ReportDocument, ctx: RuleContext, intake: Figure, carry: Figure, outcomes: Figure[], mayAccuse: boolean): Finding | undefined {
  const index = ctx.figures();
  // Requests are counted one by one: no 万 or decimals to carry through the arithmetic.
  if ([intake, carry, ...outcomes].some((p) => !isExactCount(p) || p.number.multiplier !== 1 || p.decimals > 0)) return undefined;
  const complete = outcomes.every((p) => DISCLOSURE_OUTCOME.test(p.before) || CARRIED_ON.test(p.before)) &&
    outcomes.some((p) => DISCLOSURE_GRANTED.test(p.before)) && outcomes.some((p) => CARRIED_ON.test(p.before)) &&
    listEnds(doc, index, intake, outcomes[outcomes.length - 1]);
  if (!complete) return undefined;
  const base = intake.value + carry.value;
  const sum = sumOf(outcomes);
  const terms = outcomes.map((p) => show(p.value, 0)).join('+');
  const stated = `收到${figureText(doc, intake)}加上年结转${figureText(doc, carry)}（共${show(base, 0)}${intake.unit}）`;
  if (Math.abs(sum - base) <= tolerance(intake, [carry, ...outcomes])) {
    ctx.noteHeld({ code: CODE, spans: [intake.span, carry.span, ...outcomes.map((p) => p.span)], message: `办理结果之和与收到加上年结转一致：${terms}=${show(sum, 0)}，等于${stated}` });
    return undefined;
  }
  if (!mayAccuse || sum < carry.value) return undefined;
  return report(CODE, {
    message: `办理结果之和与收到加上年结转不符：${terms}=${show(sum, 0)}，与${stated}不符（相差${show(Math.abs(sum - base), 0)}）`,
    span: intake.span,
    fixes: [{
      kind: 'choice',
      title: `将收到数改为${show(sum - carry.value, 0)}${intake.unit}（办理结果之和减上年结转）`,
      edits: [{ span: intake.numeralSpan, newText: numeralFor(intake, sum - carry.value, 0) }],
    }],
    related: [{ span: carry.span, message: `上年结转：${figureLabel(doc, carry)}` }, ...outcomes.map((p) => ({ span: p.span, message: `办理结果：${figureLabel(doc, p)}` }))],
  });
}

// A year's balance of requests or cases: what came in (and was carried in from the year before) is what was closed and
// what is carried on or still open. Carried in: "上年结转11件", "上年度结转办理件1件", "含2023年转至今年办理的3件" (then
// inside the intake). Carried on or open, worded before or after the count: "结转到2025年办理7件", "4件结转至下年度",
// "7件正在办理中", "未审结20件".
// ("结转上年度…申请3件": the carry-in with its words the other way round.)
const CARRIED_INTO_YEAR = new RegExp(`${CARRIED_IN_FROM_LAST_YEAR}|结转上一?年度?|(?:19|20)[0-9]{2}年度?(?:结转|转至今年|转入本年)|转至今年|转入本年|旧存`);
const INCLUDED_IN_INTAKE = /^\s*(?:含|包含|包括|其中)/;
const BARE_CLOSED = /^\s*已结\s*$/;
const EXCLUDED_FROM_INTAKE = /^\s*(?:不含|未含|不包含|不包括)/;
const INTAKE = /受理|收到|接到|接收|登记/;
// "结转2024年度继续办理": a year right after 结转 is the one the work is carried into (a carry-in names its year before 结转).
const CARRIED_OUT = new RegExp(`${CARRIED_ON.source}|结转(?:至|到)?(?:下一?年度?|(?:19|20)[0-9]{2}年)|${WORK_OPEN.source}|${PENDING.source}`);
// Cases ruled on, said alone ("已判决2件，均胜诉"): closed; not one ruling named ("判决驳回…").
const RULED = /^(?:判决|裁决)$/;
const RULED_IN_TEXT = /已(?:判决|裁决)/;
// Or the cases a body had of a year: those that arose, were brought against it or were filed ("发生行政诉讼案件6件",
// "被诉…14件", "以本局为被告的行政诉讼案件共19件", "立案查处…46件").
// ("全年收政府信息公开申请464件": 收 alone after the year, before what was received.)
const INTAKE_OR_SUM = new RegExp(`${INTAKE.source}|办理|新收|接听|${alternatives(SUM_WORDS)}|发生|被诉|被申请|为被告|立案|查处|查办|^(?:全年|本年|今年|当年|共)收(?![入费益回])|共\\s*$`);

/** The words of a count's clause on both sides of it ("4件结转至下年度" → "结转至下年度"), without an aside after it. */
function clauseWords(f: Figure): string {
  return partWords(f) + f.after.replace(ASIDE, '');
}

const ASIDE = /[(（][^()（）]*[)）]/g;

/**
 * How many of `after` are the closed count's own 其中 list of outcomes: counts of its kind from a 其中 on, each an outcome
 * of a case (维持, 驳回, 胜诉, 撤诉…) or an answer to a request for information (予以公开, 无法提供…), that do not add up to
 * more than it.
 */
function outcomesOf(done: Figure, after: Figure[]): number {
  if (!after[0]?.subsetCue || after[0].sentence !== done.sentence) return 0;
  let n = 0;
  let sum = 0;
  const isOutcome = (f: Figure) => CASE_OUTCOME.test(clauseWords(f)) || DISCLOSURE_OUTCOME.test(clauseWords(f));
  while (n < after.length && sameUnitKind(after[n], done) && isOutcome(after[n]) && !CARRIED_OUT.test(clauseWords(after[n])) && (n === 0 || !after[n].subsetCue)) sum += after[n++].value;
  return sum <= done.value + tolerance(done, after.slice(0, n)) ? n : 0;
}

/**
 * "共收到依申请公开件30件，上年度结转办理件1件，共办结24件，结转到2025年办理7件", "合计122件，上年结转11件，已回复126件，
 * 7件正在办理中": the intake (plus what was carried in) equals the closed plus the carried on or open, counted in one
 * sentence in that order. Without a carry-in the intake must be the year's whole (共/全年…) in a paragraph that names
 * none: otherwise the closed may hold requests of the year before.
 */
function checkBalance(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, k: number): Finding | undefined {
  // Most sentences name no closing and no carry-on: one look at the sentence's text each.
  const text = doc.sentences[index.sentences[k].docSentence].text;
  if (!(CLOSED.test(text) || RULED_IN_TEXT.test(text))) return undefined;
  const countsOf = (j: number) => mainFigures(index.sentences[j]).filter((f) => !f.percent && !isAboutFigureBefore(doc, index, f));
  const [sentence, before, after] = [index.sentences[k], index.sentences[k - 1], index.sentences[k + 1]];
  const adjacentTo = (a: FigureSentence | undefined, b: FigureSentence | undefined) => !!a && !!b && a.paragraph === b.paragraph && a.docSentence === b.docSentence - 1;
  // "…办结122件，其中…。结转下年度继续办理的12件。": the carried on may stand alone in the next sentence.
  const carriedNext = !CARRIED_OUT.test(text) && adjacentTo(sentence, after) ? countsOf(k + 1) : [];
  if (!CARRIED_OUT.test(text) && !(carriedNext.length === 1 && CARRIED_OUT.test(clauseWords(carriedNext[0])))) return undefined;
  // ("已结2580件": a clause's words read without 已, "结" alone.)
  const isClosed = (f: Figure) => (CLOSED.test(clauseWords(f)) || RULED.test(clauseWords(f)) || BARE_CLOSED.test(f.before)) && !CARRIED_OUT.test(clauseWords(f));
  const own = countsOf(k).concat(carriedNext);
  // "全年共收到申请40件，上年结转3件。已办结36件，7件结转至下年度": a sentence opening with the closed goes on from the one before
  // — or from the one before that, past a sentence listing the intake's parts ("…1368件，…。其中，…。已办结1352件，…").
  const goesOn = !!own[0] && isClosed(own[0]) && adjacentTo(before, sentence);
  const pastList = goesOn && LISTS_INTAKE.test(doc.sentences[before.docSentence].text) && adjacentTo(index.sentences[k - 2], before);
  const read = goesOn ? countsOf(pastList ? k - 2 : k - 1).concat(own) : own;
  // "新收3964件，旧存194件，未结1878件，已结2580件": the open may come first, right before the closed.
  const closedAt = read.findIndex(isClosed);
  const openFirst = closedAt >= 2 && PENDING.test(clauseWords(read[closedAt - 1])) && !read[closedAt + 1]?.subsetCue && !(read[closedAt + 1] && CARRIED_OUT.test(clauseWords(read[closedAt + 1])));
  const counts = openFirst ? [...read.slice(0, closedAt - 1), read[closedAt], read[closedAt - 1], ...read.slice(closedAt + 1)] : read;
  const closed = counts.findIndex(isClosed);
  const done = counts[closed];
  // The closed count's own 其中 list of outcomes may stand before the open ("已审结5件，其中驳回4件，撤诉1件，1件尚在审理").
  const openAt = closed + 1 + (done ? outcomesOf(done, counts.slice(closed + 1)) : 0);
  const open = counts[openAt];
  if (closed < 1 || !open || !CARRIED_OUT.test(clauseWords(open)) || CARRIED_INTO_YEAR.test(clauseWords(open))) return undefined;
  // "已办结420件，办理中120件，未办理20件": those not yet taken up are open too, beside those in hand.
  const notStarted = counts[openAt + 1] && !counts[openAt + 1].subsetCue && NOT_STARTED.test(partWords(counts[openAt + 1])) && !NOT_STARTED.test(partWords(open)) ? counts[openAt + 1] : undefined;
  const opens = notStarted ? [open, notStarted] : [open];
  // A second split after it ("…结转下年度2件，上年结转的3件已全部办结"), or one more part ("在办30件，其他1件"), leaves the
  // balance open.
  if (counts.slice(openAt + opens.length).some((f) => sameUnitKind(f, open) && (CLOSED.test(clauseWords(f)) || CARRIED_OUT.test(clauseWords(f)) || NOT_STARTED.test(partWords(f)) || ONE_MORE.test(partWords(f))))) return undefined;
  // The carry-in stands after the intake ("收到30件，上年结转1件") or before it ("2023年结转至2024年4件，2024年共受理180件").
  // (Not so when the intake sums it: "加上年结转7件，共计95件", "上年结转15件，合计审理案件135件".)
  const carriedAt = [closed - 1, closed - 2].find((j) => j >= 0 && CARRIED_INTO_YEAR.test(clauseWords(counts[j])) && (j === closed - 1 || !sumAfter(counts[closed - 1].before, true)));
  const carried = carriedAt === undefined ? undefined : counts[carriedAt];
  // "…312件，其中水污染类96件、…、其他类44件。截至年底，已办结287件，…": the intake before its own 其中 list, in the sentence
  // before the closed one.
  let intakeAt = carriedAt === closed - 1 ? closed - 2 : closed - 1;
  while (!carried && goesOn && intakeAt > 0 && counts[intakeAt].sentence !== done.sentence && inSubsetList(index, counts[intakeAt])) intakeAt--;
  // "共收到来信2146条，市直部门收到1228条，各县收到918条，其中咨询类…，处理答复2140条，还有16条正在处理中": counts fewer than
  // the closed between them are parts of the intake, not what was closed of — past them, only a total (共…) is the intake.
  const nearest = intakeAt;
  while (!carried && intakeAt > 0 && counts[intakeAt].sentence === done.sentence && counts[intakeAt].value < done.value) intakeAt--;
  if (intakeAt !== nearest && !counts[intakeAt].totalCue) return undefined;
  const intake = counts[intakeAt];
  // "收到申请208件（不含上年结转5件）": a carry-in the intake's aside sets apart is carried in beside it.
  const apart = !carried && intake ? asidesOf(index, intake).find((f) => EXCLUDED_FROM_INTAKE.test(f.before) && CARRIED_INTO_YEAR.test(f.before) && isExactCount(f) && sameUnitKind(f, intake)) : undefined;
  const carryIn = apart ?? (carried && !INCLUDED_IN_INTAKE.test(carried.before) ? carried : undefined);
  // (The intake's verb may stand before a 、 its words were cut at: "共接收通过邮寄、邮件、现场等方式提交的各类…申请10件".)
  if (!intake || !(INTAKE_OR_SUM.test(intake.before) || INTAKE_OR_SUM.test(clauseBefore(doc, intake))) || CARRIED_INTO_YEAR.test(clauseWords(intake)) || !isTotalShaped(doc, index, intake) || intake.subsetCue) return undefined;
  // "共接收工单3200件（其中有效工单3000件，…）。已办结2940件，在办60件": the valid part is what was closed or is open.
  const [firstAside] = asidesOf(index, intake);
  if (firstAside?.subsetCue && VALID_PART.test(firstAside.before)) return undefined;
  const carriedIn = carried ?? apart;
  const flows = [intake, ...(carriedIn ? [carriedIn] : []), done, ...opens];
  if (flows.some((f) => !isExactCount(f) || !sameUnitKind(f, intake))) return undefined;
  // (共 may stand before a 、 the intake's words were cut at, with its verb: "共接收通过邮寄、邮件…提交的…申请10件".)
  const whole = intake.totalCue || /^(?:全年|本年|当年|今年)/.test(intake.before.trim()) || (intake.before !== clauseBefore(doc, intake) && TOTAL_CUE.test(clauseBefore(doc, intake)));
  // "新收88件，加上年结转7件，共计95件": a sum after the carry-in holds it.
  // "共793件（新收案件649件，旧存案件144件）": so does an intake whose aside breaks it down into the new and the carried in.
  const sumsCarry = (!!sumAfter(intake.before, true) && counts.slice(0, counts.indexOf(intake)).some((f) => CARRIED_INTO_YEAR.test(clauseWords(f)))) ||
    (!apart && newAndCarriedIn(index, intake));
  // With a carry-in the text does not state, the closed may hold requests of the year before: the closed and the open
  // cannot be fewer than the intake, but may be more.
  const carryUnstated = !carriedIn && !sumsCarry && (!whole || CARRIED_FROM_BEFORE.test(doc.blocks[index.sentences[k].paragraph]?.content ?? ''));
  const base = intake.value + (carryIn?.value ?? 0);
  const sum = done.value + sumOf(opens);
  if (carryUnstated && sum + tolerance(intake, [done, ...opens]) >= base) return undefined;
  const terms = [done, ...opens].map((f) => show(f.value, 0)).join('+');
  // The carry-in named as the text names it (旧存 in a court's figures).
  const carryWord = (carryIn && /旧存|积存/.exec(carryIn.before)?.[0]) ?? '上年结转';
  const stated = carryIn ? `${figureText(doc, intake)}加${carryWord}${figureText(doc, carryIn)}（共${show(base, 0)}${intake.unit}）` : figureText(doc, intake);
  if (Math.abs(sum - base) <= tolerance(intake, [done, ...opens, ...(carryIn ? [carryIn] : [])])) {
    ctx.noteHeld({ code: CODE, spans: flows.map((f) => f.span), message: `办结与结转（在办）之和与收到总数一致：${terms}=${show(sum, 0)}，等于${stated}` });
    return undefined;
  }
  return report(CODE, {
    message: carryUnstated
      ? `办结与结转（在办）之和少于收到总数：${terms}=${show(sum, 0)}，少于${stated}（少${show(base - sum, 0)}；上年结转的只会使其更多）`
      : `办结与结转（在办）之和与收到总数不符：${terms}=${show(sum, 0)}，与${stated}不符（相差${show(Math.abs(sum - base), 0)}）`,
    span: intake.span,
    fixes: [{
      kind: 'choice',
      title: `将总数改为${show(sum - (carryIn?.value ?? 0), 0)}${intake.unit}（办结与结转之和${carryIn ? '减上年结转' : ''}）`,
      edits: [{ span: intake.numeralSpan, newText: numeralFor(intake, sum - (carryIn?.value ?? 0), 0) }],
    }],
    related: [
      ...(carried ? [{ span: carried.span, message: `上年结转：${figureLabel(doc, carried)}` }] : []),
      { span: done.span, message: `办结：${figureLabel(doc, done)}` },
      ...opens.map((f) => ({ span: f.span, message: `结转或在办：${figureLabel(doc, f)}` })),
    ],
  });
}


// A sentence listing the intake's parts: by a list's lead, or by what it is about ("涉及生态破坏2件，其他污染3件。").
const LISTS_INTAKE = new RegExp(`${LIST_LEAD.source}|^\\s*(?:主要)?涉及`);

// "包含上年结转60件": the carry-in a count holds, in its aside.
const HOLDS_CARRY_IN = new RegExp(`^\\s*(?:含|包含|包括|其中)\\s*${CARRIED_IN_FROM_LAST_YEAR}`);

/**
 * "本县共接收信息公开申请1200件，……。本县全年办理信息公开申请1270件（包含上年结转60件），……": a count that holds
 * the carry-in from the year before in its aside is what came in this year and that carry-in — when the sentence before
 * (same paragraph) states one whole intake of the same kind (共/全年 收到/受理/接收…) ending in a noun the count names.
 */
function checkCarriedWhole(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, k: number): Finding | undefined {
  const [sentence, before] = [index.sentences[k], index.sentences[k - 1]];
  if (!before || before.paragraph !== sentence.paragraph || before.docSentence !== sentence.docSentence - 1) return undefined;
  let handled: Figure | undefined;
  let carry: Figure | undefined;
  for (const f of mainFigures(sentence)) {
    const [aside] = asidesOf(index, f);
    if (aside && HOLDS_CARRY_IN.test(aside.before) && isExactCount(f) && isExactCount(aside) && sameUnitKind(f, aside)) {
      if (handled) return undefined;
      [handled, carry] = [f, aside];
    }
  }
  if (!handled || !carry || handled.value <= carry.value) return undefined;
  let intake: Figure | undefined;
  for (const f of mainFigures(before)) {
    if (f.percent || !sameUnitKind(f, handled) || !isExactCount(f) || f.subsetCue || !INTAKE.test(f.before) || !(f.totalCue || WHOLE_INTAKE.test(f.before))) continue;
    if (intake) return undefined;
    intake = f;
  }
  const noun = intake && partWords(intake).slice(-2);
  if (!intake || !noun || noun.length < 2 || !handled.before.includes(noun) || !sameYear(doc, index, intake, handled)) return undefined;
  const parts = [intake, carry];
  const stated = `${figureText(doc, intake)}加上年结转${figureText(doc, carry)}`;
  const sum = intake.value + carry.value;
  if (addsUp(handled, parts)) {
    ctx.noteHeld({ code: CODE, spans: [handled.span, intake.span, carry.span], message: `含上年结转的总数与收到加上年结转一致：${stated}=${show(sum, 0)}${handled.unit}` });
    return undefined;
  }
  return report(CODE, {
    message: `含上年结转的总数与收到加上年结转不符：${stated}=${show(sum, 0)}${handled.unit}，与${figureText(doc, handled)}不符（相差${show(Math.abs(sum - handled.value), 0)}）`,
    span: handled.span,
    fixes: [{
      kind: 'choice',
      title: `将总数改为${show(sum, 0)}${handled.unit}（收到加上年结转）`,
      edits: [{ span: handled.numeralSpan, newText: numeralFor(handled, sum, 0) }],
    }],
    related: [{ span: intake.span, message: `收到：${figureLabel(doc, intake)}` }, { span: carry.span, message: `上年结转：${figureLabel(doc, carry)}` }],
  });
}

/** Sentence k's text as read (doc.reading: a traditional copy in simplified script). */
function sentenceReading(doc: ReportDocument, index: FigureIndex, k: number): string {
  const { span } = doc.sentences[index.sentences[k].docSentence];
  return doc.reading.slice(span.start, span.end);
}

// What is carried in from the period before ("上月未办结工单150件", "上期结转…", "上年结转…").
const CARRY_IN = new RegExp(`${CARRIED_IN_FROM_LAST_YEAR}|(?:上月|上期|上季度?|上年度?|去年)(?:未办结|未结|结转|遗留|积存)`);
// The whole in hand after them ("本月共有工单1590件", "合计…", "共计…").
const IN_HAND = /^(?:本月|本期|本季度?|本年度?|全年|当月|累计)?(?:共有|共计|合计|总计)/;

/**
 * "受理市级下派工单1460件，…；上月未办结工单150件，本月共有工单1590件": what came in and what was carried in from the period
 * before, then the whole in hand (共有, 合计), one after the other in a sentence: the two add up to it.
 */
function checkIntakeAndCarry(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, k: number): Finding | undefined {
  // Most sentences carry nothing in: one look at the text each (as read: a traditional copy in simplified script).
  if (!CARRY_IN.test(sentenceReading(doc, index, k))) return undefined;
  const counts = mainFigures(index.sentences[k]).filter((f) => !f.percent);
  for (let j = 2; j < counts.length; j++) {
    const [intake, carry, whole] = [counts[j - 2], counts[j - 1], counts[j]];
    if (!IN_HAND.test(partWords(whole)) || !CARRY_IN.test(partWords(carry)) || CARRY_IN.test(partWords(intake)) || !INTAKE_OR_SUM.test(intake.before) ||
        ![intake, carry, whole].every((f) => isExactCount(f) && sameUnitKind(f, whole))) continue;
    // The whole's noun is the carry-in's ("…未办结工单…，共有工单…").
    const noun = partWords(whole).slice(-2);
    if (noun.length < 2 || !partWords(carry).endsWith(noun)) continue;
    const parts = [intake, carry];
    const sum = intake.value + carry.value;
    const stated = `${figureText(doc, intake)}加${figureText(doc, carry)}`;
    if (addsUp(whole, parts)) {
      ctx.noteHeld({ code: CODE, spans: [whole.span, intake.span, carry.span], message: `本期共有与新收加上期结转一致：${stated}=${show(sum, 0)}${whole.unit}` });
      return undefined;
    }
    return report(CODE, {
      message: `本期共有与新收加上期结转不符：${stated}=${show(sum, 0)}${whole.unit}，与${figureText(doc, whole)}不符（相差${show(Math.abs(sum - whole.value), 0)}）`,
      span: whole.span,
      fixes: [{ kind: 'choice', title: `将共有数改为${show(sum, 0)}${whole.unit}（新收加上期结转）`, edits: [{ span: whole.numeralSpan, newText: numeralFor(whole, sum, 0) }] }],
      related: [{ span: intake.span, message: `新收：${figureLabel(doc, intake)}` }, { span: carry.span, message: `上期结转：${figureLabel(doc, carry)}` }],
    });
  }
  return undefined;
}

const LIST_OPENS_ANEW = /^\s*(?:包括|其中|(?:按|从)[^0-9，,；;]{1,10}(?:分|划分|统计|看)[，,：:]?)/;
// A grade of a scale ("满意", "基本满意", "合格"), the part's words all of it.
const GRADE_PART = new RegExp(`^(?:${[...GRADE_WORDS].sort((a, b) => b.length - a.length).join('|')})$`);
const isGrade = (p: Figure) => GRADE_PART.test(partWords(p).replace(SUBSET_OPENING, '').replace(/^[，,：:\s]+/, ''));
// A part that opens with the topics of what was counted (its own list, not one more kind).
const TOPICS_TURN = /^\s*(?:主要|均|都)?涉及/;
// "门户网站发布120条，含工作动态类70条，…，其他5条；": an item's own breakdown, opened by 含 right after it, to its ；.
const NESTED_OPENING = /^\s*(?:含|包含|内含|其中含)/;

/**
 * The first run of two or more parts right after a part that add up to that part exactly (its own breakdown), the list
 * being over its total by half that part or more; undefined for none. Only a part of three significant digits or more:
 * small round counts add up by chance (10 = 6 + 4).
 */
function summedIntoPart(parts: Figure[], excess: number): Figure[] | undefined {
  for (let k = 0; k + 2 < parts.length; k++) {
    if (excess < parts[k].value / 2) continue;
    // A small count may still be split by the two sides of a pair right after it ("人大意见11件，主办7件、会办4件").
    const pair = parts.slice(k + 1, k + 3);
    if (pair.length === 2 && arePartitionPair(partWords(pair[0]), partWords(pair[1])) && addsUp(parts[k], pair)) return pair;
    if (significantDigits(parts[k]) < MIN_NESTED_DIGITS) continue;
    for (let end = k + 3; end <= parts.length; end++) {
      const run = parts.slice(k + 1, end);
      if (run.every((p) => sameUnitKind(p, parts[k])) && addsUp(parts[k], run)) return run;
    }
  }
  return undefined;
}

const MIN_NESTED_DIGITS = 3;

/** The significant digits of a figure's number as written (13.68 → 4, 1200 → 2). */
function significantDigits(f: Figure): number {
  return f.number.text.replace(/[^0-9]/g, '').replace(/^0+/, '').replace(f.decimals > 0 ? /$^/ : /0+$/, '').length;
}

/** The parts that break down the part before them (opened by 含, up to the next ；), with that part. */
function nestedBreakdowns(doc: ReportDocument, parts: Figure[]): [Figure, Figure[]][] {
  const out: [Figure, Figure[]][] = [];
  let open: Figure[] | undefined;
  for (let k = 1; k < parts.length; k++) {
    const p = parts[k];
    if (open && /[；;]/.test(doc.norm.slice(parts[k - 1].span.end, p.span.start))) open = undefined;
    if (!open && NESTED_OPENING.test(p.before)) out.push([parts[k - 1], (open = [])]);
    open?.push(p);
  }
  return out;
}

// An intake of the whole year or place ("全年受理…", "全区共收到…").
const WHOLE_INTAKE = /^(?:全年|本年|全[省市县区镇]|[省市县区镇]政府)/;

/**
 * The total's listed parts: their sum must match when the list is proven complete and must not exceed the total when they
 * exclude each other. `headed`: the list is opened by a heading that says what it sorts ("工单分类：", "在各类诉求中，"),
 * as 其中 opens one, and the total is the one the heading names (or the one an enumeration before the list makes up).
 */
/**
 * "一般程序案件共办理2326件，…。其中重大案件129件，渣土类案件6690件，非现场案件40件": any part of a 其中 list above its total is
 * wrong, whether the parts overlap or not — in the list's first stretch (before a ；), of the total's measure, no count
 * over several years (累计).
 */
function partAboveTotal(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[]): Finding | undefined {
  if (!parts[0]?.subsetCue) return undefined;
  const totalWords = partWords(total);
  // Counts of the total's sentence before it: a larger one may be the whole the list breaks down ("共收到来信1860条，…，各县
  // 收到840条，其中…").
  const earlier = index.sentences[total.sentence].figures.map((id) => index.figures[id]).filter((f) => f.id < total.id && !f.percent && sameUnitKind(f, total));
  for (let k = 1; k < parts.length; k++) {
    const p = parts[k];
    if (p.sentence !== parts[0].sentence || /[；;]/.test(doc.norm.slice(parts[k - 1].span.end, p.span.start))) break;
    if (!sameUnitKind(p, total) || CUMULATIVE.test(p.before) || p.value <= total.value + total.halfUlp + p.halfUlp) continue;
    // Of the total's own noun ("渣土类案件" of 一般程序案件), not another measure ("批发业销售额" under 零售总额).
    if (!sharesTwo(partWords(p).slice(-4), totalWords) || earlier.some((f) => f.value + f.halfUlp >= p.value)) continue;
    return report(CODE, {
      message: `“其中”部分不应超过总数：${figureLabel(doc, p)}，大于总数${figureText(doc, total)}`,
      span: p.span,
      related: [{ span: total.span, message: `总数：${figureLabel(doc, total)}` }],
    });
  }
  return undefined;
}

/** Whether two words share two characters in a row. */
function sharesTwo(a: string, b: string): boolean {
  for (let k = 0; k + 2 <= a.length; k++) if (b.includes(a.slice(k, k + 2))) return true;
  return false;
}

/** A total against its parts (checkParts), else any one part above it (partAboveTotal). */
function checkTotal(doc: ReportDocument, ctx: RuleContext, total: Figure, parts: Figure[], mayAccuse: boolean, headed = false): Finding | undefined {
  return checkParts(doc, ctx, total, parts, mayAccuse, headed) ??
    (mayAccuse && isExactCount(total) ? partAboveTotal(doc, ctx.figures(), total, parts.filter(isExactCount)) : undefined);
}

function checkParts(doc: ReportDocument, ctx: RuleContext, total: Figure, parts: Figure[], mayAccuse: boolean, headed = false): Finding | undefined {
  if (isRoundedDownCount(total)) return mayAccuse ? roughTotalExceeded(doc, total, parts) : undefined;
  if (parts.length < 2 || !isExactCount(total) || parts.some((p) => !isExactCount(p))) return undefined;
  // "共发布公开文章83篇，其中通知公告53篇，招聘招录信息25篇，其余各类信息5篇": the first item of a 其中 list, with the items after
  // it, adds up to a count before it in the sentence — it is their sibling, no total of them.
  if (total.subsetCue && siblingsOfEarlier(ctx.figures(), total, parts)) return undefined;
  const counted = eachCounted(doc, parts);
  if (!counted) return undefined;
  const nested = nestedBreakdowns(doc, counted);
  // Each part broken down by 含 is the total of its own breakdown, which 含 heads.
  for (const [owner, own] of nested) {
    const finding = checkTotal(doc, ctx, owner, own, mayAccuse, true);
    if (finding) return finding;
  }
  parts = counted.filter((p) => !nested.some(([, own]) => own.includes(p)));
  // "收到申请15件，其中依法延期1件，予以公开10件，…": a request answered after an extension is also answered one of the ways listed.
  if (parts.length > 2 && DISCLOSURE_REQUEST.test(total.before) && parts.some((p) => EXTENDED_ANSWER.test(partWords(p)))) parts = parts.filter((p) => !EXTENDED_ANSWER.test(partWords(p)));
  // "财政总收入15.17亿元，其中公共财政预算收入13.68亿元；税收收入6.20亿元，非税收入7.48亿元": parts right after a part that add
  // up to it exactly break that part down, not the total — when the list is over its total by about that part (a slip
  // in a flat list is over by little: "250件，其中128件，75件，53件，3件" is no 128 broken down).
  // The list as written, the breakdown of a part in it too: whether the first two stand alone is read from it.
  const listed = parts;
  for (let unmarked = summedIntoPart(parts, sumOf(parts) - total.value); unmarked; unmarked = summedIntoPart(parts, sumOf(parts) - total.value)) {
    const nested = unmarked;
    parts = parts.filter((p) => !nested.includes(p));
  }
  if (parts.length < 2) return undefined;
  // "其中甲区300件，乙区200件；包括咨询500件、…": a list opened anew past a ； is another breakdown of the total, checked on its own
  // (and so is a 其中 list past a ； after parts without it: "一般程序案22起，简易程序案件1起；…；其中，…案2件").
  // So is one that turns, past a comma (or 、), from kinds to the topics they involve ("其中，建议19件、提案33件，涉及交通安全44件，…").
  // So does a scale of grades past a ； after parts that are none ("解决663件、未解决7件，解决率98.96%；满意614件、基本满意34件…").
  const anew = parts.findIndex((p, k) => k >= 1 && ((((p.subsetCue && !parts[0].subsetCue) || LIST_OPENS_ANEW.test(p.before) || (isGrade(p) && !isGrade(parts[0]))) && /[；;]/.test(doc.norm.slice(parts[k - 1].span.end, p.span.start))) ||
    (TOPICS_TURN.test(p.before) && !TOPICS_TURN.test(parts[0].before) && /^\s*[，,、]\s*$/.test(doc.norm.slice(parts[k - 1].span.end, p.span.start - p.before.length)))));
  if (anew > 0) return checkTotal(doc, ctx, total, parts.slice(0, anew), mayAccuse, headed) ?? checkTotal(doc, ctx, total, parts.slice(anew), mayAccuse, headed);
  // "…撤销14件，确认违法11件，责令履行3件，终止10件，直接纠错28件": the corrections counted again together close the list.
  const last = parts[parts.length - 1];
  if (parts.length > 2 && CORRECTION_GROUP.test(partWords(last)) && sumsUpRun(parts.slice(0, -1), [last])) parts = parts.slice(0, -1);
  const index = ctx.figures();
  // "共收到投诉举报2829件，其中投诉件2029件，举报件800件；12345热线转办1200件": kinds whose names run together into the
  // total's are all of it; a count past the ； after them is the next matter's.
  const pastSemicolon = parts.findIndex((p, k) => k >= 2 && /[；;]/.test(doc.norm.slice(parts[k - 1].span.end, p.span.start)));
  if (pastSemicolon > 0 && namesCategories(doc, index, total, parts.slice(0, pastSemicolon))) parts = parts.slice(0, pastSemicolon);
  // "其中咨询类4000件，求助类3000件，其他类2000件", "求助类510件、咨询类240件": the first category of a list is no total
  // of the ones after it, nor when the rest comes first ("投诉类1200件、其他400件、求助类150件") — but "行政处罚类100件，
  // 其中罚款类60件，…" breaks it down.
  // A list the text heads as the total's own ("…100条，包括：…") is its breakdown whatever their names.
  if (!headed && isCategory(total) && parts.some(isCategory) && (total.subsetCue || !parts[0].subsetCue)) return undefined;
  // Nor is the first kind of a 其中 list named by the noun of the next ("其中房建工地160个，市政工地80个，其他工地30个"), nor
  // the first kind under a sorting heading ("按纠纷类型分，婚姻家庭纠纷128件，邻里纠纷97件，…").
  // Under a sorting heading its first item is none either ("从信访层级看，到市48件，到县15件，其他21件") — unless marked whole
  // ("从行政处罚数据来看，共办结案件…件，适用简易程序…") — nor a later one worded alike from the start ("从申请事项看，不服行政处罚的
  // 48件，不服行政强制措施的15件，…").
  if (!parts[0].subsetCue && !total.totalCue && underSortHeading(doc, index, total)) return undefined;
  if (!headed && !parts[0].subsetCue && (commonSuffix([partWords(total), partWords(parts[0])]).length >= 2 || commonPrefix(partWords(total), partWords(parts[0])).length >= 2) &&
      (total.subsetCue || itemUnderSortHeading(doc, index, total))) return undefined;
  // Nor an item in the middle of a run of kinds named alike ("煤矿行业4个，金属非金属矿山行业52个，化工行业12个，…，其他行业
  // 12个"): the kind before it, named with the same noun, is its sibling, and so are those after it.
  if (!headed && !total.totalCue && !parts[0].subsetCue && commonSuffix([partWords(total), partWords(parts[0])]).length >= 2 && afterSiblingKind(doc, index, total)) return undefined;
  // Nor a kind named by a noun alone after another item of its counter ("发布通知公告26条，食品药品质量安全信息81条，产品质量
  // 抽检5条，其他信息10条"), no lead after it: one more item of the run. (A count of work, "受理28件", may head what became of it.)
  // Its own list in brackets ("调委会47个（市级7个，县级40个）") or past a ； or colon is its breakdown still.
  if (!headed && !total.totalCue && !parts[0].subsetCue && !INCLUDES_LEAD.test(parts[0].before) && parts[0].parenOwner !== total.id &&
      !/[；;：:]/.test(doc.norm.slice(total.span.end, parts[0].span.start)) && midRunKind(doc, index, total)) return undefined;
  // Nor is the first answer to requests for information a total of the answers after it ("予以公开9件，部分公开5件，不予
  // 公开5件").
  if (DISCLOSURE_ANSWER.test(partWords(total)) && DISCLOSURE_ANSWER.test(partWords(parts[0]))) return undefined;
  // Nor is the first outcome of cases a total of the outcomes after it ("胜诉40件，败诉5件，其他15件") — unless it is the
  // corrections together, broken down by 其中 ("纠错12件，其中撤销…").
  if (!parts[0].subsetCue && isOutcomeName(partWords(total)) && !CORRECTION_GROUP.test(partWords(total)) && CASE_OUTCOME.test(partWords(parts[0]))) return undefined;
  // "按内容分类：城乡建设19件、教育文体14件、其他10件、…": nor is the first item of an enumeration joined by 、 to the next.
  if (!total.totalCue && !parts[0].subsetCue && total.sentence === parts[0].sentence && doc.norm.charAt(total.span.end) === '、' && oneEnumeration(doc, parts) &&
      !listPastZero(doc, index, total, parts[0])) return undefined;
  // "在受理的30件案件中，通过窗口立案18件，邮寄立案4件，…": an item named like the next, after the count framing them, is
  // the frame's part, no total of the items after it.
  if (!total.totalCue && !parts[0].subsetCue && commonSuffix([partWords(total), partWords(parts[0])]).length >= 2 && framedBefore(index, total)) return undefined;
  // "来信登记300件，来访登记260件，网上登记190件": the first of the channels is none's total either.
  // Not the channels in brackets after the total ("新媒体发布信息2300条（官方微博1900条，微信公众号500条）"): its own.
  if (!parts[0].subsetCue && parts[0].parenOwner !== total.id && channelOf(partWords(total)) >= 0 && channelOf(partWords(parts[0])) >= 0) return undefined;
  // "办理案件1200件，其中简易程序结案500件、普通程序结案650件": the cases closed are some of those handled, each closed one
  // way — their ways of closing cannot hold more than the total, but need not add up to it.
  const closed = closedAmongHandled(total, parts);
  if (closed) return mayAccuse && sumOf(closed) > total.value + tolerance(total, closed) ? sumFinding(doc, total, closed, true) : undefined;
  // The first two split the total between them ("交办2388件，直办107件；按期回复…") when the list ends with them or
  // goes on with another breakdown of the total — not with more of the same ("直办…，转办…，其他…", "另有3件转交…",
  // "自然人45件，法人或其他组织3件，上年结转2件" adding up to the total).
  // People split in two in the sentence after two counts of people may split either ("共有调解员1200名，法律顾问300名。其中
  // 男性…，女性…").
  const split = (peopleSplit(total, parts[0], parts[1]) !== undefined && !hasRivalTotal(doc, index, total, parts)) || inForceSplit(total, parts[0], parts[1]);
  const pair = (partitionPair(doc, total, parts[0], parts[1]) || split || halvesOf(total, parts[0], parts[1])) && standsAlone(doc, index, total, listed);
  if (pair && !addsUp(total, parts.slice(0, 2))) {
    if (!mayAccuse || nearerTotal(index, total, parts) || otherTotalFits(doc, index, total, parts.slice(0, 2))) return undefined;
    // Short by two swapped digits, the pair says which number may hold them.
    const slips = slipsShortOfTotal(doc, index, total, parts.slice(0, 2));
    return slips ? slipFinding(doc, total, parts.slice(0, 2), slips) : sumFinding(doc, total, parts.slice(0, 2));
  }
  // "收到申请36520件，其中受理36400件，不予受理140件，批准36000件，不予批准300件": a part and its negation, then such a pair
  // of a later step (of those accepted, some maybe still pending): the first pair is all of the total.
  if (parts.length === 4 && deniedPair(parts[0], parts[1]) && deniedPair(parts[2], parts[3]) && APPLICATION_RECEIVED.test(total.before) &&
      commonSuffix([partWords(parts[0]), partWords(parts[2])]).length < 2) {
    return mayAccuse && !addsUp(total, parts.slice(0, 2)) ? sumFinding(doc, total, parts.slice(0, 2)) : undefined;
  }
  // Outcomes that exclude each other, to the end of the list, are one breakdown however their first ones add up (asked
  // once, when needed).
  let outcomes: boolean | undefined;
  const disjointOutcomes = () => (outcomes ??= areDisjointOutcomes(doc, index, total, parts));
  for (let k = 1; k < parts.length; k++) {
    // Some prefix of the list adds up: that is the total's breakdown; what follows belongs elsewhere, unless it is
    // another breakdown of the same total that is complete ("自然人6件，法人及其他组织1件，予以公开1件，…，不予公开1件").
    const breakdown = parts.slice(0, k + 1);
    // "收到…32件。其中，受理24件，不予受理8件，受理前协调处理4件": a part and its negation adding up to the total are all of it;
    // what follows is of something else.
    if (addsUp(total, breakdown) && (k === parts.length - 1 || sumsUpRun(breakdown, parts.slice(k + 1)) || (k === 1 && deniedPair(parts[0], parts[1])) ||
        !(disjointOutcomes() || restClosesList(doc, index, total, parts, k + 1) || namedRunGoesOn(doc, index, total, parts, k) || (headed && oneJoinedRun(doc, parts))))) {
      noteSumHeld(doc, ctx, total, breakdown);
      if (!mayAccuse) return undefined;
      return (k === parts.length - 1 ? amountsOfParts(doc, index, total, breakdown) : undefined) ?? otherBreakdown(doc, index, total, parts.slice(k + 1), parts[k]);
    }
  }
  // Decisions on the cases closed are each one closed case: above the closed count they are wrong, whatever other count
  // of the sentence they add up to ("收到申请5件，…；已审结4件，其中维持3件，撤销2件").
  const decisionsAboveClosed = () => CLOSED_TOTAL.test(total.before) && sumOf(parts) > total.value + tolerance(total, parts) && disjointOutcomes();
  if (!mayAccuse || (!headed && hasRivalTotal(doc, index, total, parts)) || (!headed && nearerTotal(index, total, parts)) ||
      (otherTotalFits(doc, index, total, parts, disjointOutcomes()) && !decisionsAboveClosed()) || sumStatedAfter(index, parts)) return undefined;
  // Past rival totals only when the list is above them all: reported against the largest.
  const shown = headed ? total : largerExceeded(index, largestCandidate(doc, index, total, parts), parts);
  // A list adding up to the larger total it is reported against is that total's ("受理…2317.6万件…；结案2117.3万件。其中，…636.4万件，
  // …1681.2万件").
  if (shown !== total && addsUp(shown, parts)) return undefined;
  // A complete list short of its total must have been read to its end: a number left unread after its last part
  // ("部门预决算2（12个单位在2个总表中公示）条") may be one more part.
  // A part and its negation ("涉及非市场监管业务…") leave no rest, whatever shares fit the total.
  const negated = parts.length === 2 && closedPair(doc, index, total, parts[0], parts[1]);
  // A line of a statistics sheet — its count, then every item of a fixed set to the line's end, those at 0 too ("刑事检察案件
  // 141件，审查逮捕41件；审查起诉99件；提请延押1件；二审上诉0件；二审抗诉0件。") — lists them all.
  const sheetLine = headsItsLine(doc, index, total, parts) && parts.some((p) => p.value === 0) && parts.length >= MIN_SHEET_ITEMS && listEnds(doc, index, total, parts[parts.length - 1]);
  if ((isExhaustive(doc, index, total, parts, headed) || sheetLine) && (negated || !sharesLeaveRest(index, ctx, total, parts)) &&
      (sumOf(parts) > total.value || (!unreadNumberAfter(doc, index, parts[parts.length - 1]) && !unreadNumberWithin(doc, index, total, parts)))) return sumFinding(doc, shown, parts);
  // "受理审查起诉6994人。经审查，起诉6285人，不起诉1218人": a procuratorate decides on the people taken in for review and
  // on those left from the period before (上期积存), seldom stated: its decisions may outnumber the intake.
  const reviewed = REVIEW_INTAKE.test(total.before);
  // Outcomes that do not overlap cannot hold more than their total, listed in full or not.
  const disjoint = !reviewed && (parts.length === 2 && (complementary(doc, index, parts[0], parts[1]) || negatedFirst(parts[0], parts[1]) || doneBesideOpen(doc, index, total, parts[0], parts[1])) || disjointOutcomes());
  if (disjoint && sumOf(parts) > shown.value + tolerance(shown, parts)) return sumFinding(doc, shown, parts);
  if (disjoint) noteSumHeld(doc, ctx, total, parts, true);
  const decided = disjoint || reviewed ? undefined : decisionsAmongEnds(doc, total, parts);
  if (decided && sumOf(decided) > shown.value + tolerance(shown, decided)) return decisionsFinding(doc, shown, decided, parts);
  // "其中，在法定期限内报送备案的100件，备案及时率51%；备案材料符合要求的144件，备案规范率73%；…": parts that each carry a
  // rate of the whole are properties the things may have together, no kinds of them.
  if (ratedProperties(index, parts)) return undefined;
  // A count right after the last part, not read as one (another counter: "…45个，移送行政拘留8起"), may be the rest.
  const slips = mayAccuse && !countAfterList(doc, index, parts[parts.length - 1]) ? slipsShortOfTotal(doc, index, total, parts) : undefined;
  if (slips) return slipFinding(doc, shown, parts, slips);
  const kinds = [caseKinds(parts), namedKinds(doc, index, total, parts), sourceKinds(doc, index, total, parts), levelKinds(doc, index, total, parts), correctionKinds(doc, index, total, parts), correctionStates(total, parts), bodiesDoingWork(doc, index, total, parts), groundsOfDecision(total, parts), socialOrganizationKinds(parts), marketEntityKinds(parts), schoolStageKinds(parts), rankKinds(parts), travellerKinds(parts), moneyKinds(parts), publishedKinds(doc, index, total, parts)]
    .reduce((a, b) => ((b?.length ?? 0) > (a?.length ?? 0) ? b : a));
  if (kinds && sumOf(kinds) > shown.value + tolerance(shown, kinds)) return sumFinding(doc, shown, kinds, true);
  // A subset cannot hold more than its total, complete or not: "权力事项800项，其中行政许可事项150项，行政处罚事项660项".
  const categories = categoryList(doc, total, parts, headed);
  if (categories && sumOf(categories) > shown.value + tolerance(shown, categories)) return sumFinding(doc, shown, categories, true);
  const named = namedBreakdown(doc, index, total, parts, MIN_NAMED_PARTS, headed) ?? shortNamedBreakdown(doc, index, total, parts, headed);
  if (named && sumOf(named) > shown.value + tolerance(shown, named)) return sumFinding(doc, shown, named, true);
  const siblings = siblingParts(doc, total, parts);
  if (siblings && sumOf(siblings) > shown.value + tolerance(shown, siblings)) return sumFinding(doc, shown, siblings, true);
  return sumOf(parts) > shown.value + tolerance(shown, parts) && fillsAside(doc, index, total, parts) ? sumFinding(doc, shown, parts, true) : undefined;
}

// An amount stated against an earlier one: "比上年预算数加", "较上年多".
const COMPARED_AMOUNT = /(?:比|较)[\u4e00-\u9fff]{0,8}(?:加|减|多|少|增|降)[\u4e00-\u9fff]?\s*$/;

// Where an item of a list was put out, before the 累计/共 of its own count: "在各类主流媒体累计发布…", "通过微信公众号等平台共发布…".
const CHANNEL_THEN_TOTAL = new RegExp(`^\\s*[，,；;]?\\s*(?:在|通过)[^，,；;。]{2,16}?(?:${TOTAL_CUE.source})`);

/**
 * "其中在门户网站发布公示公告17条，在各类主流媒体累计发布新闻信息报道298条，…": in a 其中 list, an item that names where it was
 * put out before its 累计 is one more part — not a subtotal of the parts before it, which it would equal.
 */
function cumulativeThroughChannel(parts: Figure[], f: Figure): boolean {
  return parts.length > 0 && parts[0].subsetCue && CHANNEL_THEN_TOTAL.test(f.before) && Math.abs(f.value - sumOf(parts)) > f.halfUlp;
}

/** The total closes its sentence, but for its own change after it ("…贷款余额140.92亿元，增长18.76%。"). */
function closesWithChange(index: FigureIndex, total: Figure): boolean {
  // ("…预算数为251.82万元，比上年预算数加23.47万元，…增长10.27%。": an amount against last year is no total.)
  if (COMPARED_AMOUNT.test(total.before)) return false;
  const after = mainFigures(index.sentences[total.sentence]).filter((f) => f.id > total.id);
  return after.length <= MAX_TRAILING_CHANGES && after.every((f) => f.change);
}

/** The total and its parts together add up to a count stated before the total in its sentence. */
function siblingsOfEarlier(index: FigureIndex, total: Figure, parts: Figure[]): boolean {
  const items = [total, ...parts];
  return mainFigures(index.sentences[total.sentence]).some((g) => g.id < total.id && isExactCount(g) && sameUnitKind(g, total) && addsUp(g, items));
}

/**
 * "主动公开信息2446条，其中政务动态1215条，政府信息公开类1129条，概况类信息62条": a 其中 list short of its total by less than a
 * tenth, where the gap is exactly one slip of the keys in one of the numbers as written — one digit off (1215 for 1255) or
 * two neighbours swapped (2605 for 2650) — short by what a typo makes, not by a rest left out; up to half the total, two
 * swapped digits only (283 for 238). A gap in the last written
 * digit is no evidence (any small rest is one), nor is a list of properties (涉…, states of handling, ratings), one
 * closed by 等, or one whose items carry shares of the total (they would say the rest is there).
 * The numbers the slip may be in, each with the value that makes the list add up; undefined when none.
 */
function slipsShortOfTotal(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[]): { figure: Figure; value: number }[] | undefined {
  const gap = total.value - sumOf(parts);
  const last = parts[parts.length - 1];
  if (!(parts[0].subsetCue || INCLUDES_LEAD.test(parts[0].before) || opensSubset(doc, index, total, parts[0])) || gap <= 0 || gap > total.value * MAX_SWAP_GAP || parts.some((p) => !sameUnitKind(p, total))) return undefined;
  // Past a tenth of the total only two swapped digits are held: a rest left out is seldom exactly what a swap makes.
  const wide = gap > total.value * MAX_DIGIT_GAP;
  if (ET_CETERA.test(last.after) || !listEnds(doc, index, total, last) || unreadNumberAfter(doc, index, last)) return undefined;
  const metric = workOf(total);
  const stated = (p: Figure, k: number) => HANDLING_STATE.test(partWords(p)) && !cumulativeThroughChannel(parts.slice(0, k), p);
  if (parts.some((p, k) => { const w = partWords(p); return INVOLVES.test(w) || RATING.test(w) || stated(p, k) || taggedAcross(w, metric); })) return undefined;
  // "300件，涉及企业160个，其中工业企业100个，商业企业50个": numbers all round where the gap is (tens here) may leave a rest
  // of that roundness as well as a slip.
  const numbers = [total, ...parts];
  const place = lowestDigitPlace(gap);
  if (place > Math.min(...numbers.map(ulpOf)) && numbers.every((f) => isMultipleOf(f.value, place))) return undefined;
  // A gap of one round step (40, 300) or in the last digit (6) is one changed digit — or a rest such as a two-item list
  // leaves out ("受理98件，不予受理12件" of 120): held only against three parts or more, whose lists are all seldom short by
  // so little. Two swapped digits leave a gap no rest is likely to (27, 180).
  // Levels or bodies ("省转办…，市本级…，各县…") may leave one out: a gap in the last digit is no slip there.
  const fewParts = parts.length < MIN_PARTS_FOR_DIGIT_GAP;
  const levels = parts.filter((p) => LEVEL_LEAD.test(partWords(p))).length >= MIN_LEVELS;
  const slips = numbers.flatMap((f) => {
    const value = f === total ? f.value - gap : f.value + gap;
    const slip = oneSlipAway(f, value);
    const held = slip && (fewParts ? (slip.kind === 'swap' || (!wide && slip.highDigit)) && !slip.lastDigits : wide ? slip.kind === 'swap' : !(slip.lastDigits && levels));
    return held ? [{ figure: f, value }] : [];
  });
  return slips.length && !sharesPartOfTotal(index, total, parts) ? slips : undefined;
}

/** The place value of the lowest digit that is not 0 (40 → 10, 27 → 1, 300000 → 100000; 0.3 → 0.1). */
function lowestDigitPlace(value: number): number {
  let place = 10 ** Math.floor(Math.log10(value));
  while (place > 1e-6 && !isMultipleOf(value, place)) place /= 10;
  return place;
}

const isMultipleOf = (value: number, place: number) => Math.abs(value / place - Math.round(value / place)) < 1e-6;
// The value of one unit of the last digit as written (411 → 1, 3.7亿 → 1e7).
const ulpOf = (f: Figure) => f.number.multiplier * 10 ** -f.decimals;

const MIN_PARTS_FOR_DIGIT_GAP = 3;
// The widest gap, as a share of the total, held as one changed digit; as two swapped ones.
const MAX_DIGIT_GAP = 0.1;
const MAX_SWAP_GAP = 0.5;
const MAX_SLIP_READINGS = 4;
// A part named by the level or body that counted it ("省转办…", "市本级登记…", "各县…", "乡镇…").
// A list of levels names two of them or more ("街道会议及会议解读" alone among kinds of information is no level).
const MIN_LEVELS = 2;
const LEVEL_LEAD = /^(?:各|全|省|[市县区](?:本级|直|级)|乡镇|镇街|街道|[市县区]政府)/;
// Fewer steps of the last written digit than this: a slip in the last digit (or the last two swapped).
const LAST_DIGIT_STEPS = 10;
// A changed digit this many steps of the last written one or more (the hundreds of 3490): a rest left out of a two-item
// list is seldom one digit there with nothing below it.
const HIGH_DIGIT_STEPS = 100;

/**
 * Whether `value`, written in f's scale and decimals, is f's numeral with one digit changed or two neighbours swapped, and
 * whether that is in the last digit (or the last two): undefined for neither.
 */
function oneSlipAway(f: Figure, value: number): { kind: 'digit' | 'swap'; lastDigits: boolean; highDigit: boolean } | undefined {
  const steps = Math.abs((value - f.value) / ulpOf(f));
  if (Math.abs(steps - Math.round(steps)) > 1e-6 || steps < 1) return undefined;
  const was = (f.value / f.number.multiplier).toFixed(f.decimals);
  const now = (value / f.number.multiplier).toFixed(f.decimals);
  if (value <= 0 || was.length !== now.length) return undefined;
  const differ: number[] = [];
  for (let k = 0; k < was.length; k++) if (was[k] !== now[k]) differ.push(k);
  const lastDigits = steps < LAST_DIGIT_STEPS || (differ.length === 2 && differ[1] === was.length - 1);
  if (differ.length === 1) return { kind: 'digit', lastDigits, highDigit: steps >= HIGH_DIGIT_STEPS };
  return differ.length === 2 && differ[1] === differ[0] + 1 && was[differ[0]] === now[differ[1]] && was[differ[1]] === now[differ[0]] ? { kind: 'swap', lastDigits, highDigit: false } : undefined;
}

/** A part followed by its share of the total (占…N%): the writer counted the parts against it, rest and all. */
function sharesPartOfTotal(index: FigureIndex, total: Figure, parts: Figure[]): boolean {
  return parts.some((p) => {
    const next = index.figures[p.id + 1];
    return !!next?.percent && !next.change && next.sentence === p.sentence && !parts.includes(next) && next.id !== total.id;
  });
}

/** A list short of its total by a typo's gap: the arithmetic, and a fix per number the slip may be in. */
function slipFinding(doc: ReportDocument, total: Figure, parts: Figure[], slips: { figure: Figure; value: number }[]): Finding {
  const { sum, decimals, terms, sumText, scale, unit } = sumArithmetic(total, parts);
  const gap = `${show((total.value - sum) / unit, decimals)}${scale}`;
  const written = (f: Figure, value: number) => `${numeralFor(f, value)}${doc.text.slice(f.numeralSpan.end, f.span.end)}`;
  // Each reading once ("2条应为4条" for three parts of 2), the first few only.
  const readings = [...new Set(slips.map(({ figure, value }) => `${figureText(doc, figure)}应为${written(figure, value)}`))];
  const candidates = readings.slice(0, MAX_SLIP_READINGS).join('或') + (readings.length > MAX_SLIP_READINGS ? '等' : '');
  return report(CODE, {
    // Two parts may leave out a rest that happens to be one digit's worth: a warning, not an error.
    severity: parts.length < MIN_PARTS_FOR_DIGIT_GAP ? 'warning' : undefined,
    message: `分项之和与总数不符：${terms}=${sumText}${scale}，比总数${figureText(doc, total)}少${gap}；差额恰是一处数字笔误（${candidates}），请核对`,
    span: total.span,
    fixes: slips.map(({ figure, value }) => ({
      kind: 'choice' as const,
      title: `将${figureText(doc, figure)}改为${written(figure, value)}（${figure === total ? '总数取分项之和' : '分项之和等于总数'}）`,
      edits: [{ span: figure.numeralSpan, newText: numeralFor(figure, value) }],
    })),
    related: parts.map((p) => ({ span: p.span, message: `部分：${figureLabel(doc, p)}` })),
  });
}

/** Two or more of the parts are followed right away by a rate (…率N%) in their sentence. */
function ratedProperties(index: FigureIndex, parts: Figure[]): boolean {
  let rated = 0;
  for (const p of parts) {
    const next = index.figures[p.id + 1];
    if (next?.percent && next.sentence === p.sentence && RATE_BEFORE.test(next.before)) rated++;
  }
  return rated >= 2;
}

const RATE_BEFORE = /率(?:为|达到?|是)?\s*$/;

/**
 * "完成120家社会组织的清理，其中撤销登记40家，注销登记55家，限期整改30家": three or more parts of one enumeration after
 * 其中, inside their total's sentence, name parts of that total, each counted once — listed in full or not, they cannot
 * hold more than it. Not when a part may hold some of the others or be of two kinds at once: people (one person may be in
 * two groups), groups of people a case is for, bodies or levels, tags or involved matters that cut across the others
 * ("重大案件", "涉及劳动报酬"), ratings, states of handling ("已处理…"), stages the same matters pass in turn ("交办…，
 * 督办…"), a channel beside parts named otherwise, a part that repeats another's words with more ("办结", "按期办结"), categories beside things of another
 * naming ("行政处罚类…，发出建议书…"), or a noun the first two share that a later part lacks ("县政府规范性文件…，部门规范性
 * 文件…，撤销违法文件…"). Nor a list with a breakdown of its own inside (其中/内有 after a part). The list, else undefined.
 */
function siblingParts(doc: ReportDocument, total: Figure, parts: Figure[]): Figure[] | undefined {
  if (parts.length < MIN_SIBLINGS || !parts[0].subsetCue || PEOPLE.includes(total.unit)) return undefined;
  if (parts.some((p, k) => p.sentence !== total.sentence || (p.unit !== total.unit && !documentCounterSlip(total, p, parts[k + 1])) || p.value >= total.value)) return undefined;
  if (parts.slice(1).some((p) => p.subsetCue || NESTED_LIST.test(p.before))) return undefined;
  const joins = new Set(parts.slice(0, -1).map((p) => joinAfter(doc, p)));
  if (joins.size !== 1) return undefined;
  const words = parts.map((p) => partWords(p).replace(SUBSET_OPENING, '').trim());
  const metric = workOf(total);
  // (已 is cleaned off a part's words: "已处置948件" is read in full for the state it names.)
  if (words.some((w, k) => w.length < MIN_SIBLING_NAME || RATING.test(w) || INVOLVES.test(w) || HANDLING_STATE.test(w) || HANDLING_STATE.test(parts[k].before.trim()) || PEOPLE_GROUPS.test(w) ||
      BODY_OR_LEVEL.test(w) || tagsOthers(w, parts, metric))) return undefined;
  // Two different stages, or a channel beside parts named otherwise ("即办件…，承诺件…，网上办理…": a way of handling
  // beside types of item).
  const channels = words.filter((w) => CHANNEL.test(w)).length;
  if (mixesPlaceAndKind(words) || new Set(words.flatMap((w) => w.match(HANDLING_STAGE) ?? [])).size > 1 || (channels > 0 && channels < words.length)) return undefined;
  if (new Set(parts.map(isCategory)).size > 1) return undefined;
  const noun = commonSuffix(words.slice(0, 2));
  if (noun.length >= MIN_SIBLING_NAME && !HANDLING_WORD.test(noun) && words.some((w) => !w.endsWith(noun))) return undefined;
  return words.some((w, i) => words.some((other, j) => i !== j && other.includes(w))) ? undefined : parts;
}

// A breakdown of one part inside the list ("…20条，内有领导介绍10条").
const NESTED_LIST = /内有|其中|包括/;
// How some of the things were rated or found ("有效回访…，表示满意的…", "好评…，差评…"): a breakdown of another part, maybe.
// The grades (lexicon's GRADE_WORDS) are the rating words here and the graded lists below; a satisfaction scale grades as a
// quality scale does ("满意…，基本满意…，不满意…").
// (一般 is a grade alone, not in a kind's name: "一般投诉类" beside "行政效能投诉类".)
const RATING = new RegExp([...GRADE_WORDS.filter((w) => w !== '一般'), '满意', '一般(?![\u4e00-\u9fff]{2})', '有效', '无效', '称职', '[好中差]评'].join('|'));
// Two parts may sort their total by two properties ("其中即办件…，网上办理…"); three or more siblings sort it by one.
const MIN_SIBLINGS = 3;
// A part named by fewer characters than this ("另1件") is no sibling whose name can be compared with the others'.
const MIN_SIBLING_NAME = 2;

// Counters of items or rounds of them (no people, money or measures): what a kind in a list of things may be counted in.
const ITEM_COUNTERS: ReadonlySet<string> = new Set(['件', '条', '项', '个', '篇', '份', '期', '场', '次', '批', '起', '宗']);

/**
 * "发布政府信息79603条，其中：会议信息220条，政策文件3302件，意见征集799件，建议提案2768件，其他信息72514条": in a 其中 list of
 * information published, items counted in another counter of documents (or of rounds: "征集调查11期"), one clause each, up to the rest (其他…) in the
 * list's own counter: kinds of the list, their counter the writer's choice for each kind. At most MAX_ODD_RUN of them.
 */
function oddRunToRest(doc: ReportDocument, index: FigureIndex, total: Figure, first: Figure, prev: Figure, f: Figure): boolean {
  if (!first.subsetCue || f.unit === first.unit || !PUBLISHED.test(total.before) || !ODD_RUN_COUNTERS.includes(f.unit) || !DOCUMENT_COUNTERS.includes(first.unit) ||
      f.sentence !== first.sentence) return false;
  const figures = mainFigures(index.sentences[f.sentence]);
  let before = prev;
  for (let k = figures.indexOf(f), run = 0; k >= 0 && k < figures.length; k++) {
    const g = figures[k];
    if (g.id <= prev.id) continue;
    if (!g.lone || g.percent || !ONE_CLAUSE_BETWEEN.test(doc.norm.slice(before.span.end, g.span.start - g.before.length))) return false;
    if (g.unit === first.unit) return REMAINDER.test(partWords(g));
    if (!ODD_RUN_COUNTERS.includes(g.unit) || ++run > MAX_ODD_RUN) return false;
    before = g;
  }
  return false;
}

const ONE_CLAUSE_BETWEEN = /^\s*[，,、]\s*$/;
const MAX_ODD_RUN = 4;
// Such items may also count the rounds of what was published ("征集调查11期", "在线访谈2期", "新闻发布会3场").
const ODD_RUN_COUNTERS: readonly string[] = [...DOCUMENT_COUNTERS, '期', '场'];

/** A later count of f's sentence in `unit` names the rest (其他…): the list f stands in is closed by it. */
function restClosesSentence(index: FigureIndex, f: Figure, unit: string): boolean {
  return mainFigures(index.sentences[f.sentence]).some((g) => g.id > f.id && g.unit === unit && REMAINDER.test(partWords(g)));
}

// A count of the corrections together (直接纠错, 纠正).
const CORRECTION_GROUP = /纠错|纠正/;

/**
 * "…，撤销14件，确认违法11件，责令履行3件，终止10件，直接纠错28件": the one count after a breakdown that adds up is the sum of
 * a run of its parts (14+11+3) — a subtotal of them, no further part.
 */
function sumsUpRun(breakdown: Figure[], rest: Figure[]): boolean {
  if (rest.length !== 1) return false;
  const target = rest[0];
  for (let i = 0; i < breakdown.length; i++) {
    let sum = 0;
    for (let j = i; j < breakdown.length; j++) {
      sum += breakdown[j].value;
      if (j > i && addsUp(target, breakdown.slice(i, j + 1))) return true;
      if (sum > target.value + target.halfUlp) break;
    }
  }
  return false;
}

/**
 * "其中，予以公开2件，…，本机关不掌握2件，其他1件": the list's parts past the first k end with the rest (其他/其余), closing
 * the list in the same sentence joined as its first parts are — the rest of the same list, not another breakdown, whatever
 * the parts before it add up to.
 */
function restClosesList(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[], k: number): boolean {
  // "…行政强制15项，行政规划2项，行政确认1项，其他8项": more kinds before the rest, joined to it as the parts before them
  // are, are the same list (the prefix's last join: an aside may follow its first part).
  const last = parts[parts.length - 1];
  if (k < 2 || k >= parts.length || !REMAINDER.test(partWords(last))) return false;
  for (let j = k; j < parts.length; j++) {
    const p = parts[j];
    if (p.sentence !== parts[k - 1].sentence || p.subsetCue || (p !== last && REMAINDER.test(partWords(p))) || joinAfter(doc, parts[j - 1]) !== joinAfter(doc, parts[k - 2])) return false;
  }
  return opensSubset(doc, index, total, parts[0]) && listEnds(doc, index, total, last);
}

/**
 * "其中部门工作50条、政策文件3条、财务公开2条、信息年报1条" under 55条: the first k+1 parts add up, but the named run of four
 * parts or more (or of kinds of cases) goes on past them in one enumeration (one sentence, one mark joining every item) — a prefix adding up
 * is then a coincidence, not the breakdown, and the run as a whole may not exceed its total.
 */
function namedRunGoesOn(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[], k: number): boolean {
  // "其中自然人6件，法人及其他组织1件，予以公开1件，…": a pair that splits the total by definition adding up is no coincidence.
  if (k === 1 && partitionPair(doc, total, parts[0], parts[1])) return false;
  // Kinds of cases ("刑事213件、民事22件、行政1件") are a named run as well.
  const run = namedBreakdown(doc, index, total, parts, MIN_NAMED_PARTS) ?? caseKinds(parts);
  if (!run || run.length <= k + 1 || run.some((p) => p.sentence !== run[0].sentence)) return false;
  // "…；小程序4160件；收到感谢信31件": an item doing something past names that do nothing is another matter.
  if (HANDLING_WORD.test(partWords(run[k + 1])) && !run.slice(0, k + 1).some((p) => HANDLING_WORD.test(partWords(p)))) return false;
  const joins = new Set(run.slice(0, -1).map((p) => joinAfter(doc, p)));
  return joins.size === 1 && /[、，,；;]/.test([...joins][0]);
}

/**
 * A list the text heads as the total's ("收到的行政复议申请中，行政处罚8件，行政确认12件，行政征收9件，行政强制措施3件，信息公开2件")
 * in one sentence, one mark joining every item: a prefix adding up is a coincidence, the whole run its breakdown.
 */
function oneJoinedRun(doc: ReportDocument, parts: Figure[]): boolean {
  if (parts.some((p) => p.sentence !== parts[0].sentence || p.inParens)) return false;
  const joins = new Set(parts.slice(0, -1).map((p) => joinAfter(doc, p)));
  return joins.size === 1 && /[、，,；;]/.test([...joins][0]);
}

// Words adding one more thing after a list ("另向…报送…").
const ADDED_ITEM = /^(?:另|还有|此外)/;
// What an item takes in, in brackets after its name ("政务动态（含公示）").
const CONTENT_ASIDE = /[（(]含[^（）()0-9０-９]{1,20}[）)]/g;
// Items of information and messages are counted in 条.
const TOPIC_COUNTER = '条';

// A breakdown that names this many parts or more, each by a name of its own, sorts its total by one property: two or
// three parts may sort it by two ("其中电话回访满意…，网上办理…"), a long enumeration does not.
const MIN_NAMED_PARTS = 4;
// Two or three parts are checked only when each is a bare noun phrase: a handling, closing or answering verb, a state
// or a rating anywhere in one ("其中办结…，按期办结…", "回访满意…") may make it a step or a second property of the others.
const MIN_SHORT_PARTS = 2;
// Things sorted by kind are counted in these (家: bodies and firms by type; 本, 册: books by title; 卷: case files by kind or
// grade); events (次, 场, 人次) are as often sorted by when or how they took place ("夜间检查" beside "食品安全领域").
const SHORT_LIST_UNITS = ['件', '条', '项', '个', '份', '起', '宗', '家', '本', '册', '卷'];
const HANDLING_WORD = /办|结|答复|回复|回访|满意|评|处理|受理|转|督|化解|调处|调解|解决|反馈|核实|查处|移送|立案|采纳|接听|接到|收到|登记|审|纠|撤销|撤消|维持|驳回|变更|确认|终止|责令|发出|开展|组织|举办|召开|发放|制发|出具|作出|提出|完成/;
// Bodies at different levels, or all of them, may hold one another ("市本级" and "市政府部门", "各县区" and "城关区").
const BODY_OR_LEVEL = /^(?:各|全)|本级|[省市县区镇]级|部门|单位|县区|[市区县]直|乡镇|镇街|街道/;
// "民办学校办学许可、变更及注销等": a kind named by examples of it, the actions listed before 等, no step of the work.
const EXAMPLES_OF_KIND = /[、及和与][\u4e00-\u9fff]{2,8}等$/;
// "…、重大决策预公开等信息公开目录信息": the last of names listed before 等, no tag of the item.
const NAMES_WITH_ET_CETERA = /[\u4e00-\u9fff]{2}等[\u4e00-\u9fff]{2}/;
// Among items of information a body's or level's word before what it publishes names a topic ("部门动态", "乡镇动态"), no body.
const BODY_TOPIC = /(?:部门|单位|乡镇|镇街|街道)(?=(?:动态|文件|预决算|预算|决算)$)/;
// What a case involves ("涉及劳动报酬的…件", "涉企类"): one case may involve several such matters, so the parts may overlap.
const INVOLVES = /^涉/;
// What was done with some of the things counted, or is still open ("已处理474件", "正在办理12件"): a state, no name.
// (Not 未 of 未成年人.)
const HANDLING_STATE = new RegExp(`^(?:已|未(?!成年)|尚未|正在|现已|均已)|${OPENS_TOTAL.source}|${CLOSED.source}`);

/**
 * A tag or manner (CROSSCUTTING) before what another part names too ("重大案件" beside "刑事案件", "专项检查" beside "日常
 * 检查"), or before nothing: the part may hold some of the others. Before a topic of its own ("重点工作" among 年报, 社会救助…)
 * it is a name.
 */
function tagsOthers(words: string, parts: Figure[], metric: string): boolean {
  const tag = CROSSCUTTING.exec(words);
  if (!tag || tagNamesClass(words, tag[0].length)) return false;
  // The ending shared with the total names the work every part does, no thing the tag may share ("重大决策审核" beside
  // "行政协议审核" under "合法性审核"; "重大案件" beside "刑事案件" under "办理案件" still may).
  const rest = withoutEnding(words.slice(tag[0].length), metric);
  if (rest.length < 2) return true;
  // "重大政策措施审计" beside "财政预算审计": a domain of its own between the tag and the ending the parts share is the name of
  // a kind ("重大案件" beside "刑事案件" has none: 重大 tags cases of any kind).
  const shared = commonSuffix(parts.map(partWords));
  if (shared.length >= 2 && rest.endsWith(shared) && rest.length - shared.length >= MIN_TAGGED_DOMAIN) return false;
  for (const q of parts) {
    const other = partWords(q);
    if (other !== words && withoutEnding(other, metric).endsWith(rest.slice(-2))) return true;
  }
  return false;
}

// The fewest characters of a domain named after a tag that make it a kind's name ("政策措施"; not "领域").
const MIN_TAGGED_DOMAIN = 4;

/**
 * A tag naming a way of working followed by nothing but the noun (two characters or more) it shares with `metric`
 * ("双随机信息" under "工作信息"): what the items are about. Not a rating or catch-all ("重点信息", "综合信息"): it may
 * label items of the other kinds too.
 */
function tagsOnlyNoun(words: string, metric: string): boolean {
  const tag = CROSSCUTTING.exec(words);
  const noun = tag ? words.slice(tag[0].length) : '';
  return !!tag && !RATING_TAG.test(tag[0]) && noun.length >= 2 && metric.endsWith(noun);
}

/**
 * Words opening with a tag several kinds may share ("重点…", "网上可办…"), not the name of a class that opens so ("综合管理类
 * 信息") nor a tag before a domain of its own, the ending shared with `metric` aside ("重大民生及公益事业建设信息" under
 * "发布各类信息"; not "综合门诊部", "重点工作信息").
 */
function taggedAcross(words: string, metric: string): boolean {
  const tag = CROSSCUTTING.exec(words);
  return !!tag && !tagNamesClass(words, tag[0].length) && withoutEnding(words.slice(tag[0].length), metric).length < MIN_TAGGED_DOMAIN;
}

// Tags that rate or gather things of any kind.
const RATING_TAG = /^(?:重大|疑难|典型|重点|综合)$/;

/** The words name a class ("综合管理类信息") whose name only opens with a tag word of `tagLength` characters. */
function tagNamesClass(words: string, tagLength: number): boolean {
  if (TAGGED_CLASS_NAME.test(words)) return true;
  const at = words.lastIndexOf('类');
  return at >= 0 && CATEGORY_NOUN.test(words) && at - tagLength >= MIN_CLASS_NAME;
}

// Classes named with a tag word by custom: 重点领域信息(公开) is a heading of every disclosure report, no tag on other items.
const TAGGED_CLASS_NAME = /^重点领域(?:信息(?:公开)?)?$|^重点领域信息/;

// Characters past a tag word that make the name of a class of its own ("综合管理类": 管理).
const MIN_CLASS_NAME = 2;

/** `words` without the ending it shares with `metric` ("决策审核" beside "开展合法性审核" → "决策"). */
function withoutEnding(words: string, metric: string): string {
  return words.slice(0, words.length - commonSuffix([words, metric]).length);
}

// A total of all kinds of a thing ("发布各类信息…"): the named items right after it are those kinds.
const ALL_KINDS = /各[类种]([\u4e00-\u9fff]{1,12})$/;

/** The total counts all kinds of what it names: 各类 right before its noun, not before the body that did the counting
 * ("各类调解组织共受理纠纷869件"). */
function countsAllKinds(total: Figure): boolean {
  const noun = ALL_KINDS.exec(total.before.trim())?.[1];
  return !!noun && !noun.includes('共') && verbOf(noun) === undefined;
}

/**
 * "主动公开信息80条。其中年度报告1条、机构概况3条、医疗救助15条、财政预决算2条、重点工作4条…": the longest run of four parts or
 * more of a list opened by 其中/具体为/包括 (or in brackets, or under a heading naming the total, or right after a total of
 * 各类: "发布各类土地供应信息326条，年度供地计划1条，出让公告148条，…"), each named by words of its own — none a tag or manner
 * several parts may share, a step or state of handling, a group of people (one person is in several), a part of
 * another, another period or a change, a whole of its own ("总产量") — counted like the first, not in people. Listed in
 * full or not, such a breakdown cannot add up to more than its total.
 */
function namedBreakdown(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[], minParts: number, headed = false): Figure[] | undefined {
  const first = parts[0];
  if (parts.length < minParts || PEOPLE.includes(first.unit) || !(first.inParens || headed || opensSubset(doc, index, total, first) || (countsAllKinds(total) && first.sentence === total.sentence))) return undefined;
  const seen: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    const words = partWords(p).replace(SUBSET_OPENING, '').trim();
    // "政务动态（含公示）": an aside saying what the item takes in is part of its name, not a part of another item.
    // "处罚强制信息": among items of information (条) a step of a case is a topic.
    // "双随机信息" among items of information: the tag before nothing but the total's noun names what they are about.
    const topic = p.unit === TOPIC_COUNTER && tagsOnlyNoun(words, workOf(total));
    if (words.length < 2 || (k > 0 && p.subsetCue) || !countedAlike(total, parts, k) || NOT_A_KIND.test(words.replace(CONTENT_ASIDE, '')) || INVOLVES.test(words) || (tagsOthers(words, parts, workOf(total)) && !topic) ||
        // A step or a state the total's own words name ("配套措施和移送涉嫌犯罪案件数量共计…") is one of its kinds.
        (!namedByTotal(words, total) && ((CASE_STEPS.test(words) && p.unit !== TOPIC_COUNTER) || HANDLING_STATE.test(words) || HANDLING_STATE.test(p.before.trim()))) ||
        (PEOPLE_GROUPS.test(words) && !SERVING_BODY.test(words)) || WHOLE_NOUN.test(words) ||
        seen.some((w) => w.includes(words) || words.includes(w)) || (k > 0 && (outsideTotalsClass(total, words, seen) || SETTLED_BEFORE.test(words) || UMBRELLA_KIND.test(seen[0] ?? ''))) ||
        otherAmount(words, total)) break;
    // "其中：小麦产量6.1万吨，增长1.0%；蔬菜总产量50.2万吨": past a ；, a count above the total goes on with the list the
    // total is in.
    if (k > 0 && p.value > total.value && /[；;]/.test(doc.norm.slice(parts[k - 1].span.end, p.span.start))) break;
    // "…、统计年鉴2条；另向某平台报送信息3条": one more thing past a ； where the items were joined by 、 is no item.
    if (k >= 2 && ADDED_ITEM.test(words) && doc.norm.charAt(parts[k - 1].span.end) !== doc.norm.charAt(parts[0].span.end)) break;
    seen.push(words);
  }
  // "其中线上办理75.97万件，占比47.5%；延时错时办理7469件，“一次不跑”办件量90.72万件…": a first part stated with its share
  // and closed by a ； the next parts (without shares) do not share is a statement of its own, no item of their list.
  if (seen.length >= 2 && hasOwnShare(index, parts[0]) && !hasOwnShare(index, parts[1]) && /[；;]/.test(doc.norm.slice(parts[0].span.end, parts[1].span.start))) return undefined;
  return seen.length >= minParts ? parts.slice(0, seen.length) : undefined;
}

// The kind of amount a sum of money names ("社会消费品零售总额" → 零售, "批发业销售额为" → 销售, "住宿业营业额" → 营业).
// ("本外币各项存款余额" → 存款, "本外币贷款余额" → 贷款: a loan balance is no part of the deposits.)
const AMOUNT_NOUN = /([\u4e00-\u9fff]{2})(?:总|余)?额(?:为|达|是)?\s*$/;

/** "零售总额67.6亿元，其中限额以上零售额4.0亿元，批发业销售额103.8亿元": an amount of another kind (sales, turnover) is no part of it. */
// A kind that takes in others listed beside it ("民生支出" holds 卫生健康支出, 教育支出): the list after it may overlap it.
const UMBRELLA_KIND = /^民生/;

function otherAmount(words: string, total: Figure): boolean {
  const own = AMOUNT_NOUN.exec(words)?.[1];
  const whole = AMOUNT_NOUN.exec(total.before)?.[1];
  return !!own && !!whole && own !== whole;
}

// The fewest characters of an item's words the total's own words must hold to name it.
const MIN_NAMED_BY_TOTAL = 4;

// A body named for the people it serves ("复退军人精神病院", "儿童福利院", "老年服务中心"): one body, no group of people.
const SERVING_BODY = /(?:院|中心|机构|站|所|学校|医院)$/;

/** The total's words name the item: "…配套措施和移送涉嫌犯罪案件数量共计48件" names 移送涉嫌犯罪案件. */
function namedByTotal(words: string, total: Figure): boolean {
  return words.length >= MIN_NAMED_BY_TOTAL && total.before.includes(words);
}

/**
 * "主动公开信息500条，其中工作动态320条，通知公告类110条，人事信息90条": a named breakdown of two or three parts, in
 * the total's sentence, counted in its very measure word and each below it, each a bare noun phrase (no handling verb,
 * state or rating, no channel or tag: either beside a topic sorts by a second property), the list ending with them. The
 * total is no part of an outer 其中 list (the parts might then be the outer total's).
 */
function shortNamedBreakdown(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[], headed: boolean): Figure[] | undefined {
  if (opensList(total) || !SHORT_LIST_UNITS.includes(total.unit)) return undefined;
  const run = namedBreakdown(doc, index, total, parts, MIN_SHORT_PARTS, headed);
  if (!run || run.length >= MIN_NAMED_PARTS) return undefined;
  // "…公平竞争审查860件，审查率达100%。其中，政策措施审查12件，…": a 其中 sentence right after the total's is its list
  // (a rival count in the total's sentence was ruled out before).
  // So is a list a heading names the total of ("在立案提案中，委员提案…，集体提案…").
  const ownSentence = run[0].sentence === total.sentence || headed || ledList(doc, index, total, run[0]);
  const metric = workOf(total);
  // "作出行政许可决定1547项，其中教师资格证认定1510件，…37件": the items all in one counter the total's words swap for another
  // of the same things.
  const counterSwapped = INTERCHANGEABLE_COUNTERS.includes(total.unit) && run.every((p) => p.unit === run[0].unit && INTERCHANGEABLE_COUNTERS.includes(p.unit));
  for (const p of run) {
    // What an item takes in, in brackets ("通知公告类（含公示公告和不动产登记公告）"), is no verb of the item.
    const words = partWords(p).replace(SUBSET_OPENING, '').replace(CONTENT_ASIDE, '').trim();
    // The total's own verb in a part that ends as the total does names a kind of the same work ("合法性审核…，其中行政协议
    // 审核…"), no step after it; one that goes on past it ("审核通过") says how the work ended, and kinds of the work under
    // a count of things ("审查规范性文件…，其中合法性审查…，公平竞争审查…") may be done to one thing twice.
    const own = commonSuffix([words, metric]).length >= 2 ? outsideOf(words, metric) : words;
    if (!ownSentence || p.sentence !== run[0].sentence || (p.unit !== total.unit && !counterSwapped) || p.value >= total.value || (HANDLING_WORD.test(own) && !EXAMPLES_OF_KIND.test(words)) ||
        CHANNEL.test(words) || (CROSSCUTTING.test(words) && !kindOfWork(words, metric) && !NAMES_WITH_ET_CETERA.test(words)) ||
        BODY_OR_LEVEL.test(p.unit === TOPIC_COUNTER ? words.replace(BODY_TOPIC, '') : words)) return undefined;
  }
  if (mixesPlaceAndKind(run.map((p) => partWords(p).replace(SUBSET_OPENING, '').trim()))) return undefined;
  // "工作类信息15条，其中镇街动态5条；政策文件类信息6条": parts past a ； stronger than what ties the list to its total are
  // of the list the total is in — not when a sentence of its own opens the list, nor when the total is marked whole
  // ("共录入案件284件，其中行政检查256件；行政处罚案件28件").
  const last = run[run.length - 1];
  // (Not when the total frames what follows: "完成的114项交易项目中，工程建设项目52项，…；土地…交易项目26项".)
  if (!total.totalCue && !FRAME_AFTER.test(total.after) && !/[：:；;。]/.test(doc.norm.slice(total.span.end, run[0].span.start)) && /[；;]/.test(doc.norm.slice(run[0].span.end, last.span.start))) return undefined;
  const next = parts[run.length];
  return next && next.sentence === total.sentence && sameUnitKind(next, total) && next.inParens === run[0].inParens ? undefined : run;
}

/** The total's own words without its asides ("使用林地审核审批（含临时占用林地审批）" → "使用林地审核审批"): what it counts. */
function workOf(total: Figure): string {
  return partWords(total).replace(ASIDE, '').trim();
}

/**
 * The part ends in the verb of the work its total counts ("重大决策审核" under "开展合法性审核"): it names the object of that
 * work, a tag before the object being part of its name.
 */
function kindOfWork(words: string, metric: string): boolean {
  const ending = commonSuffix([words, metric]);
  return ending.length >= 2 && HANDLING_WORD.test(ending) && words.length - ending.length >= 2;
}

/** The characters of `words` outside every two-character run it shares with `metric` ("民事监督案件" beside "办理检察监督案件" → "民事"). */
function outsideOf(words: string, metric: string): string {
  const kept = [...words];
  for (let i = 0; i + 1 < words.length; i++) if (metric.includes(words.slice(i, i + 2))) kept[i] = kept[i + 1] = ' ';
  return kept.join('');
}

/**
 * Places sort among themselves only: "城区纠纷" beside "婚姻家庭纠纷" sorts the same disputes by where and by what, so the two
 * may overlap. True when, before the ending the parts share, one names a place alone and another does not.
 */
function mixesPlaceAndKind(words: string[]): boolean {
  const ending = commonSuffix(words);
  const places = words.map((w) => PLACE_QUALIFIER.test(w.slice(0, w.length - ending.length)));
  return places.includes(true) && places.includes(false);
}

/**
 * "共受理诉求1000件（派单800件），按时办结700件，超时办结100件": when the first parts add up exactly to a count stated
 * between the total and them (in brackets, after a rate), that count is their total, not the one before it. (A list
 * under a heading that names its total is that total's.)
 */
function nearerTotal(index: FigureIndex, total: Figure, parts: Figure[]): boolean {
  // Not a change or the year before's value ("较上年增加5件，上年为18件"): they hold none of this year's parts.
  const between = index.figures.slice(total.id + 1, parts[0].id).filter((f) => !f.percent && isExactCount(f) && sameUnitKind(total, f) && !isOtherPeriodValue(f));
  return parts.slice(1).some((_, k) => between.some((f) => addsUp(f, parts.slice(0, k + 2))));
}

/**
 * "共受理申请150件，审结140件，其中行政处罚类70件，…，其他类40件", "共受理诉求5600件，办结5500件。从诉求类型看，…": the
 * parts add up exactly to another count of their kind in the total's sentence, before the list — that count may be theirs
 * (two bases fit).
 */
function otherTotalFits(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[], disjoint = false): boolean {
  // "受理申请235件，批准235件（刑事213件、民事22件、行政1件）": the aside right after a count breaks down that count only.
  if (parts.every((p) => p.parenOwner === total.id)) return false;
  // Not a count past a ； before the total ("复议案件4件，…；诉讼案件3件，胜诉2件，尚在审理2件"): that one heads its own clauses.
  const others = mainFigures(index.sentences[total.sentence]).filter((f) => f !== total && f.id < parts[0].id && !f.percent && isExactCount(f) && sameUnitKind(total, f) &&
    !isOtherPeriodValue(f) && !(f.id < total.id && /[；;]/.test(doc.norm.slice(f.span.end, total.span.start))) &&
    // ("收到申请10件，答复10件，其中予以公开6件，无法提供4件，不予处理1件": outcomes that exclude each other are one breakdown — a
    // first few adding up to a count as large as the total are over it all the same.)
    !(disjoint && f.value === total.value));
  return others.some((f) => parts.slice(1).some((_, k) => addsUp(f, parts.slice(0, k + 2))));
}

/**
 * "图斑87个，其中无证开采60个，越界开采23个，以采代探8个，擅自改变开采矿种4个，涉及图斑95宗": the count in another counter right
 * after the list, in its sentence, that the parts add up to exactly is what they count (one item may be of two kinds): no
 * sum of the total. (In the parts' own counter, "…，合计130件", it only restates their sum.)
 */
function sumStatedAfter(index: FigureIndex, parts: Figure[]): boolean {
  const last = parts[parts.length - 1];
  const next = index.figures[last.id + 1];
  return !!next && next.sentence === last.sentence && isExactCount(next) && next.unit !== last.unit && next.value === sumOf(parts);
}

/**
 * "共受理群众诉求5000件，办结4800件。其中咨询类2000件，……，其他类500件": a list in the sentence after its total's may
 * sort any count of that sentence — two candidate totals, none accused — unless its words tie it to the total (the
 * outcomes of the closed cases: "受理53件，结案50件。其中维持26件，…").
 */
function hasRivalTotal(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[]): boolean {
  const rivals = rivalTotals(doc, index, total, parts);
  // "收到申请30件，答复30件。其中…": parts above every candidate exceed whichever is theirs — unless the paragraph
  // names a carry-over (what was received and carried in may be answered together).
  const sum = sumOf(parts);
  const aboveAll = sum > total.value + tolerance(total, parts) && rivals.every((f) => sum > f.value + tolerance(f, parts)) &&
    !namesCarryOver(doc, index, total, parts[parts.length - 1]);
  return rivals.length > 0 && !aboveAll;
}

/** The other counts of the total's sentence the list in the next sentence may break down instead (hasRivalTotal). */
function rivalTotals(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[]): Figure[] {
  if (parts[0].sentence === total.sentence || isCompleteByWords(doc, index, total, parts) || listsEveryKind(doc, index, total, parts)) return [];
  // The noun the parts end alike in, when the total's words hold it: a count not named so is of other things ("…存款余额
  // 266.89亿元…；…贷款余额140.92亿元。其中：住户贷款余额…；非金融企业…贷款余额…").
  const ending = parts.length >= 2 ? commonSuffix(parts.map(partWords)) : '';
  const named = ending.length >= MIN_SHARED_NOUN && total.before.includes(ending) ? ending : undefined;
  return mainFigures(index.sentences[total.sentence]).filter((f) => f !== total && isExactCount(f) && sameUnitKind(f, total) && !isAboutFigureBefore(doc, index, f) &&
    (!named || f.before.includes(named)));
}

// The fewest characters of a noun the parts share that tells one count of the total's sentence from another.
const MIN_SHARED_NOUN = 3;

/** The total a list above every candidate is reported against: the largest of them (the writer's likeliest whole). */
/**
 * "受理群众诉求28.6万件，办结28.1万件，办结率98.3%，其中咨询类…": parts above the total and above a larger count of its kind
 * before it in its sentence (the intake the closed count is of) are shown against that larger one — the one they may
 * have been meant to add up to.
 */
function largerExceeded(index: FigureIndex, total: Figure, parts: Figure[]): Figure {
  // (An aside of the count's own, "批准315件（刑事280件、…）", is its breakdown alone.)
  if (parts[0].parenOwner === total.id) return total;
  const sum = sumOf(parts);
  return mainFigures(index.sentences[total.sentence]).filter((f) => f.id < total.id && !f.percent && !f.change && !f.inParens && isExactCount(f) &&
    sameUnitKind(f, total) && f.value > total.value && sum > f.value + tolerance(f, parts)).reduce((a, b) => (b.value > a.value ? b : a), total);
}

function largestCandidate(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[]): Figure {
  return rivalTotals(doc, index, total, parts).reduce((a, b) => (b.value > a.value ? b : a), total);
}

// A part that adds to those before it rather than splitting the total again: the rest, or one more ("另有3件转交…").
const ONE_MORE = new RegExp(`^(?:另有?|还有|此外|另外|${REMAINDER_WORDS})`);

/**
 * The first two parts are all of their kind: the list ends with them, or goes on with another breakdown of the total
 * (adding up to it, or a split pair), or with something that is neither one more nor, with them, the total.
 */
function standsAlone(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[]): boolean {
  if (parts.length === 2) return listEnds(doc, index, total, parts[1]);
  const rest = parts.slice(2);
  // "专职人员…，兼职人员…，聘用人员…": one more kind of the people the two sides name.
  const shared = peopleSplit(total, parts[0], parts[1]);
  if (shared && partWords(rest[0]).endsWith(shared)) return false;
  // "市直各部门收到…，各县（区）收到…，各乡镇收到…": one more part stated with the two sides' own verb.
  const verb = commonSuffix([partWords(parts[0]), partWords(parts[1])]);
  if (verb.length >= 2 && partWords(rest[0]).endsWith(verb)) return false;
  if (rest.length >= 2 && (addsUp(total, rest) || partitionPair(doc, total, rest[0], rest[1]))) return true;
  return !ONE_MORE.test(partWords(rest[0])) && !rest.some((_, k) => addsUp(total, parts.slice(0, k + 3)));
}

// The words of an amount stated as the sum of those before it ("全年罚款总额达15000元").
const AMOUNT_TOTAL = /总额|合计|共计|累计|总计/;

/**
 * "在册市场主体52360户，注册资本1820.45亿元，其中企业14215户，注册资本1791.12亿元；个体工商户38145户，注册资本29.33亿元":
 * parts that add up to their total, each with an amount of money beside it named alike, are all of it — so their amounts
 * add up to the total's amount, stated beside it or after the list ("…，全年罚款总额达15000元").
 */
function amountsOfParts(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[]): Finding | undefined {
  // Each part's amounts, in order, and the total's ("完成交易金额…，节约资金…"): the m-th of each named alike.
  const runs = parts.map((p, k) => amountsAfter(index, p, parts[k + 1]?.id ?? Infinity));
  const owns = amountsAfter(index, total, parts[0].id);
  const most = Math.min(...runs.map((r) => r.length));
  for (let m = 0; m < most; m++) {
    const amounts = runs.map((r) => r[m]);
    const noun = commonSuffix(amounts.map((a) => statedUnder(a)));
    if (noun.length < 2) continue;
    const after = m === 0 ? index.figures[amounts[amounts.length - 1].id + 1] : undefined;
    const whole = owns[m] ?? (after && after.sentence === amounts[amounts.length - 1].sentence && after.unit === '元' && AMOUNT_TOTAL.test(after.before) ? after : undefined);
    if (!whole || whole.approx || !statedUnder(whole).includes(noun) || addsUp(whole, amounts)) continue;
    return sumFinding(doc, whole, amounts);
  }
  return undefined;
}

// The most amounts read after one count ("交易金额…，节约资金…，增价…").
const MAX_AMOUNTS_BESIDE = 4;

/**
 * The amounts of money (or other measures) stated right after a count, before `before` (the next part's id), in its
 * sentence — past its shares ("占市场主体总量的27.15%"), none rounded.
 */
function amountsAfter(index: FigureIndex, count: Figure, before: number): Figure[] {
  const out: Figure[] = [];
  for (let id = count.id + 1; id < before && out.length < MAX_AMOUNTS_BESIDE; id++) {
    const f = index.figures[id];
    if (!f || f.sentence !== count.sentence) break;
    if (f.percent) continue;
    if (!isAmountBeside(count, f) || f.approx) break;
    out.push(f);
  }
  return out;
}

/**
 * "作出行政处罚36件，罚款金额共计412.5万元，其中：一般行政处罚27件，罚款金额102.5万元；事故处罚9件，罚款金额310万元": a count and
 * an amount of money stated together, then 其中 items each with a count and an amount named alike — one breakdown in two
 * measures. When the counts add up to their total, the list is all of it, and the amounts must add up to theirs. The items
 * may open the next sentence ("…886件，处罚金额144.6万余元。其中，简易程序案件528件，处罚金额4.6万余元；…"), and amounts
 * written with 余 are held as the ranges they span.
 */
function checkPairedMeasures(doc: ReportDocument, index: FigureIndex, k: number): Finding | undefined {
  // Most sentences state no amount of money: nothing is built for them.
  if (!mainFigures(index.sentences[k]).some((f) => f.unit === '元')) return undefined;
  const { figs, text } = withSubsetSentenceAfter(doc, index, k);
  if (!text.includes('其中')) return undefined;
  for (let i = 0; i + 5 < figs.length; i++) {
    const [count, amount] = [figs[i], figs[i + 1]];
    if (!isExactCount(count) || !isAmountBeside(count, amount) || !figs[i + 2].subsetCue) continue;
    const items: [Figure, Figure][] = [];
    let j = i + 2;
    for (; j + 1 < figs.length && sameUnitKind(figs[j], count) && isExactCount(figs[j]) && figs[j + 1].unit === '元' && (j === i + 2 || !figs[j].subsetCue); j += 2) {
      items.push([figs[j], figs[j + 1]]);
    }
    // The list ends with a pair: a count or an amount more may be an item whose other measure is not stated.
    if (items.length < 2 || (j < figs.length && (sameUnitKind(figs[j], count) || figs[j].unit === '元'))) continue;
    const counts = items.map(([c]) => c);
    const amounts = items.map(([, a]) => a);
    const noun = commonSuffix(amounts.map((a) => statedUnder(a)));
    if (noun.length < 2 || !statedUnder(amount).includes(noun)) continue;
    // Not the other way round: a kind left out may have no amount of that name (a warning has no fine, a cooperative no
    // registered capital).
    if (addsUp(count, counts) && !mayAddUp(amount, amounts)) return sumFinding(doc, amount, amounts);
  }
  return undefined;
}

/**
 * The figures of sentence k (no percents), and those of the next sentence in its paragraph when it opens with a 其中 part:
 * the items of a total closing sentence k may be listed there. With the text they are read from.
 */
function withSubsetSentenceAfter(doc: ReportDocument, index: FigureIndex, k: number): { figs: Figure[]; text: string } {
  const sentence = index.sentences[k];
  const next = index.sentences[k + 1];
  const opensNext = !!next && next.paragraph === sentence.paragraph && next.docSentence === sentence.docSentence + 1 && !!mainFigures(next)[0]?.subsetCue;
  return {
    figs: [...mainFigures(sentence), ...(opensNext ? mainFigures(next) : [])].filter((f) => !f.percent),
    text: sentenceReading(doc, index, k) + (opensNext ? sentenceReading(doc, index, k + 1) : ''),
  };
}

/**
 * "全区共有低保对象4966户6535人，其中农村低保4497户5919人，城镇低保469户616人": a count with the people it holds right after it,
 * then 其中 items each in both measures (in that sentence or the next). In each measure the items may not add up to more
 * than their total; and once one measure's items add up to its total they are all of it, so the other's must too.
 */
function checkPairedHeadcounts(doc: ReportDocument, index: FigureIndex, k: number): Finding | undefined {
  // The total's people stand in sentence k: most sentences count none.
  if (!mainFigures(index.sentences[k]).some((f) => PEOPLE.includes(f.unit))) return undefined;
  const figs = withSubsetSentenceAfter(doc, index, k).figs.filter((f) => !f.change);
  const pairedAt = (j: number) => j + 1 < figs.length && isExactCount(figs[j]) && headcountBeside(index, figs[j]) === figs[j + 1] && isExactCount(figs[j + 1]);
  for (let i = 0; i + 5 < figs.length; i++) {
    if (!pairedAt(i) || !figs[i + 2].subsetCue) continue;
    const [count, people] = [figs[i], figs[i + 1]];
    // "共退回补充侦查36件67人，重报35件68人。其中一次退回…": items after two such totals may be of either.
    if (figs.slice(0, i).some((f) => sameUnitKind(f, count) || sameUnitKind(f, people))) return undefined;
    const items: Figure[][] = [];
    let j = i + 2;
    for (; pairedAt(j) && sameUnitKind(figs[j], count) && sameUnitKind(figs[j + 1], people) && (j === i + 2 || !figs[j].subsetCue); j += 2) items.push([figs[j], figs[j + 1]]);
    // The list ends with a pair: a count more of either measure may be an item with the other unstated.
    if (items.length < 2 || (j < figs.length && (sameUnitKind(figs[j], count) || sameUnitKind(figs[j], people)))) continue;
    const [counts, heads] = [items.map(([c]) => c), items.map(([, h]) => h)];
    if (exceeds(count, counts)) return sumFinding(doc, count, counts, true);
    if (exceeds(people, heads)) return sumFinding(doc, people, heads, true);
    const [countsAdd, headsAdd] = [addsUp(count, counts), addsUp(people, heads)];
    if (countsAdd !== headsAdd) return countsAdd ? sumFinding(doc, people, heads) : sumFinding(doc, count, counts);
  }
  return undefined;
}

/**
 * "梳理形成行政许可事项清单（共215项，其中承接…设定事项212项，垂直管理机构事项3项）": an aside no figure owns that opens with a
 * total of its own (共, 合计) and lists 其中 parts: they may not add up to more than it.
 */
function checkTotalInAside(doc: ReportDocument, index: FigureIndex, k: number): Finding | undefined {
  // Most sentences have no aside.
  if (index.sentences[k].figures.length === mainFigures(index.sentences[k]).length) return undefined;
  const figs = index.sentences[k].figures.map((id) => index.figures[id]).filter((f) => f.inParens && f.parenOwner === undefined && !f.percent && !f.change);
  const between = (a: Figure, b: Figure) => doc.norm.slice(a.span.end, b.span.start);
  for (let i = 0; i + 2 < figs.length; i++) {
    const total = figs[i];
    // (An aside's figures read their words from its opening bracket.)
    if (!ASIDE_TOTAL.test(total.before) || !isExactCount(total) || !ASIDE_SUBSET.test(between(total, figs[i + 1]))) continue;
    const parts: Figure[] = [];
    for (let j = i + 1; j < figs.length && isExactCount(figs[j]) && sameUnitKind(figs[j], total) && !/[)）；;]/.test(between(figs[j - 1], figs[j])); j++) parts.push(figs[j]);
    if (parts.length >= 2 && exceeds(total, parts)) return sumFinding(doc, total, parts, true);
  }
  return undefined;
}

/**
 * "行政执法12条（含行政许可14条、行政处罚3条）": an aside opened by 含 (包含) names some of its owner's count — listed in full or
 * not, none of them, nor all of them together, may be more than it.
 */
function checkIncludedAside(doc: ReportDocument, index: FigureIndex, k: number): Finding | undefined {
  for (const owner of mainFigures(index.sentences[k])) {
    const aside = index.asides.get(owner.id);
    if (!aside || !isExactCount(owner) || owner.percent || owner.change) continue;
    const figs = aside.map((id) => index.figures[id]);
    if (!INCLUDED_OPENS.test(doc.norm.slice(owner.span.end, figs[0].span.start))) continue;
    const parts = figs.filter((f) => !f.percent && !f.change && isExactCount(f) && sameUnitKind(f, owner));
    if (parts.length === 0 || parts.length !== figs.filter((f) => !f.percent && !f.change).length) continue;
    if (exceeds(owner, parts)) return parts.length > 1 ? sumFinding(doc, owner, parts, true) : report(CODE, {
      message: `所含部分不应超过总数：${figureLabel(doc, parts[0])}，大于总数${figureText(doc, owner)}`,
      span: parts[0].span,
      related: [{ span: owner.span, message: `总数：${figureLabel(doc, owner)}` }],
    });
  }
  return undefined;
}

// The opening of an aside that names some of its owner ("（含", "(包含").
const INCLUDED_OPENS = /^[\u4e00-\u9fff]{0,8}[（(]\s*(?:含|包含)/;

const ASIDE_TOTAL = /^(?:共|共计|合计|总计)$/;
const ASIDE_SUBSET = /^\s*[，,]\s*其中/;

/** Whether the parts may add up to the total: exactly, or, any of them written with 余/多, within the ranges they span. */
function mayAddUp(total: Figure, parts: Figure[]): boolean {
  if (![total, ...parts].some((f) => f.approx)) return addsUp(total, parts);
  if ([total, ...parts].some((f) => f.approx && !isRoundedDownCount(f))) return true;
  const range = (f: Figure) => {
    const { value, halfUlp } = amountOf(f);
    return [value - halfUlp, value + halfUlp];
  };
  const [low, high] = parts.map(range).reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
  const [totalLow, totalHigh] = range(total);
  return low <= totalHigh && high >= totalLow;
}

/**
 * "全年下达行政处罚决定310件，罚没48.49万元。其中非法行医9件，结案4件，罚没收入52.11万元": an amount closing its sentence, then a
 * sentence opened by 其中 — an amount there of the same measure (its words share two characters with the total's) above it
 * is wrong, whatever else the 其中 sentence lists.
 */
function checkAmountAboveInNext(doc: ReportDocument, index: FigureIndex, k: number): Finding | undefined {
  const next = index.sentences[k + 1];
  const own = mainFigures(index.sentences[k]);
  const total = own[own.length - 1];
  if (!next || !total || total.unit !== '元' || !isExactCount(total) || total.change || total.inParens || CUMULATIVE.test(total.before)) return undefined;
  const items = mainFigures(next);
  if (!items[0]?.subsetCue || items[0].segment !== 0) return undefined;
  const words = partWords(total);
  if (words.length < 2) return undefined;
  for (const part of items) {
    if (!sameUnitKind(part, total) || part.percent || part.change || part.inParens || CUMULATIVE.test(part.before) || !sharesTwo(partWords(part), words)) continue;
    if (part.value <= total.value + total.halfUlp + part.halfUlp) continue;
    return report(CODE, {
      message: `“其中”部分不应超过总数：${partWords(part)}${figureText(doc, part)}，大于总数${words}${figureText(doc, total)}`,
      span: part.span,
      related: [{ span: total.span, message: `总数：${figureLabel(doc, total)}` }],
    });
  }
  return undefined;
}

// The work of last year's carry-over a count says was closed: its own count ("办结上年结转3件") or an aside of the closed
// count ("已答复86件（含上一年结转答复1件）").
const CLOSED_OF_CARRIED_IN = new RegExp(`^\\s*(?:${CLOSED.source})[^，,；;。]{0,4}${CARRIED_IN_FROM_LAST_YEAR}|^\\s*[(（]?\\s*(?:含|包含|包括)[^，,；;。)）]{0,4}${CARRIED_IN_FROM_LAST_YEAR}`);
const CLOSED_COUNT = new RegExp(`(?:${CLOSED.source})\\s*$`);

/**
 * "共收到政府信息公开申请23件，办结上年结转3件，今年共办结35件", "共收到…84件，已答复86件（含上一年结转答复1件）": of the work
 * closed, what was not last year's carry-over was taken in this year — the closed can be no more than the intake and the
 * carried-over work closed (23+3 < 35; 84+1 < 86), whatever else was carried in and is still open.
 */
function checkClosedPastIntake(doc: ReportDocument, index: FigureIndex, k: number): Finding | undefined {
  const own = mainFigures(index.sentences[k]).filter((f) => isExactCount(f) && !f.percent && !f.change);
  const intakeAt = own.findIndex((f) => INTAKE.test(f.before) && !CARRIED_IN.test(f.before) && !f.subsetCue);
  if (intakeAt < 0) return undefined;
  const intake = own[intakeAt];
  for (let j = intakeAt + 1; j < own.length; j++) {
    const closed = own[j];
    if (!sameUnitKind(closed, intake) || !CLOSED_COUNT.test(closed.before) || CLOSED_OF_CARRIED_IN.test(closed.before)) continue;
    const ofCarried = [...own.slice(intakeAt + 1, j).filter((f) => CLOSED_OF_CARRIED_IN.test(f.before)), ...asidesOf(index, closed).filter((f) => CLOSED_OF_CARRIED_IN.test(f.before))];
    if (ofCarried.length !== 1 || !sameUnitKind(ofCarried[0], intake) || !isExactCount(ofCarried[0])) return undefined;
    const [carried] = ofCarried;
    if (closed.value <= intake.value + carried.value) return undefined;
    return report(CODE, {
      message: `办结数多于收到数与办结的上年结转数之和：办结${figureText(doc, closed)}，收到${figureText(doc, intake)}+办结的上年结转${figureText(doc, carried)}=${show(intake.value + carried.value, 0)}${intake.unit}（多${show(closed.value - intake.value - carried.value, 0)}）`,
      span: closed.span,
      related: [{ span: intake.span, message: `收到：${figureLabel(doc, intake)}` }, { span: carried.span, message: `办结的上年结转：${figureLabel(doc, carried)}` }],
    });
  }
  return undefined;
}

/** A count of cases (or households) right followed by the count of people in them ("36件67人"): the pair, else undefined. */
function casesAndPeople(index: FigureIndex, cases: Figure): [Figure, Figure] | undefined {
  const people = PEOPLE_COUNTED_IN.test(cases.unit) ? headcountBeside(index, cases) : undefined;
  return people && isExactCount(people) ? [cases, people] : undefined;
}

/**
 * "共退回补充侦查36件67人，重报35件68人。其中一次退回补充侦查30件54人，一次重报28件52人": counts of cases and of the people in
 * them stated as one, then 其中 items stated so too (in the sentence or opening the next) — an item above its total, in cases
 * or in people, is wrong whatever the items' overlap. An item's total is the one pair before the list whose words it shares,
 * or of several the one whose words its own end in ("一次重报" of 重报).
 */
function checkCasesAndPeopleAbove(doc: ReportDocument, index: FigureIndex, k: number): Finding | undefined {
  if (!sentenceReading(doc, index, k).includes('人')) return undefined;
  const own = mainFigures(index.sentences[k]);
  const pairs = (figs: Figure[]) => figs.flatMap((f) => { const pair = casesAndPeople(index, f); return pair ? [pair] : []; });
  const ownPairs = pairs(own);
  const opening = ownPairs.findIndex(([cases]) => cases.subsetCue);
  const totals = (opening < 0 ? ownPairs : ownPairs.slice(0, opening)).filter(([cases]) => !cases.subsetCue && !cases.inParens && !cases.change && !CUMULATIVE.test(cases.before));
  if (!totals.length) return undefined;
  let items = opening > 0 ? ownPairs.slice(opening) : [];
  if (opening < 0 && index.sentences[k + 1]) {
    const next = pairs(mainFigures(index.sentences[k + 1]));
    if (next[0]?.[0].subsetCue && next[0][0].segment === 0) items = next;
  }
  // ("共退回补充侦查" names 退回补充侦查.)
  const named = metricKey;
  for (const item of items) {
    const words = named(item[0]);
    // (A list goes on to its first ；: past it a clause may state another total.)
    if (item !== items[0] && /[；;]/.test(doc.norm.slice(items[0][0].span.end, item[0].span.start))) break;
    if (CUMULATIVE.test(words)) continue;
    const owners = totals.length === 1 ? totals.filter(([cases]) => sharesTwo(words, named(cases))) : totals.filter(([cases]) => named(cases).length >= 2 && words.endsWith(named(cases)));
    if (owners.length !== 1) continue;
    const [total] = owners;
    const above = [0, 1].find((m) => item[m].value > total[m].value);
    if (above === undefined) continue;
    return report(CODE, {
      message: `“其中”部分不应超过总数：${words}${figureText(doc, item[above])}，大于总数${named(total[0])}${figureText(doc, total[above])}`,
      span: item[above].span,
      related: [{ span: total[above].span, message: `总数：${named(total[0])}${figureText(doc, total[0])}${figureText(doc, total[1])}` }],
    });
  }
  return undefined;
}

/**
 * A second list of the same total after a first one that adds up: checked only when it is a split pair or complete by
 * its words.
 */
function otherBreakdown(doc: ReportDocument, index: FigureIndex, total: Figure, rest: Figure[], before: Figure): Finding | undefined {
  if (rest.length < 2 || rest.slice(0, 2).some((p) => p.subsetCue)) return undefined;
  // "…，按照违法主体划分：企业法人违法案件6起，公民违法案件39起": a heading that sorts the total again by one property opens
  // another breakdown of it, which cannot hold more than the total, listed in full or not.
  const between = doc.norm.slice(before.span.end, rest[0].span.start).split(/[，,；;：:]/);
  if (between.some((clause) => PARTITION_HEADING.test(clause)) && sumOf(rest) > total.value + tolerance(total, rest)) return sumFinding(doc, total, rest, true);
  // "自行处理2276件，派单601件，按时结案597件，超时办理4件": a pair adding up to a part of the first breakdown splits that part.
  // (Not a pair the rest goes on after: "市直部门30件，县区60件，其他10件" is three parts.)
  if (partitionPair(doc, total, rest[0], rest[1]) && !(rest[2] && REMAINDER.test(partWords(rest[2])))) return addsUp(total, rest.slice(0, 2)) || nearerTotal(index, total, rest) ? undefined : sumFinding(doc, total, rest.slice(0, 2));
  return !addsUp(total, rest) && isCompleteByWords(doc, index, total, rest) ? sumFinding(doc, total, rest) : undefined;
}

function sumOf(parts: Figure[]): number {
  return parts.reduce((t, p) => t + p.value, 0);
}

/** A part's own words, without the cues that link it to the list ("其中行政许可事项" → "行政许可事项"). */
function partWords(p: Figure): string {
  return ownPartWords(p.before);
}

// A part's words are asked again for every total and list it may belong to: each is cleaned once.
const ownPartWords = memoized((before: string) => before.replace(PART_CUES, '').replace(/[：:]\s*$/, '').replace(/[为有达是]+\s*$/, '').trim().replace(UNITS_COUNT_LEAD, ''));

// Parts that open a subset list.
// "具体包括", "主要包括", "具体为", "主要有" open the list as 包括 does; so does "分别为" opening the clause right after the
// total ("开展执法检查30次，分别为…"), not a "A、B分别为" that names its items before it.
const SUBSET_OPENING = /^\s*(?:(?:具体|主要)?(?:其中|包括|包含)|具体(?:为|是)|主要(?:有|是|为)|分别(?:为|是))/;
/** f's words open a list ("其中行政许可事项", "包括来信"), or a bare "其中，" segment stands right before them. */
const opensList = (f: Figure) => f.subsetCue || SUBSET_OPENING.test(f.before);
// Parts that are no kind of the total but a subset of another part ("处罚类中的罚款…"), another period or a change.
// "2021年信息公开年报": a year in the name of a yearly report is the report's, no count of another year.
const NOT_A_KIND = new RegExp(`中的|之中|[类件项个人]中|含|(?:19|20)[0-9]{2}年(?![\u4e00-\u9fff]{0,12}(?:年报|年度报告)$)|同期|上年|去年|往年|结转|${CHANGE_WORDS.source}`);
// What sets a part apart is a property, a tag or a manner several kinds may share ("具备法律专业背景", "涉企", "重大",
// "联合检查" and "专项检查"): the list need not be a partition.
// A service item's properties ("高频事项", "全程网办事项", "跨省通办事项") overlap too.
// (专项资金, 专项经费: earmarked money, a kind of thing audited or spent, not a special campaign; 通过 before a channel,
// "通过政府网站公开…", is the way, not what was passed.)
const CROSSCUTTING = /^(?:具备|具有|持有|取得|获得|参加|参与|通过(?!(?:政府|门户|官方)?(?:网站|微信|微博|公众号|新闻|媒体|平台|热线|电话))|涉及|涉|属于|重大|疑难|典型|重点|联合|专项(?!资金|经费|债)|专题|日常|集中|随机|双随机|综合|高频|全程网办|网上可办|跨省通办|全省通办|一网通办|最多跑一次)/;
// Channels partition among themselves only ("线上活动", "线下活动"; not "专题培训" beside "线上培训").
const CHANNEL = new RegExp(`^(?:${CHANNEL_GROUPS.flat().join('|')})`);

// A request to a hotline is of one type ("咨询类…，求助类…，投诉类…"; "投诉来电…，咨询来电…").
const REQUEST_TYPES = exclusiveKinds([['咨询'], ['求助'], ['投诉'], ['建议', '意见'], ['举报'], ['表扬', '感谢']], '类|诉求|事项|工单|来电|来信|留言|问题');
// What a legality review (合法性审查) reviews is of one type: a normative document, a major decision, a contract or
// agreement ("其中规范性文件62件，重大行政决策38件，行政合同96件").
// What legal aid gives is one of: a case taken on, legal help short of a case, or advice ("审批法律援助案件…万件、办理法律
// 帮助案件…万件、提供法律咨询…万人次").
const LEGAL_AID_SERVICES = exclusiveKinds([['法律援助案件', '援助案件'], ['法律帮助'], ['法律咨询']], '法律援助机构|法律援助|审批|办理|接待|提供|群众|案件|服务');
// A government service item is of one type by how it is handled (即办件, 承诺件, 联办件, 上报件).
const SERVICE_ITEM_TYPES = exclusiveKinds([['即办'], ['承诺'], ['联办'], ['上报']], '件|类|事项|政务服务');
const REVIEWED_TYPES = exclusiveKinds([['规范性文件'], ['重大行政决策', '行政决策'], ['合同', '协议'], ['政策措施']], '行政|审查|审核|类|事项|草案');
// A mediation body is set up at one level or by one sector (人民调解法): 乡镇（街道）, 村（居、社区）, 企事业单位, 行业性专业性,
// or stationed elsewhere (派驻); a part names its body by any of its names ("村（社区）调委会", "行业性、专业性人民调解组织").
const MEDIATION_BODIES = exclusiveKinds([['乡镇', '镇', '街道'], ['村', '居', '社区'], ['企事业', '企业'], ['行业性', '专业性', '行专'], ['派驻', '驻']],
  '级|[（）()、]|人民调解委员会|人民调解组织|调解委员会|调解组织|调委会|调解室|组织');
function channelOf(words: string): number {
  return kindOf(CHANNELS, words);
}
// The ending that makes parts kinds of one thing: two characters or more whose last two the total's words carry ("事项",
// "审案件" of "受理案件") — not a bare measure ("人数", "数量") any two counts share — or a classifier ("类", "级").
const KIND_ENDING = /^(?:[类级型种]|渠道|途径|方式|领域|方面|类别|层级)$/;
// A noun of three characters or more both parts end in ("村级调委会", "乡镇调委会") names what they are kinds of, whatever
// the total calls it ("人民调解委员会").
const MIN_OWN_NOUN = 3;
const MEASURE_ENDING = /^(?:[人件次个]?数|数量|人次|件次)$/;

/**
 * The longest run (two or more) of a 其中/包括 list's (or a list of classes') first parts that name kinds of one thing: the ending the first two
 * share ("行政许可事项", "行政处罚事项" → 事项) is the total's noun or a classifier, and each part is that ending after words of
 * its own that are no tag or manner; none inside another. Undefined when there is none.
 */
function categoryList(doc: ReportDocument, total: Figure, parts: Figure[], headed = false): Figure[] | undefined {
  if (parts.length < 2) return undefined;
  const words = withCategoryNoun(total, parts.map(partWords));
  // "村（居）调委会", "乡镇（街道）调委会": the ending is the noun, not the bracket before it.
  const shared = commonSuffix(words.slice(0, 2)).replace(/^[^\u4e00-\u9fff]+/, '');
  let n = kindsRun(doc, total, parts, words, shared, headed);
  // "基本履行职责事项…，配合履行职责事项…，上级部门收回事项…": the first two may share more than the list does; the ending all
  // the parts up to the one that broke the run share names them too.
  if (n < parts.length) {
    const all = commonSuffix(words.slice(0, Math.max(n, 2) + 1)).replace(/^[^\u4e00-\u9fff]+/, '');
    if (all.length < shared.length) n = Math.max(n, kindsRun(doc, total, parts, words, all, headed, true));
  }
  // "…，行政确认类4件，行政不作为3件。": the list's last item, ending its sentence, may leave 类 off when it opens like
  // another item of the list (行政…).
  if (n >= 2 && n === parts.length - 1 && shared === '类' && lastOfSentence(doc, parts[n]) && /^[\u4e00-\u9fff]{2,8}$/.test(words[n]) &&
      words.slice(0, n).some((w) => w.slice(0, 2) === words[n].slice(0, 2))) n++;
  // "民生支出…，卫生健康支出…，教育支出…": a kind that takes in the others is no sibling of theirs; "存款余额…，其中住户存款余额…；
  // 本外币贷款余额…": an amount of another kind than the total's ends the run.
  if (UMBRELLA_KIND.test(words[0])) return undefined;
  const other = words.slice(0, n).findIndex((w, k) => k > 0 && otherAmount(w, total));
  if (other > 0) n = other;
  if (n < 2) return undefined;
  // "省级示范社区…，市级示范社区…": an honour a unit may hold at several levels at once.
  if (LEVEL_GROUPS.some((g) => g.test(words[0])) && LEVEL_HONOUR.test(words[0])) return undefined;
  // People carry many properties at once (党员律师, 青年律师): their kinds are trusted only as an exclusive pair — or
  // as kinds of consultation a visit counted in 人次 is of ("律师咨询…人次，公证咨询…人次").
  const consultations = parts[0].unit === '人次' && CONSULTATION.test(total.before) && words.slice(0, n).every((w) => CONSULTATION_KIND.test(w));
  if (PEOPLE.includes(parts[0].unit) && !(n === 2 && exclusivePair(words[0], words[1]) !== undefined) && !consultations) return undefined;
  return parts.slice(0, n);
}

/** Nothing but the sentence's end after the figure. */
function lastOfSentence(doc: ReportDocument, f: Figure): boolean {
  return /^\s*(?:[。；;！]|$)/.test(doc.norm.slice(f.span.end, f.span.end + 8));
}

const CORRECTED = new RegExp(`^(?:纠错|纠正)|${CORRECTION_OUTCOME.source}`);

// A category named with the noun its total counts ("工作动态类信息" under "公开政府信息").
const CATEGORY_WITH_NOUN = /类([\u4e00-\u9fff]{2,4})$/;

/**
 * The parts' words, those of a category named without the total's noun ("财政预决算类") given the noun the others name
 * their categories with ("工作动态类信息"), so that all end alike.
 */
function withCategoryNoun(total: Figure, words: string[]): string[] {
  let noun = '';
  for (const w of words) {
    const m = CATEGORY_WITH_NOUN.exec(w);
    if (m && total.before.includes(m[1])) {
      noun = m[1];
      break;
    }
  }
  return noun ? words.map((w) => (w.endsWith('类') ? w + noun : w)) : words;
}

/**
 * How many of the first parts name kinds of one thing by the ending `shared` (see categoryList): 0 when the ending names
 * no kinds of the total. Under an ending `narrowed` from the first two parts' one, a part named by what was
 * corrected ("市政府规范性文件…，部门规范性文件…，纠正违法文件…") is none of their kinds: it may be of either.
 */
function kindsRun(doc: ReportDocument, total: Figure, parts: Figure[], words: string[], shared: string, headed: boolean, narrowed = false): number {
  // "事件类", "部件类": a one-character classifier ends the names, whatever they share before it.
  // "食品领域检查", "药品领域检查": the ending starts at the classifier, not at the characters the names happen to share.
  const classifier = CLASSIFIED_ENDING.exec(shared);
  const ending = classifier ? shared.slice(classifier.index) : KIND_ENDING.test(shared.slice(-1)) ? shared.slice(-1) : shared;
  // Without 其中, parts right after the total are kinds of it when they name a class ("咨询类…，求助类…").
  if (!(headed || opensList(parts[0]) || KIND_ENDING.test(ending))) return 0;
  // "审结案件24件，其中裁决结案9件，调解结案15件": ways of closing end in a closing word, the total's in another.
  const closing = CLOSED_TOTAL.test(ending) && (CLOSED_TOTAL.test(total.before) || (CASES_HANDLED.test(total.before) && WAY_OF_CLOSING.test(words[0])));
  // The total's noun: in its words, or the noun its measure word counts ("事项" of "共厘清900项").
  // The total's noun, not a verb before the noun it counts ("审查规范性文件…，其中合法性审查…": kinds of review, one
  // document may have two).
  const ownNoun = ending.length >= 2 && !MEASURE_ENDING.test(ending.slice(-2)) && (nounOfTotal(total, ending.slice(-2)) || ending.endsWith(total.unit));
  const totalNoun = ownNoun || (ending.length >= 2 && !MEASURE_ENDING.test(ending.slice(-2)) && (ending.length >= MIN_OWN_NOUN || closing));
  if (!totalNoun && !KIND_ENDING.test(ending)) return 0;
  // Places and channels sort among themselves only ("城区纠纷" beside "婚姻家庭纠纷" may be the same disputes).
  const firstHead = words[0].slice(0, words[0].length - ending.length);
  const [firstIsPlace, firstIsChannel] = [PLACE_QUALIFIER.test(firstHead), CHANNEL.test(firstHead)];
  let n = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const head = w.slice(0, w.length - ending.length);
    // A tag before the object of the total's work is part of its name ("重大决策审核" under "合法性审核": kindOfWork).
    const tag = CROSSCUTTING.exec(head);
    if (!w.endsWith(ending) || !head || NOT_A_KIND.test(w) || (tag && !kindOfWork(w, workOf(total)) && !tagNamesClass(w, tag[0].length)) || (CASE_STEPS.test(head) && !closing && !namedByTotal(w, total)) ||
        /[0-9０-９]/.test(w)) break;
    // A part with a 其中 of its own breaks the part before it down.
    if ((k > 0 && parts[k].subsetCue) || (narrowed && CORRECTED.test(head))) break;
    if (k > 0 && outsideTotalsClass(total, words[k], words.slice(0, k))) break;
    // Names before a classifier ("网络餐饮领域") are classes, channel words or not.
    if (PLACE_QUALIFIER.test(head) !== firstIsPlace) break;
    if ((!classifier && CHANNEL.test(head) !== firstIsChannel) || words.slice(0, k).some((v) => v.includes(w) || w.includes(v))) break;
    // "蔬菜产量25.3万吨，其中叶菜产量9.2万吨，增长2.0%；水果产量31.6万吨": past a ；, a count larger than the total
    // alone goes on with the list the total is in, not with its parts.
    if (k > 0 && parts[k].value > total.value && /[；;]/.test(doc.norm.slice(parts[k - 1].span.end, parts[k].span.start))) break;
    n = k + 1;
  }
  return n;
}

/**
 * A statistics bulletin's list goes on past the total's kinds: a crop that is no grain under 粮食, the tax revenue a budget
 * revenue before it holds, a count opening with 全年 (a statement of its own, "…；全年棉花产量4436吨").
 */
function outsideTotalsClass(total: Figure, words: string, before: string[]): boolean {
  return (GRAIN_TOTAL.test(total.before) && NOT_GRAIN_CROPS.test(words)) || (TAX_REVENUE.test(words) && before.some((w) => BUDGET_REVENUE.test(w))) ||
    WHOLE_YEAR_OPENING.test(words);
}

const WHOLE_YEAR_OPENING = /^全年/;
// What became of the items before ("消费者投诉77.2万件，增长30.4%，成功调解消费纠纷51.5万件"): no kind of the total.
const SETTLED_BEFORE = /^(?:成功调解|调解成功|成功化解|化解)/;

/** `noun` is in the total's words, and not as a verb of handling followed by another noun. */
function nounOfTotal(total: Figure, noun: string): boolean {
  const at = total.before.lastIndexOf(noun);
  if (at < 0) return false;
  return !HANDLING_WORD.test(noun) || !/[\u4e00-\u9fff]{2}/.test(total.before.slice(at + noun.length).replace(TRAILING_TOTAL, ''));
}

/** The noun two kinds of cases share after their kinds ("刑事法律援助案件", "民事法律援助案件" → 法律援助案件), if any. */
function caseKindNoun(a: string, b: string): string | undefined {
  const [x, y] = [CASE_KIND.exec(a)?.[0], CASE_KIND.exec(b)?.[0]];
  const noun = x && y && x !== y && a.slice(x.length) === b.slice(y.length) ? a.slice(x.length) : '';
  return noun.length >= 2 ? noun : undefined;
}

// Kinds of cases, one per part (CASE_KIND, INSTANCE_KIND): a case is of one kind only (a lawyer may take both kinds, so
// not for people); and the channel a request came by ("电话3000件，网络1900件").
const EXCLUSIVE_KINDS = [CASE_KIND, INSTANCE_KIND, CHANNEL];

/**
 * The longest run (two or more) of the first parts that are the same cases of different kinds ("刑事189件，民事55件，
 * 行政1件", "民事法律援助案件381宗、刑事法律援助案件242宗") or the same things by different channels ("电话3000件，网络
 * 1900件"): they exclude each other, listed in full or not.
 */
function caseKinds(parts: Figure[]): Figure[] | undefined {
  if (PEOPLE.includes(parts[0].unit)) return undefined;
  const kindOf = EXCLUSIVE_KINDS.find((k) => k.test(partWords(parts[0])));
  const seen = new Set<string>();
  let tail: string | undefined;
  let n = 0;
  for (const p of parts) {
    const words = partWords(p);
    const kind = kindOf?.exec(words)?.[0];
    if (!kind || seen.has(kind) || (tail !== undefined && words.slice(kind.length) !== tail)) break;
    seen.add(kind);
    tail = words.slice(kind.length);
    n++;
  }
  return n >= 2 ? parts.slice(0, n) : undefined;
}

// A total of mediation bodies ("人民调解组织", "调委会"), not of what they mediated.
const MEDIATION_TOTAL = /调解(?:组织|委员会)|调委会/;
const FULL_TIME_MEDIATORS = /专职[\u4e00-\u9fff]{0,4}调解员$/;

const CONSULTATION = /咨询/;
// A kind of consultation named by the service asked about ("律师咨询", "法律援助咨询"), not by who asked ("老年人咨询").
const CONSULTATION_KIND = /^(?!.*(?:群众|人员|老年|妇女|残疾|青年|党员))[\u4e00-\u9fff]{2,6}咨询$/;

/**
 * "其中电话4100个，市长信箱邮件12件，网上留言96件", "其中咨询2000件，求助1500件，投诉1800件": the longest run (two or more) of
 * the first parts of a 其中 list (or an aside) that each name one channel, or one type of request (or of reviewed
 * document), a different one each: a request comes by one channel and is of one type.
 */
function namedKinds(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[]): Figure[] | undefined {
  // A list in the sentence after its total's is joined to it only on the evidence of its words or its lead.
  const led = opensSubset(doc, index, total, parts[0]) || parts[0].inParens || parts[0].sentence !== total.sentence;
  if (!led) return undefined;
  // People carry many properties at once; a visit or call taken in, counted in 人次, comes by one channel ("办理法律咨询
  // 3500人次，其中来电咨询2100人次，来访咨询…") — not an attendance ("培训500人次，其中线上培训…，现场培训…": one course may be both).
  // Full-time mediators each serve one mediation body ("专职人民调解员1.9万人，其中，行专调委会3402人，乡镇调委会3542人，…").
  const people = PEOPLE.includes(parts[0].unit);
  const mediators = people && FULL_TIME_MEDIATORS.test(total.before);
  if (people && !mediators && (parts[0].unit !== '人次' || !(INTAKE_VERB.test(total.before) || CONSULTATION.test(total.before)))) return undefined;
  let longest = 0;
  const groups = mediators ? [MEDIATION_BODIES] : people ? [CHANNELS] : [CHANNELS, REQUEST_TYPES, REVIEWED_TYPES, SERVICE_ITEM_TYPES, ...(MEDIATION_TOTAL.test(total.before) ? [MEDIATION_BODIES] : []),
    ...(LEGAL_AID.test(total.before) ? [LEGAL_AID_SERVICES] : [])];
  for (const kinds of groups) {
    const seen = new Set<number>();
    let run = 0;
    for (const p of parts) {
      const words = partWords(p);
      const kind = kindOf(kinds, words.replace(REQUESTED_BY, ''));
      // A part past the first with a 其中 of its own breaks the part before it down ("新媒体900条，其中微博…").
      if (NOT_A_KIND.test(words) || (run > 0 && p.subsetCue)) break;
      // "通过政务微博、报纸、电视等方式公开211条": a group of channels, none named by another part.
      const group = (kinds === CHANNELS && p.before.includes('等') ? channelGroup(doc, index, p) : undefined) ?? (kind < 0 ? undefined : [kind]);
      if (!group || group.some((k) => seen.has(k))) break;
      group.forEach((k) => seen.add(k));
      run++;
    }
    longest = Math.max(longest, run);
  }
  return longest >= 2 ? parts.slice(0, longest) : undefined;
}

// "通过政务微博、报纸、电视新闻等方式", "通过网站、微信等平台": channels named together, closed by 等 and the word for them.
const CHANNEL_GROUP = /^\s*(?:其中)?\s*[，,]?\s*(?:通过|经由?|依托)([\u4e00-\u9fffA-Za-z、]{2,40}?)等(?:方式|渠道|途径|平台|载体|形式)[\u4e00-\u9fff]{0,6}$/;

/** The channels of a part named by a group of them in its clause (CHANNEL_GROUP), when one at least is known; else undefined. */
function channelGroup(doc: ReportDocument, index: FigureIndex, p: Figure): number[] | undefined {
  const segments = index.sentences[p.sentence].segments;
  const from = segments.find((s) => s.clause === p.clause)?.span.start ?? p.span.start - p.before.length;
  const names = CHANNEL_GROUP.exec(doc.norm.slice(from, p.span.start))?.[1].split('、');
  const kinds = names?.map((name) => kindOf(CHANNELS, name)).filter((k) => k >= 0);
  return kinds?.length ? [...new Set(kinds)] : undefined;
}

// Counters of bodies and places.
const BODY_COUNTERS = ['个', '家', '所'];

/**
 * "培训执法人员1200人次，其中市级培训400人次，县级培训600人次，乡镇培训300人次": the longest run (two or more) of the
 * first parts of a 其中 list (or an aside) that name the same work, each at a different level of government (LEVEL_GROUPS) —
 * in 人次 too: an attendance is at one level. Not honours a unit may hold at several levels (LEVEL_HONOUR).
 */
function levelKinds(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[]): Figure[] | undefined {
  // A person may serve at two levels (a mediator on the city's and the county's rolls); an attendance is at one.
  // Without 其中, parts doing the total's very work at their levels ("共受理4120件，区直各单位受理2480件，各街道受理1964件").
  const ownWork = () => {
    const verb = verbOf(total.before);
    return !!verb && parts.length >= 2 && parts.slice(0, 2).every((p) => partWords(p).endsWith(verb));
  };
  if (!(opensSubset(doc, index, total, parts[0]) || parts[0].inParens || ownWork()) || LEVEL_HONOUR.test(total.before) || HEADCOUNT_UNITS.includes(parts[0].unit)) return undefined;
  const seen = new Set<number>();
  let work: string | undefined;
  for (const p of parts) {
    // "各街道": each body of the level.
    const words = partWords(p).replace(SUBSET_OPENING, '').trim().replace(/^各/, '');
    const { level, name } = levelOf(words);
    if (level < 0 || seen.has(level) || (seen.size > 0 && p.subsetCue) || p.unit !== parts[0].unit) break;
    // "乡镇培训", "市级培训": the same work after the level, or none named ("省级200人次、市级…"); bodies and places
    // counted in 个/家/所 each stand at one level whatever they are called ("县级中心1个，乡镇工作站18个，村工作室270个").
    // "县直部门", "乡镇（街道）", "市直单位": the bodies of the level are the level itself.
    const rest = words.slice(name.length).replace(LEVEL_BODIES, '').replace(LEVEL_BODIES_DOING, '');
    const body = BODY_COUNTERS.includes(p.unit) && rest.length >= 2;
    if ((work !== undefined && rest !== work && !body && !sameWorkByBodies(rest, work)) || LEVEL_HONOUR.test(rest) || NOT_A_KIND.test(rest) || CROSSCUTTING.test(rest)) break;
    work = rest;
    seen.add(level);
  }
  return seen.size >= 2 ? parts.slice(0, seen.size) : undefined;
}

// A level named by its bare name before one of its service bodies ("区政务中心", "乡镇便民服务中心", "村（社区）代办站",
// "县公共法律服务中心"): the body is the level's (not 市场…, a market; not 社区矫正, a work).
const BARE_LEVEL = /^(?:(省)|(市)(?!场|中心城)|(县|区)|(乡镇|乡|镇|街道|镇街)|(村|社区)(?!矫正))(?:[（(][\u4e00-\u9fff]{1,4}[）)])?(?=[\u4e00-\u9fff]{0,10}?(?:中心|站|室|所|庭|窗口))/;

/** The level of government a part's words open with (LEVEL_GROUPS, or BARE_LEVEL before a body) and the words naming it. */
function levelOf(words: string): { level: number; name: string } {
  const level = LEVEL_GROUPS.findIndex((g) => g.test(words));
  if (level >= 0) return { level, name: LEVEL_GROUPS[level].exec(words)![0] };
  const bare = BARE_LEVEL.exec(words);
  return bare ? { level: bare.slice(1).findIndex((g) => g !== undefined) + 1, name: bare[0] } : { level: -1, name: '' };
}

// …or before the work they do ("区直各单位受理"): the work is the level's.
const LEVEL_BODIES_DOING = /^各?(?:部门|单位|机关)(?=[\u4e00-\u9fff])/;
// What a level's own bodies are called right after its name ("县直部门", "乡镇（街道）", "市直单位"), nothing after them.
const LEVEL_BODIES = /^(?:部门|单位|机关|[（(](?:街道|镇街|乡镇|社区)[）)])$/;

/**
 * "县级调解中心调解…，乡镇调委会调解…", "区政务中心办理…，乡镇便民服务中心办理…": the same work after a body of each
 * level (or none named, the total's), whatever the bodies are called.
 */
function sameWorkByBodies(rest: string, work: string): boolean {
  const a = BODY_THEN_WORK.exec(rest);
  const b = BODY_THEN_WORK.exec(work);
  return !!a && !!b && a[1] === b[1];
}

// A body's name, to its last body noun, then the work it does (none: the total's): "便民服务中心办理" → 办理.
const BODY_THEN_WORK = /^[\u4e00-\u9fff（）()]*(?:中心|调委会|委员会|所|站|室|庭|组织|机构|窗口)([\u4e00-\u9fff]*)$/;

// The verb of taking a request in and who made it, before its type ("受理消费者投诉", "接到群众求助"): no owner of the type.
const REQUESTED_BY = /^(?:受理|收到|接到|接收|接听|登记)?(?:消费者|群众|市民|网民|企业)?/;

// A total that names the channels or sources of what it counts ("非话务渠道诉求277件", "通过各渠道收到…"): its 其中
// parts that name a channel ("省长信箱转派工单", "某某平台转派工单", "网站留言") are those channels, one each.
const CHANNEL_TOTAL = /渠道|来源|途径/;
const CHANNEL_NOUN = /信箱|平台|热线|网|微信|微博|公众号|客户端|小程序|app|来信|来电|来访|留言|窗口|转派|转交|转来/i;
// Who issued or made a document, or at which level: one each ("其中县政府60件、乡镇13件、县政府部门13件"). A level as a
// whole ("市本级", "县级") holds its bodies: a level named twice counts apart only as two bodies (县政府, 县政府部门).
const ISSUER_VERBS = '制发|制定|印发|发布|出台|报备|报送|受理|收到|接收|转办|交办|办理|登记|登记办理|登记受理|应答|接听|办结|逾期';
// "市政府本级收到": the level may follow the body.
const ISSUER = new RegExp(`^各?(省|市|县|区|区县|县区|县市区|乡镇|镇|乡|街道|村|社区)(级|本级|直)?(?:人民政府|政府)?(本级)?(?:部门|单位|机关)?(?:${ISSUER_VERBS})?$`);
// A body named by its place or office ("城关区", "安平县", "市残联", "市交通集团"), what it did after the name perhaps
// ("城关区应答", "市残联逾期"): a work order or call goes to one of them. Not all or the rest of a level ("各县", "其他县区"),
// nor a place that is no district ("示范社区", "小区", "园区").
const NAMED_BODY = new RegExp(`^((?!各|全|本|其他|其余|其它)[\u4e00-\u9fff]{1,10}(?:(?<![社小园景校片辖])区|县|市|旗|盟|州|镇|乡|街道|局|委员会|办公室|中心|公司|集团|残联|妇联))(?:${ISSUER_VERBS})?$`);
// The verb of passing work on before the body it went to ("转派市直单位", "交办城关区").
const HANDED_TO = /^(?:转派|转交|转办|交办|派发|分派)(?:至|到|给)?/;
const OWN_BODY = /政府|部门|单位|机关/;
// A state or a step of handling is no source ("其中已办结270件").
const NO_SOURCE = new RegExp(`${CLOSED.source}|${CARRIED_OUT.source}|${REMAINDER_WORDS}`);

// The name of a channel before what it counts ("政务服务网", "一体机", "热线服务").
const MAX_CHANNEL_NAME = 8;
// A short bracket after a name ("县（市、区）"), and how many units a level has before its name ("96个村").
const BRACKETED = /[（(][^（）()]{1,8}[）)]/g;
const UNIT_COUNT = /^[0-9]+个?/;

/** The words of a source: a channel under a total that names channels, an issuer or a named body; undefined for none. */
function sourceOf(words: string, byChannel: boolean): string | undefined {
  if (byChannel) return CHANNEL_NOUN.test(words) && !NO_SOURCE.test(words) && !CASE_STEPS.test(words) ? words : undefined;
  // "各县（市、区）登记办理": the units named in brackets are of the level before them; "12乡镇", "96个村": how many.
  // "县政府规范性文件20件，部门文件30件": the document after its issuer; 部门 alone, the departments of the report's place.
  const bare = bareIssuer(words).replace(ISSUED_DOCUMENT, '');
  return ISSUER.exec(bare)?.[1] ?? NAMED_BODY.exec(bare)?.[1] ?? (DEPARTMENTS.test(bare) ? bare : undefined);
}

// What an issuer issued, named after it ("县政府文件", "部门规范性文件").
const ISSUED_DOCUMENT = /(?<=[\u4e00-\u9fff])(?:规范性)?文件$/;
const DEPARTMENTS = /^(?:部门|政府部门)$/;

/** The words of an issuer without the units in brackets, their number, or the verb of passing work on to them. */
function bareIssuer(words: string): string {
  return words.replace(BRACKETED, '').replace(UNIT_COUNT, '').replace(HANDED_TO, '').replace(IN_NAME_OF, '$1');
}

// "以市政府办公室名义印发": the body a document is issued in the name of.
const IN_NAME_OF = /^以([\u4e00-\u9fff]{2,12}?)的?名义/;
// A level as a whole, or all of its units ("各县区", "乡镇"): it may hold a body named beside it.
const WHOLE_LEVEL = /^各|^(?:区县|县区|县市区|乡镇|街道|村|社区)/;
// Staff counted by where they come from ("综合执法派驻7人", "乡镇配备人员6人"): a member comes from one place.
const STATIONED = /^([\u4e00-\u9fff]{2,8}?)(?:派驻|派出|选派|抽调|配备)(?:人员|队员)?$/;

/** One part names a body ("城关区") and the other a level as a whole ("各县区") that may hold it. */
function bodyInWholeLevel(a: string, b: string): boolean {
  const [x, y] = [bareIssuer(a), bareIssuer(b)];
  const [bodyX, bodyY] = [!ISSUER.test(x) && NAMED_BODY.test(x), !ISSUER.test(y) && NAMED_BODY.test(y)];
  const level = bodyX ? y : x;
  return bodyX !== bodyY && ISSUER.test(level) && WHOLE_LEVEL.test(level);
}

/** Where staff counted by their source come from: a stationing body, or a body named ("交通局"); undefined for none. */
function staffSourceOf(words: string): string | undefined {
  const bare = bareIssuer(words);
  return STATIONED.exec(bare)?.[1] ?? (!ISSUER.test(bare) ? NAMED_BODY.exec(bare)?.[1] : undefined);
}

/**
 * The longest run (two or more) of the first parts of a 其中 list (or an aside) that are different sources of the things
 * counted — channels under a total that names them, or the issuers or levels that made them — none a tag or a part of
 * another.
 */
function sourceKinds(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[]): Figure[] | undefined {
  if (!(opensSubset(doc, index, total, parts[0]) || parts[0].inParens)) return undefined;
  // People carry many properties at once: they are sorted by source only by where they come from.
  const staff = PEOPLE.includes(parts[0].unit);
  const byChannel = !staff && CHANNEL_TOTAL.test(total.before);
  // "各渠道收集用户评价…。其中，政务服务网收到评价数…，粤省事收到评价数…": under a total that names its channels, parts
  // that share what they count after names of their own are the channels, whatever they are called.
  const clean = (p: Figure) => partWords(p).replace(SUBSET_OPENING, '').trim();
  const shared = byChannel && parts.length >= 2 ? commonSuffix([clean(parts[0]), clean(parts[1])]) : '';
  const ending = shared.length >= 2 && !MEASURE_ENDING.test(shared) && !NO_SOURCE.test(shared) ? shared : undefined;
  const seen: string[] = [];
  const levels: string[] = [];
  for (const p of parts) {
    const words = clean(p);
    const head = ending && words.endsWith(ending) ? words.slice(0, -ending.length) : '';
    const level = staff ? staffSourceOf(words) : sourceOf(words, byChannel) ?? (head.length >= 2 && head.length <= MAX_CHANNEL_NAME && !NO_SOURCE.test(head) ? head : undefined);
    // A stationing body may be named by its work ("综合执法派驻"), no tag.
    if (!level || (p.subsetCue && p !== parts[0]) || seen.includes(words) || NOT_A_KIND.test(words) || (!staff && CROSSCUTTING.test(words))) break;
    // "市本级40件、市政府部门20件": the level as a whole beside a part of it.
    if (!byChannel && levels.some((l, k) => l === level && !(OWN_BODY.test(words) && OWN_BODY.test(seen[k])))) break;
    // "各县区办结500件，城关区办结400件": a named body may be in a level named as a whole.
    if (!byChannel && seen.some((w) => bodyInWholeLevel(w, words))) break;
    seen.push(words);
    levels.push(level);
  }
  return seen.length >= 2 ? parts.slice(0, seen.length) : undefined;
}

// Legal aid is given in criminal, civil and administrative matters (法律援助法 第二十四条、第三十一条): cases of the three
// kinds, two of them maybe named together ("民事（行政）案件"), are all the cases.
const LEGAL_AID = /法律援助/;
const LEGAL_AID_KINDS = ['刑事', '民事', '行政'];

// Legal help (法律帮助: advice or representation short of a case) may be counted among the legal aid a total counts.
const LEGAL_HELP = /^(?:提供)?法律帮助/;

/**
 * The parts are legal aid cases, each of one or two of its kinds, together of all three and none twice — and perhaps
 * one part of legal help ("…行政法律援助案件2宗、法律帮助430宗").
 */
function coversLegalAidKinds(total: Figure, parts: Figure[]): boolean {
  if (!LEGAL_AID.test(total.before) || PEOPLE.includes(total.unit)) return false;
  const cases = parts.filter((p) => !LEGAL_HELP.test(partWords(p)));
  if (cases.length > LEGAL_AID_KINDS.length || parts.length - cases.length > 1) return false;
  const named = cases.map((p) => LEGAL_AID_KINDS.filter((k) => partWords(p).includes(k)));
  const all = named.flat();
  return cases.every((p, k) => CASE_KIND.test(partWords(p)) && named[k].length > 0) && all.length === LEGAL_AID_KINDS.length && new Set(all).size === all.length;
}

// Those under community correction (社区矫正法 第二条) are sentenced to 管制, on probation (缓刑), on parole (假释) or serving
// outside prison (暂予监外执行): one each, and the four are all.
// 社区服刑人员 is the name 社区矫正对象 had before the 社区矫正法 (2020).
const COMMUNITY_CORRECTION_TOTAL = /社区矫正|社区服刑/;
const COMMUNITY_CORRECTION_KINDS = [/^管制/, /^缓刑/, /^假释/, /^暂予监外执行|^监外执行/];
const ON_REGISTER = /在册|在矫/;
const UNDER_CORRECTION = /在矫/;

/** "社区矫正对象320人，其中缓刑260人，假释20人，暂予监外执行15人，管制30人": the longest run of the first parts of different kinds. */
function correctionKinds(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[]): Figure[] | undefined {
  // "…接收社区矫正对象512人，…，现在册人数为386人": those on the register, named earlier in their sentence.
  // 在矫 (under correction) names them alone ("6月份在矫3755人中，管制类37名，…").
  const named = COMMUNITY_CORRECTION_TOTAL.test(total.before) || UNDER_CORRECTION.test(total.before) ||
    (ON_REGISTER.test(total.before) && COMMUNITY_CORRECTION_TOTAL.test(doc.norm.slice(index.sentences[total.sentence].span.start, total.span.start)));
  if (!named) return undefined;
  const seen = new Set<number>();
  for (const p of parts) {
    const kind = COMMUNITY_CORRECTION_KINDS.findIndex((k) => k.test(partWords(p).replace(SUBSET_OPENING, '').trim()));
    if (kind < 0 || seen.has(kind) || p.unit !== parts[0].unit) break;
    seen.add(kind);
  }
  return seen.size >= 2 ? parts.slice(0, seen.size) : undefined;
}

// A decision each case or person gets on one ground only ("法定不起诉", "证据不足不起诉", "存疑不捕").
const DECISION_ACT = /(?:不起诉|不批准逮捕|不批捕|不捕|不予立案|不予受理|不予许可|不予登记)$/;

/**
 * "共不起诉70人，其中法定不起诉0人，犯罪情节轻微不起诉65人，证据不足不起诉5人": the first parts of a 其中 list each the total's very
 * decision (a refusal: 不起诉, 不予受理…) on a ground of its own — a decision rests on one ground, so they cannot hold more.
 */
function groundsOfDecision(total: Figure, parts: Figure[]): Figure[] | undefined {
  const act = DECISION_ACT.exec(partWords(total))?.[0];
  if (!act || parts.length < 2) return undefined;
  const grounds = new Set<string>();
  let n = 0;
  for (const p of parts) {
    const words = partWords(p).replace(SUBSET_OPENING, '').replace(/^[，,：:\s]+/, '');
    const ground = words.endsWith(act) ? words.slice(0, -act.length) : '';
    if (p.unit !== total.unit || ground.length < 2 || grounds.has(ground) || INVOLVES.test(ground) || CROSSCUTTING.test(ground) || PEOPLE_GROUPS.test(ground)) break;
    grounds.add(ground);
    n++;
  }
  return n >= 2 ? parts.slice(0, n) : undefined;
}

// The longest verb the bodies' work is named by ("调解", "办理", "受理").
const MAX_WORK_VERB = 4;
// A body or office that does a piece of work itself ("司法所", "调委会", "法律服务所", "司法助理员", "县法律援助中心").
const WORKING_BODY = /(?:所|站|室|庭|委员会|调委会|中心|助理员|组织|机构|局|院)$/;

/**
 * "共调解各类民间纠纷29757件。其中，司法助理员调解5068件，法律服务所调解5551件，均成功；调委会调解19138件": the first parts of a
 * 其中 list, each a different body doing the total's very work (its verb, nothing after it): a case is handled by one of them.
 */
function bodiesDoingWork(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[]): Figure[] | undefined {
  if (parts.length < 2 || !opensSubset(doc, index, total, parts[0]) || HEADCOUNT_UNITS.includes(total.unit)) return undefined;
  const named = parts.slice(0, 2).map((p) => partWords(p).replace(SUBSET_OPENING, '').replace(/^[，,：:\s]+/, ''));
  // The work the first two do alike, which the total's words do too.
  const verb = commonSuffix(named);
  if (verb.length < 2 || verb.length > MAX_WORK_VERB || !total.before.includes(verb)) return undefined;
  const bodies = new Set<string>();
  let n = 0;
  for (const p of parts) {
    const words = partWords(p).replace(SUBSET_OPENING, '').replace(/^[，,：:\s]+/, '');
    if (!words.endsWith(verb) || p.unit !== parts[0].unit) break;
    const body = words.slice(0, -verb.length);
    if (!WORKING_BODY.test(body) || body.length < 2 || bodies.has(body) || CROSSCUTTING.test(body)) break;
    bodies.add(body);
    n++;
  }
  return n >= 2 ? parts.slice(0, n) : undefined;
}

// Of all ever taken under community correction (累计接收), each has left it (解除矫正, 解矫) or is under it still (在矫,
// 在册): the two cannot hold more than the intake (some may have left otherwise: 收监执行, 死亡).
const CORRECTION_INTAKE = /累计(?:接收|接受|收到|列管)/;
// ("累计解除454人": 解除 alone, after the intake, is release from correction.)
const CORRECTION_STATES = [/^(?:累计|已)?(?:期满)?解(?:除矫正?|矫|除$)/, /^(?:目前|现|现有|仍)?(?:在矫|在册)/];

/** Under all ever taken under correction, those released (累计解除矫正…) are a part, though counted since the start too. */
function releasedOfCorrection(total: Figure, f: Figure): boolean {
  return CORRECTION_INTAKE.test(total.before) && COMMUNITY_CORRECTION_TOTAL.test(total.before) && CORRECTION_STATES[0].test(partWords(f));
}

// Those on the register now, opening the sentence after the intake and the released ("截至目前，全区在册社区矫正对象310人").
const ON_REGISTER_NOW = /(?:在册|在矫)(?:的)?(?:社区矫正对象|社区服刑人员|人员|人数)?(?:为|有|共)?\s*$/;

/**
 * "累计接收社区矫正对象764人，累计解除454人。截至目前，全区在册社区矫正对象310人": the released closing the intake's sentence
 * and those on the register now, first in the next sentence of the paragraph, cannot outnumber the intake.
 */
function checkCorrectionRegister(doc: ReportDocument, index: FigureIndex, k: number): Finding | undefined {
  const [sentence, next] = [index.sentences[k], index.sentences[k + 1]];
  if (!next || next.paragraph !== sentence.paragraph || next.docSentence !== sentence.docSentence + 1) return undefined;
  const main = mainFigures(sentence);
  const at = main.findIndex((f) => CORRECTION_INTAKE.test(f.before) && COMMUNITY_CORRECTION_TOTAL.test(f.before) && HEADCOUNT_UNITS.includes(f.unit) && isExactCount(f));
  const [intake, released] = [main[at], main[at + 1]];
  if (!intake || !released || released !== main[main.length - 1] || !releasedOfCorrection(intake, released) || !HEADCOUNT_UNITS.includes(released.unit) || !isExactCount(released)) return undefined;
  const current = mainFigures(next)[0];
  if (!current || !HEADCOUNT_UNITS.includes(current.unit) || !isExactCount(current) || !ON_REGISTER_NOW.test(current.before)) return undefined;
  const parts = [released, current];
  return sumOf(parts) > intake.value + tolerance(intake, parts) ? sumFinding(doc, intake, parts, true) : undefined;
}

/** "累计接收社区服刑人员29647人，累计解除矫正14278人，在矫人员15369人": those released and those under correction still. */
function correctionStates(total: Figure, parts: Figure[]): Figure[] | undefined {
  if (parts.length < 2 || !CORRECTION_INTAKE.test(total.before) || !COMMUNITY_CORRECTION_TOTAL.test(total.before) || !HEADCOUNT_UNITS.includes(total.unit)) return undefined;
  const pair = parts.slice(0, 2);
  const states = pair.map((p) => CORRECTION_STATES.findIndex((state) => state.test(partWords(p).replace(SUBSET_OPENING, '').replace(/^[，,：:\s]+/, ''))));
  return states.includes(0) && states.includes(1) && pair.every((p) => HEADCOUNT_UNITS.includes(p.unit)) ? pair : undefined;
}

// 信访总量 is what came by letter, by visit and online (the forms the statistics count it in): the three, each once, are
// all of it.
const PETITION_TOTAL = /信访总量/;
// Who wrote or came may be named first ("群众来信", "接待群众来访").
const PETITION_FORMS = [/^(?:群众|人民群众)?来信/, /^(?:接待)?(?:群众|人民群众)?来访/, /^(?:群众|人民群众)?(?:网上|网络|网信)/];

/** "全区信访总量640件，其中网上信访300件，来信180件，来访140批320人次": letters, visits and online petitions, each once. */
function coversPetitionForms(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[]): boolean {
  if (!PETITION_TOTAL.test(total.before) || parts.length !== PETITION_FORMS.length) return false;
  // The form opens the part's clause, before other words the clause joins with 、 ("接待来访、劝导引导涉诉访越级访4115人次").
  const opening = (p: Figure) => clauseWordsBefore(doc, index, p).replace(SUBSET_OPENING, '').replace(/^[，,：:\s]+/, '');
  return PETITION_FORMS.every((form) => parts.filter((p) => form.test(opening(p))).length === 1);
}

const PEOPLE = [...HEADCOUNT_UNITS, '人次'];

/**
 * "其中专职调解员78名，兼职调解员48名", "其中男性…，女性…": people counted on the two sides of a split (PEOPLE_SPLITS) are
 * all the people counted — unless more kinds of them exist (PEOPLE_SPLIT_OPEN). The words they share, else undefined.
 */
function peopleSplit(total: Figure, a: Figure, b: Figure): string | undefined {
  if (!PEOPLE.includes(a.unit) || a.unit !== b.unit) return undefined;
  const shared = exclusivePair(partWords(a), partWords(b));
  return shared === undefined || PEOPLE_SPLIT_OPEN.test(shared) || PEOPLE_SPLIT_OPEN.test(total.before) || POPULATION.test(shared) ? undefined : shared;
}

// Rules or documents still in force, and those repealed or lapsed ("现行有效98件，废止或失效22件"); not a clean-up's
// outcomes, which may also amend ("继续有效…，修改…，废止…").
const IN_FORCE = /^(?:现行|现存|仍然)有效$/;
const NO_LONGER_IN_FORCE = /^已?(?:废止|失效|宣布失效)(?:(?:或|、|和|及)已?(?:废止|失效))?$/;

/**
 * "规章110条（现存有效80条，废止或失效30条），规范性文件900条…": an aside of two parts that split the total is its
 * breakdown, though counts of the same kind follow it.
 */
function splitInAside(doc: ReportDocument, total: Figure, aside: Figure[]): boolean {
  return aside.length === 2 && (inForceSplit(total, aside[0], aside[1]) || peopleSplit(total, aside[0], aside[1]) !== undefined || partitionPair(doc, total, aside[0], aside[1]));
}

/** "公布政府规章120件（现行有效98件，废止或失效22件）": all that were made are in force or are no longer. */
function inForceSplit(total: Figure, a: Figure, b: Figure): boolean {
  if (!LAWMAKING_TOTAL.test(total.before) || CLEANUP_TOTAL.test(total.before)) return false;
  const [x, y] = [partWords(a), partWords(b)];
  return (IN_FORCE.test(x) && NO_LONGER_IN_FORCE.test(y)) || (IN_FORCE.test(y) && NO_LONGER_IN_FORCE.test(x));
}

// Urban and rural population is a partition by definition, figure/partition's.
const POPULATION = /人口$/;

/**
 * Decisions listed as a total's parts ("纠错40件。结果分别为撤销20件，确认违法12件，责令履行10件"; clean-up results
 * "保留…、废止…"; what was decided on applications received: "受理…，不予受理…，告知…") exclude each other: listed in full or not, they cannot add up to more than their total. The list
 * must be opened as one (after 其中/分别/结果: "撤销20件，确认违法12件" makes no total of 撤销); a 其中 inside it breaks one
 * of them down, so proves nothing.
 */
function areDisjointOutcomes(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[]): boolean {
  if (parts.slice(1).some((p) => p.subsetCue)) return false;
  // "完成4个，基本完成1个，未完成1个": how far each thing got, one each.
  if (completionStates(parts)) return true;
  // Decisions on applications follow what was received whether or not 其中 opens them: no decision is their total. A
  // paragraph naming a carry-over may decide on applications received the year before.
  // A request for information is answered one way ("收到申请9件，予以公开6件，部分公开2件，不予公开2件").
  // Requests for information taken in by any verb ("共受理信息公开申请30件"), one more part after the answers perhaps
  // ("另处理重复申请1件").
  if (APPLICATION_RECEIVED.test(total.before) && parts.every((p) => APPLICATION_DECISION.test(partWords(p)))) return !namesCarryOver(doc, index, total);
  // A carry-in inside the total is answered among it.
  // "共收到信息公开申请30件，答复30件。其中…": the answers to the requests its sentence names — or the sentence before,
  // when the answered count opens its own ("收到政府信息公开申请58件，同比下降…。已答复58件，其中…").
  const answered = ANSWERED.test(partWords(total)) && (!!matchInSentenceBefore(doc, index.sentences[total.sentence], DISCLOSURE_REQUEST, total.span.start) || requestsInSentenceBefore(doc, index, total));
  // 无法提供 beside one of its kinds counts some requests twice.
  const twice = parts.some((p) => /^无法提供/.test(partWords(p))) && parts.some((p) => CANNOT_PROVIDE_KIND.test(partWords(p)));
  // Requests named bare ("收到申请12件") are for information when three answers or more say so, one of them 公开.
  const answersSayDisclosure = BARE_REQUESTS.test(total.before) && parts.length >= MIN_DISCLOSURE_ANSWERS && parts.some((p) => /公开/.test(partWords(p)));
  if ((DISCLOSURE_REQUEST.test(total.before) || answered || answersSayDisclosure) && !twice && parts.every((p, k) => isDisclosureAnswer(partWords(p)) || (k >= 2 && ONE_MORE.test(partWords(p))))) {
    return !namesCarryOver(doc, index, total) || carryInsideOnly(doc, index, total);
  }
  // A paragraph naming a carry-over may decide on things taken in the year before.
  if (intakeDecisions(total, parts)) return !namesCarryOver(doc, index, total);
  // "作出终止决定13件，其中经调解达成和解协议4件，申请人撤回申请9件": the grounds a review was ended on, one a case.
  if (TERMINATED.test(partWords(total)) && parts.every((p) => TERMINATION_GROUND.test(partWords(p)))) return true;
  // "行政复议案件6件，撤销2件，维持4件": decisions on reviews or suits may follow their count with no word leading them;
  // so may the results of a clean-up after what it went through ("清理规范性文件120件，保留70件，废止50件").
  const led = OPENS_PARTS.test(doc.norm.slice(total.span.end, parts[0].span.start));
  if (!led && CLEANUP_TOTAL.test(partWords(total)) && parts.every((p) => CLEANUP_OUTCOME.test(p.before))) return true;
  if (!led && !REVIEW_OR_SUIT.test(partWords(total))) return false;
  // A case is decided one way or still pending ("维持2件，纠错2件，尚未审结6件"): the corrections as one, or one by one.
  const corrected = parts.some((p) => CORRECTION_OUTCOME.test(p.before)) ? DECISION : DECISION_OR_CORRECTED;
  // A withdrawn application ("申请人撤回申请") ends a review one way too — unless the list names the ends a withdrawal is
  // counted among (终止) or comes of (调解, 和解).
  const withdrawn = (p: Figure) => WITHDRAWN.test(p.before) && !parts.some((q) => ENDS_IN_WITHDRAWAL.test(q.before));
  // Among cases closed, an application refused ("不予受理") is one more closed the way it ended.
  const refused = (p: Figure) => REFUSED_INTAKE.test(partWords(p)) && CLOSED_TOTAL.test(total.before);
  const decidedOrPending = parts.every((p) => corrected.test(p.before) || PENDING.test(p.before) || withdrawn(p) || refused(p)) && parts.some((p) => DECISION.test(p.before));
  return decidedOrPending || (led && parts.every((p) => CLEANUP_OUTCOME.test(p.before))) || suitOutcomes(parts);
}

const REFUSED_INTAKE = /^(?:决定)?不予受理$/;

// Ends of a review that may overlap a decision: a suspended case (中止) may be decided later in the year, a withdrawn
// or given-up application (撤回, 放弃申请) is counted among 终止 by some writers.
const OVERLAPPING_END = /中止|撤回|撤诉|放弃/;

/**
 * "受理复议案件73件，审理结果是维持46件，驳回7件，…，中止1件，终止13件，放弃申请2件": when the ends of reviews or suits listed
 * after their count (led by 其中/审理结果…, or under a count of reviews or suits) hold ends that may overlap the decisions,
 * the decisions alone (维持, 驳回, 纠错, 终止 …: one a case) still cannot hold more than the total. The decisions, else
 * undefined.
 */
function decisionsAmongEnds(doc: ReportDocument, total: Figure, parts: Figure[]): Figure[] | undefined {
  if (parts.slice(1).some((p) => p.subsetCue)) return undefined;
  if (!OPENS_PARTS.test(doc.norm.slice(total.span.end, parts[0].span.start)) && !REVIEW_OR_SUIT.test(partWords(total))) return undefined;
  if (!(CLOSED_TOTAL.test(total.before) || ACCEPTED_TOTAL.test(total.before))) return undefined;
  if (!parts.every((p) => DECISION_OR_CORRECTED.test(p.before) || PENDING.test(p.before) || OVERLAPPING_END.test(partWords(p)))) return undefined;
  const decided = parts.filter((p) => DECISION.test(p.before) && !OVERLAPPING_END.test(partWords(p)));
  return decided.length >= 2 && decided.length < parts.length ? decided : undefined;
}

/** The decisions above their total, the ends left out named. */
function decisionsFinding(doc: ReportDocument, total: Figure, decided: Figure[], parts: Figure[]): Finding {
  const finding = sumFinding(doc, total, decided, true);
  const left = parts.filter((p) => !decided.includes(p)).map((p) => partWords(p)).join('、');
  return { ...finding, message: `${finding.message}；未计可能与其他结果重叠的${left}` };
}

// Reviews ended without a ruling, and the grounds they end on (a settlement, a withdrawal, the applicant's death …).
const TERMINATED = /终止(?:决定|审理|审查)?$/;
const TERMINATION_GROUND = /撤回|撤诉|和解|调解|死亡|注销|放弃/;

/** `f` opens its sentence, and the sentence right before it in the paragraph names requests for information. */
function requestsInSentenceBefore(doc: ReportDocument, index: FigureIndex, f: Figure): boolean {
  const [sentence, before] = [index.sentences[f.sentence], index.sentences[f.sentence - 1]];
  return !!before && sentence.figures[0] === f.id && before.paragraph === sentence.paragraph && before.docSentence === sentence.docSentence - 1 &&
    !!matchInSentenceBefore(doc, before, DISCLOSURE_REQUEST, before.span.end);
}

// What an intake decides on each complaint or report: taken on or turned down (受理/不受理, 立案/不予立案), in either
// order and whatever qualifies the verb ("初查不受理", "正式受理"), or still being looked into ("尚在初查中", "正在初查").
const INTAKE_DECISION = /(?:受理|立案)$/;
const STILL_LOOKED_INTO = /^(?:尚在|正在|仍在)[\u4e00-\u9fff]{1,4}$/;
const INTAKE_WORDS = /接收|收到|接到|登记|受理/;

/**
 * "接收投诉600件，其中初查不受理300件、正式受理280件，正在初查20件": a thing taken in is taken on, turned down or still
 * looked into — one of them each; the decision and its negation must both be there.
 */
function intakeDecisions(total: Figure, parts: Figure[]): boolean {
  if (parts.length < 2 || !INTAKE_WORDS.test(total.before)) return false;
  let [taken, refused] = ['', ''];
  for (const p of parts) {
    const words = partWords(p);
    const verb = INTAKE_DECISION.exec(words)?.[0];
    if (!verb) {
      if (!STILL_LOOKED_INTO.test(words.replace(/中$/, ''))) return false;
      continue;
    }
    const negated = /不予?$|未$/.test(words.slice(0, -verb.length));
    if (negated ? refused : taken) return false;
    if (negated) refused = verb;
    else taken = verb;
  }
  return !!taken && taken === refused;
}

// A total of requests answered or handled ("答复30件").
const ANSWERED = /^(?:[\u4e00-\u9fff]{0,4}?)(?:答复|办理|办结|处理)$/;
// Cases of administrative review or suits, each decided one way.
const REVIEW_OR_SUIT = /复议|诉讼|应诉|被诉|被起诉|法院/;
// The rest of the cases, not decided yet: "另2件尚未作出判决", "另有1件正在审理".
const RESTS_UNDECIDED = /^\s*另有?[^0-9]*?(?:尚未|未|正在|仍在|尚在)(?:作出|审结|判决|审理|结案|裁判)/;

// How a suit ends for the agency: won, lost, or withdrawn (or dismissed) without a judgement on the merits, at first
// instance or on appeal ("一审胜诉").
const SUIT_OUTCOME = /^(?:[一二]审|再审|终审)?(胜诉|败诉|撤诉|原告撤诉|撤回起诉|驳回起诉)/;
// How a case ended or that it is still open: a review's decision, a suit's outcome, pending.
const OUTCOME_OF_CASE = new RegExp(`^(?:${DECISION.source}|${SUIT_OUTCOME.source.slice(1)}|${PENDING.source})`);
// A withdrawn application or suit, and the ends a withdrawal may be counted among or come of.
const WITHDRAWN = /撤回|撤诉/;
const ENDS_IN_WITHDRAWAL = /终止|调解|和解/;
const STILL_PENDING = 'pending';

/** "其中胜诉50件，败诉12件，撤诉10件", "其中一审胜诉2件，尚在审理1件": each part a different end of a suit, or those still pending. */
function suitOutcomes(parts: Figure[]): boolean {
  const ends = parts.map((p) => (PENDING.test(partWords(p)) ? STILL_PENDING : SUIT_OUTCOME.exec(partWords(p))?.[1]));
  return ends.every((e) => e !== undefined) && new Set(ends).size === ends.length && ends.some((e) => e !== STILL_PENDING);
}

/**
 * A part the sum counts in its own unit — or people (人, 名) summed as person-times (人次): "参训人员分别为42人、38人，
 * 共80人次" (the people of each session together are visits, not people).
 */
function summedAs(sum: Figure, part: Figure): boolean {
  return sameUnitKind(sum, part) || (sum.unit === '人次' && HEADCOUNT_UNITS.includes(part.unit));
}

// The shares a sum names by their number ("两项合计为79.7%", "以上三项合计占", "二者之和为").
const SHARES_SUMMED = /^\s*(?:以上|上述)?([两二三四五六七八九十]|[2-9])(?:项|者|类)(?:合计|共计|总计|相加|之和)(?:为|达|占|约为)?\s*$/;
// What a share's words end in: 占, 占比, "占…的".
const SHARE_LEAD = /占(?:比|比重)?(?:[^，,；;。]{0,12}的)?(?:约|为|达)*\s*$/;

/**
 * "认为有进步的占52.4%，认为有很大进步的占27.3%，两项合计为79.7%": a sum of shares that says how many it adds — the shares
 * right before it in its sentence, each stated with 占 — is their sum within their rounding.
 */
function checkSharesSummed(doc: ReportDocument, index: FigureIndex, k: number): Finding | undefined {
  const main = mainFigures(index.sentences[k]);
  for (let r = 0; r < main.length; r++) {
    const sum = main[r];
    const m = sum.percent && !sum.approx && !sum.number.percentPoint ? SHARES_SUMMED.exec(sum.before) : null;
    if (!m) continue;
    const n = /[0-9]/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]) ?? 0;
    // "两项" is read as a count of its own: the shares end before the sum's segment.
    let end = r;
    while (end > 0 && main[end - 1].segment === sum.segment) end--;
    const parts = main.slice(Math.max(0, end - n), end);
    if (parts.length !== n || !parts.every((p) => p.percent && !p.approx && !p.number.percentPoint && SHARE_LEAD.test(p.before))) continue;
    if (Math.abs(sumOf(parts) - sum.value) > tolerance(sum, parts)) return sumFinding(doc, sum, parts);
  }
  return undefined;
}

// What follows a count that frames the clauses after it: its noun, then 中 ("30件案件中，").
const FRAME_AFTER = /^[\u4e00-\u9fff]{0,8}中\s*$/;

/** A larger count of f's kind earlier in its sentence (MAX_LOOKBACK figures back at most), followed by 中: the frame f is an item of. */
function framedBefore(index: FigureIndex, f: Figure): boolean {
  for (let id = f.id - 1; id >= Math.max(0, f.id - MAX_LOOKBACK); id--) {
    const g = index.figures[id];
    if (g.sentence !== f.sentence) return false;
    if (!g.inParens && g.value > f.value && sameUnitKind(g, f) && FRAME_AFTER.test(g.after)) return true;
  }
  return false;
}

/**
 * "判决生效各类刑事犯罪案件204件249人，其中一审生效案件195件236人，二审生效案件9件13人": parts stated in two measures, as
 * their total is, are the same items counted twice — when one measure adds up to its total exactly, the list is all of
 * it, and the other measure must add up too.
 */
function checkPairedMeasure(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[]): Finding | undefined {
  if (parts.length < 2) return undefined;
  const totalSecond = headcountBeside(index, total);
  const seconds = parts.map((p) => headcountBeside(index, p));
  if (!totalSecond || seconds.some((g) => !g || !sameUnitKind(g, totalSecond))) return undefined;
  const second = seconds as Figure[];
  const [firstAdds, secondAdds] = [addsUp(total, parts), addsUp(totalSecond, second)];
  if (firstAdds === secondAdds) return undefined;
  return firstAdds ? sumFinding(doc, totalSecond, second) : sumFinding(doc, total, parts);
}

/** Whether two findings list the same parts (their related spans, in order). */
function sameParts(a: Finding, b: Finding): boolean {
  const [x, y] = [a.related ?? [], b.related ?? []];
  return x.length > 0 && x.length === y.length && x.every((r, j) => r.span.start === y[j].span.start);
}

// Nothing but a noun after a count to the end of its clause ("390项行政许可事项。").
const NOUN_CLOSES = /^[\u4e00-\u9fff]{2,10}\s*[。；;]?\s*$/;

/** "非常满意802条，满意163条，合计965条": a bare 合计/共计/总计 after a list of parts is their sum. */
function checkSumAfter(doc: ReportDocument, ctx: RuleContext, chain: Figure[], i: number): Finding | undefined {
  const index = ctx.figures();
  const total = chain[i];
  const bare = bareSumAfter(total.before);
  // "上半年受理60件，下半年受理70件，全年受理131件": the year after its two halves sums them (halvesOf, below).
  const year = YEAR_AFTER.test(total.before) ? { verb: '', count: 2, back: false, noun: '' } : undefined;
  // "…工作动态28条。全年合计发布各类信息126条": a sentence that opens by summing all kinds (各类) over the year points back as
  // 以上 does.
  const allKinds = ALL_KINDS_SUM.test(total.before) ? { verb: '', count: undefined, back: true, noun: '' } : undefined;
  // "市本级收到…356件，各县（区）收到…528件，全市共收到884件": the whole place after its own level and the levels below it.
  const wholePlace = WHOLE_PLACE_SUM.test(total.before) ? { verb: '', count: undefined, back: false, noun: '' } : undefined;
  const sum: (ReturnType<typeof sumAfter> & { ownVerb?: string }) | undefined = sumAfter(total.before, true) ?? bare ?? allKinds ?? year ?? wholePlace;
  if (!sum) return undefined;
  // "以上三类共计42件", "两项合计…": the sum may name how many parts it sums (a figure of its own in its segment).
  const mates = index.sentences[total.sentence].segments[total.segment].figures;
  const before = index.figures[total.id - 1];
  const kinds = countsKindsBefore(index, total) || (mates.length === 2 && mates[0] === before?.id && before.value === sum.count) ? before : undefined;
  // "…，共计390项行政许可事项": the sum may name what it counts after it.
  if (!(total.lone || kinds) || !(total.final || NOUN_CLOSES.test(total.after)) || !isExactCount(total)) return undefined;
  const closing = CLOSING_SUM.test(sum.verb);
  const parts: Figure[] = [];
  // "…行政许可案件50件。以上合计125件": a sum that points back (以上/上述) and opens its sentence sums the parts closing the
  // sentence right before it in its paragraph.
  const sentence = index.sentences[total.sentence];
  const previous = index.sentences[total.sentence - 1];
  const fromBefore = sum.back && mainFigures(sentence).find((f) => f.id !== kinds?.id) === total && !!previous && previous.paragraph === sentence.paragraph &&
    previous.docSentence === sentence.docSentence - 1 ? total.sentence - 1 : undefined;
  if (fromBefore !== undefined) {
    const earlier = mainFigures(index.sentences[fromBefore]);
    for (let j = earlier.length - 1; j >= 0; j--) {
      const f = earlier[j];
      if (!f.lone || !f.final || !isExactCount(f) || !sameUnitKind(total, f) || (parts.length > 0 && !adjacent(doc, index, f, parts[0])) || PER_ITEM.test(f.before)) break;
      if (parts.length === MAX_PARTS) return undefined;
      parts.unshift(f);
      if (f.subsetCue) break;
    }
    // 以上 may point back further ("受理120件，审结110件。办理应诉案件80件，出庭75件。以上合计办理案件200件" is 120+80): only
    // a list that is all the paragraph has counted of the kind so far is the sum's.
    if (parts.length && earlierOfKind(index, total, parts[0])) return undefined;
  }
  // The change a level's count is followed by, passed over: the level's count must stand right before it.
  let skipped: Figure | undefined;
  for (let j = i - 1; j >= 0 && fromBefore === undefined; j--) {
    const f = chain[j];
    if (f.id === kinds?.id) continue;
    // "审核发放210人次的值班补贴12.30万元；…，共计78.7万元": the count of what an amount of money was spent on stands
    // beside the amount, no part of the sum.
    if (parts.length && f.segment === parts[0].segment && f.sentence === total.sentence && amountsBeside(index, parts[0])) continue;
    // Each level's own change may follow it before the whole place's sum ("市本级收到356件，同比增长12.3%，各县（区）…").
    if (sum === wholePlace && f.sentence === total.sentence && f.percent && f.change) {
      skipped = f;
      continue;
    }
    if (f.sentence !== total.sentence || !(f.lone || amountsBeside(index, f)) || !f.final || !isExactCount(f) || !summedAs(total, f)) break;
    if (!adjacent(doc, index, f, skipped ?? parts[0] ?? total) || PER_ITEM.test(f.before) || (closing && INTAKE_PART.test(partWords(f)))) break;
    skipped = undefined;
    if (parts.length === MAX_PARTS) return undefined;
    parts.unshift(f);
    // The list starts at its 其中 ("受理1200件，其中刑事800件，民事350件，合计…" sums 800 and 350).
    if (f.subsetCue) break;
  }
  // "以上三类共计42件", "两项合计…": the sum of the last parts the words count.
  const named = kinds?.value ?? sum.count;
  // "来电5000件，其中咨询3000件，投诉2000件，工单1000件，两项合计6000件": past a 其中, which of the counts the words
  // point back at is not told by their order.
  if (named !== undefined && named < parts.length && parts.some((p) => p.subsetCue)) return undefined;
  if (named !== undefined) parts.splice(0, named < parts.length ? parts.length - named : 0);
  // "…维持决定41件，确认违法13件，责令履行4件，合计直接纠错17件": a sum of the corrections sums the corrections closing the
  // list, their complete set — not the decisions before them.
  const corrections = CORRECTION_TOTAL.test(sum.noun ?? '') && named === undefined;
  if (corrections) parts.splice(0, parts.length - trailingCorrections(parts));
  if (parts.length < 2 || (named !== undefined && parts.length !== named)) return undefined;
  if (sum === year && !halvesOf(total, parts[0], parts[1])) return undefined;
  if (sum === wholePlace && !levelsOfWhole(parts)) return undefined;
  // 共 with a verb sums a list of kinds opened with that verb; the verb of other work counts that work ("受理…，办结…，共审结…"),
  // and a part with a verb of its own is a step or an outcome ("受理申请120件，不予受理10件，共受理110件").
  if (sum.ownVerb && (!parts[0].before.includes(sum.ownVerb) || parts.slice(1).some((p) => HANDLING_WORD.test(partWords(p))))) return undefined;
  // Nor does a bare 共 sum a part and what was turned down ("受理120件，不予受理10件，共110件" takes the one from the other).
  if (sum === bare && parts.some((p) => NEGATED_WORDS.test(partWords(p)))) return undefined;
  // "刑事案件280件，民事案件470件，合计办理案件750件": a sum naming its noun, pointing back at nothing, sums parts each a kind
  // of that noun; a noun of more ("…，共计法律服务机构21家") may hold kinds not listed: the listed cannot be more.
  if (!corrections && !sum.back && sum.count === undefined && sum.noun && !parts.every((p) => partWords(p).endsWith(sum.noun) && partWords(p).length > sum.noun.length)) {
    return sumOf(parts) > total.value + tolerance(total, parts) ? sumFinding(doc, total, parts, true) : undefined;
  }
  // The parts closest to it may be all it sums ("受理120件，审结100件，未审结20件，合计120件").
  for (let k = parts.length - 2; k >= 0; k--) {
    if (addsUp(total, parts.slice(k))) {
      noteSumHeld(doc, ctx, total, parts.slice(k));
      return undefined;
    }
  }
  return sumFinding(doc, total, parts);
}

// The whole place summing what came before ("全市共收到", "全县共办理").
const WHOLE_PLACE_SUM = /^\s*[，,]?\s*全[省市县区州镇](?:共|共计|合计)[\u4e00-\u9fff]{0,6}$/;
// The place's own level ("市本级", "县直") and all the levels below it ("各县（区）", "各乡镇").
const OWN_LEVEL = /^(?:[省市县区州]本级|[省市县区州]直)/;
const ALL_LOWER_LEVELS = /^各(?:县|区|乡|镇|市|街道)/;

/** Two parts: the place's own level and all the levels below it — the whole place between them. */
function levelsOfWhole(parts: Figure[]): boolean {
  const words = parts.map((p) => partWords(p).replace(/^\s*[，,]?\s*/, ''));
  return parts.length === 2 && words.some((w) => OWN_LEVEL.test(w)) && words.some((w) => ALL_LOWER_LEVELS.test(w));
}

/** How many of the parts, counted from the last, are corrections (撤销, 确认违法, 责令履行 …). */
function trailingCorrections(parts: readonly Figure[]): number {
  let k = parts.length;
  while (k > 0 && CORRECTION_OUTCOME.test(partWords(parts[k - 1]))) k--;
  return parts.length - k;
}

// What follows the last of kinds listed with 、 and goes before the count of all of them and more ("…9家等法律服务机构21家").
const ET_CETERA_TOTAL = /^\s*等[\u4e00-\u9fff“”]{0,16}$/;

/**
 * "律师事务所12家、公证处1家、基层法律服务所9家等法律服务机构21家": the kinds listed with 、 up to 等 are some of the count
 * after it, which may hold more — they cannot add up to more than it.
 */
function etCeteraSum(doc: ReportDocument, ctx: RuleContext, chain: Figure[], i: number): Finding | undefined {
  const total = chain[i];
  const last = chain[i - 1];
  if (!last || last.sentence !== total.sentence || last.segment !== total.segment || !total.final || !isExactCount(total) ||
      !ET_CETERA_TOTAL.test(doc.norm.slice(last.span.end, total.span.start))) return undefined;
  const parts = [last];
  for (let j = i - 2; j >= 0 && parts.length < MAX_PARTS; j--) {
    const f = chain[j];
    const next = parts[0];
    if (f.sentence !== total.sentence || !f.final || doc.norm.slice(f.span.end, next.span.start - next.before.length) !== '、') break;
    parts.unshift(f);
  }
  if (parts.length < 2 || parts.some((p) => !isExactCount(p) || !sameUnitKind(p, total))) return undefined;
  return sumOf(parts) > total.value + tolerance(total, parts) ? sumFinding(doc, total, parts, true) : undefined;
}

/** A count of the total's kind stated before `first` in its paragraph (asides aside). */
function earlierOfKind(index: FigureIndex, total: Figure, first: Figure): boolean {
  const paragraph = index.sentences[first.sentence].paragraph;
  for (let k = first.sentence; k >= 0 && index.sentences[k].paragraph === paragraph; k--) {
    if (mainFigures(index.sentences[k]).some((f) => f.id < first.id && !f.percent && sameUnitKind(f, total))) return true;
  }
  return false;
}

/**
 * A number in the rest of f's sentence, up to a ； (the next item's: "…举报件800件；12345热线转办…"), that no figure reads
 * (its measure word after an aside, a bare digit).
 */
function unreadNumberAfter(doc: ReportDocument, index: FigureIndex, f: Figure): boolean {
  const sentence = index.sentences[f.sentence];
  const covered = sentence.figures.map((id) => index.figures[id].span).filter((span) => span.start >= f.span.end);
  for (let i = f.span.end; i < sentence.span.end; i++) {
    const c = doc.norm.charCodeAt(i);
    // A list in brackets ends with them ("（其中…33件），占2025年…的95.8%").
    if (SEMICOLONS.has(c) || (f.inParens && CLOSING_BRACKETS.has(c))) break;
    if (c >= 48 && c <= 57 && !covered.some((span) => i >= span.start && i < span.end)) return true;
  }
  return false;
}

/**
 * The figure after f in its sentence, with no ； between, counts items in another counter of items than f's (no change,
 * share or average of f; not an activity counted in 期 or 场, nor an amount).
 */
function countAfterList(doc: ReportDocument, index: FigureIndex, f: Figure): boolean {
  const g = index.figures[f.id + 1];
  return !!g && g.sentence === f.sentence && !g.inParens && !g.percent && !g.change && g.unit !== f.unit && ITEM_OR_CASE_COUNTERS.includes(g.unit) &&
    ITEM_OR_CASE_COUNTERS.includes(f.unit) && isExactCount(g) && !isAboutFigureBefore(doc, index, g) && !/[；;]/.test(doc.norm.slice(f.span.end, g.span.start));
}
const ITEM_OR_CASE_COUNTERS: readonly string[] = [...INTERCHANGEABLE_COUNTERS, '起', '宗', '条'];

/**
 * "其中非常满意 39048,满意37条,一般0条,…": a number among the parts (or between the total and the first) that no counted
 * figure reads, a bare number without its measure word, may be one more part.
 */
function unreadNumberWithin(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[]): boolean {
  const last = parts[parts.length - 1];
  if (last.sentence !== total.sentence) return false;
  const read = index.sentences[total.sentence].figures.map((id) => index.figures[id]).filter((f) => f.unit || f.percent).map((f) => f.span);
  for (let i = total.span.end; i < last.span.start; i++) {
    if (!isDigit(doc.norm.charCodeAt(i)) || read.some((span) => i >= span.start && i < span.end)) continue;
    // A bare count ends at a separator ("39048,"); digits in a name run on into it ("12345热线").
    let end = i;
    while (end < last.span.start && (isDigit(doc.norm.charCodeAt(end)) || doc.norm.charAt(end) === '.')) end++;
    if (BARE_COUNT_END.test(doc.norm.charAt(end))) return true;
    i = end;
  }
  return false;
}

const BARE_COUNT_END = /[，,、；;\s]/;

const SEMICOLONS = charCodes('；;');
const CLOSING_BRACKETS = charCodes(')）');

/** f is a sum of money whose segment holds besides it only counts of other things ("454人次的值班补贴18.16万元"). */
function amountsBeside(index: FigureIndex, f: Figure): boolean {
  if (f.unit !== '元') return false;
  return index.sentences[f.sentence].segments[f.segment].figures.every((id) => id === f.id || !sameUnitKind(index.figures[id], f));
}

// "县级政府部门和乡镇政府合计败诉案件1531件": the items named before 合计, each stated earlier in the paragraph.
const NAMED_SUM = /^(.{2,40}?)(?:两项|二者|两者|共)?合计/;
const NAME_SPLIT = /和|与|及|、/;

/** "县级政府部门780件，乡镇政府751件。县级政府部门和乡镇政府合计…1531件": the named items add up to the sum. */
function namedSum(doc: ReportDocument, ctx: RuleContext, total: Figure): Finding | undefined {
  const index = ctx.figures();
  // Most words hold no 合计: the pattern, which tries each of its first 40 characters, is not run on them.
  const m = total.before.includes('合计') ? NAMED_SUM.exec(total.before) : null;
  if (!m || !total.final || !isExactCount(total)) return undefined;
  const names = m[1].split(NAME_SPLIT).map((n) => n.trim());
  if (names.length < 2 || names.some((n) => n.length < 2)) return undefined;
  const blockOf = (f: Figure) => doc.sentences[index.sentences[f.sentence].docSentence].blockIndex;
  const block = blockOf(total);
  // Figures are numbered in document order: those of the block before the total stand right before it. Latest first.
  const earlier: Figure[] = [];
  for (let id = total.id - 1; id >= 0 && blockOf(index.figures[id]) === block; id--) if (!index.figures[id].inParens) earlier.push(index.figures[id]);
  const parts: Figure[] = [];
  for (const name of names) {
    // The latest figure whose own words are exactly the name: "乡镇政府751件" for 乡镇政府.
    const part = earlier.find((f) => partWords(f) === name || partWords(f).replace(SUBSET_OPENING, '').trim() === name);
    if (!part || !part.final || !isExactCount(part) || !sameUnitKind(total, part) || parts.includes(part)) return undefined;
    parts.push(part);
  }
  if (!addsUp(total, parts)) return sumFinding(doc, total, parts);
  noteSumHeld(doc, ctx, total, parts);
  return undefined;
}

/** The parts add up to their total (or, `within`: outcomes that exclude each other stay within it): a check that holds. */
function noteSumHeld(doc: ReportDocument, ctx: RuleContext, total: Figure, parts: Figure[], within = false): void {
  const { terms, sumText, scale } = sumArithmetic(total, parts);
  ctx.noteHeld({
    code: CODE, spans: [total.span, ...parts.map((p) => p.span)],
    message: within
      ? `互不重叠的各项之和不超过总数：${terms}=${sumText}${scale}，不大于总数${figureText(doc, total)}`
      : `分项之和与总数一致：${terms}=${sumText}${scale}，等于总数${figureText(doc, total)}`,
  });
}

/** The word that opens a part's list, as written: 其中, or 内有. */
function subsetWord(part: Figure): string {
  return part.before.trimStart().startsWith('内有') ? '内有' : '其中';
}

function sumFinding(doc: ReportDocument, total: Figure, parts: Figure[], exceeds = false): Finding {
  const { sum, decimals, terms, sumText, scale, unit, totalDecimals } = sumArithmetic(total, parts);
  const totalText = figureText(doc, total);
  const difference = `${show(Math.abs(sum - total.value) / unit, decimals)}${scale}`;
  return report(CODE, {
    message: exceeds
      ? `${parts[0].subsetCue ? `“${subsetWord(parts[0])}”各分项` : '所列各分项'}之和超过总数：${terms}=${sumText}${scale}，大于总数${totalText}（多${difference}）`
      : `分项之和与总数不符：${terms}=${sumText}${scale}，与总数${totalText}不符（相差${difference}）`,
    span: total.span,
    fixes: [{
      kind: 'choice',
      title: exceeds ? `将总数改为${sumText}${scale}（所列分项之和，未列全时总数应更大）` : `将总数改为${sumText}${scale}（分项之和）`,
      edits: [{ span: total.numeralSpan, newText: numeralFor(total, sum, totalDecimals) }],
    }],
    related: parts.map((p) => ({ span: p.span, message: `部分：${figureLabel(doc, p)}` })),
  });
}

// The balance sheet's three totals, named so (国有资产报告): 资产总额 = 负债总额 + 所有者权益 (净资产).
const ASSETS = /(?:资产总额|资产合计|总资产)(?:为|达)?\s*$/;
const LIABILITIES = /(?:负债总额|负债合计|总负债)(?:为|达)?\s*$/;
const EQUITY = /(?:所有者权益|净资产)(?:总额|合计)?(?:为|达)?\s*$/;

/**
 * "资产总额1560.52亿元，……；负债总额987.56亿元，……；所有者权益572.96亿元": in one sentence, the liabilities and the owners'
 * equity add up to the assets (each named once, of one unit kind).
 */
function checkNetAssets(doc: ReportDocument, index: FigureIndex, k: number): Finding | undefined {
  const own = mainFigures(index.sentences[k]).filter((f) => isExactCount(f) && !f.percent && !f.change);
  // The liabilities named once; the assets the last so named before them, the equity the first after them.
  const liabilitiesNamed = own.filter((f) => LIABILITIES.test(f.before));
  const liabilities = liabilitiesNamed.length === 1 ? liabilitiesNamed[0] : undefined;
  const assets = liabilities && own.filter((f) => f.id < liabilities.id && ASSETS.test(f.before)).pop();
  const equity = liabilities && own.find((f) => f.id > liabilities.id && EQUITY.test(f.before));
  if (!assets || !liabilities || !equity || !sameUnitKind(assets, liabilities) || !sameUnitKind(assets, equity)) return undefined;
  const parts = [liabilities, equity];
  if (addsUp(assets, parts)) return undefined;
  const { terms, sumText, scale, unit, decimals } = sumArithmetic(assets, parts);
  return report(CODE, {
    message: `负债与所有者权益（净资产）之和应等于资产总额：${terms}=${sumText}${scale}，与资产总额${figureText(doc, assets)}不符（相差${show(Math.abs(liabilities.value + equity.value - assets.value) / unit, decimals)}${scale}）`,
    span: equity.span,
    fixes: [{ kind: 'choice', title: `将所有者权益改为资产减负债（${numeralFor(equity, assets.value - liabilities.value)}）`, edits: [{ span: equity.numeralSpan, newText: numeralFor(equity, assets.value - liabilities.value) }] }],
    related: [{ span: assets.span, message: `资产总额：${figureText(doc, assets)}` }, { span: liabilities.span, message: `负债总额：${figureText(doc, liabilities)}` }],
  });
}

/**
 * "全市办证5万多件，其中：经济公证事项1.6万件；民事公证事项3.1万件；涉外…1.5万件": named kinds of a rounded-down total (5万 up to
 * 6万) that add up to more than it can be, whatever the rounding of the parts — listed in full or not.
 */
function roughTotalExceeded(doc: ReportDocument, total: Figure, parts: Figure[]): Finding | undefined {
  // ("…以及其它法定主动公开内容20余条": a part rounded down is at least its value.)
  if (parts.length < 2 || !parts[0].subsetCue || parts.some((p) => !(isExactCount(p) || isRoundedDownCount(p)) || !sameUnitKind(p, total)) || !siblingParts(doc, total, parts)) return undefined;
  const { value, halfUlp } = amountOf(total);
  const high = value + halfUlp;
  const low = parts.reduce((t, p) => t + p.value - (isRoundedDownCount(p) ? 0 : p.halfUlp), 0);
  if (low <= high + 1e-9) return undefined;
  const { terms, sumText, scale } = sumArithmetic(total, parts);
  const written = figureText(doc, total);
  return report(CODE, {
    message: `“其中”各分项之和超过总数：${terms}=${sumText}${scale}，大于总数${written}（${written}至多为${numeralFor(total, high)}${doc.text.slice(total.numeralSpan.end, total.span.end).replace(/[余多]/g, '')}）`,
    span: total.span,
    related: parts.map((p) => ({ span: p.span, message: `部分：${figureLabel(doc, p)}` })),
  });
}

// Shares that fit their parts of the total: two at least, or a single one may fit by chance.
const MIN_FITTING_SHARES = 2;

/**
 * "在办结的2000件中，维持900件、驳回300件，维持率为60.00%；以调解、和解方式化解500件，占25.00%；直接纠错260件，
 * 纠错率为13.00%": the parts short of the total, each share after them their part (or the parts since the last share) of
 * that total — the writer took the shares of the stated total, and so counts a rest the list leaves out (the shares fall
 * as short of 100% as the parts of the total) — unless the list names the rest itself.
 */
function sharesLeaveRest(index: FigureIndex, ctx: RuleContext, total: Figure, parts: Figure[]): boolean {
  // A list that names the rest (其他类…) has none outside it: shares short of 100% are slips too.
  if (sumOf(parts) >= total.value || parts.some((p) => REMAINDER.test(p.before.replace(PART_CUES, '')))) return false;
  const last = parts[parts.length - 1];
  const listed = new Set(parts.map((p) => p.id));
  let group = 0;
  let slack = 0;
  let fitting = 0;
  // The fitting shares added, and how far their rounding may move the sum.
  let shares = 0;
  let sharesSlack = 0;
  for (let id = parts[0].id; id < index.figures.length && id <= last.id + 1; id++) {
    const f = index.figures[id];
    if (listed.has(id)) {
      group += f.value;
      slack += f.halfUlp;
      continue;
    }
    if (!f.percent || group === 0) continue;
    const ratio = percentInterval({ value: group, halfUlp: slack }, total);
    if (!ratio) return false;
    // A share (占…) that does not fit is figure/share's to report; the others still tell that the writer counted a rest.
    // Any other percent that does not fit (a change, a rate) tells nothing of the kind.
    const fits = judgeRounding(f.value, f.decimals, ratio.low, ratio.high, ctx.options.rounding) !== 'mismatch';
    if (!fits && !SHARE_WORD.test(f.before)) return false;
    if (fits) {
      fitting++;
      shares += f.value;
      sharesSlack += 0.5 * 10 ** -f.decimals;
    }
    group = 0;
    slack = 0;
  }
  // Shares that reach 100% within their rounding ("投诉…占77.9%；举报…占22.1%") count no rest: the parts are all of it.
  return fitting >= MIN_FITTING_SHARES && shares + sharesSlack < 100;
}

/** The parts' sum in the total's scale, written out: "92+21+12", "125", "万". */
/**
 * The sum written in the finest scale of the total and its parts ("7000+3000+2800=12800" under a total of 1.2万, not
 * "0.7000+0.3000+0.2800"), and the decimals the total's own numeral needs to state it (1.28万).
 */
function sumArithmetic(total: Figure, parts: Figure[]) {
  const sum = sumOf(parts);
  const finest = finestScaled([total, ...parts]);
  const decimalsIn = (f: Figure, scale: Figure) => decimalsAcross(f.decimals, f.number.multiplier, scale.number.multiplier);
  const decimals = Math.max(decimalsIn(total, finest), ...parts.map((p) => decimalsIn(p, finest)));
  const unit = finest.number.multiplier;
  const terms = parts.map((p) => show(p.value / unit, decimals)).join('+');
  // As few as state the sum exactly in the total's scale, never fewer than the total has (1.2万 → 1.28万, not 1.2800万).
  const most = Math.max(total.decimals, ...parts.map((p) => decimalsIn(p, total)));
  let totalDecimals = total.decimals;
  while (totalDecimals < most && Math.abs(Number((sum / total.number.multiplier).toFixed(totalDecimals)) - sum / total.number.multiplier) > 1e-9) totalDecimals++;
  return { sum, decimals, terms, sumText: show(sum / unit, decimals), scale: scaleWord(finest), unit, totalDecimals };
}


function scaleWord(f: Figure): string {
  const m = f.number.multiplier;
  return m === 1e4 ? '万' : m === 1e8 ? '亿' : '';
}

// The open rest named after its count: "2件正在办理中", "22件矛盾纠纷正在调解当中".
const OPEN_AFTER = new RegExp(`^[\u4e00-\u9fff]{0,6}?(?:${WORK_OPEN.source.replace(/\|待办理\?\$$/, '')})`);

/** A case still open: "正在审理2件", "正在办理中2件", or the count first ("2件正在办理中"). */
function stillOpen(p: Figure): boolean {
  const words = partWords(p);
  return PENDING.test(p.before) || WORK_OPEN.test(words) || (!words && OPEN_AFTER.test(p.after));
}

// First and second instance named together in a total's words ("一、二审行政案件", "一审、二审案件").
const BOTH_INSTANCES = /一[、和及与]?二审|一审[、和及与]二审/;
// The intake verb before a kind of case ("新收一审…", "受理二审…").
const INTAKE_VERB_LEAD = /^[\u4e00-\u9fff]{0,4}?(新收|受理|收案|审结|办结)/;
// A part's class or level, named before 类/级 ("地方性法规类", "县（区）级中心").
const CLASS_HEAD = /^([\u4e00-\u9fff（）()]{1,6}?)(?:类|级)/;
const MAX_NAMED_CLASSES = 5;

/**
 * "审查地方性法规、政府规章项目40件，包括地方性法规类15件、政府规章类23件", "全市市、县（区）公共资源交易中心共完成交易项目114项。
 * 其中：市级中心…49项…；县（区）级中心…65项": the total's words name, joined by 、, exactly the classes or levels its
 * parts are of, in their order — the parts are all of it.
 */
function namesEachClass(doc: ReportDocument, total: Figure, parts: Figure[]): boolean {
  if (parts.length < 2 || parts.length > MAX_NAMED_CLASSES) return false;
  // "共受理一、二审行政案件900件。其中，受理一审行政案件640件，受理二审行政案件260件": the instances named together — each
  // under the total's own verb (new cases, 新收, are some of those accepted: 旧存 besides).
  const clause = clauseBefore(doc, total);
  if (parts.length === 2 && BOTH_INSTANCES.test(clause)) {
    const words = parts.map((p) => partWords(p).replace(SUBSET_OPENING, '').trim());
    const verbs = words.map((w) => INTAKE_VERB_LEAD.exec(w)?.[1]);
    const instances = words.map((w) => INSTANCE_KIND.exec(w.slice(INTAKE_VERB_LEAD.exec(w)?.[0].length ?? 0))?.[0]);
    if (instances.includes('一审') && instances.includes('二审') && verbs.every((v) => v === undefined || v === verbOf(clause))) return true;
  }
  const heads = parts.map((p) => CLASS_HEAD.exec(partWords(p).replace(SUBSET_OPENING, '').trim())?.[1]);
  if (heads.some((h) => !h) || new Set(heads).size !== heads.length) return false;
  // The clause is read width-folded ("县(区)"), the parts' words as written ("县（区）").
  const listed = new RegExp(heads.map((h) => (h as string).replace(/（/g, '(').replace(/）/g, ')').replace(/[()]/g, '\\$&')).join('[、和及与]'));
  return listed.test(clauseBefore(doc, total));
}

/** Outcomes of closed cases, corrections, results of a clean-up, named categories: lists whose words alone say they are complete. */
function isCompleteByWords(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[]): boolean {
  const all = (re: RegExp) => parts.every((p) => re.test(p.before));
  const some = (re: RegExp) => parts.some((p) => re.test(p.before));
  // The newer complete sets hold only when nothing of the same kind follows ("…责令履行2件，调解结案2件" goes on).
  const ends = listEnds(doc, index, total, parts[parts.length - 1]);
  if (ends && parts.length >= 2 && CORRECTION_TOTAL.test(total.before) && all(CORRECTION_OUTCOME)) return true;
  // The decisions on closed cases are all there only with the rejections among them (驳回 or the rest): a list without
  // them may leave out a few ("已办结38件，撤回申请13件，撤销4件，确认违法7件，维持12件" with its rates over 38 — two
  // rejected cases unlisted).
  // An application refused ("不予受理") is one more way a closed case ended.
  if (parts.length >= 3 && CLOSED_TOTAL.test(total.before) && parts.every((p) => CASE_OUTCOME.test(p.before) || REFUSED_INTAKE.test(partWords(p))) && some(NON_CORRECTIVE) && some(REJECTED_OR_REST)) return true;
  // Accepted cases are accounted for only when the list names those still open as well.
  if (ends && parts.length >= 3 && (ACCEPTED_TOTAL.test(total.before) || CASES_HANDLED.test(total.before)) && parts.every((p) => CASE_OUTCOME.test(p.before) || stillOpen(p)) && parts.some(stillOpen)) return true;
  // Names that run together into the total's noun are all its kinds: a ； after the last one closes the list.
  if ((ends || /[；;]/.test(doc.norm.charAt(parts[parts.length - 1].span.end))) && namesCategories(doc, index, total, parts)) return true;
  if (ends && statesKindCount(doc, total, parts)) return true;
  if (ends && namesEachClass(doc, total, parts)) return true;
  if (ends && parts.length >= 3 && gradesAll(doc, total, parts)) return true;
  // "办理政府信息公开申请7件，…予以公开1件，本机关不掌握4件，…不予公开1件": disclosed and refused, and the rest between.
  // Not given for want of the information ("无法提供", "本机关不掌握", "信息不存在") is a refusal of its own.
  if (ends && parts.length >= 3 && DISCLOSURE_REQUEST_TOTAL.test(total.before) && all(DISCLOSURE_OUTCOME) && some(DISCLOSURE_GRANTED) && (some(DISCLOSURE_REFUSED) || some(NOT_PROVIDED))) return true;
  // "共收到信息公开申请22起，…，答复22起。其中公开1起，不属于政府信息4起，告知其他途径3起，不存在9起，属于行政执法案卷5起": the
  // replies to requests the sentence names, broken down into disclosed and three kinds or more of not disclosed.
  if (ends && parts.length >= 4 && REPLIED.test(total.before) && !!matchInSentenceBefore(doc, index.sentences[total.sentence], DISCLOSURE_REQUESTS, total.span.start) &&
      all(DISCLOSURE_OUTCOME) && parts.filter((p) => DISCLOSED.test(partWords(p))).length === 1 && parts.filter((p) => !DISCLOSED.test(partWords(p))).length >= 3) return true;
  // "市政府规章11件（含新制定6件，修改3件，废止2件）": made, amended and repealed — 立改废 — are all there is.
  if (parts.length === 3 && LAWMAKING_TOTAL.test(total.before) && parts.every((p) => LAWMAKING_OUTCOME.test(partWords(p))) &&
      some(/制定|出台|制订/) && some(/修改|修订|修正/) && some(/废止|废除|失效/)) return true;
  // "开展规范性文件全面清理，梳理排查相关文件268件，废止60件、拟修改9件、保留190件": 清理 may open the sentence — or stand
  // between the total and its outcomes ("甄别出140件…列为本次清理范围，进行系统清理，最终确定保留96件，…").
  const cleanedAfter = parts[0].sentence === total.sentence && CLEANUP_TOTAL.test(doc.norm.slice(total.span.end, parts[0].span.start)) &&
    !index.figures.slice(total.id + 1, parts[0].id).some((f) => !f.inParens);
  return parts.length >= 3 && (cleanedAfter || !!matchInSentenceBefore(doc, index.sentences[total.sentence], CLEANUP_TOTAL, total.span.start)) &&
    all(CLEANUP_OUTCOME) && some(/保留|继续有效/);
}

const NOT_PROVIDED = new RegExp(`无法提供|${CANNOT_PROVIDE_KINDS}`);
// A count of replies or requests closed ("答复22起", "办结申请22件").
const REPLIED = /(?:答复|办结|办理完毕)[\u4e00-\u9fff]{0,4}\s*$/;
const DISCLOSURE_REQUESTS = /公开申请/;
// The reply that gives the information, in full or in part ("公开1起", "予以公开…", "部分公开…").
const DISCLOSED = /^(?:其中)?[，,：:\s]*(?:予以|同意|全部|部分)?公开/;

// The counters of a number of kinds ("两类", "三种").
const KIND_UNITS = ['类', '种'];
// The number of kinds the list has, said before it: "分为两类：", "涉及3个领域，", "包括刑事、民事两类案件，".
const KIND_COUNT = /(?:^|[^0-9一二两三四五六七八九十])([2-9]|[二两三四五六七八九])\s*(?:大类|类|种|个(?:领域|方面|类别))/;

/**
 * "全年受理行政复议案件120件，分为两类：行政处罚类70件，行政许可类40件": the words between the total and its list say how many
 * kinds there are, and the list names that many — it is all of them.
 */
function statesKindCount(doc: ReportDocument, total: Figure, parts: Figure[]): boolean {
  const between = doc.norm.slice(total.span.end, parts[0].span.start - partWords(parts[0]).length);
  const m = KIND_COUNT.exec(between);
  return !!m && smallCount(m[1]) === parts.length;
}

// What was graded ("抽取100宗案件进行质量评估", "评查案卷60卷"), the grades, and the words that give the grades of all of it.
const GRADED_TOTAL = /抽取|抽查|抽选|抽评|评查|评估|评审|评议|考核|测评|评选|参评|评价/;
const GRADE = new RegExp(`^(?:${GRADE_WORDS.join('|')})`);
const GRADING_RESULT = /结果|评出|评定|评为/;
// "评为优秀的54卷": the grade after the words that give it — after how they were given too ("经评查共评出优秀案卷5份": 共 sums
// no part, it says the grades that follow are of all that was graded).
const GRADED_AS = /^(?:经[\u4e00-\u9fff]{2,4}?)?(?:共)?(?:被)?(?:评为|评定为|评出)/;

/**
 * "抽取100宗案件进行案件质量评估，评估结果为：优秀案件14宗，良好案件20宗，合格案件66宗": each part a different grade of
 * what the total counts as graded, given as the grading's result (or down to the lowest: 不合格, 不满意 — "开展满意度评价
 * 5412件，其中满意…，基本满意…，不满意…").
 */
function gradesAll(doc: ReportDocument, total: Figure, parts: Figure[]): boolean {
  // The total's own clause says it was graded: "办理案件500件，评估结果为：…" may grade a sample of them.
  if (!GRADED_TOTAL.test(total.before + total.after)) return false;
  const between = doc.norm.slice(total.span.end, parts[0].span.start - parts[0].before.length);
  const grades = parts.map((p) => GRADE.exec(partWords(p).replace(GRADED_AS, ''))?.[0]);
  if (grades.some((g) => !g) || new Set(grades).size !== grades.length) return false;
  // "评为优秀项目5个，良好项目11个，…": the words giving the grades may open the first part.
  return GRADING_RESULT.test(between) || GRADED_AS.test(partWords(parts[0])) || grades.some((g) => LOWEST_GRADE.includes(g as string));
}

/**
 * No figure of the total's kind right after the last part (past its change or share: "非税收入16524万元，比上年减收2354万元"),
 * in the next segment: the list is all there is.
 */
function listEnds(doc: ReportDocument, index: FigureIndex, total: Figure, last: Figure): boolean {
  if (last.inParens) return true;
  const after = index.sentences[last.sentence].figures.map((id) => index.figures[id]).filter((f) => !f.inParens && f.span.start > last.span.end);
  let k = 0;
  while (k < after.length && after[k].segment === last.segment + 1 + k && isAboutFigureBefore(doc, index, after[k])) k++;
  const next = after[k];
  // "…举报件197件；其他来信来访来电共收到…512件": a total of its own past a ； opens the next list; so does how they were
  // handled ("…法人或其他组织46件；办结申请405件，结转下年度7件").
  const pastSemicolon = /[；;]/.test(doc.norm.slice(last.span.end, next?.span.start ?? last.span.end));
  return !next || next.segment !== last.segment + 1 + k || !sameCountKind(total, next) || OVERALL_COUNT.test(partWords(next)) ||
    (pastSemicolon && (next.totalCue || HANDLED_AFTER.test(partWords(next)) || parallelIntake(total, next) || opensRespectiveList(doc, index, next)));
}

// "…转派各成员单位4898件，在线办结6237件，综合办结数为11163件": an overall count after the parts sums ways of their own, no part.
const OVERALL_COUNT = /^综合/;

// A count opening with the verb of an intake, things named after it.
// (Or 参加 of an insurance: "参加养老保险人数…；参加城镇基本医疗保险人数…".)
const INTAKE_LEAD = new RegExp(`^(?:共|全年|今年|本年)?(${INTAKE_VERB_SOURCE}|参加)(?=[\u4e00-\u9fff]{2})`);

/** "办理行政复议答复案件10件，…；办理行政诉讼案件2件": past a ；, the same verb opens a count of other things. */
function parallelIntake(total: Figure, next: Figure): boolean {
  const verb = INTAKE_LEAD.exec(partWords(next))?.[1];
  return !!verb && total.before.includes(verb) && !total.before.endsWith(partWords(next));
}

// What was done with the things listed before a ； ("办结申请405件", "答复…", "结转下年度…"): another matter than their kinds.
const HANDLED_AFTER = /^(?:其中)?[，,]?\s*(?:已|均已|依法)?(?:办结|审结|答复|回复|结转|办理完毕|处理完毕)/;

/** The figures between the total and the first part are its own changes and shares ("同比减少10.67%"), one clause of them. */
function onlyChangesBetween(index: FigureIndex, total: Figure, first: Figure): boolean {
  if (first.segment !== total.segment + 2) return false;
  for (let id = total.id + 1; id < first.id; id++) if (!index.figures[id].percent && !index.figures[id].change) return false;
  return first.id > total.id + 1;
}

const RECEIVED_LEAD = /^(?:接收|接到|收到|受理)(?=[\u4e00-\u9fff]{2})/;
const WHOSE_LEAD = /^(?:消费者?|群众|市民|网民)(?=[\u4e00-\u9fff]{2})/;

/**
 * "审查地方性法规、政府规章项目40件，包括地方性法规类15件、政府规章类23件": the total's clause names, joined by 、/和/及,
 * exactly the categories the parts list, in order (a part may add 类/方面 to its name).
 */
// "便民服务中心和各村便民服务站共办理…5122件，其中便民服务中心办理3880件": a part may repeat the verb of the whole after its name.
const HANDLED_TAIL = /(?:办理|受理|处理|办结|审批|发放)$/;

function namesCategories(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[]): boolean {
  const segments = index.sentences[total.sentence].segments;
  const clauseStart = segments.find((s) => s.clause === total.clause)?.span.start ?? total.span.start;
  // "人大建议和政协提案办理共计11件": the words that sum are no part of the last name.
  // (Names compared in their short forms: "刑满释放人员和解矫人员" names 解除社区矫正.)
  const lead = shortNames(doc.norm.slice(clauseStart, total.span.start).replace(TRAILING_SUM_WORD, ''));
  // The list opens with 其中/包括…, or is the aside right after the total ("…建议和提案96件（建议51件、提案45件）"), or
  // follows it in the next clause, every part there ("建议和提案96件，建议51件，提案45件").
  // (Past the total's own change: "…共计293件，同比减少10.67%；接收消费咨询9件；…".)
  const nextClause = parts[0].sentence === total.sentence && parts.every((p) => p.sentence === total.sentence) &&
    (parts[0].segment === total.segment + 1 || onlyChangesBetween(index, total, parts[0]));
  if (!(opensList(parts[0]) || parts[0].parenOwner === total.id || nextClause)) return false;
  // "共接到消费咨询、投诉、举报共计293件；接收消费咨询9件；接收消费投诉198件；接收群众举报89件": each part may repeat the
  // intake's verb and say whose the things are (消费, 群众), no narrower kind.
  const cores = parts.map((p) => shortNames(partWords(p)).replace(SUBSET_OPENING, '').replace(/^[\s，,:：]+/, '').replace(TRAILING_SUM_WORD, '').replace(CATEGORY_WORD, '')
    .replace(RECEIVED_LEAD, '').replace(WHOSE_LEAD, '').replace(HANDLED_TAIL, ''));
  // "抽取2022年以来的行政许可案卷、行政处罚案卷共60卷": the names are the last of the clause's words before the total;
  // words before them may say when or where, not name one more category of the parts' noun.
  const names = lead.split(NAME_JOINS);
  // "投诉举报7607件，其中投诉件6409件，举报件1198件": the names run together into the total's noun.
  const bare = cores.map((core) => core.replace(ITEM_COUNTER_WORD, ''));
  if (parts.length >= 2 && parts.length <= MAX_JOINED_NAMES && bare.every((b) => b.length >= 2) && names[names.length - 1].endsWith(bare.join(''))) return true;
  if (names.length < parts.length || parts.length < 2) return false;
  const listed = names.slice(-parts.length);
  if (namesOfNoun(listed, cores)) return true;
  const noun = commonSuffix(cores);
  if (/[0-9０-９]/.test(listed.slice(1).join('')) || names.slice(0, -parts.length).some((n) => noun.length >= 2 && n.includes(noun))) return false;
  if (names.length > parts.length && noun.length < 2) return false;
  // "行政复议和行政应诉案件60件，其中行政复议案件35件，…": the noun the parts share written once, after the last name.
  const sharedAfterLast = noun.length >= 2 && listed[listed.length - 1].endsWith(noun);
  // "区政府及部门规范性文件23件，其中区政府文件9件，部门文件14件": the last name carries the whole noun the parts shorten.
  const named = (k: number, name: string) => listed[k].endsWith(name) || (k === listed.length - 1 && listed[k].startsWith(name));
  // A name of one character only before a long shared noun ("一、二审行政案件…，其中一审行政案件…，二审行政案件…").
  const shortest = noun.length >= MIN_NOUN_FOR_ONE_CHARACTER ? 1 : 2;
  return cores.every((core, k) => core.length >= 2 && (listed[k].includes(core) || (sharedAfterLast && core.length - noun.length >= shortest && named(k, core.slice(0, -noun.length)))));
}

const REJECTED_OR_REST = new RegExp(`驳回|${REMAINDER_WORDS}`);
/**
 * "老年人和未成年人的投诉1.84万件，其中老年人投诉4126件，未成年人1.53万件": names joined before 的 and the noun they share —
 * each part named by its name, with the noun or without it.
 */
function namesOfNoun(listed: string[], cores: string[]): boolean {
  const last = listed[listed.length - 1];
  const of = last.lastIndexOf('的');
  if (of < 2 || last.length - of - 1 < 2) return false;
  const noun = last.slice(of + 1);
  const names = [...listed.slice(0, -1), last.slice(0, of)];
  return cores.every((core, k) => {
    const name = core.endsWith(noun) ? core.slice(0, -noun.length) : core;
    return name.length >= 2 && names[k].endsWith(name) && !names.some((other, j) => j !== k && other.endsWith(name));
  });
}

const MIN_NOUN_FOR_ONE_CHARACTER = 3;
// A sum word closing the words before a total ("…共计", "…合计为", "…服务总量达到").
const TRAILING_SUM_WORD = new RegExp(`(?:${alternatives(SUM_WORDS)}|共|总量|总数)(?:为|有|达到?)?\\s*$`);
// A part named by its kind and the word for one item of it ("投诉件", "举报件").
const ITEM_COUNTER_WORD = /件$/;
// Names run together without a join ("投诉举报") are two or three.
const MAX_JOINED_NAMES = 3;

// "配套实施五类案件9850件，其中…": the total names how many kinds it holds.
// …or the number of named items in quotes it opens (开展"三大法治讲堂"…: the three are named after it).
const COUNTED_KINDS = /([两二三四五六七八九十]|[2-9])(?:大?(?:类|种)|个方面|大(?=[\u4e00-\u9fff]{2,8}[”"]))/;
// "法人及其他组织": a last part that names the rest along with its own kind.
const AND_THE_REST = new RegExp(`[及或和与](?:${REMAINDER_WORDS})`);
// The last item joined by 以及/及 and closed by 等: things like those named, the rest of the list.
const REST_LUMPED = /^\s*(?:以及|及)[^，,；;：:0-9]{2,40}等$/;

// The four levels of an early warning, by colour (红色 highest, 蓝色 lowest): every warning is one of them.
const WARNING_LEVELS = ['红色', '橙色', '黄色', '蓝色'];

/** "发布预警46期，其中红色预警2期、橙色预警11期、黄色预警25期、蓝色预警8期": all four levels of the warnings counted. */
function coversWarningLevels(total: Figure, parts: Figure[]): boolean {
  if (!total.before.includes('预警') || parts.length !== WARNING_LEVELS.length) return false;
  const levels = new Set(parts.map((p) => WARNING_LEVELS.findIndex((c) => partWords(p).includes(c))));
  return levels.size === WARNING_LEVELS.length && !levels.has(-1);
}

// The kinds of administrative enforcement a case is filed under (行政许可, 行政处罚, 行政强制, 行政检查, …), as the
// enforcement platforms count them.
const ENFORCEMENT_KIND = /^(?:行政)?(许可|处罚|强制|检查|征收|征用|给付|确认|裁决|奖励)(?:措施)?类?(?:案件|案卷|事项)?$/;
const ENFORCEMENT_CASES = /案件|案卷|执法/;

/**
 * "共办理案件868件，其中行政许可561件，行政处罚253件，行政强制0件": a list of the kinds of enforcement that writes out a
 * kind with none is the platform's whole count, kind by kind (a list without a zero may leave kinds out).
 */
function enforcementKindsWithZero(total: Figure, parts: Figure[]): boolean {
  if (parts.length < 3 || !ENFORCEMENT_CASES.test(total.before) || !parts.some((p) => p.value === 0)) return false;
  const kinds = parts.map((p) => ENFORCEMENT_KIND.exec(partWords(p))?.[1]);
  return kinds.every((k) => k) && new Set(kinds).size === kinds.length;
}

/**
 * The parts are every kind the law or the total's words fix for it, to the list's end: legal aid's kinds, the forms of a
 * petition, the four levels of a warning, the four kinds of community correction, the three kinds of social
 * organization, the kinds of enforcement with an empty one written out.
 */
function listsEveryKind(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[]): boolean {
  return (coversLegalAidKinds(total, parts) || coversPetitionForms(doc, index, total, parts) || coversWarningLevels(total, parts) || correctionKinds(doc, index, total, parts)?.length === COMMUNITY_CORRECTION_KINDS.length ||
      enforcementKindsWithZero(total, parts) ||
      (parts.length === SOCIAL_ORGANIZATION_KINDS.length && socialOrganizationKinds(parts)?.length === parts.length)) &&
    listEnds(doc, index, total, parts[parts.length - 1]);
}

function isExhaustive(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[], headed: boolean): boolean {
  if (isCompleteByWords(doc, index, total, parts) || intakeByWays(total, parts)) return true;
  // "接收投诉560件，其中：初查不受理210件、正式受理283件，正在初查12件": taken on, turned down and still looked into is all.
  // (Past a ； another stage may follow: "…，正在初查12件；目前已办结460件".)
  const last = parts[parts.length - 1];
  // (Nor past a clause of the cases closed since: "…，正式受理266件，目前已办结426件".)
  if (intakeDecisions(total, parts) && parts.some((p) => STILL_LOOKED_INTO.test(partWords(p).replace(/中$/, ''))) &&
      (listEnds(doc, index, total, last) || CLAUSE_THEN_SEMICOLON.test(doc.norm.slice(last.span.end, last.span.end + MAX_ITEM_BREAK)) ||
        CLOSED_SINCE.test(doc.norm.slice(last.span.end, last.span.end + MAX_ITEM_BREAK)))) return true;
  if ((spelledOut(doc, total, parts) || allRequestTypes(parts)) && listEnds(doc, index, total, last) && !ET_CETERA.test(last.after)) return true;
  if (parts.length === 2 && (closedPair(doc, index, total, parts[0], parts[1]) || doneAndOpen(doc, index, total, parts[0], parts[1]))) return true;
  if (parts.length >= 2 && countedKinds(doc, index, total) === parts.length && listEnds(doc, index, total, parts[parts.length - 1])) return true;
  if (parts.length >= 2 && AND_THE_REST.test(partWords(parts[parts.length - 1])) && listEnds(doc, index, total, parts[parts.length - 1])) return true;
  // "其中，机构概况信息14条、…、年度报告1条以及规划公示、通知公告等21条": the last item lumps the rest together.
  if (parts.length >= 3 && parts[0].subsetCue && REST_LUMPED.test(doc.norm.slice(parts[parts.length - 2].span.end, last.span.start)) && listEnds(doc, index, total, last)) return true;
  if (listsEveryKind(doc, index, total, parts)) return true;
  // "行政诉讼案件3件，维持1件，另2件尚未作出判决": decisions on reviews or suits, then the rest said to be undecided yet (另…尚未…).
  if (parts.length >= 2 && REVIEW_OR_SUIT.test(total.before) && RESTS_UNDECIDED.test(`${last.before}${last.after}`) &&
      (listEnds(doc, index, total, last) || CLAUSE_THEN_SEMICOLON.test(doc.norm.slice(last.span.end, last.span.end + MAX_ITEM_BREAK))) &&
      parts.slice(0, -1).every((p) => CASE_OUTCOME.test(partWords(p)))) return true;
  // Done, mostly done and not done (fell, held and rose): every thing is one of them.
  if (completionStates(parts)?.all && listEnds(doc, index, total, last)) return true;
  if (partitionedByHeading(doc, total, parts) && listEnds(doc, index, total, parts[parts.length - 1]) && !ET_CETERA.test(parts[parts.length - 1].after)) return true;
  // A bracketed breakdown short of its total by a tenth or more may leave the rest unnamed ("（其中电话3000件，网络1900件）"
  // of 5000 is a slip; of 6000 it may not be).
  if (sumOf(parts) < total.value && total.value - sumOf(parts) < total.value / 10 && fillsAside(doc, index, total, parts)) return true;
  // An aside right after the total opens its breakdown as 其中 does: "事故8起（道路运输事故3起，…，其他1起）".
  const opensWithSubset = headed || opensSubset(doc, index, total, parts[0]) || parts[0].segment > total.segment + 1 || parts[0].sentence !== total.sentence ||
    FRAME_AFTER.test(total.after) || parts.every((p) => p.parenOwner === total.id);
  const rest = parts.findIndex((p) => REMAINDER.test(p.before.replace(PART_CUES, '')));
  if (rest < 0) return false;
  if (rest === parts.length - 1) return opensWithSubset || parts.length === 2 || kindsUpToRest(total, parts);
  // 其他 inside the list ("其中行政处罚类60件，其他类30件，行政许可类20件"): the items after it must be kinds of the same thing,
  // or the list one enumeration joined by 、 ("咨询类51宗、……、其它54宗、一般投诉类1697宗").
  // So is a 其中 list of four named kinds or more, each its own (namedBreakdown), whatever joins them.
  return categoryList(doc, total, parts, headed)?.length === parts.length || oneEnumeration(doc, parts) ||
    (opensWithSubset && namedBreakdown(doc, index, total, parts, MIN_NAMED_PARTS)?.length === parts.length && listEnds(doc, index, total, parts[parts.length - 1]));
}

// What may open a breakdown in the aside after its total: nothing or 其中 — not 含/包括 (some of them), 主要 (the main
// ones), 如/例如 (examples), 约 or 部分.
const ASIDE_OPENING = /^[\u4e00-\u9fff]{0,6}\s*\(\s*(?:其中)?\s*[:：，,]?\s*(?!含|包|主要|如|例如|约|部分|仅|除|另)[^0-9()]*$/;
// What may close it after the last count: its share, nothing else — no 等, 余 or 多.
const ASIDE_CLOSING = /^\s*(?:[，,]\s*(?:占比?|约占)[^0-9()]{0,6}[0-9.]+%)?\s*\)/;
const MAX_ASIDE_CLOSING = 24;

/**
 * "主动公开政务信息461条（微信公众号457条，政府网站4条）", "收到申请44件（其中：网上申请42件，现场申请0件，邮寄2件）": counts of the
 * total's unit that fill the aside right after it, and nothing else, are its breakdown in full — the closing bracket ends
 * the list. Names only: no tag, state, step or group of people (properties several parts may share), no people at all.
 */
function fillsAside(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[]): boolean {
  // "抽查行政检查案卷、行政强制案卷、行政许可案卷共60卷（…）": a total naming its kinds is held to them instead (spelledOut).
  if (parts.length < 2 || PEOPLE.includes(total.unit) || /[、和及与]/.test(partWords(total))) return false;
  const last = parts[parts.length - 1];
  if (!ASIDE_OPENING.test(doc.norm.slice(total.span.end, parts[0].span.start)) || !ASIDE_CLOSING.test(doc.norm.slice(last.span.end, last.span.end + MAX_ASIDE_CLOSING))) return false;
  // Every count between the brackets is a part (their shares may stand between them).
  let j = 0;
  for (let id = total.id + 1; id <= last.id; id++) {
    const f = index.figures[id];
    if (f.id === parts[j]?.id && sameUnitKind(f, total)) j++;
    else if (!f.percent) return false;
  }
  if (j !== parts.length) return false;
  return parts.every((p) => {
    const words = partWords(p);
    return words.length > 0 && !CROSSCUTTING.test(words) && !HANDLING_STATE.test(words) && !INVOLVES.test(words) && !NOT_A_KIND.test(words) &&
      !PEOPLE_GROUPS.test(words) && !ET_CETERA.test(p.after);
  });
}

/**
 * "共查处案件45起；按违规主体划分，个人38起、单位7起": under a heading that partitions the total by one property, each
 * part a class of its own (no tag, part of another or new total), named once, in the total's sentence.
 */
function partitionedByHeading(doc: ReportDocument, total: Figure, parts: Figure[]): boolean {
  const heading = sortHeadingBetween(doc, total, parts[0]);
  if (!heading || !PARTITION_HEADING.test(heading) || PEOPLE.includes(total.unit)) return false;
  const seen = new Set<string | number>();
  for (const p of parts) {
    const kind = classOf(partWords(p));
    const words = partWords(p);
    if (kind === -1 || seen.has(kind) || p.sentence !== total.sentence || HANDLING_STATE.test(words) || CASE_STEPS.test(words) || INVOLVES.test(words) ||
        PEOPLE_GROUPS.test(words)) return false;
    seen.add(kind);
  }
  return true;
}

/**
 * "共接听来电12600个，咨询类8200个，…，其他类600个", "共调解纠纷860件，婚姻家庭纠纷200件，邻里纠纷300件，其他纠纷370件": three
 * parts or more in the total's sentence, without 其中, up to the rest — categories, channels or request types, or kinds of
 * the very noun the total ends in, each a name (no state, step, tag or group of people) — are all of the total.
 */
function kindsUpToRest(total: Figure, parts: Figure[]): boolean {
  // People carry many properties at once (党员律师, 青年律师, 其他律师).
  if (parts.length < 3 || PEOPLE.includes(total.unit) || parts.some((p) => p.sentence !== total.sentence)) return false;
  // "咨询5000件，求助2000件，…，其他400件": the first of the kinds is none's total.
  const own = partWords(total);
  if (CATEGORY_WORD.test(own) || channelOf(own) >= 0 || kindOf(REQUEST_TYPES, own) >= 0) return false;
  if (categoryRunToRest(parts, parts[0].segment)?.length === parts.length) return true;
  const noun = partWords(parts[0]).slice(-2);
  if (noun.length < 2 || !total.before.trim().endsWith(noun)) return false;
  return parts.slice(0, -1).every((p) => {
    const words = partWords(p);
    return words.endsWith(noun) && words.length > noun.length && !HANDLING_STATE.test(words) && !CROSSCUTTING.test(words) && !NOT_A_KIND.test(words) &&
      !PEOPLE_GROUPS.test(words) && !CASE_STEPS.test(words);
  }) && partWords(parts[parts.length - 1]).endsWith(noun);
}

const MAX_WAY = 6;

/**
 * "共受理群众诉求8000件（电话受理6500件，网上受理1500件）": an aside right after the total, without 其中, that repeats the
 * total's verb after a different way in each item splits the total by way.
 */
function intakeByWays(total: Figure, parts: Figure[]): boolean {
  const verb = INTAKE_VERB.exec(total.before)?.[0];
  return !!verb && parts.every((p) => p.parenOwner === total.id && !p.subsetCue) && waysOf(parts, verb);
}

// The part of the period a list may name before its first item ("第三季度电话受理…"), or a heading before its noun
// ("本月来信中").
const PERIOD_LEAD = /^(?:(?:19|20)[0-9]{2}年度?)?(?:第?[一二三四]季度|[上下]半年|全年|今年|本年度?|本季度|本[周月季]|1?[0-9]月份?)?/;

// "通过12345热线受理…": the word that says a way follows.
const BY_WAY = /^(?:通过|经由|经)/;
// A hotline's number in its name ("12345热线").
const HOTLINE_NUMBER = /[0-9]{5,}/g;

/** Two parts or more, each the verb after a way of its own (a short word, no tag, no other year), all different. */
function waysOf(parts: Figure[], verb: string): boolean {
  const ways = parts.map((p, k) => {
    const words = (k === 0 ? partWords(p).replace(PERIOD_LEAD, '') : partWords(p)).replace(BY_WAY, '').replace(HOTLINE_NUMBER, '');
    return words.endsWith(verb) ? words.slice(0, -verb.length) : '';
  });
  return parts.length >= 2 && ways.every((w) => w.length >= 1 && w.length <= MAX_WAY && !NOT_A_KIND.test(w) && !CROSSCUTTING.test(w)) && new Set(ways).size === ways.length;
}

// A heading or lead that says a list sorts by the way things came ("（二）受理渠道", "受理渠道：").
const WAYS_HEADING = /渠道|来源|途径|方式/;
const MAX_WAYS_HEADING = 16;

/**
 * "第三季度共受理群众诉求4000件……。（二）受理渠道⏎第三季度电话受理3300件，微信受理420件，网站受理350件": a sentence that is
 * nothing but ways of one verb splits the whole count of that verb stated before it in its section (every count there
 * with the verb, of the same period, has one value): under a heading that names ways it is the whole split and must add
 * up; otherwise it cannot exceed the whole.
 */
function checkWaysOfIntake(doc: ReportDocument, index: FigureIndex, k: number): Finding | undefined {
  const sentence = index.sentences[k];
  const parts = mainFigures(sentence);
  // "从受理渠道看，电话受理…": a sorting clause may open the sentence.
  const opening = sentence.segments[0].span;
  const lead = parts[0]?.segment === 1 && opening.end - opening.start <= MAX_HEADING ? doc.norm.slice(opening.start, opening.end) : '';
  const first = lead && SORT_HEADING.test(lead) ? 1 : 0;
  const verb = parts.length >= 2 && parts[0].segment === first ? INTAKE_VERB.exec(partWords(parts[parts.length - 1]))?.[0] : undefined;
  // A 其中 sentence is read with the total before it (chainOf).
  if (!verb || parts.length > MAX_PARTS || opensList(parts[0])) return undefined;
  if (parts.some((p, j) => !p.lone || !p.final || !isExactCount(p) || !sameUnitKind(p, parts[0]) || p.segment !== first + j)) return undefined;
  if (!waysOf(parts, verb)) return undefined;
  let base: Figure | undefined;
  for (let id = parts[0].id - 1; id >= Math.max(0, parts[0].id - MAX_LOOKBACK); id--) {
    const f = index.figures[id];
    if (index.sentences[f.sentence].section !== sentence.section) break;
    if (f.inParens || f.percent || !partWords(f).includes(verb) || !sameUnitKind(f, parts[0]) || !samePeriod(doc, index, f, parts[0]) || !sameYear(doc, index, f, parts[0])) continue;
    if (f.subsetCue || !isExactCount(f) || CUMULATIVE.test(f.before) || (base && base.value !== f.value)) return undefined;
    base = f;
  }
  if (!base) return undefined;
  const heading = first ? lead : doc.sentences[sentence.docSentence - 1]?.text ?? '';
  const whole = heading.length <= MAX_WAYS_HEADING && WAYS_HEADING.test(heading);
  if (addsUp(base, parts) || (!whole && sumOf(parts) <= base.value + tolerance(base, parts))) return undefined;
  return sumFinding(doc, base, parts, !whole);
}

// "具体包括……", "具体为：……": the writer spells out what the total is made of (not "主要包括", the main ones).
const SPELLED_OUT = /具体(?:包括|包含|为|是|如下)/;
const MAX_SPELLED_LEAD = 16;
const ET_CETERA = /^\s*等/;

/** The list after its total is opened by 具体包括/具体为 (in the first part's words or alone between them). */
function spelledOut(doc: ReportDocument, total: Figure, parts: Figure[]): boolean {
  const between = doc.norm.slice(total.span.end, parts[0].span.start);
  return parts.length >= 2 && between.length <= MAX_SPELLED_LEAD && SPELLED_OUT.test(between);
}

// The five types a hotline sorts requests into (咨询、求助、投诉、建议、举报): all five named (and perhaps 表扬/感谢, the
// sixth of REQUEST_TYPES), the list is complete.
const MAIN_REQUEST_TYPES = 5;

/** "其中：咨询类…、投诉类…、求助类…、建议类…、举报类…": each part a different request type, the five main ones all named. */
function allRequestTypes(parts: Figure[]): boolean {
  const kinds = parts.map((p) => kindOf(REQUEST_TYPES, partWords(p)));
  const main = kinds.filter((k) => k >= 0 && k < MAIN_REQUEST_TYPES);
  return kinds.every((k) => k >= 0) && new Set(kinds).size === kinds.length && new Set(main).size === MAIN_REQUEST_TYPES;
}

// What joins the items of one enumeration ("咨询类51宗、……、其它54宗、一般投诉类1697宗", "工作动态40条；其他文件10条；……").
const ENUMERATION_JOINS = ['、', '；', ';'];

/** Parts all in one sentence, each joined to the next by the same 、 or ； (an item sign, not a clause's comma). */
function oneEnumeration(doc: ReportDocument, parts: Figure[]): boolean {
  const join = doc.norm.charAt(parts[0].span.end);
  return ENUMERATION_JOINS.includes(join) && parts.every((p, k) => p.sentence === parts[0].sentence && (k === parts.length - 1 || joinAfter(doc, p) === join));
}

/**
 * "已处理完毕2349件，正在办理568件": what was done and what is still being done, nothing else between (a rate of the
 * done may stand between: "办结150件，办结率83%，正在办理30件"). Closed cases (办结) with those still open split only an
 * intake stated as the whole ("共受理诉求180万件，办结150.25万件，正在办理中29.75万件") in a paragraph that names no
 * carry-over: otherwise 办结 may hold cases of the year before.
 */
function doneAndOpen(doc: ReportDocument, index: FigureIndex, total: Figure, a: Figure, b: Figure): boolean {
  // "查处违法用地案件6宗（办结4宗；在办2宗）": an aside right after a count says how the very things counted stand.
  const ownState = a.parenOwner === total.id && b.parenOwner === total.id;
  if (!WORK_OPEN.test(stateWords(b)) || !(ownState || adjacent(doc, index, a, b))) return false;
  return WORK_DONE.test(stateWords(a)) || (CLOSED_WORK.test(stateWords(a)) && (ownState || isWholeIntake(doc, index, total)));
}

const CLOSED_WORK = /^(?:已|均已|已经|现已)?办结$/;

/** "共受理…", "累计收到…", in a paragraph that names no carry-over from the year before. */
function isWholeIntake(doc: ReportDocument, index: FigureIndex, total: Figure): boolean {
  return total.totalCue && INTAKE.test(total.before) && !namesCarryOver(doc, index, total);
}

/** The total's paragraph names a carry-over ("上年结转", "旧存"). */
function namesCarryOver(doc: ReportDocument, index: FigureIndex, total: Figure, last?: Figure): boolean {
  const block = doc.blocks[index.sentences[total.sentence].paragraph];
  if (!block) return true;
  // With the list's last part given: the paragraph up to the end of that part's sentence — a carry-over of the next
  // matter ("其他类346件。收到政府信息公开申请42件，上年结转2件，…") is not this list's.
  return CARRY_OVER.test(last ? doc.norm.slice(block.contentSpan.start, index.sentences[last.sentence].span.end) : block.content);
}

/** The only carry-over the total's paragraph names is inside the total ("共受理申请30件（含上年结转2件）"). */
function carryInsideOnly(doc: ReportDocument, index: FigureIndex, total: Figure): boolean {
  const [aside] = asidesOf(index, total);
  if (!aside || !INCLUDED_IN_INTAKE.test(aside.before) || !CARRY_OVER.test(aside.before)) return false;
  const block = doc.blocks[index.sentences[total.sentence].paragraph];
  return !!block && block.content.split(CARRY_OVER).length === 2;
}

/** A part's words without the time it is stated at ("目前", "截至年底", "处于办结时限内"). */
function stateWords(f: Figure): string {
  return partWords(f).replace(/^(?:处于[^，,]{0,8}内|目前|现|截至[^，,]{0,8})/, '');
}

/** How many kinds the total's own clause says it holds ("五类案件9850件" → 5), or undefined. */
function countedKinds(doc: ReportDocument, index: FigureIndex, total: Figure): number | undefined {
  const segments = index.sentences[total.sentence].segments;
  const clauseStart = segments.find((s) => s.clause === total.clause)?.span.start ?? total.span.start;
  const m = COUNTED_KINDS.exec(doc.norm.slice(clauseStart, total.span.start));
  if (!m) return undefined;
  return smallCount(m[1]);
}

/** A small count written in a digit or a Chinese numeral ("5", "五"). */
function smallCount(word: string): number | undefined {
  return /[0-9]/.test(word) ? Number(word) : parseChineseNumeral(word);
}

/**
 * b counts what a does not: its words are a's with a negation put in ("受理" / "不予受理", "调解成功" / "调解不成功"),
 * or they list that negation first and end with the rest ("不予受理、告知及作出其他处理7件").
 */
/** "其中不予受理案件38件，受理案件208件": the negation first, then the very words it negates — no thing is both. */
function negatedFirst(a: Figure, b: Figure): boolean {
  const [negative, positive] = [a.before.replace(PART_CUES, '').trim(), b.before.replace(PART_CUES, '').trim()];
  return positive.length >= 2 && NEGATION_WORDS.some((neg) => negative === neg + positive);
}

function complementary(doc: ReportDocument, index: FigureIndex, a: Figure, b: Figure): boolean {
  return negationOf(doc, index, a, b) !== undefined;
}

// How what was not done was handled instead, after the negated verb ("未立案作为意见处理的", "未受理转有关部门办理的").
// (A traditional-script copy writes 作為, 轉, 處理, 辦理.)
const HANDLED_INSTEAD = /(?:作[为為]|[转轉][为為作]|[转轉]交?|移交|按)[\u4e00-\u9fff]{1,10}?(?:[处處]理|[办辦]理)的?$/;

/**
 * How b negates a: 'rest' when its list ends with the rest, else the negation word; undefined when it does not.
 * 未 ("未办结", "未整改") names the state of everything not done and 非 ("非电话") everything else, so the pair covers the
 * total; 不予/不/未予 name one outcome among others (an application may also be under review, 告知 or 转送), so the pair may not.
 */
function negationOf(doc: ReportDocument, index: FigureIndex, a: Figure, b: Figure): string | undefined {
  const strip = (s: string) => s.replace(PART_CUES, '').trim();
  const positive = strip(a.before);
  // A count-first part ("仍有78项未完成整改") carries the words after it (countFirstOutcome): those are its own.
  const moved = doc.norm.slice(b.span.start - b.before.length, b.span.start) !== b.before;
  const items = moved ? [strip(b.before)] : listBefore(doc, index, a, b)?.map(strip);
  // "涉税走私犯罪案件3687起，非涉税、涉检及走私关联犯罪案件2302起": 非 and the property the other part opens with — the
  // things without it, whatever else their words name.
  const property = items?.[0].startsWith('非') ? items[0].slice(1) : '';
  if (property.length >= MIN_NEGATED_PROPERTY && positive.startsWith(property) && positive.length > property.length && !NEGATION_WORDS.some((n) => positive.includes(n))) return '非';
  if (!items || items.length > 1 && !OTHERS.test(items[items.length - 1])) return undefined;
  // "因举报线索不详而未受理470件": the reason before the negation is no part of what was not done.
  // ("…而未受理的8797件": the 的 closing a count-after part is no part of the words.)
  const negative = items[0].replace(REASON_BEFORE, '').replace(/的$/, '');
  for (const neg of NEGATION_WORDS) {
    const at = negative.indexOf(neg);
    if (at < 0) continue;
    // "未立案作为意见处理的12件": what was done instead with what was not is no part of the negated words.
    const core = (negative.slice(0, at) + negative.slice(at + neg.length)).replace(HANDLED_INSTEAD, '');
    // The whole of the positive words, or their tail after a qualifier ("依法受理"): never a one-character core.
    // "属于本机关职能范围" may be written "3件属于本机关职能范围", read as the kind "本机关职能范围".
    const predicate = core.replace(PREDICATE, '');
    if (core.length < 2 || !(positive.endsWith(core) || (predicate !== core && predicate.length >= 2 && positive === predicate)) || NEGATION_WORDS.some((n) => positive.includes(n))) return undefined;
    // "基本完成1个，未完成1个": done in part and not done leave out the done ("完成4个" before them).
    if (PARTLY.test(positive.slice(0, positive.length - core.length))) return undefined;
    return items.length > 1 ? 'rest' : neg;
  }
  return undefined;
}

// The shortest property a 非 part negates at the head of the other part's words ("涉税").
const MIN_NEGATED_PROPERTY = 2;

// A degree short of all before a verb: "基本完成", "部分整改", "初步建成".
const PARTLY = /(?:基本|部分|大部分?|初步|大体)$/;

// Work finished ("已完成", "已销号", or 已 with the verb of the work under way) and work under way ("正在推进", "推进中"):
// nothing is both.
const DONE_LEAD = /(?:已|均已|已经)(?:全部)?([\u4e00-\u9fff]{1,6})$/;
const FINISHED = /^(?:完成|完结|销号)/;
const UNDER_WAY = /^(?:正在|仍在|尚在|还在)([\u4e00-\u9fff]{1,6}?)中?$|^([\u4e00-\u9fff]{1,4})中$/;

/**
 * "已完成45项，正在推进16项", "20件已备案，11件正在备案": work finished beside work under way (on the same verb, or finished
 * outright), which no thing counted is at once — listed in full or not (some may not have started), they cannot hold more
 * than their total. Not the cases or requests taken in ("受理…100件，已办结95件，正在办理15件"), nor where the paragraph
 * names a carry-over: what was finished may have come in the year before.
 */
function doneBesideOpen(doc: ReportDocument, index: FigureIndex, total: Figure, a: Figure, b: Figure): boolean {
  if (INTAKE.test(total.before) || namesCarryOver(doc, index, total)) return false;
  const finishedBeside = (done: Figure, open: Figure) => {
    const verb = DONE_LEAD.exec(done.before.trim())?.[1];
    const under = UNDER_WAY.exec(stateWords(open));
    return !!verb && !!under && !WORK_OPEN.test(stateWords(open)) && (FINISHED.test(verb) || verb === (under[1] ?? under[2]));
  };
  return finishedBeside(a, b) || finishedBeside(b, a);
}

// The three kinds of social organization registered (社会团体, 民办非企业单位 — now 社会服务机构 — and 基金会): one each.
const SOCIAL_ORGANIZATION_KINDS = [/^(?:社会团体|社团)$/, /^(?:民办非企业单位|社会服务机构)$/, /^基金会$/];

// The ranks of a cadre, one each ("县处级2人，乡科级5人，一般干部及以下9人").
const CADRE_RANKS = [/^(?:省部级|部级)/, /^(?:厅局级|地厅级|厅级)/, /^(?:县处级|处级)/, /^(?:乡科级|科级)/, /^(?:一般干部|普通干部|科员)/];

/** The leading run (two or more) of parts that are different kinds of social organization. */
const socialOrganizationKinds = (parts: Figure[]) => leadingKinds(parts, SOCIAL_ORGANIZATION_KINDS);

// The kinds of market entity (企业, 个体工商户, 农民专业合作社): one each, however many of each are registered or new.
const ENTITY_STATE = '(?:在册|实有|现有|新设立?|新登记|新增)?';
const MARKET_ENTITY_KINDS = [new RegExp(`^${ENTITY_STATE}(?:各类|私营|民营|内资|外资|外商投资|国有)?企业$`), new RegExp(`^${ENTITY_STATE}个体(?:工商)?户$`), new RegExp(`^${ENTITY_STATE}(?:农民专业)?合作社$`)];
/** The leading run (two or more) of parts that are different kinds of market entity. */
const marketEntityKinds = (parts: Figure[]) => leadingKinds(parts, MARKET_ENTITY_KINDS);
// The stage of schooling a pupil is in: one each ("招收44122人，其中高中7132人，初中13667人，小学12584人，…").
const SCHOOL_STAGES = [/^(?:普通)?高中$/, /^初中$/, /^小学$/, /^幼儿园$/, /^(?:特校|特殊教育(?:学校)?)$/, /^(?:中职|中等职业(?:教育|学校)?|职业高中|职高)$/];
/** The leading run (two or more) of people each at another stage of schooling. */
const schoolStageKinds = (parts: Figure[]) => (PEOPLE.includes(parts[0].unit) ? leadingKinds(parts, SCHOOL_STAGES) : undefined);
/** The leading run (two or more) of parts of people that are of different ranks. */
const rankKinds = (parts: Figure[]) => (PEOPLE.includes(parts[0].unit) ? leadingKinds(parts, CADRE_RANKS) : undefined);
// Where a traveller checked at the border is from (内地居民, 港澳台居民, 外国人): one each — also for exits and entries
// counted in 人次.
const TRAVELLER_KINDS = [/^(?:内地|大陆)居民$/, /^港澳台(?:地区)?居民$/, /^外国(?:人|籍人员|公民)$/];
/** The leading run (two or more) of people counted by where they are from. */
const travellerKinds = (parts: Figure[]) => (PEOPLE.includes(parts[0].unit) ? leadingKinds(parts, TRAVELLER_KINDS) : undefined);
// What the money of a penalty or a sanction went to: one yuan to one of them ("罚没款…，其中罚款…，没收违法所得…").
const MONEY_KINDS = [/^(?:罚款|罚金)$/, /^没收(?:违法所得|非法财物|违法财物)?$/, /^(?:退还|返还)(?:消费者|群众|当事人)?$/, /^追缴[\u4e00-\u9fff]{0,4}$/, /^(?:责令)?退赔$/];
/** The leading run (two or more) of amounts each of a different kind of sanction money. */
const moneyKinds = (parts: Figure[]) => (parts[0].unit === '元' ? leadingKinds(parts, MONEY_KINDS) : undefined);

// Information published ("主动公开政府信息47条", "发布各类信息…条") and the kinds of it a 其中 list names, each item one kind
// ("部门文件22件，通知公告16条，人事任免5条，财政预决算2条…").
const PUBLISHED_TOTAL = /(?:主动)?公开(?:各类)?(?:政府|政务)?信息|发布(?:各类)?(?:政府|政务)?信息/;
const INFO_KIND = /^[\u4e00-\u9fff“”]{0,8}(?:文件|公告|通知|动态|解读|任免|预决算|决算|预算|计划|总结|规划|新闻|政策|公示)$/;

/** The leading run (two or more) of a 其中 list of published information, each part a kind of it named differently. */
function publishedKinds(doc: ReportDocument, index: FigureIndex, total: Figure, parts: Figure[]): Figure[] | undefined {
  if (!PUBLISHED_TOTAL.test(total.before) || !(opensSubset(doc, index, total, parts[0]) || parts[0].inParens)) return undefined;
  const seen = new Set<string>();
  let n = 0;
  for (const p of parts) {
    const words = partWords(p).replace(SUBSET_OPENING, '').replace(/^[，,：:\s]+/, '').trim();
    if (!INFO_KIND.test(words) || seen.has(words) || (n > 0 && p.subsetCue)) break;
    seen.add(words);
    n++;
  }
  return n >= 2 ? parts.slice(0, n) : undefined;
}

/** The leading run (two or more) of parts each of a different one of `kinds` (one thing is of one kind only). */
function leadingKinds(parts: Figure[], kinds: readonly RegExp[]): Figure[] | undefined {
  const run = parts.slice(0, kinds.length);
  const found = run.map((p) => kinds.findIndex((k) => k.test(partWords(p).replace(SUBSET_OPENING, '').trim())));
  const n = found.findIndex((k, i) => k < 0 || found.indexOf(k) !== i);
  const length = n < 0 ? run.length : n;
  return length >= 2 ? run.slice(0, length) : undefined;
}

// An outcome named alone ("胜诉", "维持原决定"), not a work on a noun ("调解矛盾纠纷", "调解纠纷").
const MAX_OUTCOME_NAME = 5;
const MEDIATION_WORK = /^(?:调解|调处|化解)(?:矛盾)?(?:纠纷|矛盾)$/;
const isOutcomeName = (words: string) => words.length <= MAX_OUTCOME_NAME && CASE_OUTCOME.test(words) && !MEDIATION_WORK.test(words);

/** "受理36400件，不予受理140件", "批准…，不予批准…": a decision and its denial, of one verb. */
function deniedPair(a: Figure, b: Figure): boolean {
  // The reason said first ("因举报线索不详而未受理的") is no part of what was done.
  const core = (f: Figure) => partWords(f).replace(SUBSET_OPENING, '').replace(/^\s*[，,：:]?\s*(?:依法|予以|已)?/, '').replace(REASON_BEFORE, '').replace(/的$/, '').trim();
  const verb = core(a);
  return verb.length >= 2 && ['不予', '不', '未'].some((no) => core(b) === no + verb);
}

/** A part and its negation that cover the total: the rest named, a state (未, 不成功) or all else (非). */
function closedPair(doc: ReportDocument, index: FigureIndex, total: Figure, a: Figure, b: Figure): boolean {
  const neg = negationOf(doc, index, a, b);
  if (neg !== '不') return neg === 'rest' || neg === '未' || neg === '非';
  if (PREDICATE.test(partWords(b).replace(/^不/, ''))) return true;
  const verb = partWords(a).replace(STATE, '');
  return STATE.test(partWords(a)) && total.before.includes(verb);
}

// The rest joined to the last item by 或/及 ("不予受理或作其他处理").
const OR_THE_REST = new RegExp(`^(.+?)(?:或者|或|以及|及)(.*(?:${REMAINDER_WORDS}).*)$`);

/**
 * The 、-joined words of b's clause after a, up to b, the rest joined by 或/及 apart: ["不予受理", "告知及作出其他处理"] →
 * ["不予受理", "告知", "作出其他处理"]; undefined past MAX_PARTS.
 */
function listBefore(doc: ReportDocument, index: FigureIndex, a: Figure, b: Figure): string[] | undefined {
  const segments = index.sentences[b.sentence].segments;
  let first = b.segment;
  while (first > 0 && segments[first - 1].clause === b.clause && (b.sentence !== a.sentence || first - 1 > a.segment)) {
    if (b.segment - --first > MAX_PARTS) return undefined;
  }
  const from = first < b.segment ? segments[first].span.start : b.span.start - b.before.length;
  const items = doc.norm.slice(from, b.span.start).split('、');
  const rest = OR_THE_REST.exec(items[items.length - 1]);
  return rest ? [...items.slice(0, -1), rest[1], rest[2]] : items;
}

// Parts that cannot exceed the count just before them: the successes of what was tried ("调解纠纷9084件，调解成功8992件"),
// what is new in a stock ("目前共有阵地127个，今年新增21个").
const TOTAL_LEAD = new RegExp(`^\\s*(${alternatives([...SCOPE_WORDS, ...TOTAL_WORDS])})*`);
const TOTAL_CUE_GLOBAL = new RegExp(TOTAL_CUE.source, 'g');
const STOCK = /共有|现有|目前|累计|总数|总量/;
const NEW_PART = /^(今年|全年|当年|本年|年内|(?:19|20)[0-9]{2}年)?(新增|新建|新设立?|新成立|新开设?|新上线)$/;

/** Whether the clause right after the total counts a part of it: 其中, V成功 after V…, or 新增 after a stock. */
const OUTCOME_AFTER_COUNT = new RegExp(`^\\s*(?:处理|审理|复议|办理)?结果(?:为|是)?(?:${CASE_OUTCOME.source})\\s*$`);

function subsetWords(total: Figure, next: Figure): string | undefined {
  if (next.subsetCue) return '其中';
  if (next.sentence !== total.sentence || next.segment !== total.segment + 1 || !next.lone || !next.final) return undefined;
  // "行政复议7件，结果维持6件，…": an outcome of the cases right after their count.
  if (OUTCOME_AFTER_COUNT.test(next.before) && total.unit === next.unit) return next.before.trim();
  const words = next.before.replace(PART_CUES, '').trim();
  // The verb opens the total's words after its scope ("全市共调解…"), or follows its 共 ("某市各级调解组织共调解…").
  // Two verbs may open them ("共排查化解矛盾纠纷…，调解成功…"); 调处, 化解 and 调解 are one work of mediation.
  const cue = lastMatch(TOTAL_CUE_GLOBAL, total.before);
  const heads = [total.before.replace(TOTAL_LEAD, '').slice(0, 4), cue ? total.before.slice(cue.index + cue[0].length).trim().slice(0, 4) : ''];
  const verbs = heads.flatMap((head) => [head.slice(0, 2), head.slice(2, 4)]).map(asMediation);
  if (verbs.some((verb) => /^[\u4e00-\u9fff]{2}$/.test(verb) && asMediation(words) === `${verb}成功`)) return words;
  return NEW_PART.test(words) && STOCK.test(total.before) ? words : undefined;
}

/**
 * How next is said to be a part of total: by subsetWords, by a clause naming the total again ("共受理诉求5000件，在受理的
 * 诉求中，投诉类…"), or by opening the next sentence with 其中 or such a clause — then only when it exceeds every count
 * of the total's sentence, any of which it might be a part of.
 */
function partCue(doc: ReportDocument, index: FigureIndex, total: Figure, next: Figure): string | undefined {
  const sentence = index.sentences[next.sentence];
  if (next.sentence === total.sentence) {
    const between = next.segment === total.segment + 2 ? sentence.segments[total.segment + 1].span.start : next.span.start;
    if (AMONG_FRAME.test(total.before) && /中\s*$/.test(total.after) && next.segment === total.segment + 1 && next.lone) return FRAMED;
    return subsetWords(total, next) ?? (namesTotalAgain(doc.norm.slice(between, next.span.start), total) ? '其中' : undefined);
  }
  if (mainFigures(sentence)[0] !== next) return undefined;
  const text = doc.sentences[sentence.docSentence].text;
  if (!SUBSET_OPENING.test(text) && !namesTotalAgain(text, total)) return undefined;
  const counts = mainFigures(index.sentences[total.sentence]).filter((f) => !f.percent && sameUnitKind(f, total));
  return counts.every((f) => next.value > f.value + f.halfUlp + next.halfUlp) ? '其中' : undefined;
}

/**
 * "共划分综合网格120个，其中进入网格的党组织数160个": a part named as a thing of the total's noun (网格的党组织) is another
 * thing counted beside the total, not some of it.
 */
function namedAsOwnedBy(total: Figure, part: Figure): boolean {
  const noun = partWords(total).slice(-2);
  const words = partWords(part);
  const at = /^[\u4e00-\u9fff]{2}$/.test(noun) ? words.indexOf(`${noun}的`) : -1;
  return at >= 0 && /[\u4e00-\u9fff]{2}/.test(words.slice(at + 3));
}

// A stock on the register, beside the cumulative flows into and out of it (CUMULATIVE).
const IN_REGISTER = /在册|在矫|在管|现有|目前有/;

// "分别为撤销48件，…，确认违法150件，其中行政强制类164件": a 其中 after the last item of a 分别 list breaks down the
// whole list, not that item.
const ENUMERATION = /分别/;

/**
 * "直接纠错236件。结果分别为撤销48件，……，确认违法150件。其中行政强制类案件164件，……，其他类11件": a 其中 sentence after
 * a 分别 list that makes up its total breaks down that total, not the list's last item. Returns the total.
 */
function enumeratedWhole(doc: ReportDocument, index: FigureIndex, chain: Figure[], i: number, outer: Figure, outerList: Figure[] | undefined): Figure | undefined {
  const [item, next] = [chain[i], chain[i + 1]];
  if (!outerList || outerList[outerList.length - 1] !== item || !next?.subsetCue || next.sentence === item.sentence) return undefined;
  return endsEnumeration(doc, index, chain, i) && addsUp(outer, outerList) ? outer : undefined;
}

/** chain[i] is the last of two or more items of one kind enumerated after 分别 in its sentence. */
function endsEnumeration(doc: ReportDocument, index: FigureIndex, chain: Figure[], i: number): boolean {
  const item = chain[i];
  const before = chain[i - 1];
  if (!before || before.sentence !== item.sentence || !before.lone || !before.final || !sameUnitKind(before, item)) return false;
  return !!matchInSentenceBefore(doc, index.sentences[item.sentence], ENUMERATION, before.span.start);
}

// A count that is a change against an earlier period ("同比增加1.52亿元", "较上年减少12件").
const CHANGED_BY = new RegExp(`(?:${alternatives(COMPARISON_WORDS)})(?:同期)?(?:${CHANGE_UP}|${CHANGE_DOWN}|${alternatives(AMOUNT_CHANGE_WORDS)})了?\\s*$`);

// "在全区申报的54个示范项目中，评选出…6个": a count framed by 在…中 holds what the next clause picks from it.
const AMONG_FRAME = /^\s*在/;
const FRAMED = '在…中';
// "方案确定的64项重点任务，9项任务已完成": a count that is the topic of the clauses after it — a set defined by a
// relative clause (…的) before it, nothing after it but its noun. Not a stock ("现有32个站点，45个站点正在建设": those
// under way are no part of those there).
const TOPIC_LEAD = /的\s*$/;

/**
 * "共审结79件(其中上年结转16件)", "416件，其中重大活动75件": the one 其中 part (or success, or new item) cannot exceed the
 * total. A total followed by its noun ("共维护13个专栏，其中新开2个", "在申报的54个示范项目中，评选出示范项目6个", "方案确定的
 * 64项重点任务，9项任务已完成") holds only parts of that noun (or that are new, with no noun of their own).
 */
/** `onlyPart`: the total has no list of parts (whose sum, checked above, says more than one part's bound). */
function checkSubset(doc: ReportDocument, ctx: RuleContext, chain: Figure[], i: number, outerList: Figure[] | undefined, onlyPart: boolean): Finding | undefined {
  const index = ctx.figures();
  const total = chain[i];
  // "收到24件，上年结转0件，其中予以公开23件": the 其中 breaks down the intake, not the carry-over before it. Nor a count
  // of nothing ("被申请复议5宗、诉讼0宗，其中…") or an average ("办案1052件，人均办案13.15件，其中…").
  if (!isExactCount(total) || total.value === 0 || CARRY_OVER.test(total.before) || AVERAGE_BEFORE.test(total.before)) return undefined;
  // "950件已转相关单位办理（已办结900件）": the closed among those handled, whatever follows the count.
  const closed = closedAside(doc, index, total);
  const noun = total.final || closed ? undefined : countedNoun(total);
  if (!total.final && !noun && !closed) return undefined;
  const aside = asidesOf(index, total).find((f) => f.subsetCue) ?? closed;
  // "1260件，同比增长9%，其中…": past the change of the total.
  const skip = chain[i + 1] && chain[i + 1].sentence === total.sentence && chain[i + 1].change ? 1 : 0;
  const next = chain[i + 1 + skip];
  const words = closed ? closed.before.trim() : aside ? '其中' : next ? partCue(doc, index, total, next) : undefined;
  const part = aside ?? (words ? next : undefined);
  if (!part || !words || !isExactCount(part) || !sameUnitKind(total, part)) return noun ? topicPartAbove(doc, chain, i, noun) : undefined;
  if (noun && (part.unit !== total.unit || !namesNoun(part, noun))) return undefined;
  // "罚款同比增加1.52亿元，上升9.34%，其中，违法使用林地案件罚款14.28亿元": the 其中 breaks down the fines, whose whole is
  // not stated, not their change; a part that is a change too ("其中民事案件增加80件") is of the change.
  if (CHANGED_BY.test(total.before) && !CHANGE_WORDS.test(part.before)) return undefined;
  if (!aside && words === '其中' && endsEnumeration(doc, index, chain, i)) return undefined;
  // "其中网上留言600件，电话来电300件，其中已办结850件": a 其中 after the last of two parts or more may break down the
  // whole they are parts of, not the last one.
  if (!aside && words === '其中' && outerList && outerList.length >= 2 && outerList[outerList.length - 1] === total) return undefined;
  if (part.value <= total.value + total.halfUlp + part.halfUlp) {
    if (onlyPart) ctx.noteHeld({ code: CODE, spans: [total.span, part.span], message: `“${words}”部分不超过总数：${words}${figureText(doc, part)}，不大于总数${figureText(doc, total)}` });
    return undefined;
  }
  if (words === FRAMED && noun) return nounPartAbove(doc, total, part, noun);
  if (namedAsOwnedBy(total, part)) return undefined;
  // "收到留言3000条，部门收到1900条，各县区收到1100条，其中咨询类1200条…": a larger count earlier in the sentence may be
  // the whole the 其中 breaks down (the nearest count one side of another split): two bases fit, so silent.
  // Not cumulative flows before a stock ("累计接收640人，累计解除450人，在册190人，其中缓刑200人"): the 其中 breaks down the stock.
  const stock = IN_REGISTER.test(total.before);
  if (!aside && words === '其中' && chain.slice(0, i).some((f) => f.sentence === total.sentence && !f.percent && !f.change && isExactCount(f) && sameUnitKind(f, part) &&
      f.value + f.halfUlp >= part.value && !(stock && CUMULATIVE.test(f.before)))) return undefined;
  const totalText = figureText(doc, total);
  return report(CODE, {
    message: `“${words}”部分不应超过总数：${words}${figureText(doc, part)}，大于总数${totalText}`,
    span: part.span,
    related: [{ span: total.span, message: `总数：${figureLabel(doc, total)}` }],
  });
}

// The closed among what was handled, in an aside: "950件已转相关单位办理（已办结900件）".
const CLOSED_ASIDE = /^\s*(?:其中)?(?:已|均已|现已)(?:办结|审结|办理完毕|处理完毕)\s*$/;
const HANDLED = /办理|处理|受理|转办|交办|转交|转送/;

/**
 * The one count of the aside right after a count of things handled, when it counts those already closed — in a
 * paragraph that names no carry-over (the closed may hold last year's).
 */
function closedAside(doc: ReportDocument, index: FigureIndex, total: Figure): Figure | undefined {
  const asides = asidesOf(index, total);
  // The aside may close the count's clause rather than follow the count ("950件已转相关单位办理（…）").
  const [next, second] = [index.figures[total.id + 1], index.figures[total.id + 2]];
  const closing = (f: Figure | undefined) => !!f && f.inParens && f.sentence === total.sentence && f.segment === total.segment;
  const aside = asides.length ? asides : closing(next) && !closing(second) && ASIDE_ENDS.test(total.after) ? [next] : [];
  if (aside.length !== 1 || !CLOSED_ASIDE.test(aside[0].before) || !HANDLED.test(total.before + total.after)) return undefined;
  return CARRIED_FROM_BEFORE.test(doc.blocks[index.sentences[total.sentence].paragraph]?.content ?? '') ? undefined : aside[0];
}

const ASIDE_ENDS = /[(（][^(（)）]*[)）][\s。；，]*$/;

/** "部分不应超过总数：6个示范项目，大于总数5个示范项目". */
function nounPartAbove(doc: ReportDocument, total: Figure, part: Figure, noun: string): Finding {
  const partNoun = partWords(part).endsWith(noun) || part.metric.startsWith(noun) ? noun : noun.slice(-2);
  const totalLabel = `${figureText(doc, total)}${noun}`;
  return report(CODE, {
    message: `部分不应超过总数：${figureText(doc, part)}${partNoun}，大于总数${totalLabel}`,
    span: part.span,
    related: [{ span: total.span, message: `总数：${totalLabel}` }],
  });
}

/** The noun a count not closing its clause counts ("13个专栏" → 专栏, "54个示范项目中" → 示范项目), or undefined. */
function countedNoun(total: Figure): string | undefined {
  const noun = total.metric.replace(/中$/, '');
  return /^[\u4e00-\u9fff]{2,}$/.test(noun) && total.lone ? noun : undefined;
}

/** The part counts the noun (its words end in the noun's last two characters, or its noun starts with them) or is new. */
function namesNoun(part: Figure, noun: string): boolean {
  const tail = noun.slice(-2);
  const words = partWords(part).replace(SUBSET_OPENING, '').trim();
  return NEW_PART.test(words) || words.endsWith(tail) || (!part.final && part.metric.startsWith(tail));
}

/**
 * "方案确定的64项重点任务，9项任务已完成，48项任务达到序时进度": each clause right after a topic count that opens with a
 * count of the topic's noun is a part of it; the first one above it.
 */
function topicPartAbove(doc: ReportDocument, chain: Figure[], i: number, noun: string): Finding | undefined {
  const total = chain[i];
  if (!TOPIC_LEAD.test(total.before) || total.after.trim() !== total.metric) return undefined;
  for (let j = i + 1; j < chain.length && j - i <= MAX_PARTS; j++) {
    const f = chain[j];
    if (f.sentence !== total.sentence || f.segment !== chain[j - 1].segment + 1 || f.before.trim() !== '' || f.final || !f.lone ||
        f.unit !== total.unit || !f.metric.startsWith(noun.slice(-2)) || !isExactCount(f)) return undefined;
    if (f.value > total.value + total.halfUlp + f.halfUlp) return nounPartAbove(doc, total, f, noun);
  }
  return undefined;
}
