// The figure engine: every quantity a report states (value, unit, approximation, the metric it counts) with its
// sentence, clause and list position, so the figure rules can relate totals, parts, rates and shares.
// One extraction per document, shared by every figure rule through `ctx.figures()` (analyses.ts).
import { alternatives, AMOUNT_CHANGE_WORDS, CHANGE_DOWN, CHANGE_UP, COMPARISON_WORDS, LAST_YEAR, MORE_OR_FEWER, PRIOR_PERIOD, REMAINDER_WORDS, SCOPE_WORDS, TOTAL_CUE, TOTAL_WORDS } from './lexicon';
import { findNumbers, formatFixed, groupThousands, measureWordAt, roundHalfUp, truncate, type ParsedNumber } from './numbers';
import type { RoundingPolicy } from './rule';
import type { Segmenter } from './segmenter';
import { charCodes, foldDigits, holdsAny, trimEndOf, WHITE_SPACE_CHARS } from './text';
import { groupBy } from './collections';
import type { ReportDocument, Span } from './types';

export interface Figure {
  /** Index in FigureIndex.figures (document order). */
  id: number;
  number: ParsedNumber;
  /** Value with 万/亿 applied (3.7亿元 → 370000000). A percent keeps its written value (99.51% → 99.51). */
  value: number;
  /** Digits after the decimal point as written. */
  decimals: number;
  /** Measure word as written ('件', '元' for 万元/亿元, '个百分点'); '%' for a percent. Bare numbers are not figures. */
  unit: string;
  percent: boolean;
  /** Marked 约/余/多/近/超/以上/左右…: excluded from exact arithmetic. */
  approx: boolean;
  /** The figure as a reader sees it, approximation marker and unit included ("411家", "99.51%", "250余项"). */
  span: Span;
  /** The digits a fix replaces (without 万/亿, %, unit). */
  numeralSpan: Span;
  /**
   * Half a unit of the last written digit, in value units: the rounding the writer may have applied
   * (3.7亿 → 0.05亿 = 5e6; 99.51% → 0.005; 411家 → 0).
   */
  halfUlp: number;
  sentence: number;
  clause: number;
  segment: number;
  /** Inside (…) / （…）: an aside such as "(其中上年结转16件)". */
  inParens: boolean;
  /** For an aside directly after a figure ("79件(其中…16件)"): that figure's id. */
  parenOwner?: number;
  /** The only figure (outside asides) in its segment. */
  lone: boolean;
  /** Nothing but asides, quotes and spaces after the figure in its segment: "保留204件" yes, "建成22家工作室" no. */
  final: boolean;
  /** Segment text before the figure ("其中乡镇(街道)调委会"), and after it ("品牌调解工作室"). */
  before: string;
  after: string;
  /** The noun phrase the figure counts ("行政复议申请", "镇(街道)"): after the measure word when the figure is
   * not final, else before the number with cue words (其中, 全市, 共, 今年…) stripped. May be ''. */
  metric: string;
  metricSpan: Span;
  /** Segment starts with 其中 (or the aside does): a subset of an earlier total. */
  subsetCue: boolean;
  /** 共/合计/总计/累计 before the figure in its segment (TOTAL_CUE). */
  totalCue: boolean;
  /** Its words before it state a change of the figure before it ("同比增长9%", "较上年增加12件"): statesChange. */
  change: boolean;
}

/** A sentence split at ，；：(and 、 for segments); asides in parentheses do not split. */
export interface FigureSentence {
  span: Span;
  /** Index in doc.sentences. */
  docSentence: number;
  /**
   * The paragraph, as the block it starts in — or the paragraph of the sentence before when that one runs on into this
   * sentence's block (a hard-wrapped plain-text file has a block per line, a paragraph over many).
   */
  paragraph: number;
  /** The top-level section it stands in (index in doc.sections), -1 before the first heading or without headings. */
  section: number;
  figures: number[];
  /** Its figures outside asides, in order: read by every rule, per figure too — shared and frozen (copy to change). */
  main: readonly Figure[];
  segments: FigureSegment[];
  /**
   * The first match of each fixed pattern in its text, kept as rules ask (matchInSentenceBefore): on the sentence, not in
   * a WeakMap keyed by every sentence of every check.
   */
  firstMatches?: Map<RegExp, RegExpExecArray | null>;
  /**
   * What rules read of the sentence's own text, kept with it by a key of their own: shared by the copies of a sentence
   * whose block unit is unchanged (block-readings.ts), so it is read once while the unit cache keeps the unit. Only
   * plain data of the text's reading belongs here, never an offset into the report or a reference to the document.
   */
  readings?: Map<object, unknown>;
}

export interface FigureSegment {
  span: Span;
  /** Clause = stretch between ，；： — a clause holds one or more 、-separated segments. */
  clause: number;
  /** Figures of this segment, asides excluded. */
  figures: number[];
}

export interface FigureIndex {
  figures: Figure[];
  sentences: FigureSentence[];
  /** Figure id → the ids of the figures in the aside right after it (their parenOwner). */
  asides: Map<number, number[]>;
}

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary

/** Counted units that may stand for one another in a relation ("调处12297起，成功调处12217件"). */
const UNIT_FAMILIES: readonly (readonly string[])[] = [
  // 件次 (宗次) counts items as 件 does, a repeated one again ("信访总量143件次…来访95件").
  ['件', '起', '宗', '例', '单', '件次', '宗次'],
  ['人', '名', '位'],
  ['个', '家', '所'],
  // 条次 counts items published as 条 does, one posted twice twice ("公开信息3862条次。其中门户网站公开818条").
  ['条', '条次'],
];
// Each unit's family in UNIT_FAMILIES (a lookup per pair compared).
const FAMILY_OF_UNIT = new Map(UNIT_FAMILIES.flatMap((family) => family.map((unit) => [unit, family] as const)));

/** A counter of items, as 件 is ("起", "宗", "件次"). */
export function countsItems(unit: string): boolean {
  return FAMILY_OF_UNIT.get(unit) === UNIT_FAMILIES[0];
}

/** Whether two figures count the same kind of thing (same unit, or units of one family). */
export function sameUnitKind(a: Figure, b: Figure): boolean {
  if (a.percent || b.percent) return a.percent === b.percent;
  if (!a.unit || !b.unit) return false;
  if (a.unit === b.unit) return true;
  const family = FAMILY_OF_UNIT.get(a.unit);
  return family !== undefined && family === FAMILY_OF_UNIT.get(b.unit);
}

/**
 * Units that measure a quantity (money, area, weight, length) rather than count things: stated beside a count
 * ("违法用地137宗，面积5811.47亩", "案件120件，罚没款300万元"), such a figure is about the item counted.
 */
const MEASURE_UNITS = new Set(['元', '角', '亩', '平方米', '平方公里', '平方千米', '立方米', '千瓦时', '千瓦', '公顷', '吨', '千克', '公斤', '克', '公里', '千米', '米']);

export function isMeasureUnit(unit: string): boolean {
  return MEASURE_UNITS.has(unit);
}

// Counters one list may mix for the same things ("市政府文件60个，部门文件30件", "收到15份申请。其中，予以公开6件").
export const INTERCHANGEABLE_COUNTERS: readonly string[] = ['个', '件', '项', '份'];
/**
 * Counters of what a hotline or office takes in, which one list of channels mixes ("接听电话…个", "微信留言…条", "来信…件",
 * "来访…人次"): under one named population ("占全部诉求的") they count the same things.
 */
export const INTAKE_COUNTERS: readonly string[] = [...INTERCHANGEABLE_COUNTERS, '条', '次', '人次', '封', '单'];

/** Same unit kind, or counters such as 个/件/项 on figures whose metrics end in the same noun of two characters or more. */
export function sameCountKind(a: Figure, b: Figure): boolean {
  if (sameUnitKind(a, b)) return true;
  if (!INTERCHANGEABLE_COUNTERS.includes(a.unit) || !INTERCHANGEABLE_COUNTERS.includes(b.unit)) return false;
  return commonSuffix([a.metric, b.metric]).length >= 2;
}

/** The longest opening two words share. */
export function commonPrefix(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return a.slice(0, n);
}

/** The longest ending all the words share. */
export function commonSuffix(words: string[]): string {
  if (words.length === 0) return '';
  let n = Math.min(...words.map((w) => w.length));
  const first = words[0];
  for (let k = 1; k <= n; k++) {
    const c = first[first.length - k];
    if (words.some((w) => w[w.length - k] !== c)) {
      n = k - 1;
      break;
    }
  }
  return n > 0 ? first.slice(first.length - n) : '';
}

/** A figure usable in exact arithmetic: stated exactly, counted (not a percent), outside dates. */
export function isExactCount(f: Figure): boolean {
  return !f.approx && !f.percent && f.unit !== '' && f.unit !== '个百分点' && f.unit !== '百分点';
}

/**
 * A count in 万 or 亿 rounded down and marked so ("5.6万余件", "3万多人"): at least the stated value, less than one more
 * unit of its last digit — a range rates can be judged within.
 */
export function isRoundedDownCount(f: Figure): boolean {
  return f.approx && !f.percent && (f.number.multiplier > 1 || roundTens(f) > 1) && f.unit !== '' && f.unit !== '个百分点' && f.unit !== '百分点' &&
    f.number.approx.length > 0 && f.number.approx.every((a) => a === '余' || a === '多');
}

/** The place a whole number ends its digits at: 10 for "120余" (120 to 130), 100 for "1200多"; 1 for any other. */
function roundTens(f: Figure): number {
  if (f.decimals > 0 || f.number.multiplier > 1 || !Number.isInteger(f.value) || f.value === 0) return 1;
  let unit = 1;
  while ((f.value / unit) % 10 === 0) unit *= 10;
  return unit;
}

/** A count as a value and the half-width of what it may be: its rounding, or the range a "万余" or "120余" count spans. */
export function amountOf(f: Figure): { value: number; halfUlp: number } {
  if (!isRoundedDownCount(f)) return { value: f.value, halfUlp: f.halfUlp };
  const unit = f.number.multiplier > 1 ? 10 ** -f.decimals * f.number.multiplier : roundTens(f);
  return { value: f.value + unit / 2, halfUlp: unit / 2 };
}

// Units that never make a figure: time spans and dates ("3年", "5月", "30日内"), document numbers ("15号").
const NON_FIGURE_UNITS = new Set(['号', '年', '月', '日', '周年', '年度', '月份', '季度', '岁', '周岁', '周', '天', '小时', '分钟', '秒', '级', '星']);

// Political fixed expressions that read like counts ("三项制度", "两个维护").
const FIXED_EXPRESSIONS = [
  '三项制度', '两个维护', '四个意识', '四个自信', '两个确立', '两个责任', '四个全面', '三个规定', '两个先行',
  '两个率先', '两个毫不动摇', '三个代表', '两个一百年', '三个务必', '一个中心', '两个基本点', '三件实事',
];

// Their first characters: a numeral starting otherwise is compared with none of them.
const FIXED_EXPRESSION_STARTS = charCodes(FIXED_EXPRESSIONS.map((w) => w[0]).join(''));

const CUE_PREFIXES = [
  '共有', '现有', '其中', ...SCOPE_WORDS, '同期', '目前', '现已', '已经', ...TOTAL_WORDS, '依法', '已', '均', '全部',
];

// The cues by their first character, in CUE_PREFIXES order: the words before a figure are compared with those alone.
const CUES_BY_START = groupBy(CUE_PREFIXES, (cue) => cue[0]);

// Verbs that end a metric read after the measure word ("镇(街道)配备专职调解员" → "镇(街道)").
const METRIC_STOPS = ['配备', '开展', '进行', '实现', '完成', '参加', '参与', '建立', '覆盖', '组织', '办理', '分别', '均', '全部', '共', '都', '已'];
const METRIC_STOP_STARTS = charCodes(METRIC_STOPS.map((w) => w[0]).join(''));
// A metric read after the measure word starts with a Han character or an aside; it ends before sentence-end marks and
// space, and one read before the number before the link to it (达, 为 …) and space.
const METRIC_AFTER = /^[\u4e00-\u9fff(（]/;
const AFTER_METRIC = charCodes(`。！？!?”’"'」』》${WHITE_SPACE_CHARS}`);
const METRIC_LINK = charCodes(`达为是有${WHITE_SPACE_CHARS}`);

export const MAX_METRIC = 12;

// Outcomes of cases and of clean-ups: the words that prove a list of parts complete.
/** Totals of closed cases. */
export const CLOSED_TOTAL = /办结|审结|结案|已结|审理终结/;
/** Totals of accepted cases ("受理", not "不予受理"), or of the suits an agency answered in court ("参加应诉案件15起"). */
export const ACCEPTED_TOTAL = /(?<!不予|未予|未)受理|应诉/;
/** Totals of corrected decisions ("直接纠错18件", "纠错案件20件"). */
export const CORRECTION_TOTAL = /纠错/;
/** What a closed case may end in (撤消: 撤销 in an older writing). */
export const CASE_OUTCOME = new RegExp(`维持|撤销|撤消|确认违法|驳回|终止|中止|变更|责令履行|责令重做|撤诉|撤回|放弃|调解|和解|调撤|纠错|纠正|移送|败诉|胜诉|${REMAINDER_WORDS}`);
/** Outcomes other than a correction (a merit ruling for the agency, or a closure without one): a list naming one lists
 * every outcome, not only the corrective ones. */
export const NON_CORRECTIVE = /维持|驳回|终止|放弃申请|撤回/;
/** The complete set of corrections (纠错) in 行政复议 and 行政诉讼. */
export const CORRECTION_OUTCOME = /撤销|撤消|变更|确认违法|确认无效|责令履行|责令履职|责令重做|责令重新作出/;
/** Decisions on a case that exclude each other — not 纠错 (it holds 撤销, 变更…) nor 调解/撤诉 (调解后撤诉 is both). */
export const DECISION = new RegExp(`维持|驳回|终止|${CORRECTION_OUTCOME.source}|${REMAINDER_WORDS}`);
/** Cases still open among those accepted: a list naming them accounts for every accepted case. */
export const PENDING = /正在审理|(?:正在|尚在|仍在)(?:办理|复议)|办理中|复议中|受理中|尚在审理|审理中|在审|待审|未审结|未办结|未结案|未结(?!转)|尚未办结|尚未审结|未判决|尚未判决|(?:尚)?未作出判决/;
/**
 * Work done and work still under way: two parts that split what was taken in ("已处理完毕2349件，正在办理568件"). Not
 * 办结 or 审结: closed cases may include those carried over from last year.
 */
export const WORK_DONE = /^(?:已|均已|已经)?(?:全部)?(?:办理完毕|处理完毕|办理完成|处理完成|完成办理|整改(?:到位|完毕|完成)?|完成整改)$/;
/** Closed cases, and requests answered or work done ("已办结", "答复", "处理完毕"). */
export const CLOSED_OR_ANSWERED = new RegExp(`${CLOSED_TOTAL.source}|答复|回复|办理完毕|处理完毕|办理完成|处理完成|完成办理`);
/** Work not yet taken up, beside the work in hand: "未办理20件", "尚未处理3件", "待办理5件". */
export const NOT_STARTED = /^(?:尚|还)?(?:未办理|未处理|待办理?|待处理)$/;
export const WORK_OPEN = /(?:正在|仍在|尚在|还在)[^，,。；;]{0,4}?(?:办理|处理|审理|调解|调查|核查|审查|整改)|办理中|处理中|受理中|整改中|在办|未办结|尚未办结|待办理?$/;
export const PENALTY_PROCEDURE = /简易程序/;
// The procedures split penalty cases only: a whole of enforcement work at large ("各类行政执法案件") holds inspections and
// enforcement measures besides — unless its words name penalties too.
const BROADER_THAN_PENALTIES = /执法|检查|强制|许可|监管/;
const PENALTIES = /处罚|查处|罚/;
/**
 * Two ways of handling that split what a hotline or office takes in, each pair all there is: handled directly or passed
 * on ("直办37527件，转办33657件"), answered on time or late ("按期回复2424件、逾期回复71件").
 */
export const PARTITION_PAIRS: readonly (readonly [RegExp, RegExp])[] = [
  // Handled by the office itself (直办, 直接答复, 直接服务, 当场办结, 在线办结, a question answered: 咨询解释) or passed on (转办, 转派, 派单, 派遣, "交由各县区政府…办理").
  [/直办|自办|直接(?:办理|办结|答复|解答|服务|处理)|当场(?:办结|答复|解答)|即时办结|在线(?:办结|答复|解答)|自行(?:处理|办理|办结)|咨询(?:解释|解答|答复)/, /转办|交办|转派|转出|派单|派遣|(?:交由|转交|转由)[\u4e00-\u9fff、和及]{2,16}(?:办理|处理|办结)/],
  // A labour or civil dispute is settled by mediation before it is filed, or filed: 案前调解成功 and 立案受理 (a failed
  // mediation is filed, so only the successful ones make a side).
  [/(?:案前|立案前|诉前)(?:调解成功|成功调解)/, /^立案(?:受理)?$/],
  // A suit names the government as the sole defendant or as one of several (单独被告 / 共同被告).
  [/单独(?:作为)?被告|独立被告/, /共同被告/],
  // A suit is brought straight to court or after an administrative review (未经复议直接起诉 / 复议后起诉, 经复议后起诉).
  [/未经(?:行政)?复议|直接(?:提起)?(?:起诉|诉讼)/, /(?<!未)经(?:行政)?复议后?(?:起诉|诉讼)|(?<!未经)复议后(?:起诉|诉讼)/],
  // Letters or requests received by the city's own departments or by its counties (市直… / 各县（区）…).
  [/^市直|^市本级|^市(?:政府)?各(?:部门|单位)/, /^各县|^县(?:[(（][市区、，,]{1,4}[)）]|[市区])|^各?(?:区县|县区)/],
  [/按期|按时|如期/, /逾期|超期|超时/],
  // Valid and invalid calls or letters ("有效来电…，无效来电…"), the valid ones maybe named by the intake verb ("受理有效
  // 信件…，无效重复信件…") — not a clean-up's "继续有效…，宣布无效…".
  [/^(?:受理|登记|接收|收到|接到|接听|接待)?有效/, /^(?:受理|登记|接收|收到|接到|接听|接待)?无效/],
  // Who asked for government information: 自然人 (公民) or 法人或其他组织 (the two kinds of applicant the law knows); who a
  // government service was for: 自然人 or 法人 ("自然人办件量…，法人办件量…").
  [/自然人|公民/, /法人(?:(?:或者?|及|和|与)?(?:其他|其它|非法人)组织)?/],
  // Who collects public revenue: taxes (税务部门) and the rest (财政部门).
  [/税务部门|税务机关/, /财政部门/],
  // The two procedures of an administrative penalty (行政处罚法 第五章): 简易程序 and 普通程序, also called 一般程序 (听证 is a
  // step of 普通).
  [PENALTY_PROCEDURE, /(?:普通|一般)程序/],
  // Visits to a 信访 office come in a group or alone (集体访 / 个体访).
  [/集体(?:上)?访/, /个(?:体|人)(?:上)?访/],
  // A court's cases of the year: those newly filed and those left from the year before (收案 = 新收 + 旧存), as an
  // office's cases handled are those received and those carried over ("办理50件，其中新收45件，上年结转5件").
  [/新收/, /旧存|(?:上年度?|上一年度?|去年)结转/],
  // A government service item is done on the spot or by a promised date: 即办件 and 承诺件 (the two kinds of a service catalogue).
  [/即办件?/, /承诺件/],
  // A suggestion or proposal a body handles as the lead or as a co-handler: 主办 or 协办 (会办).
  [/主办/, /协办|会办/],
  // A proposal is put by a body (集体提案: a party, a committee) or by members, alone or jointly (个人或联名提案).
  [/集体(?:提案|建议)/, /(?:个人|联名)(?:或|和|及)?(?:联名)?(?:提案|建议)/],
  // A paper (written) submission or one through a platform, online.
  [/纸质|书面/, /网上|网络|线上|电子|平台/],
  // Information is disclosed of the government's own accord or on request (政府信息公开条例): 主动公开 and 依申请公开.
  [/主动公开/, /依申请公开/],
  // Halves nothing else joins: online and offline, domestic and foreign-related (公证). (Not men and women: applicants
  // and parties may be organisations.)
  [/线上/, /线下/],
  [/国内/, /涉外/],
  // A visit, call or application is someone's first or a repeat ("首次来访…，重复来访…").
  [/^(?:首次|初次)/, /^(?:重复|再次)/],
  // An inspection of an enterprise is planned or triggered (a complaint, a referral): 有计划检查 / 触发式检查.
  [/有计划|计划性|计划内|^计划检查/, /触发式|计划外|非计划/],
  // Basic pension and medical insurance each have two schemes: one for employees (城镇职工, 职工) and one for everyone else
  // (城乡居民).
  [/城镇职工|^(?:参加)?职工/, /城乡居民/],
  // Land use or a change spotted from the air is lawful or not ("其中合法用地74宗，…违法用地137宗").
  [/^合法/, /^违法/],
  // Law-enforcement staff hold a certificate or wait for one ("其中持证执法人员8人，待考证人员2人").
  [/^(?:已)?持证/, /^(?:待考证|未持证|待持证)/],
  // A school, kindergarten or care home is run by the state or privately ("其中公办园26所，民办园54所").
  [/^公办/, /^民办/],
];
/**
 * Whether two parts' words are the two sides of one of PARTITION_PAIRS, in either order ("按时办结", "超时办结") — of the
 * whole whose words are given, when a pair splits only some wholes; `said`, what the whole's sentence says of it besides
 * ("…执法案件886件，处罚金额144.6万元": penalties after all).
 */
export function arePartitionPair(x: string, y: string, whole = '', said = whole): boolean {
  const sides = ([p, q]: readonly [RegExp, RegExp]) => (p.test(x) && q.test(y) && !q.test(x) && !p.test(y)) || (q.test(x) && p.test(y) && !p.test(x) && !q.test(y));
  return PARTITION_PAIRS.some((pair) => sides(pair) && !(pair[0] === PENALTY_PROCEDURE && BROADER_THAN_PENALTIES.test(whole) && !PENALTIES.test(said))) ||
    (PROPOSALS_WHOLE.test(whole) && sides(PROPOSAL_SIDES)) || (DISPUTES_WHOLE.test(whole) && sides(DISPUTE_SIDES)) ||
    (HANDLED_WHOLE.test(whole) && sides(HANDLED_SIDES)) || (PENSION_WHOLE.test(whole) && sides(PENSION_SIDES)) || twinNames(x, y, whole);
}

/**
 * "城镇消费品零售额351.65亿元，…乡村消费品零售额89.31亿元", "醉酒驾驶3992起，饮酒驾驶43846起": two names alike but for the two
 * halves of a whole (TWIN_HALVES) that open them — the same words after, two characters or more, or none under a whole
 * that names both halves together (进出口总额: 出口…，进口…).
 */
function twinNames(x: string, y: string, whole: string): boolean {
  const [a0, b0] = [x.replace(LIST_OPENING_WORDS, ''), y.replace(LIST_OPENING_WORDS, '')];
  // The verb both share may come first ("拆除存量违建…，拆除新增违建…").
  let shared = 0;
  while (shared < MAX_SHARED_VERB && shared < a0.length && a0[shared] === b0[shared]) shared++;
  const [a, b] = TWIN_HALVES.some(([p, q]) => a0.startsWith(p) || a0.startsWith(q)) ? [a0, b0] : [a0.slice(shared), b0.slice(shared)];
  return TWIN_HALVES.some(([p, q, joined]) => {
    const [first, second] = a.startsWith(p) && b.startsWith(q) ? [a, b] : a.startsWith(q) && b.startsWith(p) ? [b, a] : [];
    if (!first || !second) return false;
    const rest = first.slice(p.length);
    return rest === second.slice(q.length) && (rest.length >= MIN_TWIN_REST || (rest === '' && !!joined && whole.includes(joined)));
  });
}

// The two halves of a whole, each naming its half ("城镇…" / "乡村…"), with the word naming both where there is one.
const TWIN_HALVES: readonly (readonly [string, string, string?])[] = [
  ['城镇', '乡村', '城乡'], ['城镇', '农村', '城乡'], ['城市', '农村', '城乡'], ['夏粮', '秋粮'], ['省内', '省外'], ['境内', '境外'], ['国内', '国外'],
  ['醉酒', '饮酒'], ['出口', '进口', '进出口'], ['内资', '外资'], ['存量', '新增'],
];
const MIN_TWIN_REST = 2;
// The most characters of a verb the two names may share before their halves.
const MAX_SHARED_VERB = 2;
const LIST_OPENING_WORDS = /^(?:其中)?[，,：:\s]*/;

// "参加养老保险人数458.84万人，其中参加养老保险职工人数327.88万人，离退休人员参保人数130.96万人": those insured for a pension are
// the staff paying in and the retired drawing it.
const PENSION_WHOLE = /养老保险/;
const PENSION_SIDES: readonly [RegExp, RegExp] = [/职工|在职/, /离退休|退休人员/];

// "审理（办理）行政复议案件2118件，其中受理1968件，上年结转150件": the cases handled in a year are those taken in that year and
// those carried over — under a whole of cases handled only (a whole received, "收到…，上年结转3件，受理72件", holds no carry-in).
const HANDLED_WHOLE = /(?:审理|办理|处理)[^，,。；;受收]{0,12}$/;
const HANDLED_SIDES: readonly [RegExp, RegExp] = [/(?:本年|今年|当年|(?:19|20)[0-9]{2}年度?)?(?:新)?受理/, /(?:上年度?|上一年度?|去年)结转/];

// "行政争议发案量共60件，其中，行政复议发案量37件，…；行政诉讼发案量13件": an administrative dispute is brought to review or to
// court — under a whole named 行政争议, the reviews and the suits, each counted whole, are all there is.
// (Disputes that arose: those resolved, "化解行政争议", may have been mediated too.)
const DISPUTES_WHOLE = /(?:发生|新发|新增|收到|引发|产生)[^，,。；;]{0,6}行政争议|行政争议[^，,。；;]{0,4}(?:发案|发生)/;
const DISPUTE_COUNT = '(?:案件)?(?:发案量?|发案数|收案|新收|案件数?|数量?)?$';
const DISPUTE_SIDES: readonly [RegExp, RegExp] = [
  new RegExp(`^(?:其中)?[，,:：\\s]*(?:全年|全[市县区])?(?:行政复议|复议)${DISPUTE_COUNT}`),
  new RegExp(`^(?:其中)?[，,:：\\s]*(?:全年|全[市县区])?(?:行政诉讼|诉讼|行政应诉|应诉)${DISPUTE_COUNT}`),
];

// "承办建议提案926件，其中人大建议521件，政协提案405件": under a whole named 建议 and 提案 together, the deputies' suggestions
// (人大代表建议) and the members' proposals (政协委员提案) are all there is.
const PROPOSALS_WHOLE = /建议[、和及与]?(?:政协(?:委员)?)?提案/;
// Named by the body and nothing else, or by the body's yearly session ("县十八届人大二次会议代表建议"): "市人大代表重点建议"
// is some of them.
const SESSION = '(?:第?[一二三四五六七八九十]+届)?';
const MEETING = '(?:(?:第?[一二三四五六七八九十]+次)?(?:会议|大会))?';
const PROPOSAL_SIDES: readonly [RegExp, RegExp] = [
  new RegExp(`^(?:其中)?[，,:：\\s]*(?:全国|[省市县区])?${SESSION}(?:人大${MEETING}(?:代表)?|代表)建议$`),
  new RegExp(`^(?:其中)?[，,:：\\s]*(?:全国|[省市县区])?${SESSION}(?:政协${SESSION}${MEETING}(?:委员)?|委员)提案$`),
];

/** Law-making on rules and documents: 立、改、废 — made, amended, repealed — are all there is. */
export const LAWMAKING_TOTAL = /规章|规范性文件|法规|条例|办法/;
export const LAWMAKING_OUTCOME = /^(?:含|其中|包括)?\s*(?:新?制定|新?出台|制订|修改|修订|修正|废止|废除|宣布失效)(?:的)?$/;
/**
 * Requests for government information handled ("办理政府信息公开申请"; of those received, some may still be open), and
 * what answering them may end in: disclosed in full or in part, refused, not held, not handled, handled otherwise — a
 * list naming both a disclosure and a refusal answers every request.
 */
export const DISCLOSURE_REQUEST_TOTAL = /(?:办理|办结|答复|处理)[^，,。]{0,8}(?:公开申请|依申请公开)/;
export const DISCLOSURE_OUTCOME = /公开|不掌握|不存在|无法提供|不予处理|其他处理|不属于|属于[\u4e00-\u9fff]{2,8}(?:信息|案卷|资料)|非本机关|告知|转送|补正|撤回/;
export const DISCLOSURE_GRANTED = /予以公开|同意公开|全部公开|部分公开/;
export const DISCLOSURE_REFUSED = /不予公开|不同意公开|不公开/;
/** What is decided on an application received ("收到行政复议申请120件，其中受理98件，不予受理12件，告知11件"): one each. */
export const APPLICATION_RECEIVED = /收到|接收|接到/;
export const APPLICATION_DECISION = /^(?:依法|予以|决定|已)?(?:受理|不予受理|告知|转送|补正|驳回申请|不予立案)/;
/** Results of a clean-up of documents. */
export const CLEANUP_TOTAL = /清理/;
export const CLEANUP_OUTCOME = new RegExp(`保留|修改|修订|废止|废除|失效|继续有效|${REMAINDER_WORDS}`);

/**
 * Rates whose numerator is written with another verb than the rate word (the rate word ends in `stem`): 结案率 over
 * 审结/办结/审执结 (courts), 网办比例 over 网上可办, 案结事了率 (行政复议) over the cases that did not go on to court.
 * `carriesOver`: the rate's base usually includes cases carried over from the year before (旧存), which a report
 * seldom states — so only a rate above numerator ÷ the stated intake is certain to be wrong. `overClosed`: the base is
 * the closed cases (办结/审结), stated in an earlier sentence when not in the rate's own.
 */
// How far apart two outcomes named together in one count's words may stand ("改判、发回重审、调解及和解撤诉").
const MAX_GROUPED_WORDS = 20;

/** A count's words naming two of the outcomes (alternatives) together: one count of the group, not one of its parts. */
function grouped(outcomes: string): RegExp {
  return new RegExp(`(?:${outcomes})[^，,；;。0-9]{0,${MAX_GROUPED_WORDS}}?(?:${outcomes})`);
}

// Staff holding a law-enforcement certificate, said either way.
const HOLDS_CERTIFICATE = /(?<![未不无])持证|(?:持|取得|持有)(?:行政)?执法证|执法证件?持有/;

export const RATE_ALIASES: readonly {
  stem: string; numerator: RegExp; carriesOver: boolean; overClosed?: boolean; name?: string;
  /** A rate of closed cases over the cases received (its population may be stated in the sentence before). */
  closing?: boolean;
  /** Named "…比" rather than "…率" ("结收比"). */
  ratioWord?: '比';
  /** Its numerator may pass its denominator (结收比 over 100%: more cases closed than received, the old ones too). */
  mayExceed?: boolean;
  /**
   * A procuratorate's decision rate (批捕率, 不捕率, 不诉率): over the decisions made, which hold people left from before
   * and leave out those still under review — never over the intake for review (受理审查逮捕).
   */
  overDecisions?: boolean;
  /** With a count due stated before ("应办理工单6376件"), the numerator may also be written so ("已办理6376件", "按期办理6363件"). */
  dueNumerator?: RegExp;
}[] = [
  { stem: '结案', numerator: /审执结|执结|审结|办结|查结|已结/, carriesOver: true, closing: true },
  // 办结率 ← 结案, 审结 (数字城管, 仲裁, courts): the same closing, written with the other verb.
  // A hotline's sheet ("应办理工单6376件，已办理6376件，办结率100%；按期办理6363件，按期办结率99.8%") names what was closed
  // by 办理 beside what was due.
  { stem: '办结', numerator: /(?<![未不应])(?:审执结|审结|结案|查结)/, carriesOver: false, closing: true, dueNumerator: /(?:已|按期|按时)办理$/ },
  // 查处率 ← the cases investigated to their end (查结) of those found or taken in.
  { stem: '查处', numerator: /(?<![未不应])查结/, carriesOver: false },
  // 破案率 ← the criminal cases solved (破获, 侦破) of those filed.
  { stem: '破案', numerator: /(?<![未])(?:破获|侦破)/, carriesOver: false },
  // 侦破率 (命案侦破率) ← the cases solved, written 破获 as often as 侦破.
  { stem: '侦破', numerator: /(?<![未])(?:破获|侦破)/, carriesOver: false },
  // 查结率 ← 查结 (or 结案, 办结): an enforcement body's closing rate, its intake possibly in the sentence before.
  { stem: '查结', numerator: /(?<![未不应])(?:查结|结案|办结)/, carriesOver: true, closing: true },
  // 审结率 ← 审结 (or 审执结, 结案): a review body's or court's closing rate, its intake possibly in the sentence before.
  { stem: '审结', numerator: /(?<![未不应])(?:审执结|审结|结案)/, carriesOver: true, closing: true },
  // 处结率 (处理办结) ← 办结, 结案: a hotline's closing rate written with its own word.
  { stem: '处结', numerator: /(?<![未不应])(?:办结|审结|结案)/, carriesOver: false, closing: true },
  // 结收比 = 结案 ÷ 收案 of the year: no cases carried over in its base (it may pass 100%).
  { stem: '结收', numerator: /审执结|执结|审结|办结|结案/, carriesOver: false, closing: true, ratioWord: '比', mayExceed: true, name: '结收比' },
  // 调撤率 ← the cases closed by mediation or withdrawal, counted together ("以调解、撤诉方式结案30件", "调解撤诉30件",
  // "经调解后申请人自愿撤回行政复议申请71件", "准予原告撤回起诉、按撤诉处理和调解案件111件").
  { stem: '调撤', numerator: /调撤|调解后?[^，,。；;\d]{0,8}?撤[诉回]|撤[诉回][^，,。；;\d]{0,12}?[和及与、]调解/, carriesOver: false, overClosed: true },
  // 网办率 ← what was done online: 网上办理 (线上办理), 全程网办, or on 一网通办 (the one-window online platform).
  { stem: '网办', numerator: /网上可办|网上办理|网上办|线上办理|全程网办|网办|一网通办/, carriesOver: false },
  // 及时率 (备案及时率, 报送及时率) ← what was done within the time set ("在法定期限内报送备案的45件").
  { stem: '及时', numerator: /(?:法定|规定)(?:期限|时限)内|按时|按期|如期/, carriesOver: false, name: '及时率' },
  // 不捕率 ← 不批准逮捕, 不予逮捕, 不批准和不予决定逮捕; 不诉率 ← 不起诉 (a procuratorate's refusals, named in full);
  // 批捕率 ← 批准逮捕, 批准和决定逮捕 (the decision they refuse).
  { stem: '不捕', numerator: /不(?:批准|予)?(?:[和及或]不予?决定)?逮捕|不捕/, carriesOver: false, name: '不捕率', overDecisions: true },
  { stem: '批捕', numerator: /(?<![不予])(?:批准(?:[和及或]决定)?逮捕|批捕)/, carriesOver: false, name: '批捕率', overDecisions: true },
  { stem: '不诉', numerator: /不(?:予)?起诉|不诉/, carriesOver: false, name: '不诉率', overDecisions: true },
  // 出庭应诉率 ← 实际出庭 (not 应出庭, what was due).
  { stem: '出庭应诉', numerator: /(?<!应)出庭/, carriesOver: false, name: '出庭应诉率' },
  // 化解成功率 ← 化解: a dispute 化解 is one resolved (unlike 调解/调处, which count the attempts).
  { stem: '化解成功', numerator: /(?<!未能?|没有)化解/, carriesOver: false, name: '化解成功率' },
  // 回复率 and 答复率: one verb for the other ("收到问题49个，答复6个，回复率12.24%").
  { stem: '回复', numerator: /(?<![未不])(?:答复|回复)/, carriesOver: false },
  { stem: '答复', numerator: /(?<![未不])(?:答复|回复)/, carriesOver: false },
  // 持证上岗率 and 持证率 of law-enforcement staff ← those holding a certificate ("持证1150人", "取得行政执法证件1150人").
  { stem: '持证上岗', numerator: HOLDS_CERTIFICATE, carriesOver: false, name: '持证上岗率' },
  { stem: '持证', numerator: HOLDS_CERTIFICATE, carriesOver: false, name: '持证率' },
  // 执证率: the same rate, named after holding the certificate to enforce ("持执法证人员54人，执证率…").
  { stem: '执证', numerator: HOLDS_CERTIFICATE, carriesOver: false, name: '执证率' },
  // 纠错率 of documents reviewed (备案审查, 合法性审查) ← what was corrected (纠正, 改正), not the word 纠错 itself.
  { stem: '纠错', numerator: /(?<![未不])(?:纠正|改正)/, carriesOver: false, overClosed: true },
  // 改变率 (courts' 改发率) ← the judgments changed on appeal or retrial: 改判 and 发回重审 named together in one count, with
  // whatever else the text groups with them ("改判、发回重审、调解撤诉1041件"), over the cases closed. One of them alone
  // is a part of it.
  { stem: '改变', numerator: grouped('改判|发回重审'), carriesOver: false, overClosed: true },
  // 败诉率 ← the judgments against the agency named together in one count ("判决撤销、确认违法及责令履行的806件").
  { stem: '败诉', numerator: grouped(`${CORRECTION_OUTCOME.source}|履行法定职责`), carriesOver: false, overClosed: true },
  // 参考率 ← those who sat the exam ("参加学法考试1248人"), 参训率 ← those trained ("参加年度培训1248人"): of those due to.
  { stem: '参考', numerator: /参加[\u4e00-\u9fff]{0,8}?(?:考试|考核)|参考|参试/, carriesOver: false },
  { stem: '参训', numerator: /参加[\u4e00-\u9fff]{0,8}?(?:培训|轮训)|参训/, carriesOver: false },
  // 履责率 ← the powers and duties performed (履行权责事项, 履职事项) of those listed.
  { stem: '履责', numerator: /(?<![未不])(?:履行权责|履行职责|履职)/, carriesOver: false },
  // 执行率 of a budget ← what of it was used (已用指标, 已支出) of what was approved (批复指标).
  { stem: '执行', numerator: /(?<![未])(?:已用|已使用|已支出)/, carriesOver: false },
  // 受案率 of a review body ← the applications accepted (受理) of those received.
  { stem: '受案', numerator: /(?<![未不]|不予)受理(?!前)/, carriesOver: false, name: '受案率' },
  // 接通率 of a hotline ← the calls answered (接听) of those that came in (呼入) — not those answered by staff alone (人工接听),
  // which 综合接通率 adds the self-service ones to.
  { stem: '接通', numerator: /(?<![未没工])(?:有效)?接听/, carriesOver: false },
  { stem: '案结事了', numerator: /未再?(?:进入|提起)(?:行政)?诉讼|未再?(?:起诉|诉至法院)/, carriesOver: false, overClosed: true, name: '案结事了率' },
];

// A clause that states a change of the figure before it ("同比增长9%", "较上年减少3件"): it does not end a total, nor
// part it from its 其中 list. Without a comparison word only a percent is a change ("增加调解员5人" is a count).
// "与上月相比下降2.5%", "和去年同期相比增长9%", "较上期相比增长了369件": the comparison written around the period.
// A measure named before the comparison ("案件数同比下降4.2%", "罚没款较上年增长12%", "相比2020年增加11342件"), or the verb of
// the count it is the change of ("新收同比下降22.08%").
// The account of the year compared with ("比上年预算数增加", "与上年决算数相比下降").
const ACCOUNT_OF_YEAR = '(?:的?(?:预算|决算)数?)?';
const COMPARED_CHANGE = new RegExp(`^\\s*(?:[\\u4e00-\\u9fff]{1,6}?(?:数|量|额|款|率)|新收|受理|收案|立案|审结|办结|结案)?(?:分别)?(?:同比|环比|(?:较|比|相比)\\s?(?:${PRIOR_PERIOD})(?:同期|末)?${ACCOUNT_OF_YEAR}(?:相比|比较)?|(?:与|和|同)(?:${PRIOR_PERIOD})(?:同期|末)?${ACCOUNT_OF_YEAR}(?:相比|比较))(?:同比|环比)?(?:${CHANGE_UP}|${CHANGE_DOWN}|${MORE_OR_FEWER})`);
const PERCENT_CHANGE = new RegExp(`^\\s*(?:分别)?(?:${CHANGE_UP}|${CHANGE_DOWN})了?(?:达|为)?\\s*[0-9.]+\\s*%\\s*$`);
// A change named by what changed, as an amount ("增收8300万元", "比上年增产0.71万吨").
const AMOUNT_CHANGE = new RegExp(`^\\s*(?:${alternatives(COMPARISON_WORDS)})?(?:同期)?(?:${alternatives(AMOUNT_CHANGE_WORDS)})`);

// A change after the earlier value it is stated against ("较上年末的410家净增", "比上年的60件增加").
const CHANGE_FROM_VALUE = new RegExp(`^\\s*(?:较|比)(?:${LAST_YEAR}|(?:19|20)[0-9]{2}年度?)(?:同期|末|底)?的?[0-9][0-9.,]*[\\u4e00-\\u9fff]{1,3}?(?:${CHANGE_UP}|${CHANGE_DOWN}|${MORE_OR_FEWER}|${alternatives(AMOUNT_CHANGE_WORDS)})`);

/**
 * Whether a clause (or a figure's words before it) states a change: "同比增长9%", "较上年增加12件", "增长9%", "增收8300万元",
 * "比上年增产0.71万吨", "较上年末的410家净增26家".
 */
// A change on a stated basis ("扣除留抵退税因素后增长2.5%", "按自然口径计算下降13.2%", "同口径增长6%").
const BASIS_CHANGE = new RegExp(`^\\s*(?:(?:扣除|剔除)[^，,。；;0-9]{1,16}?后|按[^，,。；;0-9]{1,8}?口径(?:计算)?|(?:同|可比)口径(?:计算)?)(?:${CHANGE_UP}|${CHANGE_DOWN})了?(?:达|为)?\\s*$`);

export function statesChange(clause: string): boolean {
  return COMPARED_CHANGE.test(clause) || PERCENT_CHANGE.test(clause) || AMOUNT_CHANGE.test(clause) || CHANGE_FROM_VALUE.test(clause) || BASIS_CHANGE.test(clause);
}
/**
 * Rates of how what was taken in was handled (直接答复率, 回复率, 在线解答率, 直办率, 转办率, 受理率, 处理率): over the intake, so the
 * intake of the sentence before may be their population. Not 满意率 (over those asked) nor outcomes (over the closed cases).
 */
export const HANDLING_RATE = /答复|回复|解答|直办|转办|交办|受理|处理|办理/;

// ---------------------------------------------------------------------------------------------------------------
// Extraction

/**
 * Builds the figure index of a document from its numbers (`findNumbers(doc.reading)`; a lint run reads them once for
 * every rule), their words read in simplified script too. The segmenter (optional) only refines metrics.
 */
export function extractFigures(doc: ReportDocument, segmenter?: Segmenter, numbers: readonly ParsedNumber[] = findNumbers(doc.reading)): FigureIndex {
  const text = doc.reading;
  const norm = doc.norm;
  // The words before and after a figure with full-width digits folded, so "２０２２年为２８０件" reads as "2022年为280件"
  // to every rule (the other characters as written: rules read "，" and "（" in them).
  const words = foldDigits(text);
  const figures: Figure[] = [];
  const sentences: FigureSentence[] = [];
  const asides = new Map<number, number[]>();
  let k = 0; // cursor into numbers
  const paragraphs = paragraphsOf(doc);
  const sectionAt = sectionReader(doc);
  // A plain loop, not a callback made anew each extraction: its compiled code outlasts a collection of the heap.
  for (let docSentence = 0; docSentence < doc.sentences.length; docSentence++) {
    const s = doc.sentences[docSentence];
    while (k < numbers.length && numbers[k].start < s.span.start) k++;
    // Most sentences state no number: nothing is set up for them.
    if (k === numbers.length || numbers[k].start >= s.span.end) continue;
    const inSentence: ParsedNumber[] = [];
    while (k < numbers.length && numbers[k].start < s.span.end) inSentence.push(numbers[k++]);
    const quoted = titleOrSloganReader(norm, s.span.start);
    const kept = withListUnits(text, inSentence.filter((n) => !quoted(n.start)), s.span.start);
    if (kept.length === 0) continue;
    const where = { docSentence, paragraph: paragraphs[docSentence], section: sectionAt(s.span.start) };
    sentences.push(buildSentence(words, norm, s.span, where, kept, figures, sentences.length, segmenter));
  }
  for (const f of figures) {
    if (f.parenOwner === undefined) continue;
    const list = asides.get(f.parenOwner);
    if (list) list.push(f.id);
    else asides.set(f.parenOwner, [f.id]);
  }
  return { figures, sentences, asides };
}

// A count whose own share follows it: "490件，占收到申请总数的7.9%" — maybe past its changes ("举报356，同比降低45.73%，环比上升
// 0.56%，占比10.34%").
const SHARED_NEXT = /\s*[，,]\s*(?:(?:同比|环比)[\u4e00-\u9fff]{1,4}[0-9]{1,4}(?:\.[0-9]{1,3})?[%％]\s*[，,]\s*){0,3}占/y;
const sharedNext = (text: string, at: number): boolean => {
  SHARED_NEXT.lastIndex = at;
  return SHARED_NEXT.test(text);
};

/**
 * The figures of a sentence's numbers — and, in a list of counts each followed by its share, an item that lost its
 * measure word ("行政处罚2100，占收到申请总数的33.9%；……行政不作为490件，占收到申请总数的7.9%") counts in the unit of its
 * siblings, when they all have one.
 */
function withListUnits(text: string, numbers: ParsedNumber[], sentenceStart: number): ParsedNumber[] {
  numbers = withAsideUnits(text, withEnumeratedUnits(text, numbers));
  const kept = numbers.filter((n) => isFigure(text, n, sentenceStart));
  // The one unit of the counts followed by their share (most sentences have none: nothing more is built for them).
  let unit: string | undefined;
  for (const n of kept) {
    if (n.percent || !n.unit || !sharedNext(text, Math.max(n.end, n.unitEnd ?? n.end))) continue;
    if (unit !== undefined && unit !== n.unit) return kept;
    unit = n.unit;
  }
  if (unit === undefined) return kept;
  const bare = (n: ParsedNumber) =>
    !n.unit && !n.percent && n.form === 'arabic' && n.multiplier === 1 && n.decimals === 0 && n.approx.length === 0 && !n.isYear && !n.dateRole &&
    !n.ordinal && !brokenByLine(text, n) && sharedNext(text, n.end);
  const figures = new Set(kept);
  return numbers.filter((n) => figures.has(n) || bare(n)).map((n) => (figures.has(n) ? n : { ...n, unit, unitStart: n.end, unitEnd: n.end }));
}

// A total named as such right before its number: "案件总数为", "共计", "合计".
const TOTAL_BEFORE = /(?:总数|总量|总计|合计|共计|共)(?:为|是|达)?\s*$/;

/**
 * "案件总数为339（行政检查195件、行政处罚144件、行政强制0件）", "申请1126（其中社会组织类1125宗，…）": a total that lost its
 * measure word, its breakdown in the aside right after it, counts in the unit of the aside's first count.
 */
function withAsideUnits(text: string, numbers: ParsedNumber[]): ParsedNumber[] {
  let out: ParsedNumber[] | undefined;
  for (let k = 0; k + 1 < numbers.length; k++) {
    const n = numbers[k];
    const next = numbers[k + 1];
    const open = text.charCodeAt(n.end);
    if (n.unit || !plainCount(n) || n.decimals !== 0 || (open !== 0xff08 && open !== 0x28) || !next.unit || !plainCount(next) || NON_FIGURE_UNITS.has(next.unit)) continue;
    // The aside's first count, before the aside closes; the total's words say it is one.
    if (/[)）]/.test(text.slice(n.end, next.start)) || next.start - n.end > MAX_ASIDE_LEAD) continue;
    if (!TOTAL_BEFORE.test(text.slice(Math.max(0, n.start - 6), n.start)) && !SUBSET_ASIDE.test(text.slice(n.end, next.start))) continue;
    // "位居全国前15（其中16项位居前10）": a rank, no count.
    if (RANK_BEFORE.test(text.slice(Math.max(0, n.start - 1), n.start))) continue;
    out ??= [...numbers];
    out[k] = { ...n, unit: next.unit, unitStart: n.end, unitEnd: n.end };
  }
  return out ?? numbers;
}
// A rank's number ("前15", "第3"), no count.
const RANK_BEFORE = /[前第]$/;
// …or the aside says it breaks the total down ("申请1126（其中社会组织类1125宗，…）").
const SUBSET_ASIDE = /^[（(]\s*其中/;
// How far into the aside its first count may stand ("（其中：行政检查195件" ).
const MAX_ASIDE_LEAD = 12;

// Only 、 (and spaces, no line break) between two numbers of one enumeration.
const ENUMERATION_JOIN = /^[ \t\u3000]*、[ \t\u3000]*$/;
// A number opening its line before 、 is a heading's marker ("1、…"), no count — nor are those after it ("1、2、3件"): read
// in the few characters before the run.
const LINE_OPENING = /(?:^|\n)[ \t\u3000]*(?:[0-9]{1,3}[ \t\u3000]*、[ \t\u3000]*)*$/;
const LINE_OPENING_REACH = 16;
const opensLine = (text: string, at: number) => {
  const lead = text.slice(Math.max(0, at - LINE_OPENING_REACH), at);
  return LINE_OPENING.test(lead) && (at <= LINE_OPENING_REACH || lead.includes('\n'));
};

/** A plain count as written in an enumeration: Arabic digits, nothing around them. */
const plainCount = (n: ParsedNumber) =>
  n.form === 'arabic' && n.multiplier === 1 && n.approx.length === 0 && !n.percent && !n.percentPoint && !n.isYear && !n.dateRole && !n.ordinal;

/**
 * "分别为812、946、703起": numbers joined by 、 on one line whose last carries the measure word all count in it — when all
 * are plain counts, the run goes on from no ordinal ("第1、2、3批") and opens no line (a heading's marker).
 */
function withEnumeratedUnits(text: string, numbers: ParsedNumber[]): ParsedNumber[] {
  let out: ParsedNumber[] | undefined;
  for (let k = numbers.length - 1; k > 0; k--) {
    const last = numbers[k];
    if (!last.unit || !plainCount(last) || NON_FIGURE_UNITS.has(last.unit)) continue;
    let first = k;
    while (first > 0 && !numbers[first - 1].unit && plainCount(numbers[first - 1]) && ENUMERATION_JOIN.test(text.slice(numbers[first - 1].end, numbers[first].start))) first--;
    const at = numbers[first].start;
    const before = numbers[first - 1];
    // "第1、2、3批": the run goes on from an ordinal.
    const fromOrdinal = before?.ordinal && ENUMERATION_JOIN.test(text.slice(before.end, at));
    if (first === k || fromOrdinal || opensLine(text, at)) continue;
    out ??= [...numbers];
    for (let j = first; j < k; j++) out[j] = { ...numbers[j], unit: last.unit, unitStart: numbers[j].end, unitEnd: numbers[j].end };
    k = first;
  }
  return out ?? numbers;
}

// A paragraph opening with 其中 goes on with the one before ("…共收到群众来信240件。⏎其中，省转办60件，…").
const GOES_ON = /^\s*其中/;

/**
 * The paragraph of each sentence: its block, or the paragraph of the sentence before when that one ends in its block, or
 * when it opens a paragraph with 其中 right after a paragraph, or when it is an item line of a list its paragraph's
 * last line introduces with a colon.
 */
export function paragraphsOf(doc: ReportDocument): number[] {
  const out: number[] = [];
  let b = 0; // cursor into blocks: the block holding the end of the sentence before
  // The block of a list's lead ("按纠纷类型分：") while its item lines go on ("婚姻家庭纠纷168件；"), else -1.
  let lead = -1;
  for (let i = 0; i < doc.sentences.length; i++) {
    const s = doc.sentences[i];
    const before = doc.sentences[i - 1];
    if (before) while (b + 1 < doc.blocks.length && doc.blocks[b + 1].span.start < before.span.end) b++;
    const nextBlock = !!before && s.blockIndex === b + 1 && doc.blocks[b].kind === 'paragraph' && doc.blocks[s.blockIndex]?.kind === 'paragraph';
    // The item lines of a list its lead line introduces with a colon belong to the lead's paragraph, to the last item.
    const content = nextBlock ? doc.blocks[b].content : '';
    lead = nextBlock && LIST_LEAD_END.test(content) ? b : nextBlock && lead >= 0 && ITEM_LINE_END.test(content) ? lead : -1;
    const goesOn = nextBlock && (GOES_ON.test(s.text) || lead >= 0);
    out.push(before && (b === s.blockIndex || goesOn) ? out[i - 1] : s.blockIndex);
  }
  return out;
}

// A line that introduces the item lines after it ("按纠纷类型分：", "其中："), and an item line the list goes on after.
const LIST_LEAD_END = /[：:]\s*$/;
const ITEM_LINE_END = /[；;，,、]\s*$/;

/** For offsets asked in increasing order: the index of the top-level section holding it, or -1. */
export function sectionReader(doc: ReportDocument): (at: number) => number {
  let k = -1;
  return (at) => {
    while (k + 1 < doc.sections.length && doc.sections[k + 1].span.start <= at) k++;
    return k >= 0 && at < doc.sections[k].span.end ? k : -1;
  };
}

function isFigure(text: string, n: ParsedNumber, sentenceStart: number): boolean {
  if (n.isYear || n.dateRole || n.ordinal || brokenByLine(text, n)) return false;
  if (n.unit !== undefined && NON_FIGURE_UNITS.has(n.unit) && !(n.unit === '天' && countsDays(text, n, sentenceStart))) return false;
  // A bare number (heading marker, code, "立案数为1.35") counts nothing the rules could relate.
  if (!n.unit && !n.percent) return false;
  if (FIXED_EXPRESSION_STARTS.has(text.charCodeAt(n.numeralStart))) for (const w of FIXED_EXPRESSIONS) if (text.startsWith(w, n.numeralStart)) return false;
  return true;
}

/**
 * Days are counted, not spent, in a sentence that names a count of days before them ("有效天数总计304天，其中优良282天、
 * 轻度污染16天"): such a 天 makes a figure.
 */
function countsDays(text: string, n: ParsedNumber, sentenceStart: number): boolean {
  return text.slice(sentenceStart, n.numeralStart).includes('天数');
}

/** "申请1⏎200件": digits continued from the line before — a number the line broke, which reads as neither part. */
function brokenByLine(text: string, n: ParsedNumber): boolean {
  let p = n.numeralStart - 1;
  let lineEnd = false;
  // A few spaces around the break at most: the scan stays bounded, and within a block unit's margin (block-readings.ts).
  for (const stop = p - MAX_BREAK_SPACE; p >= 0 && p > stop && /[\s\u3000]/.test(text[p]); p--) lineEnd ||= text[p] === '\n' || text[p] === '\r';
  return lineEnd && p >= 0 && /[0-9０-９.．]/.test(text[p]) && /[0-9０-９]/.test(text[n.numeralStart]);
}

const MAX_BREAK_SPACE = 16;

// A slogan in quotes is short (“三查”, “1+N”): a longer quotation is prose that may hold figures.
const MAX_SLOGAN = 12;

/**
 * Whether an offset lies inside 《…》 (or the inner 〈…〉), or inside a short “…” (a slogan such as “三查” or “1+N”), for offsets asked in
 * increasing order: one pass over the sentence from `from`, whatever the number of figures in it.
 */
function titleOrSloganReader(norm: string, from: number): (at: number) => boolean {
  let p = from;
  let title = 0;
  let quoteOpen = -1;
  return (at) => {
    for (; p < at; p++) {
      switch (norm.charCodeAt(p)) {
        case 0x300a: case 0x3008: title++; break; // 《 〈
        case 0x300b: case 0x3009: title = Math.max(0, title - 1); break; // 》 〉
        case 0x201c: quoteOpen = p; break; // “
        case 0x201d: quoteOpen = -1; break; // ”
      }
    }
    if (title > 0) return true;
    if (quoteOpen < 0) return false;
    return norm.slice(at, quoteOpen + MAX_SLOGAN + 1).includes('”');
  };
}

// What may follow a final figure besides asides: spaces, closing quotes and brackets, the sentence end.
const AFTER_FINAL = charCodes(' \t\r\n\u3000\u00a0”’"\'」』》。！？!?');

/** How a character shapes a sentence's layout: 1 opens an aside, -1 closes one, 2 ends a clause, 3 a 、-segment. */
function layoutRole(c: number): number {
  switch (c) {
    case 0x28: case 0xff08: return 1; // ( （
    case 0x29: case 0xff09: return -1; // ) ）
    case 0x2c: case 0xff0c: case 0x3b: case 0xff1b: case 0x3a: case 0xff1a: return 2; // ,，;；:：
    case 0x3001: return 3; // 、
    default: return 0;
  }
}

export const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

const DATE_AFTER = charCodes('年月日时点号');
// The longest label a colon joins to the number after it ("投诉类工单：1136件", "建议、表扬类：14件").
const MAX_LABEL = 12;

/**
 * The colon at p labels the number right after it: a short label since the segment's start (no digit, no other mark but
 * 、), then the number — "投诉类工单：1136件；咨询类：482件" is items with their words, not words and bare numbers.
 */
function labelsNumber(norm: string, p: number, segmentStart: number): boolean {
  const c = norm.charCodeAt(p);
  if (c !== 0xff1a && c !== 0x3a) return false;
  let q = p + 1;
  while (q < norm.length && norm.charCodeAt(q) === 0x20) q++;
  if (!isDigit(norm.charCodeAt(q))) return false;
  // A count's measure word right after the number — not a date, a time, a span or a year ("商贸制造业：12月份发生事故1起",
  // "某省人社厅：1—6月…", "某省司法厅：2023上半年…": a heading's colon before the clause that says when).
  const from = q;
  while (q < norm.length && (isDigit(norm.charCodeAt(q)) || norm.charCodeAt(q) === 0x2e)) q++;
  const next = norm.charCodeAt(q);
  if (next < 0x4e00 || next > 0x9fff || DATE_AFTER.has(next) || /^(?:19|20)[0-9]{2}$/.test(norm.slice(from, q))) return false;
  const label = norm.slice(segmentStart, p).trim();
  return label.length > 0 && label.length <= MAX_LABEL && /^[\u4e00-\u9fff、]+$/.test(label);
}

// What ends the words of a clause before a figure: punctuation, a line break, a digit of another number.
const CLAUSE_STOPS = charCodes('，,；;。：:\n0123456789');
const MAX_CLAUSE = 30;

/** f is the whole the percent right after it is of ("年初预算31,700万元的229.39%"): nothing but 的 between them. */
export function isRatioBase(doc: ReportDocument, f: Figure, next: Figure | undefined): boolean {
  return !!next && next.percent && /^\s*的\s*$/.test(doc.norm.slice(f.span.end, next.span.start));
}

/**
 * The words of a figure's clause before it, across "、" ("以调解、撤诉方式结案30件") but not past another figure: at most
 * MAX_CLAUSE of them.
 */
export function clauseBefore(doc: ReportDocument, f: Figure): string {
  const from = Math.max(0, f.span.start - MAX_CLAUSE);
  let start = f.span.start;
  while (start > from && !CLAUSE_STOPS.has(doc.norm.charCodeAt(start - 1))) start--;
  return doc.norm.slice(start, f.span.start);
}

// The longest measure word a count is written with before 和 ("人次", "件次"): how far back its digits may stand.
const MAX_MEASURE_BEFORE_JOIN = 2;

/**
 * "…网站80条、信用信息公示系统4600条和其他平台120条": 和 (及) right after a count and its measure word, before words,
 * joins the last item of an enumeration — a 、-segment of its own, as 、 would make it; so does 以及 (the break before 以).
 */
function joinsLastItem(norm: string, p: number): boolean {
  const c = norm.charCodeAt(p);
  // "…年度报告1条以及规划公示等21条": 以及 joins as 及 does (the break before it).
  const yiJi = c === 0x4ee5 && norm.charCodeAt(p + 1) === 0x53ca;
  if ((c !== 0x548c && c !== 0x53ca && !yiJi) || isDigit(norm.charCodeAt(p + (yiJi ? 2 : 1))) || (!yiJi && norm.charCodeAt(p - 1) === 0x4ee5)) return false;
  let s = p;
  while (s > p - MAX_MEASURE_BEFORE_JOIN - 1 && isHanCode(norm.charCodeAt(s - 1))) s--;
  if (s === p || !isDigit(norm.charCodeAt(s - 1))) return false;
  // The words between are a measure word, after 万/亿 perhaps ("条", "人次", "万件") — not a name after a number ("12345热线和网站").
  const from = SCALE_CODES.has(norm.charCodeAt(s)) ? s + 1 : s;
  return from < p && measureWordAt(norm, from) === norm.slice(from, p);
}

/**
 * "96家县（市、区）政府中53家采用…": 中 after a count's words, right before the next count, frames that count as "…中，" would
 * — a clause break (the frame's own count and its words before it, in the same segment).
 */
function framesCountAfter(norm: string, p: number, segmentStart: number): boolean {
  if (norm.charCodeAt(p) !== 0x4e2d || !isDigit(norm.charCodeAt(p + 1)) || !isHanCode(norm.charCodeAt(p - 1))) return false;
  for (let q = p - 1; q >= Math.max(segmentStart, p - MAX_FRAME_WORDS); q--) if (isDigit(norm.charCodeAt(q))) return true;
  return false;
}
// The longest words between a frame's count and its 中 ("家县（市、区）政府").
const MAX_FRAME_WORDS = 16;

const isHanCode = (c: number) => c >= 0x4e00 && c <= 0x9fff;
// 万, 亿 between the digits and the measure word.
const SCALE_CODES = new Set([0x4e07, 0x4ebf]);

/** "28,583万元": an ASCII comma grouping digits in thousands is part of the number, not a clause break. */
function isThousandsComma(norm: string, p: number): boolean {
  return norm.charCodeAt(p) === 0x2c && isDigit(norm.charCodeAt(p - 1)) && isDigit(norm.charCodeAt(p + 1)) &&
    isDigit(norm.charCodeAt(p + 2)) && isDigit(norm.charCodeAt(p + 3)) && !isDigit(norm.charCodeAt(p + 4));
}

/** Where a figure's words are read: the sentence's segments and, for any offset, the aside it lies in. */
interface SentenceLayout {
  segments: FigureSegment[];
  /** Paren depth at an offset (0 outside asides). */
  parenDepthAt(p: number): number;
  /** The last "(" / "（" at or before an offset in the sentence, or -1. */
  lastOpenBefore(p: number): number;
}

// Most segments of a sentence with figures hold none: they share this list (frozen) instead of an empty one each.
const NO_FIGURES = Object.freeze([]) as readonly number[] as number[];

function splitSegments(norm: string, span: Span): SentenceLayout {
  const segments: FigureSegment[] = [];
  // Where the paren depth changes, and to what.
  const markAts: number[] = [];
  const depths: number[] = [];
  const opens: number[] = [];
  let depth = 0;
  let clause = 0;
  let start = span.start;
  // The close of a 其中 list written in brackets at the end of the sentence: read as if unbracketed.
  let listClose = -1;
  for (let p = span.start; p < span.end; p++) {
    let role = layoutRole(norm.charCodeAt(p));
    if (role === 0 && joinsLastItem(norm, p)) role = 3;
    if (role === 0 && framesCountAfter(norm, p, start)) role = 2;
    if (role === 2 && labelsNumber(norm, p, start)) role = 0;
    if (role === 0) continue;
    if (p === listClose) continue;
    if (role === 1 && depth === 0 && listClose < 0) {
      listClose = closingListAside(norm, p, span.end);
      if (listClose >= 0) role = 2;
    }
    if (role === 1) {
      depth++;
      markAts.push(p + 1);
      depths.push(depth);
      opens.push(p);
    } else if (role === -1) {
      depth = Math.max(0, depth - 1);
      markAts.push(p);
      depths.push(depth);
    } else if (depth === 0 && !isThousandsComma(norm, p)) {
      // "…24860件,,同比增长6.2%": a doubled mark (a copy from some web pages) ends one segment, not two.
      if (p === start && segments.length > 0) {
        start = p + 1;
        continue;
      }
      segments.push({ span: { start, end: p }, clause, figures: NO_FIGURES });
      if (role === 2) clause++;
      start = p + 1;
    }
  }
  segments.push({ span: { start, end: span.end }, clause, figures: NO_FIGURES });
  const markAt = lastAtOrBefore(markAts);
  const openAt = lastAtOrBefore(opens);
  return {
    segments,
    parenDepthAt: (p) => depths[markAt(p)] ?? 0,
    lastOpenBefore: (p) => opens[openAt(p)] ?? -1,
  };
}

const LIST_ASIDE = /^[(（]\s*其中/;
const RATE_BEFORE = /[%％‰]\s*$/;
const SENTENCE_TAIL = /^[\s”’"'」』》。！？!?；;]*$/;

/**
 * "共受理信访事项520件（其中来访210件，来信190件，网上投诉140件）。": a bracket that opens with 其中 and closes the sentence
 * says what "，其中……。" says; its figures are read as that sentence's clauses, not as an aside. Returns the position of
 * its close, or -1 (another aside, one item alone, or one that more of the sentence follows).
 */
function closingListAside(norm: string, open: number, end: number): number {
  // "满意率达98%（其中，…）": an aside of a rate holds no part of a count.
  if (!LIST_ASIDE.test(norm.slice(open, open + 8)) || RATE_BEFORE.test(norm.slice(Math.max(0, open - 4), open))) return -1;
  let depth = 0;
  // "（其中上年结转16件）": one item is a note on the figure before, an aside; a list has two clauses or more.
  let items = 1;
  for (let p = open; p < end && p - open <= MAX_CONTEXT; p++) {
    const role = layoutRole(norm.charCodeAt(p));
    if (role === 1) depth++;
    else if (role === -1 && --depth === 0) return items > 1 && SENTENCE_TAIL.test(norm.slice(p + 1, end)) ? p : -1;
    else if (role >= 2 && depth === 1 && !isThousandsComma(norm, p)) items++;
  }
  return -1;
}

/** For ascending positions: the index of the last one ≤ p (-1 when none), by binary search. */
function lastAtOrBefore(positions: number[]): (p: number) => number {
  return (p) => {
    let lo = 0;
    let hi = positions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (positions[mid] <= p) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
}

const MAX_SEGMENTED_PER_SEGMENT = 8;
// A segment that opens with 其中 lists a subset of a total before it.
// 内有 ("…类信息18条，内有领导信息12条、…") opens a breakdown as 其中 does.
const SUBSET_CUE = /^\s*(?:其中|内有|其涉及)/;
// "其中，专职调解员36人": 其中 alone before the segment, set off by a comma or colon, opens it as well (a copy may double
// the comma: "其中,,投訴…").
const BARE_SUBSET_SEGMENT = /^\s*其中\s*(?:[，,:：]\s*)+$/;
const MAX_BARE_SUBSET = 6;

/** The segment before segment `seg` is 其中 alone ("其中，…"). */
function afterBareSubset(norm: string, segments: readonly FigureSegment[], seg: number): boolean {
  if (seg === 0) return false;
  const from = segments[seg - 1].span.start;
  const to = segments[seg].span.start;
  return to - from <= MAX_BARE_SUBSET && BARE_SUBSET_SEGMENT.test(norm.slice(from, to));
}

/**
 * "其中具有审计、会计、法律等专业资格的96人": 其中 opens the figure's clause, and the 、 before the figure joins words, not counts
 * (no digit between) — within MAX_CONTEXT characters.
 */
function subsetClauseOfWords(norm: string, segments: readonly FigureSegment[], seg: number, start: number): boolean {
  const clause = segments[seg].clause;
  let to = start;
  // Back segment by segment, out at the first digit: a run of counts joined by 、 costs one step each.
  for (let k = seg - 1; k >= 0 && segments[k].clause === clause && segments[k].span.start >= start - MAX_CONTEXT; k--) {
    const from = segments[k].span.start;
    if (/[0-9]/.test(norm.slice(from, to))) return false;
    if (k === 0 || segments[k - 1].clause !== clause) return SUBSET_CUE.test(norm.slice(from, to));
    to = from;
  }
  return false;
}

// How far a figure's words are read before and after it: a segment (between ，、；：) is rarely a tenth of this, and
// every scan of a figure's context stays bounded however long a run without punctuation is.
const MAX_CONTEXT = 200;

function buildSentence(
  text: string,
  norm: string,
  span: Span,
  where: { docSentence: number; paragraph: number; section: number },
  numbers: ParsedNumber[],
  figures: Figure[],
  sentenceIndex: number,
  segmenter: Segmenter | undefined,
): FigureSentence {
  const layout = splitSegments(norm, span);
  const segments = layout.segments;
  const ids: number[] = [];
  // Every figure of one aside has the same owner: looked up once per "(".
  let owners: Map<number, number | undefined> | undefined;
  let seg = 0;
  for (const n of numbers) {
    while (seg < segments.length - 1 && segments[seg].span.end <= n.start) seg++;
    const r = segments[seg].span;
    const end = Math.max(n.end, n.unitEnd ?? n.end);
    const inParens = layout.parenDepthAt(n.start) > 0;
    // An aside's context starts at its "(".
    const open = inParens ? layout.lastOpenBefore(n.start) : -1;
    const before = text.slice(Math.max(r.start, open + 1, n.start - MAX_CONTEXT), n.start);
    const after = text.slice(end, Math.min(r.end, end + MAX_CONTEXT));
    const f: Figure = {
      id: figures.length,
      number: n,
      value: n.value,
      decimals: n.decimals,
      unit: n.percent ? '%' : (n.unit ?? ''),
      percent: n.percent,
      approx: n.approx.length > 0,
      span: { start: n.start, end },
      numeralSpan: { start: n.numeralStart, end: n.numeralEnd },
      halfUlp: n.decimals > 0 || n.multiplier > 1 ? 0.5 * 10 ** -n.decimals * n.multiplier : 0,
      sentence: sentenceIndex,
      clause: segments[seg].clause,
      segment: seg,
      inParens,
      // Set below for an aside, but present on every figure: figures of one shape keep the rules' reads fast.
      parenOwner: undefined,
      lone: false,
      final: isFinal(norm, end, r.end),
      before,
      after,
      metric: '',
      metricSpan: { start: n.start, end: n.start },
      subsetCue: SUBSET_CUE.test(before) || (!inParens && (afterBareSubset(norm, segments, seg) || subsetClauseOfWords(norm, segments, seg, n.start))),
      totalCue: TOTAL_CUE.test(before),
      // Every list check asks it of every figure, again for every total: read once here.
      change: statesChange(norm.slice(n.start - before.length, end)),
    };
    if (inParens) {
      owners ??= new Map();
      if (!owners.has(open)) owners.set(open, ownerOfAside(norm, figures, ids, open));
      f.parenOwner = owners.get(open);
    }
    figures.push(f);
    ids.push(f.id);
    if (!inParens) {
      const own = segments[seg];
      if (own.figures === NO_FIGURES) own.figures = [f.id];
      else own.figures.push(f.id);
    }
  }
  for (const s of segments) for (const id of s.figures) figures[id].lone = s.figures.length === 1;
  // The segmenter refines the metrics of the first few figures of a segment only: a real segment has one or two, and
  // a run of figures without punctuation must not cost a cut per figure.
  // (The figures come in segment order: a count that starts again at each new segment.)
  let count = 0;
  ids.forEach((id, j) => {
    const f = figures[id];
    count = j > 0 && figures[ids[j - 1]].segment === f.segment ? count + 1 : 0;
    setMetric(f, count < MAX_SEGMENTED_PER_SEGMENT ? segmenter : undefined);
  });
  const main = Object.freeze(ids.map((id) => figures[id]).filter((f) => !f.inParens));
  // Every field written out, no spread: a literal's shape outlives the sentences of one check, so the code reading
  // them stays compiled for the next (a shape built by spreading dies with its objects and takes that code with it).
  return {
    span, docSentence: where.docSentence, paragraph: where.paragraph, section: where.section, figures: ids, main, segments, firstMatches: undefined,
    readings: undefined,
  };
}

/**
 * Only asides, closing quotes/brackets, the sentence end and spaces follow up to the segment end. An aside that runs
 * on past MAX_CONTEXT is no aside: the figure is not final.
 */
function isFinal(norm: string, from: number, to: number): boolean {
  let depth = 0;
  for (let p = from; p < to; p++) {
    if (p - from > MAX_CONTEXT) return false;
    const c = norm.charCodeAt(p);
    const role = layoutRole(c);
    if (role === 1) depth++;
    else if (role === -1) depth = Math.max(0, depth - 1);
    else if (depth === 0 && !AFTER_FINAL.has(c) && !/\s/.test(norm[p])) return false;
  }
  return true;
}

/**
 * The figure an aside belongs to: the last figure before the "(" that opens it, when nothing but space separates them
 * (a figure inside an earlier aside in between is not space).
 */
function ownerOfAside(norm: string, figures: Figure[], ids: number[], open: number): number | undefined {
  for (let k = ids.length - 1; k >= 0; k--) {
    const f = figures[ids[k]];
    if (f.span.end > open) continue;
    if (f.inParens || !COUNTED_NOUN_ONLY.test(norm.slice(f.span.end, open))) return undefined;
    // "噪声污染问题583件，占总数的62.96%（其中工业噪声64件、…）": a breakdown after a count's own share is the count's.
    const count = k > 0 ? figures[ids[k - 1]] : undefined;
    if (f.percent && count && !count.percent && !count.inParens && OWN_SHARE_BETWEEN.test(norm.slice(count.span.end, f.span.start)) && BREAKDOWN_OPENS.test(norm.slice(open + 1, open + 4))) return count.id;
    return f.id;
  }
  return undefined;
}

// A count's own share right after it ("583件，占总数的62.96%"), and an aside that breaks a count down ("（其中…", "（包括…").
const OWN_SHARE_BETWEEN = /^\s*[，,]\s*占[\u4e00-\u9fff]{0,12}$/;
const BREAKDOWN_OPENS = /^\s*(?:其中|包括)/;

// Between a count and its aside: nothing, or the noun it counts when the count comes first ("抽查11宗案件（刑事…）").
const COUNTED_NOUN_ONLY = /^\s*[\u4e00-\u9fff]{0,8}\s*$/;

function setMetric(f: Figure, segmenter: Segmenter | undefined): void {
  if (!f.final && METRIC_AFTER.test(f.after)) {
    // "19个镇(街道)配备…": the noun after the measure word, up to a verb or the next number.
    let a = trimEndOf(f.after, AFTER_METRIC);
    const digit = a.search(/[0-9０-９]/);
    if (digit >= 0) a = a.slice(0, digit);
    if (holdsAny(a, METRIC_STOP_STARTS)) {
      for (const stop of METRIC_STOPS) {
        const at = a.indexOf(stop);
        if (at > 0) a = a.slice(0, at);
      }
    }
    a = a.length > MAX_METRIC ? trimToWords(a.slice(0, MAX_METRIC), segmenter) : a;
    f.metric = a;
    f.metricSpan = { start: f.span.end, end: f.span.end + a.length };
    return;
  }
  // "全市共清理规范性文件325件": the phrase before the number, cue words stripped.
  let b = f.before;
  let start = f.span.start - b.length;
  const lead = b.length - b.trimStart().length;
  start += lead;
  b = b.slice(lead);
  for (let changed = true; changed; ) {
    changed = false;
    for (const cue of CUES_BY_START.get(b[0]) ?? []) {
      if (b.startsWith(cue) && b.length > cue.length) {
        b = b.slice(cue.length);
        start += cue.length;
        changed = true;
        break; // restart, so longer cues ("共有") win over their prefixes ("共")
      }
    }
  }
  b = trimEndOf(b, METRIC_LINK);
  if (b.length > MAX_METRIC) {
    const cut = tailWordStart(b, segmenter);
    start += cut;
    b = b.slice(cut);
  }
  f.metric = b;
  f.metricSpan = { start, end: start + b.length };
}

/** Cuts a clipped phrase at its last word boundary, so it does not end in the middle of a word. */
function trimToWords(s: string, segmenter: Segmenter | undefined): string {
  if (!segmenter || s.length < 2) return s;
  const tokens = segmenter.cut(s);
  const last = tokens[tokens.length - 1];
  return tokens.length < 2 || last.end !== s.length ? s : s.slice(0, last.start) || s;
}

// The segmenter reads only the end of a long phrase: enough words before the cut for it to find the word boundaries
// there, and a cost per figure that does not grow with the phrase.
const SEGMENTER_WINDOW = 64;

/** Where the last MAX_METRIC characters of a long phrase start, moved forward to a word start. */
function tailWordStart(s: string, segmenter: Segmenter | undefined): number {
  const from = s.length - MAX_METRIC;
  if (!segmenter) return from;
  const offset = Math.max(0, s.length - SEGMENTER_WINDOW);
  for (const t of segmenter.cut(s.slice(offset))) if (t.start + offset >= from) return t.start + offset;
  return from;
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers shared by the figure rules

/**
 * How far back in its sentence a figure's relations (part and total, rate and counts, change and base) are sought:
 * a real sentence holds a dozen figures; in a run of hundreds (a table pasted flat) every search stays bounded.
 */
export const MAX_LOOKBACK = 32;

// What joins the items of a list stated in turn ("增长20%、14.3%", "分别为98%和99%", "100件、70件").
export const ITEM_JOIN = /^\s*[和、及与]\s*$/;

/**
 * figs[k] and the percents after it joined to the one before by `join`, at most `max` of them: the percents of a list
 * stated in turn. `join` and `max` as the list's rule reads it.
 */
export function percentsJoinedFrom(norm: string, figs: readonly Figure[], k: number, join: { test(between: string): boolean } = ITEM_JOIN, max = MAX_LOOKBACK): Figure[] {
  let end = k + 1;
  while (end < figs.length && end - k < max && figs[end].percent && join.test(norm.slice(figs[end - 1].span.end, figs[end].span.start))) end++;
  return figs.slice(k, end);
}

/** The figures before figs[i] a relation of figs[i] may involve: at most MAX_LOOKBACK of them, the nearest last. */
export function priorFigures(figs: Figure[], i: number): Figure[] {
  return figs.slice(Math.max(0, i - MAX_LOOKBACK), i);
}

/**
 * The figures of a sentence outside asides, in order (`sentence.main`, listed at extraction: every rule asks, per
 * figure too), so the list is shared — copy it before changing it.
 */
export function mainFigures(sentence: FigureSentence): Figure[] {
  return sentence.main as Figure[];
}

const NO_ASIDES: readonly Figure[] = Object.freeze([]);

/** The figures of the aside right after f ("79件(其中上年结转16件)"). Most figures have none: one shared empty list. */
export function asidesOf(index: FigureIndex, f: Figure): readonly Figure[] {
  const ids = index.asides.get(f.id);
  return ids ? ids.map((id) => index.figures[id]) : NO_ASIDES;
}

/**
 * The first match of a fixed-length pattern in the sentence's text, when it ends before offset `end` (its index is
 * relative to the sentence start). Looked up once per sentence and pattern, so that rules asking it for every figure
 * of a long sentence stay linear.
 */
export function matchInSentenceBefore(doc: ReportDocument, sentence: FigureSentence, pattern: RegExp, end: number): RegExpExecArray | undefined {
  const found = (sentence.firstMatches ??= new Map());
  let m = found.get(pattern);
  if (m === undefined) {
    m = pattern.exec(doc.norm.slice(sentence.span.start, sentence.span.end));
    found.set(pattern, m);
  }
  return m && sentence.span.start + m.index + m[0].length <= end ? m : undefined;
}

// The counts a sum stands for (summedFigure): read by the messages that show the sum as its parts.
const summands = new WeakMap<Figure, readonly Figure[]>();

/**
 * Counts added up and taken as one ("以上三类" of three listed, the corrections that make up 纠错): the last one's figure with
 * their sum, its rounding theirs, spanning `span`.
 */
export function summedFigure(items: Figure[], span: Span, fields: Partial<Figure> = {}): Figure {
  let value = 0;
  let halfUlp = 0;
  for (const f of items) {
    value += f.value;
    halfUlp += f.halfUlp;
  }
  const sum = copyOf(items[items.length - 1], { value, halfUlp, span, ...fields });
  summands.set(sum, items);
  return sum;
}

/**
 * A copy of a figure with some fields changed, built as one literal with every field first: copies share the shape of
 * the figures read from the text (a spread copy may not), which keeps the rules' reads of them fast.
 */
export function copyOf(f: Figure, changes: Partial<Figure>): Figure {
  const copy: Figure = {
    id: f.id,
    number: f.number,
    value: f.value,
    decimals: f.decimals,
    unit: f.unit,
    percent: f.percent,
    approx: f.approx,
    span: f.span,
    numeralSpan: f.numeralSpan,
    halfUlp: f.halfUlp,
    sentence: f.sentence,
    clause: f.clause,
    segment: f.segment,
    inParens: f.inParens,
    parenOwner: f.parenOwner,
    lone: f.lone,
    final: f.final,
    before: f.before,
    after: f.after,
    metric: f.metric,
    metricSpan: f.metricSpan,
    subsetCue: f.subsetCue,
    totalCue: f.totalCue,
    change: f.change,
  };
  return Object.assign(copy, changes);
}

/** The counts a summed figure adds up, or undefined for a figure as written. */
export function summandsOf(f: Figure): readonly Figure[] | undefined {
  return summands.get(f);
}

/** A count as messages show it: "5件", or a sum as its parts "(5件+2件+3件)". */
export function countText(doc: ReportDocument, f: Figure): string {
  const parts = summands.get(f);
  return parts ? `(${parts.map((p) => figureText(doc, p)).join('+')})` : figureText(doc, f);
}

/** The figure as written, for messages: "411家", "99.51%". */
export function figureText(doc: ReportDocument, f: Pick<Figure, 'span'>): string {
  return doc.text.slice(f.span.start, f.span.end);
}

/** A short label for related locations: "乡镇(街道)调委会19家". */
export function figureLabel(doc: ReportDocument, f: Figure): string {
  return `${f.metric}${figureText(doc, f)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Rounding verdicts shared by the rate, share and change checks

export type RoundingVerdict = 'match' | 'truncation' | 'mismatch';

/**
 * How a stated value (at its decimals) relates to a computed one that lies in [low, high] (the interval comes from
 * rounded inputs; low = high for exact inputs). 'match': half-up rounding of some value in the interval gives it;
 * 'truncation': only dropping digits does; 'mismatch': neither. With rounding 'lenient', truncation counts as a match.
 */
export function judgeRounding(stated: number, decimals: number, low: number, high: number, rounding: RoundingPolicy): RoundingVerdict {
  const eps = 1e-9 * Math.max(1, Math.abs(stated));
  // Rounding or truncating moves a value by less than one unit of the last place: a stated value farther than that
  // from the interval is a mismatch without the decimal arithmetic (the costly part, asked for many candidates).
  const unit = 10 ** -decimals;
  const slack = 2 * unit + 1e-9 * Math.max(1, Math.abs(stated), Math.abs(low), Number.isFinite(high) ? Math.abs(high) : 0);
  if (stated < low - slack || stated > high + slack) return 'mismatch';
  if (roundHalfUp(low, decimals) <= stated + eps && stated - eps <= roundHalfUp(high, decimals)) return 'match';
  if (truncate(low, decimals) <= stated + eps && stated - eps <= truncate(high, decimals)) {
    return rounding === 'lenient' ? 'match' : 'truncation';
  }
  return 'mismatch';
}

/** The ratio part/whole × 100 as an interval, widened by the rounding of each input. Undefined when whole ≤ 0. */
export function percentInterval(part: Pick<Figure, 'value' | 'halfUlp'>, whole: Pick<Figure, 'value' | 'halfUlp'>): { low: number; high: number; exact: number } | undefined {
  if (whole.value <= 0) return undefined;
  const exact = (part.value / whole.value) * 100;
  const lowWhole = whole.value + whole.halfUlp;
  const highWhole = whole.value - whole.halfUlp;
  const low = (Math.max(0, part.value - part.halfUlp) / lowWhole) * 100;
  const high = highWhole > 0 ? ((part.value + part.halfUlp) / highWhole) * 100 : Infinity;
  return { low, high, exact };
}

/** A value in a figure's own scale and decimals, ready to replace its numeral: 4093 → "4093", 0.374亿 → "0.37". */
export function numeralFor(f: Figure, value: number, decimals = f.decimals): string {
  const numeral = formatFixed(value / f.number.multiplier, decimals);
  // In the writer's form: "2,897万元" is corrected to "2,798", not "2798".
  return f.number.thousandsSeparator ? groupThousands(numeral) : numeral;
}

/** The figure of the finest scale (units before 万, 万 before 亿): arithmetic across scales is written in it. */
export function finestScaled(figs: readonly Figure[]): Figure {
  return figs.reduce((a, f) => (f.number.multiplier < a.number.multiplier ? f : a));
}

/** Decimals a value stated to `decimals` in scale `from` needs in scale `to` (3000 in 万: 0.3000 → 4; 2.1亿 in 万: 0). */
export function decimalsAcross(decimals: number, from: number, to: number): number {
  return Math.max(0, decimals + Math.round(Math.log10(to / from)));
}

/** Renders a number for messages without float noise: 99.51741 → "99.52" at 2 decimals, 410 → "410". */
export function show(value: number, decimals: number): string {
  return formatFixed(value, decimals);
}
