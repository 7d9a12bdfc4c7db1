// figure/rate — "…率X%" against the numerator and denominator stated before it ("调处8495件，调解成功8454件，
// 成功率99.51%"), and rates no whole count of the stated cases can give ("应诉案件18件…胜诉率95%").
// The numerator is the figure whose words carry the rate's stem (成功率 ← 调解成功); any earlier figure of the same
// kind may be the denominator (海宁: 调解成功率 over 办结, not over 办理). A rate no stated figure explains is left alone.
import { ACTIVITY_VERBS, alternatives, ANSWER_GRADE, AVERAGE_BEFORE, CARRIED_IN_FROM_LAST_YEAR, NEGATION_BEFORE, NEGATION_WORDS, AS_OF_YEAR_END, asMediation, OCCURRENCE_UNITS, CHANGE_WORDS, DRAWING_WORDS, HEADCOUNT_UNITS, REVIEW_INTAKE, SCOPE_WORDS, SERVICE_SUBJECT, TOTAL_WORDS, VALID_PART } from '../lexicon';
import {
  CASE_OUTCOME, CORRECTION_OUTCOME, HANDLING_RATE, INTAKE_COUNTERS, NON_CORRECTIVE, PENDING, RATE_ALIASES, amountOf, arePartitionPair, figureLabel, figureText, isExactCount, isRoundedDownCount, judgeRounding, numeralFor, percentInterval,
  MAX_LOOKBACK, ITEM_JOIN, asidesOf, clauseBefore, countText, mainFigures, percentsJoinedFrom, priorFigures, sameUnitKind, show, summandsOf, summedFigure, type Figure, type FigureIndex,
  type FigureSentence, type RoundingVerdict,
} from '../figures';
import { closedBase, closingTotal, countedBase, earlierCounts, intakeBase, intakeCount, namesIntake, nounBase, paragraphOf, sampledBase, sameYear, totalsBefore, uniqueValue, verbOf } from '../bases';
import { TABLES, type Cell } from '../tables';
import { defineCodes, report, type RoundingPolicy, type Rule, type RuleContext } from '../rule';
import { firstIndexFrom, lastIndexOnce, memoized } from '../collections';
import { inOrderWithin } from '../text';
import type { Finding, Fix, ReportDocument, Span } from '../types';
import { q } from './number-scope';
import { TARGET_STATEMENTS } from './figure-target';

const CODE = 'figure/rate';

// "成功率99.51%", "调撤率达25%", "败诉率为10.77%", "出庭率保持100%"; "网办比例91.7%", "结收比95%" (比例 and 比 only for a
// rate word of RATE_ALIASES: "占…比例" is a share).
const RATE_BEFORE = /([\u4e00-\u9fff]{2,})(率|比例|比)\s*(?:达到|达|为|是|保持在|保持|稳定在|提升至|提升到|提高至|提高到|高达|仅为|只有|仅有|约为)?\s*$/;
// An aside between the rate's words and its value ("纠错率（指自行改正占已审结数量的比率）为5.26%") defines the rate.
const ASIDE = /[(（][^()（）]*[)）]/g;

// A definition in the aside after the rate word: "（指自行改正占已审结数量的比率）" — numerator's and population's words.
const DEFINITION = /[(（]\s*(?:指|即)?\s*([\u4e00-\u9fff]{2,12}?)(?:的?(?:数量|件数|总数|总量|数))?占([\u4e00-\u9fff]{2,12}?)(?:的?(?:数量|件数|总数|总量|数))?的(?:比率|比例|比重|百分比)\s*[)）]/;

/**
 * "审结38件，…改正后准予备案的2件，纠错率（指自行改正占已审结数量的比率）为5.26%": a rate that defines itself is judged by
 * its definition — the one count whose words carry the numerator's verb over the one that carries the population's.
 * Undefined when the rate gives no definition; null when it does but the counts do not fit it one way.
 */
function definedRate(doc: ReportDocument, ctx: RuleContext, rate: Figure, name: string, prior: Figure[]): Finding | null | undefined {
  const d = DEFINITION.exec(rate.before);
  if (!d) return undefined;
  const [partKey, wholeKey] = [d[1].slice(-2), d[2].slice(-2)];
  const carrying = (key: string) => prior.filter((f) => !f.inParens && `${clauseBefore(doc, f)}${f.before}`.includes(key));
  const [parts, wholes] = [carrying(partKey), carrying(wholeKey)];
  if (parts.length !== 1 || wholes.length !== 1 || parts[0] === wholes[0] || !sameUnitKind(parts[0], wholes[0])) return null;
  const candidate = judge(rate, parts[0], wholes[0], ctx.options.rounding);
  return (candidate && judged(doc, ctx, rate, name, [candidate], parts[0], [], false)) ?? null;
}

// What is brought into an assessment of a rate ("纳入解决率考核1774件").
const ASSESSED = /纳入[\u4e00-\u9fff]{0,10}考核/;
// The noun of what a rate counts, written between its stem and 率/比例 ("网办事项比例" is 网办比例).
const COUNTED_NOUN = /(?<=[\u4e00-\u9fff]{2})(?:事项|业务)$/;

/** The rate's words with the noun of what it counts dropped, when that leaves the stem of an aliased rate. */
function aliasedWords(words: string): string {
  const bare = words.replace(COUNTED_NOUN, '');
  return bare !== words && RATE_ALIASES.some((a) => bare.endsWith(a.stem)) ? bare : words;
}

// "整改完成率": the rate of a verb completed; "不合格发现率": the rate of a finding (不合格, 问题) found.
const COMPLETED_VERB = /(?<=[\u4e00-\u9fff]{2})(?:完成|发现|覆盖)$/;

/**
 * "应整改问题634个，已整改598个，整改完成率94.3%": V完成率 is the rate of V done — its words without 完成, when a count before
 * it names V done and none names 完成 (the counts of "完成任务80项，任务完成率…" keep it). So is X发现率 of X found
 * ("抽检664900批次，不合格19431批次，不合格发现率2.92%").
 */
function completedWords(words: string, prior: Figure[]): string {
  const verb = COMPLETED_VERB.exec(words)?.[0];
  if (!verb) return words;
  const bare = words.slice(0, -2);
  return prior.some((f) => namesDone(f.before, bare.slice(-2))) && !prior.some((f) => namesDone(f.before, verb)) ? bare : words;
}

/** The rate's words before its value ([1]) and its kind ([2]: 率, 比例, 比), asides and line breaks left out. */
function rateWords(rate: Figure): RegExpExecArray | null {
  // Words without 率 or 比 name no rate: the pattern, which tries every start in them, is not run on them.
  if (!rate.before.includes('率') && !rate.before.includes('比')) return null;
  const m = RATE_BEFORE.exec(rate.before.replace(ASIDE, '').replace(/\s+/g, ''));
  return m && !OVER_UNSTATED_POPULATION.test(m[1]) ? m : null;
}

// Rates over a population a report does not count: 失业率 is over the labour force (not the jobs added beside the
// unemployed: "新增就业140.21万人，年末失业人数49.13万人，失业率2.54%"), 发病率 and 死亡率 over the people.
const OVER_UNSTATED_POPULATION = /失业$|发病$|患病$|死亡$|出生$/;

// Rates named together before 分别 ("办结率和群众满意率分别为98%、99%"): two names or more joined by 和/、/及/与.
const RESPECTIVE_RATES = /((?:[\u4e00-\u9fff]{2,}?(?:率|比例))(?:[和、及与](?:[\u4e00-\u9fff]{2,}?(?:率|比例)))+)分别(?:为|是|达到|达)?\s*$/;
const RATE_NAME_JOIN = /[和、及与](?=[\u4e00-\u9fff]{2,}?(?:率|比例))/;
// The most rates named together that are read.
const MAX_RESPECTIVE_RATES = 8;

/**
 * The name of figures[r] among rates named together before 分别 and valued in turn ("办结率和群众满意率分别为98%、99%": 98% is
 * the 办结率, 99% the 群众满意率) — as rateWords gives it — when the names and the percents are as many.
 */
function respectiveRateWords(doc: ReportDocument, figures: Figure[], r: number): RegExpExecArray | null {
  // At most MAX_RESPECTIVE_RATES back: a list is read at each of its percents.
  let head = r;
  while (head > 0 && r - head < MAX_RESPECTIVE_RATES && figures[head - 1].percent &&
    ITEM_JOIN.test(doc.norm.slice(figures[head - 1].span.end, figures[head].span.start))) head--;
  const last = head + percentsJoinedFrom(doc.norm, figures, head, ITEM_JOIN, MAX_RESPECTIVE_RATES).length - 1;
  if (last < r) return null;
  // The names may be joined by 、, which ends a figure's own words: read from the figure before the list.
  const from = head > 0 ? figures[head - 1].span.end : Math.max(0, figures[head].span.start - figures[head].before.length);
  const names = RESPECTIVE_RATES.exec(doc.norm.slice(from, figures[head].span.start).replace(/\s+/g, ''))?.[1].split(RATE_NAME_JOIN);
  if (!names || names.length !== last - head + 1) return null;
  return RATE_BEFORE.exec(names[r - head]);
}

/**
 * The verb a rate is named after: its last two characters, with the negation before them (不满意率 ← 不满意; 不合格率,
 * 未办结率, 不予受理率 count what was not done).
 */
function stemOf(words: string): string {
  const negation = NEGATION_BEFORE.exec(words.slice(0, -2))?.[0] ?? '';
  return words.slice(-(2 + negation.length));
}

// The stem inside a noun is not the thing done: "收到政府信息公开申请60件" asks for 公开, "满意度" measures 满意, "纳入解决率考核"
// counts what the rate is taken over.
const NOUN_AFTER_STEM = /^(?:申请|度|率|时限|期限)/;

/** Whether the words name the stem as what was done, not as part of a noun ("予以公开", not "公开申请"). */
function namesDone(words: string, stem: string): boolean {
  for (let at = words.indexOf(stem); at >= 0; at = words.indexOf(stem, at + 1)) {
    if (!NOUN_AFTER_STEM.test(words.slice(at + stem.length))) return true;
  }
  return abbreviates(words, stem);
}

/** "采纳发布256条" of 采发率: a stem of two characters, each the first of a two-character verb the count's words end in. */
function abbreviates(words: string, stem: string): boolean {
  const at = words.length - 4;
  return stem.length === 2 && at >= 0 && words[at] === stem[0] && words[at + 2] === stem[1] && HAN_ONLY.test(words.slice(at));
}
const HAN_ONLY = /^[\u4e00-\u9fff]+$/;

// A dispute mediated to its end ("调解结案29件") is a mediation that succeeded, as "调解成功" is.
const SETTLING = /^(?:调解|调处|化解|和解)$/;
const successKey = (stem: string) => `(?:${stem}成功|成功${stem}${SETTLING.test(stem) ? `|${stem}结案` : ''})`;

/** "33件40人", "33件40人次": the count written right after f in another measure, as its second measure. */
/** The exact counts of the sentence right before the rate's, in its paragraph (in id order, asides too). */
function decisionsBefore(index: FigureIndex, rate: Figure): Figure[] {
  const [own, before] = [index.sentences[rate.sentence], index.sentences[rate.sentence - 1]];
  if (!before || before.paragraph !== own.paragraph || before.docSentence !== own.docSentence - 1) return [];
  return before.figures.map((id) => index.figures[id]).filter(isExactCount);
}

function pairedHeadcount(figures: Figure[], f: Figure): Figure[] {
  const next = figures[positionOf(figures, f) + 1];
  return next && !f.percent && !next.percent && next.unit !== '元' && !sameUnitKind(f, next) && next.span.start === f.span.end ? [next] : [];
}

/** Where f stands in a sentence's figures (in id order): found by halving, as a sentence may hold thousands; -1 if absent. */
function positionOf(figures: Figure[], f: Figure): number {
  let [low, high] = [0, figures.length - 1];
  while (low <= high) {
    const mid = (low + high) >> 1;
    const id = figures[mid].id;
    if (id === f.id) return figures[mid] === f ? mid : figures.indexOf(f);
    if (id < f.id) low = mid + 1;
    else high = mid - 1;
  }
  return figures.indexOf(f);
}

/** The count whose second measure f is ("40人" of "33件40人"), else f. */
function headOfPair(figures: Figure[], f: Figure): Figure {
  const k = positionOf(figures, f);
  return k > 0 && pairedHeadcount(figures, figures[k - 1])[0] === f ? figures[k - 1] : f;
}

// A refusal's words: a negation and what is refused ("不捕", "不起诉", "不予受理"), maybe after the deciding
// ("审结时决定不起诉").
const REFUSAL = new RegExp(`(?:^|决定|作出|依法|共|累计|全年|共计)(?:${NEGATION_WORDS.join('|')})([\u4e00-\u9fff]{1,4})$`);
// Whom a decision is on, written after its verb ("批准和决定逮捕各类犯罪嫌疑人", "批准逮捕未成年犯罪嫌疑人").
const DECIDED_ON = /(?:各类|未成年人?|涉[\u4e00-\u9fff]{1,3})?(?:犯罪嫌疑人|被告人|嫌疑人|犯罪)$/;

/** What a refusal's words refuse ("逮捕" of "不批准逮捕"; "不批准和不予决定逮捕" read as its first refusal); undefined for none. */
function refusedBy(refusal: string): string | undefined {
  return REFUSAL.exec(refusal.replace(BOTH_REFUSED, ''))?.[1];
}

/**
 * `granted` names the decision a refusal refuses (`refused`, from refusedBy: "不捕" of "逮捕", "不诉" of "决定起诉"): its
 * words end in what is refused. An intake for review ("受理审查逮捕") is no decision.
 */
function grants(granted: string, refused: string, refusal: string): boolean {
  const decision = granted.replace(DECIDED_ON, '');
  return !REFUSAL.test(decision) && !REVIEW_INTAKE.test(decision) && decision.endsWith(refused.slice(-1)) && !decision.endsWith(refusal);
}
// "批准和决定逮捕12.5万人；不捕11.5万人，不捕率48.5%": arrests approved on review and those the procuratorate decides itself
// (in the cases it investigates), against refusals on review alone — the rate's base holds the approved ones only, how
// many of the count that is is not stated (national figures run half a point off the sum of both).
const APPROVED_AND_DECIDED = /批准[和及、]决定/;
const decidedBesideApproved = (granted: string, refusal: string) => APPROVED_AND_DECIDED.test(granted) && !refusal.includes('决定');
const BOTH_REFUSED = /(?:和|及|或)不予?决定(?=[\u4e00-\u9fff]{1,2}$)/;

/** The count refusing what `granted` counts, among the few figures after the rate at r in its sentence. */
function refusalAfter(figures: Figure[], r: number, granted: Figure): Figure | undefined {
  for (let k = r + 1; k < figures.length && k <= r + MAX_BESIDE; k++) {
    const f = figures[k];
    if (f.percent || !sameUnitKind(f, granted)) continue;
    const words = countWords(headOfPair(figures, f));
    const refused = refusedBy(words);
    if (refused && grants(countWords(headOfPair(figures, granted)), refused, words)) return f;
  }
  return undefined;
}

/** "化解成功450件", "成功调解180件": the stem said to have succeeded. */
function succeeds(words: string, stem: string): boolean {
  return stemPattern(successKey(stem)).test(words);
}

// How many figures either side of a rate are looked at for the rates stated beside it (a bounded scan).
const MAX_BESIDE = 6;

/** The rate words of the other rates stated near the rate (up to MAX_BESIDE figures either side in its sentence). */
function ratesBeside(figures: Figure[], r: number): string[] {
  return figures.slice(Math.max(0, r - MAX_BESIDE), r + MAX_BESIDE + 1)
    .flatMap((f) => (f !== figures[r] && f.percent ? [rateWords(f)?.[1] ?? ''] : []));
}

/** Whether a rate beside it is the stem's success rate ("调处率100%，调处成功率97%"). */
function successRateBeside(figures: Figure[], r: number, stem: string): boolean {
  return ratesBeside(figures, r).some((words) => succeeds(words, stem));
}

// Scope and filler words two metrics may share without counting the same thing.
const SCOPE_BIGRAMS = new RegExp(`^(${alternatives(SCOPE_WORDS)}|${alternatives(TOTAL_WORDS)}|其中|共有|.?共|共.?|市级|县级|区级)$`);
// …and the period the rate is of ("当月办结率", "本季度回复率"): a time, not a population; and the party a court's rate is
// of ("行政机关败诉率"), in every case of administrative law.
// The words of when a thing was done against its time limit (按期, 逾期 …).
const TIMING_WORDS = '按期|按时|如期|限时|逾期|超期|超时';
const QUALIFIER_CUES = /^(全市|全区|全县|全省|全年|今年|当年|本年|当月|本月|当季|本季度?|当期|本期|综合|整体|平均|总体|总|行政机关)+/;
// A bare noun for whatever requests or cases were counted ("诉求办结率" over "投诉举报…，办结…"): no population of its own.
const ANY_REQUEST = /^(?:群众)?(?:诉求|工单|办件|案件)$/;
// Cases listed beside the numerator may fall outside the rate's population ("审结36宗…胜诉31宗，撤诉5宗，胜诉率100%"
// is 24÷24: withdrawn cases are not judged), or count with it (优秀 and 良好 are 合格 too). Subsets of at most this many of
// them are tried.
const MAX_LEFT_OUT = 4;
// An aside right after a count saying the count includes the cases carried over from the year before.
// …or splitting it into the new and the carried-over ones ("412件（新收案件356件，旧存案件56件）").
const HOLDS_CARRIED_OVER = /^\s*[(（]\s*(?:(?:含|包括|其中)[^)）]*|新收[^)）]*)(?:旧存|结转)/;
const MAX_ASIDE = 24;
// 受理 (not 新受理): a court's 受理数 is 旧存 plus 新收 — the whole base of 结案率, unlike 新收/收案.
const FULL_INTAKE = /(?<!新)受理/;
// Ends one item of a list sentence and starts the next.
const ITEM_BREAK = /[;；]/;
// Rates of a part of its whole, which cannot pass 100% (not 完成率 or 执行率 against a plan, nor 增长率): the cases closed,
// answered or accepted of those received, the heads who appeared of the cases due, the places covered, the people satisfied,
// the files that passed, the staff certified, the opinions adopted, the decisions corrected.
const PART_OF_WHOLE_RATE = /(?:办结|结案|审结|处结|办复|答复|回复|回访|受理|出庭应诉|出庭|覆盖|满意|合格|持证|持证上岗|知晓|采纳|纠错|败诉|胜诉|调撤|调解成功|化解成功|接通|网办|备案|达标|配备|到岗|签约|审核|审查|报备|报送|公开|公示|化解|调处|成功|解决|整改|落实|响应|参训|参考|参保|普及|通过|归集|录入)$/;
// Impossible-rate checks only make sense for small denominators (for large ones nearly every value is reachable).
const MAX_SMALL_DENOMINATOR = 1000;

const CODES = defineCodes({
  'figure/rate': {
    severity: 'error',
    fixable: true,
    description: '比率核算：“……率X%”应等于文中分子与分母之比（四舍五入到所写小数位），且须是所述件数能得出的值',
    descriptionEn: 'Rates: "…率X%" must equal its stated numerator over its denominator (half-up at the written decimals) and be reachable with the stated count',
  },
});

export const figureRate: Rule = {
  id: CODE,
  codes: CODES,
  meta: {
    description: '比率核算：“……率X%”应等于文中分子与分母之比（四舍五入到所写小数位），且须是所述件数能得出的值',
    descriptionEn: 'Rates: "…率X%" must equal its stated numerator over its denominator (half-up at the written decimals) and be reachable with the stated count',
    locality: 'section',
  },
  check(doc, ctx) {
    const index = ctx.figures();
    const out: Finding[] = [];
    // Plain loops and a module-level function, not callbacks made anew each check: their compiled code outlasts a
    // collection of the heap between checks.
    for (let k = 0; k < index.sentences.length; k++) {
      const sentence = index.sentences[k];
      const figures = sentence.figures.map((id) => index.figures[id]);
      if (figures.length >= 1) out.push(...checkRatios(doc, index, k, figures, ctx.options.rounding));
      if (figures.length >= 2) out.push(...bareRatios(doc, index, k, figures, ctx.options.rounding));
      const inTurn = respectiveRates(doc, ctx, figures);
      if (inTurn) out.push(...inTurn.findings);
      for (let r = 0; r < figures.length; r++) if (!inTurn?.rates.has(figures[r])) checkRateAt(doc, ctx, index, sentence, k, figures, r, out);
    }
    // Rows read one a line only: a table put back together from one cell a line may have its columns shifted.
    for (const table of ctx.analysis(TABLES)) if (!table.stacked) out.push(...checkTableRates(doc, table.rows, ctx.options.rounding));
    out.push(...planCompletions(doc, index, ctx.analysis(TARGET_STATEMENTS), ctx.options.rounding));
    out.push(...perScaleRates(doc, index, ctx.options.rounding));
    return out;
  },
};

// "每千家次检查查处重大事故隐患49.7项次": a count per thousand (百, 千, 万, 十万, 百万) of a measure another count is stated in.
const PER_SCALE = /每(百万|十万|万|千|百)([\u4e00-\u9fff]{1,2})/;
const SCALES: Record<string, number> = { 百: 100, 千: 1000, 万: 10_000, 十万: 100_000, 百万: 1_000_000 };
// The words of what is counted must end alike in the rate and its numerator, this many characters at least.
const MIN_PER_WORDS = 3;
// How many figures back its counts are looked for.
const MAX_PER_BACK = 300;

/**
 * "各区共开展执法检查1732家次。……查处重大事故隐患86项次，……，每千家次检查查处重大事故隐患49.7项次": a count per thousand
 * of a measure is the one count before it stated under the same words in its own measure, over the one count stated in
 * the measure it is per, times the scale.
 */
function perScaleRates(doc: ReportDocument, index: FigureIndex, rounding: RoundingPolicy): Finding[] {
  const out: Finding[] = [];
  for (const rate of index.figures) {
    const m = rate.percent || rate.approx || rate.inParens ? null : PER_SCALE.exec(rate.before);
    if (!m) continue;
    // (Looked back a bounded number of figures: a page of thousands of such rates stays linear.)
    const before = index.figures.slice(Math.max(0, rate.id - MAX_PER_BACK), rate.id).filter((f) => isExactCount(f) && !f.inParens && !f.change);
    // The measure it is per: two characters or one, whichever some count before is stated in ("家次", not "家").
    const per = [m[2], m[2].slice(0, 1)].find((unit) => before.some((f) => f.unit === unit));
    if (!per) continue;
    const words = rate.before.slice(m.index + m[0].length - (m[2].length - per.length));
    const tail = words.slice(-MIN_PER_WORDS);
    const numerators = before.filter((f) => f.unit === rate.unit && tail.length === MIN_PER_WORDS && f.before.endsWith(tail));
    const denominators = before.filter((f) => f.unit === per);
    const [numerator, denominator] = [uniqueValue(numerators), uniqueValue(denominators)];
    if (!numerator || !denominator || denominator.value === 0) continue;
    const scale = SCALES[m[1]];
    const exact = (numerator.value / denominator.value) * scale;
    if (judgeRounding(rate.value, rate.decimals, exact, exact, rounding) !== 'mismatch') continue;
    const want = show(exact, rate.decimals);
    out.push(report(CODE, {
      message: `每${m[1]}${per}的数与分子分母不符：${figureText(doc, numerator)}÷${figureText(doc, denominator)}×${scale}=${show(exact, rate.decimals + 2)}，应为${want}，文中为${figureText(doc, rate)}`,
      span: rate.span,
      fixes: [{ kind: 'choice', title: `改为${want}（${figureText(doc, numerator)}÷${figureText(doc, denominator)}×${scale}）`, edits: [{ span: rate.numeralSpan, newText: want }] }],
      related: [{ span: numerator.span, message: `分子：${figureLabel(doc, numerator)}` }, { span: denominator.span, message: `分母：${figureLabel(doc, denominator)}` }],
    }));
  }
  return out;
}

// "完成全年计划的123.0%", "完成年度目标的": the result before it over its target.
const AT_LEAST_AFTER = /^以上/;
const OF_PLAN = /完成(?:全年|年度|本年度?|当年)?(?:计划|目标|任务)(?:数)?的\s*$/;
// Words that do not name the indicator: the heading's ordinal, the place, 共/累计/参加/参保, 实现 ("实现再就业" of 再就业),
// the verb before the target's value ("…人数达到735万人").
const ORDINAL_PREFIX = /^[\s（(]*[一二三四五六七八九十0-9]+[)）、.]/;
const NOT_INDICATOR = new RegExp(`${alternatives(SCOPE_WORDS)}|共|累计|参加|参保|开展|组织|实现|(?:达到|达|为)\\s*$`, 'g');

/**
 * "计划目标为：全县行政执法人员轮训1200人次以上，……。实际完成情况如下：（一）全县行政执法人员轮训1356人次，完成全年计划的
 * 123.0%": the share of the plan a result completed is the result over the one target the paragraph of targets states for
 * the same indicator (words alike but for the place and 共/参加), in the same measure.
 */
function planCompletions(doc: ReportDocument, index: FigureIndex, targets: readonly Span[], rounding: RoundingPolicy): Finding[] {
  if (targets.length === 0) return [];
  const inTargets = (f: Figure) => targets.some((t) => t.start <= f.span.start && f.span.start < t.end);
  const indicator = (f: Figure) => f.before.replace(ORDINAL_PREFIX, '').replace(NOT_INDICATOR, '').trim();
  // A target may be a floor ("1200人次以上"): its number is the plan the result is measured against.
  const planned = index.figures.filter((f) => !f.percent && !f.inParens && inTargets(f) && (isExactCount(f) || AT_LEAST_AFTER.test(doc.norm.slice(f.span.end, f.span.end + 2))));
  const out: Finding[] = [];
  for (const share of index.figures) {
    if (!share.percent || share.approx || !OF_PLAN.test(share.before) || inTargets(share)) continue;
    const result = index.figures[share.id - 1];
    if (!result || result.sentence !== share.sentence || result.percent || !isExactCount(result) || inTargets(result)) continue;
    const name = indicator(result);
    // In the share's section: the rule reads a section at a time.
    const section = index.sentences[share.sentence].section;
    const matching = name.length >= 2 ? planned.filter((t) => t.span.start < result.span.start && index.sentences[t.sentence].section === section && sameUnitKind(t, result) && indicator(t) === name) : [];
    if (matching.length !== 1) continue;
    const target = matching[0];
    const exact = (result.value / target.value) * 100;
    if (judgeRounding(share.value, share.decimals, exact, exact, rounding) !== 'mismatch') continue;
    const want = show(exact, share.decimals);
    const shareText = figureText(doc, share);
    out.push(report(CODE, {
      message: `完成计划的比例与实际数、计划数不符：${figureText(doc, result)}÷${figureText(doc, target)}=${show(exact, share.decimals + 2)}%，应为${want}%，文中为${shareText}`,
      span: share.span,
      fixes: [{ kind: 'choice', title: `将比例改为${want}%（${figureText(doc, result)}÷${figureText(doc, target)}）`, edits: [{ span: share.numeralSpan, newText: numeralFor(share, exact) }] }],
      related: [{ span: result.span, message: `实际：${figureLabel(doc, result)}` }, { span: target.span, message: `计划：${figureLabel(doc, target)}` }],
    }));
  }
  return out;
}

// "县、乡、村三级来件量分别为…；答复量分别为…；答复率分别为…": lists of values in turn, each opened by 分别 (its words before).
const IN_TURN = /([\u4e00-\u9fff]{2,12})分别(?:为|是|达)?[：:]?\s*$/;
const IN_TURN_JOIN = /^\s*[、，,和与及]\s*$/;
const IN_TURN_RATE = /([\u4e00-\u9fff]{2})率$/;
const MAX_IN_TURN_WORDS = 24;
const IN_TURN_WORD = '分别';

/** The lists of values in turn of a sentence: each its words before 分别 and its figures (two or more, joined). */
function listsInTurn(doc: ReportDocument, figures: Figure[]): { words: string; figures: Figure[] }[] {
  const lists: { words: string; figures: Figure[] }[] = [];
  for (let k = 0; k < figures.length; k++) {
    // The words may end a segment of their own ("答复率分别为：63.56%").
    const words = figures[k].inParens ? '' : doc.norm.slice(Math.max(0, figures[k].span.start - MAX_IN_TURN_WORDS), figures[k].span.start);
    const m = words.includes(IN_TURN_WORD) ? IN_TURN.exec(words) : null;
    if (!m) continue;
    let end = k + 1;
    while (end < figures.length && figures[end].percent === figures[k].percent && !figures[end].inParens &&
      IN_TURN_JOIN.test(doc.norm.slice(figures[end - 1].span.end, figures[end].span.start))) end++;
    if (end - k >= 2) lists.push({ words: m[1], figures: figures.slice(k, end) });
    k = end - 1;
  }
  return lists;
}

/**
 * "来件量分别为30210件、31400件、24640件；答复量分别为20100件、22034件、19100件；答复率分别为66.53%、70.17%与77.52%": a
 * rate listed in turn is the list named by its stem (答复) over the one other list of counts of as many values — each
 * place against its own two counts. The rates judged so are returned with the findings.
 */
function respectiveRates(doc: ReportDocument, ctx: RuleContext, figures: Figure[]): { rates: Set<Figure>; findings: Finding[] } | undefined {
  const lists = listsInTurn(doc, figures);
  const rates = new Set<Figure>();
  const findings: Finding[] = [];
  for (const list of lists) {
    const stem = list.figures[0].percent ? IN_TURN_RATE.exec(list.words)?.[1] : undefined;
    if (!stem) continue;
    const counts = lists.filter((l) => !l.figures[0].percent && l.figures.length === list.figures.length && l.figures.every((f) => isExactCount(f) && sameUnitKind(f, l.figures[0])));
    const numerators = counts.filter((l) => l.words.includes(stem));
    const denominators = counts.filter((l) => !l.words.includes(stem));
    if (numerators.length !== 1 || denominators.length !== 1 || !sameUnitKind(numerators[0].figures[0], denominators[0].figures[0])) continue;
    list.figures.forEach((rate, i) => {
      rates.add(rate);
      const candidate = judge(rate, numerators[0].figures[i], denominators[0].figures[i], ctx.options.rounding);
      const finding = candidate && judged(doc, ctx, rate, `${stem}率`, [candidate], candidate.numerator, [], false);
      if (finding) findings.push(finding);
    });
  }
  return rates.size ? { rates, findings } : undefined;
}

/** The findings of figures[r] of sentence k: an average, or a rate checked against its numerator and denominator. */
const RATE_CLASS_AFTER = /^\s*(?:及?以上|及?以下|左右)?的/;
const MAX_CLASS_AFTER = 6;

function checkRateAt(doc: ReportDocument, ctx: RuleContext, index: FigureIndex, sentence: FigureSentence, k: number, figures: Figure[], r: number, out: Finding[]): void {
  const rate = figures[r];
  if (!rate.percent) {
    const average = checkAverage(doc, index, sentence, figures, r);
    if (average) out.push(average);
    return;
  }
  if (rate.approx || rate.number.percentPoint) return;
  // "满意率达80%以上的有229件": a rate naming a class of things (those at or past it), stated of none.
  if (RATE_CLASS_AFTER.test(doc.norm.slice(rate.span.end, rate.span.end + MAX_CLASS_AFTER))) return;
  const partitive = partitiveRate(doc, figures, r);
  if (partitive) {
    const candidate = judge(rate, partitive.part, partitive.whole, ctx.options.rounding);
    const finding = candidate && judged(doc, ctx, rate, partitive.name, [candidate], partitive.part, [], false);
    if (finding) out.push(finding);
    return;
  }
  const plan = checkPlanShare(doc, ctx, figures, r) ?? checkTaskRate(doc, ctx, figures, r);
  if (plan) {
    out.push(plan);
    return;
  }
  const m = rateWords(rate) ?? respectiveRateWords(doc, figures, r);
  if (!m || CHANGE_WORDS.test(rate.before)) return;
  const words = completedWords(aliasedWords(m[1]), priorFigures(figures, r));
  const partOfWhole = rate.value > 100 && m[2] === '率' ? PART_OF_WHOLE_RATE.exec(words) : null;
  if (partOfWhole) {
    out.push(report(CODE, {
      message: `${partOfWhole[0]}率不可能超过100%：它是部分占全部的比率（部分不会多于全部），文中为${q(figureText(doc, rate))}，请核对`,
      span: rate.span,
    }));
    return;
  }
  const stem = stemOf(words);
  // "交易金额12.81亿元，…节约资金3.06亿元，节资率19.29%": a saving is of the budget (控制价 or 预算: what was paid and the saving
  // together), seldom stated — or, as some write it, of what was paid: judged only when it is neither.
  if (SAVING_RATE.test(words)) {
    const saving = savingRate(doc, ctx, figures, r, `${m[1]}${m[2]}`);
    if (saving) out.push(saving);
    return;
  }
  const all = m[2] === '率' ? allDone(doc, figures, r, stem, words.replace(QUALIFIER_CUES, '')) ?? allDoneSaid(doc, figures, r, stem, words) : undefined;
  if (all) {
    out.push(all);
    return;
  }
  // 综合纠错率 is no 纠错率: it holds the corrections settled otherwise, which only a list of its ways gives.
  if (m[2] === '率' && COMPOSITE_RATE.test(words)) {
    const composite = compositeRate(doc, ctx, figures, r, `${COMPOSITE_RATE.exec(words)?.[0]}${m[2]}`);
    if (composite) out.push(composite);
    return;
  }
  const behind = priorFigures(figures, r);
  // "结案率为93.3%，全年共受理120件，审结112件": a rate stated before any count of its sentence is over the counts that
  // follow it (up to the next percent), or over those that open the next sentence when it ends its own.
  // …or, with none after it either, over the counts that end the sentence before ("受理300件，办结285件。办结率达98%。").
  const ahead = behind.some((f) => isExactCount(f) || isRoundedDownCount(f)) ? undefined
    : countsAhead(doc, index, k, figures, r, stem) ?? countsBefore(doc, index, k, figures, r, stem);
  // Counts that follow the rate in its sentence share its subject ("全区政务公开申请答复率100%，全年收到…"): the words
  // before the rate's stem name that subject — only the word next to the stem ("按期", "直接") must be the counts' too.
  const sharedSubject = !!ahead && ahead[0].sentence === rate.sentence;
  const before = ahead ?? behind;
  // "5.6万余件" is a count within a range: a rate of it is judged within that range.
  // An average ("法官人均结案449.55件") counts things per person or per day: neither numerator nor population of a rate —
  // unless the rate is an average too ("平均得分为663.07分，平均得分率为66.31%").
  const averaged = words.includes('均');
  const prior = before.filter((f) => (isExactCount(f) || isRoundedDownCount(f)) && (averaged || !(f.before.includes('均') && AVERAGE_BEFORE.test(f.before))));
  const defined = definedRate(doc, ctx, rate, `${words}${m[2]}`, prior);
  if (defined !== undefined) {
    if (defined) out.push(defined);
    return;
  }
  // Votes on a survey question graded one by one: a rate after them is of the grades, read by answersRate only.
  const answers = gradedAnswers(prior);
  if (answers) {
    const finding = stem === SATISFIED && m[2] === '率' ? answersRate(doc, ctx, rate, answers) : undefined;
    if (finding) out.push(finding);
    return;
  }
  // A rate word that does not repeat its numerator's verb: 结案率 ← 审结, 网办比例 ← 网上可办 — when the rate names
  // no population of its own ("其中行政案件结案率" is of a part), or one the figures before it name.
  // 直接纠错率 is the corrections by decision (撤销, 变更, 确认违法, 责令履行) over the cases closed: all that 纠错 lists.
  const qualifier = words.slice(sharedSubject ? -stem.length - 2 : 0, -stem.length).replace(QUALIFIER_CUES, '').replace(stem === CORRECTION ? DIRECT : /^$/, '').replace(ANY_REQUEST, '');
  let leads: string[] | undefined;
  const otherLeads = () => (leads ??= otherRateLeads(figures, r));
  let alias: (typeof RATE_ALIASES)[number] | undefined;
  for (const a of RATE_ALIASES) {
    const own = words.slice(0, -a.stem.length).replace(QUALIFIER_CUES, '');
    if (words.endsWith(a.stem) && (!own || sharedSubject || prior.some((f) => namesAlone(f.before, own, otherLeads)))) {
      alias = a;
      break;
    }
  }
  // "化解27.3万余件，化解成功率达99.2%，诉前纠纷化解率达29.7%": a rate that names a population none of the counts
  // before it names is of figures the text does not give. (调处成功率 names the 调解 of "调解成功…件": one mediation.)
  if (qualifier && !alias && !prior.some((f) => namesAlone(asMediation(`${clauseBefore(doc, f)}${f.before}|${f.after}`), asMediation(qualifier), otherLeads))) return;
  if (m[2] === '比例' && (!alias || words.includes('占'))) return;
  if (m[2] === '比' && alias?.ratioWord !== '比') return;
  // "12315平台共接收投诉1.42万件，受理1.10万件；调解成功8448件，调解成功率79.18%": a complaint is mediated only when both
  // sides agree to it — the rate is over the complaints mediated, which the text does not give, not those received.
  if (stem === SUCCESS && qualifier && prior.some((f) => !f.percent && COMPLAINTS.test(`${clauseBefore(doc, f)}${f.before}`)) &&
      !prior.some((f) => !f.percent && !f.before.includes(SUCCESS) && asMediation(f.before).includes(asMediation(qualifier)))) return;
  const earlier = before.filter((f) => f.percent).map((f) => ({ f, stem: stemOf(rateWords(f)?.[1] ?? '') }));
  const earlierStems = earlier.map((e) => e.stem).filter((s): s is string => !!s);
  // A numerator before an earlier rate of the same stem is that rate's: "成功调处12194件，调解成功率99.59%；
  // 诉调对接中心调处案件3346件，调解成功率50.81%" does not make 12194 the second rate's numerator.
  const previous = earlier.filter((e) => e.stem === stem).pop()?.f;
  // …unless it is named by all of this rate's words and the earlier rate's are others: "按时结案597件…，结案率100%，
  // 按时结案率99%" has 597 for its numerator.
  const namedByAll = (f: Figure) => !!previous && f.before.includes(words) && !rateWords(previous)?.[1].endsWith(words);
  // An alias's numerator may be named after the count ("有27万件案件未再进入诉讼程序").
  // "不合格案卷10卷" is no numerator of 合格率.
  const negated = negationOf(stem);
  // "应出庭50件", "应出庭应诉案件50件", "应出庭45件次" (of 出庭应诉率): what was due is the denominator, never the numerator;
  // so is what was ordered or asked ("责令改正623起" of 改正率, "要求整改…", "下发整改通知书31份" of 整改率).
  const dueWord = alias?.stem ?? stem;
  const due = stemPattern(`(?:应|责令|要求)(?:${dueWord}|${dueWord.slice(0, 2)})|(?:${dueWord}|${dueWord.slice(0, 2)})(?:通知书?|意见书|建议书)`);
  // "纳入解决率考核1774件，其中已解决1273件，解决率71.76%": what a rate is assessed over names the stem, and is its population.
  // "机构由1.2万个压减到900个，压减率92.5%": a count the verb brought the figure down or up to is the level reached, not
  // the amount cut or added.
  const reached = stemPattern(`${stem}(?:到|至)\\s*$`);
  const dueStated = !!alias?.dueNumerator && prior.some((f) => DUE_COUNT.test(f.before.trim()));
  const withStem = prior.filter((f) => ((namesDone(countWords(f), stem) && !(f.subsetCue && timedAway(countWords(f), stem, words)) && !negated.test(f.before) && !due.test(f.before) && !reached.test(f.before) && !ASSESSED.test(f.before)) ||
    !!alias?.numerator.test(`${clauseBefore(doc, f)}|${f.after}`) || (dueStated && !!alias?.dueNumerator?.test(f.before.trim()))) && (!previous || f.id > previous.id || namedByAll(f)));
  // "出庭应诉率100%，出庭180次，其中主要负责人出庭30次，其他负责人出庭140次": after a rate stated first, a 其中 list under a
  // count of the same stem breaks that count down by another property; its parts are no numerator.
  const breakdown = ahead ? withStem.find((f) => f.subsetCue && withStem.some((t) => !t.subsetCue && t.id < f.id && t.sentence === f.sentence)) : undefined;
  const stemmed = breakdown ? withStem.filter((f) => f.id < breakdown.id || f.sentence !== breakdown.sentence) : withStem;
  // An aside ("实际出庭38次（其中正职负责人出庭7次）") is a subset of the count it follows, not the numerator.
  const outside = stemmed.some((f) => !f.inParens) ? stemmed.filter((f) => !f.inParens) : stemmed;
  // "按期办结1150件，办结1180件，按期办结率…": the count named by all the rate's words is its numerator (调处成功率 names
  // 调解成功: one mediation, by any of its words).
  const named = outside.filter((f) => f.before.includes(words) || asMediation(f.before).includes(asMediation(words)));
  // "纳入行政复议调解27件，调解结案17件，行政复议调解率62.96%": a count the rate's words name only as what was taken in,
  // beside one that says the stem succeeded, is the population; the success is counted too.
  const namedSuccess = named.length && !named.some((f) => succeeds(f.before, stem)) ? outside.filter((f) => succeeds(f.before, stem)) : [];
  // "排查化解矛盾纠纷500件，化解成功450件，化解率90%": of the counts that carry the stem, those that say it succeeded are
  // the numerator, the others its population.
  const carrying = named.length ? [...named, ...namedSuccess].sort((a, b) => a.id - b.id) : outside;
  const succeeded = carrying.filter((f) => succeeds(f.before, stem));
  const partly = succeeded.length > 0 && succeeded.length < carrying.length;
  // "撤销5件，变更2件，确认违法3件，纠错率12.5%": without a count of 纠错, the corrections listed add up to it.
  // "优秀案卷98卷，良好案卷136卷，…，优良率73.1%": the top two grades add up to 优良.
  const corrections = carrying.length ? undefined : correctionsListed(prior, stem, DIRECT.test(words.slice(0, -stem.length))) ?? topGradesListed(prior, stem);
  // "受理纠纷900件，调处成功874件，调处率100%，调处成功率97%以上": beside its stem's success rate the plain rate counts
  // the cases handled, which the text does not give; the successes are the success rate's numerator.
  if (!partly && succeeded.length && !succeeds(words, stem) && successRateBeside(figures, r, stem)) return;
  // "排查6747件，调处6732件，调处成功6536件，调处率99.7%": a plain rate may also count the cases handled over those found (the
  // other way of writing it), tried after the successes.
  const found = partly ? [...succeeded, ...carrying.filter((f) => !succeeded.includes(f))] : carrying.length ? carrying : corrections ? [corrections] : [];
  // "电话直接办结1200个，转派部门办结700个，办结率95%": closed by two ways, the rate is of both together (tried last, so a
  // finding shows the sum when no count alone explains the rate).
  const ways = waysOf(found, stem);
  const numerators = ways ? [...found, summedFigure(ways, { start: ways[0].span.start, end: ways[ways.length - 1].span.end })] : found;
  // What tells a numerator from a denominator: all the rate's words when they name it ("办结54000件" may be the
  // population of 按期办结率), else the stem (with 成功 when that tells them apart).
  const key = partly ? successKey(stem) : named.length ? words : stem;
  const overClosed = CASE_OUTCOME.test(stem) || !!alias?.overClosed;
  const closing = stem === CLOSED || !!alias?.closing;
  // Counts after the rate have no population stated before them: only their own.
  const population = numerators.length && !ahead
    ? totalBefore(doc, index, k, prior, numerators, !overClosed) ?? closedBefore(doc, index, ctx, overClosed, stem, prior, numerators) ??
      (closing ? intakeBefore(doc, index, ctx, prior, numerators, !qualifier) : undefined) ??
      (stem === ACCEPTED || alias?.stem === CASES_ACCEPTED ? appliedBefore(doc, index, ctx, prior, numerators) : undefined) ??
      (HANDLING_RATE.test(stem) || alias?.stem === ONLINE ? handledBefore(doc, index, ctx, words, prior, numerators, alias?.stem === ONLINE ? alias.numerator : undefined) : undefined) ??
      (stem === SUCCESS && words.length > stem.length ? triedBefore(doc, index, ctx, words.slice(0, -stem.length), prior, numerators) : undefined) ??
      (SAMPLING_RESULT.test(stem) && opensWithNumerator(prior, numerators) ? sampledBase(doc, index, ctx, numerators[0]) : undefined) ??
      (opensWithNumerator(prior, numerators) ? dueBefore(doc, index, ctx, numerators[0], stemPattern(`应(?:${dueWord})[\u4e00-\u9fff]{0,6}$`)) ?? itemsBefore(doc, index, words, prior, numerators) ?? framedBefore(doc, index, ctx, numerators[0]) : undefined)
    : undefined;
  // The base of 结案率 may hold cases carried over, seldom stated: only a rate above 结案 ÷ intake is certain to be
  // wrong — unless a count says it holds them ("受理879件（含旧存343件）") or is all that was due ("应结案300件").
  // (An aside on the numerator — "审结1790件（含旧存212件）" — says the closed cases hold old ones, not that a count before does.)
  // "新收198件，上年结转12件，审结196件，结案率…": the new cases and those carried over, stated side by side, are the whole
  // base (or the count before them they add up to) — judged both ways, the new ones alone taken too (some writers do).
  const whole = !numerators.length ? undefined : alias?.carriesOver ? newAndCarried(prior, numerators) : closing ? intakeAndCarriedIn(prior, numerators) : undefined;
  // "办结554296件，存案69346件，…结案率为88.88%": the closed and those still open after them are all that was to be closed.
  const closedAndOpen = !whole && alias?.carriesOver && numerators.length === 1 ? openAfterClosed(prior, numerators[0]) : undefined;
  const bound = !whole && !closedAndOpen && !!alias?.carriesOver && !accountedFor(prior, numerators) &&
    !(population ? [population, ...prior] : prior).some((f) => (HOLDS_CARRIED_OVER.test(doc.text.slice(f.span.end, f.span.end + MAX_ASIDE)) && !numerators.includes(f)) || FULL_INTAKE.test(f.before) || due.test(f.before));
  // The rate as written ("整改完成率", "监督覆盖率"), though read as the rate of its verb done (completedWords).
  const written = aliasedWords(m[1]);
  const name = alias?.name ?? `${stem}${words === written ? '' : COMPLETED_VERB.exec(written)?.[0] ?? ''}${m[2]}`;
  // "共逮捕25人，不捕24人，不捕率为48.98%": a decision and its refusal are disjoint — the count of the decision is no
  // population of the refusals; both together are (all that was decided; the sum read as the decision's count, whose
  // words do not carry the rate's). Counted in cases and people at once ("不批准逮捕33件40人"), each measure is summed.
  // (The numerator read in both measures, "共不起诉67件70人", is one refusal too.)
  const pairedNumerator = numerators.length === 2 && pairedHeadcount(figures, numerators[0])[0] === numerators[1];
  const refusals = numerators.length === 1 || pairedNumerator ? [numerators[0], ...pairedHeadcount(figures, numerators[0])] : [];
  const sums: Figure[] = [];
  const decisions = new Set<Figure>();
  // "共起诉各类犯罪257件292人。共不起诉67件70人，…不起诉率为19.34%": a refusal opening its sentence may have its decision
  // closing the sentence before, in its paragraph.
  const refusalOpens = !!refusals[0] && !prior.some((f) => f.id < refusals[0].id && !f.percent && sameUnitKind(f, refusals[0]));
  const beforeSentence = refusalOpens ? decisionsBefore(index, rate) : [];
  for (const n of refusals) {
    const words = countWords(headOfPair(figures, n));
    const refused = refusedBy(words);
    if (!refused) continue;
    const granting = (among: Figure[]) => among.find((f) => f !== n && !f.percent && !refusals.includes(f) && sameUnitKind(f, n) && grants(countWords(headOfPair(among, f)), refused, words));
    const own = granting(prior);
    const d = own ?? granting(beforeSentence);
    if (!d) continue;
    if (decidedBesideApproved(countWords(headOfPair(own ? figures : beforeSentence, d)), words)) {
      if (numerators.length === 1 && refusals.length === 1) {
        const floor = belowFloor(doc, rate, name, n, d);
        if (floor) out.push(floor);
      }
      return;
    }
    decisions.add(d);
    sums.push(summedFigure([n, d], { start: Math.min(d.span.start, n.span.start), end: Math.max(d.span.end, n.span.end) }));
  }
  // "起诉6285人，起诉率83.77%；不起诉1218人，不诉率16.23%": a decision's rate stated before its refusal is over both too.
  const refusal = !sums.length && numerators.length === 1 && !ahead ? refusalAfter(figures, r, numerators[0]) : undefined;
  // (The sum stands where the decision does, under no words of the rate's.)
  if (refusal && decidedBesideApproved(countWords(headOfPair(figures, numerators[0])), countWords(headOfPair(figures, refusal)))) return;
  if (refusal) sums.push(summedFigure([numerators[0], refusal], { start: numerators[0].span.start, end: refusal.span.end }, { id: numerators[0].id, before: '' }));
  // "其中，投诉136647件，…；举报29375件，…。投诉举报共办结156547件，办结率94.29%": counts named one each, the numerator's words
  // naming them together, are the rate's population together.
  const joint = !sums.length && numerators.length === 1 && !ahead ? jointlyNamed(index, numerators[0]) : undefined;
  const stated = joint ? [joint] : sums.length ? [...prior.filter((f) => !decisions.has(f) && !refusals.includes(f)), ...sums] : population ? [population, ...prior] : prior;
  const bases = alias?.overDecisions ? stated.filter((f) => !REVIEW_INTAKE.test(f.before)) : stated;
  const counted = sums.length > 1 ? refusals : numerators;
  const subset = numerators.length || ahead ? undefined : subsetBefore(figures, r, stem, qualifier, ctx.options.rounding);
  let finding = numerators.length
    ? whole
      ? numerators.some((n) => judge(rate, n, whole.fresh, ctx.options.rounding)?.verdict !== 'mismatch') ? undefined
        : checkStated(doc, ctx, rate, { key, due, mayExceed: false }, name, numerators, [whole.base], earlierStems, false)
      : checkStated(doc, ctx, rate, { key, due, mayExceed: !!alias?.mayExceed }, name, counted, closedAndOpen ? [closedAndOpen, ...bases] : bounding(bases, bound), earlierStems, bound)
    : subset ? judged(doc, ctx, rate, name, subset, subset[0].numerator, earlierStems, false)
    : m[2] === '率' && !ahead ? checkReachable(doc, rate, words, stem, qualifier, prior, ctx.options.rounding) : undefined;
  // "……共受理案件1840件……审结案件1796件。（paragraphs on）共审结案件1796件，累计结案率达99.6%": a closing count alone before
  // its rate, restating one stated earlier beside its intake, is over that intake.
  if (!finding && closing && numerators.length === 1 && !population && !ahead && !whole && prior.every((f) => numerators.includes(f) || !sameUnitKind(f, numerators[0]))) {
    const anchor = restatedEarlier(index, numerators[0], (f) => namesDone(countWords(f), stem) || !!alias?.numerator.test(f.before));
    const intake = anchor && intakeBase(doc, index, ctx, anchor);
    if (intake) {
      const carried = !!alias?.carriesOver && !FULL_INTAKE.test(intake.before) && !HOLDS_CARRIED_OVER.test(doc.text.slice(intake.span.end, intake.span.end + MAX_ASIDE));
      finding = checkStated(doc, ctx, rate, { key, due, mayExceed: !!alias?.mayExceed }, name, numerators, bounding([intake], carried), earlierStems, carried);
    }
  }
  if (finding && !explainedEarlier(doc, index, ctx, rate, numerators) && !explainedAfter(rate, numerators, figures, r, ctx.options.rounding)) out.push(finding);
}

// "6件申请均在法定期限内予以回复，": every one of the count right before, with the verb done to all of them (not 均未, 均不).
const ALL_OF_COUNT = /^[\u4e00-\u9fff“”]{0,8}?[，,]?\s*均(?!未|不|无)[^，,；;。0-9０-９]{0,24}?[，,]\s*$/;

/**
 * "6件申请均在法定期限内予以回复，回复率达到90%": 均 says every one of the count before was done — the rate named by exactly
 * what was done (`words`, its verb `stem`) is 100%, whatever else the text states.
 */
function allDone(doc: ReportDocument, figures: Figure[], r: number, stem: string, words: string): Finding | undefined {
  const [count, rate] = [figures[r - 1], figures[r]];
  if (!count || count.percent || !isExactCount(count) || rate.value === 100 || rate.approx || stem.length < 2 || NEGATION_BEFORE.test(stem.slice(0, 1))) return undefined;
  // Only the one count of its sentence: "受理120件，其中涉企30件均已办结，办结率98%" may be of the 120.
  if (count.subsetCue || figures.slice(0, r - 1).some((f) => !f.percent && sameUnitKind(f, count))) return undefined;
  const between = doc.norm.slice(count.span.end, rate.span.start - rate.before.length);
  // Every word of the rate's name is done to all ("均已办结" says nothing of 按期办结率).
  if (!ALL_OF_COUNT.test(between) || !between.slice(between.indexOf('均')).includes(words)) return undefined;
  const name = `${stem}率`;
  return report(CODE, {
    message: `${name}应为100%：“${figureText(doc, count)}……均${stem}”即全部${stem}，文中为${figureText(doc, rate)}`,
    span: rate.span,
    fixes: [{ kind: 'choice', title: `将比率改为100%（${figureText(doc, count)}均${stem}）`, edits: [{ span: rate.numeralSpan, newText: '100' }] }],
    related: [{ span: count.span, message: `均已${stem}：${figureText(doc, count)}` }],
  });
}

// "7月差评工单全部完成按时整改，": the clause right before a rate saying all of something was done, with no count.
const ALL_DONE_CLAUSE = /(?:全部|均已|已全部|全都|均)(?:完成|实现|得到|予以)?([\u4e00-\u9fff]{2,8})\s*[，,]\s*$/;
const MAX_ALL_DONE_CLAUSE = 30;
// How a work is done, which a rate may name and the clause not ("按期办结率" after "均已办结"): when (TIMED's words) or how.
const MANNER = new RegExp(`${TIMING_WORDS}|及时|当场|当日|即时|一次性`);
// A count in that clause ("120件…均已办结", allDone's): not a month ("7月").
const COUNT_IN_CLAUSE = /[0-9]+\s*(?![0-9]|月|日|年)[\u4e00-\u9fff]/;

/**
 * "截至目前，7月差评工单全部完成按时整改，差评按时整改率99%": the clause right before the rate says all were done (全部完成…),
 * naming no count — the rate of exactly that work is 100%.
 */
function allDoneSaid(doc: ReportDocument, figures: Figure[], r: number, stem: string, words: string): Finding | undefined {
  const rate = figures[r];
  if (rate.value === 100 || rate.approx || stem.length < 2) return undefined;
  const end = rate.span.start - rate.before.length;
  const text = doc.norm.slice(Math.max(0, end - MAX_ALL_DONE_CLAUSE), end);
  const m = ALL_DONE_CLAUSE.exec(text);
  if (!m) return undefined;
  // The clause saying so holds no figure ("其中涉企投诉30件均已办结，" is of the 30).
  const clauseStart = end - text.length + Math.max(text.lastIndexOf('，', text.length - 2), text.lastIndexOf(',', text.length - 2), text.lastIndexOf('。', text.length - 2)) + 1;
  const previous = figures[r - 1];
  if (previous && previous.sentence === rate.sentence && previous.span.end > clauseStart) return undefined;
  if (COUNT_IN_CLAUSE.test(doc.norm.slice(clauseStart, end))) return undefined;
  // The work said done is the rate's, but for a noun before it ("差评按时整改" of 按时整改): no manner (按期办结 is not 办结).
  const extra = words.endsWith(m[1]) ? words.slice(0, -m[1].length) : undefined;
  if (extra === undefined || MANNER.test(extra) || !m[1].endsWith(stem) || NEGATION_BEFORE.test(m[1])) return undefined;
  const name = `${stem}率`;
  return report(CODE, {
    message: `${name}应为100%：文中说“${m[0].replace(/[，,\s]+$/, '')}”即全部${stem}，文中为${figureText(doc, rate)}`,
    span: rate.span,
    fixes: [{ kind: 'choice', title: `将比率改为100%（全部${stem}）`, edits: [{ span: rate.numeralSpan, newText: '100' }] }],
  });
}

// How many figures back a restated closing count is looked for.
const MAX_RESTATED_BACK = 400;

/**
 * The one count before `f` in another paragraph that states it again: the same exact value and unit, named by `names`.
 * Undefined for none or two (which one the writer meant is not known).
 */
function restatedEarlier(index: FigureIndex, f: Figure, names: (g: Figure) => boolean): Figure | undefined {
  const paragraph = paragraphOf(index, f);
  let found: Figure | undefined;
  // Bounded: a report of thousands of such rates must not read all its figures back for each.
  for (let k = f.id - 1; k >= Math.max(0, f.id - MAX_RESTATED_BACK); k--) {
    const g = index.figures[k];
    if (g.value !== f.value || g.unit !== f.unit || g.percent || !isExactCount(g) || paragraphOf(index, g) === paragraph || !names(g)) continue;
    if (found) return undefined;
    found = g;
  }
  return found;
}

// A rate of several ways together ("综合化解率", "综合纠错率"): direct corrections and cases settled by mediation, …
const COMPOSITE_RATE = /综合(?:纠错|化解|纠正|调撤)$/;
const SAVING_RATE = /节资|节约|节支|下浮/;
// What was paid ("交易额", "成交金额", "中标价") and what was saved ("节约资金"), right before a saving rate.
const PAID = /交易|成交|中标|合同|结算/;
const SAVED = /节约|节资|节支/;

/**
 * "交易额23271.8893万元，节约资金1857.149947万元，节约率7.98%": the saving over what was paid (7.98%) or over the budget, what
 * was paid and the saving together (7.39%) — a rate neither gives is reported.
 */
function savingRate(doc: ReportDocument, ctx: RuleContext, figures: Figure[], r: number, name: string): Finding | undefined {
  const [paid, saved, rate] = [figures[r - 2], figures[r - 1], figures[r]];
  if (!paid || !saved || paid.sentence !== rate.sentence || saved.sentence !== rate.sentence || paid.inParens || saved.inParens) return undefined;
  if (!isExactCount(paid) || !isExactCount(saved) || !sameUnitKind(paid, saved) || !PAID.test(paid.before) || !SAVED.test(saved.before) || saved.value >= paid.value) return undefined;
  const budget = { value: paid.value + saved.value, halfUlp: paid.halfUlp + saved.halfUlp };
  const ofPaid = ratioVerdict(rate, saved, paid, ctx.options.rounding);
  const ofBudget = ratioVerdict(rate, saved, budget, ctx.options.rounding);
  if (!ofPaid || !ofBudget || ofPaid.verdict !== 'mismatch' || ofBudget.verdict !== 'mismatch') return undefined;
  const [savedText, paidText] = [figureText(doc, saved), figureText(doc, paid)];
  const want = show(ofPaid.exact, rate.decimals);
  return report(CODE, {
    message: `${name}与节约额、交易额不符：${savedText}÷${paidText}=${show(ofPaid.exact, rate.decimals + 2)}%，按预算（交易额与节约额之和）计为${show(ofBudget.exact, rate.decimals + 2)}%，文中为${figureText(doc, rate)}`,
    span: rate.span,
    fixes: [
      { kind: 'choice', title: `将比率改为${want}%（${savedText}÷${paidText}）`, edits: [{ span: rate.numeralSpan, newText: numeralFor(rate, ofPaid.exact) }] },
      { kind: 'choice', title: `将比率改为${show(ofBudget.exact, rate.decimals)}%（节约额÷预算）`, edits: [{ span: rate.numeralSpan, newText: numeralFor(rate, ofBudget.exact) }] },
    ],
    related: [{ span: saved.span, message: `节约：${figureLabel(doc, saved)}` }, { span: paid.span, message: `交易：${figureLabel(doc, paid)}` }],
  });
}
// What follows the count the ways are of: its noun and 中 ("审结的476件行政复议案件中，").
const FRAMED_BY = /^[\u4e00-\u9fff]{0,10}中\s*[，,]?\s*$/;
const MIN_WAYS = 2;
// The ways such a rate joins: corrections, mediation, settlement, withdrawal — never a decision upholding the act.
const RESOLVING_WAY = /纠错|纠正|调解|和解|撤回|撤诉|撤销|变更|确认违法|确认无效|责令|协调|化解/;
const UPHELD = /维持|驳回/;
// …or that closes cases ("已审结1550件，其中…").
const CLOSED_BASE = /(?:审结|办结|结案)[\u4e00-\u9fff]{0,10}$/;

/**
 * "审结的476件行政复议案件中，直接纠错51件，以调解、和解等方式结案100件，综合化解率达到32%": a 综合 rate after the counts of
 * the ways it joins is their sum over the count they are of — the first count of the sentence, which frames them (…中)
 * or closes cases (审结, 办结), every count between it and the rate one of the ways. A way that gives the rate alone
 * explains it too.
 */
function compositeRate(doc: ReportDocument, ctx: RuleContext, figures: Figure[], r: number, name: string): Finding | undefined {
  const rate = figures[r];
  const base = figures[0];
  const ways = figures.slice(1, r);
  if (!base || base.percent || !isExactCount(base) || ways.length < MIN_WAYS) return undefined;
  if (!FRAMED_BY.test(doc.norm.slice(base.span.end, ways[0].span.start - ways[0].before.length)) && !CLOSED_BASE.test(base.before)) return undefined;
  if (ways.some((w) => w.percent || !isExactCount(w) || !sameUnitKind(w, base) || w.inParens || w.value >= base.value || !RESOLVING_WAY.test(w.before) || UPHELD.test(w.before))) return undefined;
  const sum = summedFigure(ways, { start: ways[0].span.start, end: ways[ways.length - 1].span.end });
  if (sum.value > base.value) return undefined;
  const candidates = [sum, ...ways].map((n) => judge(rate, n, base, ctx.options.rounding)).filter((c): c is Candidate => !!c);
  return judged(doc, ctx, rate, name, candidates, sum, [], false);
}

// The new cases of a court or a review body ("新收", "新受理"): with those carried over (旧存, 上年结转) all it handled.
const NEW_CASES = /新收|新受理/;

/**
 * The new cases and the cases carried over, stated one right after the other before the numerator ("新收198件，上年结转12件"):
 * the whole base of 结案率 — the count before them that they add up to, else their sum — and the new cases alone (a rate
 * over them is let pass: some writers take it so).
 */
function newAndCarried(prior: Figure[], numerators: Figure[]): { base: Figure; fresh: Figure } | undefined {
  const first = numerators[0];
  for (let k = 1; k < prior.length; k++) {
    const [a, b] = [prior[k - 1], prior[k]];
    if (b.id >= first.id || numerators.includes(a) || numerators.includes(b) || a.inParens || b.inParens) continue;
    if (!isExactCount(a) || !isExactCount(b) || !sameUnitKind(a, b) || !arePartitionPair(a.before, b.before)) continue;
    const fresh = NEW_CASES.test(a.before) ? a : NEW_CASES.test(b.before) ? b : undefined;
    if (!fresh) continue;
    const stated = prior.find((f) => f.id < a.id && !f.inParens && isExactCount(f) && sameUnitKind(f, a) && f.value === a.value + b.value);
    return { base: stated ?? summedFigure([a, b], { start: a.span.start, end: b.span.end }), fresh };
  }
  return undefined;
}

// Requests or cases carried in from the year before, named so at the start of a count's words.
const CARRIED_IN_WORDS = new RegExp(`^\\s*(?:${CARRIED_IN_FROM_LAST_YEAR}|旧存)`);

/**
 * "收到政府信息公开申请81件，上年结转政府信息公开申请2件，办结80件，…，办结率96.4%": the intake and the count carried in
 * right after it, before the numerator — all there was to close is both (80÷83); the intake alone is let pass too.
 */
function intakeAndCarriedIn(prior: Figure[], numerators: Figure[]): { base: Figure; fresh: Figure } | undefined {
  const first = numerators[0];
  for (let k = 1; k < prior.length; k++) {
    const [a, b] = [prior[k - 1], prior[k]];
    if (b.id >= first.id || a.inParens || b.inParens || !isExactCount(a) || !isExactCount(b) || !sameUnitKind(a, b)) continue;
    if (!namesIntake(a.before) || !CARRIED_IN_WORDS.test(b.before)) continue;
    return { base: summedFigure([a, b], { start: a.span.start, end: b.span.end }), fresh: a };
  }
  return undefined;
}

/**
 * "新收565223件，办结554296件，存案69346件": the count of cases still open right after the closed one (nothing of their kind
 * between): closed and open together are the base of 结案率 — all there was to close, new and old; else undefined.
 */
function openAfterClosed(prior: Figure[], closed: Figure): Figure | undefined {
  const open = prior.find((f) => f.id > closed.id);
  if (!open || open.sentence !== closed.sentence || open.inParens || !isExactCount(open) || !sameUnitKind(open, closed) || !OPEN_BESIDE_CLOSED.test(open.before)) return undefined;
  // The count before them they add up to, when stated ("共793件…，审结715件，未结案件78件"); else their sum, read as standing
  // where the closed count does (the base of what it closed).
  const stated = prior.find((f) => f.id < closed.id && !f.inParens && isExactCount(f) && sameUnitKind(f, closed) && f.value === closed.value + open.value);
  return stated ?? summedFigure([closed, open], { start: closed.span.start, end: open.span.end }, { id: closed.id, before: '' });
}

// A count of applications ("新收行政复议申请286件"): more than the cases they became, some not accepted.
const APPLICATIONS = /申请\s*$/;

/**
 * The counts a rate is judged against: all of them — or, for a bound (结案率 over the intake and cases carried over), not
 * the applications, which bound nothing: the cases closed are of those accepted, fewer than those applied for.
 */
function bounding(counts: Figure[], bound: boolean): Figure[] {
  return bound ? counts.filter((f) => !APPLICATIONS.test(f.before)) : counts;
}

// "对1250宗案卷中的1100宗进行了评查", "在640件申请中，有560件…", "2418项政务服务事项中，2331项…": a count picked out of a
// whole stated right before it (in one clause or the next).
// "92个社区中已有86个…": the part may follow 中 with 有/已有 and no comma.
const PICKED_OUT_OF = /^[\u4e00-\u9fff“”"（）()]{0,20}?(?:当中|之中|中)(?:的|\s*[，,]\s*(?:其中|有|共有|已有)?|已有|有)?\s*$/;
// A rate of how much of a whole was covered ("评查面为88.0%", "覆盖面达95%"): of the part picked out, whatever was done to it.
const COVERED = '覆盖';
// "全县共有13个乡镇，已有12个乡镇建成…": a stock counted (共有, 现有, 辖, 全X) and, in the next clause, a part of it that
// repeats its noun or is led by 已有/其中 — picked out of it only for a bare coverage rate of facilities built in them.
const STOCK_COUNTED = /(?:共有|现有|辖|下辖|全[市区县镇乡省])[\u4e00-\u9fff]{0,2}\s*$/;
const STOCK_THEN_PART = /^([\u4e00-\u9fff（）()]{1,8})[，,]\s*(其中|已有|现已有|目前已有|均有)?\s*$/;
const COVERAGE_RATE = /([\u4e00-\u9fff]{0,6}面)(?:达到|达|为|是)?\s*$/;
// What may stand between the part and its rate: words only (what was done to the part), no other figure.
const MAX_PICKED_WORDS = 30;

/**
 * "共对本年度形成的1250宗案卷中的1100宗进行了评查，评查面为88.0%", "2418项政务服务事项中，2331项纳入……，政务服务事项入驻率
 * 达到96.4%": a rate right after a part picked out of a whole (A…中的B, A…中，B), only words between, is B ÷ A — when it is
 * a coverage (…面), or names what the A are, or what the words after the part say was done to it ("…有560件予以公开，公开
 * 比例…"); not a rate of something else ("…，群众满意率98%" is of another count).
 */
function partitiveRate(doc: ReportDocument, figures: Figure[], r: number): { part: Figure; whole: Figure; name: string } | undefined {
  const [whole, part, rate] = [figures[r - 2], figures[r - 1], figures[r]];
  if (!whole || !isExactCount(whole) || !isExactCount(part) || whole.inParens || part.inParens || !sameUnitKind(whole, part) || part.value > whole.value) return undefined;
  const among = doc.norm.slice(whole.span.end, part.span.start);
  const stock = STOCK_THEN_PART.exec(among);
  const ofStock = stock !== null && STOCK_COUNTED.test(whole.before) && (stock[2] !== undefined || part.after.startsWith(stock[1]));
  if (!ofStock && !PICKED_OUT_OF.test(among)) return undefined;
  const between = doc.norm.slice(part.span.end, rate.span.start);
  if (between.length > MAX_PICKED_WORDS || CHANGE_WORDS.test(between)) return undefined;
  const coverage = COVERAGE_RATE.exec(between);
  if (coverage) return { part, whole, name: coverage[1] };
  const m = rateWords(rate);
  if (!m || m[2] === '比') return undefined;
  // A bare 覆盖率 is how much of the whole the part covers, whatever was done to it ("92个社区中已有86个建成站点，覆盖率
  // 93.5%"); one that names what it covers ("服务人口覆盖率") is of something else.
  if (m[2] === '率' && m[1].replace(QUALIFIER_CUES, '') === COVERED && (!ofStock || FACILITY.test(between))) return { part, whole, name: `${COVERED}率` };
  if (ofStock) return undefined;
  const stem = stemOf(m[1]);
  const qualifier = m[1].slice(0, -stem.length).replace(QUALIFIER_CUES, '');
  const named = qualifier !== '' && carries(among.replace(/(?:当中|之中|中)[\s\S]*$/, ''), qualifier);
  const done = between.slice(0, between.length - rate.before.length);
  return named || namesDone(done, stem) ? { part, whole, name: `${stem}${m[2]}` } : undefined;
}

// A rate column's header: "办结率", "按时结案率（%）".
const RATE_HEADER = /^([\u4e00-\u9fff]{1,10}?)率\s*(?:[(（]\s*%\s*[)）])?$/;
// Columns of what was not done, or late: never the numerator ("未办结", "超时办结数").
const NOT_DONE_HEADER = /^(?:未|不|尚未|超时|超期|逾期)/;
// What may stand beside the rate's words in the numerator's header: "已办结", "办结数", "办结件数".
const NUMERATOR_HEADER_REST = /^(?:已|均已)?(?:数|件数|数量|量)?$/;
// The column of the whole: "总件数", "派遣案件总数", "合计".
const TOTAL_HEADER = /总|合计/;
const COUNT_CELL = /^(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)$/;
const RATE_CELL = /^([0-9]+(?:\.([0-9]+))?)\s*%?$/;

/**
 * A table pasted flat: "承办县区 | 总件数 | 处理中 | 已办结 | 办结率 |" then "临渭区 | 74 | 0 | 74 | 100% |": in each row the rate
 * cell against the numerator column (its header names the rate's words: 已办结) over the whole column (总件数) — only
 * when each of the two is the one column so named.
 */
function checkTableRates(doc: ReportDocument, grid: Cell[][], rounding: RoundingPolicy): Finding[] {
  const header = grid[0].map((c) => doc.norm.slice(c.span.start, c.span.end).replace(/\s+/g, ''));
  const out: Finding[] = [];
  header.forEach((title, r) => {
    const words = RATE_HEADER.exec(title)?.[1];
    if (!words) return;
    const named = header.map((h, k) => ({ h, k })).filter(({ h, k }) => k !== r && h.includes(words) && !h.includes('率') && !NOT_DONE_HEADER.test(h));
    const bare = named.filter(({ h }) => NUMERATOR_HEADER_REST.test(h.replace(words, '')));
    const numerator = named.length === 1 ? named[0] : bare.length === 1 ? bare[0] : undefined;
    const wholes = header.map((h, k) => ({ h, k })).filter(({ h, k }) => k !== r && k !== numerator?.k && TOTAL_HEADER.test(h) && !h.includes('率'));
    if (!numerator || wholes.length !== 1) return;
    const whole = wholes[0];
    for (const row of grid.slice(1)) {
      if (row.length !== header.length) continue;
      const cell = (k: number) => doc.norm.slice(row[k].span.start, row[k].span.end).replace(/\s+/g, '');
      const [n, d, stated] = [cell(numerator.k), cell(whole.k), RATE_CELL.exec(cell(r))];
      if (!COUNT_CELL.test(n) || !COUNT_CELL.test(d) || !stated) continue;
      const [part, all] = [Number(n.replace(/,/g, '')), Number(d.replace(/,/g, ''))];
      const rate = Number(stated[1]);
      const decimals = stated[2]?.length ?? 0;
      if (!(all > 0) || part > all) continue;
      const exact = (part / all) * 100;
      // 100% means every one: rounding cannot make 4706 of 4708 into it.
      const held = judgeRounding(rate, decimals, exact, exact, rounding) !== 'mismatch' && !(rate === 100 && part !== all);
      if (held) continue;
      let shown = decimals;
      while (shown < 4 && part !== all && Number(show(exact, shown)) === 100) shown++;
      const want = show(exact, shown);
      const rateSpan = row[r].span;
      const numeral = { start: rateSpan.start, end: rateSpan.start + stated[1].length };
      out.push(report(CODE, {
        message: `${words}率与分子分母不符：表中“${row[0].text}”一行，${header[numerator.k]}${row[numerator.k].text}÷${header[whole.k]}${row[whole.k].text}=${show(exact, 3)}%，应为${want}%，文中为${row[r].text}`,
        span: rateSpan,
        fixes: [{ kind: 'choice', title: `将比率改为${want}%（${n}÷${d}）`, edits: [{ span: numeral, newText: want }] }],
        related: [
          { span: row[numerator.k].span, message: `分子：${header[numerator.k]}${row[numerator.k].text}` },
          { span: row[whole.k].span, message: `分母：${header[whole.k]}${row[whole.k].text}` },
        ],
      }));
    }
  });
  return out;
}

// An average stated right after its words: "日均10169件", "案件平均罚款金额8.8万元", "人均办案13.6件" (人均 only over a
// headcount stated in its sentence; not 户均: households are seldom counted).
const AVERAGE = /(日均|平均|人均)[\u4e00-\u9fff]{0,8}?(?:为|达到|达|约)?\s*$/;
// A length of time counted ("5.2个工作日", "3.5天", "12小时").
const DURATION = /^(?:个?(?:工作日|自然日)|天|日|小时|分钟|个月|周)/;
// A stated period: "7月8日—7月14日", "3月1日至31日".
const DATE_RANGE = /([0-9]{1,2})月([0-9]{1,2})日\s*[—–\-~～至到]+\s*(?:([0-9]{1,2})月)?([0-9]{1,2})日/;
const DAY_MS = 86_400_000;
const MAX_PERIOD_WORDS = 200;

/**
 * An average against the figures it is taken over, in its sentence: a daily average over the one count of its unit and
 * the days of a stated period ("第28周（7月8日—7月14日）…受理诉求71184件，日均10169件" → 71184÷7); an average amount over the
 * one amount of its unit and the one count of another unit ("处罚决定书13.28万份，罚没款116.87亿元，平均罚款金额8.8万元").
 * Any other number of candidates: silent. Truncated averages pass (an average is often cut, not rounded).
 */
function checkAverage(doc: ReportDocument, index: FigureIndex, sentence: FigureSentence, figures: Figure[], r: number): Finding | undefined {
  const average = figures[r];
  // Both 日均 and 平均 hold 均: words without it are not read.
  const m = average.before.includes('均') ? AVERAGE.exec(average.before) : null;
  if (!m || average.approx || average.inParens || !average.unit || average.unit === '个百分点') return undefined;
  // "平均办理时间5.2个工作日": an average time is no total over a count ("时限为20个工作日，全年办理6420件" holds none).
  if (DURATION.test(`${average.unit}${average.after}`)) return undefined;
  // Another average before it ("人均受理案件300件，人均结案240件") is no total of this one.
  const prior = priorFigures(figures, r).filter((f) => !f.inParens && isExactCount(f) && f.value > 0 && !(f.before.includes('均') && AVERAGE.test(f.before)));
  // "共开展检查18642件，其中双随机检查3725件，人均检查186.42件": the average is of the whole, not of its 其中 part.
  // "培训1260人次，人均培训3次": per head, the 人次 of the total are 次 each.
  const sameUnit = (f: Figure) => f.unit === average.unit || (m[1] === '人均' && f.unit === `人${average.unit}`);
  const inSentence = prior.filter(sameUnit);
  // What is averaged: the words between 人均/平均 and the figure ("出具法律意见书").
  const averaged = m[0].slice(m[1].length).replace(/(?:为|达到|达|约)?\s*$/, '');
  // "出具法律意见书540份。…共有法律顾问76名，人均出具法律意见书7.1份": with none in its sentence, the count named by the
  // average's own words in an earlier sentence of its paragraph (one value).
  const same = inSentence.length === 0 && m[1] !== '日均' ? namedCountBefore(index, sentence, average, averaged, sameUnit) : inSentence;
  const unmarked = same.length > 1 ? same.filter((f) => !f.subsetCue) : same;
  // "集中学法12次，参训人员累计2232人次，人均参训12次": of two counts of its unit, the one its words name.
  const named = unmarked.length > 1 && averaged.length >= 2 ? unmarked.filter((f) => f.before.includes(averaged)) : [];
  const wholes = named.length === 1 ? named : unmarked;
  if (wholes.length !== 1 || (same.length > 1 && !wholes[0].totalCue && named.length !== 1)) return undefined;
  const total = wholes[0];
  // "总分为1000分，100个被评估城市的平均得分为663.07分": the scale's full marks, no sum of the scores.
  if (FULL_MARKS.test(total.before)) return undefined;
  let over: { value: number; halfUlp: number; text: string; related?: Figure } | undefined;
  if (m[1] === '日均') {
    // The period is stated near the average: the words before it in its sentence, at most MAX_PERIOD_WORDS of them.
    const words = doc.norm.slice(Math.max(sentence.span.start, average.span.start - MAX_PERIOD_WORDS), average.span.start);
    const range = DATE_RANGE.exec(words);
    const year = /((?:19|20)[0-9]{2})年/.exec(words)?.[1] ?? doc.year?.value;
    if (!range || year === undefined) return undefined;
    const [from, to] = [Date.UTC(Number(year), Number(range[1]) - 1, Number(range[2])), Date.UTC(Number(year), Number(range[3] ?? range[1]) - 1, Number(range[4]))];
    const days = Math.round((to - from) / DAY_MS) + 1;
    if (!(days >= 2 && days <= 366)) return undefined;
    over = { value: days, halfUlp: 0, text: `${days}天` };
  } else {
    // "执法人员80人，办理案件1052件，人均办案13.15件": per head, over the one headcount before it.
    const own = prior.filter((f) => !sameUnitKind(f, average) && f.unit !== average.unit && (m[1] !== '人均' || HEADCOUNT_UNITS.includes(f.unit)));
    const counts = own.length > 0 ? own : m[1] === '人均' ? headcountBefore(doc, index, sentence, total) : m[1] === '平均' ? eachCountBefore(index, average, total) : own;
    if (counts.length !== 1) return undefined;
    over = { value: counts[0].value, halfUlp: counts[0].halfUlp, text: figureText(doc, counts[0]), related: counts[0] };
  }
  // In the average's own scale ("8.8万元" is 8.8), the inputs widened by their rounding.
  const scale = average.number.multiplier;
  const exact = total.value / over.value / scale;
  const low = Math.max(0, total.value - total.halfUlp) / (over.value + over.halfUlp) / scale;
  const high = over.value > over.halfUlp ? (total.value + total.halfUlp) / (over.value - over.halfUlp) / scale : Infinity;
  const stated = average.value / scale;
  if (judgeRounding(stated, average.decimals, Math.min(low, exact), Math.max(high, exact), 'lenient') === 'match') return undefined;
  const want = show(exact, average.decimals);
  const unit = doc.text.slice(average.numeralSpan.end, average.span.end);
  return report(CODE, {
    message: `${m[1]}数与总数不符：${figureText(doc, total)}÷${over.text}=${show(exact, average.decimals + 2)}${unit}，应为${want}${unit}，文中为${figureText(doc, average)}`,
    span: average.span,
    fixes: [{ kind: 'choice', title: `将${m[1]}数改为${want}${unit}`, edits: [{ span: average.numeralSpan, newText: want }] }],
    related: [
      { span: total.span, message: `总数：${figureLabel(doc, total)}` },
      ...(over.related ? [{ span: over.related.span, message: `件数：${figureLabel(doc, over.related)}` }] : []),
    ],
  });
}

/** The count an average's words name ("出具法律意见书"), stated in an earlier sentence of its paragraph, of one value. */
function namedCountBefore(index: FigureIndex, sentence: FigureSentence, average: Figure, averaged: string, ofUnit: (f: Figure) => boolean): Figure[] {
  if (averaged.length < MIN_AVERAGED_WORDS) return [];
  const found: Figure[] = [];
  for (let k = average.sentence - 1; k >= Math.max(0, average.sentence - MAX_SENTENCES_BACK) && index.sentences[k].paragraph === sentence.paragraph; k--) {
    for (const f of mainFigures(index.sentences[k])) if (ofUnit(f) && isExactCount(f) && !f.subsetCue && f.before.trim().endsWith(averaged)) found.push(f);
  }
  return new Set(found.map((f) => f.value)).size === 1 ? found.slice(0, 1) : [];
}

// The fewest characters of an average's words that name the count it is of ("办案" of 人均办案 may name any cases).
const MIN_AVERAGED_WORDS = 4;

// How many sentences back a count stated apart from the rate is looked for (a headcount, all the items): a bounded scan.
const MAX_SENTENCES_BACK = 6;
// A standing headcount: "共有执法人员420名", "现有律师86人"; the whole body or place before the noun states one too
// ("全局民警2680人").
const STANDING_HEADCOUNT = /(?:共有|现有|拥有)([\u4e00-\u9fff]{2,10})$|^[全我][市区县镇局委](?!.*(?:共有|现有|拥有))([\u4e00-\u9fff]{2,10})$|^(?:局属|所属|本局|我局|全局|本单位)?([\u4e00-\u9fff]{0,4}(?:人员|干部|职工|律师|调解员|民警|队员))共(?:有|计)?$/;
// What people were counted for, not a standing staff: "培训执法人员共420人", "参训干部共…".
const ATTENDED = /培训|参训|参加|参与|接待|走访|帮扶|服务/;

/**
 * "全局共有执法人员420名。……培训执法人员1260人次，人均培训3次": with no headcount in the average's sentence, the standing
 * headcount of the people its sentence names, stated in an earlier sentence of its paragraph (one value).
 */
function headcountBefore(doc: ReportDocument, index: FigureIndex, sentence: FigureSentence, total: Figure): Figure[] {
  const text = doc.norm.slice(sentence.span.start, total.span.start);
  const found: Figure[] = [];
  for (let k = total.sentence - 1; k >= Math.max(0, total.sentence - MAX_SENTENCES_BACK) && index.sentences[k].paragraph === sentence.paragraph; k--) {
    for (const f of mainFigures(index.sentences[k])) {
      const standing = HEADCOUNT_UNITS.includes(f.unit) && isExactCount(f) && !f.subsetCue ? STANDING_HEADCOUNT.exec(f.before.trim()) : null;
      const noun = standing?.[1] ?? standing?.[2] ?? standing?.[3];
      if (noun && !ATTENDED.test(noun) && text.includes(noun)) found.push(f);
    }
  }
  return new Set(found.map((f) => f.value)).size === 1 ? found.slice(0, 1) : [];
}

// The most points a scale gives ("满分设定为300分", "指标体系总分为1000分", "总分值"): no total of scores.
const FULL_MARKS = /(?:满分|总分|分值)(?:值)?(?:设定|设置|设)?(?:为|是)?\s*$/;
// "平均每校7.9场", "平均每个社区30名": the things an average is per.
const PER_EACH = /每(?:个|所|家|位)?([\u4e00-\u9fff]{1,4}?)(?:为|达到|达|约)?\s*$/;

/**
 * "全市中小学校138所。……开展活动1086场，平均每校7.9场": with no count of its own in the average's sentence, the one count
 * of the things it is per (the noun it counts ends with them: 中小学校 → 校, 行政村 → 村) in an earlier sentence of its paragraph.
 */
function eachCountBefore(index: FigureIndex, average: Figure, total: Figure): Figure[] {
  const noun = PER_EACH.exec(average.before)?.[1];
  if (!noun) return [];
  const found: Figure[] = [];
  const paragraph = index.sentences[total.sentence].paragraph;
  for (let k = total.sentence - 1; k >= Math.max(0, total.sentence - MAX_SENTENCES_BACK) && index.sentences[k].paragraph === paragraph; k--) {
    const main = mainFigures(index.sentences[k]);
    // Not one of a list ("12个行政村、2个社区"): the total may be of them all.
    const listed = (f: Figure) => main.some((g) => g !== f && g.clause === f.clause && sameUnitKind(g, f));
    for (const f of main) if (isExactCount(f) && !f.subsetCue && !sameUnitKind(f, total) && f.metric.endsWith(noun) && !listed(f)) found.push(f);
  }
  return new Set(found.map((f) => f.value)).size === 1 ? found.slice(0, 1) : [];
}

// A ratio of two counts named by what each counts: "复议诉讼比值达2.6", "行政复议与行政诉讼之比为1.8", "复议诉讼案件比为2.5∶1"
// — a bare number (no unit, no percent: the index holds no figure for it).
const RATIO = /([\u4e00-\u9fff]{4,12}?)(?:案件)?(?:之)?比(?:值|例)?(?:为|达到|达|是)?\s*([0-9]+(?:\.([0-9]+))?)(?![0-9.%％‰\u4e00-\u9fff])/g;
// A bare number right after 比/比值/比例: read for ratios only where one stands (同比 is everywhere).
const RATIO_CUE = /比(?:值|例)?(?:为|达到|达|是)?\s*[0-9]/;
const RATIO_JOIN = /与|和|同/;
const AGAINST_ONE = /^\s*[:：∶]\s*1(?![0-9.])/;

// How many sentences on either side a ratio's paragraph is read (a paragraph is seldom longer; the scan stays bounded).
const MAX_RATIO_SENTENCES = 20;

/** The figures of the sentences of sentence k's paragraph, up to MAX_RATIO_SENTENCES on either side. */
function paragraphFigures(index: FigureIndex, k: number): Figure[] {
  const paragraph = index.sentences[k].paragraph;
  let from = k;
  while (from > 0 && k - from < MAX_RATIO_SENTENCES && index.sentences[from - 1].paragraph === paragraph) from--;
  const out: Figure[] = [];
  for (let j = from; j < index.sentences.length && j - k <= MAX_RATIO_SENTENCES && index.sentences[j].paragraph === paragraph; j++) {
    for (const id of index.sentences[j].figures) out.push(index.figures[id]);
  }
  return out;
}
const MIN_RATIO_KEY = 2;

// The lengths of "XY" tried at the end of the words before 比: two words of two characters, three or four each.
const RATIO_KEY_LENGTHS = [4, 6, 8];

/** What the two counts of a ratio are named by: X and Y joined by 与/和, else the halves of the words' end ("全市复议诉讼" → 复议, 诉讼). */
function ratioKeys(words: string): [string, string][] {
  const joined = words.replace(QUALIFIER_CUES, '').split(RATIO_JOIN);
  const pairs: [string, string][] = joined.length === 2 ? [[joined[0], joined[1]]]
    : RATIO_KEY_LENGTHS.filter((n) => n <= words.length).map((n) => [words.slice(-n, -n / 2), words.slice(-n / 2)]);
  return pairs.filter(([x, y]) => x.length >= MIN_RATIO_KEY && y.length >= MIN_RATIO_KEY && !x.includes(y) && !y.includes(x) && !SCOPE_BIGRAMS.test(x) && !SCOPE_BIGRAMS.test(y));
}

/**
 * "新收行政复议申请5200件，……新收一审行政诉讼案件2000件，……复议诉讼比值达2.6": a bare number after "XY比值" is the count of
 * X over the count of Y — when each is named (X and Y joined by 与/和, or the two halves of the words) by the words of
 * exactly one count before it in its sentence, of one unit kind. Judged at the stated decimals.
 */
function checkRatios(doc: ReportDocument, index: FigureIndex, k: number, figures: Figure[], rounding: RoundingPolicy): Finding[] {
  const sentence = index.sentences[k];
  const text = doc.norm.slice(sentence.span.start, sentence.span.end);
  if (!RATIO_CUE.test(text)) return [];
  const out: Finding[] = [];
  RATIO.lastIndex = 0;
  for (let m = RATIO.exec(text); m; m = RATIO.exec(text)) {
    const start = sentence.span.start + m.index + m[0].length - m[2].length;
    // "复议诉讼比达6.86:1": a ratio written against 1 names its two counts anywhere in its paragraph.
    const againstOne = AGAINST_ONE.test(doc.norm.slice(start + m[2].length, start + m[2].length + 4));
    const pool = againstOne ? paragraphFigures(index, k) : figures;
    if (!againstOne && figures.length < 2) continue;
    const counts = pool.filter((f) => (againstOne || f.span.end <= start) && !f.inParens && isExactCount(f) && f.value > 0);
    const naming = (key: string) => counts.filter((f) => `${clauseBefore(doc, f)}${f.before}`.includes(key));
    const pair = ratioKeys(m[1]).map(([x, y]) => ({ x, y, over: naming(x), under: naming(y) }))
      .find((p) => p.over.length === 1 && p.under.length === 1 && p.over[0] !== p.under[0] && sameUnitKind(p.over[0], p.under[0]));
    if (!pair) continue;
    const { x, y } = pair;
    const words = m[1].slice(m[1].indexOf(x));
    const [a, b] = [pair.over[0], pair.under[0]];
    const [stated, decimals] = [Number(m[2]), m[3]?.length ?? 0];
    const exact = a.value / b.value;
    if (!(stated > 0) || judgeRounding(stated, decimals, exact, exact, rounding) !== 'mismatch') continue;
    const want = show(exact, decimals);
    const span = { start, end: start + m[2].length };
    out.push(report(CODE, {
      message: `${words}比值与两数不符：${figureText(doc, a)}÷${figureText(doc, b)}=${show(exact, decimals + 2)}，应为${want}，文中为${m[2]}`,
      span,
      fixes: [{ kind: 'choice', title: `将比值改为${want}`, edits: [{ span, newText: want }] }],
      related: [{ span: a.span, message: `${x}：${figureLabel(doc, a)}` }, { span: b.span, message: `${y}：${figureLabel(doc, b)}` }],
    }));
  }
  return out;
}

// "受理数2005件，行政诉讼受案808件，比例约为2.5:1": a ratio against 1 right after two counts, naming neither.
const BARE_RATIO = /^\s*[，,]\s*(?:两者|二者|其)?(?:之)?比(?:例|值)?(?:约|大约)?(?:为|达到|达|是)?\s*([0-9]+(?:\.([0-9]+))?)\s*[:：∶]\s*1(?![0-9.])/;
const MAX_BARE_RATIO = 24;
// Between the two counts: a comma and the second's words, no other number.
const PAIR_BETWEEN = /^\s*[，,、]\s*[^，,。；;0-9]{0,16}$/;

/**
 * "受理数2005件，行政诉讼受案808件，比例约为2.5:1": a bare ratio against 1 right after two counts of one kind stated side by
 * side is the larger over the smaller, at the written decimals.
 */
function bareRatios(doc: ReportDocument, index: FigureIndex, k: number, figures: Figure[], rounding: RoundingPolicy): Finding[] {
  const out: Finding[] = [];
  for (let j = 1; j < figures.length; j++) {
    const [a, b] = [figures[j - 1], figures[j]];
    const after = doc.norm.slice(b.span.end, b.span.end + MAX_BARE_RATIO);
    const m = after.includes('比') ? BARE_RATIO.exec(after) : null;
    if (!m || a.inParens || b.inParens || !isExactCount(a) || !isExactCount(b) || a.value <= 0 || b.value <= 0 || !sameUnitKind(a, b) ||
      !PAIR_BETWEEN.test(doc.norm.slice(a.span.end, b.span.start - b.before.length) + b.before)) continue;
    const [stated, decimals] = [Number(m[1]), m[2]?.length ?? 0];
    const exact = Math.max(a.value, b.value) / Math.min(a.value, b.value);
    if (!(stated >= 1) || judgeRounding(stated, decimals, exact, exact, rounding) !== 'mismatch') continue;
    const start = b.span.end + m[0].search(/[0-9]/);
    const span = { start, end: start + m[1].length };
    const [over, under] = a.value >= b.value ? [a, b] : [b, a];
    const want = show(exact, decimals);
    out.push(report(CODE, {
      message: `比值与两数不符：${figureText(doc, over)}÷${figureText(doc, under)}=${show(exact, decimals + 2)}，应为${want}:1，文中为${m[1]}:1`,
      span,
      fixes: [{ kind: 'choice', title: `将比值改为${want}`, edits: [{ span, newText: want }] }],
      related: [{ span: over.span, message: figureLabel(doc, over) }, { span: under.span, message: figureLabel(doc, under) }],
    }));
  }
  return out;
}

/**
 * "共调处矛盾纠纷5000件。调解成功4950件，调解成功率99%": a sentence that opens with the rate's numerator and states no
 * population of its own takes the total that closes the sentence before it, in the same paragraph — when that total is
 * marked 共/合计/总计/累计 and counts the same kind of thing (the lookup across sentences is bases.ts's).
 */
function totalBefore(doc: ReportDocument, index: FigureIndex, k: number, prior: Figure[], numerators: Figure[], ofAll: boolean): Figure | undefined {
  const numerator = numerators[0];
  if (!opensWithNumerator(prior, numerators)) return undefined;
  const total = closingTotal(doc, index, k);
  if (!total || !total.totalCue || !sameUnitKind(total, numerator) || total.value < numerator.value) return undefined;
  // The total must count what the rate is about ("调处矛盾纠纷" for 调解成功), not some other activity ("排查矛盾纠纷" is no
  // population of mediated cases): a word in common, 调处/调解/化解 taken as one.
  const words = (s: string) => {
    const t = asMediation(s);
    return new Set(Array.from({ length: Math.max(0, t.length - 1) }, (_, i) => t.slice(i, i + 2)).filter((w) => /^[\u4e00-\u9fff]{2}$/.test(w) && !SCOPE_BIGRAMS.test(w)));
  };
  const theirs = words(numerators.map((n) => n.before).join('|'));
  // "全市共有行政执法人员3000人。其中，持证2900人，持证率…": a sentence opening with 其中 says its count is a part of that
  // total, whatever its words — unless the rate is of an outcome (over the closed cases, not all received).
  const partOfIt = ofAll && OPENS_WITH_SUBSET.test(doc.norm.slice(index.sentences[k].span.start, numerators[0].span.start));
  return partOfIt || [...words(total.before)].some((w) => theirs.has(w)) ? total : undefined;
}

// A sentence opening with 其中 (no other words before its first count but the count's own).
const OPENS_WITH_SUBSET = /^\s*其中\s*[，,：:]?\s*(?:有)?[\u4e00-\u9fff]{0,8}$/;

// The patterns of rates' stems ("[不未非]结案", "应出庭"), made once each: a report's rates share a handful of stems.
const stemPattern = memoized((source: string) => new RegExp(source));
/** Words turning the stem down or denying it: "不合格" of 合格率, "不予受理" of 受理率. */
const negationOf = (stem: string) => stemPattern(`(?:不予|未予|[不未非])${stem}`);

/** The rate's sentence opens with its numerator and states no other count of its kind: no population of its own. */
// A sentence opened by the noun of what its figures are of: "邻里纠纷中，", "在邻里纠纷中".
const NOUN_FRAME = /^\s*在?([\u4e00-\u9fff]{3,10}?)(?:当中|之中|中)\s*[，,]?/;

/**
 * "其中邻里纠纷64件，占15.5%。邻里纠纷中调解成功58件，成功率90.6%": a sentence opening with a noun's frame and then the
 * numerator is over the one count stated under that noun before it (nounBase: a 其中 part too) — not a frame naming a
 * verb ("审结案件中"), whose counts the other bases read.
 */
function framedBefore(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, numerator: Figure): Figure | undefined {
  const sentence = index.sentences[numerator.sentence];
  const frame = NOUN_FRAME.exec(doc.norm.slice(sentence.span.start, numerator.span.start));
  return frame && !verbOf(frame[1]) ? nounBase(doc, index, ctx, numerator, frame[1]) : undefined;
}

function opensWithNumerator(prior: Figure[], numerators: Figure[]): boolean {
  const numerator = numerators[0];
  return prior[0] === numerator && !prior.some((f) => f !== numerator && numerators.every((n) => n !== f) && sameUnitKind(f, numerator));
}

/**
 * "派单601件，按时结案597件，超时办理4件": the numerator and the other side of its pair (PARTITION_PAIRS), or the closed and
 * the still open ("审结715件，未结案件78件"), add up to a count stated before them — the population is that count, all of it
 * accounted for, none carried over unseen.
 */
function accountedFor(prior: Figure[], numerators: Figure[]): boolean {
  return numerators.some((n) => prior.some((other) => other !== n && (arePartitionPair(n.before.trim(), other.before.trim()) || PENDING.test(other.before)) &&
    prior.some((whole) => whole.id < Math.min(n.id, other.id) && whole.value === n.value + other.value && sameUnitKind(whole, n))));
}

/**
 * The numerators of a rate that are ways of doing its stem, each named by its way before the stem ("在线答复办结",
 * "转承办单位办结"): two or more in a row, none a 其中 part or an aside, none timed ("按期办结" is a part of all closed)
 */
function waysOf(numerators: Figure[], stem: string): Figure[] | undefined {
  if (numerators.length < 2) return undefined;
  // …unless the two are all there is of the timing ("按期办结…，逾期办结…").
  const timedPair = numerators.length === 2 && arePartitionPair(numerators[0].before, numerators[1].before);
  for (let k = 0; k < numerators.length; k++) {
    const f = numerators[k];
    const at = f.before.indexOf(stem);
    if (f.subsetCue || f.inParens || at < 2 || (TIMED.test(f.before.slice(0, at)) && !timedPair) || !sameUnitKind(f, numerators[0])) return undefined;
    if (k > 0 && f.segment !== numerators[k - 1].segment + 1) return undefined;
  }
  return numerators;
}

// Nothing but a lead before a count ("其中480件成功化解", "有240件已办结"): what the count is comes after it.
const COUNT_FIRST_LEAD = /^\s*(?:其中|另有|已有|有|共有)?\s*[，,]?\s*(?:有)?\s*$/;

// The grades of a survey's answers that are satisfied (ANSWER_GRADE: all of them).
const SATISFIED = '满意';
const SATISFIED_GRADE = /^(?:非常|很|比较|较|基本)?满意$/;
const BASICALLY_SATISFIED = /^基本满意$/;
const NOT_SURE = /^(?:说不清|说不清楚|不清楚|不了解|不好说|不知道)$/;
const MIN_ANSWERS = 3;

/** The grade a count of answers stands for: the words after it ("8票满意") or, alone in its segment, before it ("满意8票"). */
function answerGrade(f: Figure): string | undefined {
  const grade = COUNT_FIRST_LEAD.test(f.before) ? f.after.trim() : f.final ? f.before.trim() : '';
  return ANSWER_GRADE.test(grade) ? grade : undefined;
}

/**
 * The counts before a rate when every one is a grade of answer, of one unit, at least three of them and not all
 * satisfied: a survey question's votes. Undefined otherwise.
 */
function gradedAnswers(prior: Figure[]): { figure: Figure; grade: string }[] | undefined {
  if (prior.length < MIN_ANSWERS) return undefined;
  const answers: { figure: Figure; grade: string }[] = [];
  for (const f of prior) {
    const grade = f.inParens || !isExactCount(f) || !sameUnitKind(f, prior[0]) ? undefined : answerGrade(f);
    if (!grade) return undefined;
    answers.push({ figure: f, grade });
  }
  return answers.every((a) => SATISFIED_GRADE.test(a.grade)) ? undefined : answers;
}

/**
 * "61票很满意、8票满意、7票基本满意，2票一般，满意率为97.4%": the satisfied grades over all the answers. Surveys count 基本满意 in
 * or out, and leave those not sure out of the whole or not: any of these readings explains the rate; none, and the finding
 * shows the one it is truncated from, or else the first.
 */
function answersRate(doc: ReportDocument, ctx: RuleContext, rate: Figure, answers: { figure: Figure; grade: string }[]): Finding | undefined {
  const sum = (list: { figure: Figure }[]) => summedFigure(list.map((a) => a.figure), { start: list[0].figure.span.start, end: list[list.length - 1].figure.span.end });
  const satisfied = answers.filter((a) => SATISFIED_GRADE.test(a.grade));
  const strictly = satisfied.filter((a) => !BASICALLY_SATISFIED.test(a.grade));
  const sure = answers.filter((a) => !NOT_SURE.test(a.grade));
  const candidates: Candidate[] = [];
  for (const part of [satisfied, strictly]) {
    for (const whole of [answers, sure]) {
      const candidate = part.length ? judge(rate, sum(part), sum(whole), ctx.options.rounding) : undefined;
      if (!candidate) continue;
      if (candidate.verdict === 'match') return undefined;
      candidates.push(candidate);
    }
  }
  // A reading the rate is only truncated from is the one it was meant by ("75÷78=96.15%" written 96.1%).
  const meant = candidates.find((c) => c.verdict === 'truncation') ?? candidates[0];
  return meant ? judged(doc, ctx, rate, `${SATISFIED}率`, [meant], meant.numerator, [], false) : undefined;
}

/**
 * The words that say what a count is: those before it — or, for a count written first and alone in its clause ("其中480件
 * 成功化解", "其中150件调解结案"), those after it in its clause.
 */
function countWords(f: Figure): string {
  // (An aside after the words says what they hold: "决定不起诉(含附条件不起诉)48件" is 决定不起诉.)
  const before = f.before.replace(ASIDE, '');
  return f.lone && COUNT_FIRST_LEAD.test(before) ? `${before}${f.after}` : before;
}

// A count named by one short noun ("其中，投诉136647件", "；举报29375件").
const ONE_NAME = /^\s*(?:其中)?[，,：:；;\s]*([\u4e00-\u9fff]{2,4})\s*$/;
// How many sentences back, in the paragraph, the counts named together are looked for.
const JOINT_REACH = 2;
const MAX_JOINED = 4;
const MAX_JOINT_COUNTS = 12;

/**
 * The sum of two to MAX_JOINED counts listed one after another (in the numerator's sentence or up to JOINT_REACH before it,
 * in its paragraph), each named by one short noun, whose names written together are in the numerator's words
 * ("投诉举报共办结" of "投诉…，举报…"); undefined when no run or more than one fits.
 */
function jointlyNamed(index: FigureIndex, numerator: Figure): Figure | undefined {
  const words = countWords(numerator);
  const paragraph = index.sentences[numerator.sentence].paragraph;
  // The last MAX_JOINT_COUNTS counts before the numerator, back from it: bounded however many a sentence holds.
  const counts: { figure: Figure; name: string }[] = [];
  const first = Math.max(0, numerator.sentence - JOINT_REACH);
  for (let id = numerator.id - 1; id >= 0 && counts.length < MAX_JOINT_COUNTS; id--) {
    const f = index.figures[id];
    if (f.sentence < first || index.sentences[f.sentence].paragraph !== paragraph) break;
    if (f.inParens || f.percent || f.change || !isExactCount(f) || !sameUnitKind(f, numerator)) continue;
    counts.unshift({ figure: f, name: ONE_NAME.exec(f.before)?.[1] ?? '' });
  }
  const runs: Figure[][] = [];
  for (let i = 0; i < counts.length; i++) {
    let joined = '';
    for (let j = i; j < counts.length && j - i < MAX_JOINED && counts[j].name; j++) {
      joined += counts[j].name;
      if (j > i && words.includes(joined)) runs.push(counts.slice(i, j + 1).map((c) => c.figure));
    }
  }
  if (runs.length !== 1) return undefined;
  const run = runs[0];
  return summedFigure(run, { start: run[0].span.start, end: run[run.length - 1].span.end });
}

// When the thing was done, said right before its verb: "按期办结", "逾期办结".
const TIMED = new RegExp(`(?:${TIMING_WORDS})$`);

/**
 * "受理300件，其中按期办结240件，办结率100%": a part of the intake timed as its rate is not ("按期") is the numerator of 按期
 * 办结率, not of 办结率 (the closed count is unstated). (Not so a count of its own: "已按时办结45件，5件结转…，办结率90%".)
 */
function timedAway(countWords: string, stem: string, rateWords: string): boolean {
  const at = countWords.indexOf(stem);
  const timed = at > 0 ? TIMED.exec(countWords.slice(Math.max(0, at - 2), at))?.[0] : undefined;
  return !!timed && !rateWords.includes(timed);
}

// What may stand before a numerator that names nothing else than its rate: "其中直接答复", "已回复".
const NUMERATOR_LEAD = /^(?:其中|已|共|均)+/;

// A verb of two characters joined to the next by 和, 及 or 并 ("答复和").
const JOINED_VERB = /^[\u4e00-\u9fff]{2}(?:和|及|并)$/;

// 网办率: what was handled online, of all that was handled.
const ONLINE = '网办';

/**
 * "热线受理市民诉求5000件（次），其中……。直接答复3500件（次），直接答复率70%": a rate of how the intake was handled
 * (HANDLING_RATE) whose sentence opens with its numerator, named by the rate's own words and nothing else, takes the intake
 * stated before it in its paragraph (bases.ts's intakeCount). So does 网办率 whose numerator is named by its alias alone
 * ("办理许可事项6842件，其中…。全程网办6537件，网办率95.5%": `alias`).
 */
function handledBefore(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, words: string, prior: Figure[], numerators: Figure[], alias?: RegExp): Figure | undefined {
  const numerator = numerators[0];
  if (!opensWithNumerator(prior, numerators)) return undefined;
  const own = numerator.before.trim().replace(NUMERATOR_LEAD, '');
  // "已答复和处理3410件" of 处理率: another verb of the handling joined before the rate's own.
  const joined = own.endsWith(words) && JOINED_VERB.test(own.slice(0, -words.length));
  if (own === words || joined || (alias && stemPattern(`^(?:${alias.source})$`).test(own))) return intakeCount(doc, index, ctx, numerator, '');
  // "全市12345热线平台全年在线解答诉求3500件": the rate's words after the whole place, the year and the service (no part
  // of it: not "市本级…", "微信渠道…"), then the noun of what was taken in — which the intake must count too.
  const at = own.lastIndexOf(words);
  const noun = at < 0 ? undefined : HANDLED_NOUN.exec(own.slice(at + words.length))?.[0];
  const lead = at < 0 ? '' : own.slice(0, at).replace(WHOLE_LEAD, '');
  return noun && (lead === '' || SERVICE.test(lead)) ? intakeCount(doc, index, ctx, numerator, noun) : undefined;
}

const SUCCESS = '成功';
// Complaints and requests to a platform (12315, 12345): some of them are mediated, as both sides agree.
const COMPLAINTS = /投诉|举报|诉求|工单|来电/;

/**
 * "全年调解纠纷1200件。调解成功1170件，调解成功率97.5%": a success rate (V成功率) whose sentence opens with its successes takes
 * the one count of the attempts (V, no success said) stated in an earlier sentence of its paragraph.
 */
function triedBefore(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, verb: string, prior: Figure[], numerators: Figure[]): Figure | undefined {
  if (numerators.length !== 1 || !opensWithNumerator(prior, numerators)) return undefined;
  const tried = earlierCounts(doc, index, ctx, numerators[0]).filter((f) =>
    namesDone(f.before, verb) && !f.before.includes(SUCCESS) && !f.subsetCue && sameUnitKind(f, numerators[0]) && f.value >= numerators[0].value);
  return new Set(tried.map((f) => f.value)).size === 1 ? tried[tried.length - 1] : undefined;
}

// The noun of items counted after a rate's words ("全程网办事项", "网上可办事项"): what the rate is a share of.
const ITEMS_NOUN = /^(?:事项|服务事项|项目)$/;
// What may stand before that noun in the whole count of the items: the place and what kind of items they are.
const ITEMS_LEAD = new RegExp(`^(?:${alternatives(SCOPE_WORDS)}|辖区|共有|现有|梳理|公布|编制|政务服务|依申请|行政权力|公共服务|\\s)*$`);

/**
 * "全县政务服务事项1286项，……。全程网办事项1106项，全程网办率86.0%": a rate whose sentence opens with its numerator, named by
 * the rate's words and the noun of items, takes the one count of all those items stated in an earlier sentence of its
 * paragraph (nothing but the place and the kind of items before the noun).
 */
function itemsBefore(doc: ReportDocument, index: FigureIndex, words: string, prior: Figure[], numerators: Figure[]): Figure | undefined {
  const numerator = numerators[0];
  const own = numerator.before.trim();
  const noun = own.startsWith(words) ? own.slice(words.length) : '';
  if (!ITEMS_NOUN.test(noun)) return undefined;
  const found: Figure[] = [];
  for (let k = numerator.sentence - 1; k >= Math.max(0, numerator.sentence - MAX_SENTENCES_BACK) && index.sentences[k].paragraph === index.sentences[numerator.sentence].paragraph; k--) {
    for (const f of mainFigures(index.sentences[k])) {
      const stated = f.before.trim();
      if (isExactCount(f) && !f.subsetCue && sameUnitKind(f, numerator) && f.value >= numerator.value && stated.endsWith(noun) &&
          ITEMS_LEAD.test(stated.slice(0, -noun.length))) found.push(f);
    }
  }
  return new Set(found.map((f) => f.value)).size === 1 ? found[0] : undefined;
}

const ACCEPTED = '受理';
// 受案率: the applications accepted (受理) over those received, named by the alias.
const CASES_ACCEPTED = '受案';
// A count of applications received ("新收行政复议申请5422件", "共收到复议申请120件"): what 受理 is decided on.
// (信访事项 registered are accepted or not as applications are: 登记 … 受理.)
const APPLICATIONS_RECEIVED = /(?:收到|新收|接收|接到|登记)([\u4e00-\u9fff]{0,8}?)(?:申请|信访事项)(?:共计|合计|总计|共)?\s*$/;
// The words of a 受理 count that name nothing but the acceptance and what was accepted ("依法受理", "受理行政复议案件").
const ACCEPTED_ONLY = new RegExp(`^\\s*(?:${alternatives(SCOPE_WORDS)}|其中|依法|予以|决定|立案|共|经(?:甄别|审查|初审|核查)|[，,])*受理([\u4e00-\u9fff]{0,8}?)(?:案件|申请|事项)?\\s*$`);

/**
 * "新收行政复议申请5422件，比上年增加842件……。受理行政复议案件3129件，受理率为57.71%": 受理率 is the applications accepted over
 * those received — a sentence opening with its 受理 count takes the one count of applications received (收到/新收…申请) in an
 * earlier sentence of its paragraph, when what was accepted is what was applied for (行政复议 in both, or no noun).
 */
function appliedBefore(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, prior: Figure[], numerators: Figure[]): Figure | undefined {
  const numerator = numerators[0];
  const accepted = ACCEPTED_ONLY.exec(numerator.before);
  // What was turned down beside it ("不予受理391件") is the rest of the applications, no population of its own.
  if (!accepted || prior[0] !== numerator) return undefined;
  const received = earlierCounts(doc, index, ctx, numerator).filter((f) => {
    const m = APPLICATIONS_RECEIVED.exec(f.before);
    return !!m && m[1].endsWith(accepted[1]);
  });
  // "收到申请300件（含上年结转20件）": the rate may be over the new ones alone — two bases.
  if (received.some((f) => HOLDS_CARRIED_OVER.test(doc.text.slice(f.span.end, f.span.end + MAX_ASIDE)))) return undefined;
  const base = new Set(received.map((f) => f.value)).size === 1 ? received[received.length - 1] : undefined;
  // Other counts of its kind after it ("…，受理前协调处理4件") are other ways the applications went, when they fit beside it.
  // (Asides are the counts' own: "受理24件（去年同期54件）".)
  const others = prior.filter((f) => f !== numerator && !f.inParens && !negationOf(ACCEPTED).test(f.before) && sameUnitKind(f, numerator));
  return base && (others.length === 0 || others.every((f) => f.value + numerator.value <= base.value)) ? base : undefined;
}

// What a service takes in, named after the words of a rate of how it was handled.
const HANDLED_NOUN = /^(?:群众|市民|企业)?(?:诉求|工单|来电|来信|事项|咨询|问题|办件)$/;
// The whole place and the year before them: "全市", "全年", "2023年".
const WHOLE_LEAD = new RegExp(`${alternatives(SCOPE_WORDS)}|(?:19|20)[0-9]{2}年|\\s`, 'g');
// The service itself: "12345热线平台", "市长热线", "便民服务中心".
const SERVICE = new RegExp(`${SERVICE_SUBJECT.source}$`);

// Rates of what samples, inspections or reviews found (合格率, 不合格率, 检出率, 问题发现率, 优秀率, 达标率): over the samples
// taken or the things inspected, stated in an earlier
// sentence when not in the rate's own.
const SAMPLING_RESULT = /合格$|检出$|发现$|优秀$|达标$/;

// 办结率, 按期办结率: the stem of a rate of closed cases.
const CLOSED = '办结';
// The words of a count of closed cases that names no cases of its own ("其中审结", "已按期办结", "依法审结"; a police
// body's "查结").
const CLOSED_ONLY = new RegExp(`^\\s*(?:其中|经审理|[，,])*(?:全年|本年度?|年内|今年|当年|${AS_OF_YEAR_END})?[，,]?(?:已|已经|共|累计|依法|全部|均已|均)*(?:按期|按时|及时)?(?:审执结|执结|审结|办结|查结|结案)(?:了|各类|案件|回复|答复)*\\s*$`);
// …or naming the noun of what was closed after it: "已办结投诉", "办结来信".
const CLOSED_NOUN = /^\s*(?:其中|[，,])*(?:已|已经|共|累计|依法|全部|均已|均)*(?:审结|办结|查结|结案)([\u4e00-\u9fff]{2,6})\s*$/;

// …or with the scope and the noun of the intake before it ("去年全区法院审结各类行政诉讼案件").
const CLOSED_FRAMED = /^\s*(?:其中|[，,])*([\u4e00-\u9fff]{0,10}?)(?:已|已经|共|累计|依法)*(?:审结|办结|结案)([\u4e00-\u9fff]{4,12})\s*$/;

/**
 * "全年共受理信访事项1200件。按期办结1150件，按期办结率95.8%": a rate of closed cases (办结率, 结案率, 结收比) whose sentence
 * opens with its numerator takes the cases received stated before it in its paragraph (bases.ts's intakeBase).
 */
function intakeBefore(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, prior: Figure[], numerators: Figure[], plainRate: boolean): Figure | undefined {
  // Only a numerator that names nothing but the closing: "网上信访按期办结780件", "市本级审结100件" close a part of the
  // cases received, not all of them. The cases still open beside it ("正在办理59件") are no population of their own.
  const own = prior.filter((f) => numerators.includes(f) || !STILL_OPEN.test(clauseBefore(doc, f) || f.before));
  if (!opensWithNumerator(own, numerators)) return undefined;
  if (!CLOSED_ONLY.test(numerators[0].before)) {
    // "已办结投诉1800件": closed cases named by their noun are of the count stated under it (a line or a few paragraphs back).
    const noun = CLOSED_NOUN.exec(numerators[0].before)?.[1];
    if (noun) return countedBase(doc, index, ctx, numerators[0], noun);
    // "去年全区法院受理各类行政诉讼案件3420件…。去年全区法院审结各类行政诉讼案件3075件": the scope and the noun of the intake
    // before it in the paragraph, word for word.
    const framed = CLOSED_FRAMED.exec(numerators[0].before);
    const intake = framed ? intakeBase(doc, index, ctx, numerators[0]) : undefined;
    return intake && framed && intake.before.endsWith(framed[2]) && intake.before.startsWith(framed[1]) ? intake : undefined;
  }
  // "……共受理投诉举报工单820件。⏎截至目前，已办结565件，办结率…": a paragraph that opens with the closed count and states no
  // intake of its own goes on from the paragraph right before, when that one's intake is its only count (its 其中 parts
  // aside) and the rate names nothing but the closing (按期办结率 is over the closed, not the intake).
  const intake = intakeBase(doc, index, ctx, numerators[0]) ?? (plainRate ? intakeOfParagraphBefore(doc, index, ctx, numerators[0]) ?? markedTotalBefore(doc, index, ctx, numerators[0]) : undefined);
  if (!intake) return dueBefore(doc, index, ctx, numerators[0]);
  // With valid parts stated (two of different values: silent), the rate is over the valid part.
  const valid = validParts(doc, index, ctx, intake, numerators[0]);
  return valid.length === 0 ? intake : new Set(valid.map((f) => f.value)).size === 1 ? valid[0] : undefined;
}

/**
 * "11月份投诉举报工单共640件，其中……。截至目前，已办结回复485件，办结率75.78%": with no verb of intake before it, the one count
 * marked as a whole (共, 合计) in the earlier sentences of the paragraph, no 其中 part.
 */
function markedTotalBefore(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, f: Figure): Figure | undefined {
  return oneMarked(earlierCounts(doc, index, ctx, f));
}

/** The one count marked as a whole in a paragraph (no 其中 part, no aside) that can hold f; undefined for none or two. */
function markedTotalOf(index: FigureIndex, paragraph: number, f: Figure): Figure | undefined {
  const counts: Figure[] = [];
  for (let k = f.id - 1; k >= 0 && paragraphOf(index, index.figures[k]) >= paragraph; k--) {
    const c = index.figures[k];
    // (Only in f's top-level section: the rule is read one section at a time.)
    if (paragraphOf(index, c) === paragraph && index.sentences[c.sentence].section === index.sentences[f.sentence].section && isExactCount(c) && sameUnitKind(c, f) && c.value >= f.value) counts.push(c);
  }
  return oneMarked(counts);
}

function oneMarked(counts: Figure[]): Figure | undefined {
  const marked = counts.filter((c) => c.totalCue && !c.subsetCue && !c.inParens);
  if (marked.length === 0 || marked.some((c) => c.value !== marked[0].value)) return undefined;
  // Any other count is its breakdown after it in its sentence — not a count taken in of its own ("共受理320件，新收300件").
  const total = marked[0];
  return counts.every((c) => c.value === total.value || (c.sentence === total.sentence && c.id > total.id && !namesIntake(c.before))) ? total : undefined;
}

/** The intake of the paragraph right before the one `f` opens, when it is the only count there but its own parts. */
function intakeOfParagraphBefore(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, f: Figure): Figure | undefined {
  const before = index.figures[f.id - 1];
  if (!before || paragraphOf(index, before) === paragraphOf(index, f)) return undefined;
  const intake = intakeBase(doc, index, ctx, f, 1) ?? markedTotalOf(index, paragraphOf(index, before), f);
  if (!intake || paragraphOf(index, intake) !== paragraphOf(index, before) || paragraphOf(index, f) !== paragraphOf(index, intake) + 1) return undefined;
  for (let k = intake.id + 1; k < f.id; k++) {
    const g = index.figures[k];
    if (!g.percent && sameUnitKind(g, f) && !g.subsetCue && !listedAfterSubset(index, g, intake)) return undefined;
  }
  return intake;
}

/** A later item of the 其中 list right after the intake ("其中，…360件、…270件"). */
function listedAfterSubset(index: FigureIndex, g: Figure, intake: Figure): boolean {
  for (let k = g.id - 1; k > intake.id; k--) if (index.figures[k].subsetCue) return index.figures[k].sentence === g.sentence;
  return false;
}

// Cases not yet closed: "正在办理59件", "协调办理中59件", "在办48宗".
const STILL_OPEN = /(?:办理中|处理中|正在办理|正在处理|在办|未办结|待办)\s*$/;
// Cases still open beside those closed, as courts state them too ("存案69346件", "未结案件78件").
const OPEN_BESIDE_CLOSED = new RegExp(`存案|结存|${PENDING.source}|${STILL_OPEN.source}`);

/** The 其中 有效… parts stated after the intake in its paragraph (or in its aside), in sentences before the numerator's. */
function validParts(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, intake: Figure, numerator: Figure): Figure[] {
  const stated = totalsBefore(doc, index, ctx, numerator).filter((f) => f.id > intake.id && paragraphOf(index, f) === paragraphOf(index, numerator));
  // An aside's first count only: the words before the others run back to its "（".
  const aside = asidesOf(index, intake).slice(0, 1).filter((f) => isExactCount(f) && sameUnitKind(f, intake));
  return [...aside, ...stated].filter((f) =>
    f.subsetCue && f.sentence < numerator.sentence && f.value < intake.value && VALID_PART.test(f.before));
}

// A count of what was due to be handled ("应办理工单2798件", "应办结300件"): the population of a closing rate.
const DUE_COUNT = /应(?:办理|办结|处理|答复|回复|受理)[\u4e00-\u9fff]{0,6}$/;

/**
 * "应办理工单2798件，…。按期办结2794件，按期办结率99.86%", "应出庭120件。负责人出庭118件，出庭率…": the one count due (`dueWords`:
 * 应办理…, or 应 + the rate's stem) stated in an earlier sentence of the paragraph.
 */
function dueBefore(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, numerator: Figure, dueWords = DUE_COUNT): Figure | undefined {
  const due = earlierCounts(doc, index, ctx, numerator).filter((f) => dueWords.test(f.before.trim()));
  return new Set(due.map((f) => f.value)).size === 1 ? due[due.length - 1] : undefined;
}

/**
 * "共受理行政复议案件12起，已全部审结。……维持7件……；直接纠错4件，纠错率33.3%": the rate of an outcome (纠错, 维持, 败诉…)
 * whose sentence states no count it could be over takes the closed cases of its paragraph (bases.ts's closedBase).
 */
function closedBefore(
  doc: ReportDocument, index: FigureIndex, ctx: RuleContext, overClosed: boolean, stem: string, prior: Figure[], numerators: Figure[],
): Figure | undefined {
  const numerator = numerators[numerators.length - 1];
  const own = prior.some((f) => f.id < numerator.id && !f.inParens && sameUnitKind(f, numerator) && f.value >= numerator.value && !siblingOutcome(stem, f));
  if (!overClosed || own) return undefined;
  // "审结行政诉讼案件95件。其中判决驳回…，判决撤销或确认违法6件，败诉率6.3%": a sentence opened by 其中 breaks down the
  // closed cases that close the sentence before it, whatever other closed counts the paragraph states.
  const k = numerator.sentence;
  const first = index.sentences[k].figures[0];
  const closed = first !== undefined && SUBSET_SENTENCE.test(doc.norm.slice(index.sentences[k].span.start, index.figures[first].span.start))
    ? closingTotal(doc, index, k) : undefined;
  if (closed && CLOSED_COUNT.test(closed.before) && sameUnitKind(closed, numerator) && closed.value >= numerator.value) return closed;
  return closedBase(doc, index, ctx, numerator);
}

// A count of cases closed (the population of an outcome's rate); a sentence opened by 其中.
const CLOSED_COUNT = /审结|办结|结案/;
const SUBSET_SENTENCE = /^\s*其中/;

/** An outcome beside the numerator's ("维持6件，直接纠错4件，纠错率40%"): a sibling part, not the population. */
function siblingOutcome(stem: string, f: Figure): boolean {
  return CASE_OUTCOME.test(stem) && CASE_OUTCOME.test(f.before);
}

/**
 * "审结260件。经审理，维持150件，……直接纠错45件，纠错率17.3%": a count of an earlier sentence of the paragraph that
 * gives the rate with a numerator is its population — not proof enough to accuse, but enough to keep silent.
 */
function explainedEarlier(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, rate: Figure, numerators: Figure[]): boolean {
  // The ratio's interval first (plain arithmetic): the exact judgement (decimal rounding) only for counts that come near.
  const near = (n: Figure, d: Figure) => {
    const ratio = percentInterval(amountOf(n), amountOf(d));
    return !!ratio && ratio.low - 1 <= rate.value && rate.value <= ratio.high + 1;
  };
  return numerators.some((n) => earlierCounts(doc, index, ctx, n).some((d) => near(n, d) && judge(rate, n, d, ctx.options.rounding)?.verdict === 'match'));
}

// How many figures after a rate in its sentence may be the count it was taken over.
const MAX_AFTER = 8;

/**
 * "受理200件……调解成功90件……调解成功率36%；办结250件…": a count of the numerator's kind later in the rate's sentence
 * that gives the rate exactly (90÷250) may be the population the writer meant — two bases fit, so keep silent. Only
 * for a numerator stated before the rate (after it, the counts that follow are its own).
 */
function explainedAfter(rate: Figure, numerators: Figure[], figures: Figure[], r: number, rounding: 'half-up' | 'lenient'): boolean {
  const end = Math.min(figures.length, r + 1 + MAX_AFTER);
  for (let k = r + 1; k < end; k++) {
    const d = figures[k];
    if (d.percent || !isExactCount(d)) continue;
    for (const n of numerators) {
      if (n.id < rate.id && d.value >= n.value && sameUnitKind(n, d) && judge(rate, n, d, rounding)?.verdict === 'match') return true;
    }
  }
  return false;
}

// A correction named alone in its words ("撤销5件", "其中确认违法3件"), not a correction of something else.
const notCorrecting = (outcomes: string) => new RegExp(`^\\s*(?:其中|依法|决定|予以)*(?:${outcomes})[\\u4e00-\\u9fff]{0,4}\\s*$`);
const NOT_CORRECTING_PART = notCorrecting(NON_CORRECTIVE.source);
const NOT_CORRECTING_OR_MEDIATED = notCorrecting(`${NON_CORRECTIVE.source}|调解|和解`);
const CORRECTION_PART = new RegExp(`^\\s*(?:其中|依法|决定|予以)*(?:${CORRECTION_OUTCOME.source})(?:原?(?:行政)?(?:行为|决定))?(?:的)?\\s*$`);

/**
 * "共办理行政复议案件80件，其中撤销5件，变更2件，确认违法3件，纠错率15%": the numerator of 纠错率 that no count names —
 * two or more corrections listed one after another right before the rate, as one count of their sum.
 */
function correctionsListed(prior: Figure[], stem: string, direct: boolean): Figure | undefined {
  if (stem !== CORRECTION) return undefined;
  const parts: Figure[] = [];
  // "…，撤销10件，确认违法6件，责令履行2件，终止8件，纠错率16.5%": outcomes that correct nothing may close the list — a
  // mediated end too ("调解结案9件") before 直接纠错率, the corrections decided (综合纠错率 may count the mediated ones).
  const closing = direct ? NOT_CORRECTING_OR_MEDIATED : NOT_CORRECTING_PART;
  let i = prior.length - 1;
  while (i >= 0 && !prior[i].inParens && isExactCount(prior[i]) && closing.test(prior[i].before)) i--;
  for (; i >= 0 && !prior[i].inParens && isExactCount(prior[i]) && CORRECTION_PART.test(prior[i].before); i--) parts.unshift(prior[i]);
  if (parts.length < 2 || parts.some((f) => !sameUnitKind(f, parts[0]))) return undefined;
  return summedFigure(parts, { start: parts[0].span.start, end: parts[parts.length - 1].span.end });
}

const CORRECTION = '纠错';
const DIRECT = /直接$/;
// 优良率: the 优秀 and the 良好 among what was graded.
const TOP_GRADES = '优良';
const TOP_GRADE_PARTS = [/^\s*(?:其中|评为|被评为)*优秀/, /^\s*(?:其中|评为|被评为)*良好/];

/** The one count of 优秀 and the one of 良好 listed before 优良率, as one count of their sum. */
function topGradesListed(prior: Figure[], stem: string): Figure | undefined {
  if (stem !== TOP_GRADES) return undefined;
  const parts = TOP_GRADE_PARTS.map((grade) => prior.filter((f) => !f.inParens && isExactCount(f) && grade.test(f.before)));
  if (parts.some((list) => list.length !== 1) || !sameUnitKind(parts[0][0], parts[1][0])) return undefined;
  const [best, good] = [parts[0][0], parts[1][0]];
  return summedFigure([best, good], { start: best.span.start, end: good.span.end });
}

interface Candidate {
  numerator: Figure;
  denominator: Figure;
  verdict: RoundingVerdict;
  exact: number;
}

function judge(rate: Figure, numerator: Figure, denominator: Figure, rounding: 'half-up' | 'lenient'): Candidate | undefined {
  const judged = ratioVerdict(rate, amountOf(numerator), amountOf(denominator), rounding);
  return judged && { numerator, denominator, ...judged };
}

type Amount = Pick<Figure, 'value' | 'halfUlp'>;

/** The rate against part ÷ whole, each within its rounding. */
function ratioVerdict(rate: Figure, part: Amount, whole: Amount, rounding: 'half-up' | 'lenient'): { verdict: RoundingVerdict; exact: number } | undefined {
  const ratio = percentInterval(part, whole);
  if (!ratio) return undefined;
  // Plain arithmetic first: rounding or truncating moves a rate by less than one unit, so a rate farther than that from
  // the interval needs no decimal judgement (the costly part when a long list is tried).
  if (rate.value < ratio.low - 1 || rate.value > ratio.high + 1) return { verdict: 'mismatch', exact: ratio.exact };
  let verdict = judgeRounding(rate.value, rate.decimals, ratio.low, ratio.high, rounding);
  // 100% means every case, 0% none: rounding cannot make 4706 of 4708 into 100%.
  const exactInputs = part.halfUlp === 0 && whole.halfUlp === 0;
  if (exactInputs && rate.value === 100 && part.value !== whole.value) verdict = 'mismatch';
  if (exactInputs && rate.value === 0 && part.value !== 0) verdict = 'mismatch';
  // Rounded inputs ("5.1万件÷5.2万件"): a rate only the truncation of some value within their rounding gives is no
  // proof of truncation, and the exact ratio is not the one to round (silent).
  if (!exactInputs && verdict === 'truncation' && judgeRounding(rate.value, rate.decimals, ratio.exact, ratio.exact, rounding) !== 'truncation') verdict = 'match';
  return { verdict, exact: ratio.exact };
}

// "完成年初预算数60999万元的", "为年预算60000万元的", "完成全年计划…的": the plan a value is a share of, written with the plan.
// The plan may be named at length: "完成区第十八届人大常委会第十九次会议批准收入调整预算37.5亿元的", "完成年初上报县人民代表大会预算
// 收入计划552200万元的".
const PLAN_LEAD = /^\s*(?:完成|为|达到?|是)[\u4e00-\u9fff]{0,30}?(预算|计划|目标任务|目标|任务)(?:调整)?(?:收入|支出)?(?:数|数额|额)?\s*$/;
const OF = /^\s*的\s*(?:达到|达|为)?\s*$/;
// The value completed: "收入完成62000万元", "一般公共预算支出1025.5亿元" — not an amount beside it ("超收2000万元").
// Or a value named by its measure: "地区生产总值635亿元，完成年计划710亿元的89.4%", "农林牧渔业总产值33亿元".
const COMPLETED = /(?:完成|实现|达到|达|为|收入|支出|投资|生产总值|增加值|产值|总额|销售额|营业额)\s*$/;

/**
 * "一般公共预算收入累计完成2236万元，完成年初预算数25200万元的8.9%": the share of its plan a value completes, when the plan
 * is written inside the clause and the value completed ends the clause before (not an amount beside it: "超收…", "比上年减收…").
 */
function checkPlanShare(doc: ReportDocument, ctx: RuleContext, figures: Figure[], r: number): Finding | undefined {
  const [value, plan, share] = [figures[r - 2], figures[r - 1], figures[r]];
  if (value && plan && SHARE_OF_PLAN.test(share.before)) return statedPlanShare(doc, ctx, figures, r);
  if (!value || !plan || plan.segment !== share.segment || value.segment !== plan.segment - 1 || !value.final || value.inParens) return undefined;
  if (!isExactCount(value) || !isExactCount(plan) || !sameUnitKind(value, plan) || !COMPLETED.test(value.before)) return undefined;
  const lead = PLAN_LEAD.exec(doc.text.slice(plan.span.start - plan.before.length, plan.span.start));
  if (!lead || !OF.test(doc.text.slice(plan.span.end, share.span.start))) return undefined;
  const candidate = judge(share, value, plan, ctx.options.rounding);
  return candidate && judged(doc, ctx, share, `完成${lead[1]}的比例`, [candidate], value, [], false);
}

// "占预算的108.6%", "为年初预算的100.1%": a share of the plan, which the sentence states before the value.
const SHARE_OF_PLAN = /^\s*(?:占|为|完成)(年初|全年|调整)?(?:后的)?(预算|计划)(?:数)?的\s*(?:达到|达|为)?\s*$/;
// An adjusted plan ("调整预算", "预算调整数").
const REVISED = /调整/;
// The plan so stated: "政府性基金收入预算为406500万元", "一般公共预算收入年初预算数为226400万元".
const PLAN_STATED = /(?:预算|计划)(?:数|数额|额)?(?:为|是)\s*$/;

/**
 * "2021年度政府性基金收入预算为406500万元，完成收入441521万元，占预算的108.6%": the share right after the value completed
 * (closing the clause before) of the one plan the sentence states before them, in their unit.
 */
function statedPlanShare(doc: ReportDocument, ctx: RuleContext, figures: Figure[], r: number): Finding | undefined {
  const [value, share] = [figures[r - 1], figures[r]];
  if (value.segment !== share.segment - 1 || !value.final || value.inParens || !isExactCount(value) || !COMPLETED.test(value.before)) return undefined;
  const named = SHARE_OF_PLAN.exec(share.before);
  // The plan as the share names it: "占调整预算的" is of an adjusted budget, not of the one passed first ("支出预算为…").
  const revised = named?.[1] === '调整';
  const plans = figures.slice(0, r - 1).filter((f) => !f.inParens && isExactCount(f) && sameUnitKind(f, value) && PLAN_STATED.test(f.before) &&
    REVISED.test(f.before) === revised);
  if (!named || plans.length !== 1) return undefined;
  const candidate = judge(share, value, plans[0], ctx.options.rounding);
  return candidate && judged(doc, ctx, share, `完成${named[2]}的比例`, [candidate], value, [], false);
}

// A count of tasks set ("双随机任务总数696家", "计划检查任务数120家"), the denominator of 完成率; or a plan ("计划1600家",
// "全年计划培训1600人") beside the count done ("实际培训1168人", "完成1168家"), in either order ("完成1168家（计划1600家）").
const TASKS_SET = /任务(?:总)?(?:数|量)(?:为|是|达)?\s*$/;
const PLANNED = /^\s*(?:全年|年度)?(?:计划|目标)(?:任务)?(?:为|是)?[\u4e00-\u9fff]{0,10}\s*$/;
const DONE_AGAINST_PLAN = /(?:实际|已)?完成[\u4e00-\u9fff]{0,4}\s*$|^\s*实际[\u4e00-\u9fff]{1,4}\s*$/;
const COMPLETION_RATE = /完成(?:率|比例)(?:为|达到?|是)?\s*$/;
// A rate named by the work done (创建率, 建成率, 整改率), its clause nothing but the name.
const WORK_RATE = /^\s*(?:[)）]?\s*[，,])?\s*([\u4e00-\u9fff]{2})率(?:为|达到?|是)?\s*$/;

/**
 * "双随机任务总数696家，除关闭、停产机构外全年共对670家各类机构开展双随机监督，任务完成率96.26%": a completion rate right
 * after the tasks set and one count of their unit done since, in one sentence: that count over the tasks. So with a plan
 * and the count done against it, either first: "全年计划培训1600人，实际培训1168人，完成率73%", "完成1168家（计划1600家），完成率73%".
 */
function checkTaskRate(doc: ReportDocument, ctx: RuleContext, figures: Figure[], r: number): Finding | undefined {
  const [first, second, rate] = [figures[r - 2], figures[r - 1], figures[r]];
  if (!first || !second || !rate.percent || first.percent || second.percent || first.change || second.change) return undefined;
  const planFirst = TASKS_SET.test(first.before) || (PLANNED.test(first.before) && DONE_AGAINST_PLAN.test(second.before));
  const planAfter = !planFirst && PLANNED.test(second.before) && DONE_AGAINST_PLAN.test(first.before);
  // "完成1168家（计划1600家），创建率73%": with the plan in an aside right after what was done, the rate right after names
  // the work by its own verb.
  const planAside = planAfter && second.inParens && second.parenOwner === first.id ? WORK_RATE.exec(rate.before) : null;
  if ((!planFirst && !planAfter) || (!COMPLETION_RATE.test(rate.before) && !planAside)) return undefined;
  const [tasks, done] = planFirst ? [first, second] : [second, first];
  // More done than set ("任务数为268件，…共办理…290件，完成率108%") only with a rate over 100% that says so.
  if (done.sentence !== rate.sentence || tasks.sentence !== rate.sentence || !isExactCount(tasks) || !isExactCount(done) || !sameUnitKind(tasks, done) ||
      (done.value > tasks.value && rate.value <= 100)) return undefined;
  const candidate = judge(rate, done, tasks, ctx.options.rounding);
  return candidate && judged(doc, ctx, rate, COMPLETION_RATE.test(rate.before) ? '完成率' : `${planAside![1]}率`, [candidate], done, [], false);
}

// Some of the whole already reached by the work ("已开展信用评价", "已安装在线监控并联网", "已检查1436家").
const DONE_PART = /^\s*(?:已|已经|均已|现已)(?:开展|完成|建立|建成|实现|安装|接入|纳入|签订|配备|覆盖|检查|排查|巡查|走访|核查)/;
// "全县共有行政村156个": all the places of an area, counted.
const PLACES_COUNTED = /(?:共有|现有)(?:行政村|村[(（]社区[)）]|村|社区|乡镇[(（]街道[)）]|乡镇|镇[(（]街道[)）]|镇|街道)\s*$/;

/**
 * A coverage rate right after all the places of an area and the facilities built in them ("全县共有行政村156个，已建成村级
 * 调解室150个，覆盖率…"). (A part picked out of a whole, "N项…中，M项…", is partitiveRate's.)
 */
function subsetBefore(figures: Figure[], r: number, stem: string, qualifier: string, rounding: RoundingPolicy): Candidate[] | undefined {
  const [whole, part, rate] = [figures[r - 2], figures[r - 1], figures[r]];
  if (!whole || !part || part.segment !== rate.segment - 1 || whole.segment !== part.segment - 1 || !part.lone || part.inParens) return undefined;
  if (!isExactCount(whole) || !isExactCount(part) || !sameUnitKind(whole, part) || whole.value < part.value) return undefined;
  // "经营业户1368户，已开展信用评价1245户，覆盖率…": a bare 覆盖率 right after a whole and the part already done, too.
  const covered = stem === COVERAGE && ((PLACES_COUNTED.test(whole.before) && FACILITY.test(part.before)) || (DONE_PART.test(part.before) && !whole.subsetCue && !whole.change));
  if (!covered || (qualifier && !carries(part.before, qualifier))) return undefined;
  const candidate = judge(rate, part, whole, rounding);
  return candidate && [candidate];
}

// An aside that states what the count before it is out of: the cases received, or what was due ("（应出庭45件次）").
const POPULATION_ASIDE = /^\s*(?:共|全年|累计)?(?:受理|收到|收案|新收|办理|应[\u4e00-\u9fff]{1,4})[\u4e00-\u9fff]{0,8}\s*$/;

/**
 * The counts a rate stated before any count of its sentence is over: those after it in the sentence up to the next percent
 * ("结案率为93.3%，全年共受理120件，审结112件"), or — when the rate ends its sentence — those that open the next sentence of
 * its paragraph, unless that sentence states a rate of the same stem itself. Undefined when there are none.
 */
function countsAhead(doc: ReportDocument, index: FigureIndex, k: number, figures: Figure[], r: number, stem: string): Figure[] | undefined {
  const rate = figures[r];
  // Up to the next percent — unless that is a rate of the same stem: then the counts are its own ("全市化解率为95%，排查
  // 500件，化解成功450件，化解率90%"). Not a part ("其中诉前调解500件") nor another year's counts ("2022年受理…").
  // Read in place from `from`, not from a copy of the rest: a sentence of thousands of rates stays linear.
  const counted = (list: Figure[], from: number) => {
    let stop = from;
    while (stop < list.length && !list[stop].percent) stop++;
    if (stop < list.length && ofStem(list[stop], stem)) return undefined;
    const counts = list.slice(from, Math.min(stop, from + MAX_LOOKBACK));
    // A 其中 list after the population is its breakdown ("审结150件，其中撤销18件…"); one that opens the counts is a part's.
    const usable = counts.some((f) => isExactCount(f) || isRoundedDownCount(f)) && !counts[0].subsetCue;
    return usable && counts.every((f) => sameYear(doc, index, rate, f)) ? counts : undefined;
  };
  // In its sentence, within its item: "直接办结率85.86%；受理省派工单2917件…" starts another.
  if (r < figures.length - 1) return ITEM_BREAK.test(doc.text.slice(rate.span.end, figures[r + 1].span.start)) ? undefined : counted(figures, r + 1);
  const sentence = index.sentences[k];
  const next = index.sentences[k + 1];
  if (!next || next.paragraph !== sentence.paragraph || next.docSentence !== sentence.docSentence + 1) return undefined;
  const following = next.figures.slice(0, MAX_LOOKBACK).map((id) => index.figures[id]);
  return following.some((f) => f.percent && ofStem(f, stem)) ? undefined : counted(following, 0);
}

/**
 * The counts of the sentence before a rate that opens its own and has none after it — those after that sentence's last
 * percent (not a change's) — when the two stand next to each other in one paragraph and the one before states no rate of the same stem.
 */
function countsBefore(doc: ReportDocument, index: FigureIndex, k: number, figures: Figure[], r: number, stem: string): Figure[] | undefined {
  const rate = figures[r];
  const sentence = index.sentences[k];
  const previous = index.sentences[k - 1];
  if (!previous || previous.paragraph !== sentence.paragraph || previous.docSentence !== sentence.docSentence - 1 || lastCountAt(figures) > r) return undefined;
  const list = previous.figures.slice(-MAX_LOOKBACK).map((id) => index.figures[id]);
  if (list.some((f) => f.percent && ofStem(f, stem))) return undefined;
  // (A change's percent, "同比下降9.72%", is about its count: no rate the counts before it belong to.)
  const last = list.map((f) => f.percent && !f.change && !CHANGE_WORDS.test(f.before)).lastIndexOf(true);
  const counts = list.slice(last + 1);
  return counts.some((f) => isExactCount(f) || isRoundedDownCount(f)) && counts.every((f) => sameYear(doc, index, f, rate)) ? counts : undefined;
}

// The last figure of a sentence that is no percent, change or amount of money ("结案率为90.8%，同比提高2个百分点",
// "办结率95.5%，挽回经济损失50万元": no count after the rate): found once per sentence, not per rate (a sentence of
// thousands of rates stays linear).
const lastCountAt = lastIndexOnce((f: Figure) => !f.percent && !f.change && f.unit !== '元');

/** A rate whose words hold the stem ("化解成功率" of 化解). */
function ofStem(f: Figure, stem: string): boolean {
  return !!rateWords(f)?.[1].includes(stem);
}

/**
 * "接听群众来电8947个，其中转办2274件，…；直办6673件，直办率74.58%": the calls (个) split into what was passed on and what was
 * handled directly (件) — the numerator and the other side of its pair add up exactly to the count in the other counter.
 */
function splitInOtherCounter(numerator: Figure, denominator: Figure, prior: Figure[]): boolean {
  if (!INTAKE_COUNTERS.includes(numerator.unit) || !INTAKE_COUNTERS.includes(denominator.unit) || denominator.id > numerator.id) return false;
  return prior.some((other) => other !== numerator && other.id > denominator.id && !other.percent && sameUnitKind(other, numerator) &&
    arePartitionPair(numerator.before.trim(), other.before.trim()) && Math.abs(other.value + numerator.value - denominator.value) <= other.halfUlp + numerator.halfUlp + denominator.halfUlp);
}

function checkStated(
  doc: ReportDocument, ctx: RuleContext, rate: Figure, { key, due, mayExceed }: { key: string; due: RegExp; mayExceed: boolean }, name: string, numerators: Figure[], prior: Figure[], earlierStems: string[],
  bound: boolean,
): Finding | undefined {
  const { rounding } = ctx.options;
  const candidates: Candidate[] = [];
  // 满意度 is not 满意: "满意度回访2000人次，满意1900人次" tells them apart; nor is a request for it ("公开申请") the thing done.
  // The key ends in the rate's stem (its last two characters).
  const carriesKey = stemPattern(`(?<!应)${key}(?!度|申请)`);
  // "行政调解受理795件，调处673件，…；信访案件94件，办结86件，办结率95.5%": a rate whose own clause (past the last ；) states a
  // base before its numerator, or that follows an intake and its outcome right after each other ("统一平台受理12470件，办结
  // 12100件，办结率97%"), is read against that base — a count of an earlier clause, with others listed between, may not
  // excuse it by a sum that happens to fit ((673+86)÷795).
  const pastClause = (f: Figure) => ITEM_BREAK.test(doc.norm.slice(f.span.end, rate.span.start));
  const ownBaseBefore = (numerator: Figure, denominator: Figure) => {
    if (pastClause(denominator) && !pastClause(numerator) && prior.some((d) => d.id < numerator.id && !pastClause(d) && !d.inParens && sameUnitKind(d, numerator) && d.value >= numerator.value)) return true;
    const intake = prior.find((d) => d.id === numerator.id - 1);
    return rate.id === numerator.id + 1 && !!intake && intake.id > denominator.id && intake.sentence === numerator.sentence && !intake.inParens &&
      sameUnitKind(intake, numerator) && intake.value >= numerator.value && namesIntake(intake.before);
  };
  for (const numerator of numerators) {
    for (const denominator of prior) {
      // What was due may follow the numerator ("出庭45件，应出庭50件").
      if (denominator === numerator || (denominator.id > numerator.id && !due.test(denominator.before) && denominator.parenOwner !== numerator.id)) continue;
      // An aside is a part of the count it follows ("（其中…）") — unless it states the population ("审结110件（受理120件）").
      if ((denominator.inParens && !POPULATION_ASIDE.test(denominator.before)) || (!sameUnitKind(numerator, denominator) && !splitInOtherCounter(numerator, denominator, prior))) continue;
      // "行政应诉案件114件，其中…应诉案件10件，出庭应诉率100%": a stem both carry tells neither apart, unless the
      // denominator is what was due ("应出庭40次，实际出庭38次") or what the rate is assessed over ("纳入解决率考核1774件").
      if (carriesKey.test(denominator.before) && !due.test(denominator.before) && !ASSESSED.test(denominator.before)) continue;
      if (siblingOutcome(key.slice(-2), denominator)) continue;
      // A count set as a task ("下达…任务数为268件") is the base of its completion only, not of what was done with the work.
      if (TASKS_SET.test(denominator.before) && !key.endsWith('完成')) continue;
      const [n, d] = [amountOf(numerator), amountOf(denominator)];
      // A rate stated above 100% ("人房关联率为101.88%") says its numerator is the larger.
      if (!mayExceed && rate.value <= 100 && d.value + d.halfUlp < n.value - n.halfUlp) continue;
      const c = judge(rate, numerator, denominator, rounding);
      if (!c) continue;
      candidates.push(c);
      if (c.verdict !== 'match' && !ownBaseBefore(numerator, denominator) && (explainedByListed(rate, numerator, denominator, prior, rounding) || explainedWithCountBeside(doc, ctx.figures(), numerator, denominator))) return undefined;
    }
  }
  return judged(doc, ctx, rate, name, candidates, numerators[numerators.length - 1], earlierStems, bound);
}

// How far before a rate an unread base is looked for (characters).
const MAX_UNREAD_REACH = 400;

/**
 * "共接投诉9272件，其中受理6323调解成功3668件，调解成功率58%": a number written without its measure word (no figure) before
 * the rate in its sentence that gives the rate with the numerator (3668÷6323) may be its base: no guess at another.
 */
function unreadBaseExplains(doc: ReportDocument, ctx: RuleContext, rate: Figure, numerator: Figure): boolean {
  const { span } = ctx.figures().sentences[rate.sentence];
  const numbers = ctx.numbers();
  // Within reach of the rate: a sentence of thousands of rates is not read from its start for each.
  const from = Math.max(span.start, rate.span.start - MAX_UNREAD_REACH);
  for (let k = firstIndexFrom(numbers, from, (n) => n.start); k < numbers.length && numbers[k].start < rate.span.start; k++) {
    const n = numbers[k];
    if (n.unit || n.percent || n.isYear || n.dateRole || n.ordinal || n.value < numerator.value || n.value === 0) continue;
    const exact = (numerator.value / n.value) * 100;
    if (judgeRounding(rate.value, rate.decimals, exact, exact, ctx.options.rounding) !== 'mismatch') return true;
  }
  return false;
}

/** The finding (or the note that the rate holds) for the numerator ÷ denominator candidates of a rate. */
function judged(
  doc: ReportDocument, ctx: RuleContext, rate: Figure, name: string, candidates: Candidate[], numerator: Figure, earlierStems: string[],
  bound: boolean,
): Finding | undefined {
  const rateText = figureText(doc, rate);
  // Within a "万余" count's range no truncation can be told from rounding.
  const held = candidates.find((c) => c.verdict === 'match' || (ranged(c) && c.verdict === 'truncation'));
  if (held) {
    ctx.noteHeld({
      code: CODE, spans: [rate.span, held.numerator.span, held.denominator.span],
      message: `${name}与分子分母相符：${arithmetic(doc, held)}，文中为${rateText}`,
    });
  }
  if (candidates.length === 0 || held) return undefined;
  if (unreadBaseExplains(doc, ctx, rate, numerator)) return undefined;
  if (bound) return candidates.some(ranged) ? undefined : aboveBound(doc, rate, name, candidates);
  const truncated = candidates.find((c) => c.verdict === 'truncation');
  if (truncated) {
    const rounded = show(truncated.exact, rate.decimals);
    const want = show(truncated.exact, decimalsFor(truncated, rate.decimals));
    const note = rounded === want ? '' : `；四舍五入得${rounded}%会被读作全部，宜多保留一位写作${want}%`;
    return report(CODE, {
      severity: 'warning',
      message: `${name}应四舍五入为${rounded}%：${arithmetic(doc, truncated)}，文中${rateText}是截尾而非四舍五入${note}`,
      span: rate.span,
      fixes: [rateFix(rate, truncated)],
      related: relatedOf(doc, truncated),
    });
  }
  // Nearest numerator, then the denominator that gives the nearest rate to the one written (a slip moves a rate a little;
  // another population moves it far: "返工单16件，返工率0.35%" is of the 6376 due, not of the 72 urgent ones right before),
  // then from the nearest back: one fix per plausible denominator.
  // The numerator of an earlier rate ("胜诉45件，胜诉率90%，败诉5件，败诉率12%") is a part, the last choice of population.
  const partOfEarlier = (f: Figure) => (earlierStems.some((s) => f.before.includes(s)) ? 1 : 0);
  const distance = (c: Candidate) => (rate.value > 0 && c.exact > 0 ? Math.abs(Math.log(c.exact / rate.value)) : Infinity);
  const farOff = (c: Candidate) => (distance(c) > Math.log(MAX_SLIP_FACTOR) ? 1 : 0);
  const mine = candidates
    .filter((c) => c.numerator === numerator)
    .sort((a, b) => partOfEarlier(a.denominator) - partOfEarlier(b.denominator) || farOff(a) - farOff(b) || b.denominator.id - a.denominator.id);
  const best = mine[0] ?? candidates[candidates.length - 1];
  if (ranged(best)) {
    // No one value to offer: the counts give only a range.
    return report(CODE, {
      message: `${name}超出所列约数能得出的范围：${arithmetic(doc, best)}，文中为${rateText}`,
      span: rate.span,
      fixes: [],
      related: relatedOf(doc, best),
    });
  }
  // Ten times off or more, the counts read are not the rate's: its base is one the text does not give here, no slip
  // ("返工单16件，返工率0.25%" after "紧急工单72件" is of the 6376 due; "犯罪率1.67%" after "脱管15人" of all 417).
  if (distance(best) > Math.log(MAX_BASE_FACTOR)) return undefined;
  const fixes = dedupeFixes((mine.length ? mine : [best]).slice(0, 3).map((c) => rateFix(rate, c)));
  return report(CODE, {
    // Like the fix: 4706÷4708 is 99.96%, not "100.0%" (which would read as all).
    message: `${name}与分子分母不符：${arithmetic(doc, best)}，应为${show(best.exact, decimalsFor(best, rate.decimals))}%，文中为${rateText}`,
    span: rate.span,
    fixes,
    related: relatedOf(doc, best),
  });
}

// A rate this many times off (or a fraction as much) is of another population rather than a slip; past the second, it
// is not judged at all.
const MAX_SLIP_FACTOR = 3;
const MAX_BASE_FACTOR = 10;

/**
 * "批准和决定逮捕12.5万人；不捕11.5万人，不捕率48.5%": the refusals' base is the approved ones and the refusals, the approved
 * being some of the count stated with those decided — so the rate is at least refusals ÷ (refusals + that count); only a
 * rate below that floor (within the counts' rounding) is reported, with no one value to offer.
 */
function belowFloor(doc: ReportDocument, rate: Figure, name: string, refusal: Figure, decided: Figure): Finding | undefined {
  const refused = refusal.value - refusal.halfUlp;
  const floor = (refused / (refused + decided.value + decided.halfUlp)) * 100;
  if (rate.approx || rate.value + 0.5 * 10 ** -rate.decimals >= floor) return undefined;
  const exact = (refusal.value / (refusal.value + decided.value)) * 100;
  const written = (f: Figure) => figureText(doc, f);
  return report(CODE, {
    message: `${name}低于按所列数字算得的下限：${written(refusal)}÷(${written(refusal)}+${written(decided)})=${show(exact, rate.decimals + 2)}%，文中为${written(rate)}` +
      `（“批准和决定逮捕”含自行决定逮捕的人数，${name}的分母只会更小，比率只会更高）`,
    span: rate.span,
    fixes: [],
    related: [{ span: refusal.span, message: `分子：${written(refusal)}` }, { span: decided.span, message: `批准和决定逮捕：${written(decided)}` }],
  });
}

/**
 * "新收840件，审结700件，结案率为83.6%": the base of 结案率 is the intake plus the cases carried over, so the rate is at most
 * 审结 ÷ 新收 (83.3%); only a rate above that bound for every stated intake is reported, with the bound as the fix.
 */
function aboveBound(doc: ReportDocument, rate: Figure, name: string, candidates: Candidate[]): Finding | undefined {
  if (candidates.some((c) => c.verdict !== 'mismatch' || rate.value < c.exact)) return undefined;
  const highest = candidates.reduce((a, b) => (b.exact > a.exact ? b : a));
  return report(CODE, {
    message: `${name}高于按所列数字算得的上限：${arithmetic(doc, highest)}，文中为${figureText(doc, rate)}（${name}的分母是收案数加旧存案件，不小于所列收案数，比率只会更低）`,
    span: rate.span,
    fixes: [{ ...rateFix(rate, highest), title: `将比率改为${numeralFor(rate, highest.exact, decimalsFor(highest, rate.decimals))}%（${show(highest.numerator.value, highest.numerator.decimals)}÷${show(highest.denominator.value, highest.denominator.decimals)}，未计旧存案件）` }],
    related: relatedOf(doc, highest),
  });
}

/**
 * Whether the rate follows once the counts listed after the denominator are taken into account: the population without
 * some of them (withdrawn, pending or otherwise closed cases: "审结27件，胜诉24件，撤诉3件，胜诉率100%" is 24÷24), or the
 * numerator with some of them (several grades or outcomes together: "优秀86卷、良好150卷、合格74卷，合格率96.9%").
 */
/**
 * "共抽查主要大街484条，重点点位444处，发现问题48处…，问题率为5.2%": the rate may be over the denominator and the count of other
 * things checked right beside it (48÷(484+444)=5.2%): which one it is over is not told, so no finding of 48÷444 is sure. An
 * average beside ("日均230个，形成有效工单11171件") counts nothing checked.
 */
function explainedWithCountBeside(doc: ReportDocument, index: FigureIndex, numerator: Figure, denominator: Figure): boolean {
  const beside = index.figures[denominator.id - 1];
  // The denominator's words go on from the count's verb (a noun alone: "，重点点位"), no verb of its own ("，受理纠纷657件").
  return !!beside && beside.sentence === denominator.sentence && beside !== numerator && isExactCount(beside) && !sameUnitKind(beside, denominator) &&
    COUNTS_BESIDE.test(doc.norm.slice(beside.span.end, denominator.span.start)) && !verbOf(denominator.before) && !ACTIVITY.test(denominator.before) &&
    !AVERAGE_BEFORE.test(beside.before);
}
const ACTIVITY = new RegExp(alternatives([...ACTIVITY_VERBS, '调解', '办理', '处理', '发现']));
// Between two counts stated side by side: a join and the second one's words, no other number, no sentence or list break —
// nor 其中, which makes the second a part of the first ("接听来电8947个，其中转办2274件").
const COUNTS_BESIDE = /^\s*[，,、和及与]\s*(?!其中)[^，,。；;0-9]{0,10}$/;

function explainedByListed(rate: Figure, numerator: Figure, denominator: Figure, prior: Figure[], rounding: 'half-up' | 'lenient'): boolean {
  // "直接纠错374件，其中确认违法70件，撤销209件，…，直接纠错率为20%": the numerator's own 其中 list is in it already.
  const own = ownSubsetList(numerator, prior);
  const listed = prior
    .filter((f) => f.id > denominator.id && f !== numerator && !summandsOf(numerator)?.includes(f) && !own.includes(f) && sameUnitKind(f, denominator))
    .slice(-MAX_LEFT_OUT);
  const holds = (part: Amount, whole: Amount) => ratioVerdict(rate, part, whole, rounding)?.verdict !== 'mismatch';
  const [n, d] = [amountOf(numerator), amountOf(denominator)];
  // Read once, not once per subset.
  const amounts = listed.map(amountOf);
  // An aside ("（其中…）") is a part of a count already listed: never added to the numerator.
  const asides = listed.map((f) => f.inParens);
  // A correction (撤销, 确认违法, 责令履行…) was decided on the merits: never left out of the population.
  const corrections = listed.map((f) => CORRECTION_PART.test(f.before));
  for (let mask = 1; mask < 1 << listed.length; mask++) {
    let value = 0;
    let halfUlp = 0;
    let aside = false;
    let corrected = false;
    for (let k = 0; k < listed.length; k++) {
      if (!(mask & (1 << k))) continue;
      value += amounts[k].value;
      halfUlp += amounts[k].halfUlp;
      aside ||= asides[k];
      corrected ||= corrections[k];
    }
    const without = d.value - value;
    if (!corrected && without >= n.value && without > 0 && holds(n, { value: without, halfUlp: d.halfUlp + halfUlp })) return true;
    const within = n.value + value;
    if (!aside && within <= d.value + d.halfUlp && holds({ value: within, halfUlp: n.halfUlp + halfUlp }, d)) return true;
  }
  return false;
}

/** The counts of the 其中 list right after f in its sentence (opened by 其中, in f's measure), when they add up to f exactly. */
function ownSubsetList(f: Figure, prior: Figure[]): Figure[] {
  const after = prior.filter((g) => g.id > f.id && g.sentence === f.sentence && !g.percent);
  if (!after[0]?.subsetCue) return [];
  const list: Figure[] = [];
  let sum = 0;
  for (const g of after) {
    if (!sameUnitKind(g, f) || (list.length > 0 && g.subsetCue) || sum + g.value > f.value + f.halfUlp + g.halfUlp) break;
    list.push(g);
    sum += g.value;
  }
  return list.length >= 2 && Math.abs(sum - f.value) <= f.halfUlp + list.reduce((t, g) => t + g.halfUlp, 0) ? list : [];
}

/** A candidate of a "万余" count: its ratio is a range. */
function ranged(c: Candidate): boolean {
  return isRoundedDownCount(c.numerator) || isRoundedDownCount(c.denominator);
}

function arithmetic(doc: ReportDocument, c: Candidate): string {
  if (ranged(c)) {
    const ratio = percentInterval(amountOf(c.numerator), amountOf(c.denominator));
    if (ratio) return `${countText(doc, c.numerator)}÷${countText(doc, c.denominator)}在${show(ratio.low, 1)}%～${show(ratio.high, 1)}%之间`;
  }
  return `${countText(doc, c.numerator)}÷${countText(doc, c.denominator)}=${show(c.exact, 3)}%`;
}

function relatedOf(doc: ReportDocument, c: Candidate) {
  return [
    ...(summandsOf(c.numerator) ?? [c.numerator]).map((f) => ({ span: f.span, message: `分子：${figureLabel(doc, f)}` })),
    ...(summandsOf(c.denominator) ?? [c.denominator]).map((f) => ({ span: f.span, message: `分母：${figureLabel(doc, f)}` })),
  ];
}

/** The stated decimals, or more when rounding would turn "not all" into 100% (or "some" into 0%). */
function decimalsFor(c: Candidate, decimals: number): number {
  let d = decimals;
  const all = c.numerator.value === c.denominator.value;
  const none = c.numerator.value === 0;
  while (d < 4 && ((!all && Number(show(c.exact, d)) === 100) || (!none && Number(show(c.exact, d)) <= 0))) d++;
  return d;
}

function rateFix(rate: Figure, c: Candidate): Fix {
  const value = numeralFor(rate, c.exact, decimalsFor(c, rate.decimals));
  return {
    kind: 'choice',
    title: `将比率改为${value}%（${show(c.numerator.value, c.numerator.decimals)}÷${show(c.denominator.value, c.denominator.decimals)}）`,
    edits: [{ span: rate.numeralSpan, newText: value }],
  };
}

function dedupeFixes(fixes: Fix[]): Fix[] {
  const seen = new Set<string>();
  return fixes.filter((f) => {
    const key = f.edits.map((e) => e.newText).join();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Points a quantity is measured at, again and again: the words right before the count or right after it.
const MONITORING_POINTS = /(?:点位|监测点|测点|监测站|站点)\||\|(?:噪声|水质|空气)?(?:点位|监测点|测点|监测站)/;

/**
 * No numerator stated: the rate must at least be reachable as k/n for one of the counts before it ("胜诉率95%" of
 * 18 cases cannot be: 17/18 = 94.4%, 18/18 = 100%). Only when the rate names no other population than those counts.
 */
function checkReachable(
  doc: ReportDocument, rate: Figure, words: string, stem: string, qualifier: string, prior: Figure[], rounding: 'half-up' | 'lenient',
): Finding | undefined {
  // A count in an earlier ；-item counts that item's things: "8个水源地水质达标率保持100%；PM2.5平均浓度为30微克/立方米，
  // AQI优良率为88.8%" is not a rate over the 8 水源地.
  // A count with a percent of its own before the rate ("二维码3条，占比0.01%，整体好评率99.95%") is a listed part with its
  // share, not the rate's population; a share word (占比率) is a part over a whole, never k of the count before it.
  if (words.includes('占')) return undefined;
  const item = prior.filter((f) => !ITEM_BREAK.test(doc.text.slice(f.span.end, rate.span.start)) && !doc.text.slice(f.span.end, rate.span.start).includes('占'));
  // Meetings held or trainings run ("召开24次常务会议") are no population a rate's k of n is drawn from; nor are
  // monitoring points, each read many times ("噪声监控点位4个，达标率71.9%": of the readings).
  const counts = item.filter(
    (f) => !f.inParens && f.number.multiplier === 1 && f.decimals === 0 && f.value >= 1 && f.value <= MAX_SMALL_DENOMINATOR && !OCCURRENCE_UNITS.includes(f.unit) &&
      !MONITORING_POINTS.test(`${f.before.trim()}|${f.after}`),
  );
  if (counts.length === 0 || counts.length !== item.length || counts.length > 3) return undefined;
  if (rate.value > 100) return undefined;
  // "发生脱漏管15人，脱管率为3.6%": a count whose words spell the rate's verb with a character between is its numerator, of a
  // population not stated here.
  if (counts.some((f) => inOrderWithin(stem, f.before) && !f.before.includes(stem))) return undefined;
  // "全镇13个村…覆盖率达90%": a coverage rate over all the places counted is k of exactly those places; the other counts
  // are numerators. Only when what is covered is the places themselves, not people or households in them.
  const whole = stem === COVERAGE ? counts.find((f) => WHOLE.test(f.before) && PLACES.test(f.after) && coversPlaces(doc, f, rate, counts)) : undefined;
  // "全区12个镇街、156个村（社区）均已建立…，覆盖率…": places of two levels counted, two bases fit.
  if (whole && counts.some((f) => f !== whole && PLACES.test(f.after) && f.unit === whole.unit && f.value !== whole.value)) return undefined;
  if (whole) {
    if (qualifier && !carries(whole.before + whole.after, qualifier)) return undefined;
  } else if (stem === COVERAGE) {
    // Coverage of what, if not of the places counted? Villagers, households, area: nothing to check against.
    return undefined;
  } else if (qualifier && (!counts.some((f) => carries(f.before, qualifier)) || counts.some((f) => f.before.includes(`${qualifier}后`)))) {
    // "经复议后又进入诉讼的案件18件，复议应诉率为26.4%": what followed the qualifier's step is the numerator, of a population
    // the text does not state.
    return undefined;
  }
  // "全年共抽查执法案卷23卷，合格率95%": a sample's result grades every item drawn, so it is k of exactly them.
  const drawn = !whole && SAMPLING_RESULT.test(stem) && counts.length === 1 && DRAWN.test(counts[0].before) && DRAWN_UNITS.test(counts[0].unit) ? counts[0] : undefined;
  const exact = whole ?? drawn;
  const neighbours = (exact ? [exact] : counts).map((n) => ({ n, near: reachableNear(rate, n.value, rounding, !!exact) }));
  if (neighbours.some((x) => x.near.reachable)) return undefined;
  // Named against the largest count: the others may be parts or the unstated numerator ("受理34件，化解19件，调解成功率…").
  const { n, near } = neighbours.reduce((a, b) => (b.n.value > a.n.value ? b : a));
  const rateText = figureText(doc, rate);
  const options = near.options.map((o) => `${o.k}/${n.value}=${show((o.k / n.value) * 100, Math.max(1, rate.decimals))}%`).join('，');
  const note = whole ? `（覆盖率的分母是全部${figureText(doc, n)}${placeOf(n)}）` : drawn ? `（${stem}率的分母是抽取的全部${figureText(doc, n)}）` : '';
  return report(CODE, {
    message: `${rateText}无法由${figureText(doc, n)}得出：k/${n.value}中最接近的是${options}${note}`,
    span: rate.span,
    fixes: near.options.map((o) => {
      const value = show((o.k / n.value) * 100, rate.decimals);
      return { kind: 'choice', title: `将比率改为${value}%（${o.k}/${n.value}）`, edits: [{ span: rate.numeralSpan, newText: value }] };
    }),
    related: [{ span: n.span, message: `可能的分母：${figureLabel(doc, n)}` }],
  });
}

// Items drawn for a sample or a review ("抽查执法案卷", "抽检食品", "评查案卷"), each graded — not inspections of firms or
// sites (检查, 监测), whose results may count other things; counted by the item itself.
const DRAWN = new RegExp(alternatives(DRAWING_WORDS));
const DRAWN_UNITS = /^(?:卷|宗|份|批次|批|件)$/;

const COVERAGE = '覆盖';
// A count of all the places of an area ("全镇13个村", "全市所有12个乡镇"): nothing is left out of a coverage rate over it.
const WHOLE = /(全|所有|全部)[省市区县镇乡]?(?:共有|现有|共)?\s*$/;
// What a place has or has not, counted by place: a facility or body of its own, or its own legal adviser (村居法律顾问).
const FACILITY = /站|室|中心|阵地|窗口|服务点|工作点|委员会|调委会|法律顾问/;

/**
 * The coverage rate counts the places themselves: a count of the places covered follows (same measure word: "建立…站11个"),
 * or each place gets a facility of its own ("全部建成法律服务室") — not "配备法律明白人", whose coverage may count villagers.
 */
function coversPlaces(doc: ReportDocument, places: Figure, rate: Figure, counts: Figure[]): boolean {
  return counts.some((f) => f !== places && sameUnitKind(f, places)) || FACILITY.test(doc.text.slice(places.span.end, rate.span.start));
}
const PLACES = /^(行政村|村[(（]社区[)）]|村|社区|乡镇[(（]街道[)）]|乡镇|镇[(（]街道[)）]|镇|街道|部门|单位|学校)/;

function placeOf(f: Figure): string {
  return PLACES.exec(f.after)?.[1] ?? '';
}

// "行政案件调撤率" names the population "一审行政诉讼案件": its words in order, with a short word put in between.
const MAX_INSERTED = 2;

// What joins two channels named together ("调解仲裁机构", "调解和仲裁").
const JOINED = '[和与及、]?';

/** The first words of the rates beside it ("调解" of 调解成功率), each once. */
function otherRateLeads(figures: Figure[], r: number): string[] {
  return [...new Set(ratesBeside(figures, r).filter((words) => words.length > 2).map((words) => words.slice(0, 2)))];
}

/**
 * Whether the words name the qualifier as their population on its own: "调解仲裁机构受理争议500件，审结480件，调解成功率
 * 60%，仲裁结案率90%" counts both channels, each with a rate of its own, so 仲裁 names a part the text does not count.
 * `otherLeads` is asked only when the words carry the qualifier.
 */
function namesAlone(words: string, qualifier: string, otherLeads: () => string[]): boolean {
  if (!carries(words, qualifier)) return false;
  return !otherLeads().some((lead) => !qualifier.includes(lead) && stemPattern(`${lead}${JOINED}${qualifier}|${qualifier}${JOINED}${lead}`).test(words));
}

/** Whether words hold the qualifier's characters in order, spread over at most MAX_INSERTED extra characters. */
function carries(words: string, qualifier: string): boolean {
  for (let start = words.indexOf(qualifier[0]); start >= 0; start = words.indexOf(qualifier[0], start + 1)) {
    let at = start;
    let k = 1;
    for (; k < qualifier.length; k++) {
      at = words.indexOf(qualifier[k], at + 1);
      if (at < 0 || at - start + 1 - (k + 1) > MAX_INSERTED) break;
    }
    if (k === qualifier.length) return true;
  }
  return false;
}

/**
 * Whether some k/m with m ≤ n gives the rate: the population may be smaller than the stated count (withdrawn or
 * pending cases are not judged: "应诉20件…胜诉率94%" can be 16/17) — unless it is exactly n. Options are offered for n.
 */
function reachableNear(rate: Figure, n: number, rounding: 'half-up' | 'lenient', exact: boolean): { reachable: boolean; options: { k: number }[] } {
  for (let m = n; m >= (exact ? n : 1); m--) {
    const k0 = Math.floor((rate.value * m) / 100);
    for (let k = Math.max(0, k0 - 1); k <= Math.min(m, k0 + 2); k++) {
      const v = (k / m) * 100;
      if (judgeRounding(rate.value, rate.decimals, v, v, rounding) !== 'mismatch') return { reachable: true, options: [] };
    }
  }
  const k0 = Math.floor((rate.value * n) / 100);
  const options = [k0, k0 + 1].filter((k) => k >= 0 && k <= n).map((k) => ({ k }));
  return { reachable: false, options };
}
