// Bases across sentences: a total stated once is referred to later by its metric, not repeated ("共受理行政复议案件20件。
// 经审理，维持9件，占受理案件总数的45%"). Per paragraph, the counts that can be the base of a later share, list or rate,
// with the verb that says what they count (收到/受理/审结/办结/新收…) — and one set of lookups used by figure/share,
// figure/sum and figure/rate, so every rule links across sentences the same way and keeps silent the same way: nothing
// is linked across years, only a total named by its words is sought in the few paragraphs before (same top-level
// section), and where two bases fit none is chosen.
import { alternatives, AMOUNT_CHANGE_WORDS, CHANGE_DOWN, CHANGE_UP, COMPARISON_WORDS, DRAWING_WORDS, HEADCOUNT_UNITS, LAST_YEAR, MORE_OR_FEWER, PART_OF_YEAR, PEOPLE_COUNTED_IN, SCOPE_WORDS, SERVICE_SUBJECT, TOTAL_WORDS } from './lexicon';
import { isExactCount, isMeasureUnit, mainFigures, sameUnitKind, statesChange, type Figure, type FigureIndex } from './figures';
import { defineAnalysis } from './analyses';
import type { RuleContext } from './rule';
import { lastMatch } from './text';
import { firstIndexFrom, perOwner } from './collections';
import type { ReportDocument } from './types';
import { leadsIntoFirstSection } from './units';

interface Base {
  figure: Figure;
  /** What it counts, as a canonical verb ('受理' for 受案/立案受理); undefined when its words carry none. */
  verb?: string;
  /**
   * Stated as the whole count of its verb: marked 共/合计/累计, or nothing but scope words before the verb ("全年收到…",
   * "立案受理…") — not "市本级受理12件" or "各区共受理30件", shares of the whole.
   */
  whole: boolean;
  /**
   * Stated as a whole by its cue words, whatever else stands before it: whole, or marked 全年/全市…/总 before the verb
   * ("全市12345热线全年受理诉求58.6万件") — not a part scope (市本级), not a count with its own share.
   */
  marked: boolean;
  /** A 其中 part ("其中有效来信5000件"): the base of a share naming it by its noun only. */
  subset: boolean;
  /** A part of the whole's place ("市本级受理…", "各区共受理…") or a count with its own share: never the whole intake. */
  part: boolean;
  /**
   * Stated as the whole count of its own noun, its share of a larger whole after it ("共受理消费者投诉359件，占总诉求量的
   * 56.09%"): the base of a share that names the noun ("占投诉总量的"), not of the intake as such.
   */
  wholeOfNoun: boolean;
}

// Verbs that say which count of cases (or of information published: 主动公开, 发布) a figure is — not their negation
// ("不予受理12件" is no 受理 count).
// A court's year-book writes its new cases with 收 alone, before the cases ("全省法院共收各类案件321 146件", "收行政一审案3 111件").
const VERB = /(?<!不予|未予|不|未|尚未)(收到|受理|受案|收案|立案|审结|审执结|执结|已结|结案|办结|新收|办理|调处|审理|新接收|接收|接听|接到|接待|代理|查办|查处|登记|上报|发现|主动公开|发布|(?<=共|法院|案件)收(?=[\u4e00-\u9fff]{0,8}案))/g;
// Words that may stand before the verb of a whole count, and words that make it a share of the whole ("各区共受理…").
// Besides the scope, the year ("去年", "2024年"), the courts of the whole place ("全区法院", "全市两级法院") and the review
// the count came out of ("经审查立案612件") may lead a whole count.
const SCOPE_LEAD = new RegExp(`^(?:${alternatives([...SCOPE_WORDS, ...TOTAL_WORDS])}|依法|经(?:依法)?(?:审查|审核)[，,]?|立案|登记|新|已|去年|今年|上年|(?:19|20)[0-9]{2}年度?|(?:两级|各级)?(?:人民)?法院|\\s)*$`);
const PART_SCOPE = /本级|各(?:区|县|乡|镇|地|部门|单位)|[区县市镇乡]级|乡镇|街道/;
// The noun of what is counted before its verb ("全年行政复议案件受理50件", "信访事项新收…"): a whole count as "受理行政复议
// 案件50件" is — not a kind (…类), a channel or a level of it.
const NOUN_LEAD = new RegExp(`^(?:${alternatives([...SCOPE_WORDS, ...TOTAL_WORDS])}|\\s)*[\\u4e00-\\u9fff]{2,10}?(?:案件|事项|诉求|工单)$`);
const NOT_THE_WHOLE_NOUN = /类|网上|网络|来信|来访|电话|信件|渠道|领域|涉及/;
// 收案 and 新接收 are a court's words for its new cases (新收), 结案 for those it closed (审结: "占结案总数的57%").
// 已结 ("已结审判类案件"), 审执结 and 执结 close cases as 审结 does.
const VERB_ALIASES: Record<string, string> = { 受案: '受理', 收案: '新收', 收: '新收', 新接收: '新收', 结案: '审结', 已结: '审结', 审执结: '审结', 执结: '审结' };
// Words that state a count as the whole one: 全年, 全市… or 总 ("诉求总量为…").
const WHOLE_CUE = new RegExp(`${alternatives(SCOPE_WORDS)}|总`);
// The last of these before a figure in its sentence says which year the figure is of.
// Not the year a comparison names ("比上年增长6.5%", "较2022年", "和去年同期相比"): the figure after it is of the year stated before.
const yearWords = (previous: string, named = '') =>
  new RegExp(`(?<![比较与之])(?:((?:19|20)[0-9]{2})年(?!度?[0-9])${named}|${previous}|(今年|本年|全年|当年))(?!(?:同期|末|底)?(?:相比|比较))`, 'g');
const YEAR_WORD = yearWords('(上年|去年|上一年|前年)');
// The year a paragraph goes on in: a carry-over names the year its items came from, not a year the text turns to
// ("共受理申请30件（含上年结转2件）…。经依法办理，予以公开…" is still of the report's year); nor does the value of the year
// before stated for comparison ("…2860件，同比增长18.6%，上年为2412件。依法受理…", "（上年300件）", "（2024年为141件）"; not a
// month of it: "上年12月").
const PRIOR_VALUE_AFTER = '(?!(?:同期)?(?:为|是)\\s*[0-9])';
const YEAR_GOING_ON = yearWords(`(上年|去年|上一年|前年)(?!度?结转)${PRIOR_VALUE_AFTER}(?!(?:同期)?[0-9][0-9.,]*[^0-9.,月日年])`, PRIOR_VALUE_AFTER);
// A share clause: "占年初预算数109466万元的90.9%", or the progress against a named base ("为年预算的32.3%",
// "完成年初预算数60999万元的40.4%").
const SHARE_OF = /^\s*(?:占|(?:为|完成|达到?|相当于)[^，,；;。]{1,20}的$)/;
// The rate of the count before ("纠错率约为24%", "办结率98.5%").
const RATE_OF = /^\s*[\u4e00-\u9fff]{0,8}率(?:约|为|达到?|是)*$/;
// The same count in the earlier period, compared ("较去年60件增长了近3倍", "比上年同期的120件减少15件").
// …or "与2023年同期4820件相比增长12.45%", "同比去年28640件增长了36%".
const EARLIER_VALUE = new RegExp(`^\\s*(?:(?:${alternatives(COMPARISON_WORDS)})(?:${LAST_YEAR})?|(?:较|比)(?:上[周月]|上季度?|(?:19|20)[0-9]{2}年度?)|与(?:${LAST_YEAR}|上[周月]|上季度?|(?:19|20)[0-9]{2}年度?))(?:同期|末)?的?$`);
const CHANGE_AFTER = new RegExp(`^\\s*(?:相比|相较)?(?:${CHANGE_UP}|${CHANGE_DOWN}|${MORE_OR_FEWER}|${alternatives(AMOUNT_CHANGE_WORDS)})`);

const BASES = defineAnalysis('bases', (doc, ctx) => basesByParagraph(doc, ctx.figures()));

/** Whether words name a part of the whole's place ("市本级", "各区县", "乡镇"). */
export function namesPartScope(words: string): boolean {
  return PART_SCOPE.test(words);
}

/** The verb of a count ("共收到行政复议申请" → 收到) or of a named population ("受案总数" → 受理). */
export function verbOf(words: string): string | undefined {
  return lastVerb(words)?.verb;
}

function lastVerb(words: string): { verb: string; at: number } | undefined {
  const last = lastMatch(VERB, words);
  return last ? { verb: VERB_ALIASES[last[1]] ?? last[1], at: last.index } : undefined;
}

// The rules read change words through this module: the pattern lives with the figures, which read it once each.
export { statesChange };

// "日均10169件", "平均每件32天": an average beside a total, neither a total nor a part of its list.
const AVERAGE = /^\s*(?:日均|周均|月均|年均|平均|人均|件均)/;

/** "与2023年同期4820件相比增长12.45%", "较上年60件增加12件": the value of an earlier period a change is stated against. */
export function isEarlierValue(f: Figure): boolean {
  return EARLIER_VALUE.test(f.before) && CHANGE_AFTER.test(f.after);
}

/** Whether f states an average of the figure before it. */
export function isAverageFigure(f: Figure): boolean {
  return AVERAGE.test(f.before);
}

/** "五类案件9850件": the only other figure of the segment counts the kinds the total holds. */
export function countsKindsBefore(index: FigureIndex, f: Figure): boolean {
  const mates = index.sentences[f.sentence].segments[f.segment].figures;
  return mates.length === 2 && mates[1] === f.id && /^(?:大)?(?:类|种)$/.test(index.figures[mates[0]].unit);
}

// A few of something written in words before a noun ("四个配套办法", "两项制度"): a name, not a count of the report's.
const NAMED_FEW = /^[一二两三四五六七八九十][个项条]$/;

/** "适用四个配套办法的案件共计568件": the only other figure of the segment is a few in words within the total's name. */
function namesFewBefore(doc: ReportDocument, index: FigureIndex, f: Figure): boolean {
  const mates = index.sentences[f.sentence].segments[f.segment].figures;
  if (!f.totalCue || mates.length !== 2 || mates[1] !== f.id) return false;
  const first = index.figures[mates[0]];
  return NAMED_FEW.test(doc.norm.slice(first.span.start, first.span.end)) && /^[\u4e00-\u9fff]{2}/.test(doc.norm.slice(first.span.end, first.span.end + 2));
}

/**
 * f is the one count of its segment but for what it counts or is taken from: the kinds it holds ("五类案件9850件"), or
 * the count it is a part of ("审结的复议案件977件中直接纠错236件").
 */
export function isOwnCount(doc: ReportDocument, index: FigureIndex, f: Figure): boolean {
  if (f.lone || countsKindsBefore(index, f) || namesFewBefore(doc, index, f)) return true;
  const mates = index.sentences[f.sentence].segments[f.segment].figures;
  if (mates.length !== 2) return false;
  // "案件204件249人": the cases, right before the people they are of, are a whole count of their own.
  if (mates[0] === f.id) {
    const people = index.figures[mates[1]];
    return !f.percent && !HEADCOUNT_UNITS.includes(f.unit) && HEADCOUNT_UNITS.includes(people.unit) && people.span.start === f.span.end;
  }
  const first = index.figures[mates[0]];
  const between = doc.norm.slice(first.span.end, f.span.start);
  // "低保对象3268户5127人", "共不起诉67件70人": the people of the households or cases counted right before them are a whole
  // count of their own.
  return /^\s*中/.test(between) || (PEOPLE_COUNTED_IN.test(first.unit) && HEADCOUNT_UNITS.includes(f.unit) && between.trim() === '');
}

/**
 * Whether f belongs to a segment about the figure before it: its change, its average, or its own share with the share's
 * base ("完成99552万元，占年初预算数109466万元的90.9%，同比增长9.1%，增收8300万元").
 */
export function isAboutFigureBefore(doc: ReportDocument, index: FigureIndex, f: Figure): boolean {
  if (f.change || isAverageFigure(f)) return true;
  const mates = index.sentences[f.sentence].segments[f.segment].figures;
  const last = index.figures[mates[mates.length - 1]];
  if (last.percent && (SHARE_OF.test(last.before) || RATE_OF.test(last.before))) return true;
  const first = index.figures[mates[0]];
  return isEarlierValue(first) || (mates.length === 1 && PRIOR_VALUE_CLAUSE.test(first.before));
}

/** A change of the figure before it, or its value in an earlier period ("较上年增加5件", "上年为18件", "比上年的60件增长…"). */
export function isOtherPeriodValue(f: Figure): boolean {
  return f.change || isEarlierValue(f) || PRIOR_VALUE_CLAUSE.test(f.before);
}

// "…1860件次，同比下降12.3%，上年为2121件次": a clause stating the value of the year before, about the figure before it.
const PRIOR_VALUE_CLAUSE = new RegExp(`^\\s*(?:${LAST_YEAR}|(?:19|20)[0-9]{2}年度?)(?:同期)?(?:为|是)\\s*$`);

/** The top-level section a figure stands in (-1 for the lead before the first heading). */
function sectionOf(index: FigureIndex, f: Figure): number {
  return index.sentences[f.sentence].section;
}

/** The paragraph (block index) a figure stands in. */
export function paragraphOf(index: FigureIndex, f: Figure): number {
  return index.sentences[f.sentence].paragraph;
}

interface Bases {
  /** The candidate bases of each paragraph: its exact counts outside asides, in document order. */
  counts: Map<number, Figure[]>;
  /** The paragraphs that hold bases, in document order, and each one's place in that order. */
  order: number[];
  position: Map<number, number>;
  /** What a count's words say of it as a base: read on first ask, for the few counts a lookup keeps. */
  of(f: Figure): Base;
}

// "区县政府共收到复议申请1680件，占27.1%": a count followed by its own share is one part of a whole, whatever its words.
const OWN_SHARE = /^\s*占/;
// "受理案件中行政许可类15件": a count after the frame of the whole it is taken from is a part of that whole ("中心", "中院"
// and "中级" are no frame).
const TAKEN_FROM = /^[\u4e00-\u9fff]{2,10}?中(?![心院级央])\s*[，,：:]?\s*[\u4e00-\u9fff]/;

/** Candidate bases by paragraph: every exact count outside asides, in document order. */
function basesByParagraph(doc: ReportDocument, index: FigureIndex): Bases {
  const counts = new Map<number, Figure[]>();
  const order: number[] = [];
  for (const sentence of index.sentences) {
    for (const f of mainFigures(sentence)) {
      // A change ("同比减少101件") is an amount of the count before it, never a total of its own; nor is the value of an
      // earlier period it is compared with.
      if (!isExactCount(f) || f.value <= 0 || f.change || isEarlierValue(f)) continue;
      let list = counts.get(sentence.paragraph);
      if (!list) {
        counts.set(sentence.paragraph, (list = []));
        order.push(sentence.paragraph);
      }
      list.push(f);
    }
  }
  const read: (Base | undefined)[] = new Array(index.figures.length);
  return { counts, order, position: new Map(order.map((p, k) => [p, k])), of: (f) => (read[f.id] ??= baseOf(doc, index, f)) };
}

/** What a count's words say of it as a base: its verb, and whether they state it as the whole or as a part. */
function baseOf(doc: ReportDocument, index: FigureIndex, f: Figure): Base {
  const words = clauseWords(doc, index, f);
  const verb = lastVerb(words);
  const lead = words.slice(0, verb?.at ?? words.length);
  const ofPlacePart = PART_SCOPE.test(lead) || (verb !== undefined && TAKEN_FROM.test(words.slice(verb.at)));
  const part = ofPlacePart || hasOwnShare(index, f);
  const subset = !!f.subsetCue;
  const nounFirst = NOUN_LEAD.test(lead) && !NOT_THE_WHOLE_NOUN.test(lead);
  // "12315平台全年受理…": the service that took them in may stand before the scope words.
  // A report of one part of the year ("2023年5月份投诉举报数据分析") states its whole as of that part ("5月份接收…508件").
  const ownPeriod = (words: string) => words.replace(PART_OF_YEAR, (p) => (doc.title?.content.includes(p) ? '' : p));
  // "共办理为民服务事项41.91万件，其中受理…25.95万件": a 其中 part under a verb of its own, not its total's, is the whole count
  // of that verb.
  // (其中 may open the clause before kinds named for it: "其中受理群众来电、市长信箱、…25.95万件".)
  const ownVerb = (subset || SUBSET_WORD.test(lead)) && verb !== undefined && SCOPE_LEAD.test(lead.replace(SUBSET_WORD, '')) && verbOfTotalBefore(doc, index, f) !== verb.verb;
  const wholeWords = (f.totalCue || (verb !== undefined && (SCOPE_LEAD.test(ownPeriod(lead.replace(SERVICE_SUBJECT, ''))) || nounFirst || ownVerb))) && (!subset || ownVerb);
  const whole = wholeWords && !part;
  return { figure: f, verb: verb?.verb, whole, marked: whole || (WHOLE_CUE.test(lead) && !part && !subset), subset, part, wholeOfNoun: wholeWords && !ofPlacePart };
}

const SUBSET_WORD = /^其中[，,：:]?/;

// How many figures back a 其中 part's total is looked for (a bounded walk: a sentence may hold thousands of figures).
const MAX_TOTAL_BACK = 32;

/** The verb of the count a 其中 part at f is of: the nearest count before it in its sentence that is no part ('' for none). */
function verbOfTotalBefore(doc: ReportDocument, index: FigureIndex, f: Figure): string {
  // (A sentence's figure ids run on from its first.)
  const first = index.sentences[f.sentence].figures[0];
  for (let id = f.id - 1; id >= first && id >= f.id - MAX_TOTAL_BACK; id--) {
    const total = index.figures[id];
    if (!total.percent && !total.subsetCue && !total.inParens && !total.change) return lastVerb(clauseWords(doc, index, total))?.verb ?? '';
  }
  return '';
}

// A clause naming its kinds before the count is short; the bound keeps a long run-on clause's words out.
const MAX_CLAUSE_WORDS = 60;

/**
 * A count's words as a base: its segment's, or from its clause's start when the kinds it counts are named before it
 * ("全年办理危险化学品经营许可、烟花爆竹经营许可等行政许可事项635件": its verb and scope stand before the first kind).
 */
export function clauseWords(doc: ReportDocument, index: FigureIndex, f: Figure): string {
  const segments = index.sentences[f.sentence].segments;
  let first = f.segment;
  while (first > 0 && segments[first - 1].clause === f.clause && segments[first - 1].figures.length === 0) first--;
  if (first === f.segment || f.inParens || (first > 0 && segments[first - 1].clause === f.clause)) return f.before;
  return doc.text.slice(Math.max(segments[first].span.start, f.span.start - MAX_CLAUSE_WORDS), f.span.start);
}

const MAX_YEAR_CONTEXT = 200;
// The bases nearest before a part that are compared with it: a paragraph states a few dozen counts; in a run of
// thousands every lookup stays bounded.
const MAX_BASES = 64;

// Years already read per figure of an index (NO_YEAR for none): a lookup compares many candidates with one figure.
const yearsRead = perOwner<FigureIndex, string>((index) => index.figures.length);
const NO_YEAR = '-';

/** The year the words before f in its sentence state: a year, 'previous', '' for the report year (今年, 全年…), or undefined. */
function statedYear(doc: ReportDocument, index: FigureIndex, f: Figure): string | undefined {
  // Only the index's own figures are kept (a rule may make one up: the sum of a group, with the id of its last).
  const read = index.figures[f.id] === f ? yearsRead(index) : [];
  let year = read[f.id];
  if (year === undefined) {
    // The words before the figure in its sentence, at most MAX_YEAR_CONTEXT of them: bounded in a run without 。.
    const words = doc.norm.slice(Math.max(index.sentences[f.sentence].span.start, f.span.start - MAX_YEAR_CONTEXT), f.span.start);
    const m = lastMatch(YEAR_WORD, words);
    year = m ? m[1] ?? (m[2] ? 'previous' : '') : NO_YEAR;
    read[f.id] = year;
  }
  return year === NO_YEAR ? undefined : year;
}

// The last year word before a sentence in its paragraph (at most MAX_YEAR_CONTEXT characters back), read once per sentence
// of an index.
const yearsBefore = perOwner<FigureIndex, { year: string; at: number } | null>((index) => index.sentences.length);

function yearBefore(doc: ReportDocument, index: FigureIndex, k: number): { year: string; at: number } | null {
  const sentence = index.sentences[k];
  const read = yearsBefore(index);
  let found = read[k];
  if (found === undefined) {
    const from = Math.max(doc.blocks[sentence.paragraph]?.span.start ?? sentence.span.start, sentence.span.start - MAX_YEAR_CONTEXT);
    const m = lastMatch(YEAR_GOING_ON, doc.norm.slice(from, sentence.span.start));
    found = m ? { year: m[1] ?? (m[2] ? 'previous' : ''), at: from + m.index } : null;
    read[k] = found;
  }
  return found;
}

/**
 * The year of b, whose sentence states none before it, as the paragraph goes on from a ("去年全市共审结1200件。直接纠错190件，…"
 * is of 去年): the last year word between a and b's sentence, else a's own. Undefined when b is not in a later sentence of
 * a's paragraph.
 */
function yearGoneOn(doc: ReportDocument, index: FigureIndex, a: Figure, b: Figure, yearOfA: string | undefined): string | undefined {
  if (b.sentence <= a.sentence || paragraphOf(index, a) !== paragraphOf(index, b)) return undefined;
  const between = yearBefore(doc, index, b.sentence);
  return between && between.at >= a.span.end ? between.year : yearOfA;
}

/** Whether two figures (a before b) belong to one year: an unstated year is the report year. */
export function sameYear(doc: ReportDocument, index: FigureIndex, a: Figure, b: Figure): boolean {
  const reportYear = doc.year ? String(doc.year.value) : undefined;
  const ownA = statedYear(doc, index, a);
  const ya = ownA || reportYear;
  const yb = (statedYear(doc, index, b) ?? yearGoneOn(doc, index, a, b, ownA)) || reportYear;
  return ya === yb || (ya !== 'previous' && yb !== 'previous' && (ya === undefined || yb === undefined));
}

// Parts of a year already read per figure of an index ('' for none).
const periodsRead = perOwner<FigureIndex, string>((index) => index.figures.length);

/**
 * Whether two figures are of the same part of the year, as the last such words before each in its sentence say ("上半年共
 * 受理200件" is not of the year's categories): both of none, or of the same.
 */
export function samePeriod(doc: ReportDocument, index: FigureIndex, a: Figure, b: Figure): boolean {
  const [pa, pb] = [periodOf(doc, index, a), periodOf(doc, index, b)];
  // "截至6月底，全市共有执法主体1250个。其中：……" — a sentence opening with 其中 right after a's goes on in a's period.
  // A report of one part of the year ("2025年3月淮北市12315平台…分析报告") speaks of that part where it names none.
  return pa === pb || (pb === '' && (goesOnFrom(doc, index, a, b) || (pa !== '' && !!doc.title?.content.includes(pa))));
}

/**
 * b's sentence opens with 其中 — or with a comparison ("1-9月…受理工单6455件。比上年同期增加1419件，…") — and follows a's, in
 * its paragraph, naming no period of its own before b.
 */
function goesOnFrom(doc: ReportDocument, index: FigureIndex, a: Figure, b: Figure): boolean {
  const [sa, sb] = [index.sentences[a.sentence], index.sentences[b.sentence]];
  const opening = doc.sentences[sb.docSentence].text;
  return sb.docSentence === sa.docSentence + 1 && sb.paragraph === sa.paragraph && (SUBSET_LEAD.test(opening) || COMPARISON_LEAD.test(opening));
}

// A sentence opening by comparing with the year before: what it says is of the statement before it.
const COMPARISON_LEAD = new RegExp(`^\\s*(?:同比|(?:与|较|比)(?:${LAST_YEAR})(?:同期)?)`);

/** The part of the year the words before f in its sentence name ("1-6月", "上半年"), or '' for none. */
export function periodOf(doc: ReportDocument, index: FigureIndex, f: Figure): string {
  const read = index.figures[f.id] === f ? periodsRead(index) : [];
  let period = read[f.id];
  if (period === undefined) {
    const words = doc.norm.slice(Math.max(index.sentences[f.sentence].span.start, f.span.start - MAX_YEAR_CONTEXT), f.span.start);
    period = lastMatch(PART_OF_YEAR, words)?.[0] ?? '';
    read[f.id] = period;
  }
  return period;
}

// How many paragraphs with figures back a total named by its words may stand ("全年共收到行政复议申请6200件" under （一）,
// "占收到申请总数的33.9%" under （四）): beyond, a report speaks of other things.
export const NAMED_REACH = 3;

/**
 * Bases stated before the part, of its kind and year, at least as large: in its paragraph, and with `reach` in up to
 * that many paragraphs (with figures) before it in the same top-level section (or in the lead, for the first section). 其中
 * parts only `withSubsets`.
 */
function basesBefore(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, part: Figure, reach = 0, withSubsets = false): Base[] {
  const { counts, order, position, of } = ctx.analysis(BASES);
  const paragraph = paragraphOf(index, part);
  const section = index.sentences[part.sentence].section;
  // A paragraph with no count of its own (its figures all in brackets, or percents) looks back from where it stands.
  const at = position.get(paragraph) ?? firstIndexFrom(order, paragraph, (p) => p);
  const own = counts.get(paragraph) ?? [];
  // Counts are in document order: those before the part end here.
  const end = firstIndexFrom(own, part.id, (f) => f.id);
  // The last MAX_BASES of each list: a lookup stays bounded however many counts a paragraph states.
  const earlier = order.slice(Math.max(0, at - reach), Math.max(0, at)).map((p) => counts.get(p) ?? [])
    .filter((list) => sectionOf(index, list[0]) === section || (section === 0 && sectionOf(index, list[0]) === -1 && leadsIntoFirstSection(doc))).map((list) => list.slice(-MAX_BASES));
  return [...earlier.flat(), ...own.slice(Math.max(0, end - MAX_BASES), end)].filter(
    (f) => (withSubsets || !f.subsetCue) && f.id < part.id && sameUnitKind(f, part) && f.value >= part.value && sameYear(doc, index, f, part),
  ).map(of);
}

/**
 * The counts of the part's kind and year stated in the earlier sentences of its paragraph, at least as large: what a
 * rate may be over besides its own sentence's counts ("审结260件。维持150件，……直接纠错45件，纠错率17.3%" is 45÷260).
 */
export function earlierCounts(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, part: Figure): Figure[] {
  return basesBefore(doc, index, ctx, part).filter((b) => b.figure.sentence < part.sentence).map((b) => b.figure);
}

/**
 * The counts before the part (其中 parts too), in its paragraph or up to NAMED_REACH paragraphs (with figures) back in its
 * section, of its kind and year and at least as large: the totals a run of shares may point at by their arithmetic.
 */
export function totalsBefore(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, part: Figure): Figure[] {
  return basesBefore(doc, index, ctx, part, NAMED_REACH, true).map((b) => b.figure);
}

/** The one value among the candidates, or undefined when none or two different values fit. */
function unique(bases: Base[]): Figure | undefined {
  return uniqueValue(bases.map((b) => b.figure));
}

/**
 * "共受理行政复议案件20件。经审理，维持9件，占受理案件总数的45%": the whole count before the part in its paragraph whose
 * verb is the one the share names. Undefined when none or two such counts with different values fit.
 */
export function namedBase(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, part: Figure, verb: string): Figure | undefined {
  return uniqueValue(namedBases(doc, index, ctx, part, verb));
}

/** Every whole count of the verb before the part, in its paragraph and the few before it (namedBase's candidates). */
export function namedBases(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, part: Figure, verb: string, marked = false): Figure[] {
  // (A 其中 part is whole only under a verb of its own: "共收到申请100件，其中受理90件" states all that was accepted.)
  return basesBefore(doc, index, ctx, part, NAMED_REACH, true).filter((b) => b.verb === verb && (b.whole || (marked && b.marked))).map((b) => b.figure);
}

/**
 * "全市共查处违法案件2400起。⏎早高峰查处1100起，占总数的45.8%": a share of the bare total (总数, 总量) whose part is counted
 * by a verb is of the one whole count of that verb before it, up to NAMED_REACH paragraphs back in the section, when
 * what the part counts after its verb is named there too — not when a count between them could be the total meant (one
 * of the part's kind larger than it, with no share of its own: "其中醉驾案件200起"), nor a part of a kind the count does
 * not name ("…查处醉驾150起").
 */
export function ownVerbBase(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, part: Figure): Figure | undefined {
  const verb = lastVerb(part.before);
  const base = verb && namedBase(doc, index, ctx, part, verb.verb);
  if (!base || base.value <= part.value) return undefined;
  if (![...part.before.slice(verb.at + verb.verb.length).replace(/案件|[\s，,]/g, '')].every((c) => base.before.includes(c))) return undefined;
  for (let id = base.id + 1; id < part.id; id++) {
    const f = index.figures[id];
    if (!f.percent && sameUnitKind(f, part) && f.value > part.value && f.value !== base.value && !hasOwnShare(index, f)) return undefined;
  }
  return samePeriod(doc, index, base, part) || periodGoesOn(doc, index, base, part) ? base : undefined;
}

// Words that turn a text to another period or year: the part of the year a total is of goes on past none of them.
const PERIOD_TURN = new RegExp(`${PART_OF_YEAR.source}|(?:19|20)[0-9]{2}年|今年|本年|全年|当年|上年|去年`);
const MAX_PERIOD_GOING_ON = 2000;

/**
 * "2019年上半年，…共查处9010起。⏎…19时至凌晨2时查处4800起，占总数的…": a part whose sentence names no period is of the period of
 * the count before it when nothing between them names another.
 */
function periodGoesOn(doc: ReportDocument, index: FigureIndex, base: Figure, part: Figure): boolean {
  return periodOf(doc, index, part) === '' && part.span.start - base.span.end <= MAX_PERIOD_GOING_ON && !PERIOD_TURN.test(doc.norm.slice(base.span.end, part.span.start));
}

/** The one value among the figures (the last stated of it), or undefined when none or two different values. */
export function uniqueValue(figures: Figure[]): Figure | undefined {
  return new Set(figures.map((f) => f.value)).size === 1 ? figures[figures.length - 1] : undefined;
}

// Said right after a count of accepted cases: every one of them is closed ("受理12起，已全部审结").
const ALL_CLOSED = /^\s*[，,]?\s*(?:已|均已|现已)?(?:全部|均)(?:审结|办结|结案|审理终结)/;
const MAX_ALL_CLOSED = 12;

/**
 * "共受理行政复议案件12起，已全部审结。……维持原行政行为7件，占比58.3%": the closed cases whose outcomes a share or a rate
 * counts — the one whole count of 审结/办结 before the part in its paragraph, or of 受理 said to be all closed. Undefined
 * when none or two with different values fit.
 */
export function closedBase(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, part: Figure): Figure | undefined {
  const closed = (b: Base) =>
    b.whole && (b.verb === '审结' || b.verb === '办结' || (b.verb === '受理' && ALL_CLOSED.test(doc.norm.slice(b.figure.span.end, b.figure.span.end + MAX_ALL_CLOSED))));
  const own = basesBefore(doc, index, ctx, part).filter(closed);
  // "…共办理行政复议案件2410件，审结2236件。⏎以撤销…等方式直接纠错281件，直接纠错率为12.57%": a paragraph opening with the
  // outcomes goes on from the closed cases of the paragraph before.
  // So does one opening on a frame of the closed cases ("从结案方式看，在审结的一审行政诉讼案件中，判决驳回…154件，…").
  return own.length || !(opensParagraph(doc, index, part) || opensOnClosedFrame(doc, index, part)) ? unique(own) : unique(basesBefore(doc, index, ctx, part, 1).filter(closed));
}

// A frame naming the cases closed: "在审结的一审行政诉讼案件中，", "已结案件中，".
const CLOSED_CASES_FRAME = /(?:已结|审结|办结|结案)的?[\u4e00-\u9fff]{0,12}?(?:案件|申请)中[，,]/;

/** The paragraph's first figures follow a frame of the closed cases in its first sentence with figures, f among them. */
function opensOnClosedFrame(doc: ReportDocument, index: FigureIndex, f: Figure): boolean {
  const sentence = index.sentences[f.sentence];
  const previous = index.sentences[f.sentence - 1];
  if (previous && previous.paragraph === sentence.paragraph) return false;
  const first = index.figures[sentence.figures[0]];
  return CLOSED_CASES_FRAME.test(doc.norm.slice(sentence.span.start, first.span.start));
}

/** f is in the first sentence of its paragraph, no figure before it there. */
function opensParagraph(doc: ReportDocument, index: FigureIndex, f: Figure): boolean {
  const sentence = index.sentences[f.sentence];
  const before = doc.sentences[sentence.docSentence - 1];
  return (!before || before.blockIndex !== doc.sentences[sentence.docSentence].blockIndex) && sentence.figures[0] === f.id;
}

// The counts a closing rate (结案率, 办结率, 结收比) is over: the cases received — or, for an enforcement body, the cases
// it filed ("立案查处违法案件67件").
const INTAKE_VERBS = new Set(['受理', '收到', '新收', '接收', '接听', '接到', '接待', '办理', '立案', '查办', '查处', '登记']);

/** Whether words state a count taken in (受理, 收到, 新收, 登记 …: INTAKE_VERBS), by their last verb. */
export function namesIntake(words: string): boolean {
  const verb = verbOf(words);
  return verb !== undefined && INTAKE_VERBS.has(verb);
}

/**
 * "全年共受理行政复议案件320件。审结300件，结案率93.8%": the cases received that a closing rate opening the next sentence
 * is over — the one whole count of 受理/收到/新收/接收/办理 before it in its paragraph. Undefined when none or two with
 * different values fit.
 */
export function intakeBase(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, part: Figure, reach = 0): Figure | undefined {
  const intakes = basesBefore(doc, index, ctx, part, reach).filter((b) => b.whole && b.verb !== undefined && INTAKE_VERBS.has(b.verb));
  // "新收行政复议申请2860件……依法受理2436件。审结2298件，审结率94.3%": what is closed was accepted first — the accepted count
  // over the applications it was accepted from.
  const accepted = intakes.filter((b) => b.verb === '受理');
  return unique(intakes) ?? (accepted.length > 0 && intakes.every((b) => b.verb === '受理' || APPLICATIONS.test(b.figure.before)) ? unique(accepted) : undefined);
}

// A count of applications (收到/新收…申请): what 受理 is decided on, before anything is closed.
const APPLICATIONS = /申请\s*$/;

// How far back in its sentence a list item's 其中 is looked for.
const MAX_LIST_ITEMS = 16;

/** "其中，普通食品抽检2400批次，食用农产品抽检1200批次": a later item of a list a 其中 opens is a part too. */
function listedUnderSubset(index: FigureIndex, f: Figure): boolean {
  for (let k = f.id - 1; k >= Math.max(0, f.id - MAX_LIST_ITEMS) && index.figures[k].sentence === f.sentence; k--) {
    if (index.figures[k].subsetCue) return true;
  }
  return false;
}

// What a count of samples taken or things inspected says it counts: 抽检, 抽查, 检测, 监测, 检查, 评查 (of case files).
const SAMPLED = new RegExp(`${alternatives(DRAWING_WORDS)}|检测|检验|监测|检查`);

/**
 * "全市共完成抽检16641批次，……。检出不合格食品347批次，不合格率2.09%": the samples a rate of their results (合格率,
 * 不合格率, 检出率) is over — the one whole count of samples (共…, 全年…) in an earlier sentence of the paragraph, of the
 * numerator's kind and year. Undefined when none is marked whole, or two counts of samples with different values fit.
 */
export function sampledBase(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, part: Figure): Figure | undefined {
  // Any other count of samples ("上半年抽检900批次") may be the one the rate is over — not a part listed under 其中.
  const sampled = basesBefore(doc, index, ctx, part).filter((b) => b.figure.sentence < part.sentence && SAMPLED.test(b.figure.before) && !listedUnderSubset(index, b.figure));
  return sampled.some((b) => b.marked) ? unique(sampled) : undefined;
}

/**
 * "热线受理市民诉求5000件（次），其中……。直接答复3500件（次），直接答复率70%": the intake a rate of how it was handled is over —
 * the one count of 受理/收到/接听… before the rate's numerator in its paragraph that can hold it, stated as a whole or by the
 * body that took it in ("市民热线受理…"), not a part's (市本级…, 其中…, one with its own share); with none there, the whole
 * intake of `noun` ('' for none) in the paragraphs just before. Undefined when none or two with different values fit.
 */
export function intakeCount(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, part: Figure, noun: string): Figure | undefined {
  const takenIn = (b: Base) => b.verb !== undefined && INTAKE_VERBS.has(b.verb) && !b.subset && !b.part;
  const own = basesBefore(doc, index, ctx, part).filter(takenIn);
  // With none in its paragraph (its own only a breakdown by level: "市本级受理…，各县区受理…"), the whole intake of the same
  // noun stated in the paragraphs just before ("全年受理群众诉求5000件" … "在线解答诉求3500件").
  return own.length ? unique(own) : noun ? unique(basesBefore(doc, index, ctx, part, NAMED_REACH).filter((b) => b.marked && takenIn(b) && b.figure.before.endsWith(noun))) : undefined;
}

/**
 * "共办理热线工单2495件。……占工单总量的77%": the one whole count (共…, 全年…) before the part in its paragraph whose words
 * end in the noun — not further back: a paragraph may speak of one body's share of its own total ("法律援助中心……3896件，占
 * 法律援助案件总量的41.7%" after "全市共受理法律援助案件9.9万件"). Undefined when none or two with different values fit.
 */
export function wholeBase(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, part: Figure, noun: string, reach = 0): Figure | undefined {
  const bases = basesBefore(doc, index, ctx, part, reach).filter((b) => b.figure.value > part.value);
  // A count with its own share is the whole of its noun only when that share is of another population ("投诉359件，占总诉求量
  // 的56.09%"), not of the noun's ("商品类投诉6949件，占投诉总量的66.43%" is one kind of 投诉).
  const named = bases.filter((b) => ((b.whole || b.marked || (b.wholeOfNoun && !ownShareOf(index, b.figure)?.before.includes(noun))) && endsWithNoun(statedUnder(b.figure), noun)) ||
    standingCountOf(b.figure, noun));
  // "新收行政复议案件64件，受理51件": the count its verb alone states right after one of the noun is of the noun too — a
  // second candidate whole; not when the noun names its own verb ("总上报事件" is no "办结6766件").
  const nounVerb = verbOf(noun);
  const elided = bases.filter((b) => named.some((n) => continuesNoun(index, n.figure, b.figure)) && !(nounVerb && verbOf(statedUnder(b.figure)) !== nounVerb));
  // "全省常住人口为4673万人" beside "全省城镇常住人口2473万人": a count of a kind of what another counts (城镇 + 常住人口) is
  // no whole of it.
  const words = named.map((b) => statedUnder(b.figure));
  const wholes = named.filter((b, k) => !words.some((w, j) => j !== k && words[k].endsWith(w) && KIND_QUALIFIER.test(words[k].slice(0, -w.length))));
  return unique([...wholes, ...elided]);
}

// The words a count of a kind adds before the noun of the whole ("城镇" of 城镇常住人口): no period ("上半年…").
const KIND_QUALIFIER = /^(?:(?![年月季周期日])[\u4e00-\u9fff]){1,6}$/;

// What may stand before a standing count written before its noun: the place, 共有/现有 ("辖区11个社区", "全市共有9个县区").
const STANDING_LEAD = new RegExp(`^(?:${alternatives(SCOPE_WORDS)}|辖区|境内|共有|现有|共|有|\\s)*$`);

/** "辖区11个社区全部…": a count written before its noun with nothing but the place before it is the whole count of the noun. */
function standingCountOf(f: Figure, noun: string): boolean {
  return !f.final && !f.subsetCue && (f.metric === noun || f.metric === `${noun}${FRAME_END}`) && STANDING_LEAD.test(f.before);
}

// "154件建议中，…": a standing count framing what follows is the whole count of its noun all the same.
const FRAME_END = '中';

const VERB_ONLY = new RegExp(`^(?:${VERB.source})$`);

/** Whether b is the next count of a's sentence, of its kind, stated by a verb alone ("…案件64件，受理51件"). */
function continuesNoun(index: FigureIndex, a: Figure, b: Figure): boolean {
  return b.id === a.id + 1 && b.sentence === a.sentence && sameUnitKind(a, b) && VERB_ONLY.test(statedUnder(b));
}

// The word for the items a noun counts, left out of a total named by the noun ("信访事项" … "占信访总量的", "咨询信息" …
// "占咨询总量的").
const ITEMS_WORD = /(?:事项|案件|信息)$/;

/** Whether words end in the noun, or in the noun and the word for its items ("全年共收到信访事项" ends in 信访). */
function endsWithNoun(words: string, noun: string): boolean {
  return words.endsWith(noun) || (!ITEMS_WORD.test(noun) && words.replace(ITEMS_WORD, '').endsWith(noun));
}

// What may stand around the noun a count is stated under: the time and place before it, the verb after it.
// ("全国共有幼儿园29.48万所": the place and 共有 lead the noun.)
const COUNT_LEAD = /^(?:全年|本年|当年|(?:19|20)[0-9]{2}年(?:度)?|1-?[0-9]{1,2}月份?|全国|全[省市县区镇]|我[省市县区镇]|全区域|其中|累计|实现|完成|共有|共计|共)+/;
const COUNT_VERB = new RegExp(`(?:${alternatives(TOTAL_WORDS)})?(?:完成|实现|达到|达|为|是|有)?$`);

/**
 * "地方财政收入完成100223万元。……税收收入占地方财政收入66.19%": the one count before the part (in its paragraph or up to
 * NAMED_REACH paragraphs back) stated under exactly the noun the share names — a 其中 part too ("其中有效来信5000件。……
 * 占有效来信的40%"). Undefined when none or two with different values fit.
 */
export function nounBase(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, part: Figure, noun: string): Figure | undefined {
  // "占全国幼儿园的83.00%": the place is the share's (sharesPlace), the noun what the count is stated under.
  const key = nounKey(noun.replace(WHOLE_PLACE_LEAD, ''));
  if (key.length < 3) return undefined;
  return unique(basesBefore(doc, index, ctx, part, NAMED_REACH, true).filter((b) => b.figure.value > part.value && !earlierItemOf(index, b.figure, part) &&
    (statedAs(b.figure, key) || placedAs(doc, index, b.figure, key) || measureOf(b.figure, key))));
}

const WHOLE_PLACE_LEAD = /^(?:全国|全[省市县区镇])(?=[\u4e00-\u9fff]{3})/;

/**
 * "其中，投诉量为3671件，举报量为1647件。……商品类投诉2497件，占投诉总量的68.02%": a part of one class of a noun (投诉, 举报,
 * 来信) whose share names the noun's whole is over the one count stated under nothing but the noun (or 投诉量) — a 其中
 * part too — in its paragraph or up to NAMED_REACH paragraphs back in its section, or in the report's first section (its
 * overview) when the part stands in a later one. Undefined when none or two with different values fit.
 */
export function kindWholeBase(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, part: Figure, noun: string): Figure | undefined {
  // A class of the noun ("商品类投诉", "关于商品类的投诉"), not what a body handled ("市法律援助中心办理法律援助案件").
  if (noun.length < 2 || !statedUnder(part).endsWith(`类${noun}`) && !statedUnder(part).endsWith(`类的${noun}`)) return undefined;
  const names = [noun, `${noun}量`, `${noun}总量`];
  return unique([...basesBefore(doc, index, ctx, part, NAMED_REACH, true), ...overviewBases(doc, index, ctx, part)]
    .filter((b) => b.figure.value > part.value && names.includes(nounKey(statedUnder(b.figure)))));
}

/** The counts of the report's first section (and before it) of the part's kind and year, when the part stands in a later section. */
function overviewBases(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, part: Figure): Base[] {
  if (index.sentences[part.sentence].section <= 0) return [];
  const { counts, order, of } = ctx.analysis(BASES);
  const out: Base[] = [];
  for (const paragraph of order) {
    const list = counts.get(paragraph) ?? [];
    if (list.length === 0) continue;
    if (sectionOf(index, list[0]) > 0) break;
    for (const f of list) if (sameUnitKind(f, part) && f.value >= part.value && sameYear(doc, index, f, part)) out.push(of(f));
  }
  return out;
}

// What a plan or a task is measured in, after its name ("年度计划投资", "年度任务数").
const MEASURE_TAIL = /^(?:投资|资金|金额|总额|数量|数|总数|任务数?)$/;

/** "占年度计划的87.3%" of "年度计划投资1.84亿元": the key is the count's noun without the measure after it. */
function measureOf(f: Figure, key: string): boolean {
  const own = nounKey(statedUnder(f));
  // "占全年计划投资的" of "计划总投资": the whole the 总 marks is the one named.
  return (own.length > key.length && own.startsWith(key) && MEASURE_TAIL.test(own.slice(key.length))) ||
    (!own.endsWith(key) && key.length >= 3 && own.includes('总') && own.replace(WHOLE_MARK, '').endsWith(key.replace(WHOLE_MARK, '')));
}

const WHOLE_MARK = /总/g;

/**
 * "其中民事法律援助案件198件，占…94.3%；刑事法律援助案件12件，占法律援助案件的5.7%": a 其中 item with a share of its own is
 * an earlier item of the part's list (of its sentence, the part not opened by a 其中 of its own), no base of it.
 */
function earlierItemOf(index: FigureIndex, f: Figure, part: Figure): boolean {
  return f.subsetCue && !part.subsetCue && f.sentence === part.sentence && hasOwnShare(index, f);
}

// The shortest noun a qualified key must end in for a count stated under that noun to be it ("投诉举报", "法律援助").
const MIN_PLACED_NOUN = 3;
const MIN_QUALIFIER = 2;

/**
 * "占苏浙两地投诉举报总量的": the noun the count is stated under ("…共受理投诉举报80.00万件") ends the key, and what the
 * key has before that noun ("苏浙两地") is in the words of the count's sentence before it (its segment may start later:
 * "苏浙两地消费维权平台共受理…").
 */
function placedAs(doc: ReportDocument, index: FigureIndex, f: Figure, key: string): boolean {
  const own = nounKey(statedUnder(f));
  // The whole key is statedAs's to judge; a qualifier is two characters at least ("法" of 法律援助 is none).
  if (own.endsWith(key)) return false;
  for (let n = key.length - MIN_QUALIFIER; n >= MIN_PLACED_NOUN; n--) {
    if (!own.endsWith(key.slice(-n))) continue;
    // Not past another count: "其中商品类投诉553件；服务类投诉329件" — 商品 is the sibling's.
    const prev = index.figures[f.id - 1];
    const from = Math.max(index.sentences[f.sentence].span.start, f.span.start - MAX_YEAR_CONTEXT, prev?.sentence === f.sentence ? prev.span.end : 0);
    return doc.norm.slice(from, f.span.start).includes(key.slice(0, -n));
  }
  return false;
}

/**
 * "其中受理消费者投诉6400件，占73%。⏎受理商品消费投诉共3072件，占投诉量的48%": the total of "X量" (投诉量, 转办量, 来电量) is the
 * one count before the part (in its paragraph or up to NAMED_REACH paragraphs back in its section, a 其中 part too) whose
 * words end in X, larger than the part — not a sibling whose own share is of the same X量. Undefined when none or two with
 * different values fit, or the one is of another part of the year.
 */
export function countedBase(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, part: Figure, counted: string): Figure | undefined {
  if (counted.length < 2) return undefined;
  const sibling = (f: Figure) => hasOwnShare(index, f) && index.figures[f.id + 1].before.includes(`${counted}量`);
  const base = unique(basesBefore(doc, index, ctx, part, NAMED_REACH, true).filter((b) =>
    b.figure.value > part.value && statedUnder(b.figure).endsWith(counted) && !sibling(b.figure)));
  // Of another part of the year ("上半年受理投诉2600件"), it may not be the part's.
  return base && samePeriod(doc, index, base, part) ? base : undefined;
}

// The end of what may stand before the noun of a count: a time or place ("国民经济全年实现地区生产总值…", a run-in label first),
// 地方 ("地方一般公共预算收入" is the 一般公共预算收入 a county reports).
const LEAD_END = /(?:全年|本年|当年|(?:19|20)[0-9]{2}年度?|全[省市县区镇]|我[省市县区镇]|地方)$/;
// 类 between a class's name and the noun it counts ("城市客运类投诉").
const CLASS_MARK = /类(?=[\u4e00-\u9fff]{2,4}$)/;

// "行政机关败诉案件" names the cases a count of 件 is stated under without the word ("…案件中行政机关败诉920件").
const CASES = /案件$/;
// What may end the words before such a noun: the frame of the cases it is taken from ("审结的一审案件中").
const CASES_FRAME = /(?:^|中)$/;

/** Whether a count is stated under the noun of that key — after a time or place word at most ("人均地区生产总值" is not). */
function statedAs(f: Figure, named: string): boolean {
  // ("城市客运类投诉" and 城市客运投诉 name the same things: 类 before the noun says no more.)
  const own = nounKey(statedUnder(f)).replace(CLASS_MARK, '');
  const key = named.replace(CLASS_MARK, '');
  if (own === key || (own.endsWith(key) && LEAD_END.test(own.slice(0, -key.length)))) return true;
  const stem = key.replace(CASES, '');
  return stem !== key && stem.length >= 3 && f.unit === '件' && own.endsWith(stem) && CASES_FRAME.test(own.slice(0, -stem.length));
}

/**
 * "其中第一产业增加值完成125964万元。……第一产业增加值占地区生产总值的比重为23.8%": the one count of the paragraph before
 * `at` stated under that noun, when the share's sentence states none. Undefined when none or two with different values fit.
 */
export function nounCount(index: FigureIndex, at: Figure, noun: string): Figure | undefined {
  const key = nounKey(noun);
  if (key.length < 3) return undefined;
  const paragraph = paragraphOf(index, at);
  const stated: Base[] = [];
  // Back from `at` through its paragraph, any exact count ("其中第一产业增加值完成125964万元" too), a bounded number of them.
  for (let k = at.id - 1; k >= Math.max(0, at.id - MAX_BASES) && paragraphOf(index, index.figures[k]) === paragraph; k--) {
    const f = index.figures[k];
    if (!f.inParens && isExactCount(f) && statedAs(f, key)) stated.push({ figure: f, whole: false, marked: false, subset: !!f.subsetCue, part: false, wholeOfNoun: false });
  }
  return unique(stated);
}

// A list headed by its noun may start a paragraph of its own right after the count's ("…受理工单36514件。⏎在各类诉求中，…").
const HEADED_REACH = 1;

/**
 * "共办理热线工单2495件。……工单分类：求决类1878件、……": the one whole count in an earlier sentence of the part's
 * paragraph (or of the paragraph before) whose words end in the noun a later list is headed by. Undefined when none or
 * two with different values fit.
 */
export function headedBase(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, part: Figure, noun: string): Figure | undefined {
  return unique(basesBefore(doc, index, ctx, part, HEADED_REACH).filter((b) => b.whole && b.figure.sentence < part.sentence && b.figure.before.trim().endsWith(noun)));
}

/** The noun a count is stated under: "全年地方财政收入完成100223万元" → 地方财政收入. */
export function statedUnder(f: Figure): string {
  return f.before.trim().replace(COUNT_LEAD, '').replace(COUNT_VERB, '');
}

// One total, several names: 地区生产总值 = 生产总值 = GDP.
const NOUN_ALIASES: readonly [RegExp, string][] = [[/^(?:地区)?生产总值$|^GDP$/i, '地区生产总值']];

/**
 * The noun as compared: a Latin abbreviation in brackets ("地区生产总值(GDP)") and the verb written inside it ("第三产业完成
 * 增加值") dropped, and its aliases folded into one name.
 */
export function nounKey(noun: string): string {
  const bare = noun.replace(/[(（][A-Za-z]+[)）]/g, '').replace(/完成|实现/g, '').trim();
  return NOUN_ALIASES.find(([names]) => names.test(bare))?.[1] ?? bare;
}

/** "…400件。行政处罚类200件…；信息公开类60件…；其他140件…": the count before the parts in their paragraph they add up to. */
export function summedBase(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, parts: Figure[]): Figure | undefined {
  if (parts.length < 2 || !parts.every(isExactCount)) return undefined;
  const first = parts.reduce((a, b) => (b.id < a.id ? b : a));
  const sum = parts.reduce((t, p) => t + p.value, 0);
  const tolerance = (b: Figure) => b.halfUlp + parts.reduce((t, p) => t + p.halfUlp, 0) + 1e-9 * Math.max(1, sum);
  const adds = (b: Base) => parts.every((p) => sameUnitKind(b.figure, p)) && Math.abs(b.figure.value - sum) <= tolerance(b.figure);
  // Parts that add up exactly to a count name it as their total, in its paragraph or a few paragraphs back in its section
  // ("一季度，市长信箱收到网民来信139件。⏎从来信类型看，咨询类16件（11.5%）；……" — all of them listed).
  // Two parts a count's own words name one by one ("共受理投诉举报38.61万件" … "其中，投诉29.74万件，…；举报8.87万件") are its
  // halves, far or near.
  const far = (b: Base) => adds(b) && (parts.length >= MIN_SUMMED_FAR || namesEachPart(b.figure, parts));
  return unique(basesBefore(doc, index, ctx, first).filter(adds)) ?? unique(basesBefore(doc, index, ctx, first, NAMED_REACH, true).filter(far));
}

// The fewest characters of a part's name a total's words must hold to name it.
const MIN_PART_NAME = 2;

/** Whether the total's words hold each part's own name, the names all different ("投诉举报" of 投诉 and 举报). */
function namesEachPart(total: Figure, parts: Figure[]): boolean {
  const names = parts.map((p) => statedUnder(p).replace(SUBSET_LEAD, '').replace(/^[，,：:\s]+/, ''));
  return new Set(names).size === names.length && names.every((n) => n.length >= MIN_PART_NAME && total.before.includes(n));
}

// How many parts must add up to a count paragraphs back for it to be their total: a sum of two may meet any count.
const MIN_SUMMED_FAR = 3;

/**
 * "共服务群众和企业诉求4367万件，同比增长2.15%，其中，……96.18万件……。从接收渠道看，电话端有3720.43万件，占85.19%；……": the
 * one count in an earlier sentence of the parts' paragraph large enough to hold them all, when it is a whole count (共…,
 * 全年…). Undefined when none fits, when two different values fit (a 其中 part and an unmarked count count too), or when
 * the one that fits is no whole count stated as one (共…, 全年…, 总…).
 */
export function earlierWhole(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, parts: Figure[]): Figure | undefined {
  const first = firstOf(parts);
  const values = new Set(countsHolding(doc, index, parts).map((f) => f.value));
  if (values.size !== 1) return undefined;
  const from = listParagraph(doc, index, first);
  const base = basesBefore(doc, index, ctx, first, from < paragraphOf(index, first) ? 1 : 0).find(
    (b) => b.marked && paragraphOf(index, b.figure) >= from && holdsAllButOne(b.figure, parts) && (b.figure.totalCue || WHOLE_CUE.test(b.figure.before)),
  )?.figure;
  return base && samePeriod(doc, index, base, first) ? base : undefined;
}

/**
 * "2023年，区政府共收到行政复议申请1113件，……。" (a paragraph before) "从行政复议申请事项看，行政处罚类数量最多，共349件，占比31%；
 * ……": the one whole count, up to NAMED_REACH paragraphs back in the section, that can hold the parts and whose noun after
 * its verb (行政复议申请) the framing of their run names — when nothing in the run's own paragraph could hold them.
 * Undefined when none fits, two with different values fit, or one is no whole count ("县本级共办理…").
 */
export function framedBase(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, parts: Figure[], framing: string): Figure | undefined {
  if (countsHolding(doc, index, parts).length > 0) return undefined;
  const first = firstOf(parts);
  const named = basesBefore(doc, index, ctx, first, NAMED_REACH).filter((b) => {
    const noun = countedNoun(b.figure);
    return b.figure.sentence < first.sentence && holdsAllButOne(b.figure, parts) && noun !== undefined && framing.includes(noun);
  });
  const base = unique(named);
  return base && named.every((b) => b.whole) && samePeriod(doc, index, base, first) ? base : undefined;
}

/**
 * "共受理投诉3620件，办结3580件，…。投诉量较大的问题主要有：售后服务820件、…，合计占比63.3%": the one whole count, in the parts'
 * paragraph or up to NAMED_REACH paragraphs back, that can hold them and whose noun after its verb (投诉) the list's lead
 * names — past other counts that could hold them but are not named (办结3580件). Undefined when none or two values fit.
 */
// What a lead sorts by: "从商品投诉来看，" → 商品投诉.
const SORTED_BY = /从([\u4e00-\u9fff]{1,8}?)(?:来)?看/;

// Who brought the things counted ("消费者投诉", "群众来信").
const OWNER_OF_ITEMS = /^(?:消费者|群众|市民|网民|企业)/;

export function leadNamedBase(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, parts: Figure[], lead: string): Figure | undefined {
  const first = firstOf(parts);
  const bases = basesBefore(doc, index, ctx, first, NAMED_REACH).filter((b) => b.figure.sentence < first.sentence && holdsAllButOne(b.figure, parts));
  const named = bases.filter((b) => {
    // A noun of two characters is enough here ("投诉"): the lead names it before its items.
    const noun = countedNoun(b.figure, 2);
    // ("消费者投诉信息" is named 投诉: whose the things are and the word for items of them, ITEMS_WORD, name no other thing.)
    const bare = noun?.replace(OWNER_OF_ITEMS, '').replace(ITEMS_WORD, '');
    return b.whole && noun !== undefined && (lead.includes(noun) || (!!bare && bare.length >= 2 && lead.includes(bare)));
  });
  // "投诉受理量较大的问题主要有：" after "共接收投诉1.42万件，受理1.10万件": the lead's verb names another count, stated nearer
  // the list than the named one, that could hold them (those accepted, not all received) — two bases fit.
  const leadVerb = verbOf(lead);
  const nearest = Math.max(-1, ...named.map((n) => n.figure.id));
  if (leadVerb !== undefined && bases.some((b) => b.figure.id > nearest && verbOf(b.figure.before) === leadVerb)) {
    // …unless the lead names that count by noun and verb ("投诉受理量") and one count right after the named one is it.
    const byVerb = bases.filter((b) => b.figure.id > nearest && verbOf(b.figure.before) === leadVerb && named.some((n) => continuesNoun(index, n.figure, b.figure)));
    // (Not a list sorting one class of the noun: "从商品投诉来看，投诉受理量较大的商品…" is of 商品投诉, a part not stated.)
    const sorted = SORTED_BY.exec(lead)?.[1] ?? '';
    const ofClass = named.some((n) => { const noun = countedNoun(n.figure, 2) ?? ''; return sorted.length > noun.length && sorted.endsWith(noun); });
    const verbed = byVerb.length === 1 && !ofClass && named.some((n) => lead.includes(`${countedNoun(n.figure, 2)}${leadVerb}`)) ? byVerb[0] : undefined;
    return verbed && samePeriod(doc, index, verbed.figure, first) ? verbed.figure : undefined;
  }
  const base = unique(named);
  // "共受理群众来电4000件，其中有效来电3000件": a part of it stated with it that could hold the items fits too — no guess.
  const rival = base && basesBefore(doc, index, ctx, first, NAMED_REACH, true).some((b) => b.subset && b.figure.sentence === base.sentence && b.figure.id > base.id && holdsAllButOne(b.figure, parts));
  return base && !rival && samePeriod(doc, index, base, first) ? base : undefined;
}

// A frame naming the whole its parts are of by the whole's verb: "受理案件中，", "在新收的行政复议案件中，", "受理案件中欠薪类…"
// (no comma: 中 not opening a word — 中心, 中止, 中旬 …), "受理事项以城乡建设类为主，" — not "市本级受理案件中" (a part's
// place), not "办理案件以来".
const VERB_FRAME = new RegExp(`(?:^|[，,。；;：:、\\s])在?${VERB.source}的?[\\u4e00-\\u9fff]{1,8}?(?:中\\s*[，,：:]|中(?![心院级央止间期旬国小华等层介标断])(?=[\\u4e00-\\u9fff])|以(?![来上下及后前]))`, 'g');
const MAX_FRAME_WORDS = 100;

/**
 * "全年新收行政复议申请820件。" (a paragraph or more before) "新收案件中，……行政协议类案件160件，占比19.5%": parts framed by the
 * verb of a whole — in their own sentence, else at the opening of their paragraph — are of the one whole count of that
 * verb up to NAMED_REACH paragraphs back in the section, when it can hold them and is of their part of the year.
 * Undefined when no frame, no such count, or two with different values.
 */
export function verbFramedBase(doc: ReportDocument, index: FigureIndex, ctx: RuleContext, parts: Figure[]): Figure | undefined {
  const first = firstOf(parts);
  const sentence = index.sentences[first.sentence];
  const own = doc.norm.slice(Math.max(sentence.span.start, first.span.start - MAX_FRAME_WORDS), first.span.start);
  const opening = doc.blocks[sentence.paragraph]?.span.start ?? sentence.span.start;
  const frame = lastMatch(VERB_FRAME, own) ??
    (opening < sentence.span.start ? lastMatch(VERB_FRAME, doc.norm.slice(opening, Math.min(sentence.span.start, opening + MAX_FRAME_WORDS))) : undefined);
  if (!frame || namesPartScope(frame[0])) return undefined;
  const base = namedBase(doc, index, ctx, first, VERB_ALIASES[frame[1]] ?? frame[1]);
  return base && holdsAllButOne(base, parts) && samePeriod(doc, index, base, first) ? base : undefined;
}

/** The text is nothing but a frame naming a whole by its verb ("立案的提案中，", "在新收的行政复议案件中，"). */
export function isVerbFrame(text: string): boolean {
  VERB_FRAME.lastIndex = 0;
  const m = VERB_FRAME.exec(text);
  return !!m && text.slice(0, m.index).trim() === '' && text.slice(m.index + m[0].length).trim() === '' && !namesPartScope(m[0]);
}

// The shortest noun a framing must name to point at a count: "申请" alone may be of anything.
const MIN_FRAMED_NOUN = 3;

/** What a count of a verb counts: "共收到行政复议申请" → 行政复议申请. */
function countedNoun(f: Figure, min = MIN_FRAMED_NOUN): string | undefined {
  const verb = lastVerb(f.before);
  const noun = verb ? f.before.slice(verb.at + verb.verb.length).trim() : '';
  return noun.length >= min ? noun : undefined;
}

function firstOf(parts: Figure[]): Figure {
  return parts.reduce((a, b) => (b.id < a.id ? b : a));
}

/**
 * Whether f is of the parts' kind and large enough to hold them, one of them perhaps misstated: each part alone, and all
 * but the largest together — or, `beyondOne`, all but the largest together, that one misstated beyond f.
 */
export function holdsAllButOne(f: Figure, parts: Figure[], beyondOne = false): boolean {
  const largest = Math.max(...parts.map((p) => p.value));
  const room = f.value + f.halfUlp;
  return (beyondOne || room >= largest) && room >= parts.reduce((t, p) => t + p.value, 0) - largest && parts.every((p) => sameUnitKind(f, p));
}

/**
 * "其中行政处罚类200件，占50%": a count followed by its own share (in the next clause or an aside) is a category of a
 * whole, not the whole of the categories after it.
 */
export function hasOwnShare(index: FigureIndex, f: Figure): boolean {
  return ownShareOf(index, f) !== undefined;
}

/** f's own share, in the clause right after it — or after its change there ("373219.7万元，同比增长13.6%，占总收入的82.4%"). */
function ownShareOf(index: FigureIndex, f: Figure): Figure | undefined {
  let next = index.figures[f.id + 1];
  let segment = f.segment;
  if (next?.percent && next.change && next.sentence === f.sentence && next.segment === f.segment + 1) {
    segment = next.segment;
    next = index.figures[f.id + 2];
  }
  return next?.percent && next.sentence === f.sentence && (next.segment === segment + 1 || next.parenOwner === f.id) && OWN_SHARE.test(next.before) ? next : undefined;
}

// A sentence that introduces a list set out in the paragraphs after it ("按类别分：").
const INTRODUCES = /[：:]\s*$/;

/**
 * The paragraph a list opened by f is read in: f's own, or — when f's paragraph opens a list introduced by the sentence
 * just before it ("全年共受理400件。按类别分：" then "- 行政处罚类200件，占50%；") — the paragraph of that introduction.
 */
export function listParagraph(doc: ReportDocument, index: FigureIndex, f: Figure): number {
  const sentence = index.sentences[f.sentence];
  const prev = index.sentences[f.sentence - 1];
  const intro = doc.sentences[sentence.docSentence - 1];
  const introduced = prev && intro && INTRODUCES.test(intro.text) && prev.docSentence >= sentence.docSentence - 2 && prev.paragraph < sentence.paragraph;
  return introduced ? prev.paragraph : sentence.paragraph;
}

/** The exact counts in the earlier sentences of the parts' paragraph, of their year, that could hold them all. */
function countsHolding(doc: ReportDocument, index: FigureIndex, parts: Figure[]): Figure[] {
  const first = firstOf(parts);
  const from = listParagraph(doc, index, first);
  const found: Figure[] = [];
  for (let k = first.id - 1; k >= Math.max(0, first.id - MAX_BASES) && paragraphOf(index, index.figures[k]) >= from; k--) {
    const f = index.figures[k];
    // A 其中 part in an aside ("共收到来信2400封（其中有效来信2000封）") is a whole the parts may be of too.
    if ((!f.inParens || f.subsetCue) && isExactCount(f) && !f.change && f.sentence < first.sentence && holdsAllButOne(f, parts) && sameYear(doc, index, f, first) && !hasOwnShare(index, f)) found.push(f);
  }
  return found;
}

const MAX_LEAD_SENTENCES = 2;

/**
 * The count that closes the figure sentence right before sentence k in the same paragraph, its change, average or own
 * share after it allowed ("全年共收到行政复议申请400件，同比增长9%。", "共受理诉求71184件，日均10169件。"): the total a
 * list, share or rate opening sentence k may be of. It must stand alone at the end of its clause (beside the count of
 * its kinds at most: "五类案件总数为15454件"), be exact, be no 其中 part, and be of the year of sentence k's first figure.
 */
export function closingTotal(doc: ReportDocument, index: FigureIndex, k: number, lead?: RegExp): Figure | undefined {
  const sentence = index.sentences[k];
  const before = index.sentences[k - 1];
  if (!sentence || !before) return undefined;
  // `lead`: the list may start on the next line after a colon, and one sentence without figures may stand between
  // when it is nothing but the lead of the list ("…120件。其中：⏎维持80件；…", "…52000件，具体如下：⏎咨询类…"), or two
  // when `lead` matches both ("…30件，申请人均为自然人。所申请的信息多涉及…。经依法办理，…").
  const gap = sentence.docSentence - before.docSentence - 1;
  const led = !!lead && gap >= 1 && gap <= MAX_LEAD_SENTENCES && lead.test(doc.sentences[sentence.docSentence - 1].text) &&
    (gap === 1 || lead.test(doc.sentences[sentence.docSentence - 2].text));
  if (before.docSentence !== sentence.docSentence - 1 && !led) return undefined;
  const opening = doc.sentences[sentence.docSentence - 1];
  const onNextLine = !!lead && /[:：]\s*$/.test(opening.text) && doc.sentences[sentence.docSentence].blockIndex === opening.blockIndex + 1 &&
    opening.blockIndex === doc.sentences[before.docSentence].blockIndex;
  if (before.paragraph !== sentence.paragraph && !onNextLine) return undefined;
  const main = mainFigures(before);
  let j = main.length - 1;
  // Past a change of the total (its growth's change in points too: "同比增长4.1%，较上半年增速提升了1.3个百分点"), and past
  // a rate of all of it ("…20480件，同比上升12.5%，答复率均为100%。其中：…").
  // Past a count of the kinds the total is made of, said after it ("…542条，公开包括…、…三个方面。其中…").
  while (j > 0 && (isAboutFigureBefore(doc, index, main[j]) || main[j].unit.endsWith('百分点') || (main[j].percent && main[j].value === 100) || countsKindsAfter(main[j]))) {
    let first = j;
    while (first > 0 && main[first - 1].segment === main[j].segment) first--;
    if (first === 0) break;
    j = first - 1;
  }
  // "…办结行政执法案件886件，处罚金额144.6万余元。其中，…": the amount of the count in the clause right after it is no total.
  if (j > 0 && isMeasureUnit(main[j].unit) && !isMeasureUnit(main[j - 1].unit) && !main[j - 1].percent && main[j].segment === main[j - 1].segment + 1) j--;
  const total = main[j];
  if (!total || !isOwnCount(doc, index, total) || !total.final || total.subsetCue || !isExactCount(total)) return undefined;
  const first = mainFigures(sentence)[0];
  // "去年共收到申请960件。其中，受理…": a sentence opening with 其中 goes on in the year of the one before, unless it
  // names its own.
  const goesOn = SUBSET_LEAD.test(doc.sentences[sentence.docSentence].text) && !!first && !statedYear(doc, index, first);
  return first && (goesOn || sameYear(doc, index, total, first)) ? total : undefined;
}

/** "三个方面", "四类": a count of the kinds something is made of, not of things. */
function countsKindsAfter(f: Figure): boolean {
  return (f.unit === '个' || f.unit === '类' || f.unit === '种') && KINDS_NOUN_AFTER.test(f.after) && f.value <= MAX_KINDS;
}
const KINDS_NOUN_AFTER = /^(?:方面|部分|类别|板块)/;
const MAX_KINDS = 12;

// A sentence opening with 其中: it goes on from the sentence before (its year, its period, its whole).
export const SUBSET_LEAD = /^\s*其中/;
