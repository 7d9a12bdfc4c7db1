// figure/conflict, restatements: one figure stated twice with different values — a headline or a summary paragraph
// repeating the body ("全年办结行政复议案件1.2万件" … "办结行政复议案件1.2万件，同比增长5%"), the same rate twice, the same
// amount in two scales ("5800万元" … "0.58亿元", compared within the rounder one's precision).
// Two mentions are one figure when the words before the number say the same (verb, noun, unit kind, once period, place
// and filler words are set aside) and nothing says they differ: the period (the nearest year, 去年, 截至, 以来… before
// them in the paragraph), the whole place, the agencies named, a framing, topic or context clause, the figure stated
// before them, a 其中 part, a comparison base, a plan. A headline speaks of 去年 from the day it was printed and drops
// the agency: neither sets it apart. Words that differ by a dropped subject, or framings that differ, tie two mentions
// only when a figure beside them is stated alike in both places.
import { paragraphOf, statesChange, verbOf } from '../bases';
import { issuerOf } from '../profile';
import { MAX_LOOKBACK, commonSuffix, isExactCount, isRatioBase, mainFigures, sameUnitKind, matchInSentenceBefore, type Figure, type FigureIndex, type FigureSentence } from '../figures';
import { groupBy, memoized } from '../collections';
import { ACTIVITY_VERBS, BARE_TOTAL, NEGATION_BEFORE, CHANGE_DOWN, CHANGE_UP, DECREASE_WORDS, INCREASE_WORDS, LAST_YEAR, SCOPE_WORDS, SORT_HEADING, SUM_WORDS, monthsOfPart } from '../lexicon';
import { formatFixed } from '../numbers';
import { detached, inOrderWithin, WHITE_SPACE, withoutPinyin } from '../text';
import type { ReportDocument, Section, Span } from '../types';
import type { DocumentUnit } from '../units';

export interface Restatement {
  figure: Figure;
  /** What the figure says, as written: "依法办结行政复议案件29.3万件", "纠错率达15.1%". */
  label: string;
}

/**
 * A count restated as the frame of what follows: its verb words and its noun; `opening` when it opens its sentence
 * ("39件申请均属于行政处罚类"), restating a count of the sentence right before.
 */
interface Framed {
  words: string;
  noun: string;
  opening: boolean;
  /** The agency named before the verb, left out of words ("州信访局收到的6件来信中"); '' for none. */
  subject: string;
}

/** Groups of mentions of one figure whose values disagree beyond the precision they are written to. */
export interface RestatedGroup {
  mentions: Restatement[];
  /** Per mention, the mention whose value it states (the most precise of its value class). */
  classOf: Figure[];
}

/**
 * One figure stated under words of its own. Built as one object literal with every field (collectMentions): objects of a
 * class take their shape by transitions that die with the check's objects, and the optimized code that read them with it.
 */
interface Mention {
  figure: Figure;
  /** Where its own words start: its label runs from there to its end. */
  ownStart: number;
  /** Unit kind | change words | the words the figure is stated under. */
  kind: string;
  phrase: string;
  /** Its kind and the end of its words: mentions are tied only within one ending (endingOf). */
  ending: string;
  /** The words of the level figure before it in its sentence: a statement beside another thing is of another topic. */
  prior: string | undefined;
  /** Words that name no particular thing ("办结案件", "群众满意率"): tied to another only by a neighbour stated alike. */
  generic: boolean;
  /** A count restated as the frame of what follows ("受理的9230件办件中"): its verb words and its noun. */
  framed: Framed | undefined;
  /**
   * How it may be tied: 'loose' for a part (after 其中, 包括) — parts of two wholes are often stated alike ("其中行政处罚类…"),
   * so only by a precise neighbour stated alike, two swapped digits or a frame restating it; 'frame' for an item of a 、-list
   * of parts, restated only by a frame ("在一般程序结案的260件案件中"); 'any' otherwise.
   */
  tie: 'any' | 'loose' | 'frame';
  /** Of a count of occurrences ("86项次"), itself or as the change or ratio of one: tied to a count of items only loosely. */
  occurrences: boolean;
  /** A rate's denominator, as the counts before it in its sentence prove it (provenBase); undefined when none does. */
  population: string | undefined;
  /** A rate's numerator, the count right before it under the rate's verb (numeratorBefore); undefined when none is. */
  numerator: string | undefined;
  /** Of a change or ratio: the value of the level it speaks of ("合计财政总收入4109121万元，为预算的105.1%"). */
  level: number | undefined;
  /**
   * Of a change or ratio whose level is a denominator stated beside another count ("总收入380,869万元，完成年初预算391,267万元的
   * 97.34%，比上年增加了37,581万元"): the words of that count, which the change and ratio are of.
   */
  subject: string | undefined;
  /** The main figures of its paragraph in order, and its place there: its neighbours (neighboursOf). */
  row: Figure[];
  place: number;
  /** Its sentence's reading of it and the sentence's readers; undefined for a value of a yearly series (no setting). */
  reading: FigureReading | undefined;
  readers: SentenceReaders | undefined;
  headline: boolean;
  /** Where its period is read; undefined when it is given. */
  periods: PeriodReader | undefined;
  /** The period, once read (null: not yet; mentionPeriod). */
  period: string | undefined | null;
  /**
   * What it was read from, the same object from check to check while its sentence is unchanged (KeptReader): its
   * sentence's reading of it, or of a yearly series, the series (and its place there, else -1).
   */
  source: object;
  slot: number;
}

/** The period a mention is of, as its paragraph states it (periodOfFigure); read only when asked. */
function mentionPeriod(m: Mention): string | undefined {
  let period = m.period;
  if (period === null) period = m.period = periodOfFigure(m.periods as PeriodReader, m.figure, m.headline);
  return period;
}

/** Where a mention stands, read only for mentions that have words alike elsewhere. */
function mentionSetting(m: Mention): Setting {
  const r = m.reading;
  if (!r) return UNSTATED_SETTING;
  const at = m.headline ? 1 : 0;
  return r.settings[at] ??= settingOf(m.figure, r, m.headline, m.readers as SentenceReaders);
}

/** The NEIGHBOUR_REACH figures nearest before a mention (side 0) or after it (side 1) in its paragraph (asides aside), nearest first. */
function neighboursOf(m: Mention, side: 0 | 1): Figure[] {
  return side === 0 ? m.row.slice(Math.max(0, m.place - NEIGHBOUR_REACH), m.place).reverse() : m.row.slice(m.place + 1, m.place + 1 + NEIGHBOUR_REACH);
}

interface Setting {
  /** The whole place it is of when its sentence names one (全省, 我市 …, the last before it); undefined: unnamed. */
  place: string | undefined;
  /** The agencies its sentence names before it ("市场监管局"); undefined in a headline (it drops the subject). */
  agencies: string | undefined;
  /** The level its sentence names last before it ("市级", "本级", "市、区", "两级"), '' for none. */
  level: string;
  /** The framings before it ("在涉企案件中"; "围绕…专项整治"), '' for none. */
  framing: string;
  /** The words of the clauses without figures before it in its sentence ("为困难群众"), undefined when none. */
  context: string | undefined;
}

// The setting of a value of a yearly series: its sentence names the years, nothing else is read.
const UNSTATED_SETTING: Setting = { place: undefined, agencies: undefined, level: '', framing: '', context: undefined };

// The period words of a figure: the last of them before it in its paragraph says what it is of. A range of whole
// months written as dates ("2023年1月1日至6月30日") is those months.
const MONTH_DAY = '([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*[日号]';
const PERIOD = new RegExp(
  [
    `(?:((?:19|20)[0-9]{2})\\s*年)?\\s*${MONTH_DAY}\\s*[-—–~至到]\\s*(?:(?:19|20)[0-9]{2}\\s*年)?\\s*${MONTH_DAY}`,
    // A span of years ("2019年至2023年", "2019-2023年") is one period, as a span of months ("1月至9月") is one.
    // A headline may drop 年 before a part of the year ("2023上半年").
    '((?:19|20)[0-9]{2}(?:\\s*年?\\s*[-—–~至到]\\s*(?:19|20)[0-9]{2})?)\\s*(?:年度?|(?=上半年|下半年|前三季度|第?[一二三四1-4]季度))((?:[0-9]{1,2}\\s*月?\\s*[-—–~至到]\\s*[0-9]{1,2}|[0-9]{1,2})\\s*月份?|上半年|下半年|前三季度|第?[一二三四1-4]季度)?',
    '(上年同期|去年同期|去年|上年|上一年度?|前年|往年)',
    // The year's end ("截至年底", "截至12月31日") is the report's year as a whole: what stands then is the year's.
    '(截[至止](?:今年|本年|当年)?(?:年底|年末|12月底|12月末|12月31日)|全年|本年度?|今年|当年)',
    '(截至目前|截止目前|截至|截止|目前|至今|现有)',
    '(近年来|多年来|[近一二三四五六七八九十两几0-9]+年(?:来|以来)|以来|历年|期间)',
    '(每年|年均)',
    '(上半年|下半年|前三季度|第?[一二三四]季度|前(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})个月|(?:[0-9]{1,2}\\s*月?\\s*[-—–~至到]\\s*)?[0-9]{1,2}\\s*月份?(?![0-9]{1,2}\\s*[日号]))',
    '(本月|上月|当月)',
    // A year written with two digits ("97年…，98年…" in an older text): a period of its own.
    '((?<![0-9])[0-9]{2}年(?!度?[0-9]|来|以来|内|间|后|前|代))',
  ].join('|'),
  'g',
);
// "全年" is the whole of the year named right before it ("2022年全年") or by the heading over it.
const WHOLE_OF_YEAR = /^(?:全年|当年|本年度?)$/;
// A year after these is a comparison base or a span's end, not the period of what follows.
const NOT_PERIOD_BEFORE = /[较比与同—–~至到-]/;
// A whole place by its level: the last one named before a figure in its sentence says which whole it is of.
// The place's one letter before a service's number ("市12345热线") names it too.
const WHOLE_PLACE = /(?:全|我|本)(国|省|市|区|县|州|旗|镇)|([省市县区])(?=[0-9])/g;
// The level a figure is of: one ("市级平台", "本级"), or several together ("市、区平台", "县乡两级").
const LEVEL = /[省市县区镇乡](?:、[省市县区镇乡](?:街道)?)+|[两三四五]级|[省市县区镇乡]级|本级/g;
// One level alone: its count is a part of the levels together, or of the whole unnamed.
const ONE_LEVEL = /^(?:[省市县区镇乡]级|本级)$/;
// Words that say where or how much, not what: the whole place, the report's own scope, totals (not 累计: it counts
// over years), adverbs, quotes.
const FILLER = new RegExp(
  [
    ...SCOPE_WORDS, '全国', '全州', '全旗', '我国', '我省', '本市', '本省', '本区', '本县', '各地', '依法',
    ...SUM_WORDS, '共有', '一共', '总共', BARE_TOTAL, '均已', '已经', '已', '先后', '[“”‘’"\'《》〈〉]', '\\s',
    // Who rates, when it is the public ("群众对政府工作满意度" is the 政府工作满意度 a survey reports).
    '^(?:群众|公众|市民|受访者|受访群众)对',
    // An item's ordinal ("二是全年共受理…", in a list of shortcomings) numbers the statement, not what is counted.
    '^[一二三四五六七八九十]是',
  ].join('|'),
  'g',
);
// "政府信息" is what a report publishes as "信息" ("主动公开各类信息561条" … "主动公开政府信息561条").
const GOVERNMENT_INFORMATION = /政府信息/g;
// The place's one-letter name before a service's number ("市12345热线", "区12345热线"): a place word (WHOLE_PLACE).
const PLACE_BEFORE_NUMBER = /^[省市县区](?=[0-9])/;
// Characters every period word or filler word holds one of: words without any are left as they are, unread.
const MAY_BE_PERIOD = /[年月季来间今至截目每现]/;
const MAY_BE_FILLER = /[全我本今当各依计合共总已先“”‘’"'《》〈〉\s对是]/;
// The verb or copula that joins words and number ("纠错率达", "案件数量为"), and the 数 of a count ("案件总数"); "仅" (only)
// weighs the number, it does not narrow what is counted ("专职人民调解员仅86名").
const LINK = /(?:为|达到|达|是|有|约|近|超过|超|逾|了|的|计|仅|只|总数|总量|数量|数)+$/;
// A clause that says where the news comes from ("记者从市司法局了解到", "据统计", "根据……平台归集的数据统计", "白皮书显示", "省统计局发布……调查结果",
// "核心提示") or since when ("自3月以来", "自1月22日至今", "日前", a dateline "2月6日"): the time is the period's to say;
// neither is a context of the figure, and an agency named there is the source.
const SOURCE = /(?:了解到|获悉|得知|显示|表明|指出|提到)$|^据|^(?:根据|依据|按照)[^，,；;]*(?:统计|数据|监测|汇总)$|(?:发布|公布)[^，,；;]*(?:结果|报告|白皮书|数据|公报)$|^(?:核心提示|内容提要|摘要|导读|编者按)$/;
const SINCE = /^(?:(?:自|从)[^，,；;]*(?:以来|至今|开始|起)|日前|近日|近期|[0-9]{1,2}月[0-9]{1,2}日(?:上午|下午|晚)?)$/;
const FRAMING_IN_CLAUSE = /在([^在，,；;。]{1,16}?)(?:当中|之中|中|里)/g;
const FRAMING_CLAUSE = /(?:当中|之中|中|里)$/;
// An agency named before a figure ("县市场监管局严格执法，查处违法案件120件"): the figure is its own, not the whole's.
const AGENCY = /(?:局|委员会|办公室|法院|检察院|部门|机关|政府(?!信息|网站|门户)|中心|大队|支队)(?![^《》]*》)/g;
const MAX_AGENCY_NAME = 6;
// A clause that names the topic of the figures after it: "围绕民法典宣传，组织普法活动80场".
const TOPIC = /围绕|针对|聚焦|结合|专项|整治|领域|行动|活动/;
// Counts of events are stated per topic and campaign ("开展普法活动80场"): tied only by a neighbour stated alike.
const EVENT_UNITS = new Set(['场', '场次', '次', '期', '批', '轮', '堂', '节', '课', '人次', '户次']);
// 其中 opening a clause of parts, not "其中提到" (in it, a document says).
const SUBSET_CLAUSE = /^\s*(?:其中(?!提到|指出|显示|强调|写道|明确|介绍)|包括|含|内含)/;
const PART_OPENING = new RegExp(`${SUBSET_CLAUSE.source}[：:，,\\s]*`);
// A base of comparison ("较上年的300件"); a move ("由9.6%下降到") or a distribution (分别); a plan or a forecast.
// The period before counts as well ("环比上季度48200件增长了6.20%", "较上月的120件").
const COMPARED = /(?:较|比|与)(?:上年|去年|上一年度?|同期|(?:19|20)[0-9]{2}年度?|上一?(?:季度|个?月|期|周))|环比/;
// Which earlier period a comparison names: the year before (同比), the period before (环比) or a year by its number. A
// change is of its subject against that period: "环比…增长6.20%" and "同比…增长38.50%" of one total are two figures.
const COMPARED_PERIOD = /环比|上一?(?:季度|个?月|期|周)|((?:19|20)[0-9]{2})年|同比|上年|去年|上一年|同期/;
// A change word alone before a percent or an amount, its comparison said before ("与上年同期…相比，下降8.32%").
// "两年平均增长1.7%": an average change over years is bare too.
const BARE_CHANGE = new RegExp(`^(?:(?:近|过去)?[两二三四五六七八九十0-9]+年来?)?(?:平均|年均)?(?:${CHANGE_UP}|${CHANGE_DOWN})了?(?:达|为)?$`);
const JOINED_CHANGE = new RegExp(`^[和及与、]\\s*(?:${CHANGE_UP}|${CHANGE_DOWN})`);
const ENDS_IN_CHANGE = new RegExp(`(?:${CHANGE_UP}|${CHANGE_DOWN})了?$`);
const MOVED = /由|从|分别/;
// "由320件下降到280件": the earlier period's value, then the later one's — the current value, stated under the words before 由.
export const MOVE_FROM = /(?:由|从)$/;
export const MOVE_TO = /^(?:增加|减少|下降|上升|增长|降低|提高|提升|回落|降|升|增|减)?(?:了)?(?:到|至)$/;
// A ratio of the figure before it: "占受理总数的12%", "完成年初预算的27%", "比全省平均高出3%" — a percent after 的; a count
// after 的 is the count itself ("受理的9230件办件中").
const RELATIVE = /^(?:约)?占|^(?:比|较)|高出|低于|超出|相当于|倍/;
const RATIO_OF = /的$/;
// "受理的9230件办件中", "未调解成功的41件纠纷中": a count stated before, restated as the frame of its parts — its noun (one
// naming any count of the verb's, or the end of the words it was stated under), then 中.
const FRAMED_NOUN = /^\s*([\u4e00-\u9fff]{0,8}?)(?:当中|之中|中)/;
// "人民调解员1036名中，…", "在办理的法律援助案件861件中，…": a count after its noun, restated as the frame of its parts (the
// noun is in its own words: none after it).
const NOUN_FIRST_FRAME = /^\s*()(?:当中|之中|中)(?=\s*[，,：:])/;
const JOINING_DE = /(?<=[\u4e00-\u9fff])的(?=[\u4e00-\u9fff])/g;
const PLACE_ONLY = new RegExp(`^(?:${SCOPE_WORDS.join('|')}|全局|本局|在)+$`);
const PLACE_FRAME = /^\s*([\u4e00-\u9fff]{2,8}?)(?:当中|之中|中)(?=\s*[，,：:])/;
// "上述326件行政复议案件中", "这326件行政复议案件，": a count pointed back at by its noun alone (one that names no count of any
// kind: "上述326件案件" may be any of them).
const DEMONSTRATIVE = /^(?:在|对)?(?:上述|以上|前述|这些|这)$/;
const POINTED_NOUN = /^\s*([\u4e00-\u9fff]{2,8}?)(?:当中|之中|中|(?=[，,。；;]))/;
// "在受理的…中", "所受理的": words that open the frame, not the count's.
const FRAME_OPENING = /^(?:在|从)?所?/;
// "39件申请均属于行政处罚类": a count opening its sentence, its noun said to be all of one kind — the count of that noun stated
// in the sentence before, restated ("11件申请均已办结" says how many were closed: no restatement).
const OPENING_NOUN = /^\s*((?:(?!均|都|全部)[\u4e00-\u9fff]){1,8}?)(?:均|都|全部|全都)(?:为|是|属于|系)/;
const GENERIC_NOUNS = new Set(['', '件', '案', '案件', '办件', '纠纷', '诉求', '事项', '申请', '来电', '来信', '信件', '工单', '问题']);
// "工单受理3150件" is "受理工单3150件": a count's noun before its verb is put after it, so both orders are one phrase; so is
// the verb made a noun with 量 ("法律援助案件办理量达320件").
const OBJECT_FIRST = new RegExp(`^([\\u4e00-\\u9fff]{0,6}(?:${[...GENERIC_NOUNS].filter((n) => n.length > 1 || n === '案').join('|')}))(受理|收到|接听|接收|接到|登记|新收|办结|审结|办理|调处|审理)量?$`);
// How far back the count a frame restates is looked for: its paragraph and those before it under the same heading, this
// many at most; a total of the opening paragraph (before the first heading) from further.
const MAX_FRAME_REACH = 6;
// A bulletin's opening totals are restated in its short sections; a long report's opening is too far to be meant.
const MAX_OPENING_REACH = 12;
// How many clauses back a change or a ratio finds the level it is of ("8736万元，完成年初预算的27%，同比增长11%").
const MAX_RELATION_CLAUSES = 2;
// Outside a title in 《》 ("《政府目标管理绩效考核……调查》" names a survey, no target).
const ADDED_TO = /加上|再加|扣除|减去|剔除/;
// (A budget as approved or adjusted is a plan too: "…对预算调整的决议：龙里县2020年财政总收入335,857万元" beside the actual
// "龙里县2020年财政总收入323,712万元，完成预算的96.38%".)
const PLAN_WORDS = /(?:目标|计划|力争|预计|预期|争取|拟|有望|确保|预算调整的决议|调整预算的决议|批准的预算)(?![^《》]*》)/;
// Another body's assessment of the writer ("市热线办对我区三季度工单办理综合考核情况如下：…按期办结2798件"): its figures
// are that body's, which may count otherwise than the writer's own, not the writer's figures stated again.
// The assessor takes the counts of what was taken in from the same platform; only how it was handled is its own to judge.
const TAKEN_IN = new Set(['受理', '收到', '新收', '接收', '接听', '接到']);
const ASSESSED_BY_OTHERS = /对(?:我|本)(?:省|市|区|县|旗|镇|乡|街道|局|委|办|院|单位|部门|系统)[^。；;]{0,40}?(?:考核|考评|评估|评价|测评|督查|督察|通报|排名|核查)/;
// How many clauses before a figure its sentence is read for 其中 and framings: a real sentence has a handful. And how
// many characters of a clause or of the sentence before a figure are read (bounded in a run without punctuation).
const MAX_CLAUSES_BACK = 8;
const MAX_CONTEXT = 200;
// The headline is one short line; a mention tied loosely shares the end of its words, this long at least.
const MAX_HEADLINE = 80;
const MIN_SHARED = 4;
// A neighbour that ties two mentions must be precise enough not to agree by chance; more so when their words differ.
const MIN_NEIGHBOUR_DIGITS = 2;
// How many figures on each side of a mention in its paragraph may be that neighbour: a restatement may put a clause
// between ("审结…12195件，直接纠错1639件，直接纠错率13.4%" … "审结…12195件，直接纠错率13.4%").
const NEIGHBOUR_REACH = 2;
// Figures stated alike with 去年 and with the report's year that show 去年 is that year.
const MIN_SAME_YEAR = 2;
const MIN_SUFFIX_DIGITS = 3;
// What a dropped subject must not name: a narrower place, level or instance than the whole, or a property only some
// have ("持证行政执法人员" of "行政执法人员", "专职…", "女…").
const NARROWER = /本级|[省市县区镇乡]级|县|区|乡|镇|街道|社区|村|基层|中院|一审|二审|再审|其中|持证|持有|取得|具有|具备|专职|兼职|在编|在岗|新增|新招|新录|女|党员|重大|重点|优秀/;
// Words after the verb that name no particular thing: "办结案件", "受理各类事项".
const GENERIC_REST = /^(?:案|件|事项|项目|问题|工作)?$/;
const GENERIC_END = /(?:案|件|事项|项目|问题|工作)$/;
// Rates every service reports of itself ("群众满意率达98.5%" of the hotline, of the service hall…): the paragraph, not
// the words, says whose.
// A percent whose own words name it as a rate ("解决率为", "满意度达").
const NAMED_RATE = /[\u4e00-\u9fff]{2}(?:率|度)(?:为|达到?|是)?\s*$/;
const GENERIC_RATE = /^(?:群众|企业|公众|社会|总体|综合|整体|平均)*(?:满意率|满意度|(?:按时|按期)?(?:办结|结案|审结)率|及时率|回访率|回复率|答复率|知晓率|参与率|合格率|通过率|覆盖率|完成率|达标率|到位率|接通率|签收率|响应率|解决率)$/;
// Counts (not percents) of one figure within this factor: farther apart they are a part and its whole.
export const MIN_RATIO = 0.6;
// The fewest characters of the noun a change names itself by ("信访事项总量增速…"), as of a count's phrase.
const MIN_NAMED_CHANGE = 3;
// Words stated more often than this are a table's or a list's, not a figure said again: such mentions are not compared.
// "较上年", "比去年同期", "与上年相比", "与同期相比" say what 同比 says: a change restated in other words is the same change.
const YEAR_ON_YEAR = new RegExp(`(?:较|比|与)(?:(?:${LAST_YEAR})(?:同期|末)?|同期)(?:相比)?`);
const MAX_PAIRWISE = 24;

const UNIT_KINDS = [['件', '起', '宗', '例', '单'], ['人', '名', '位'], ['个', '家', '所']];
// The noun after a measure word that counts occurrences ("86项次"): no noun of the count's own.
const OCCURRENCES = '次';
// Each unit of UNIT_KINDS → the first of its kind (a lookup per mention).
const KIND_OF_UNIT = new Map(UNIT_KINDS.flatMap((kind) => kind.map((unit) => [unit, kind[0]] as const)));

/**
 * What restatedConflicts keeps between checks of a document being edited (DocumentAnalyses.kept): per set of mentions whose
 * words end alike, the ties found among them (tiesWithin), reused while the set holds the same mentions read from the
 * same sentence readings, their paragraphs' block units are unchanged and so are the headings over them and the report's
 * year and title — all that the ties read besides (a mention's period and neighbours come from its paragraph, the
 * headings over it and the title). Only the last check's sets are kept.
 */
export interface RestatedMemo {
  /** By the words' ending (endingOf): the ties within the set, as pairs of places in it. */
  ties: Map<string, Kept<number[]>>;
  /** By a short rate's name: its mentions named in full, then those named short, and the ties between them (shortRateTies). */
  rates: Map<string, Kept<number[]>>;
  /** By the first mention's source: whether the mentions tied together are a conflict, and each one's value class (conflictOf). */
  components: Map<object, Kept<number[] | undefined>>;
}

export const newRestatedMemo = (): RestatedMemo => ({ ties: new Map(), rates: new Map(), components: new Map() });

/** What a check of a document being edited gives restatedConflicts to reuse the last check's ties by. */
export interface RestatedKeeping {
  memo: RestatedMemo;
  /** Per block unit of this check, in order, an object that stays the same from check to check while the unit's key does. */
  units: { unit: DocumentUnit; value: object }[];
}

/** What was read of one set of mentions, with what it was read from. */
interface Kept<T> {
  /** The report's year and title (keptContext). */
  context: string;
  /**
   * Per mention: what it was read from (Mention.source, slot), its paragraph's block units (whether it stands in a
   * headline, and which mentions share a paragraph, follow from them) and the titles of the headings over it.
   */
  sources: object[];
  slots: number[];
  units: (readonly object[])[];
  headings: string[];
  /** The report-wide readings of periods the ties asked for (MentionPeriods.asked). */
  asked: AskedPeriods;
  value: T;
}

/** Restated figures whose values disagree, each group with the value class of every mention; the plan sections aside. */
export function restatedConflicts(doc: ReportDocument, index: FigureIndex, plans: Span[], keeping?: RestatedKeeping): RestatedGroup[] {
  const mentions = collectMentions(doc, index, plans);
  const parent: number[] = [];
  // The mention of each figure, by figure id.
  const at = new Array<number | undefined>(index.figures.length);
  for (let k = 0; k < mentions.length; k++) {
    parent.push(k);
    at[mentions[k].figure.id] = k;
  }
  const periods: MentionPeriods = { doc, mentions, lastYearIsCurrent: undefined, yearsOf: undefined, asked: undefined };
  const periodOf = periodOfMention.bind(undefined, periods);

  // Mentions are tied only within words of one kind that end alike (exact ties share all their words): such a set whose
  // values all agree holds no conflict and is not read further (nor where its mentions stand).
  const byEnding = new Map<string, number[]>();
  for (let k = 0; k < mentions.length; k++) {
    const key = mentions[k].ending;
    const ks = byEnding.get(key);
    if (ks) ks.push(k);
    else byEnding.set(key, [k]);
  }
  const endingGroups: number[][] = [];
  const kept = keeping && new KeptReader(doc, index, keeping);
  const read = <T>(which: keyof RestatedMemo, key: unknown, group: Mention[], compute: () => T): T => (kept ? kept.read(which, key, group, periods, compute) : compute());
  for (const [key, ks] of byEnding) {
    if (ks.length < 2 || !valuesDiffer(mentions, ks)) continue;
    endingGroups.push(ks);
    const group = ks.map((k) => mentions[k]);
    const joins = read('ties', key, group, () => tiesWithin(doc, index, group, at, mentions, periods, periodOf));
    for (let j = 0; j < joins.length; j += 2) join(parent, ks[joins[j]], ks[joins[j + 1]]);
  }

  const rates: [number, number][] = [];
  for (const [name, ks] of shortRateSets(mentions)) {
    const group = ks.map((k) => mentions[k]);
    const ties = read('rates', name, group, () => shortRateTies(doc, index, group, periodOf));
    for (let j = 0; j < ties.length; j += 2) rates.push([ks[ties[j]], ks[ties[j + 1]]]);
  }
  const framed = [...framedTies(doc, index, mentions, periodOf), ...rates, ...swappedTies(doc, index, mentions, periodOf)];
  for (const [a, b] of framed) join(parent, a, b);

  const out: RestatedGroup[] = [];
  const candidates: Mention[][] = [];
  const tied = [...new Set([...endingGroups.flat(), ...framed.flat()])].sort((a, b) => a - b);
  const components = new Map<number, Mention[]>();
  for (const k of tied) {
    const r = rootOf(parent, k);
    const group = components.get(r);
    if (group) group.push(mentions[k]);
    else components.set(r, [mentions[k]]);
  }
  for (const group of components.values()) {
    if (group.length < 2 || group.length > MAX_PAIRWISE) continue;
    const classes = read('components', group[0].source, group, () => conflictOf(doc, index, group, periodOf));
    if (!classes) continue;
    candidates.push(group);
    out.push({ mentions: group.map((m) => ({ figure: m.figure, label: doc.text.slice(m.ownStart, m.figure.span.end).trim() })), classOf: classes.map((k) => group[k].figure) });
  }
  // This check's readings replace the last's: those of sets gone are dropped.
  if (keeping && kept) Object.assign(keeping.memo, kept.next);
  const parallel = parallelSections(doc, index, candidates);
  return out.filter((_, k) => !parallel[k]);
}

/**
 * Whether mentions tied together state one figure with values that disagree: per mention, the place in the group of
 * the mention whose value it states (valueClasses); undefined when they do not.
 */
function conflictOf(doc: ReportDocument, index: FigureIndex, group: Mention[], periodOf: (m: Mention) => string | undefined): number[] | undefined {
  // A component must be of one period and place: ties through an unstated one never join two stated ones.
  if (stated(group, periodOf) > 1 || stated(group, placeOf) > 1) return undefined;
  // "市、区平台共受理5057件" … "市级平台受理4554件": one level alone is a part of the levels together or of the whole.
  const levels = new Set(group.map((m) => mentionSetting(m).level));
  if (levels.size > 1 && [...levels].some((l) => ONE_LEVEL.test(l))) return undefined;
  const figures = group.map((m) => m.figure);
  // "出庭应诉率突破80%" … "已达100%": a bound the exact values all keep (more than, less than) is no other value.
  if (boundsKept(figures)) return undefined;
  const classOf = valueClasses(figures);
  const values = classOf.map((f) => Math.abs(f.value));
  if (new Set(classOf).size < 2) return undefined;
  // Changes or ratios of levels of other values ("全区…合计财政总收入4109121万元，为预算的105.1%" and "区本级…合计财政总收入1981651万元，
  // 为预算的98.0%") differ as their levels do: no figure said twice.
  if (group.some((a, i) => group.some((b, j) => classOf[i] !== classOf[j] && a.level !== undefined && b.level !== undefined && a.level !== b.level))) return undefined;
  // "县直各部门…预算结余3.83亿元…；各乡镇…预算结余2.66亿元…": values that differ only within one sentence are its parallel
  // clauses' (one per body or place), not one figure said twice.
  // A frame that restates a count ("受理案件208件，…，在受理的218件案件中") is no parallel clause.
  if (!group.some((m) => m.framed) && !figures.some((a, i) => figures.some((b, j) => classOf[i] !== classOf[j] && a.sentence !== b.sentence))) return undefined;
  // Counts (not rates, nor their changes in points) far apart are a part and its whole, not a slip ("办结案件691件" of one crime beside 2.31万件 in all) — unless
  // the very same words give two numerals one slip of the keys apart ("审核规范性文件42件" … "24件").
  if (!isRatio(group[0].figure) && Math.min(...values) < MIN_RATIO * Math.max(...values) && !mistyped(doc, group)) return undefined;
  if (partAndRest(index, group)) return undefined;
  if (group.some((a, i) => group.some((b, j) => classOf[i] !== classOf[j] && ofOtherClasses(doc, index, a, b)))) return undefined;
  return classOf.map((f) => figures.indexOf(f));
}

// A heading's title, or a run-in label of a paragraph ("——小学。"), that names a class of things: a short noun, no topic
// of work (情况, 工作, 举措 …) and no verb of one (加强, 推进 …).
const CLASS_LABEL = /^[\u4e00-\u9fff]{2,6}$/;
const NOT_CLASS = /情况|工作|概况|成效|举措|问题|安排|分析|总览|综述|说明|措施|做法|经验|成绩|特点|目标|任务|计划|总结|报告|不足|原因|其他|方面|数据|统计|加强|推进|深化|强化|坚持|完善|提升|提高|健全|落实|开展|推动|规范|优化|创新|夯实|严格|做好|全面|持续|着力|聚焦|突出|依法/;
const RUN_IN_LABEL = /^\s*——\s*([\u4e00-\u9fff]{2,6})\s*[。：:]?\s*$/;
const HEADING_MARKS = /[：:。\s]+$/;
const headingsAt = new WeakMap<ReportDocument, Int32Array>();

/** The class a mention is said of: the run-in label before it in its paragraph, else the heading over it, when either names a class. */
function classLabel(doc: ReportDocument, index: FigureIndex, m: Mention): string | undefined {
  const at = index.sentences[m.figure.sentence].docSentence;
  const block = doc.sentences[at].blockIndex;
  for (let s = at - 1; s >= 0 && doc.sentences[s].blockIndex === block; s--) {
    const label = RUN_IN_LABEL.exec(doc.sentences[s].text)?.[1];
    if (label) return NOT_CLASS.test(label) ? undefined : label;
  }
  let heading = headingsAt.get(doc);
  if (!heading) {
    heading = new Int32Array(doc.blocks.length);
    let last = -1;
    for (const b of doc.blocks) heading[b.index] = last = b.heading ? b.index : last;
    headingsAt.set(doc, heading);
  }
  const h = heading[block];
  const title = h >= 0 ? doc.blocks[h].content.replace(HEADING_MARKS, '') : '';
  return CLASS_LABEL.test(title) && !NOT_CLASS.test(title) ? title : undefined;
}

/**
 * "一、义务教育 …专任教师1.79万人" and "（一）小学 …专任教师11280人" (or "——小学。专任教师11280人"): two mentions said of two
 * classes — labels that differ, neither sharing two characters in a row with the words of either (a heading "（二）行政复议"
 * over "受理行政复议案件", or "三、行政执法" over "执法检查", names the count's own topic) — are two counts, not one said twice.
 */
function ofOtherClasses(doc: ReportDocument, index: FigureIndex, a: Mention, b: Mention): boolean {
  const [x, y] = [classLabel(doc, index, a), classLabel(doc, index, b)];
  return x !== y && ![x, y].some((label) => label !== undefined && (sharesBigram(label, a.phrase) || sharesBigram(label, b.phrase)));
}

function sharesBigram(label: string, words: string): boolean {
  for (let k = 0; k + 2 <= label.length; k++) if (words.includes(label.slice(k, k + 2))) return true;
  return false;
}

const LOWER_BOUND = new Set<string>(['突破', '超过', '超', '逾', '以上']);
// Rounded down to the last written place (GB/T 15835): 余 and 多 bound the value from above too.
const ROUNDED_DOWN = new Set<string>(['多', '余']);
const UPPER_BOUND = new Set<string>(['不到', '不足', '近', '将近', '接近']);

/** Some figures are bounds (突破80%, 不足10件), the others one exact value that keeps every bound. */
function boundsKept(figures: Figure[]): boolean {
  const exact = figures.filter((f) => !f.approx);
  const bounds = figures.filter((f) => f.approx);
  if (!exact.length || !bounds.length || new Set(exact.map((f) => f.value)).size > 1) return false;
  const value = exact[0].value;
  return bounds.every((b) => {
    const marks = b.number.approx as readonly string[];
    // "1200余件" is at least 1200 and less than the next step of its last written place (1300).
    if (marks.some((m) => ROUNDED_DOWN.has(m))) return value >= b.value && value < b.value + lastPlace(b);
    if (marks.some((m) => LOWER_BOUND.has(m))) return value >= b.value;
    if (marks.some((m) => UPPER_BOUND.has(m))) return value <= b.value;
    return false;
  });
}

/**
 * The ties within one set of mentions whose words end alike, as pairs of places in it: each of them reads the set's
 * mentions, their periods and settings and their paragraphs' neighbours, nothing of another set.
 */
function tiesWithin(doc: ReportDocument, index: FigureIndex, group: Mention[], at: (number | undefined)[], mentions: Mention[], periods: MentionPeriods, periodOf: (m: Mention) => string | undefined): number[] {
  const joins: number[] = [];
  const parent = group.map((_, k) => k);
  const tie = (a: number, b: number) => {
    join(parent, a, b);
    joins.push(a, b);
  };
  // Exact ties: same words and framing, of the same period, after the same words, of the same agencies, in the same
  // context (an unstated one — a period, a statement that opens its sentence, a headline's agencies, no clause before
  // it — joins when the others agree on one).
  const tieable: Mention[] = [];
  const placeIn = new Map<Mention, number>();
  group.forEach((m, k) => {
    if (m.generic || m.tie !== 'any' || EVENT_UNITS.has(m.figure.unit)) return;
    tieable.push(m);
    placeIn.set(m, k);
  });
  // A count of items and one of their occurrences (项 and 项次) may count otherwise: tied only loosely.
  for (const alike of groupBy(tieable, wordsAndOccurrences).values()) {
    // Words stated this often are a table's or a list's, not a figure said again (nor read further).
    if (alike.length < 2 || alike.length > MAX_PAIRWISE) continue;
    for (const ms of groupBy(alike, framingOf).values()) {
      for (const samePeriod of agreeing(ms, periodOf)) {
        // Words that name the count whole ("办理法律援助案件"), each in a sentence of the same stated span ("第一季度"), are
        // one figure whatever stands beside them there.
        const byPrior = namesWhole(alike[0].phrase) && oneStatedSpan(samePeriod, periods) ? [samePeriod] : agreeing(samePeriod, priorOf);
        for (const samePrior of byPrior) {
          const agencies = abbreviated(samePrior);
          for (const sameAgencies of agreeing(samePrior, (m) => agencies.get(mentionSetting(m).agencies as string))) {
            for (const sameContext of agreeing(sameAgencies, contextOf)) {
              for (const samePopulation of agreeing(sameContext, populationOf)) {
                for (const same of agreeing(samePopulation, numeratorOf)) {
                  // Two approximate counts ("150余条", "230余条") under one sentence's words are rarely one figure: rounded, of
                  // two channels or bodies summed up alike. They are tied through an exact mention, or by a neighbour (below).
                  const anchor = same.find((m) => !m.figure.approx);
                  if (!anchor) continue;
                  for (const m of same) if (m !== anchor) tie(placeIn.get(anchor) as number, placeIn.get(m) as number);
                }
              }
            }
          }
        }
      }
    }
  }
  // Loose ties: a headline (or a framing that differs) tied by a neighbour stated alike in both places, or by two precise
  // numerals two swapped digits apart in different paragraphs ("审结案件2965件" … "共审结案件2695件"): by chance two figures
  // rarely are.
  if (group.length > MAX_PAIRWISE) return joins;
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      const a = group[i];
      const b = group[j];
      if (rootOf(parent, i) === rootOf(parent, j) || a.figure.sentence === b.figure.sentence || a.tie === 'frame' || b.tie === 'frame') continue;
      // The lead's subject may name the writer's place (县司法局): tied by its own test, not by the places the words name.
      const alike = wordsAlike(a, b) ?? (leadSummaryInBody(doc, index, a, b) ? 'suffix' : undefined);
      // (Nor of a change or ratio of two levels named otherwise: "总收入…，完成年初预算N的97.34%" and "总支出…，完成年初预算N的
      // 96.95%" share the budget beside them, not the level.)
      if (!alike || !agree(periodOf(a), periodOf(b)) || !agree(mentionSetting(a).place, mentionSetting(b).place) || !agree(a.population, b.population) ||
        !agree(a.numerator, b.numerator) || !agree(a.subject, b.subject)) continue;
      const digits = alike === 'same' && a.tie === 'any' && b.tie === 'any' ? MIN_NEIGHBOUR_DIGITS : MIN_SUFFIX_DIGITS;
      if (!neighbourAgrees(doc, at, mentions, a, b, digits) && !swapped(doc, index, a.figure, b.figure) &&
        !(alike === 'suffix' && (oneSpanNamedWhole(a, b, periodOf) || leadSummaryInBody(doc, index, a, b) || subjectCarried(doc, index, a, b))) && !headlineRestated(group, a, b, periodOf)) continue;
      tie(i, j);
    }
  }
  return joins;
}

/**
 * The last check's ties (RestatedMemo), read for this check's sets of mentions, and this check's kept for the next. A set's
 * ties are reused when each mention is the same (read from the same sentence reading, in the same paragraph, under a
 * headline or not as before), its paragraph's block units are unchanged (so are its period words and neighbours), the
 * report's year, title and headings are (the periods under them), and so is every report-wide reading of periods the
 * ties asked for.
 */
class KeptReader {
  readonly next = newRestatedMemo();
  private readonly context: string;
  // By block index, the unit holding it; by paragraph, its units' values (built when first asked).
  private readonly unitOfBlock: Int32Array;
  private readonly lastBlock = new Map<number, number>();
  private readonly unitsOf = new Map<number, readonly object[]>();
  private readonly headingsOf = new Map<number, string>();

  constructor(private readonly doc: ReportDocument, private readonly index: FigureIndex, private readonly keeping: RestatedKeeping) {
    this.context = keptContext(doc);
    this.unitOfBlock = new Int32Array(doc.blocks.length).fill(-1);
    keeping.units.forEach(({ unit }, u) => this.unitOfBlock.fill(u, unit.first, unit.last + 1));
    // A paragraph's mentions may stand in the blocks after its first ("其中，…" going on from it).
    for (const x of index.sentences) {
      const block = doc.sentences[x.docSentence].blockIndex;
      if (block > (this.lastBlock.get(x.paragraph) ?? -1)) this.lastBlock.set(x.paragraph, block);
    }
  }

  /**
   * What `compute` reads of a set of mentions, kept under `key` in the memo's `which`: the last check's if it still holds,
   * else read now. Kept for the next check either way.
   */
  read<T>(which: keyof RestatedMemo, key: unknown, group: Mention[], periods: MentionPeriods, compute: () => T): T {
    const last = this.keeping.memo[which] as Map<unknown, Kept<T>>;
    const next = this.next[which] as Map<unknown, Kept<T>>;
    const was = last.get(key);
    if (was && this.holds(was, group, periods)) {
      next.set(key, was);
      return was.value;
    }
    const asked: AskedPeriods = { lastYear: undefined, months: new Map() };
    periods.asked = asked;
    const value = compute();
    periods.asked = undefined;
    next.set(key, { ...this.described(group), asked, value });
    return value;
  }

  private holds<T>(kept: Kept<T>, group: Mention[], periods: MentionPeriods): boolean {
    if (kept.context !== this.context || kept.sources.length !== group.length) return false;
    for (let k = 0; k < group.length; k++) {
      const m = group[k];
      if (kept.sources[k] !== m.source || kept.slots[k] !== m.slot) return false;
      const paragraph = paragraphOf(this.index, m.figure);
      const units = this.paragraphUnits(paragraph);
      const was = kept.units[k];
      if (was.length !== units.length || kept.headings[k] !== this.headings(paragraph)) return false;
      for (let j = 0; j < units.length; j++) if (was[j] !== units[j]) return false;
    }
    return askedAlike(periods, kept.asked);
  }

  private described(group: Mention[]): Omit<Kept<never>, 'asked' | 'value'> {
    return {
      context: this.context,
      sources: group.map((m) => m.source),
      slots: group.map((m) => m.slot),
      units: group.map((m) => this.paragraphUnits(paragraphOf(this.index, m.figure))),
      headings: group.map((m) => this.headings(paragraphOf(this.index, m.figure))),
    };
  }

  /** The titles of the headings over a paragraph (headedPeriod reads their periods). */
  private headings(paragraph: number): string {
    let out = this.headingsOf.get(paragraph);
    if (out === undefined) {
      const at = this.doc.blocks[paragraph].span.start;
      const titles: string[] = [];
      for (let section = sectionAt(this.doc.sections, at); section; section = sectionAt(section.children, at)) titles.push(section.title);
      this.headingsOf.set(paragraph, (out = titles.join('\u0000')));
    }
    return out;
  }

  private paragraphUnits(paragraph: number): readonly object[] {
    let out = this.unitsOf.get(paragraph);
    if (!out) {
      const values: object[] = [];
      const last = this.lastBlock.get(paragraph) ?? paragraph;
      for (let u = this.unitOfBlock[paragraph]; u >= 0 && u <= this.unitOfBlock[last]; u++) values.push(this.keeping.units[u].value);
      this.unitsOf.set(paragraph, (out = values));
    }
    return out;
  }
}

/**
 * Whether the smaller of two values is a part whose rest is counted right after it in its sentence: "共受理申请96件，依法受理86件，
 * 不予受理10件" states a whole and how it splits, not the whole twice.
 */
function partAndRest(index: FigureIndex, group: Mention[]): boolean {
  const values = [...new Set(group.map((m) => m.figure.value))];
  if (values.length !== 2 || isRatio(group[0].figure)) return false;
  const small = Math.min(...values);
  const rest = Math.max(...values) - small;
  return group.some((m) => {
    if (m.figure.value !== small) return false;
    const main = index.sentences[m.figure.sentence].main;
    const at = main.indexOf(m.figure);
    return at >= 0 && main.slice(at + 1).some((f) => f.value === rest && sameUnitKind(f, m.figure));
  });
}

/** Whether the values of the mentions at ks are not all one. */
function valuesDiffer(mentions: Mention[], ks: number[]): boolean {
  const first = mentions[ks[0]].figure.value;
  for (const k of ks) if (mentions[k].figure.value !== first) return true;
  return false;
}

// Union-find over mention places.
function rootOf(parent: number[], k: number): number {
  while (parent[k] !== k) k = parent[k] = parent[parent[k]];
  return k;
}

function join(parent: number[], a: number, b: number): void {
  parent[rootOf(parent, a)] = rootOf(parent, b);
}

// The keys mentions are grouped and split by. An average ("案件平均罚款金额18.42万元") is another measure than the total its
// words end like ("罚款金额3.40亿元").
const AVERAGED = /平均|[人案件户日月年]均/;
const endingOf = (kind: string, phrase: string) => `${kind}|${AVERAGED.test(phrase) ? '均|' : ''}${phrase.slice(-MIN_SHARED)}`;
const wordsAndOccurrences = (m: Mention) => `${m.kind}|${m.occurrences}|${m.phrase}`;
const framingOf = (m: Mention) => mentionSetting(m).framing;
const priorOf = (m: Mention) => m.prior;
// The clause nearest the figure says what it stands in: clauses before that one (a source, a meeting: "区政府通报了…情况：")
// do not set two mentions apart.
const contextOf = (m: Mention) => nearestContext(mentionSetting(m).context);
const nearestContext = (context: string | undefined) => context?.slice(context.lastIndexOf('/') + 1);
const populationOf = (m: Mention) => m.population;
const numeratorOf = (m: Mention) => m.numerator;
const placeOf = (m: Mention) => mentionSetting(m).place;

/** Conflicts between two sections of one level that differ on two or more things: parallel sections, not restatements. */
const MIN_PARALLEL = 2;

/**
 * Per group, whether its mentions stand under headings of one level, each its own, that differ on at least
 * MIN_PARALLEL groups: "（二）市长信箱：受理来信27件，办结27件，涉及镇街4个" and "（三）区长信箱：受理来信23件，办结23件，涉及镇街5个"
 * report the same things of two subjects, as the sections of a bulletin do; a figure stated again elsewhere differs alone.
 */
function parallelSections(doc: ReportDocument, index: FigureIndex, groups: Mention[][]): boolean[] {
  const headingAt: number[] = [];
  let last = -1;
  for (const b of doc.blocks) {
    if (b.heading) last = b.index;
    headingAt.push(last);
  }
  const headingOf = (m: Mention) => headingAt[doc.sentences[index.sentences[m.figure.sentence].docSentence].blockIndex];
  const pairsOf = (group: Mention[]): string[] | undefined => {
    const headings = [...new Set(group.map(headingOf))];
    if (headings.length !== group.length || headings.some((h) => h < 0)) return undefined;
    const level = doc.blocks[headings[0]].heading!.level;
    if (headings.some((h) => doc.blocks[h].heading!.level !== level)) return undefined;
    return headings.flatMap((a, i) => headings.slice(i + 1).map((b) => `${Math.min(a, b)}-${Math.max(a, b)}`));
  };
  const pairs = groups.map(pairsOf);
  const counts = new Map<string, number>();
  for (const list of pairs) for (const key of list ?? []) counts.set(key, (counts.get(key) ?? 0) + 1);
  // "二、网络举报受理情况" and "三、微信举报受理情况": headings worded alike but for their subject name parallel sections
  // themselves.
  // So do numbered items with their body run in, compared up to their first figure ("3.烈山区共发生3起事故…" and
  // "4.市辖区共发生3起事故…").
  const alike = (key: string) => {
    const [a, b] = key.split('-').map((h) => doc.blocks[Number(h)].content.replace(FROM_FIRST_FIGURE, '').replace(NOT_TITLE_WORDS, ''));
    const ending = commonSuffix([a, b]);
    return ending.length >= MIN_PARALLEL_ENDING && a !== b;
  };
  return pairs.map((list) => !!list && list.every((key) => (counts.get(key) ?? 0) >= MIN_PARALLEL || alike(key)));
}

const FROM_FIRST_FIGURE = /[0-9０-９].*$/s;
// What a parallel heading's subject is compared without: punctuation closing it.
const NOT_TITLE_WORDS = /[：:。\s]+$/;
// The shortest ending two headings share for their sections to read as parallel ("…举报受理情况"; not a bare "…情况").
const MIN_PARALLEL_ENDING = 4;

/**
 * "共受理群众来电9230件。……受理的9230件办件中，…": each count restated as a frame, with the counts it restates — those
 * before it of its kind and period stated under its verb words (after a subject that names no narrower place, and ending in
 * its noun unless that names any count), in its paragraph or under the same heading up to MAX_FRAME_REACH paragraphs
 * back, or a total of the opening paragraph up to MAX_OPENING_REACH paragraphs back. Tied only when they agree on one
 * value: two different counts fit, or one states the frame's value, and the frame restates nothing in doubt.
 */
function framedTies(doc: ReportDocument, index: FigureIndex, mentions: Mention[], periodOf: (m: Mention) => string | undefined): [number, number][] {
  const out: [number, number][] = [];
  const openingTotals = mentions.flatMap((m, j) => (index.sentences[m.figure.sentence].section < 0 && m.figure.totalCue ? [j] : []));
  mentions.forEach((frame, k) => {
    if (!frame.framed) return;
    const { words, noun } = frame.framed;
    const paragraph = paragraphOf(index, frame.figure);
    const restated = frame.framed.opening ? openingRestated(index, mentions, k, periodOf) : [];
    if (!frame.framed.opening) {
      const near: number[] = [];
      for (let j = k - 1; j >= 0 && paragraph - paragraphOf(index, mentions[j].figure) <= MAX_FRAME_REACH; j--) {
        if (underOneHeading(doc, paragraphOf(index, mentions[j].figure), paragraph)) near.push(j);
      }
      const opening = openingTotals.filter((j) => j < k && paragraph - paragraphOf(index, mentions[j].figure) <= MAX_OPENING_REACH);
      // "二、存在的问题⏎调处的326件矛盾纠纷中，…": a section on what fell short looks back at the year's counts before it.
      // Only counts whose own words carry the frame's verb and noun: no part completed from the count before it.
      const lookingBack = looksBack(doc, index, frame.figure)
        ? mentions.flatMap((m, j) => (j < k && paragraph - paragraphOf(index, m.figure) <= MAX_OPENING_REACH && !looksBack(doc, index, m.figure) &&
          ownWordsCarry(doc, m, words, noun) ? [j] : [])) : [];
      // A frame of a named agency restates a count of that agency only: one after the agency is named on its own (not as
      // the bodies of a whole place, "全县法院").
      const subject = frame.framed.subject;
      for (const j of new Set([...near, ...opening, ...lookingBack])) {
        const m = mentions[j];
        if (subject && !namedAlone(doc.norm, subject, m.figure.span.start)) continue;
        if (m.framed || m.kind !== frame.kind || !agree(periodOf(m), periodOf(frame))) continue;
        const from = m.phrase.indexOf(words);
        // "不予受理案件28件" is no count of 受理 ("在受理的218件案件中").
        // A list's item is restated only by a frame that names its noun: "受理的125件案件中" may count the whole list.
        if (from >= 0 && !NARROWER.test(m.phrase.slice(0, from)) && !NEGATION_BEFORE.test(m.phrase.slice(0, from)) &&
          ((GENERIC_NOUNS.has(noun) && m.tie !== 'frame') || m.phrase.endsWith(noun))) restated.push(j);
        // "湖北网民留言量18804件" … "在湖北上半年收到的18804件留言中": a count named by its noun and 量, no verb of its own, is
        // what the frame's verb took in.
        else if (from < 0 && noun.length >= 2 && !GENERIC_NOUNS.has(noun) && (m.phrase.endsWith(`${noun}量`) || m.phrase.endsWith(`${noun}总量`)) && !verbOf(m.phrase)) restated.push(j);
      }
    }
    const values = valueClasses(restated.map((j) => mentions[j].figure));
    if (restated.length === 0 || new Set(values).size > 1 || sameValue(values[0], frame.figure)) return;
    for (const j of restated) out.push([j, k]);
  });
  return out;
}

/**
 * "共受理行政复议申请38件。39件申请均属于行政处罚类": the counts a count opening its sentence restates — those of the sentence
 * right before in its paragraph, of its kind and period, whose words end in its noun (even one naming any count: the
 * sentence before says which), parts too (two values then fit). None when any figure of that sentence states its value:
 * it may restate that one, whatever its words.
 */
function openingRestated(index: FigureIndex, mentions: Mention[], k: number, periodOf: (m: Mention) => string | undefined): number[] {
  const frame = mentions[k];
  const before = frame.figure.sentence - 1;
  if (before < 0 || index.sentences[before].paragraph !== index.sentences[frame.figure.sentence].paragraph) return [];
  if (index.sentences[before].figures.some((id) => sameValue(index.figures[id], frame.figure))) return [];
  const noun = (frame.framed as Framed).noun;
  const out: number[] = [];
  for (let j = k - 1; j >= 0 && mentions[j].figure.sentence >= before; j--) {
    const m = mentions[j];
    if (m.figure.sentence === before && !m.framed && m.kind === frame.kind && agree(periodOf(m), periodOf(frame)) && m.phrase.endsWith(noun)) out.push(j);
  }
  return out;
}

// A rate named short: three characters ending in 率 ("纠错率", "合格率"), the end of its full name ("行政复议纠错率").
const SHORT_RATE = /^[\u4e00-\u9fff]{2}率$/;

/**
 * The rates named short with others named in full that end in their names: per name, the places of those named in full,
 * then of those named short (shortRateTies reads such a set).
 */
function shortRateSets(mentions: Mention[]): Map<string, number[]> {
  // Plain loops: most mentions are no rate, and a list or closure per mention was most of what this cost.
  const rates: number[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.figure.percent && m.tie !== 'frame' && SHORT_RATE.test(m.phrase)) rates.push(k);
  }
  if (rates.length === 0) return new Map();
  const short = groupBy(rates, (k) => mentions[k].phrase);
  const fulls: number[] = [];
  for (let j = 0; j < mentions.length; j++) {
    const full = mentions[j];
    if (!full.figure.percent || full.phrase.length <= 3 || full.tie === 'frame') continue;
    const ks = short.get(full.phrase.slice(-3));
    if (ks && ks.length <= MAX_PAIRWISE && !NARROWER.test(full.phrase.slice(0, -3))) fulls.push(j);
  }
  const out = groupBy(fulls, (j) => mentions[j].phrase.slice(-3));
  for (const [name, set] of out) set.push(...(short.get(name) as number[]));
  return out;
}

/**
 * "全县行政复议纠错率为15.38%" … under its section "纠错率15.83%": a rate named in full and named short, tied when their
 * numerals are two swapped digits apart (swapped) and nothing sets them apart (period, place, a narrower subject before the
 * name). Of one set of shortRateSets (those named short last), pairs of places in it.
 */
function shortRateTies(doc: ReportDocument, index: FigureIndex, group: Mention[], periodOf: (m: Mention) => string | undefined): number[] {
  const out: number[] = [];
  const shortFrom = group.findIndex((m) => m.phrase.length === 3);
  for (let j = 0; j < shortFrom; j++) {
    const full = group[j];
    for (let k = shortFrom; k < group.length; k++) {
      const m = group[k];
      if (m.kind !== full.kind || !agree(periodOf(m), periodOf(full)) || !agree(mentionSetting(m).place, mentionSetting(full).place)) continue;
      if (swapped(doc, index, m.figure, full.figure)) out.push(j, k);
    }
  }
  return out;
}

/** Whether no heading starts between two paragraphs (block indices, from before to after). */
// The heading of a section on what fell short in the year ("二、存在的问题", "存在的不足和原因").
const SHORTCOMINGS_HEADING = /问题|不足|短板|差距|薄弱/;

/** Whether a mention's own words (not those completed from the count before it) hold the verb, then the noun. */
function ownWordsCarry(doc: ReportDocument, m: Mention, words: string, noun: string): boolean {
  const own = doc.norm.slice(m.ownStart, m.figure.span.start);
  const at = own.indexOf(words);
  return at >= 0 && own.indexOf(noun, at + words.length) >= 0;
}

/** Whether f stands in a top-level section on the year's shortcomings. */
function looksBack(doc: ReportDocument, index: FigureIndex, f: Figure): boolean {
  const section = doc.sections[index.sentences[f.sentence].section];
  return !!section && SHORTCOMINGS_HEADING.test(section.title);
}

function underOneHeading(doc: ReportDocument, from: number, to: number): boolean {
  for (let b = from + 1; b <= to; b++) if (doc.blocks[b].kind === 'heading') return false;
  return true;
}

/**
 * The period of each mention, 去年 read as the report's year when the text shows it is: a news item on last year's report
 * says 去年 of the year its figures are of ("去年北京市共审结…12195件" … "2022年，北京市共审结…12195件"). It does when at least
 * MIN_SAME_YEAR figures are stated alike under the same words with 去年 and with the year (precise ones: 3 significant
 * digits, not 100%), and more words agree so than are stated with other values — a report comparing its year with the last
 * states other values.
 */
interface MentionPeriods {
  doc: ReportDocument;
  mentions: Mention[];
  /** Whether 去年 is the report's year (undefined: not yet read). */
  lastYearIsCurrent: boolean | undefined;
  // Months without a year where the report's year is unknown ("今年上半年" in a headline): of the one year they are
  // stated with elsewhere ("2023年1月1日至6月30日").
  yearsOf: Map<string, Set<string>> | undefined;
  /** While a set's ties are read to be kept (KeptReader): what of the two readings above they asked for. */
  asked: AskedPeriods | undefined;
}

/** The report-wide readings of periods a set's ties asked for: whether 去年 is the year, the one year of such months. */
interface AskedPeriods {
  lastYear: boolean | undefined;
  months: Map<string, string | undefined>;
}

function periodOfMention(periods: MentionPeriods, m: Mention): string | undefined {
  const period = mentionPeriod(m);
  if (period === 'previous' && lastYearIsCurrent(periods)) return 'current';
  const year = period?.startsWith(':') ? yearOfMonths(periods, period.slice(1)) : undefined;
  return year !== undefined ? `${year}${period}` : period;
}

function lastYearIsCurrent(periods: MentionPeriods): boolean {
  const current = (periods.lastYearIsCurrent ??= lastYearIsTheYear(periods.doc, periods.mentions));
  if (periods.asked) periods.asked.lastYear = current;
  return current;
}

/** The one year months without a year are stated with elsewhere, if one. */
function yearOfMonths(periods: MentionPeriods, months: string): string | undefined {
  const years = (periods.yearsOf ??= yearsOfMonths(periods.mentions)).get(months);
  const year = years?.size === 1 ? [...years][0] : undefined;
  periods.asked?.months.set(months, year);
  return year;
}

/** Whether the report-wide readings of periods a set's ties asked for read the same now. */
function askedAlike(periods: MentionPeriods, asked: AskedPeriods): boolean {
  if (asked.lastYear !== undefined && lastYearIsCurrent(periods) !== asked.lastYear) return false;
  for (const [months, year] of asked.months) if (yearOfMonths(periods, months) !== year) return false;
  return true;
}

/** The report's year and title, which every mention's period may read (periodReader). */
function keptContext(doc: ReportDocument): string {
  return `${doc.year?.value}\u0000${doc.title ? doc.norm.slice(doc.title.contentSpan.start, doc.title.contentSpan.end) : ''}`;
}

function lastYearIsTheYear(doc: ReportDocument, mentions: Mention[]): boolean {
  let agreeing = 0;
  let disagreeing = 0;
  const specific: Mention[] = [];
  for (const m of mentions) if (!m.generic) specific.push(m);
  for (const alike of groupBy(specific, kindAndPhrase).values()) {
    if (alike.length < 2) continue;
    const last: Mention[] = [];
    for (const m of alike) if (mentionPeriod(m) === 'previous') last.push(m);
    const current: Mention[] = [];
    if (last.length) for (const m of alike) if (mentionPeriod(m) === 'current') current.push(m);
    if (!current.length) continue;
    let alikeValues = 0;
    let precise = false;
    for (const a of last) {
      if (!statesValueOf(current, a.figure)) continue;
      alikeValues++;
      precise ||= isPrecise(doc, a.figure);
    }
    if (!alikeValues) disagreeing++;
    else if (precise) agreeing++;
  }
  return agreeing >= MIN_SAME_YEAR && agreeing > disagreeing;
}

function yearsOfMonths(mentions: Mention[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of mentions) {
    const [year, months] = mentionPeriod(m)?.split(':') ?? [];
    if (year && months) out.set(months, (out.get(months) ?? new Set()).add(year));
  }
  return out;
}

const kindAndPhrase = (m: Mention) => `${m.kind}|${m.phrase}`;

function statesValueOf(mentions: Mention[], f: Figure): boolean {
  for (const m of mentions) if (sameValue(m.figure, f)) return true;
  return false;
}

/** Precise enough to show 去年 is the report's year: exact, 3 significant digits, not 100%. */
function isPrecise(doc: ReportDocument, f: Figure): boolean {
  return !f.approx && significantDigits(doc, f) >= 3 && !(f.percent && f.value === 100);
}

/** Mentions under the very same words whose two numerals are one slip of the keys apart. */
function mistyped(doc: ReportDocument, group: Mention[]): boolean {
  if (new Set(group.map((m) => m.phrase)).size !== 1) return false;
  const numerals = [...new Set(group.map((m) => doc.text.slice(m.figure.numeralSpan.start, m.figure.numeralSpan.end).replace(/[,，\s]/g, '')))];
  if (numerals.length !== 2) return false;
  // "3.6亿元" … "6.3亿元": digits swapped across a decimal point that stands in the same place in both.
  const [x, y] = numerals;
  const sameDecimals = x.indexOf('.') === y.indexOf('.');
  return oneSlipApart(x, y) || (sameDecimals && x.includes('.') && oneSlipApart(x.replace('.', ''), y.replace('.', '')));
}

// The significant digits each of two figures tied by a swap alone must have: two counts of three digits are a swap apart
// by chance about once in a few hundred pairs; rates crowd between 90% and 100%, where swaps are common ("98.5%", "95.8%").
const MIN_SLIP_DIGITS = 3;
const MIN_SLIP_DIGITS_OF_RATES = 4;

/**
 * Two exact figures in different paragraphs, each of MIN_SLIP_DIGITS significant digits (MIN_SLIP_DIGITS_OF_RATES for a
 * percent), whose numerals differ by two neighbouring digits swapped: a figure mistyped where it is stated again. Not one
 * digit changed: rates of two subjects stated alike in one paragraph differ so ("县直单位…好评率达99.95%。乡镇…好评率达99.93%").
 */
function swapped(doc: ReportDocument, index: FigureIndex, a: Figure, b: Figure): boolean {
  if (a.approx || b.approx || paragraphOf(index, a) === paragraphOf(index, b)) return false;
  const digits = isRatio(a) ? MIN_SLIP_DIGITS_OF_RATES : MIN_SLIP_DIGITS;
  if (significantDigits(doc, a) < digits || significantDigits(doc, b) < digits) return false;
  const numeral = (f: Figure) => doc.text.slice(f.numeralSpan.start, f.numeralSpan.end).replace(/[,，\s]/g, '');
  const [x, y] = [numeral(a), numeral(b)];
  return x.length === y.length && neighboursSwapped(x, y, differingPlaces(x, y));
}

/** Two numerals one slip apart: two neighbouring digits swapped (42/24), one digit changed (1200/1300), one dropped (120/12). */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 2) return false;
  if (a.length === b.length) {
    const diff = differingPlaces(a, b);
    return diff.length === 1 || neighboursSwapped(a, b, diff);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || short.length < 2) return false;
  for (let k = 0; k < long.length; k++) if (long.slice(0, k) + long.slice(k + 1) === short) return true;
  return false;
}

/** The places where two numerals of one length differ. */
function differingPlaces(a: string, b: string): number[] {
  return [...a].flatMap((c, k) => (c === b[k] ? [] : [k]));
}

/** Whether two numerals of one length, differing at `diff`, differ by two neighbouring digits swapped (2965/2695). */
function neighboursSwapped(a: string, b: string, diff: number[]): boolean {
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}

/**
 * The mentions split by a property, those without it joining when all others share one value: [[2022年…], [2023年…]]
 * for two stated years, [[2023年…, unstated…]] for one.
 */
function agreeing(ms: Mention[], value: (m: Mention) => string | undefined): Mention[][] {
  // Each value read once: the mentions without one leave the groups afterwards.
  const byValue = groupBy(ms, value);
  byValue.delete(undefined);
  return byValue.size <= 1 ? [ms] : [...byValue.values()];
}


// A span of time a report states of part of its year: a quarter, a half, months, a date range, "to date".
const PART_OF_YEAR = /月|^now$/;
// The object a count's verb names ("法律援助案", "群众反映诉求"): this long at least, it says which count it is.
const MIN_OBJECT = 4;

/** Words with a verb of a count and its object ("办理法律援助案", "受理群众反映诉求"): they name the count whole. */
function namesWhole(phrase: string): boolean {
  const verb = verbOf(phrase);
  return verb !== undefined && phrase.length - (phrase.lastIndexOf(verb) + verb.length) >= MIN_OBJECT;
}

// A span a sentence states of its figure: months, a quarter, a half ("1-9月", "第三季度"), or years ("2019年至2023年").
const STATED_SPAN = /月|^(?:19|20)[0-9]{2}-/;

/**
 * A headline and its body, the subject dropped in one — its words end the other's ("2019年至2023年办理法律援助案件…" / "2019年至2023年全省法律援助机构办理
 * 法律援助案件…"): words that end alike and name the count whole, each of the one span both state — not the report's year,
 * which every figure has.
 */
function oneSpanNamedWhole(a: Mention, b: Mention, periodOf: (m: Mention) => string | undefined): boolean {
  const period = periodOf(a);
  const [short, long] = a.phrase.length <= b.phrase.length ? [a.phrase, b.phrase] : [b.phrase, a.phrase];
  return period !== undefined && period === periodOf(b) && STATED_SPAN.test(period) && long.endsWith(short) && namesWhole(short);
}

// The institutions that do a kind of work for the whole place, named as the subject a lead's summary drops
// ("法律援助机构", "人民调解组织", "行政复议机构").
const INSTITUTIONS = /^(?:各级)?[\u4e00-\u9fff]{2,8}(?:机构|组织)$/;

// The writer's name, read from the title once per document (tiesWithin asks it per pair).
const writers = new WeakMap<ReportDocument, string>();
function writerOf(doc: ReportDocument): string {
  let writer = writers.get(doc);
  if (writer === undefined) writers.set(doc, (writer = issuerOf(doc) ?? ''));
  return writer;
}

/**
 * "2025年，市司法局……办理法律援助案件8264件" in the lead before the first heading, and "全市法律援助机构共办理法律援助
 * 案件8264件" under a heading: the lead's summary states the body's count with the writer as its subject, or none, the body
 * with the institutions that do the work, written right before it. Only between the lead and the body, never two counts
 * of the body.
 */
function leadSummaryInBody(doc: ReportDocument, index: FigureIndex, a: Mention, b: Mention): boolean {
  const inLead = (m: Mention) => index.sentences[m.figure.sentence].section === -1;
  if (inLead(a) === inLead(b)) return false;
  const [lead, body] = inLead(a) ? [a, b] : [b, a];
  const shared = commonSuffix([lead.phrase, body.phrase]).length;
  const [leadSubject, institutions] = [lead.phrase.slice(0, lead.phrase.length - shared), body.phrase.slice(0, body.phrase.length - shared)];
  const writer = writerOf(doc);
  return shared >= MIN_SHARED && namesWhole(body.phrase.slice(-shared)) && INSTITUTIONS.test(institutions) &&
    doc.norm.slice(body.ownStart, body.figure.span.start).includes(institutions) &&
    (leadSubject === '' || (leadSubject.length >= 3 && writer.endsWith(leadSubject)));
}

/** Whether every mention is of one stated part of the year. */
function oneStatedSpan(ms: Mention[], periods: MentionPeriods): boolean {
  const first = periodOfMention(periods, ms[0]);
  if (first === undefined || !PART_OF_YEAR.test(first)) return false;
  for (const m of ms) if (periodOfMention(periods, m) !== first) return false;
  return true;
}

/**
 * The agencies each mention names, an abbreviation read as the full name it ends ("中心" of "市公服中心") when one
 * full name among the others ends so.
 */
function abbreviated(ms: Mention[]): Map<string, string> {
  const named = new Set<string>();
  for (const m of ms) {
    const a = mentionSetting(m).agencies;
    if (a !== undefined) named.add(a);
  }
  const names = [...named];
  const out = new Map<string, string>();
  for (const name of names) {
    const full = name ? names.filter((other) => other !== name && other.endsWith(name)) : [];
    out.set(name, full.length === 1 ? full[0] : name);
  }
  return out;
}

/**
 * 'same' words, or words that end alike ('suffix') when what differs before names no narrower place or level: one ends the
 * other (the subject dropped, "生态环境部门下达行政处罚决定" and "下达行政处罚决定"), or both end in a count's verb and its object
 * (the subject named short and long, "某某12345热线受理群众诉求" and "某某市12345政务服务便民热线受理群众诉求").
 */
function wordsAlike(a: Mention, b: Mention): 'same' | 'suffix' | undefined {
  if (a.phrase === b.phrase) return 'same';
  const [short, long] = a.phrase.length <= b.phrase.length ? [a.phrase, b.phrase] : [b.phrase, a.phrase];
  let shared = 0;
  while (shared < short.length && short[short.length - 1 - shared] === long[long.length - 1 - shared]) shared++;
  // "为消费者挽回经济损失" and "挽回消费者经济损失": the same words in another order, tied loosely like a suffix.
  if (shared >= MIN_SHARED && reordered(short, long)) return 'suffix';
  if (shared < MIN_SHARED || (shared < short.length && !namesWhole(short.slice(-shared)))) return undefined;
  if (NARROWER.test(short.slice(0, short.length - shared)) || NARROWER.test(long.slice(0, long.length - shared))) return undefined;
  // "各盟行政公署、市政府及自治区各部门…制发…" beside "自治区各部门…制发…": the shorter's subject is one of the longer's.
  if (shared === short.length && SUBJECT_JOIN.test(long.slice(0, long.length - shared))) return undefined;
  // "共有行政执法人员…" (有 set aside) beside "培训行政执法人员…": a count of work done to the noun is not the count of the noun.
  // (A counting verb may be dropped: "群众诉求总量" is "受理群众诉求".)
  if (!verbOf(short) && !ACTIVITY.test(short) && ACTIVITY.test(long)) return undefined;
  return 'suffix';
}

/**
 * "2023年，全市消委会受理…，为消费者挽回经济损失1.68亿元" … "全市消委会为消费者挽回经济损失1.63亿元": the longer's words are the
 * shorter's after words its sentence names before it (the subject carried over from its first clause: a body, a place, a
 * field) — the same words said in full, after the same words in their clauses.
 */
function subjectCarried(doc: ReportDocument, index: FigureIndex, a: Mention, b: Mention): boolean {
  const [short, long] = a.phrase.length <= b.phrase.length ? [a, b] : [b, a];
  // (A headline is tied by its own tests: its period words may name another year.)
  if (a.headline || b.headline || !long.phrase.endsWith(short.phrase)) return false;
  const subject = long.phrase.slice(0, long.phrase.length - short.phrase.length);
  // The words before either in its clause must agree: "对民事审判活动…提出检察建议…，法院同期采纳率" is not "对行政执行活动…".
  if (subject.length < MIN_CARRIED_SUBJECT || !HAN_WORDS.test(subject) || !agree(a.prior, b.prior)) return false;
  const sentence = index.sentences[short.figure.sentence];
  // (The words drop fillers and places — "广州全市消委会" reads as 广州消委会 — so the subject stands there in order.)
  return inOrderWithin(subject, doc.norm.slice(sentence.span.start, short.ownStart));
}

const MIN_CARRIED_SUBJECT = 2;
const HAN_WORDS = /^[\u4e00-\u9fff]+$/;

/**
 * "受理案件2549件" … "共受理劳动争议案件2459件": two exact figures in different paragraphs whose numerals differ by two
 * neighbouring digits swapped (swapped), the shorter's words standing in the longer's in order (gapped), of one period,
 * neither a frame (framedTies ties those): a figure mistyped where it is stated again, whatever the words between. Looked for among figures of one measure and one
 * set of digits only.
 */
function swappedTies(doc: ReportDocument, index: FigureIndex, mentions: Mention[], periodOf: (m: Mention) => string | undefined): [number, number][] {
  const byDigits = new Map<string, number[]>();
  for (let k = 0; k < mentions.length; k++) {
    const f = mentions[k].figure;
    if (f.approx) continue;
    const key = `${mentions[k].kind}|${sortedDigits(doc.text, f.numeralSpan.start, f.numeralSpan.end)}`;
    const ks = byDigits.get(key);
    if (ks) ks.push(k);
    else byDigits.set(key, [k]);
  }
  const out: [number, number][] = [];
  for (const ks of byDigits.values()) {
    if (ks.length < 2 || ks.length > MAX_PAIRWISE) continue;
    for (let i = 0; i < ks.length; i++) {
      for (let j = i + 1; j < ks.length; j++) {
        const [a, b] = [mentions[ks[i]], mentions[ks[j]]];
        if (a.figure.value !== b.figure.value && a.tie === 'any' && b.tie === 'any' && !a.framed && !b.framed && gapped(a.phrase, b.phrase) && agree(periodOf(a), periodOf(b)) &&
            swapped(doc, index, a.figure, b.figure)) out.push([ks[i], ks[j]]);
      }
    }
  }
  return out;
}

/** The ASCII digits of text[start, end) in ascending order ("1,250" → "0125"), counted, not sorted: it runs per mention. */
function sortedDigits(text: string, start: number, end: number): string {
  const counts = new Array<number>(10).fill(0);
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d >= 0 && d <= 9) counts[d]++;
  }
  let out = '';
  for (let d = 0; d < 10; d++) out += String(d).repeat(counts[d]);
  return out;
}

/**
 * The shorter phrase's words stand in the longer in order, more between them ("受理案(件)" in "受理劳动争议案(件)"): the
 * same verb, the same last character, MIN_GAPPED characters or more.
 */
function gapped(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < MIN_GAPPED || short.length === long.length || short.slice(-1) !== long.slice(-1)) return false;
  const verb = verbOf(short);
  return !!verb && verb === verbOf(long) && inOrderWithin(short, long);
}

const MIN_GAPPED = 3;

// A joiner of subjects right before the shorter phrase inside the longer.
const SUBJECT_JOIN = /[及和与、]$/;

// Words that only join ("为…", "…的"), left out when two phrases are compared as the same words reordered.
const JOINING_WORDS = /[为的对向给]/g;
const MIN_REORDERED = 6;

/** The same characters (joining words aside), MIN_REORDERED or more, in another order. */
function reordered(a: string, b: string): boolean {
  const [x, y] = [a.replace(JOINING_WORDS, ''), b.replace(JOINING_WORDS, '')];
  if (x.length !== y.length || x.length < MIN_REORDERED || x === y) return false;
  return [...x].sort().join('') === [...y].sort().join('');
}

const ACTIVITY = new RegExp(ACTIVITY_VERBS.join('|'));

const RELATIVE_YEAR = /去年|上年|前年|今年|本年/;
const THIS_YEAR = /今年|本年/;
// The fewest characters of words a headline's figure and the body's must share to be tied by their words alone.
const MIN_HEADLINE_WORDS = 6;

/**
 * "某省法律援助为困难群众挽回经济损失9亿元" over a body saying "…为困难群众挽回经济损失7.87亿元": a headline's figure whose
 * words (MIN_HEADLINE_WORDS or more, whole) end those of exactly one figure of the body, and of no other there, restates it.
 */
function headlineRestated(group: Mention[], a: Mention, b: Mention, periodOf: (m: Mention) => string | undefined): boolean {
  if (a.headline === b.headline || a.tie !== 'any' || b.tie !== 'any') return false;
  const [head, body] = a.headline ? [a, b] : [b, a];
  // A headline naming no period is of the body's; one naming its own as stated ("去年" over "2023年" may be another year:
  // tied only by a neighbour).
  const period = periodOf(head);
  if (period !== undefined && period !== periodOf(body)) return false;
  // …unless the body's sentence says it with the same word before the figure ("今年一季度…" in both), or, for this year
  // (今年, 本年), the body's period read is the headline's ("2022年上半年" in a report of 2022 under "今年上半年").
  const relative = RELATIVE_YEAR.exec(head.figure.before)?.[0];
  const sameWord = !!body.readers && body.readers.doc.norm.slice(body.readers.sentence.span.start, body.figure.span.start).includes(relative ?? '');
  if (relative && !sameWord && !(THIS_YEAR.test(relative) && period !== undefined && period === periodOf(body))) return false;
  if (Math.min(head.phrase.length, body.phrase.length) < MIN_HEADLINE_WORDS) return false;
  return group.filter((m) => m !== head && wordsAlike(head, m) !== undefined).length === 1;
}

function agree(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

/** How many values a property of the mentions states (undefined aside). */
function stated(group: Mention[], value: (m: Mention) => string | undefined): number {
  const values = new Set<string>();
  for (const m of group) {
    const v = value(m);
    if (v !== undefined) values.add(v);
  }
  return values.size;
}

/** A figure of the NEIGHBOUR_REACH nearest on one side of each mention in its paragraph is one figure too, stated alike. */
function neighbourAgrees(doc: ReportDocument, at: (number | undefined)[], mentions: Mention[], a: Mention, b: Mention, digits: number): boolean {
  if (a.figure.change && b.figure.change && statementsBeforeDiffer(a, b)) return false;
  for (const side of [0, 1] as const) {
    for (const na of neighboursOf(a, side)) {
      for (const nb of neighboursOf(b, side)) {
        const ma = at[na.id];
        const mb = at[nb.id];
        if (na === nb) continue;
        if (ma === undefined && mb === undefined) {
          // Two counts with no words of their own before them, the same noun after ("为49.8万名劳动者追发…"): one figure —
          // of one subject in one context, for such a count is said of many ("为1260名群众…").
          if (sameNounAfter(na, nb) && significantDigits(doc, na) >= digits && sameValue(na, nb) && sameSubject(a, b)) return true;
          continue;
        }
        if (ma === undefined || mb === undefined) continue;
        const x = mentions[ma];
        const y = mentions[mb];
        if (!sameChange(x.kind, y.kind) || !wordsAlike(x, y) || na.approx || nb.approx) continue;
        // Within rounding, not at its edge: "99%" beside "99.5%" may as well be another rate.
        if (significantDigits(doc, na) >= digits && sameValue(na, nb) && !atRoundingEdge(na, nb)) return true;
      }
    }
  }
  return false;
}

/**
 * Two changes whose sentences state as many figures before them, one pair of them apart: statements alike of two subjects
 * ("全市…事故28宗…；直接经济损失1.431万元，同比下降99.92%" and "交通运输业…事故23宗…；直接经济损失1.431万元，同比下降83.20%"), whose
 * counts beside the change may agree by chance (one sector held all the loss).
 */
function statementsBeforeDiffer(a: Mention, b: Mention): boolean {
  const before = (m: Mention) => {
    let p = m.place;
    while (p > 0 && m.row[p - 1].sentence === m.figure.sentence) p--;
    return m.row.slice(p, m.place);
  };
  const [x, y] = [before(a), before(b)];
  return x.length > 1 && x.length === y.length && x.some((f, k) => f.value !== y[k].value || f.unit !== y[k].unit);
}

/** Of the same agencies and, in the body, context, where both state them (a headline drops the subject; its context is its source). */
function sameSubject(a: Mention, b: Mention): boolean {
  const [x, y] = [mentionSetting(a), mentionSetting(b)];
  return agree(x.agencies, y.agencies) && (a.headline || b.headline || agree(nearestContext(x.context), nearestContext(y.context)));
}

/** Exact counts of one unit whose metrics, read after their measure words, are the same noun of two characters or more. */
function sameNounAfter(a: Figure, b: Figure): boolean {
  const after = (f: Figure) => !f.approx && !f.percent && f.metricSpan.start >= f.span.end && f.metric.length >= 2;
  return after(a) && after(b) && a.unit === b.unit && a.metric === b.metric;
}

/** Kinds alike but for 同比, which a change beside a restatement may leave to the clause before it ("与上年同期…相比，下降8.32%"). */
function sameChange(a: string, b: string): boolean {
  return a === b || a.replace('同比', '') === b.replace('同比', '');
}

export function significantDigits(doc: ReportDocument, f: Figure): number {
  const numeral = doc.norm.slice(f.numeralSpan.start, f.numeralSpan.end);
  const digits = numeral.includes('.') ? numeral.replace('.', '') : numeral.replace(/0+$/, '');
  return digits.replace(/^0+/, '').length;
}

/** The span of one written digit in the last place: "约3万" → 10000, "3800余" → 100, "14.7%" → 0.1. */
function lastPlace(f: Figure): number {
  const n = f.number;
  if (n.decimals > 0) return 10 ** -n.decimals * n.multiplier;
  const zeros = /0*$/.exec(n.text.replace(/[^0-9]/g, ''))?.[0].length ?? 0;
  return 10 ** zeros * n.multiplier;
}

/** How far the true value may lie from the written one: half the last place, or the whole of it when approximate. */
function precision(f: Figure): number {
  if (f.approx) return lastPlace(f);
  return f.halfUlp > 0 ? f.halfUlp : 0.5;
}

/** Two values exactly half a unit of the coarser apart ("99.5" and "99"): one rounds to the other only one way. */
function atRoundingEdge(a: Figure, b: Figure): boolean {
  return a.value !== b.value && Math.abs(Math.abs(a.value - b.value) - Math.max(precision(a), precision(b))) <= 1e-9 * Math.max(1, Math.abs(a.value));
}

function sameValue(a: Figure, b: Figure): boolean {
  const slack = 1e-9 * Math.max(1, Math.abs(a.value));
  if (Math.abs(a.value - b.value) <= Math.max(precision(a), precision(b)) + slack) return true;
  // An exact count put in 万 or 亿 is as often cut as rounded ("716535件" … "71.6万件").
  const [scaled, exact] = a.number.multiplier > b.number.multiplier ? [a, b] : [b, a];
  return exact.number.multiplier === 1 && isExactCount(exact) && !scaled.approx && exact.value >= scaled.value && exact.value - scaled.value < lastPlace(scaled) - slack;
}

/** Each figure's class: the most precise figure it agrees with, most precise first. */
function valueClasses(figures: Figure[]): Figure[] {
  const order = [...figures].sort((a, b) => precision(a) - precision(b));
  const reps: Figure[] = [];
  const classOf = new Map<Figure, Figure>();
  for (const f of order) {
    const rep = reps.find((r) => sameValue(r, f));
    if (rep) classOf.set(f, rep);
    else {
      reps.push(f);
      classOf.set(f, f);
    }
  }
  return figures.map((f) => classOf.get(f) as Figure);
}

// ---------------------------------------------------------------------------------------------------------------
// The mentions: every figure stated under words of its own, with its period and framing

function collectMentions(doc: ReportDocument, index: FigureIndex, plans: Span[]): Mention[] {
  const periods = periodReader(doc, index);
  const headlineEnd = headlineSpanEnd(doc);
  const out: Mention[] = [];
  const inPlan: PlanCursor = { plans, k: 0 };
  // The main figures of each paragraph in order, the neighbours of its mentions (filled as its sentences are read).
  const rows = new Map<number, Figure[]>();
  // By paragraph: the words of the last count stated as a whole (no part), whose verb a part named by its noun counts by.
  const lastWhole = new Map<number, string>();
  for (let s = 0; s < index.sentences.length; s++) {
    const sentence = index.sentences[s];
    const block = doc.blocks[doc.sentences[sentence.docSentence].blockIndex];
    if (block.kind === 'table') continue;
    const main = mainFigures(sentence);
    let row = rows.get(sentence.paragraph);
    if (!row) rows.set(sentence.paragraph, (row = []));
    const rowStart = row.length;
    // Indexed loops: an iterator object per loop and sentence was most of what reading the mentions made.
    const planned: boolean[] = [];
    for (let k = 0; k < main.length; k++) {
      row.push(main[k]);
      planned.push(inPlanAt(inPlan, main[k].span.start));
    }
    const given: SentenceGiven = { inPlan: planned, lastWhole: lastWhole.get(sentence.paragraph) };
    const readers: SentenceReaders = { doc, sentence, main, clauses: undefined, marks: undefined };
    const read = sentenceReadings(doc, sentence, main, given, readers);
    if (read.lastWhole !== undefined) lastWhole.set(sentence.paragraph, read.lastWhole);
    const from = sentence.span.start;
    const series = read.series;
    if (series) {
      for (let n = 0; n < series.items.length; n++) {
        const j = series.items[n];
        if (given.inPlan[j]) continue;
        const f = main[j];
        const year = series.from + n;
        out.push({
          figure: f, ownStart: from + series.start, kind: `${unitKind(f)}|`, phrase: series.phrase, ending: endingOf(`${unitKind(f)}|`, series.phrase), prior: undefined,
          generic: isGeneric(series.phrase), framed: undefined, tie: 'any', occurrences: countsOccurrences(f), population: undefined, numerator: undefined, level: undefined, subject: undefined,
          row, place: rowStart + j, reading: undefined, readers: undefined, headline: false, periods: undefined,
          period: year === doc.year?.value ? 'current' : String(year), source: series, slot: n,
        });
      }
    }
    for (let k = 0; k < read.readings.length; k++) {
      const r = read.readings[k];
      if (!r) continue;
      const f = main[k];
      out.push({
        figure: f, ownStart: from + r.ownStart, kind: r.kind, phrase: r.phrase, ending: r.ending, prior: r.prior,
        generic: r.generic, framed: r.framed, tie: r.tie, occurrences: r.occurrences, population: r.population ?? baseInSentenceBefore(row, rowStart, main, k), numerator: r.numerator, level: r.level, subject: r.subject,
        row, place: rowStart + k, reading: r, readers, headline: f.span.start < headlineEnd, periods,
        period: null, source: r, slot: -1,
      });
    }
  }
  return out;
}

/**
 * What a sentence says of one of its main figures, read from its own text (offsets from the sentence's start): plain
 * data, no reference to the document it was read in, so it may be kept with the sentence.
 */
interface FigureReading {
  ownStart: number;
  kind: string;
  phrase: string;
  ending: string;
  prior: string | undefined;
  generic: boolean;
  framed?: Framed;
  tie: Mention['tie'];
  occurrences: boolean;
  population: string | undefined;
  numerator: string | undefined;
  level: number | undefined;
  subject: string | undefined;
  /** The first clause whose framing or context it stands in, and the framings of its own words ("在…中"). */
  firstClause: number;
  framing: string[];
  /** Where it stands, read when first asked; in a headline (index 1) without the agencies (a headline drops the subject). */
  settings: (Setting | undefined)[];
}

/** What a sentence is read with besides its text: which main figures lie in a plan, and its paragraph's last whole count. */
interface SentenceGiven {
  inPlan: boolean[];
  lastWhole: string | undefined;
}

interface SentenceReadings {
  given: SentenceGiven;
  /** A series of yearly values: the main figures it holds (their places in main), its first year, words and their start. */
  series?: { items: number[]; from: number; phrase: string; start: number };
  /** Per main figure, its reading; undefined for one stated under no words of its own (a part of a list, a plan, a base …). */
  readings: (FigureReading | undefined)[];
  /** The words of the sentence's last count stated as a whole, for the paragraph's next sentences; undefined for none. */
  lastWhole: string | undefined;
}

// The readings are kept with the sentence (FigureSentence.readings): a sentence of a block unit the edit left alone
// is not read again while the unit cache keeps its unit (block-readings.ts).
const READINGS = {};

/**
 * The readings of a sentence's main figures: they depend on its text, a few characters after it, which of its figures
 * lie in a plan and the paragraph's last whole count before it — nothing else of the report — so they are read once
 * per sentence text and what it is given.
 */
function sentenceReadings(doc: ReportDocument, sentence: FigureSentence, main: Figure[], given: SentenceGiven, readers: SentenceReaders): SentenceReadings {
  const kept = sentence.readings?.get(READINGS) as SentenceReadings | undefined;
  if (kept && kept.given.lastWhole === given.lastWhole && kept.given.inPlan.every((x, k) => x === given.inPlan[k])) return kept;
  const read = readSentence(doc, sentence, main, given, readers);
  (sentence.readings ??= new Map()).set(READINGS, read);
  return read;
}

function readSentence(doc: ReportDocument, sentence: FigureSentence, main: Figure[], given: SentenceGiven, readers: SentenceReaders): SentenceReadings {
  const from = sentence.span.start;
  // By place in main: the words each figure is stated under, and those of the level figure before it.
  const phraseOf = new Array<string | undefined>(main.length);
  const priorOf = new Array<string | undefined>(main.length);
  // By place in main: the earlier period a comparison base names (comparisonOf), undefined for any other figure.
  const compared = new Array<string | undefined>(main.length);
  const readings = new Array<FigureReading | undefined>(main.length);
  let lastWhole = given.lastWhole;
  const found = yearSeries(doc, sentence, main);
  const series = found && { items: found.items.map((f) => main.indexOf(f)), from: found.from, phrase: detached(found.phrase), start: found.start - from };
  // The clauses read so far for a subset opening (clauseSubset), and whether one did.
  let subsetsRead = -1;
  let subsetBefore = false;
  for (let k = 0; k < main.length; k++) {
    const f = main[k];
    if (given.inPlan[k] || found?.items.includes(f) || describedKinds(doc, main, k + 1) || boundsClass(doc, main, k)) continue;
    const moved = movedTo(doc, sentence, main, k);
    let ownStart = moved ? moved.start : ownWordsStart(doc, sentence, main, k);
    // A copy from a mirror site may gloss characters in pinyin ("环(huán)比"): the words are read without the glosses.
    let own = moved ? moved.words : withoutPinyin(doc.norm.slice(ownStart, f.span.start));
    // "按日连续处罚、查封扣押等五类案件总数3850件": names given as examples before 等 and a count of kinds are no 、-list
    // of items; the figure's words are those after 等 ("五类案件总数").
    const examples = moved ? null : EXAMPLES_THEN_KINDS.exec(own);
    if (examples) {
      ownStart += examples[0].length;
      own = own.slice(examples[0].length);
    }
    // "查封、扣押案件384件": the names joined by 、 before it are its words too.
    const joined = moved || examples ? undefined : joinedNamesStart(doc, sentence, f, ownStart);
    if (joined !== undefined) {
      own = doc.norm.slice(joined, f.span.start);
      ownStart = joined;
    }
    if (MOVED.test(own)) continue;
    if (matchInSentenceBefore(doc, sentence, PLAN_WORDS, f.span.start)) continue;
    // "加上上年结余1728.62万元，全年一般公共预算可用资金为24901.77万元": a sum with something added is another figure than the one
    // before the addition, whatever its words.
    if (matchInSentenceBefore(doc, sentence, ADDED_TO, f.span.start)) continue;
    const assessed = matchInSentenceBefore(doc, sentence, ASSESSED_BY_OTHERS, f.span.start);
    const firstClause = Math.max(0, f.clause - MAX_CLAUSES_BACK);
    // After 其中 in its clause (a later item of a 、-list too) or in a clause before it.
    // (Back to the sentence's start: a long list — "其中，食品烟酒支出7078元，下降11.7%；衣着支出…；交通通信支出2217元" — keeps its
    // items parts to its end.)
    // (Whether a clause up to f's opens a subset, read once per clause as the figures go on: a sentence of thousands of
    // clauses is read in one pass, not once per figure.)
    for (; subsetsRead < f.clause; subsetsRead++) subsetBefore ||= clauseSubset(clausesOf(readers), subsetsRead + 1);
    const part = f.subsetCue || SUBSET_CLAUSE.test(own) || subsetBefore;
    // An item of a 、-list is compared only as a part, with the frame that restates it.
    // (The first item of a list carrying its own count verb — "共收到来信16件、来访6批" — is a whole count of its noun: a
    // frame naming that noun restates it.)
    // (A rate named in full in a list of rates — "解决率为95.03%、满意率为96.15%" — is a figure of its own, no part.)
    const listed = !examples && inList(sentence, f) && !(f.percent && NAMED_RATE.test(own));
    if (listed && !part && !verbOf(own)) continue;
    const framing: string[] = [];
    const unmarked = part ? own.replace(PART_OPENING, '') : own;
    // Most words hold no 在: nothing to replace.
    let words = unmarked.includes('在') ? unmarked.replace(FRAMING_IN_CLAUSE, (_, inner: string) => {
      framing.push(plain(inner));
      return '';
    }) : unmarked;
    let phrase: string;
    let prior: string | undefined;
    // The value of the level a change or ratio speaks of (Mention.level).
    let levelValue: number | undefined;
    let levelSubject: string | undefined;
    let relationWords = '';
    let subject = '';
    const base = lastStated(main, k, phraseOf);
    const ownWords = own.trim();
    const framedNoun = f.percent ? null : frameOf(doc, f, ownWords);
    const change = statesChange(own) || (YEAR_ON_YEAR.test(own) && statesChange(own.replace(YEAR_ON_YEAR, '同比'))) || BARE_CHANGE.test(ownWords);
    // "同比分别下降12.5%和下降15.8%": a later item of changes said in turn is of its own count, not of the last one stated;
    // "事故起数减少71473起": an amount of change named by what changed is no level, nor the count a percent after it changes.
    if (JOINED_CHANGE.test(ownWords) || (!f.percent && !change && ENDS_IN_CHANGE.test(plain(ownWords)))) continue;
    // "信访事项总量增速为9.37%", "群众诉求总量较上年增长15.2%": with no count before it in its clauses, the change of the
    // count its words name.
    const alone = base === undefined || main[base].clause < f.clause - MAX_RELATION_CLAUSES;
    const named = !alone ? undefined : f.percent ? namedChange(words) : f.unit === MULTIPLE ? namedMultiple(words) : undefined;
    if (named) {
      // "（新收12290件，旧存2926件），新收同比下降22.08%": a noun this short is the count's before it, whose own words name
      // what it is of — as a count's phrase this short is not read.
      if (assessed || named.noun.length < MIN_NAMED_CHANGE) continue;
      phrase = named.noun;
      prior = undefined;
      relationWords = named.relation;
    } else if (!change && COMPARED.test(own)) {
      // "较上月的590件": a comparison base, no ratio of the figure before ("比全省平均高出3%" is a change).
      compared[k] = comparisonOf(own);
      continue;
    } else if (change || RELATIVE.test(ownWords) || ((f.percent || f.unit === MULTIPLE) && RATIO_OF.test(ownWords))) {
      if (assessed) continue;
      // A change ("同比增长9%") or a ratio ("占受理总数的12%") speaks of the level stated last before it — counted from
      // the comparison base right before it, if any ("716535件，…，与去年同期777733件相比，下降8.32%").
      const baseBefore = k > 0 ? compared[k - 1] : undefined;
      const clauseFrom = baseBefore !== undefined ? main[k - 1].clause : f.clause;
      if (base === undefined || main[base].clause < clauseFrom - MAX_RELATION_CLAUSES) continue;
      phrase = phraseOf[base] as string;
      levelValue = main[base].value;
      if (isRatioBase(doc, main[base], main[base + 1])) levelSubject = priorOf[base];
      // Of the level it speaks of, and so beside what that level stands beside ("收入…完成年初预算数…的8.9%" is not
      // "支出…完成年初预算数…的21.5%").
      prior = priorOf[base];
      relationWords = plain(words.replace(YEAR_ON_YEAR, '同比')).replace(/[了达为]/g, '');
      // "是前三年的1.8倍": a multiple of the earlier count named, as a headline names it (namedMultiple).
      if (f.unit === MULTIPLE) relationWords = relationWords.replace(MULTIPLE_LINK, '');
      // "环比上季度48200件增长了6.20%": the comparison stated with the base before it says against what.
      if (baseBefore !== undefined && !COMPARED_PERIOD.test(relationWords)) relationWords = baseBefore + relationWords;
      // "352件，增长12.48%": a bare change is against the same period before, as 同比 says ("环比" says otherwise).
      else if (BARE_DIRECTION.test(relationWords)) relationWords = `同比${relationWords}`;
    } else {
      // "办理的法律援助案件861件中": the verb and the noun of the count a frame restates, without the 的 that joins them.
      words = framedNoun ? plain(words).replace(FRAME_OPENING, '').replace(DEMONSTRATIVE, '').replace(JOINING_DE, '') : plain(words);
      subject = framedNoun ? agencySubject(words) : '';
      words = words.slice(subject.length);
      // A count with nothing but scope words before it ("全市13个乡镇") is the whole-count check's.
      if (!words && !framedNoun) continue;
      prior = base === undefined ? undefined : phraseOf[base];
      phrase = framedNoun ? words + plain(framedNoun[1]) : completePhrase(words, f, k > 0 ? phraseOf[k - 1] : undefined);
      // A part named by its noun alone ("其中投诉46413件") is counted by the verb of its whole ("共受理投诉举报78599件").
      const wholeVerb = part && !verbOf(phrase) ? verbOf((base !== undefined ? phraseOf[base] : undefined) ?? lastWhole ?? '') : undefined;
      if (wholeVerb) phrase = wholeVerb + phrase;
      if ((phrase.length < 3 && !framedNoun) || !/[\u4e00-\u9fff]/.test(phrase)) continue;
      if (assessed && !TAKEN_IN.has(verbOf(phrase) ?? '')) continue;
      // "共受理行政复议申请1.25万件，受理1.12万件": a bare verb right after a count under that very verb counts another stage
      // (the applications accepted among those received), not the count again.
      if (k > 0 && phrase !== words && phrase === phraseOf[k - 1]) continue;
      phraseOf[k] = phrase;
      priorOf[k] = prior;
      if (!part) lastWhole = phrase;
    }
    // Copies of the words (text.ts): the readings are kept with the sentence, which must not keep this version of the report.
    const kind = detached(`${unitKind(f)}|${relationWords}`);
    readings[k] = {
      ownStart: ownStart - from,
      kind,
      phrase: detached(phrase),
      ending: detached(endingOf(kind, phrase)),
      prior: prior && detached(prior),
      generic: isGeneric(phrase),
      framed: framedNoun ? { words: detached(words), noun: detached(plain(framedNoun[1])), opening: ownWords === '', subject: detached(subject) } : undefined,
      tie: listed ? 'frame' : part ? 'loose' : 'any',
      // A change or ratio (no words of its own) is of the count it speaks of.
      occurrences: countsOccurrences(phraseOf[k] === undefined && base !== undefined ? main[base] : f),
      population: provenBase(main, k),
      numerator: numeratorBefore(main, k, phrase, phraseOf),
      level: levelValue,
      subject: levelSubject,
      firstClause,
      framing: framing.map(detached),
      settings: [],
    };
  }
  return { given, series, readings, lastWhole: lastWhole === given.lastWhole ? undefined : lastWhole };
}

/** A sentence's clauses and marks (places, agencies, levels), each read when first asked in this check. */
interface SentenceReaders {
  doc: ReportDocument;
  sentence: FigureSentence;
  main: Figure[];
  clauses: ClauseReader | undefined;
  marks: SentenceMarks | undefined;
}

/** The marks of a sentence: whole places, agencies, levels. */
interface SentenceMarks {
  places: Mark[];
  agencies: Mark[];
  levels: Mark[];
}

function clausesOf(readers: SentenceReaders): ClauseReader {
  return (readers.clauses ??= clauseReader(readers.doc, readers.sentence, readers.main));
}

function marksOf(readers: SentenceReaders): SentenceMarks {
  const { doc, sentence } = readers;
  return (readers.marks ??= {
    places: markReader(doc, sentence.span, WHOLE_PLACE, placeText),
    agencies: agencyReader(doc, sentence.span),
    levels: markReader(doc, sentence.span, LEVEL, matchText),
  });
}

const placeText = (m: RegExpMatchArray) => m[1] ?? m[2];
const matchText = (m: RegExpMatchArray) => m[0];

/** Where a mention stands (Setting), from its sentence's clauses and marks before it. */
function settingOf(f: Figure, r: FigureReading, headline: boolean, readers: SentenceReaders): Setting {
  const clauses = clausesOf(readers);
  const marks = marksOf(readers);
  const context: string[] = [];
  const framing = r.framing.slice();
  for (let c = r.firstClause; c < f.clause; c++) {
    const reading = clauseReading(clauses, c);
    if (reading?.framing) framing.push(reading.framing);
    if (reading?.context) context.push(reading.context);
  }
  const place = lastMarkBefore(marks.places, f.span.start)?.text;
  let agencies: string | undefined;
  if (!headline) {
    const named: string[] = [];
    for (const m of marksBefore(marks.agencies, f.span.start)) if (!clauseReading(clauses, clauseAt(clauses, m.start))?.source) named.push(m.text);
    agencies = named.join('/');
  }
  // Copies (text.ts): a setting is kept with the reading.
  return {
    place: place && detached(place),
    level: detached(lastMarkBefore(marks.levels, f.span.start)?.text ?? ''),
    agencies: agencies && detached(agencies),
    framing: detached(framing.filter((x) => x).sort().join('/')),
    context: context.length ? detached(context.join('/')) : undefined,
  };
}

// "2019年至2023年，全市受理行政复议案件分别为120件、150件、160件、180件、210件": a value per year, the years one by one.
const YEAR_RANGE = /((?:19|20)[0-9]{2})\s*年?\s*(?:至|到|—|–|-|~)\s*((?:19|20)[0-9]{2})\s*年/;
const RESPECTIVELY = /分别(?:为|是|达到?)?$/;
// The longest text RESPECTIVELY matches ("分别达到"), and the characters it ends in.
const RESPECTIVELY_LENGTH = 4;
const RESPECTIVELY_ENDS = new Set([...'别为是达到'].map((c) => c.charCodeAt(0)));
// Words of a level, not a count: a rate, a score, an index ("群众满意度分别为…").
const SERIES_LEVEL = /(?:率|度|指数)$/;

/**
 * The one series of yearly values of a sentence whose range of years is written before it and whose words name what they
 * count ("全市受理行政复议案件分别为…"): each value is of its year, stated under those words. Undefined for any other
 * sentence — a series of kinds, a series whose count of values is not that of the years, words that name nothing.
 */
function yearSeries(doc: ReportDocument, sentence: FigureIndex['sentences'][number], main: Figure[]): { items: Figure[]; from: number; phrase: string; start: number } | undefined {
  const first = main.findIndex((f) => endsRespectively(doc.norm, Math.max(sentence.span.start, f.span.start - MAX_CONTEXT), f.span.start));
  if (first < 0) return undefined;
  const head = main[first];
  const items = main.filter((f) => f.clause === head.clause && f.span.start >= head.span.start && !f.inParens);
  const before = doc.norm.slice(Math.max(sentence.span.start, head.span.start - MAX_CONTEXT), head.span.start);
  const range = YEAR_RANGE.exec(before);
  if (!range || items.some((f) => unitKind(f) !== unitKind(head))) return undefined;
  const [from, to] = [Number(range[1]), Number(range[2])];
  if (to - from + 1 !== items.length) return undefined;
  // The words between the years (or the clause's start) and the values.
  const clauseStart = sentence.segments.find((seg) => seg.clause === head.clause)?.span.start ?? sentence.span.start;
  const start = Math.max(clauseStart, head.span.start - before.length + (range.index ?? 0) + range[0].length);
  const words = plain(doc.norm.slice(start, head.span.start).replace(RESPECTIVELY, '').replace(/^[，,、\s]+/, ''));
  if (words.length < 3 || !/[\u4e00-\u9fff]/.test(words) || !(verbOf(words) || SERIES_LEVEL.test(words))) return undefined;
  return { items, from, phrase: words, start };
}

/**
 * Whether norm[from, to), trailing space aside, ends in RESPECTIVELY: only its last RESPECTIVELY_LENGTH characters are
 * read, and only when the last is one RESPECTIVELY may end in (most figures follow other words).
 */
function endsRespectively(norm: string, from: number, to: number): boolean {
  while (to > from && WHITE_SPACE.has(norm.charCodeAt(to - 1))) to--;
  return to > from && RESPECTIVELY_ENDS.has(norm.charCodeAt(to - 1)) && RESPECTIVELY.test(norm.slice(Math.max(from, to - RESPECTIVELY_LENGTH), to));
}

/** The place in main of the nearest of the MAX_LOOKBACK figures before main[k] stated under words of its own. */
function lastStated(main: Figure[], k: number, phraseOf: (string | undefined)[]): number | undefined {
  for (let j = k - 1; j >= Math.max(0, k - MAX_LOOKBACK); j--) if (phraseOf[j] !== undefined) return j;
  return undefined;
}

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/** Whether an offset lies in a plan section, for offsets asked in document order (the spans are in that order too). */
interface PlanCursor {
  plans: Span[];
  k: number;
}

function inPlanAt(cursor: PlanCursor, at: number): boolean {
  const plans = cursor.plans;
  while (cursor.k < plans.length && plans[cursor.k].end <= at) cursor.k++;
  return cursor.k < plans.length && plans[cursor.k].start <= at;
}

interface ClauseReading {
  framing: string | undefined;
  context: string | undefined;
  /** Says where the news comes from or since when ("记者从市司法局获悉", "自1月以来"): no context, nor whose figure. */
  source: boolean;
}

/**
 * What each clause of a sentence says of the figures after it: whether it opens with 其中 (they are parts); for a
 * clause without figures, its words as a framing or topic ("在涉企案件中", "围绕安全生产专项整治") or else as context
 * ("为困难群众", "据统计"). Each clause is read once, and only when asked.
 */
interface ClauseReader {
  doc: ReportDocument;
  sentence: FigureSentence;
  main: readonly Figure[];
  // By clause number (the clauses of a sentence are numbered from 0): each read once, when first asked.
  spans: Span[] | undefined;
  withFigures: Set<number> | undefined;
  texts: string[];
  subsets: boolean[];
  readings: Map<number, ClauseReading | undefined>;
}

function clauseReader(doc: ReportDocument, sentence: FigureSentence, main: readonly Figure[]): ClauseReader {
  return { doc, sentence, main, spans: undefined, withFigures: undefined, texts: [], subsets: [], readings: new Map() };
}

/**
 * Whether a clause opens with 其中 or sorts what follows ("从数据来源来看，"): the figures after it are parts, of a whole
 * stated before — two lists worded alike may break down two wholes.
 */
function clauseSubset(clauses: ClauseReader, c: number): boolean {
  if (clauses.subsets[c] === undefined) {
    const text = clauseText(clauses, c);
    clauses.subsets[c] = SUBSET_CLAUSE.test(text) || SORT_HEADING.test(text);
  }
  return clauses.subsets[c];
}

function clauseReading(clauses: ClauseReader, c: number): ClauseReading | undefined {
  if (clauses.readings.has(c)) return clauses.readings.get(c);
  let reading: ClauseReading | undefined;
  if (!clauses.withFigures) {
    clauses.withFigures = new Set();
    for (const g of clauses.main) clauses.withFigures.add(g.clause);
  }
  if (!clauses.withFigures.has(c)) {
    const text = clauseText(clauses, c);
    const words = plain(text.replace(FRAMING_CLAUSE, ''));
    // The clause that opens another body's assessment names the assessor, as a source names where news comes from.
    if (SOURCE.test(text) || SINCE.test(text) || ASSESSED_BY_OTHERS.test(text)) reading = { framing: undefined, context: undefined, source: true };
    else if (words) {
      reading = FRAMING_CLAUSE.test(text) || TOPIC.test(text)
        ? { framing: words, context: undefined, source: false }
        : { framing: undefined, context: words, source: false };
    }
  }
  clauses.readings.set(c, reading);
  return reading;
}

/** The clause an offset of the sentence lies in. */
function clauseAt(clauses: ClauseReader, at: number): number {
  for (const seg of clauses.sentence.segments) if (at < seg.span.end) return seg.clause;
  return -1;
}

function clauseText(clauses: ClauseReader, c: number): string {
  let text = clauses.texts[c];
  if (text === undefined) {
    if (!clauses.spans) {
      const spans: Span[] = [];
      for (const seg of clauses.sentence.segments) {
        const span = spans[seg.clause];
        if (span) span.end = seg.span.end;
        else spans[seg.clause] = { start: seg.span.start, end: seg.span.end };
      }
      clauses.spans = spans;
    }
    const span = clauses.spans[c];
    text = span ? clauses.doc.norm.slice(span.start, Math.min(span.end, span.start + MAX_CONTEXT)).trim() : '';
    clauses.texts[c] = text;
  }
  return text;
}

/**
 * "受理行政复议案件由120件下降到98件": the value a move ends at, stated under the words before 由 (where they start, and the
 * words). Undefined for any other figure.
 */
function movedTo(doc: ReportDocument, sentence: FigureIndex['sentences'][number], main: Figure[], k: number): { start: number; words: string } | undefined {
  const [from, f] = [main[k - 1], main[k]];
  if (!from || from.segment !== f.segment || !MOVE_TO.test(doc.norm.slice(from.span.end, f.span.start).trim())) return undefined;
  const start = ownWordsStart(doc, sentence, main, k - 1);
  const words = doc.norm.slice(start, from.span.start).trimEnd();
  return MOVE_FROM.test(words) ? { start, words: words.replace(MOVE_FROM, '') } : undefined;
}

/** Whether f is an item of a 、-list: its clause holds other segments. */
// How many names joined by 、 before a count's own words are read as its words.
const MAX_JOINED_NAMES = 3;

/** Where the names joined by 、 before f's own words start (segments of its clause without figures), else undefined. */
function joinedNamesStart(doc: ReportDocument, sentence: FigureIndex['sentences'][number], f: Figure, ownStart: number): number | undefined {
  let start: number | undefined;
  for (let k = f.segment - 1, at = ownStart; k >= Math.max(0, f.segment - MAX_JOINED_NAMES); k--) {
    const seg = sentence.segments[k];
    if (seg.clause !== f.clause || seg.figures.length > 0 || at !== sentence.segments[k + 1].span.start || doc.norm.charAt(at - 1) !== '、') break;
    start = at = seg.span.start;
  }
  return start;
}

// Names given as examples, closed by 等 before a count of kinds ("…、查封扣押等" before "五类案件").
const EXAMPLES_THEN_KINDS = /^[^，,；;。]*?等(?=[一二两三四五六七八九十0-9]+[类项种个])/;

// "州信访局收到的6件来信中": an agency named before a frame's verb, read apart from the verb and noun.
const AGENCY_SUBJECT = /^[\u4e00-\u9fff]{1,8}?(?:局|厅|委员会|办公室|法院|检察院|中心)/;

const WHOLE_PLACE_BEFORE = /[全各我两级]$/;

/** The name stands in the text before `before` on its own somewhere, not as the bodies of a whole place ("全县法院"). */
function namedAlone(text: string, name: string, before: number): boolean {
  for (let at = text.lastIndexOf(name, before); at >= 0; at = text.lastIndexOf(name, at - 1)) {
    if (!WHOLE_PLACE_BEFORE.test(text.slice(Math.max(0, at - 1), at))) return true;
    if (at === 0) break;
  }
  return false;
}

/** The agency a frame's words open with, right before its count verb ("州信访局" of "州信访局收到"); '' for none. */
function agencySubject(words: string): string {
  const subject = AGENCY_SUBJECT.exec(words)?.[0];
  const verb = subject && verbOf(words.slice(subject.length));
  return subject && verb && words.startsWith(verb, subject.length) ? subject : '';
}

function inList(sentence: FigureIndex['sentences'][number], f: Figure): boolean {
  // A 、 joining two names before one count ("查封、扣押案件384件") makes no list: a segment beside it with a figure does.
  const [prev, next] = [sentence.segments[f.segment - 1], sentence.segments[f.segment + 1]];
  return (prev?.clause === f.clause && prev.figures.length > 0) || (next?.clause === f.clause && next.figures.length > 0);
}

/**
 * Where the words of f's segment before it start: after any figure before it there and any space (a headline runs two
 * statements on with a space).
 */
function ownWordsStart(doc: ReportDocument, sentence: FigureIndex['sentences'][number], main: Figure[], at: number): number {
  // A count of kinds right before ("办理四类案件2870件"): the words start where its own do (one step back, never a chain).
  const k = describedKinds(doc, main, at) ? at - 1 : classStart(doc, main, at);
  const f = main[k];
  const seg = sentence.segments[f.segment];
  const prev = main[k - 1];
  const from = Math.max(prev && prev.segment === f.segment ? prev.span.end : seg.span.start, f.span.start - MAX_CONTEXT);
  // A space between words and the numeral ("未调解成功 41 件", as PDFs write it) is not one between two statements.
  let start = f.span.start;
  while (start > from && WHITE_SPACE.has(doc.norm.charCodeAt(start - 1))) start--;
  if (!isHan(doc.norm.charCodeAt(start - 1))) start = f.span.start;
  while (start > from && !WHITE_SPACE.has(doc.norm.charCodeAt(start - 1))) start--;
  return start;
}

const BARE_DIRECTION = new RegExp(`^(?:${[...INCREASE_WORDS, ...DECREASE_WORDS].join('|')})$`);

// A change named by the noun of the count that changed, no count beside it ("投诉举报总量增速", "群众诉求受理量增幅",
// "案件数量同比增长", "来电总量较上年下降"): the noun, the comparison and the direction.
const NAMED_CHANGE = /^([\u4e00-\u9fff]{2,}?)的?(?:总量|数量|总数|量)?的?(同比|环比)?(增速|增幅|增长率|增长幅度|降幅|增长|上升|增加|提高|下降|减少|降低)$/;
const GROWTH_NOUN = /^(?:增速|增幅|增长率|增长幅度)$/;
const NOT_A_NOUN = /^(?:同比|环比|较|比|与)/;

// "办理行政复议案件是前三年的1.8倍" (a headline): a multiple of an earlier count, no count beside it — the noun of the count
// and the earlier one it is a multiple of.
const MULTIPLE = '倍';
const MULTIPLE_LINK = /^(?:是|为|相当于)/;
const NAMED_MULTIPLE = /^([\u4e00-\u9fff]{2,}?)(?:是|为|相当于)([\u4e00-\u9fff0-9]{1,8})$/;

/** The count a multiple is of when its words name it by its noun, and what it is a multiple of. */
function namedMultiple(words: string): { noun: string; relation: string } | undefined {
  const m = NAMED_MULTIPLE.exec(plain(words));
  return m ? { noun: m[1].replace(OBJECT_FIRST, '$2$1'), relation: m[2] } : undefined;
}

/** The count a change in percent is of when its words name it by its noun, and the change as a comparison and a direction. */
function namedChange(words: string): { noun: string; relation: string } | undefined {
  const m = NAMED_CHANGE.exec(plain(words.replace(YEAR_ON_YEAR, '同比')));
  if (!m || NOT_A_NOUN.test(m[1])) return undefined;
  const direction = GROWTH_NOUN.test(m[3]) ? '增长' : m[3] === '降幅' ? '下降' : m[3];
  return { noun: m[1].replace(OBJECT_FIRST, '$2$1'), relation: `${m[2] ?? '同比'}${direction}` };
}

// Counts of kinds ("五类", "3种"), and the noun between such a count and the figure it describes.
const KINDS_UNIT = /^(?:类|种|大类)$/;
const NOUN_ONLY = /^[\u4e00-\u9fff]{1,6}$/;

/** "办理四类案件2870件": the figure before main[k] counts the kinds of its noun — words of main[k], no statement of its own. */
function describedKinds(doc: ReportDocument, main: Figure[], k: number): boolean {
  const prev = main[k - 1];
  const f = main[k];
  return !!prev && !!f && prev.segment === f.segment && KINDS_UNIT.test(prev.unit) && NOUN_ONLY.test(doc.norm.slice(prev.span.end, f.span.start));
}

// A class named by the numbers that bound it ("职工31人至60人（含）的企业", "职工100人以上的企业"): what comes between the
// last bound and the count of the class — 含, 以上/以下/以内, then 的 and the noun, or the noun right after a bound word.
const CLASS_NOUN = /^\s*(?:(?:[(（]含[)）]|[及或]?以[上下内])*的|(?:[(（]含[)）]|[及或]?以[上下内])+)[\u4e00-\u9fff]{1,8}$/;
// The two bounds of a range ("31人至60人").
const RANGE_JOIN = /^\s*[至到\-—–~～－]\s*$/;

/**
 * "职工31人至60人（含）的企业640家": the bounds name which class main[k] counts — its words run from the first bound ("职工
 * 31人至60人（含）的企业"), so the counts of two classes are never one figure. main[k] itself when no bound stands before it.
 */
function classStart(doc: ReportDocument, main: Figure[], k: number): number {
  const joined = (a: number, pattern: RegExp) =>
    a >= 0 && main[a].segment === main[a + 1].segment && pattern.test(doc.norm.slice(main[a].span.end, main[a + 1].span.start));
  if (!joined(k - 1, CLASS_NOUN)) return k;
  return joined(k - 2, RANGE_JOIN) ? k - 2 : k - 1;
}

/** A bound of the class a figure after it counts: words of that figure, no count of its own. */
function boundsClass(doc: ReportDocument, main: Figure[], k: number): boolean {
  return (k + 1 < main.length && classStart(doc, main, k + 1) <= k) || (k + 2 < main.length && classStart(doc, main, k + 2) <= k);
}

interface Mark {
  start: number;
  end: number;
  text: string;
}

/**
 * The matches of a pattern in a sentence, read once, and for an offset those that end before it within MAX_CONTEXT:
 * the whole place (全省, 我市 … as its level) or the agencies (市场监管局) named before a figure.
 */
function markReader(doc: ReportDocument, span: { start: number; end: number }, pattern: RegExp, text: (m: RegExpMatchArray) => string): Mark[] {
  const marks: Mark[] = [];
  for (const m of doc.norm.slice(span.start, span.end).matchAll(pattern)) {
    const start = span.start + (m.index ?? 0);
    marks.push({ start, end: start + m[0].length, text: text(m) });
  }
  return marks;
}

/** The agencies a sentence names: each 局, 部门, 机关… with the characters of its name before it (up to six). */
function agencyReader(doc: ReportDocument, span: { start: number; end: number }): Mark[] {
  const marks: Mark[] = [];
  for (const m of doc.norm.slice(span.start, span.end).matchAll(AGENCY)) {
    const end = span.start + (m.index ?? 0) + m[0].length;
    let start = end - m[0].length;
    while (start > span.start && end - start < m[0].length + MAX_AGENCY_NAME && isHan(doc.norm.charCodeAt(start - 1))) start--;
    marks.push({ start, end, text: plain(doc.norm.slice(start, end)).replace(PEOPLES, '') });
  }
  return marks;
}

// "县人民法院" and "县法院", "市人民政府" and "市政府": one body, named in full or short.
const PEOPLES = /人民(?=法院|检察院|政府)/g;

/** The last of marks (in order) that ends by `at` and starts within MAX_CONTEXT before it. */
function lastMarkBefore(marks: Mark[], at: number): Mark | undefined {
  const m = marks[marksEndingBy(marks, at) - 1];
  return m && m.start >= at - MAX_CONTEXT ? m : undefined;
}

/** The marks (in order) that end by `at` and start within MAX_CONTEXT before it. */
function marksBefore(marks: Mark[], at: number): Mark[] {
  const out: Mark[] = [];
  for (let k = marksEndingBy(marks, at) - 1; k >= 0 && marks[k].start >= at - MAX_CONTEXT; k--) out.push(marks[k]);
  return out.reverse();
}

/** How many marks (in order) end by `at`. */
function marksEndingBy(marks: Mark[], at: number): number {
  let lo = 0;
  for (let hi = marks.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (marks[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Words that end by naming themselves in brackets ("城镇人口占全国人口比重（城镇化率）"): the short name is the figure's
// (a rate, a ratio, an index; not "（含上年结转）", which says what the count holds).
const NAMED_IN_PARENS = /^.*\(([\u4e00-\u9fff]{1,8}(?:率|度|比重|比例|指数))\)$/;

// A report states its metric phrases again and again ("受理…", "办结…"): each phrase is made plain once.
const plainWords = memoized(plainOnce);

/** Words with the period, place and filler words, the framing and the link to the number taken out. */
// How many counts before a rate in its sentence, and how many figures back, are tried as its numerator and denominator.
const MAX_RATE_TERMS = 3;
const MAX_RATE_REACH = 8;

/**
 * The count a rate is of when two counts before it in its sentence give it ("投诉1023件…已办结595件，办结率58.2%": 595÷1023):
 * "办结率58.2%" of complaints and "办结率65.2%" of reports, each proven over its own counts, are two figures. The
 * denominator as text; undefined for a rate no such pair gives (bounded: a few counts, a few figures back).
 */
function provenBase(main: Figure[], k: number): string | undefined {
  const rate = main[k];
  if (!rate.percent) return undefined;
  const counts: Figure[] = [];
  for (let j = k - 1; j >= 0 && j >= k - MAX_RATE_REACH && counts.length < MAX_RATE_TERMS; j--) if (!main[j].percent) counts.push(main[j]);
  const tolerance = 0.5 * 10 ** -rate.decimals + 1e-9;
  for (let a = 0; a < counts.length; a++) {
    for (let b = a + 1; b < counts.length; b++) {
      const [part, whole] = [counts[a], counts[b]];
      if (part.unit !== whole.unit || whole.value <= 0 || part.value > whole.value) continue;
      if (Math.abs((part.value / whole.value) * 100 - rate.value) <= tolerance) return String(whole.value);
    }
  }
  return undefined;
}

/**
 * "共收到涉疫旅游投诉19624件，占比…。受理17517件，受理率为89.26%": a rate whose sentence states only its numerator, over a
 * count of the paragraph's sentences before that gives it exactly — two rates alike in words over different counts are two
 * figures. `row`: the paragraph's main figures so far, this sentence's from `rowStart`.
 */
function baseInSentenceBefore(row: Figure[], rowStart: number, main: Figure[], k: number): string | undefined {
  const rate = main[k];
  // Bounded: a sentence of thousands of rates is not read back whole for each.
  if (!rate.percent || k > MAX_RATE_REACH) return undefined;
  const counts = main.slice(0, k).filter((f) => !f.percent);
  if (counts.length !== 1) return undefined;
  const part = counts[0];
  const tolerance = 0.5 * 10 ** -rate.decimals + 1e-9;
  for (let j = rowStart - 1; j >= 0 && j >= rowStart - MAX_RATE_REACH; j--) {
    const whole = row[j];
    if (whole.percent || whole.unit !== part.unit || whole.value <= part.value) continue;
    if (Math.abs((part.value / whole.value) * 100 - rate.value) <= tolerance) return String(whole.value);
  }
  return undefined;
}

/**
 * "已办结反馈507件，办结反馈率61.3%": the count right before a rate, under the rate's verb, is what it counts — two rates
 * alike in words over different counts ("…169件，办结反馈率60.6%" of another kind of request) are two figures.
 */
function numeratorBefore(main: Figure[], k: number, phrase: string, phraseOf: (string | undefined)[]): string | undefined {
  const rate = main[k];
  const count = main[k - 1];
  if (!rate.percent || !count || count.percent || count.clause !== rate.clause - 1 || !phrase.endsWith('率')) return undefined;
  const verb = verbOf(phraseOf[k - 1] ?? '');
  return verb && phrase.includes(verb) ? String(count.value) : undefined;
}

/** The earlier period a comparison names: 同比, 环比, a year ("2021"), or '' when it names none of them. */
function comparisonOf(words: string): string {
  const m = COMPARED_PERIOD.exec(words);
  if (!m) return '';
  return m[1] ?? (/环比|季度|月|期|周/.test(m[0]) && m[0] !== '同期' ? '环比' : '同比');
}

function plain(words: string): string {
  return plainWords(words);
}

function plainOnce(words: string): string {
  let out = MAY_BE_PERIOD.test(words) ? words.replace(PERIOD, '') : words;
  out = out.replace(PLACE_BEFORE_NUMBER, '');
  out = MAY_BE_FILLER.test(out) ? out.replace(FILLER, '') : out;
  return out.replace(LINK, '').replace(NAMED_IN_PARENS, '$1').replace(/案件/g, '案').replace(GOVERNMENT_INFORMATION, '信息').replace(PEOPLES, '').replace(OBJECT_FIRST, '$2$1');
}

/**
 * The words a figure is stated under: its own, with the noun after its measure word ("办结3.6万件行政复议案"), or a bare
 * verb given the noun of the figure before it ("办理行政复议案件4.1万件，办结3.6万件" → 办结行政复议案).
 */
const SUCCEEDED = '成功';

function completePhrase(words: string, f: Figure, before: string | undefined): string {
  let phrase = words;
  // A verb of a count is two characters ("办结", "受理"): only words that short can be one alone.
  const verb = words.length === 2 ? verbOf(words) : undefined;
  if (verb && words === verb && before) {
    const prior = verbOf(before);
    const at = prior ? before.lastIndexOf(prior) : -1;
    if (at >= 0) phrase = verb + before.slice(at + (prior as string).length);
  }
  // The success of the work the count before did, named by that work's verb: "调解矛盾纠纷2000件，调解成功1980件" →
  // 调解成功矛盾纠纷.
  if (words.length === 4 && words.endsWith(SUCCEEDED) && before) {
    const at = before.lastIndexOf(words.slice(0, 2));
    if (at >= 0 && at + 2 < before.length) phrase = words + before.slice(at + 2);
  }
  // Only a metric read after the measure word is a noun to add: a figure followed by a space and more words ("…652件
  // 同比增长…", a headline's two statements) is not final, yet its metric is the words before it, its own words again.
  if (!f.final && f.metricSpan.start >= f.span.end) {
    // Digits the metric's cut left before the noun ("０件" of full-width "３０００件") are no part of it.
    const noun = f.metric.split(/\s/)[0].replace(/^[0-9０-９.．]+/, '');
    if (/^[\u4e00-\u9fff]/.test(noun) && noun !== OCCURRENCES) phrase += plain(noun);
  }
  return phrase.replace(/案件/g, '案');
}

function isGeneric(phrase: string): boolean {
  if (GENERIC_RATE.test(phrase)) return true;
  // A balance ("当年收支结余1,522万元") is of the income and spending stated before it: a fund's or a budget's, whichever the
  // paragraph is about — words alike in two paragraphs are no figure said twice.
  if (BALANCE.test(phrase)) return true;
  const verb = GENERIC_END.test(phrase) ? verbOf(phrase) : undefined;
  return verb !== undefined && GENERIC_REST.test(phrase.slice(phrase.lastIndexOf(verb) + verb.length));
}

const BALANCE = /(?:结余|差额|缺口)$/;

/**
 * The noun of a count restated as a frame: after words ending in 的 ("受理的9230件办件中"), or after 上述/这 when the noun names
 * which count ("上述326件行政复议案件中"), or opening its sentence, all said to be of one kind ("39件申请均属于…"). Null for any
 * other figure.
 */
function frameOf(doc: ReportDocument, f: Figure, own: string): RegExpExecArray | null {
  const after = doc.norm.slice(f.span.end, f.span.end + 12);
  if (RATIO_OF.test(own)) return FRAMED_NOUN.exec(after);
  if (own === '') return OPENING_NOUN.exec(after);
  // "法律援助案件861件中，…": the count under its own words, framing what follows.
  const framing = NOUN_FIRST_FRAME.exec(after);
  if (framing) return framing;
  // "全市2860件行政复议申请中，…": after nothing but the place, the count of the noun after it, framing what follows.
  if (PLACE_ONLY.test(own)) return PLACE_FRAME.exec(after);
  const pointed = DEMONSTRATIVE.test(own) ? POINTED_NOUN.exec(after) : null;
  return pointed && !GENERIC_NOUNS.has(plain(pointed[1])) && !GENERIC_NOUNS.has(pointed[1]) ? pointed : null;
}

/** A percent or a change in percentage points: no part of another, whatever the values. */
function isRatio(f: Figure): boolean {
  return f.percent || f.unit === '个百分点' || f.unit === '百分点';
}

/** The kind of thing a figure's unit counts: one key for 人/名/位, 个/家/所, 件/起/宗…; '%' for a percent. */
export function unitKind(f: Figure): string {
  if (f.percent) return '%';
  return KIND_OF_UNIT.get(f.unit) ?? f.unit;
}

/** A count of occurrences ("86项次", "120件次"), read as its items' count ("86项") but tied to one only loosely. */
function countsOccurrences(f: Figure): boolean {
  return f.unit.endsWith('次') || (!f.final && f.metric.startsWith(OCCURRENCES));
}

/** The end of the first line when it is a headline: one short line of a text with more, no sentence in it. */
function headlineSpanEnd(doc: ReportDocument): number {
  const first = doc.blocks[0];
  if (!first || doc.blocks.length < 2 || (first.kind !== 'title' && first.kind !== 'paragraph')) return -1;
  const text = first.content;
  return text.length <= MAX_HEADLINE && !/[。！？\n]/.test(text) ? first.span.end : -1;
}

/**
 * The period a figure is of: the last period word before it in its paragraph (a comparison base "较2022年" is none),
 * the title's part of the year or else the report year when there is none. Undefined (any one period) when there is none and the report's year is unknown,
 * and for a headline's 去年 or 今年 (said from the day it was printed). Each paragraph's period words are read once.
 */
const PERIODS = {};

interface PeriodWord {
  at: number;
  period: string;
  word: string;
  /** Where the one value it states for comparison ends ("上年为180.5万元", "（2024年3720件）"); -1 when it states none. */
  valueEnd: number;
}

// A period word that states the value of that period for comparison, not a period the paragraph goes on in: "，上年为2412件",
// "（上年同期为39.1万元）", "（2024年为3720件）", "（上年300件）" — not a month of it ("上年12月").
const STATED_VALUE = /^(?:同期|末)?(?:为|是|[:：])?\s*[0-9][0-9.,，]*[^0-9.,，月日年季\s]/;
// How far after a period word its stated value is read: the words between and a long number.
const STATED_VALUE_REACH = 24;

/** Where the periods of a report's figures are read: each paragraph's period words and each heading's period read once. */
interface PeriodReader {
  doc: ReportDocument;
  index: FigureIndex;
  byParagraph: Map<number, PeriodWord[]>;
  reportYear: number | undefined;
  /** The period of a figure that states none. */
  unstated: string | undefined;
  /** The one month a bulletin's title names ("2020年9月份…通报"): what its 本月/当月 are. */
  titledMonth: string | undefined;
  titlePeriods: Map<Section, string | undefined>;
  headedPeriods: Map<number, string | undefined>;
}

function periodReader(doc: ReportDocument, index: FigureIndex): PeriodReader {
  const reportYear = doc.year?.value;
  // A title of part of a year ("2021年3月份市长热线运行情况通报") is the period of every figure that states none.
  let titled: string | undefined;
  if (doc.title) {
    for (const m of doc.norm.slice(doc.title.contentSpan.start, doc.title.contentSpan.end).matchAll(PERIOD)) {
      const p = canonicalPeriod(m, reportYear);
      if (PART_OF_YEAR.test(p)) {
        titled = p;
        break;
      }
    }
  }
  return {
    doc,
    index,
    byParagraph: new Map(),
    reportYear,
    unstated: titled ?? (reportYear !== undefined ? 'current' : undefined),
    titledMonth: titled && ONE_MONTH.test(titled) ? titled : undefined,
    titlePeriods: new Map(),
    headedPeriods: new Map(),
  };
}

function periodOfFigure(reader: PeriodReader, f: Figure, headline: boolean): string | undefined {
  const paragraph = paragraphOf(reader.index, f);
  let found = reader.byParagraph.get(paragraph);
  if (!found) reader.byParagraph.set(paragraph, (found = keptPeriodWords(reader, reader.index.sentences[f.sentence], paragraph)));
  let lo = 0;
  for (let hi = found.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (found[mid].at < f.span.start) lo = mid + 1;
    else hi = mid;
  }
  // A period word stating a value for comparison is that value's period, none of the figures after it.
  while (lo > 0 && found[lo - 1].valueEnd >= 0 && f.span.start - found[lo - 1].valueEnd > 0) lo--;
  // "全年" under "一、2022年工作回顾" is the whole of 2022.
  const own = found[lo - 1];
  const period = own && !WHOLE_OF_YEAR.test(own.word) ? own.period : headedPeriod(reader, paragraph) ?? own?.period;
  if (headline && (period === 'current' || period === 'previous')) return undefined;
  if (reader.titledMonth && period !== undefined && THIS_MONTH.test(period)) return reader.titledMonth;
  return period ?? reader.unstated;
}

// A month of a year as canonicalPeriod writes it ("2020:9月"), and the words that name the month a bulletin is of.
const ONE_MONTH = /:[0-9]{1,2}月$/;
const THIS_MONTH = /^(?:本月|当月)$/;

// Each heading's period, read once: every figure under it that states none asks for it.
function titlePeriod(reader: PeriodReader, section: Section): string | undefined {
  if (!reader.titlePeriods.has(section)) {
    let last: RegExpMatchArray | undefined;
    for (const m of section.title.matchAll(PERIOD)) last = m;
    reader.titlePeriods.set(section, last && canonicalPeriod(last, reader.reportYear));
  }
  return reader.titlePeriods.get(section);
}

function readPeriodWords(reader: PeriodReader, paragraph: number): PeriodWord[] {
  const doc = reader.doc;
  const block = doc.blocks[paragraph];
  const text = doc.norm.slice(block.span.start, block.span.end);
  const found: PeriodWord[] = [];
  for (const m of text.matchAll(PERIOD)) {
    const at = block.span.start + (m.index ?? 0);
    if (NOT_PERIOD_BEFORE.test(doc.norm[at - 1] ?? '')) continue;
    // "2022年全年": the whole of the year just named, not the report's.
    if (WHOLE_OF_YEAR.test(m[0]) && /年度?\s*$/.test(doc.norm.slice(Math.max(block.span.start, at - 2), at))) continue;
    const end = at + m[0].length;
    const stated = STATED_VALUE.exec(doc.norm.slice(end, end + STATED_VALUE_REACH));
    found.push({ at, period: canonicalPeriod(m, reader.reportYear), word: m[0], valueEnd: stated ? end + stated[0].length - 1 : -1 });
  }
  return found;
}

// A paragraph's period words, kept with the sentence asking (FigureSentence.readings) in offsets from the paragraph's
// start, with the text (and the character before it) and the report year they were read for: the paragraph may
// begin in the block unit before the sentence's ("其中，…" goes on from there).
function keptPeriodWords(reader: PeriodReader, sentence: FigureSentence, paragraph: number): PeriodWord[] {
  const { start, end } = reader.doc.blocks[paragraph].span;
  const text = reader.doc.norm.slice(Math.max(0, start - 1), end);
  let mine = sentence.readings?.get(PERIODS) as { year: number | undefined; text: string; found: PeriodWord[] } | undefined;
  if (!mine || mine.year !== reader.reportYear || mine.text !== text) {
    // Copies (text.ts): kept with the sentence, they must not keep this version of the report.
    const found: PeriodWord[] = [];
    for (const x of readPeriodWords(reader, paragraph)) found.push({ at: x.at - start, period: detached(x.period), word: detached(x.word), valueEnd: x.valueEnd < 0 ? -1 : x.valueEnd - start });
    mine = { year: reader.reportYear, text: detached(text), found };
    (sentence.readings ??= new Map()).set(PERIODS, mine);
  }
  const out: PeriodWord[] = [];
  for (const x of mine.found) out.push({ at: x.at + start, period: x.period, word: x.word, valueEnd: x.valueEnd < 0 ? -1 : x.valueEnd + start });
  return out;
}

// A heading that names a period ("二、2023年工作情况", "（二）上半年") is the period of the paragraphs under it that state
// none: the deepest such heading over the paragraph. Sections start and end at block starts, so a paragraph lies in
// one chain of them: read once per paragraph.
function headedPeriod(reader: PeriodReader, paragraph: number): string | undefined {
  if (reader.headedPeriods.has(paragraph)) return reader.headedPeriods.get(paragraph);
  const at = reader.doc.blocks[paragraph].span.start;
  let period: string | undefined;
  for (let section = sectionAt(reader.doc.sections, at); section; section = sectionAt(section.children, at)) {
    period = titlePeriod(reader, section) ?? period;
  }
  reader.headedPeriods.set(paragraph, period);
  return period;
}

function sectionAt(sections: Section[], at: number): Section | undefined {
  for (const s of sections) if (s.span.start <= at && at < s.span.end) return s;
  return undefined;
}

const YEAR_SPAN = /^([0-9]{4})\D+([0-9]{4})$/;

function canonicalPeriod(m: RegExpMatchArray, reportYear: number | undefined): string {
  if (m[2]) {
    // Dates from a month's first day to a month's last: those months; other dates say which days.
    const [fromDay, toDay] = [Number(m[3]), Number(m[5])];
    const months = fromDay === 1 && toDay >= 28 ? monthsOfPart(`${m[2]}-${m[4]}月`) : undefined;
    return months ? partOfYear(m[1] ? Number(m[1]) : reportYear, months, reportYear) : m[0].replace(/\s/g, '');
  }
  if (m[6]) {
    const span = YEAR_SPAN.exec(m[6]);
    if (span) return `${span[1]}-${span[2]}${m[7] ? `:${monthsOfPart(m[7]) ?? m[7]}` : ''}`;
    const months = m[7] && monthsOfPart(m[7]);
    return months ? partOfYear(Number(m[6]), months, reportYear) : Number(m[6]) === reportYear ? 'current' : m[6];
  }
  if (m[8]) return /同期/.test(m[8]) ? 'previous' : m[8] === '前年' || m[8] === '往年' ? m[8] : 'previous';
  if (m[9]) return 'current';
  if (m[10]) return 'now';
  // "一年来" is the past year: the report's own.
  if (ONE_YEAR_SINCE.test(m[0])) return 'current';
  const months = m[13] && monthsOfPart(m[13]);
  if (months) return partOfYear(reportYear, months, reportYear);
  return m[0].replace(/\s/g, '');
}

const ONE_YEAR_SINCE = /^(?:近)?一年(?:来|以来)$/;

/** Months of a year, one way of writing them ("2023:1-6月"); all twelve are the year itself. */
function partOfYear(year: number | undefined, months: string, reportYear: number | undefined): string {
  if (months === '1-12月') return year === reportYear ? 'current' : String(year);
  return `${year ?? ''}:${months}`;
}

/** "1万件": the difference of two figures in the finer scale of the two, for messages. */
/**
 * "1200余件" against 1350件: what the rounded-down one of two values stands for ("“1200余件”应不少于1200、不足1300件"), said
 * instead of a difference from its round number; undefined unless one of them is one and the other exact.
 */
export function roundedDownRange(doc: ReportDocument, f: Figure, other: Figure): string | undefined {
  const bound = [f, other].find((g) => g.approx && (g.number.approx as readonly string[]).some((m) => ROUNDED_DOWN.has(m)));
  if (!bound || f.approx === other.approx) return undefined;
  const scale = bound.number.multiplier;
  const show = (v: number) => formatFixed(v / scale, bound.decimals);
  const written = doc.text.slice(bound.span.start, bound.span.end);
  const unit = doc.text.slice(bound.numeralSpan.end, bound.span.end).replace(/[余多]/g, '').trim();
  return `“${written}”应不少于${show(bound.value)}、不足${show(bound.value + lastPlace(bound))}${unit}`;
}

export function differenceText(doc: ReportDocument, f: Figure, other: Figure): string {
  const [fine, coarse] = other.number.multiplier < f.number.multiplier ? [other, f] : [f, other];
  const decimals = Math.max(f.decimals, other.decimals) + Math.round(Math.log10(coarse.number.multiplier / fine.number.multiplier));
  const d = formatFixed(Math.abs(f.value - other.value) / fine.number.multiplier, decimals).replace(/(\.[0-9]*?)0+$/, '$1').replace(/\.$/, '');
  return f.percent ? `${d}个百分点` : `${d}${doc.text.slice(fine.numeralSpan.end, fine.span.end).trim()}`;
}
